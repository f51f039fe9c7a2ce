/**
 * Queries on a graphology `NewsGraph` in memory (one built from extractions,
 * or a store's `ng.graph()`): the same traversals as the store's query
 * engine (./traverse.ts), the same options (./query-options.ts) and the same
 * answers (`NeighborsResult`, `PathResult`), with the graph's edges as the
 * adjacency instead of the store's. `newsgraph/graph` exports them.
 */
import { NotFoundError } from '../errors.ts';
import { SYMMETRIC_TYPES, type NewsGraph } from '../types.ts';
import { foldName } from '../util/names.ts';
import { inRange, normalizeNeighborOptions, normalizePathOptions, type NormalizedNeighborOptions, type PathOptions, type RawNeighborOptions } from './query-options.ts';
import type { NeighborsResult, NodeSummary, PathResult } from './query-types.ts';
import { edgeSummary, summarize } from './summarize.ts';
import { neighborhood, shortestPath, type Adjacency, type Step } from './traverse.ts';

/** The adjacency of a graph under the neighbour filters: out-edges, then in-edges, each by (type, other end). */
export function graphAdjacency(graph: NewsGraph, o: NormalizedNeighborOptions): Adjacency {
  const dated = Boolean(o.since || o.until);
  const steps = (id: string): Step[] => {
    if (!graph.hasNode(id)) return [];
    const outs: Array<[string, Step]> = [];
    const ins: Array<[string, Step]> = [];
    graph.forEachEdge(id, (key, a, source, target) => {
      const out = source === id;
      const other = out ? target : source;
      if (!(out ? o.direction !== 'in' : o.direction !== 'out') && !SYMMETRIC_TYPES.has(a.type)) return;
      if (o.types && !o.types.has(a.type)) return;
      if (a.confidence < o.minConfidence) return;
      if (o.kinds && !o.kinds.has(graph.getNodeAttribute(other, 'kind'))) return;
      let weight = a.weight;
      if (dated) {
        weight = a.evidence.filter((e) => inRange(e.published, o.since, o.until)).length;
        if (weight === 0) return;
      }
      const step = { edge: edgeSummary(key, a.type, source, target, weight, a.confidence, a.firstSeen, a.lastSeen, a.hedged), other };
      (out ? outs : ins).push([`${a.type}\u0000${other}`, step]);
    });
    const byKey = (x: [string, Step], y: [string, Step]) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0);
    return [...outs.sort(byKey), ...ins.sort(byKey)].map(([, s]) => s);
  };
  return async (ids) => ids.map(steps);
}

/** A node by id, else by exact (folded) label or alias, the most mentioned first. */
export function graphNode(graph: NewsGraph, idOrName: string): string {
  if (graph.hasNode(idOrName)) return idOrName;
  const folded = foldName(idOrName);
  let best: string | undefined;
  let bestMentions = -1;
  graph.forEachNode((id, a) => {
    if ((foldName(a.label) === folded || a.aliases.some((x) => foldName(x) === folded)) && a.mentions > bestMentions) {
      best = id;
      bestMentions = a.mentions;
    }
  });
  if (best === undefined) throw new NotFoundError(`node "${idOrName}"`);
  return best;
}

function summaries(graph: NewsGraph) {
  return async (ids: string[]): Promise<NodeSummary[]> => ids.map((id) => summarize(id, graph.getNodeAttributes(id), graph.degree(id)));
}

/** `neighbors` on a graph in memory: the same options and answer as `ng.neighbors`. */
export async function graphNeighbors(graph: NewsGraph, idOrName: string, options: RawNeighborOptions = {}): Promise<NeighborsResult> {
  const o = normalizeNeighborOptions(options);
  const id = graphNode(graph, idOrName);
  const near = await neighborhood(id, graphAdjacency(graph, o), o.depth, o.limit, summaries(graph));
  return { node: (await summaries(graph)([id]))[0]!, ...near };
}

/** `path` on a graph in memory: the same options and answer as `ng.path`. */
export async function graphPath(graph: NewsGraph, a: string, b: string, options: PathOptions = {}): Promise<PathResult> {
  const { maxDepth, edges: o } = normalizePathOptions(options);
  const from = graphNode(graph, a);
  const to = graphNode(graph, b);
  const route = await shortestPath(from, to, graphAdjacency(graph, o), maxDepth);
  if (!route) return { from, to, found: false, nodes: [], edges: [] };
  return { from, to, found: true, nodes: await summaries(graph)(route.nodes), edges: route.edges };
}
