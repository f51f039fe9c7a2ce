/**
 * Node centralities for sizing the view: degree (edges), weighted degree
 * (evidence), PageRank (graphology-metrics, weighted by evidence) and
 * mentions. Pure, in memory; the server stores `pagerank` on the nodes it
 * sends and the view computes what is missing.
 */
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import type { NewsGraph } from '../types.ts';

export const CENTRALITIES = ['degree', 'weighted', 'pagerank', 'mentions'] as const;
export type Centrality = (typeof CENTRALITIES)[number];

/** PageRank weighted by evidence; uniform when it does not converge. */
export function pageRanks(graph: NewsGraph): Map<string, number> {
  const out = new Map<string, number>();
  if (graph.order === 0) return out;
  try {
    const pr = pagerank(graph, { getEdgeWeight: 'weight', maxIterations: 200, tolerance: 1e-8 });
    for (const [n, v] of Object.entries(pr)) out.set(n, v);
  } catch {
    graph.forEachNode((n) => out.set(n, 1 / graph.order));
  }
  return out;
}

/** Write `pagerank` onto every node (rounded to 6 significant digits). */
export function assignPageRank(graph: NewsGraph): void {
  for (const [n, v] of pageRanks(graph)) graph.setNodeAttribute(n, 'pagerank', Number(v.toPrecision(6)));
}

/** The chosen centrality of every node; `pagerank` uses the stored attribute when every node has one. */
export function centrality(graph: NewsGraph, by: Centrality): Map<string, number> {
  const out = new Map<string, number>();
  switch (by) {
    case 'degree':
      graph.forEachNode((n) => out.set(n, graph.degree(n)));
      break;
    case 'weighted':
      graph.forEachNode((n) => {
        let w = 0;
        graph.forEachEdge(n, (_e, a) => (w += a.weight));
        out.set(n, w);
      });
      break;
    case 'mentions':
      graph.forEachNode((n, a) => out.set(n, a.mentions));
      break;
    case 'pagerank': {
      if (graph.order > 0 && graph.everyNode((_n, a) => typeof a.pagerank === 'number')) graph.forEachNode((n, a) => out.set(n, a.pagerank!));
      else return pageRanks(graph);
      break;
    }
  }
  return out;
}
