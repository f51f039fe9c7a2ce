/**
 * The queries over an in-memory NewsGraph: the same answers, in the same
 * shapes and order, as the store's SQL queries (./query.ts). Used for a
 * curated graph (the analyst's overrides apply to the built graph, so a
 * curated store is queried here) and by the web app on the graph it loaded.
 * Pure: graphology only, no node or SQLite imports.
 */
import { DEFAULTS } from '../config.ts';
import { NotFoundError, UsageError } from '../errors.ts';
import { SYMMETRIC_TYPES } from '../types.ts';
import type { EdgeAttrs, EdgeEvidence, NewsGraph, NodeAttrs, QuoteRecord, RelationType } from '../types.ts';
import { foldName, nameKeys } from './names.ts';
import {
  MAX_PATH_DEPTH,
  inRange,
  intOption,
  normalizeNeighborOptions,
  typesOption,
  type NormalizedNeighborOptions,
  type Raw,
  type RawNeighborOptions,
} from './query-options.ts';
import type {
  EdgeSummary,
  Neighbor,
  NeighborsResult,
  NodeDetail,
  NodeEdge,
  NodeSummary,
  PathResult,
  SearchHit,
  SearchResult,
  TimelineEntry,
  TimelineResult,
} from './query-types.ts';

const VISIT_CAP = 20000;

export function nodeSummary(graph: NewsGraph, id: string): NodeSummary {
  const a = graph.getNodeAttributes(id);
  return {
    id,
    label: a.label,
    kind: a.kind,
    type: a.type,
    mentions: a.mentions,
    articles: a.articles,
    degree: graph.degree(id),
    ...(a.firstSeen ? { firstSeen: a.firstSeen } : {}),
    ...(a.lastSeen ? { lastSeen: a.lastSeen } : {}),
  };
}

function edgeSummary(key: string, a: EdgeAttrs, source: string, target: string, weight = a.weight): EdgeSummary {
  return {
    id: key,
    type: a.type,
    source,
    target,
    weight,
    confidence: a.confidence,
    ...(a.firstSeen ? { firstSeen: a.firstSeen } : {}),
    ...(a.lastSeen ? { lastSeen: a.lastSeen } : {}),
    ...(a.hedged ? { hedged: true } : {}),
  };
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
  if (typeof idOrName !== 'string' || !idOrName.trim()) throw new UsageError('give a node id or name');
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
function adjacent(graph: NewsGraph, id: string, o: NormalizedNeighborOptions): Array<{ edge: EdgeSummary; other: string }> {
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
  const result: Array<{ edge: EdgeSummary; other: string }> = [];
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
  type Found = { id: string; depth: number; edges: EdgeSummary[]; evidenceCount: number };
  const found = new Map<string, Found>();
  let frontier = [start];
  let capped = false;
  for (let d = 1; d <= o.depth && frontier.length > 0; d++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const { edge, other } of adjacent(graph, id, o)) {
        if (other === start) continue;
        let n = found.get(other);
        if (!n) {
          if (found.size >= VISIT_CAP) {
            capped = true;
            continue;
          }
          n = { id: other, depth: d, edges: [], evidenceCount: 0 };
          found.set(other, n);
          next.push(other);
        }
        if (n.depth !== d) continue;
        if (!n.edges.some((e) => e.id === edge.id)) {
          n.edges.push(edge);
          n.evidenceCount += edge.weight;
        }
      }
    }
    frontier = next;
  }
  const all = [...found.values()].sort((a, b) => a.depth - b.depth || b.evidenceCount - a.evidenceCount || (a.id < b.id ? -1 : 1));
  const neighbors: Neighbor[] = all.slice(0, o.limit).map((n) => {
    n.edges.sort((a, b) => b.weight - a.weight || (a.id < b.id ? -1 : 1));
    return { ...nodeSummary(graph, n.id), depth: n.depth, edges: n.edges, evidenceCount: n.evidenceCount };
  });
  return { node: nodeSummary(graph, start), neighbors, total: all.length, truncated: capped || all.length > o.limit };
}

export function graphNode(graph: NewsGraph, idOrName: string, options: { limit?: Raw; evidenceLimit?: Raw } = {}): NodeDetail {
  const limit = intOption('limit', options.limit, DEFAULTS.maxLimit, 1, DEFAULTS.maxLimit);
  const evidenceLimit = intOption('evidenceLimit', options.evidenceLimit, DEFAULTS.evidenceLimit, 0, DEFAULTS.maxLimit);
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

export function graphSearch(graph: NewsGraph, q: string, options: { limit?: Raw } = {}): SearchResult {
  if (typeof q !== 'string') throw new UsageError('search: q must be a string');
  const limit = intOption('limit', options.limit, DEFAULTS.searchLimit, 1, DEFAULTS.maxLimit);
  const folded = foldName(q);
  if (!folded) throw new UsageError(`search: the query "${q}" has no letters or digits`);
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

export function graphPath(graph: NewsGraph, a: string, b: string, options: { maxDepth?: Raw; types?: Raw | readonly RelationType[] } = {}): PathResult {
  const maxDepth = intOption('maxDepth', options.maxDepth, 4, 1, MAX_PATH_DEPTH);
  const types = typesOption(options.types as Raw);
  const o = normalizeNeighborOptions({ direction: 'both', ...(types ? { types } : {}) });
  const from = resolveNode(graph, a);
  const to = resolveNode(graph, b);
  const result: PathResult = { from, to, found: false, nodes: [], edges: [] };
  if (from === to) return { ...result, found: true, nodes: [nodeSummary(graph, from)] };
  const side = [new Map<string, [string, EdgeSummary] | null>([[from, null]]), new Map<string, [string, EdgeSummary] | null>([[to, null]])];
  const depthOf = [new Map([[from, 0]]), new Map([[to, 0]])];
  const frontiers = [[from], [to]];
  let meet: string | undefined;
  let best = Infinity;
  for (let hops = 0; hops < maxDepth && !meet; hops++) {
    const i = frontiers[0]!.length <= frontiers[1]!.length ? 0 : 1;
    const mine = side[i]!;
    const theirs = side[1 - i]!;
    const next: string[] = [];
    for (const id of frontiers[i]!) {
      const d = depthOf[i]!.get(id)! + 1;
      for (const { edge, other } of adjacent(graph, id, o)) {
        if (mine.has(other)) continue;
        mine.set(other, [id, edge]);
        depthOf[i]!.set(other, d);
        next.push(other);
        const j = depthOf[1 - i]!.get(other);
        if (theirs.has(other) && j !== undefined && d + j < best && d + j <= maxDepth) {
          best = d + j;
          meet = other;
        }
      }
      if (mine.size > VISIT_CAP) break;
    }
    frontiers[i] = next;
    if (next.length === 0) break;
  }
  if (!meet) return result;
  const left: string[] = [];
  const leftEdges: EdgeSummary[] = [];
  for (let cur: string | undefined = meet; cur !== undefined; ) {
    left.unshift(cur);
    const p: [string, EdgeSummary] | null | undefined = side[0]!.get(cur);
    if (!p) break;
    leftEdges.unshift(p[1]);
    cur = p[0];
  }
  const right: string[] = [];
  const rightEdges: EdgeSummary[] = [];
  for (let cur = meet; ; ) {
    const p = side[1]!.get(cur);
    if (!p) break;
    rightEdges.push(p[1]);
    right.push(p[0]);
    cur = p[0];
  }
  return {
    ...result,
    found: true,
    nodes: [...left, ...right].map((id) => nodeSummary(graph, id)),
    edges: [...leftEdges, ...rightEdges],
  };
}

export function graphTimeline(graph: NewsGraph, idOrName: string, options: { limit?: Raw } = {}): TimelineResult {
  const limit = intOption('limit', options.limit, DEFAULTS.maxLimit, 1, 100000);
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
  const entries: TimelineEntry[] = dated.slice(0, limit).map(([e, k, a, s, t]) => ({
    date: e.published!,
    articleId: e.articleId,
    ...(e.articleTitle !== undefined ? { articleTitle: e.articleTitle } : {}),
    edge: k,
    type: a.type,
    source: s,
    target: t,
    sentence: e.sentence,
    start: e.start,
    end: e.end,
    rule: e.rule,
    confidence: e.confidence,
    ...(e.hedged ? { hedged: true } : {}),
    ...(e.negated ? { negated: true } : {}),
    ...(e.quantity !== undefined ? { quantity: e.quantity } : {}),
    ...(e.quote !== undefined ? { quote: e.quote } : {}),
  }));
  return { node: nodeSummary(graph, id), entries, undated };
}
