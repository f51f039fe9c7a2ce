/**
 * A sorted copy of a graph: nodes by id, edges by key. Exports are written
 * from it so that the same graph always serialises to the same bytes.
 */
import { createGraph } from './create.ts';
import type { NewsGraph } from '../types.ts';

export function sortedCopy(graph: NewsGraph): NewsGraph {
  const out = createGraph();
  for (const id of [...graph.nodes()].sort()) out.addNode(id, { ...graph.getNodeAttributes(id) });
  for (const key of [...graph.edges()].sort()) {
    out.addDirectedEdgeWithKey(key, graph.source(key), graph.target(key), { ...graph.getEdgeAttributes(key) });
  }
  return out;
}
