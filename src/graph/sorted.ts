/**
 * A sorted copy of a graph: nodes by id, edges by key. Exports are written
 * from it so that the same graph always serialises to the same bytes.
 */
import { createGraph } from './create.ts';
import type { EdgeEvidence, NewsGraph, QuoteRecord } from '../types.ts';
import { byOccurrence } from '../util/combine.ts';

export { byOccurrence };

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
