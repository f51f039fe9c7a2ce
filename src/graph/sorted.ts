/**
 * A sorted copy of a graph: nodes by id, edges by key. Exports are written
 * from it so that the same graph always serialises to the same bytes.
 */
import { createGraph } from './create.ts';
import type { EdgeEvidence, NewsGraph, QuoteRecord } from '../types.ts';

type Located = { articleId: string; published?: string; start: number };

/** Evidence and quotes in a stable order: by date, article, offset. */
export function byOccurrence(a: Located, b: Located): number {
  const da = a.published ?? '';
  const db = b.published ?? '';
  if (da !== db) return da < db ? -1 : 1;
  if (a.articleId !== b.articleId) return a.articleId < b.articleId ? -1 : 1;
  return a.start - b.start;
}

export function sortedCopy(graph: NewsGraph): NewsGraph {
  const out = createGraph();
  for (const id of [...graph.nodes()].sort()) {
    const attrs = { ...graph.getNodeAttributes(id) };
    if (attrs.quotes) attrs.quotes = [...attrs.quotes].sort(byOccurrence) as QuoteRecord[];
    out.addNode(id, attrs);
  }
  for (const key of [...graph.edges()].sort()) {
    const attrs = { ...graph.getEdgeAttributes(key) };
    attrs.evidence = [...attrs.evidence].sort(byOccurrence) as EdgeEvidence[];
    out.addDirectedEdgeWithKey(key, graph.source(key), graph.target(key), attrs);
  }
  return out;
}
