/**
 * Scoring extractions against re3d gold (../shared/data/re3d-dev).
 *
 * Entities, per class (Person / Organisation / Location, see ./classes.ts):
 * - Gold units: gold spans of one class that overlap each other are nested
 *   alternatives for one mention ("Iraqi President Fuad Masum" / "President
 *   Fuad"), so they form one unit; a prediction matches a unit when it
 *   overlaps (overlap mode) or equals (exact mode) any of its spans.
 * - Matching is one-to-one and maximal (./match.ts); duplicate predictions
 *   are counted once.
 * - The same name annotated with two classes (gold "Iraq" as Location and as
 *   Organisation; "the United States" as Organisation around "United States"
 *   as Location) counts once: the unmatched copy is not a miss when the other
 *   was found. Spans are compared with a leading "the " dropped.
 * - Named scope (./named.ts): gold units with a named span; predictions that
 *   match an unnamed unit are ignored, unmatched predictions count as false
 *   positives only when their text is named.
 *
 * Relations: the gold of the five mapped types (./classes.ts), one per
 * unordered pair of end spans; a prediction is one evidence item of a mapped
 * relation (sourceMention, targetMention); it is right when both ends overlap
 * the gold ends, in either direction; one-to-one. The `polEnds` variant scores
 * only gold whose ends are both Person/Organisation/Location spans (other gold
 * absorbs predictions without counting them wrong).
 */
import type { ArticleExtraction } from '../../src/types.ts';
import { EVAL_CLASSES, RE3D_RELATION_OF, RE3D_RELATION_TYPES, classOf, type EvalClass } from './classes.ts';
import { addPrf, iou, overlaps, prf, spanMatches, type MatchMode, type Prf, type Span } from './match.ts';
import { isNamedMention } from './named.ts';
import { scoreScoped } from './scoped.ts';

export interface Re3dEntity {
  begin: number;
  end: number;
  type: string;
  value: string;
}
export interface Re3dRelation {
  type: string;
  sourceBegin: number;
  sourceEnd: number;
  targetBegin: number;
  targetEnd: number;
  source?: string;
  target?: string;
}
export interface Re3dDoc {
  id: string;
  title: string;
  text: string;
  source?: string;
  url?: string;
  entities: Re3dEntity[];
  relations: Re3dRelation[];
}

export type Scope = 'named' | 'all';
export const SCOPES: readonly Scope[] = ['named', 'all'];
export const MODES: readonly MatchMode[] = ['overlap', 'exact'];

export interface ClassScores {
  micro: Prf;
  byClass: Record<EvalClass, Prf>;
}

export interface EntityError {
  doc: string;
  cls: EvalClass;
  text: string;
  start: number;
}

export interface Re3dScore {
  /** entities[scope][mode] */
  entities: Record<Scope, Record<MatchMode, ClassScores>>;
  relations: { micro: Prf; byType: Record<string, Prf> };
  relationsPolEnds: { micro: Prf; byType: Record<string, Prf> };
  /** Errors of the headline figure (named, overlap), for diagnosis. */
  errors: { missed: EntityError[]; spurious: EntityError[]; relMissed: string[]; relSpurious: string[] };
  docs: number;
}

interface Unit {
  cls: EvalClass;
  spans: Array<Span & { value: string }>;
  named: boolean;
}
interface Pred extends Span {
  cls: EvalClass;
  text: string;
}

const spanKey = (s: Span) => `${s.start}:${s.end}`;

/** The span without a leading "the ": "the United States" and "United States" are one name. */
function coreKey(s: Span & { value: string }): string {
  const lead = /^the\s+/i.exec(s.value)?.[0].length ?? 0;
  return `${s.start + lead}:${s.end}`;
}

/** Gold units of one class: connected groups of overlapping spans. */
export function goldUnits(entities: Re3dEntity[], cls: EvalClass): Unit[] {
  const spans = entities
    .filter((e) => e.type === cls)
    .map((e) => ({ start: e.begin, end: e.end, value: e.value }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const units: Unit[] = [];
  let cur: Unit | undefined;
  let curEnd = -1;
  for (const s of spans) {
    if (cur && s.start < curEnd) {
      if (!cur.spans.some((x) => x.start === s.start && x.end === s.end)) cur.spans.push(s);
      curEnd = Math.max(curEnd, s.end);
    } else {
      cur = { cls, spans: [s], named: false };
      units.push(cur);
      curEnd = s.end;
    }
  }
  for (const u of units) u.named = u.spans.some((s) => isNamedMention(s.value));
  return units;
}

/**
 * Predicted mentions with a class, one per (class, span). `namesOnly` leaves
 * out pronouns and descriptions (mentions with `via` other than "name-part"),
 * for gold that annotates names only (CoNLL).
 */
export function predictedMentions(ex: ArticleExtraction | undefined, namesOnly = false): Pred[] {
  const seen = new Set<string>();
  const out: Pred[] = [];
  for (const e of ex?.entities ?? []) {
    const cls = classOf(e.kind, e.type);
    if (!cls) continue;
    for (const m of e.mentions ?? []) {
      if (namesOnly && m.via && m.via !== 'name-part') continue;
      const key = `${cls}:${m.start}:${m.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ cls, start: m.start, end: m.end, text: m.text });
    }
  }
  return out;
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Entity counts for one document, one scope and one mode. */
export function scoreDocEntities(
  gold: Re3dEntity[],
  preds: Pred[],
  scope: Scope,
  mode: MatchMode,
  errors?: { doc: string; missed: EntityError[]; spurious: EntityError[] },
): Record<EvalClass, Counts> {
  const perClass = {} as Record<EvalClass, { units: Unit[]; matched: boolean[]; counts: Counts }>;
  for (const cls of EVAL_CLASSES) {
    const units = goldUnits(gold, cls);
    const ps = preds.filter((p) => p.cls === cls);
    const r = scoreScoped(
      units.length,
      ps.length,
      (g, p) => units[g]!.spans.some((s) => spanMatches(mode, s, ps[p]!)),
      (g, p) => Math.max(...units[g]!.spans.map((s) => iou(s, ps[p]!))),
      (g) => scope === 'all' || units[g]!.named,
      (p) => scope === 'all' || isNamedMention(ps[p]!.text),
    );
    perClass[cls] = { units, matched: r.pairs.map((p) => p >= 0), counts: { tp: r.tp, fp: r.fp, fn: r.fn } };
    if (errors) {
      for (const p of r.falsePositives)
        errors.spurious.push({ doc: errors.doc, cls, text: ps[p]!.text, start: ps[p]!.start });
    }
  }
  // A span annotated with two classes counts once.
  const matchedSpans = new Map<string, Set<EvalClass>>();
  for (const cls of EVAL_CLASSES) {
    perClass[cls].units.forEach((u, i) => {
      if (!perClass[cls].matched[i]) return;
      for (const s of u.spans) matchedSpans.set(coreKey(s), (matchedSpans.get(coreKey(s)) ?? new Set()).add(cls));
    });
  }
  const out = {} as Record<EvalClass, Counts>;
  for (const cls of EVAL_CLASSES) {
    const { units, matched, counts } = perClass[cls];
    let fn = counts.fn;
    units.forEach((u, i) => {
      if (matched[i] || (scope === 'named' && !u.named)) return;
      const excused = u.spans.some((s) => [...(matchedSpans.get(coreKey(s)) ?? [])].some((c) => c !== cls));
      if (excused) fn--;
      else if (errors) errors.missed.push({ doc: errors.doc, cls, text: u.spans[0]!.value, start: u.spans[0]!.start });
    });
    out[cls] = { tp: counts.tp, fp: counts.fp, fn };
  }
  return out;
}

interface RelItem {
  type: string;
  a: Span;
  b: Span;
  label: string;
}

/** Gold relations of the mapped types, one per unordered pair of end spans. */
export function goldRelations(rels: Re3dRelation[]): RelItem[] {
  const seen = new Set<string>();
  const out: RelItem[] = [];
  const types = new Set<string>(RE3D_RELATION_TYPES);
  for (const r of rels) {
    if (!types.has(r.type)) continue;
    const a = { start: r.sourceBegin, end: r.sourceEnd };
    const b = { start: r.targetBegin, end: r.targetEnd };
    const key = `${r.type}|${[spanKey(a), spanKey(b)].sort().join('|')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ type: r.type, a, b, label: `${r.source ?? spanKey(a)} ${r.type} ${r.target ?? spanKey(b)}` });
  }
  return out;
}

/** Every evidence item of a relation whose type maps to a re3d type, with its ends' spans. */
export function* mappedEvidence(ex: ArticleExtraction | undefined): Generator<{ type: string; relationType: string; rule: string; a: Span; b: Span }> {
  for (const r of ex?.relations ?? []) {
    const type = RE3D_RELATION_OF[r.type];
    if (!type) continue;
    for (const ev of r.evidence ?? []) {
      if (ev.sourceMention && ev.targetMention) yield { type, relationType: r.type, rule: ev.rule, a: ev.sourceMention, b: ev.targetMention };
    }
  }
}

/** Predicted relation instances: one per evidence item of a mapped type. */
export function predictedRelations(ex: ArticleExtraction | undefined, text: string): RelItem[] {
  const seen = new Set<string>();
  const out: RelItem[] = [];
  for (const { type, relationType, rule, a, b } of mappedEvidence(ex)) {
    const key = `${type}|${[spanKey(a), spanKey(b)].sort().join('|')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ type, a, b, label: `${text.slice(a.start, a.end)} ${relationType} ${text.slice(b.start, b.end)} (${rule})` });
  }
  return out;
}

export function relationFits(g: RelItem, p: RelItem): boolean {
  return g.type === p.type && ((overlaps(g.a, p.a) && overlaps(g.b, p.b)) || (overlaps(g.a, p.b) && overlaps(g.b, p.a)));
}

function relScore(g: RelItem, p: RelItem): number {
  return Math.max(iou(g.a, p.a) + iou(g.b, p.b), iou(g.a, p.b) + iou(g.b, p.a));
}

export function scoreDocRelations(
  gold: RelItem[],
  preds: RelItem[],
  goldInScope: (g: RelItem) => boolean = () => true,
  errors?: { doc: string; missed: string[]; spurious: string[] },
): Record<string, Counts> {
  const out: Record<string, Counts> = {};
  for (const type of RE3D_RELATION_TYPES) {
    const gs = gold.filter((g) => g.type === type);
    const ps = preds.filter((p) => p.type === type);
    const r = scoreScoped(
      gs.length,
      ps.length,
      (g, p) => relationFits(gs[g]!, ps[p]!),
      (g, p) => relScore(gs[g]!, ps[p]!),
      (g) => goldInScope(gs[g]!),
      () => true,
    );
    out[type] = { tp: r.tp, fp: r.fp, fn: r.fn };
    if (errors) {
      r.pairs.forEach((p, g) => {
        if (p < 0 && goldInScope(gs[g]!)) errors.missed.push(`${errors.doc}: ${gs[g]!.label}`);
      });
      for (const p of r.falsePositives) errors.spurious.push(`${errors.doc}: ${ps[p]!.label}`);
    }
  }
  return out;
}

function add(into: Record<string, Counts>, from: Record<string, Counts>): void {
  for (const [k, c] of Object.entries(from)) {
    const t = (into[k] ??= { tp: 0, fp: 0, fn: 0 });
    t.tp += c.tp;
    t.fp += c.fp;
    t.fn += c.fn;
  }
}

function toScores<K extends string>(counts: Record<string, Counts>, keys: readonly K[]): { micro: Prf; by: Record<K, Prf> } {
  const by = {} as Record<K, Prf>;
  for (const k of keys) {
    const c = counts[k] ?? { tp: 0, fp: 0, fn: 0 };
    by[k] = prf(c.tp, c.fp, c.fn);
  }
  return { micro: addPrf(Object.values(by) as Prf[]), by };
}

export function scoreRe3d(docs: Re3dDoc[], outputs: Array<ArticleExtraction | undefined>): Re3dScore {
  const entityCounts: Record<string, Record<string, Counts>> = {};
  const relCounts: Record<string, Counts> = {};
  const relPolCounts: Record<string, Counts> = {};
  const errors: Re3dScore['errors'] = { missed: [], spurious: [], relMissed: [], relSpurious: [] };
  docs.forEach((doc, i) => {
    const ex = outputs[i];
    const preds = predictedMentions(ex);
    for (const scope of SCOPES) {
      for (const mode of MODES) {
        const headline = scope === 'named' && mode === 'overlap';
        const errs = headline ? { doc: doc.id, missed: errors.missed, spurious: errors.spurious } : undefined;
        add((entityCounts[`${scope}/${mode}`] ??= {}), scoreDocEntities(doc.entities, preds, scope, mode, errs));
      }
    }
    const gold = goldRelations(doc.relations);
    const prels = predictedRelations(ex, doc.text);
    add(relCounts, scoreDocRelations(gold, prels, undefined, { doc: doc.id, missed: errors.relMissed, spurious: errors.relSpurious }));
    const pol = new Set(
      doc.entities.filter((e) => (EVAL_CLASSES as readonly string[]).includes(e.type)).map((e) => `${e.begin}:${e.end}`),
    );
    add(relPolCounts, scoreDocRelations(gold, prels, (g) => pol.has(spanKey(g.a)) && pol.has(spanKey(g.b))));
  });
  const entities = {} as Re3dScore['entities'];
  for (const scope of SCOPES) {
    entities[scope] = {} as Record<MatchMode, ClassScores>;
    for (const mode of MODES) {
      const s = toScores(entityCounts[`${scope}/${mode}`] ?? {}, EVAL_CLASSES);
      entities[scope][mode] = { micro: s.micro, byClass: s.by };
    }
  }
  const rel = toScores(relCounts, RE3D_RELATION_TYPES);
  const relPol = toScores(relPolCounts, RE3D_RELATION_TYPES);
  return {
    entities,
    relations: { micro: rel.micro, byType: rel.by },
    relationsPolEnds: { micro: relPol.micro, byType: relPol.by },
    errors,
    docs: docs.length,
  };
}
