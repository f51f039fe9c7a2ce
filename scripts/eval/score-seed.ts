/**
 * Scoring one extraction against the hand-written seed gold
 * (../shared/gold/seed.gold.json), following its `about` field:
 * - an output entity matches a gold entity when its label or one of its
 *   aliases equals one of the gold `names` (case-insensitive; punctuation and
 *   a leading "the" ignored) and its kind is one of the gold `kinds`;
 * - an output relation matches a gold relation when its type is in `types`,
 *   its source matches one of `source` and its target one of `target`
 *   (either direction when `symmetric`);
 * - outputs that match an optional (`required: false`) fact are right, not
 *   false positives.
 * Quotes: an output quote matches a gold quote when its speaker matches and
 * its words contain the gold words (or are at least half of them, contained).
 */
import type { ArticleExtraction, Relation } from '../../src/types.ts';

export interface SeedGoldEntity {
  key: string;
  kinds: string[];
  names: string[];
  required: boolean;
}
export interface SeedGoldRelation {
  types: string[];
  source: string[];
  target: string[];
  symmetric?: boolean;
  required: boolean;
  evidence?: string;
}
export interface SeedGoldQuote {
  speaker: string[];
  text: string;
  required: boolean;
}
export interface SeedGold {
  article?: string;
  about?: string;
  entities: SeedGoldEntity[];
  relations: SeedGoldRelation[];
  quotes: SeedGoldQuote[];
}

export interface SeedRelationOut {
  type: string;
  source: string;
  target: string;
  sentence: string;
  rule: string;
}

export interface SeedScore {
  entities: { found: number; required: number; missing: string[]; split: Array<{ key: string; nodes: string[] }> };
  relations: { found: number; required: number; missing: string[] };
  quotes: { found: number; required: number; missing: string[]; output: number };
  precision: { right: number; total: number; value: number; falsePositives: SeedRelationOut[] };
  /** Output entities that match no gold entity (information only). */
  unmatchedEntities: string[];
}

/** Name key variants: lower case, leading "the" dropped, punctuation deleted or spaced. */
export function nameKeys(name: string): string[] {
  const base = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim().replace(/^the\s+/, '');
  const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
  return [...new Set([squash(base.replace(/[^\p{L}\p{N}\s]/gu, '')), squash(base.replace(/[^\p{L}\p{N}\s]/gu, ' '))])];
}

export function namesMatch(a: string, b: string): boolean {
  const kb = nameKeys(b);
  return nameKeys(a).some((k) => kb.includes(k));
}

function quoteKey(s: string): string {
  return s
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[^\p{L}\p{N}'\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function quoteMatches(output: string, gold: string): boolean {
  const o = quoteKey(output);
  const g = quoteKey(gold);
  if (!o || !g) return false;
  return o.includes(g) || (g.includes(o) && o.length * 2 >= g.length);
}

function relationMatches(gold: SeedGoldRelation, type: string, src: Set<string>, tgt: Set<string>): boolean {
  if (!gold.types.includes(type)) return false;
  const hit = (keys: Set<string>, wanted: string[]) => wanted.some((k) => keys.has(k));
  if (hit(src, gold.source) && hit(tgt, gold.target)) return true;
  return !!gold.symmetric && hit(tgt, gold.source) && hit(src, gold.target);
}

const describe = (r: SeedGoldRelation) =>
  `${r.source.join('|')} ${r.types.join('|')} ${r.target.join('|')}${r.evidence ? ` ("${r.evidence}")` : ''}`;

export function scoreSeed(gold: SeedGold, ex: ArticleExtraction | undefined): SeedScore {
  const entities = ex?.entities ?? [];
  const relations: Relation[] = ex?.relations ?? [];
  const quotes = ex?.quotes ?? [];

  // Output entity id -> the gold keys it matches.
  const keysOf = new Map<string, Set<string>>();
  const nodesOf = new Map<string, string[]>();
  const unmatched: string[] = [];
  for (const e of entities) {
    const names = [e.label, ...(e.aliases ?? [])];
    const keys = new Set<string>();
    for (const g of gold.entities) {
      if (!g.kinds.includes(e.kind)) continue;
      if (names.some((n) => g.names.some((gn) => namesMatch(n, gn)))) keys.add(g.key);
    }
    keysOf.set(e.id, keys);
    for (const k of keys) nodesOf.set(k, [...(nodesOf.get(k) ?? []), e.id]);
    if (keys.size === 0) unmatched.push(`${e.label} (${e.kind}/${e.type})`);
  }
  const reqEntities = gold.entities.filter((g) => g.required);
  const missingEntities = reqEntities.filter((g) => !nodesOf.has(g.key)).map((g) => g.key);
  const split = reqEntities
    .filter((g) => (nodesOf.get(g.key)?.length ?? 0) > 1)
    .map((g) => ({ key: g.key, nodes: nodesOf.get(g.key) ?? [] }));

  const none = new Set<string>();
  const outRel = relations.map((r) => ({
    r,
    src: keysOf.get(r.source) ?? none,
    tgt: keysOf.get(r.target) ?? none,
  }));
  const reqRelations = gold.relations.filter((g) => g.required);
  const missingRelations = reqRelations
    .filter((g) => !outRel.some(({ r, src, tgt }) => relationMatches(g, r.type, src, tgt)))
    .map(describe);

  // Precision over distinct (type, source, target) output edges.
  const seen = new Set<string>();
  let right = 0;
  let total = 0;
  const falsePositives: SeedRelationOut[] = [];
  for (const { r, src, tgt } of outRel) {
    const key = `${r.source}|${r.type}|${r.target}`;
    if (seen.has(key)) continue;
    seen.add(key);
    total++;
    if (gold.relations.some((g) => relationMatches(g, r.type, src, tgt))) right++;
    else
      falsePositives.push({
        type: r.type,
        source: r.source,
        target: r.target,
        sentence: r.evidence?.[0]?.sentence ?? '',
        rule: r.evidence?.[0]?.rule ?? '',
      });
  }

  const reqQuotes = gold.quotes.filter((q) => q.required);
  const missingQuotes = reqQuotes
    .filter((g) => !quotes.some((q) => g.speaker.some((k) => keysOf.get(q.speaker)?.has(k)) && quoteMatches(q.text, g.text)))
    .map((g) => `${g.speaker.join('|')}: "${g.text}"`);

  return {
    entities: { found: reqEntities.length - missingEntities.length, required: reqEntities.length, missing: missingEntities, split },
    relations: { found: reqRelations.length - missingRelations.length, required: reqRelations.length, missing: missingRelations },
    quotes: { found: reqQuotes.length - missingQuotes.length, required: reqQuotes.length, missing: missingQuotes, output: quotes.length },
    precision: { right, total, value: total === 0 ? 0 : right / total, falsePositives },
    unmatchedEntities: unmatched,
  };
}
