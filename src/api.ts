/**
 * The typed TypeScript API: open a store, ingest, remove, build graphs and
 * query. The CLI and the HTTP server are thin layers over this object, so the
 * three interfaces answer the same.
 *
 *   const ng = openNewsgraph({ db: 'news.db' });
 *   await ng.ingestPaths(['corpus']);
 *   ng.neighbors('ISIS', { types: ['attacks'] });
 *   ng.close();
 *
 * Queries run on the store (src/graph/query.ts, SQL). When the analyst's
 * curation file (`X.curation.json` beside `X.db`) holds overrides, the graph
 * is built with them applied and the same queries run on that graph
 * (src/graph/query-graph.ts), so every answer reflects the overrides.
 */
import { existsSync, statSync } from 'node:fs';
import { buildGraph, type BuildOptions } from './graph/build.ts';
import { curateInPlace } from './graph/curate.ts';
import { linkDuplicates } from './resolve/duplicates.ts';
import {
  GraphQueries,
  type NodeOptions,
  type PathOptions,
  type SearchOptions,
  type TimelineOptions,
} from './graph/query.ts';
import { graphNeighbors, graphNode, graphPath, graphSearch, graphTimeline, nodeSummary, resolveNode } from './graph/query-graph.ts';
import type { RawNeighborOptions, Raw } from './graph/query-options.ts';
import type {
  NeighborsResult,
  NodeDetail,
  PathResult,
  SearchResult,
  StatsResult,
  TimelineResult,
} from './graph/query-types.ts';
import { readArticles, type ReadOptions } from './ingest/index.ts';
import { curationPath } from './resolve/curation.ts';
import { loadCuration } from './resolve/curation-file.ts';
import { OVERRIDE_KINDS, pinnedIds, type Curation } from './resolve/curation.ts';
import { openStore, resolveDbPath, type OpenStoreOptions, type Store } from './store/store.ts';
import type { IngestItem, IngestOptions, IngestSummary, RemoveResult } from './store/types.ts';
import type { NewsGraph } from './types.ts';

export type * from './graph/query-types.ts';
export type { IngestOptions, IngestSummary, IngestProgress, RemoveResult, Analyze, ReadFailure } from './store/types.ts';
export type { BuildOptions } from './graph/build.ts';
export type { NeighborOptions, GraphFilter } from './graph/query-options.ts';
export { curationPath };

export interface OpenOptions extends OpenStoreOptions {
  /** Store path; default `NEWSGRAPH_DB` or `./newsgraph.db`. */
  db?: string;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
}

export type GraphOptions = Omit<BuildOptions, 'curate'> & {
  /** Apply the analyst's curation file beside the store (default true). */
  curation?: boolean;
};

export interface Newsgraph {
  /** The store file. */
  readonly dbPath: string;
  readonly store: Store;
  ingest(items: AsyncIterable<IngestItem> | Iterable<IngestItem>, opts?: IngestOptions): Promise<IngestSummary>;
  /** Read paths (files, directories, `-`) with src/ingest and ingest them. */
  ingestPaths(paths: string[], opts?: IngestOptions & ReadOptions): Promise<IngestSummary>;
  /** Retract an article by id, or every article read from a path. */
  remove(idOrPath: string): RemoveResult[];
  pin(id: string, note?: string): void;
  unpin(id: string): void;
  graph(options?: GraphOptions): NewsGraph;
  neighbors(idOrName: string, options?: RawNeighborOptions): NeighborsResult;
  node(idOrName: string, options?: NodeOptions): NodeDetail;
  search(q: string, options?: SearchOptions): SearchResult;
  path(from: string, to: string, options?: PathOptions): PathResult;
  egoGraph(idOrName: string, depth?: Raw, options?: GraphOptions): NewsGraph;
  timeline(idOrName: string, options?: TimelineOptions): TimelineResult;
  stats(): StatsResult;
  /** The curation in force (`undefined` when there is no file or it is empty). */
  curation(): Curation | undefined;
  /** Changes whenever the store or the curation file changes; for caches. */
  version(): string;
  close(): void;
}

function hasOverrides(c: Curation): boolean {
  return OVERRIDE_KINDS.some((k) => c[k].length > 0);
}

export function openNewsgraph(options: OpenOptions = {}): Newsgraph {
  const file = resolveDbPath(options.db, options.env ?? process.env, options.cwd ?? process.cwd());
  const cpath = file === ':memory:' ? undefined : curationPath(file);

  // The curation file, re-read when its mtime changes; a bad file is an InputError naming it.
  let curationCache: { stamp: string; curation: Curation | undefined } | undefined;
  const curationStamp = () => (cpath && existsSync(cpath) ? String(statSync(cpath).mtimeMs) : 'none');
  const curation = (): Curation | undefined => {
    const stamp = curationStamp();
    if (curationCache?.stamp !== stamp) {
      const c = stamp === 'none' ? undefined : loadCuration(cpath!);
      curationCache = { stamp, curation: c && hasOverrides(c) ? c : undefined };
    }
    return curationCache.curation;
  };

  const store = openStore(file, {
    ...options,
    // Curation pins keep a node that loses its last mention, like store pins.
    pinned: () => {
      const c = curation();
      return c ? pinnedIds(c) : new Set<string>();
    },
  });
  const queries = new GraphQueries(store.db);
  const version = () => `${store.version()}|${curationStamp()}`;

  const build = (o: GraphOptions = {}) => {
    const { curation: use, ...rest } = o;
    const c = use === false ? undefined : curation();
    const graph = buildGraph(store.db, { ...rest, ...(c ? { curate: (g: NewsGraph) => void curateInPlace(g, c, cpath) } : {}) });
    // Nodes of one kind sharing a normalised name carry `possiblySameAs` hints for the view.
    return linkDuplicates(graph);
  };

  // The whole curated graph, for queries, rebuilt when the store or the file changes.
  let curated: { version: string; graph: NewsGraph } | undefined;
  const curatedGraph = (): NewsGraph | undefined => {
    if (!curation()) return undefined;
    const v = version();
    if (curated?.version !== v) curated = { version: v, graph: build() };
    return curated.graph;
  };

  return {
    dbPath: file,
    store,
    ingest: (items, opts) => store.ingest(items, opts),
    ingestPaths: (paths, opts = {}) => store.ingest(readArticles(paths, opts), opts),
    remove: (idOrPath) => store.remove(idOrPath),
    pin: (id, note) => store.pin(queries.resolveId(id), note),
    unpin: (id) => store.unpin(id),
    graph: build,
    neighbors: (idOrName, o) => {
      const g = curatedGraph();
      return g ? graphNeighbors(g, idOrName, o) : queries.neighbors(idOrName, o);
    },
    node: (idOrName, o) => {
      const g = curatedGraph();
      return g ? graphNode(g, idOrName, o) : queries.node(idOrName, o);
    },
    search: (q, o) => {
      const g = curatedGraph();
      return g ? graphSearch(g, q, o) : queries.search(q, o);
    },
    path: (a, b, o) => {
      const g = curatedGraph();
      return g ? graphPath(g, a, b, o) : queries.path(a, b, o);
    },
    egoGraph: (idOrName, depth = 1, o = {}) => {
      const g = curatedGraph();
      const id = g ? resolveNode(g, idOrName) : queries.resolveId(idOrName);
      return build({ ...o, ego: { id, depth } });
    },
    timeline: (idOrName, o) => {
      const g = curatedGraph();
      return g ? graphTimeline(g, idOrName, o) : queries.timeline(idOrName, o);
    },
    stats: () => {
      const s = queries.stats();
      const g = curatedGraph();
      if (!g) return s;
      const byKind: Record<string, number> = {};
      const byType: Record<string, number> = {};
      g.forEachNode((_, a) => void (byKind[a.kind] = (byKind[a.kind] ?? 0) + 1));
      let evidence = 0;
      g.forEachEdge((_, a) => {
        byType[a.type] = (byType[a.type] ?? 0) + 1;
        evidence += a.weight;
      });
      const top = g
        .nodes()
        .map((id) => nodeSummary(g, id))
        .sort((a, b) => b.degree - a.degree || b.mentions - a.mentions || (a.id < b.id ? -1 : 1))
        .slice(0, 10);
      const sortKeys = (o: Record<string, number>) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));
      return { ...s, entities: g.order, relations: g.size, evidence, byKind: sortKeys(byKind), byType: sortKeys(byType), topNodes: top };
    },
    curation,
    version,
    close: () => store.close(),
  };
}
