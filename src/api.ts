/**
 * The typed TypeScript API: open a store, ingest, remove, build graphs and
 * query. The CLI and the HTTP server are thin layers over this object, so the
 * three interfaces answer the same.
 *
 *   const ng = openNewsgraph({ db: 'news.db' });
 *   await ng.ingestPaths(['corpus']);
 *   ng.neighbors('ISIS', { types: ['attacks'] });
 *   ng.close();
 */
import { existsSync, readFileSync } from 'node:fs';
import { buildGraph, type BuildOptions } from './graph/build.ts';
import {
  GraphQueries,
  type NodeOptions,
  type PathOptions,
  type SearchOptions,
  type TimelineOptions,
} from './graph/query.ts';
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
import { openStore, resolveDbPath, type OpenStoreOptions, type Store } from './store/store.ts';
import type { IngestItem, IngestOptions, IngestSummary, RemoveResult } from './store/types.ts';
import type { NewsGraph } from './types.ts';
import { StoreError } from './errors.ts';

export type * from './graph/query-types.ts';
export type { IngestOptions, IngestSummary, IngestProgress, RemoveResult, Analyze } from './store/types.ts';
export type { BuildOptions } from './graph/build.ts';
export type { NeighborOptions, GraphFilter } from './graph/query-options.ts';

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
  remove(idOrPath: string): RemoveResult;
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
  /** Changes whenever the store is written (by any process); for caches. */
  version(): string;
  close(): void;
}

/** `X.curation.json` beside `X.db`: the analyst's overrides (src/graph/curate.ts). */
export function curationPath(dbPath: string): string {
  return dbPath.replace(/\.db$/i, '') + '.curation.json';
}

type Curate = (graph: NewsGraph, curation: unknown) => unknown;
let applyCuration: Curate | null | undefined;

/** Load src/graph/curate.ts when it exists (optional module). */
export async function loadCurationSupport(): Promise<boolean> {
  if (applyCuration === undefined) {
    try {
      const spec = './graph/curate.ts';
      const mod = (await import(/* @vite-ignore */ spec)) as { applyCuration?: Curate };
      applyCuration = mod.applyCuration ?? null;
    } catch {
      applyCuration = null;
    }
  }
  return applyCuration !== null;
}

export function openNewsgraph(options: OpenOptions = {}): Newsgraph {
  const file = resolveDbPath(options.db, options.env ?? process.env, options.cwd ?? process.cwd());
  const store = openStore(file, options);
  const queries = new GraphQueries(store.db);
  const curate = (use: boolean | undefined) => {
    if (use === false || !applyCuration || file === ':memory:') return undefined;
    const cpath = curationPath(file);
    if (!existsSync(cpath)) return undefined;
    let curation: unknown;
    try {
      curation = JSON.parse(readFileSync(cpath, 'utf8'));
    } catch (err) {
      throw new StoreError(`${cpath}: cannot read the curation file (${(err as Error).message})`);
    }
    const fn = applyCuration;
    return (g: NewsGraph) => void fn(g, curation);
  };
  const build = (o: GraphOptions = {}) => {
    const { curation, ...rest } = o;
    const c = curate(curation);
    return buildGraph(store.db, { ...rest, ...(c ? { curate: c } : {}) });
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
    neighbors: (idOrName, o) => queries.neighbors(idOrName, o),
    node: (idOrName, o) => queries.node(idOrName, o),
    search: (q, o) => queries.search(q, o),
    path: (a, b, o) => queries.path(a, b, o),
    egoGraph: (idOrName, depth = 1, o = {}) => build({ ...o, ego: { id: queries.resolveId(idOrName), depth } }),
    timeline: (idOrName, o) => queries.timeline(idOrName, o),
    stats: () => queries.stats(),
    version: () => store.version(),
    close: () => store.close(),
  };
}
