/**
 * "We" in a quotation is the speaker's side.
 *
 * When a spokesman of CJTF-OIR says "We will continue to strike ISIL", the
 * relation rules can read "We ... to strike ISIL" once "We" stands for the
 * speaker's group. The group is the one the speaker leads or belongs to in
 * this article (member_of / leads), or the speaker itself when it is a group
 * ("U.S. Central Command said ..."). A person with no known group speaks for
 * nobody but himself, and his "we" is left alone.
 *
 * The relations found this way keep the rule that fired; their evidence end
 * is the word "we" (a description, as in strike reports: see types.ts).
 */
import type { RelationType } from '../types.ts';
import type { Lexicon } from './lexicon/index.ts';
import { maskSentence } from './rules/mask.ts';
import { matchSentence } from './rules/engine.ts';
import type { Sentence } from './text/sentences.ts';
import type { RawMention, RawQuote, RawRelation } from './types.ts';
import { lowerBound } from '../util/search.ts';

const WE = /(?<![\p{L}’'-])(?:we|We|WE)(?![\p{L}-])/gu;
/** Relation types a first-person subject may carry. */
const FIRST_PERSON_TYPES: ReadonlySet<RelationType> = new Set<RelationType>(['attacks', 'allied_with', 'captures', 'withdraws_from', 'located_in']);

function isGroup(m: RawMention): boolean {
  return (m.kind === 'actor' || m.kind === 'force') && m.type !== 'person' && m.type !== 'media';
}

const surnameOf = (m: RawMention): string => m.text.split(/\s+/).pop()!;

/**
 * The group a speaker speaks for, if known: the speaker when it is a group,
 * else the group of the first leads / member_of relation from a person of the
 * same surname (the same name included). Relations are indexed by surname once.
 */
function speakerGroups(mentions: readonly RawMention[], relations: readonly RawRelation[]): (speaker: number) => number | undefined {
  let bySurname: Map<string, number> | undefined;
  return (speaker) => {
    const sp = mentions[speaker]!;
    if (isGroup(sp)) return speaker;
    if (sp.type !== 'person') return undefined;
    if (!bySurname) {
      bySurname = new Map();
      for (const x of relations) {
        if ((x.type === 'leads' || x.type === 'member_of') && mentions[x.source]!.type === 'person' && isGroup(mentions[x.target]!)) {
          const k = surnameOf(mentions[x.source]!);
          if (!bySurname.has(k)) bySurname.set(k, x.target);
        }
      }
    }
    return bySurname.get(surnameOf(sp));
  };
}

export function firstPersonRelations(
  text: string,
  sentences: readonly Sentence[],
  mentions: readonly RawMention[],
  ranges: ReadonlyArray<readonly [number, number]>,
  quotes: readonly RawQuote[],
  relations: readonly RawRelation[],
  lex?: Lexicon,
): RawRelation[] {
  const out: RawRelation[] = [];
  /** Pseudo-mentions for "we", with the group each stands for. */
  const we: { m: RawMention; group: number }[] = [];
  const speakerGroup = speakerGroups(mentions, relations);
  for (const q of quotes) {
    const group = speakerGroup(q.speaker);
    if (group === undefined) continue;
    const g = mentions[group]!;
    WE.lastIndex = 0;
    const body = text.slice(q.start, q.end);
    for (let m = WE.exec(body); m; m = WE.exec(body)) {
      const start = q.start + m.index;
      we.push({ m: { start, end: start + m[0].length, text: m[0], kind: g.kind, type: g.type, rule: 'first-person' }, group });
    }
  }
  if (we.length === 0) return out;
  // the "we"s by start, so each sentence finds its own by binary search
  const order = we.map((_, i) => i).sort((a, b) => we[a]!.m.start - we[b]!.m.start || a - b);
  const inside = (s: Sentence): number[] => {
    const lo = lowerBound(order.length, (k) => we[order[k]!]!.m.start < s.start);
    const out: number[] = [];
    for (let k = lo; k < order.length && we[order[k]!]!.m.start <= s.end; k++) if (we[order[k]!]!.m.end <= s.end) out.push(order[k]!);
    return out.sort((a, b) => a - b);
  };
  sentences.forEach((s, k) => {
    const here = inside(s);
    if (here.length === 0) return;
    // the sentence's mentions plus its "we"s, in text order; `global` maps back (-1 - k: the k-th "we")
    const [first, last] = ranges[k]!;
    const local: { m: RawMention; global: number }[] = [];
    for (let i = first; i < last; i++) local.push({ m: mentions[i]!, global: i });
    here.forEach((w) => local.push({ m: we[w]!.m, global: -1 - w }));
    local.sort((a, b) => a.m.start - b.m.start);
    const ms = local.map((l) => l.m);
    for (const r of matchSentence(maskSentence(text, s, ms, 0, ms.length, lex), s, ms, lex)) {
      if (!FIRST_PERSON_TYPES.has(r.type)) continue;
      const a = local[r.source]!;
      const b = local[r.target]!;
      if (a.global >= 0 && b.global >= 0) continue; // the main pass has it
      const end = (x: { m: RawMention; global: number }) =>
        x.global >= 0 ? { index: x.global } : { index: we[-1 - x.global]!.group, span: { start: x.m.start, end: x.m.end } };
      const src = end(a);
      const tgt = end(b);
      if (src.index === tgt.index) continue;
      out.push({
        type: r.type,
        source: src.index,
        target: tgt.index,
        ...(src.span ? { sourceSpan: src.span } : {}),
        ...(tgt.span ? { targetSpan: tgt.span } : {}),
        evidence: r.evidence,
      });
    }
  });
  return out;
}
