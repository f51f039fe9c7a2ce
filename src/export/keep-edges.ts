/**
 * Which relation summaries an export writes: both ends written as nodes, not
 * a loop, of a type and a confidence the filter keeps (dates are folded in
 * the store). One rule for the export's own thread (./records.ts) and its
 * edge workers (./edge-job.ts), so both write the same edges.
 */
import type { NormalizedGraphFilter } from '../graph/query-options.ts';
import { RS, type RelationSummary } from '../store/summary.ts';

/**
 * Move the summaries of `batch` the export keeps to its front, in order; their count. `endsWritten`: every
 * relation's ends are known to be written (the ends are not looked up; the same summaries are kept).
 */
export function keepEdges(batch: RelationSummary[], written: ReadonlySet<string>, f: NormalizedGraphFilter, endsWritten = false): number {
  let kept = 0;
  for (const e of batch) {
    const source = e[RS.source];
    const target = e[RS.target];
    if (source === target || (!endsWritten && (!written.has(source) || !written.has(target))) || (f.types && !f.types.has(e[RS.type])) || e[RS.confidence] < f.minConfidence) continue;
    batch[kept++] = e;
  }
  return kept;
}
