/**
 * Build a `NewsGraph` from the store's rows (src/store's `iterateNodes`,
 * `iterateEvidence`, `iterateEdges`, `iterateQuotes`): whole, or filtered by
 * node kinds, edge types, evidence dates, combined confidence, or an ego
 * network. No SQL here: the rows come typed from the store.
 *
 * Nodes take the store's aggregate rows; edges are folded from the evidence
 * rows with `addEvidence` (./accumulate.ts), so a date filter recombines
 * weight and confidence by the same rule as everywhere else.
 */
import { DEFAULTS } from '../config.ts';
import type { NodeRow, RowFilter, StoreReader } from '../store/index.ts';
import type { NewsGraph, NodeAttrs, RelationType } from '../types.ts';
import { addEvidence } from './accumulate.ts';
import { storeAdjacency } from './adjacency.ts';
import { createGraph } from './create.ts';
import { inRange, intOption, normalizeGraphFilter, normalizeNeighborOptions, type GraphFilter, type NormalizedGraphFilter, type Raw } from './query-options.ts';
import { resolveEntity, type Redirect } from './resolve-node.ts';
import { reachable } from './traverse.ts';

export interface BuildOptions {
  kinds?: GraphFilter['kinds'] | Raw;
  types?: GraphFilter['types'] | Raw;
  since?: Raw;
  until?: Raw;
  minConfidence?: Raw;
  /** Only the nodes within `depth` hops of `id` (an id or a name; edges under the same filter). */
  ego?: { id: string; depth: Raw };
  /** Keep the evidence lists on edges (default true); false gives weights only. */
  evidence?: boolean;
  /** Drop nodes left without edges by the filter (default false). */
  dropIsolated?: boolean;
}

/** What a graph built or exported from the store covers: the normalised filter and the node ids (all when undefined). */
export interface GraphScope {
  filter: NormalizedGraphFilter;
  /** The ids of the ego network, when `ego` is given. */
  only?: Set<string>;
  /** For the store's row iterators. */
  rows: RowFilter;
}

/**
 * The filter of `options`, validated, and the ego network's node ids: one
 * home for what a store graph covers, shared by `buildGraph` and the
 * streamed exports (src/export/records.ts).
 */
export async function graphScope(store: StoreReader, options: BuildOptions = {}, redirect?: Redirect): Promise<GraphScope> {
  const f = normalizeGraphFilter(options as Parameters<typeof normalizeGraphFilter>[0]);
  let only: Set<string> | undefined;
  if (options.ego) {
    const depth = intOption('depth', options.ego.depth, 1, 0, DEFAULTS.maxDepth);
    const id = (await resolveEntity(store, options.ego.id, redirect)).id;
    const o = normalizeNeighborOptions({
      ...(f.types ? { types: [...f.types] } : {}),
      ...(f.kinds ? { kinds: [...f.kinds] } : {}),
      ...(f.since ? { since: f.since } : {}),
      ...(f.until ? { until: f.until } : {}),
      minConfidence: f.minConfidence,
      limit: DEFAULTS.maxLimit,
      depth: Math.max(1, depth),
    });
    only = depth === 0 ? new Set([id]) : await reachable(id, storeAdjacency(store, o), depth);
  }
  return { filter: f, ...(only ? { only } : {}), rows: only ? { ids: [...only] } : {} };
}

/** Does a node row pass the filter? A date filter keeps the nodes seen in the range; an undated node is not known to be. */
export function nodeInScope(f: NormalizedGraphFilter, r: Pick<NodeRow, 'kind' | 'firstSeen' | 'lastSeen'>): boolean {
  if (f.kinds && !f.kinds.has(r.kind)) return false;
  if (f.since || f.until) {
    if (!r.firstSeen || !r.lastSeen) return false;
    if (f.since && r.lastSeen < f.since) return false;
    if (f.until && r.firstSeen.slice(0, f.until.length) > f.until) return false;
  }
  return true;
}

export async function buildGraph(store: StoreReader, options: BuildOptions = {}, redirect?: Redirect): Promise<NewsGraph> {
  const { filter: f, rows: filter } = await graphScope(store, options, redirect);
  const withEvidence = options.evidence !== false;
  const dated = Boolean(f.since || f.until);
  const graph = createGraph();
  for await (const r of store.iterateNodes(filter)) {
    if (!nodeInScope(f, r)) continue;
    const attrs: NodeAttrs = { label: r.label, kind: r.kind, type: r.type, aliases: r.aliases, mentions: r.mentions, articles: r.articles };
    if (r.firstSeen) attrs.firstSeen = r.firstSeen;
    if (r.lastSeen) attrs.lastSeen = r.lastSeen;
    if (r.titles) attrs.titles = r.titles;
    if (r.roles) attrs.roles = r.roles;
    if (r.pinned) attrs.pinned = true;
    graph.addNode(r.id, attrs);
  }
  const relOk = (source: string, type: RelationType, target: string) =>
    graph.hasNode(source) && graph.hasNode(target) && (!f.types || f.types.has(type));
  if (withEvidence || dated) {
    for await (const batch of store.iterateEvidence(filter)) {
      for (const r of batch) {
        if (!relOk(r.source, r.type, r.target)) continue;
        if (dated && !inRange(r.evidence.published, f.since, f.until)) continue;
        addEvidence(graph, r.type, r.source, r.target, r.evidence);
      }
    }
    if (!withEvidence) graph.forEachEdge((e) => graph.setEdgeAttribute(e, 'evidence', []));
  } else {
    for await (const r of store.iterateEdges(filter)) {
      if (!relOk(r.source, r.type, r.target)) continue;
      graph.addDirectedEdgeWithKey(`${r.source}|${r.type}|${r.target}`, r.source, r.target, {
        type: r.type,
        weight: r.weight,
        confidence: r.confidence,
        evidence: [],
        ...(r.firstSeen ? { firstSeen: r.firstSeen } : {}),
        ...(r.lastSeen ? { lastSeen: r.lastSeen } : {}),
        ...(r.hedged ? { hedged: true } : {}),
      });
    }
  }
  if (f.minConfidence > 0) {
    graph.filterEdges((_, a) => a.confidence < f.minConfidence).forEach((e) => graph.dropEdge(e));
  }
  for await (const q of store.iterateQuotes(filter)) {
    if (!graph.hasNode(q.speaker)) continue;
    if (dated && !inRange(q.published, f.since, f.until)) continue;
    (graph.getNodeAttributes(q.speaker).quotes ??= []).push(q);
  }
  if (options.dropIsolated) {
    graph.filterNodes((n) => graph.degree(n) === 0).forEach((n) => graph.dropNode(n));
  }
  return graph;
}
