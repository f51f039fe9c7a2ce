/**
 * Spans grouped by sentence.
 */
import type { Span } from '../../types.ts';

/**
 * For each sentence, the index range `[first, last)` of the spans (sorted by
 * start) that lie inside it. Computed once per article and shared by every
 * reader that works sentence by sentence.
 */
export function spansBySentence(sentences: readonly Span[], spans: readonly Span[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let first = 0;
  for (const s of sentences) {
    while (first < spans.length && spans[first]!.start < s.start) first++;
    let last = first;
    while (last < spans.length && spans[last]!.end <= s.end) last++;
    out.push([first, last]);
  }
  return out;
}
