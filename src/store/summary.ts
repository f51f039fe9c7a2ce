/**
 * A relation's evidence folded into what an export writes on one line per
 * edge (GEXF, GraphML, CSV): the count, the combined confidence, the first
 * and last date, whether all of it is hedged, the distinct days (GEXF spells)
 * and the sentence of the most confident piece. Folded by the rules of
 * src/util/combine.ts over the evidence in occurrence order (date, article,
 * offset), as an edge of a graph built from the same rows
 * (src/graph/accumulate.ts, src/export/records.ts) would have it.
 *
 * A summary is a tuple, read by position through `RS`: an export of a
 * million relations makes one small array per relation and no other object.
 * Dialect-free and pure: the SQLite backend folds its raw rows here, the
 * PostgreSQL one its evidence rows.
 */
import type { EdgeEvidence, RelationType } from '../types.ts';
import { addMiss, confidenceOfMiss, orient } from '../util/combine.ts';

/** A relation's evidence folded; see `RS` for the slots. */
export type RelationSummary = [
  source: string,
  type: RelationType,
  target: string,
  weight: number,
  confidence: number,
  firstSeen: string | undefined,
  lastSeen: string | undefined,
  hedged: boolean,
  dates: string[],
  sentence: string,
  evidenceCount: number,
];

/** The slots of a `RelationSummary`. */
export const RS = {
  /** The ends, oriented (a symmetric type's ends in sorted order, as `orient` gives them). */
  source: 0,
  type: 1,
  target: 2,
  /** Pieces of evidence (within the dates asked for). */
  weight: 3,
  /** `combineConfidence` of their confidences in occurrence order. */
  confidence: 4,
  /** The least and greatest publication date (as stored, not cut to the day); undefined when none is dated. */
  firstSeen: 5,
  lastSeen: 6,
  /** All of the evidence is hedged (and there is some). */
  hedged: 7,
  /** The distinct days (YYYY-MM-DD, the first 10 characters of the date) of the dated evidence, sorted. */
  dates: 8,
  /** The sentence of the most confident evidence, the first of equals in occurrence order, as stored; '' when not asked for. */
  sentence: 9,
  /** Pieces of evidence (= weight for a store; a graph's edge may carry fewer than its weight). */
  evidenceCount: 10,
} as const;

/** How relation summaries are read. */
export interface SummaryReadOptions {
  /** Give each relation's best sentence (GEXF, GraphML, CSV write it); else '' and the sentences are not read. */
  sentence?: boolean;
  /**
   * Fold only the evidence whose date passes (the export's date range): its
   * `published`, undefined when undated. A relation none of whose evidence
   * passes is left out.
   */
  keepDate?: (published: string | undefined) => boolean;
}

/** What a summary needs of a piece of evidence. */
export type SummaryEvidence = Pick<EdgeEvidence, 'published' | 'confidence' | 'hedged' | 'sentence'>;

/**
 * The summary of one relation from its evidence in occurrence order (date,
 * article, offset: a store's order), those outside the dates dropped;
 * undefined when none is left.
 */
export function summarize(source: string, type: RelationType, target: string, evidence: readonly SummaryEvidence[], opts: SummaryReadOptions = {}): RelationSummary | undefined {
  const keepDate = opts.keepDate;
  let n = 0;
  let miss = 1;
  let hedged = true;
  let first: string | undefined;
  let last: string | undefined;
  const dates: string[] = [];
  let best: SummaryEvidence | undefined;
  for (const e of evidence) {
    const p = e.published || undefined;
    if (keepDate && !keepDate(p)) continue;
    n++;
    miss = addMiss(miss, e.confidence);
    if (!e.hedged) hedged = false;
    if (!best || e.confidence > best.confidence) best = e;
    if (p === undefined) continue;
    const d = p.slice(0, 10);
    if (dates[dates.length - 1] !== d) dates.push(d);
    if (first === undefined || p < first) first = p;
    if (last === undefined || p > last) last = p;
  }
  if (n === 0) return undefined;
  const [s, t] = orient(type, source, target);
  return [s, type, t, n, confidenceOfMiss(miss), first, last, hedged, dates, opts.sentence && best ? best.sentence : '', n];
}

/** `summarize` of a relation with one piece of evidence (most relations), without the array around it. */
export function summarizeOne(
  source: string,
  type: RelationType,
  target: string,
  published: string | null | undefined,
  confidence: number,
  hedged: boolean,
  sentence: string,
  opts: SummaryReadOptions = {},
): RelationSummary | undefined {
  const p = published || undefined;
  if (opts.keepDate && !opts.keepDate(p)) return undefined;
  const [s, t] = orient(type, source, target);
  return [s, type, t, 1, confidenceOfMiss(addMiss(1, confidence)), p, p, hedged, p === undefined ? [] : [p.slice(0, 10)], opts.sentence ? sentence : '', 1];
}
