/**
 * The queries over an in-memory NewsGraph: the same answers, in the same
 * shapes and order, as the store's SQL queries (./query.ts). Used for a
 * curated graph (the analyst's overrides apply to the built graph, so a
 * curated store is queried here) and by the web app on the graph it loaded.
 * Pure: graphology only, no node or SQLite imports.
 */
import { NotFoundError } from '../errors.ts';
import { SYMMETRIC_TYPES } from '../types.ts';
import type { EdgeAttrs, EdgeEvidence, NewsGraph, NodeAttrs, QuoteRecord } from '../types.ts';
import { foldName, nameKeys } from '../util/names.ts';
import {
  checkIdOrName,
  inRange,
  normalizeNeighborOptions,
  normalizeNodeOptions,
  normalizePathOptions,
  normalizeSearch,
  timelineLimit,
  type NodeOptions,
  type NormalizedNeighborOptions,
  type PathOptions,
  type RawNeighborOptions,
  type SearchOptions,
  type TimelineOptions,
} from './query-options.ts';
import type {
  EdgeSummary,
  NeighborsResult,
  NodeDetail,
  NodeEdge,
  NodeSummary,
  PathResult,
  SearchHit,
  SearchResult,
  TimelineResult,
} from './query-types.ts';
import { edgeSummary as makeEdge, summarize, timelineEntry } from './summarize.ts';
import { neighborhood, shortestPath, type Step } from './traverse.ts';

export function nodeSummary(graph: NewsGraph, id: string): NodeSummary {
  return summarize(id, graph.getNodeAttributes(id), graph.degree(id));
}

function edgeSummary(key: string, a: EdgeAttrs, source: string, target: string, weight = a.weight): EdgeSummary {
  return makeEdge(key, a.type, source, target, weight, a.confidence, a.firstSeen, a.lastSeen, a.hedged);
}

function byOccurrence(a: { published?: string; articleId: string; start: number }, b: typeof a): number {
  const da = a.published ?? '';
  const db = b.published ?? '';
  if (da !== db) return da < db ? -1 : 1;
  if (a.articleId !== b.articleId) return a.articleId < b.articleId ? -1 : 1;
  return a.start - b.start;
}

/** A node id for an id or an exact (folded) label/alias; the most mentioned wins. */
export function resolveNode(graph: NewsGraph, idOrName: string): string {
  checkIdOrName(idOrName);
  if (graph.hasNode(idOrName)) return idOrName;
  const key = foldName(idOrName);
  let best: [number, number, string] | undefined;
  graph.forEachNode((id, a) => {
    let rank = -1;
    if (foldName(a.label) === key) rank = 0;
    else if (a.aliases.some((x) => foldName(x) === key)) rank = 1;
    if (rank < 0) return;
    const cand: [number, number, string] = [rank, -a.mentions, id];
    if (!best || cand[0] < best[0] || (cand[0] === best[0] && (cand[1] < best[1] || (cand[1] === best[1] && cand[2] < best[2])))) best = cand;
  });
  if (!best) throw new NotFoundError(`node "${idOrName}"`);
  return best[2];
}

/** Edges in the store's order: out-edges by (type, target), then in-edges by (type, source). */
function adjacent(graph: NewsGraph, id: string, o: NormalizedNeighborOptions): Step[] {
  const outs: Array<[string, EdgeAttrs, string, string]> = [];
  const ins: Array<[string, EdgeAttrs, string, string]> = [];
  graph.forEachOutEdge(id, (k, a, s, t) => {
    if (o.direction !== 'in' || SYMMETRIC_TYPES.has(a.type)) outs.push([k, a, s, t]);
  });
  graph.forEachInEdge(id, (k, a, s, t) => {
    if (o.direction !== 'out' || SYMMETRIC_TYPES.has(a.type)) ins.push([k, a, s, t]);
  });
  const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  outs.sort((x, y) => cmp(x[1].type, y[1].type) || cmp(x[3], y[3]));
  ins.sort((x, y) => cmp(x[1].type, y[1].type) || cmp(x[2], y[2]));
  const result: Step[] = [];
  for (const [list, otherEnd] of [[outs, 3], [ins, 2]] as const) {
    for (const row of list) {
      const [k, a, s, t] = row;
      const other = row[otherEnd];
      if (o.types && !o.types.has(a.type)) continue;
      if (a.confidence < o.minConfidence) continue;
      if (o.kinds && !o.kinds.has(graph.getNodeAttribute(other, 'kind'))) continue;
      let weight = a.weight;
      if (o.since || o.until) {
        weight = a.evidence.filter((e) => inRange(e.published, o.since, o.until)).length;
        if (weight === 0) continue;
      }
      result.push({ edge: edgeSummary(k, a, s, t, weight), other });
    }
  }
  return result;
}

export function graphNeighbors(graph: NewsGraph, idOrName: string, options: RawNeighborOptions = {}): NeighborsResult {
  const o = normalizeNeighborOptions(options);
  const start = resolveNode(graph, idOrName);
  const near = neighborhood(start, (id) => adjacent(graph, id, o), o.depth, o.limit, (ids) => ids.map((id) => nodeSummary(graph, id)));
  return { node: nodeSummary(graph, start), ...near };
}

export function graphNode(graph: NewsGraph, idOrName: string, options: NodeOptions = {}): NodeDetail {
  const { limit, evidenceLimit } = normalizeNodeOptions(options);
  const id = resolveNode(graph, idOrName);
  const a: NodeAttrs = graph.getNodeAttributes(id);
  const all: NodeEdge[] = [];
  graph.forEachEdge(id, (k, e, s, t) => {
    all.push({ ...edgeSummary(k, e, s, t), evidence: [] });
  });
  all.sort((x, y) => y.weight - x.weight || (x.id < y.id ? -1 : 1));
  const edges = all.slice(0, limit).map((e) => ({
    ...e,
    evidence: evidenceLimit ? [...graph.getEdgeAttribute(e.id, 'evidence')].sort(byOccurrence).slice(0, evidenceLimit) : [],
  }));
  const quotes: QuoteRecord[] = [...(a.quotes ?? [])].sort(byOccurrence);
  return {
    ...nodeSummary(graph, id),
    aliases: [...a.aliases].sort(),
    ...(a.titles?.length ? { titles: a.titles } : {}),
    ...(a.roles?.length ? { roles: a.roles } : {}),
    pinned: Boolean(a.pinned),
    edges,
    edgeCount: all.length,
    quotes,
  };
}

export function graphSearch(graph: NewsGraph, q: string, options: SearchOptions = {}): SearchResult {
  const { folded, limit } = normalizeSearch(q, options);
  const hits: Array<SearchHit & { best: string }> = [];
  graph.forEachNode((id, a) => {
    let best: string | undefined;
    const consider = (name: string, rank: number) => {
      nameKeys(name).forEach((key, i) => {
        if (!key.startsWith(folded)) return;
        const r = i === 0 ? rank : 2;
        const code = `${key === folded && r < 2 ? 0 : r + 1}${name}`;
        if (best === undefined || code < best) best = code;
      });
    };
    consider(a.label, 0);
    for (const alias of new Set(a.aliases)) if (alias !== a.label) consider(alias, 1);
    if (best !== undefined) hits.push({ ...nodeSummary(graph, id), matched: best.slice(1), rank: Number(best[0]), best });
  });
  hits.sort(
    (x, y) =>
      x.rank - y.rank || y.mentions - x.mentions || y.degree - x.degree || (x.label < y.label ? -1 : x.label > y.label ? 1 : 0),
  );
  return { query: q, hits: hits.slice(0, limit).map(({ best: _b, ...h }) => h) };
}

export function graphPath(graph: NewsGraph, a: string, b: string, options: PathOptions = {}): PathResult {
  const { maxDepth, edges: o } = normalizePathOptions(options);
  const from = resolveNode(graph, a);
  const to = resolveNode(graph, b);
  const route = shortestPath(from, to, (id) => adjacent(graph, id, o), maxDepth);
  if (!route) return { from, to, found: false, nodes: [], edges: [] };
  return { from, to, found: true, nodes: route.nodes.map((id) => nodeSummary(graph, id)), edges: route.edges };
}

export function graphTimeline(graph: NewsGraph, idOrName: string, options: TimelineOptions = {}): TimelineResult {
  const limit = timelineLimit(options);
  const id = resolveNode(graph, idOrName);
  const rows: Array<[EdgeEvidence, string, EdgeAttrs, string, string]> = [];
  graph.forEachEdge(id, (k, a, s, t) => {
    for (const e of a.evidence) rows.push([e, k, a, s, t]);
  });
  let undated = 0;
  const dated = rows.filter(([e]) => {
    if (e.published) return true;
    undated++;
    return false;
  });
  dated.sort(
    ([x, , xa, xs, xt], [y, , ya, ys, yt]) =>
      byOccurrence(x, y) ||
      x.sourceMention.start - y.sourceMention.start ||
      x.targetMention.start - y.targetMention.start ||
      (xa.type < ya.type ? -1 : xa.type > ya.type ? 1 : 0) ||
      (xs < ys ? -1 : xs > ys ? 1 : 0) ||
      (xt < yt ? -1 : xt > yt ? 1 : 0),
  );
  const entries = dated.slice(0, limit).map(([e, k, a, s, t]) => timelineEntry(e, k, a.type, s, t));
  return { node: nodeSummary(graph, id), entries, undated };
}
