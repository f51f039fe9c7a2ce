/**
 * Communities of a `NewsGraph` (Louvain, seeded) and what the view says about
 * them: members ranked, a label from the top entities, the strongest edges,
 * and the edges between communities aggregated by type. Pure, in memory (no
 * SQL, no I/O), so the server and the view (web/) use the same code.
 *
 * Louvain runs on an undirected, simple projection of the graph: the edges
 * of one pair of nodes, whatever their type and direction, become one edge
 * whose weight is the sum of their evidence counts. Nodes without an edge
 * get community -1 ("unconnected"); the others are numbered by size, 0 being
 * the largest (ties by the smallest member id), so colours are stable.
 */
import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import type { NewsGraph, RelationType } from '../types.ts';
import { prng } from '../util/random.ts';

/** The community of nodes without any edge. */
export const UNCONNECTED = -1;

export interface CommunityOptions {
  /** Seed of Louvain's node order (default 42). */
  seed?: number;
  /** Louvain resolution: above 1 gives more, smaller communities (default 1). */
  resolution?: number;
}

export interface Communities {
  /** Node -> community number (see the file comment). */
  of: Map<string, number>;
  /** Communities with at least one edge. */
  count: number;
  modularity: number;
}

/** Detect communities (deterministic for a graph, its node order and the seed). */
export function detectCommunities(graph: NewsGraph, opts: CommunityOptions = {}): Communities {
  const simple = new UndirectedGraph<Record<string, never>, { weight: number }>();
  graph.forEachNode((n) => {
    if (graph.degree(n) > 0) simple.addNode(n);
  });
  graph.forEachEdge((_e, a, s, t) => {
    if (s === t) return;
    const w = Math.max(1, a.weight);
    if (simple.hasEdge(s, t)) simple.updateEdgeAttribute(s, t, 'weight', (x) => (x ?? 0) + w);
    else simple.addEdge(s, t, { weight: w });
  });
  const of = new Map<string, number>();
  if (simple.order === 0) {
    graph.forEachNode((n) => of.set(n, UNCONNECTED));
    return { of, count: 0, modularity: 0 };
  }
  const detailed = louvain.detailed(simple, {
    getEdgeWeight: 'weight',
    resolution: opts.resolution ?? 1,
    rng: prng(opts.seed ?? 42),
  });
  // Renumber by size (desc), ties by the smallest member id.
  const members = new Map<number, string[]>();
  for (const [n, c] of Object.entries(detailed.communities)) {
    const list = members.get(c);
    if (list) list.push(n);
    else members.set(c, [n]);
  }
  const firstId = (l: string[]) => l.reduce((m, x) => (x < m ? x : m));
  const ranked = [...members.values()].sort((a, b) => b.length - a.length || (firstId(a) < firstId(b) ? -1 : 1));
  ranked.forEach((list, i) => {
    for (const n of list) of.set(n, i);
  });
  graph.forEachNode((n) => {
    if (!of.has(n)) of.set(n, UNCONNECTED);
  });
  return { of, count: ranked.length, modularity: detailed.modularity };
}

/** Write `community` onto every node. */
export function assignCommunities(graph: NewsGraph, opts: CommunityOptions = {}): Communities {
  const c = detectCommunities(graph, opts);
  for (const [n, k] of c.of) graph.setNodeAttribute(n, 'community', k);
  return c;
}

/** The communities present on the nodes (`community` attribute), or undefined if any node lacks one. */
export function communitiesOf(graph: NewsGraph): Map<string, number> | undefined {
  const of = new Map<string, number>();
  let complete = true;
  graph.forEachNode((n, a) => {
    if (typeof a.community === 'number' && Number.isInteger(a.community)) of.set(n, a.community);
    else complete = false;
  });
  return complete ? of : undefined;
}

export interface CommunityEdge {
  edge: string;
  source: string;
  target: string;
  type: RelationType;
  /** Evidence count. */
  weight: number;
}

export interface CommunityInfo {
  id: number;
  /** Members, most important first (by `score`, then id). */
  members: string[];
  /** The top entities' labels, joined: "Islamic State · Syria · Iraq". */
  label: string;
  /** Node counts by kind. */
  kinds: Record<string, number>;
  /** Edges inside the community, strongest (most evidence) first. */
  strongest: CommunityEdge[];
  /** Edges with both ends inside. */
  internalEdges: number;
}

/**
 * Describe each community. `score` ranks members (a centrality; default
 * degree); `members` restricts to visible nodes; `top` labels and edges kept.
 */
export function describeCommunities(
  graph: NewsGraph,
  of: Map<string, number>,
  opts: { score?: (node: string) => number; visible?: (node: string) => boolean; labelCount?: number; edgeCount?: number } = {},
): Map<number, CommunityInfo> {
  const score = opts.score ?? ((n: string) => graph.degree(n));
  const visible = opts.visible ?? (() => true);
  const out = new Map<number, CommunityInfo>();
  for (const [n, c] of of) {
    if (!graph.hasNode(n) || !visible(n)) continue;
    let info = out.get(c);
    if (!info) {
      info = { id: c, members: [], label: '', kinds: {}, strongest: [], internalEdges: 0 };
      out.set(c, info);
    }
    info.members.push(n);
    const kind = graph.getNodeAttribute(n, 'kind');
    info.kinds[kind] = (info.kinds[kind] ?? 0) + 1;
  }
  const scores = new Map<string, number>();
  for (const info of out.values()) {
    for (const n of info.members) scores.set(n, score(n));
    info.members.sort((a, b) => scores.get(b)! - scores.get(a)! || (a < b ? -1 : 1));
    info.label = info.members
      .slice(0, opts.labelCount ?? 3)
      .map((n) => graph.getNodeAttribute(n, 'label'))
      .join(' · ');
  }
  const edgeCount = opts.edgeCount ?? 10;
  graph.forEachEdge((edge, a, s, t) => {
    const c = of.get(s);
    if (c === undefined || c !== of.get(t) || !visible(s) || !visible(t)) return;
    const info = out.get(c);
    if (!info) return;
    info.internalEdges++;
    const list = info.strongest;
    const item: CommunityEdge = { edge, source: s, target: t, type: a.type, weight: a.weight };
    // Keep the top `edgeCount` by weight (ties by key), in order.
    const better = (x: CommunityEdge, y: CommunityEdge) => x.weight > y.weight || (x.weight === y.weight && x.edge < y.edge);
    if (list.length < edgeCount || better(item, list[list.length - 1]!)) {
      let i = list.length;
      while (i > 0 && better(item, list[i - 1]!)) i--;
      list.splice(i, 0, item);
      if (list.length > edgeCount) list.pop();
    }
  });
  return out;
}

export interface CommunityLink {
  /** Source and target community (for a symmetric type, source <= target). */
  source: number;
  target: number;
  type: RelationType;
  /** Edges folded into this link. */
  edges: number;
  /** Their evidence, summed. */
  weight: number;
}

/**
 * The edges between communities, folded by (source community, type, target
 * community); edges inside one community are left out. `keep` filters edges.
 */
export function communityLinks(
  graph: NewsGraph,
  of: Map<string, number>,
  keep: (edge: string) => boolean = () => true,
  symmetric: ReadonlySet<RelationType> = new Set(['allied_with']),
): CommunityLink[] {
  const links = new Map<string, CommunityLink>();
  graph.forEachEdge((edge, a, s, t) => {
    let cs = of.get(s);
    let ct = of.get(t);
    if (cs === undefined || ct === undefined || cs === ct || !keep(edge)) return;
    if (symmetric.has(a.type) && cs > ct) [cs, ct] = [ct, cs];
    const key = `${cs}|${a.type}|${ct}`;
    const link = links.get(key);
    if (link) {
      link.edges++;
      link.weight += a.weight;
    } else links.set(key, { source: cs, target: ct, type: a.type, edges: 1, weight: a.weight });
  });
  return [...links.values()];
}
