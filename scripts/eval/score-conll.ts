/**
 * Scoring extractions against CoNLL-2003: exact character spans, PER / ORG /
 * LOC (mapped from newsgraph kinds by ./classes.ts). Gold MISC is not scored:
 * a prediction whose span is exactly a MISC entity is neither right nor wrong
 * (newsgraph has no MISC class); every other unmatched prediction is wrong.
 * `untyped` scores the spans alone (boundaries right, class ignored).
 * CoNLL annotates names only, never one inside another: pronouns and
 * descriptions resolved by coreference (`via`) and mentions nested inside
 * another predicted mention ("Iraq" in "al-Qaeda in Iraq") are not
 * predictions here.
 */
import type { ArticleExtraction } from '../../src/types.ts';
import { CONLL_OF } from './classes.ts';
import { addPrf, prf, type Prf } from './match.ts';
import { predictedMentions } from './score-re3d.ts';

export interface ConllEntity {
  type: string;
  start: number;
  end: number;
}
export interface ConllDoc {
  id: string;
  title: string;
  text: string;
  entities: ConllEntity[];
}

export const CONLL_TYPES = ['PER', 'ORG', 'LOC'] as const;
export type ConllType = (typeof CONLL_TYPES)[number];

export interface ConllScore {
  micro: Prf;
  byType: Record<ConllType, Prf>;
  untyped: Prf;
  /** Predictions on a MISC span, not counted. */
  absorbedByMisc: number;
  docs: number;
  goldEntities: number;
}

/** The predictions not strictly inside another one (sorted by start, longest first). */
function outermost<P extends { start: number; end: number }>(preds: P[]): P[] {
  const sorted = [...preds].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: P[] = [];
  let outer: { start: number; end: number } | undefined;
  for (const p of sorted) {
    // inside the outer span, and not the same span (the same name in another class still counts)
    if (outer && p.end <= outer.end && !(p.start === outer.start && p.end === outer.end)) continue;
    out.push(p);
    if (!outer || p.end > outer.end) outer = p;
  }
  return out;
}

export function scoreConll(docs: ConllDoc[], outputs: Array<ArticleExtraction | undefined>): ConllScore {
  const counts: Record<ConllType, { tp: number; fp: number; fn: number }> = {
    PER: { tp: 0, fp: 0, fn: 0 },
    ORG: { tp: 0, fp: 0, fn: 0 },
    LOC: { tp: 0, fp: 0, fn: 0 },
  };
  const untyped = { tp: 0, fp: 0, fn: 0 };
  let absorbed = 0;
  let goldEntities = 0;
  docs.forEach((doc, i) => {
    const preds = outermost(predictedMentions(outputs[i], true)).map((p) => ({ ...p, type: CONLL_OF[p.cls] }));
    const misc = new Set(doc.entities.filter((e) => e.type === 'MISC').map((e) => `${e.start}:${e.end}`));
    const gold = doc.entities.filter((e) => (CONLL_TYPES as readonly string[]).includes(e.type));
    goldEntities += gold.length;
    const goldKeys = new Set(gold.map((e) => `${e.type}:${e.start}:${e.end}`));
    const predKeys = new Set<string>();
    for (const p of preds) {
      const key = `${p.type}:${p.start}:${p.end}`;
      if (predKeys.has(key)) continue;
      predKeys.add(key);
      if (goldKeys.has(key)) counts[p.type].tp++;
      else if (misc.has(`${p.start}:${p.end}`)) absorbed++;
      else counts[p.type].fp++;
    }
    for (const g of gold) if (!predKeys.has(`${g.type}:${g.start}:${g.end}`)) counts[g.type as ConllType].fn++;
    // Spans alone.
    const goldSpans = new Set(gold.map((e) => `${e.start}:${e.end}`));
    const predSpans = new Set(preds.map((p) => `${p.start}:${p.end}`).filter((k) => !misc.has(k) || goldSpans.has(k)));
    for (const k of predSpans) (goldSpans.has(k) ? untyped.tp++ : untyped.fp++);
    for (const k of goldSpans) if (!predSpans.has(k)) untyped.fn++;
  });
  const byType = {
    PER: prf(counts.PER.tp, counts.PER.fp, counts.PER.fn),
    ORG: prf(counts.ORG.tp, counts.ORG.fp, counts.ORG.fn),
    LOC: prf(counts.LOC.tp, counts.LOC.fp, counts.LOC.fn),
  };
  return {
    micro: addPrf(Object.values(byType)),
    byType,
    untyped: prf(untyped.tp, untyped.fp, untyped.fn),
    absorbedByMisc: absorbed,
    docs: docs.length,
    goldEntities,
  };
}
