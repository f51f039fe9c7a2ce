/**
 * Everything the view needs on a graph before it is sent, computed once per
 * store version off the request thread (src/server/graph-worker.ts):
 * Louvain communities (`community`), PageRank (`pagerank`), then the seeded
 * ForceAtlas2 layout, which starts each community in a disc of its own. The
 * figures (times, iterations, communities) are kept as graph attributes so
 * the view and the benchmark can show them.
 */
import { DEFAULTS } from '../config.ts';
import { assignPageRank } from '../graph/centrality.ts';
import { assignCommunities } from '../graph/communities.ts';
import type { NewsGraph } from '../types.ts';
import { runLayout } from './index.ts';

export interface PrepareOptions {
  seed?: number;
  /** Skip the layout (positions left as they are). */
  layout?: boolean;
}

export interface PrepareFigures {
  nodes: number;
  edges: number;
  communities: number;
  modularity: number;
  layoutIterations: number;
  layoutConverged: boolean;
  communitiesMs: number;
  pagerankMs: number;
  layoutMs: number;
}

export function prepareViewGraph(graph: NewsGraph, opts: PrepareOptions = {}): PrepareFigures {
  const seed = opts.seed ?? DEFAULTS.layoutSeed;
  const t0 = performance.now();
  const c = assignCommunities(graph, { seed });
  const t1 = performance.now();
  assignPageRank(graph);
  const t2 = performance.now();
  const fa2 = opts.layout === false ? { iterations: 0, converged: false } : runLayout(graph, { seed });
  const t3 = performance.now();
  const figures: PrepareFigures = {
    nodes: graph.order,
    edges: graph.size,
    communities: c.count,
    modularity: Math.round(c.modularity * 1000) / 1000,
    layoutIterations: fa2.iterations,
    layoutConverged: fa2.converged,
    communitiesMs: Math.round(t1 - t0),
    pagerankMs: Math.round(t2 - t1),
    layoutMs: Math.round(t3 - t2),
  };
  graph.mergeAttributes({ view: figures });
  return figures;
}
