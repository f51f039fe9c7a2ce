/**
 * The queries: the one implementation behind the TypeScript API, the CLI
 * and HTTP. They run on the store's read API (src/store, typed rows; the
 * store's aggregates already carry the analyst's curation), with the
 * traversals of ./traverse.ts, so answering needs no in-memory graph and no
 * SQL here. Every method is asynchronous, as a remote store's reads are.
 *
 * `idOrName` resolves to an exact id first, then to the exact folded name
 * (label or alias) with the most mentions (./resolve-node.ts).
 */
import type { EntityRow, StoreReader } from '../store/index.ts';
import { NotFoundError } from '../errors.ts';
import { edgeKey } from '../types.ts';
import { storeAdjacency } from './adjacency.ts';
import {
  checkIdOrName,
  normalizeNeighborOptions,
  normalizeNodeOptions,
  normalizePathOptions,
  normalizeSearch,
  timelineLimit,
  type NodeOptions,
  type PathOptions,
  type RawNeighborOptions,
  type SearchOptions,
  type TimelineOptions,
} from './query-options.ts';
import type {
  NeighborsResult,
  NodeDetail,
  NodeEdge,
  NodeSummary,
  PathResult,
  SearchHit,
  SearchResult,
  StatsResult,
  TimelineResult,
} from './query-types.ts';
import { resolveEntity, type Redirect } from './resolve-node.ts';
import { edgeSummary, summarize, timelineEntry } from './summarize.ts';
import { neighborhood, shortestPath } from './traverse.ts';

export type { NodeOptions, PathOptions, SearchOptions, TimelineOptions } from './query-options.ts';

const toSummary = (r: EntityRow): NodeSummary => summarize(r.id, r, r.degree);

export class GraphQueries {
  constructor(
    private readonly store: StoreReader,
    private readonly redirect?: Redirect,
  ) {}

  private resolve(idOrName: string): Promise<EntityRow> {
    return resolveEntity(this.store, idOrName, this.redirect);
  }

  /** The id for an id or an exact name; NotFoundError otherwise. */
  async resolveId(idOrName: string): Promise<string> {
    return (await this.resolve(idOrName)).id;
  }

  /** Node summaries of `ids`, in order (rows in `known` are not asked for again). */
  private async summaries(ids: string[], known?: ReadonlyMap<string, EntityRow>): Promise<NodeSummary[]> {
    const missing = known ? ids.filter((id) => !known.has(id)) : ids;
    const rows = new Map(missing.length ? (await this.store.entities(missing)).map((r) => [r.id, r]) : []);
    if (known) for (const id of ids) if (!rows.has(id) && known.has(id)) rows.set(id, known.get(id)!);
    return ids.map((id) => {
      const r = rows.get(id);
      if (!r) throw new NotFoundError(`node "${id}"`);
      return toSummary(r);
    });
  }

  /**
   * The neighbourhood of a node, nearest and heaviest first. The node, its
   * edges and its heaviest neighbours' rows come in one store call
   * (`entityAround`: one round trip to a remote store for depth 1; two more
   * when asked by a name rather than an id).
   */
  async neighbors(idOrName: string, options: RawNeighborOptions = {}): Promise<NeighborsResult> {
    const o = normalizeNeighborOptions(options);
    checkIdOrName(idOrName);
    const around =
      (await this.store.entityAround(idOrName, o.limit)) ??
      (await this.store.entityAround((await resolveEntity(this.store, idOrName, this.redirect, { notAnId: true })).id, o.limit));
    if (!around) throw new NotFoundError(`node "${idOrName}"`);
    const { entity: start, adjacent, neighbours } = around;
    const store = this.store;
    // The first hop's edges, and the neighbours' rows (so their kinds), are here already.
    const firstHop: Pick<StoreReader, 'adjacency' | 'kinds' | 'evidenceDates'> = {
      adjacency: (ids) => (ids.length === 1 && ids[0] === start.id ? Promise.resolve(new Map([[start.id, adjacent]])) : store.adjacency(ids)),
      kinds: (ids) => store.kinds(ids),
      evidenceDates: (ids) => store.evidenceDates(ids),
    };
    const known = new Map(neighbours.map((r) => [r.id, r]));
    const kinds = new Map(neighbours.map((r): [string, string] => [r.id, r.kind]));
    const near = await neighborhood(start.id, storeAdjacency(firstHop, o, kinds), o.depth, o.limit, (ids) => this.summaries(ids, known));
    return { node: toSummary(start), ...near };
  }

  /** One node in full: attributes, aliases, its edges with evidence, its quotes. */
  async node(idOrName: string, options: NodeOptions = {}): Promise<NodeDetail> {
    const { limit, evidenceLimit } = normalizeNodeOptions(options);
    const row = await this.resolve(idOrName);
    const detail = await this.store.entityDetail(row.id);
    const adj = (await this.store.adjacency([row.id])).get(row.id) ?? { out: [], in: [] };
    const edgeRows = [...adj.out, ...adj.in].sort(
      (a, b) => b[4] - a[4] || (edgeKey(a[1], a[2], a[3]) < edgeKey(b[1], b[2], b[3]) ? -1 : 1),
    );
    const shown = edgeRows.slice(0, limit);
    const evidence = evidenceLimit ? await this.store.evidence(shown.map((r) => r[0]), evidenceLimit) : undefined;
    const edges: NodeEdge[] = shown.map((r) => ({
      ...edgeSummary(edgeKey(r[1], r[2], r[3]), r[2], r[1], r[3], r[4], r[5], r[6], r[7], r[8]),
      evidence: evidence?.get(r[0]) ?? [],
    }));
    const quotes = await this.store.quotesBy(row.id);
    const aliases = await this.store.aliases(row.id);
    return {
      ...toSummary(row),
      aliases,
      ...(detail?.titles ? { titles: detail.titles } : {}),
      ...(detail?.roles ? { roles: detail.roles } : {}),
      pinned: Boolean(detail?.pinned),
      edges,
      edgeCount: edgeRows.length,
      quotes,
    };
  }

  /** Prefix search over labels and aliases (and their later words), ranked. */
  async search(q: string, options: SearchOptions = {}): Promise<SearchResult> {
    const { folded, limit } = normalizeSearch(q, options);
    const rows = await this.store.search(folded, limit);
    const hits: SearchHit[] = rows.map((r) => {
      const hit = toSummary(r) as SearchHit;
      hit.matched = r.matched;
      hit.rank = r.rank;
      return hit;
    });
    return { query: q, hits };
  }

  /** The shortest path (edges taken in either direction), up to `maxDepth` hops. */
  async path(a: string, b: string, options: PathOptions = {}): Promise<PathResult> {
    const { maxDepth, edges: o } = normalizePathOptions(options);
    const from = (await this.resolve(a)).id;
    const to = (await this.resolve(b)).id;
    const route = await shortestPath(from, to, storeAdjacency(this.store, o), maxDepth);
    if (!route) return { from, to, found: false, nodes: [], edges: [] };
    return { from, to, found: true, nodes: await this.summaries(route.nodes), edges: route.edges };
  }

  /** The dated evidence of a node's edges, oldest first. */
  async timeline(idOrName: string, options: TimelineOptions = {}): Promise<TimelineResult> {
    const limit = timelineLimit(options);
    const row = await this.resolve(idOrName);
    const { rows, undated } = await this.store.timeline(row.id, limit);
    const entries = rows.map((r) => timelineEntry(r.evidence, edgeKey(r.source, r.type, r.target), r.type, r.source, r.target));
    return { node: toSummary(row), entries, undated };
  }

  /** Counts, by kind and type, the date span and the best-connected nodes. */
  async stats(): Promise<StatsResult> {
    const c = await this.store.counts();
    return {
      articles: c.articles,
      entities: c.entities,
      relations: c.relations,
      evidence: c.evidence,
      mentions: c.mentions,
      quotes: c.quotes,
      byKind: c.byKind,
      byType: c.byType,
      ...(c.firstPublished ? { firstPublished: c.firstPublished } : {}),
      ...(c.lastPublished ? { lastPublished: c.lastPublished } : {}),
      topNodes: c.top.map(toSummary),
      schemaVersion: c.schemaVersion,
      ...(c.bytes !== undefined ? { dbBytes: c.bytes } : {}),
    };
  }
}
