/**
 * One relation's evidence rows folded into an edge record (its evidence
 * sorted by occurrence, weight, confidence, dates), as src/graph/accumulate.ts
 * folds them in memory: what the JSON export writes for each edge, in the
 * export's thread (./records.ts) or in its worker threads (./edge-job.ts).
 */
import type { NormalizedGraphFilter } from '../graph/query-options.ts';
import { edgeKey, type EdgeAttrs, type EdgeEvidence, type RelationType } from '../types.ts';
import { addMiss, byOccurrence, confidenceOfMiss, orient } from '../util/combine.ts';

export interface EdgeRecord {
  key: string;
  source: string;
  target: string;
  attrs: EdgeAttrs;
  dates: string[];
}

/** Folds one relation's evidence rows (consecutive in the store's order) into an edge, as src/graph/accumulate.ts does. */
export class EdgeFold {
  private ev: EdgeEvidence[] = [];
  constructor(
    readonly source: string,
    readonly type: RelationType,
    readonly target: string,
  ) {}

  add(e: EdgeEvidence): void {
    for (const x of this.ev) {
      if (x.articleId === e.articleId && x.start === e.start && x.sourceMention.start === e.sourceMention.start && x.targetMention.start === e.targetMention.start) return;
    }
    this.ev.push(e);
  }

  get empty(): boolean {
    return this.ev.length === 0;
  }

  record(): EdgeRecord {
    const [s, t] = orient(this.type, this.source, this.target);
    return edgeRecord(s, this.type, t, this.ev, true);
  }
}

/** An edge record from its evidence (any order; sorted here by date, article, offset: in place when the array is `own`, the caller's to give away). */
export function edgeRecord(source: string, type: RelationType, target: string, evidence: EdgeEvidence[], own = false): EdgeRecord {
  const ev = own ? evidence : evidence.slice();
  if (ev.length > 1) ev.sort(byOccurrence);
  const dates: string[] = [];
  let miss = 1;
  let hedged = true;
  let first: string | undefined;
  let last: string | undefined;
  for (const e of ev) {
    miss = addMiss(miss, e.confidence);
    if (!e.hedged) hedged = false;
    const p = e.published;
    if (!p) continue;
    const d = p.slice(0, 10);
    if (dates[dates.length - 1] !== d) dates.push(d);
    if (first === undefined || p < first) first = p;
    if (last === undefined || p > last) last = p;
  }
  const attrs: EdgeAttrs = { type, weight: ev.length, confidence: confidenceOfMiss(miss), evidence: ev };
  if (first !== undefined) {
    attrs.firstSeen = first;
    attrs.lastSeen = last!;
  }
  if (hedged && ev.length) attrs.hedged = true;
  return { key: edgeKey(source, type, target), source, target, attrs, dates };
}

/** Whether an export writes a folded edge: some evidence left, confidence at least the filter's. */
export function keepRecord(e: EdgeRecord, f: Pick<NormalizedGraphFilter, 'minConfidence'>): boolean {
  return e.attrs.weight > 0 && e.attrs.confidence >= f.minConfidence;
}
