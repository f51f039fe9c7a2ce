/**
 * The typed TypeScript API: open a store, ingest, remove, curate, build
 * graphs and query. The CLI and the HTTP server are thin layers over this
 * object, so the three interfaces answer the same. Every method that
 * touches the store returns a Promise (a remote store answers
 * asynchronously):
 *
 *   const ng = openNewsgraph({ db: 'news.db' });
 *   await ng.ingestPaths(['corpus']);
 *   await ng.neighbors('ISIS', { types: ['attacks'] });
 *   await ng.close();
 *
 * Queries run on the store's aggregates (src/graph/query.ts over
 * src/store's read API). For a SQLite file, the analyst's curation file
 * beside it (`X.curation.json` beside `X.db`) is the record of the
 * overrides: the store applies it when it writes, and this object brings
 * the store to the file (by its modification stamp) before each call, so a
 * hand edit counts at once and every answer reflects the overrides. A
 * PostgreSQL store (`postgres://...`, shared by a team) and `:memory:` have
 * no file beside them: the curation the store applied is the record, and
 * overrides are edited in the store (`editCuration`), so every analyst sees
 * and undoes the same ones.
 */
import { statSync } from 'node:fs';
import { DEFAULTS } from './config.ts';
import type { ExportFormat, ExportTarget } from './export/stream.ts';
import { buildGraph, type BuildOptions } from './graph/build.ts';
import { positionsOf, readLayoutCache, storeFingerprint, writeLayoutCache, type Positions } from './layout/cache.ts';
import { GraphQueries, type NodeOptions, type PathOptions, type SearchOptions, type TimelineOptions } from './graph/query.ts';
import type { RawNeighborOptions, Raw } from './graph/query-options.ts';
import type { NeighborsResult, NodeDetail, PathResult, SearchResult, StatsResult, TimelineResult } from './graph/query-types.ts';
import type { ReadOptions } from './ingest/index.ts';
import type { IngestItem, IngestOptions, IngestSummary, RemoveResult } from './pipeline/types.ts';
import { compileCuration, type CurationPlan } from './resolve/curation-apply.ts';
import {
  addOverride,
  curationPath,
  emptyCuration,
  removeOverride,
  type Curation,
  type OverrideKind,
} from './resolve/curation.ts';
import { loadCuration, saveCuration } from './resolve/curation-file.ts';
import { linkDuplicates } from './resolve/duplicates.ts';
import { openStore, parallelSource, resolveDbPath, type CurationChange, type OpenStoreOptions, type Store } from './store/index.ts';
import type { NewsGraph } from './types.ts';

export type * from './graph/query-types.ts';
export type { IngestOptions, IngestSummary, IngestProgress, RemoveResult, Analyze, ReadFailure } from './pipeline/types.ts';
export type { BuildOptions } from './graph/build.ts';
export type { ExportFormat, ExportTarget } from './export/stream.ts';
export type { NeighborOptions, GraphFilter } from './graph/query-options.ts';
export type { Curation, OverrideKind } from './resolve/curation.ts';
export type { CurationChange } from './store/index.ts';
export { curationPath };

export interface OpenOptions extends OpenStoreOptions {
  /** Store path or `postgres://` URL; default `NEWSGRAPH_DB` or `./newsgraph.db`. */
  db?: string;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
}

export type GraphOptions = BuildOptions;

/** Where exported nodes are placed: `cached` the layout cache (src/layout/cache.ts), `fa2` a ForceAtlas2 run, `none` no positions, `auto` (default) cached, else fa2 up to `LAYOUT_AUTO_MAX` nodes, else none. */
export const LAYOUT_MODES = ['auto', 'cached', 'fa2', 'none'] as const;
export type LayoutMode = (typeof LAYOUT_MODES)[number];
/** `--layout auto` runs ForceAtlas2 on stores with at most this many nodes (and no cached layout). */
export const LAYOUT_AUTO_MAX = 20_000;

export interface ExportOptions extends Omit<GraphOptions, 'evidence' | 'dropIsolated'> {
  layout?: LayoutMode;
  seed?: number;
  /** Worker threads writing the edges of a large SQLite store (GEXF, GraphML, CSV; default: the cores, at most 4); 0: all in this thread. */
  workers?: number;
  /** Told what the layout step did (`layout: cached`, why none). */
  onNote?: (line: string) => void;
}

export interface ExportSummary {
  nodes: number;
  edges: number;
  /** Files written (none when writing to a stream). */
  files: string[];
  /** Where the positions came from. */
  layout: 'cached' | 'fa2' | 'none';
}

/** One override of the curation, with its kind. */
export type Override = Curation[OverrideKind][number];

/** What adding or removing an override did. */
export interface OverrideResult {
  kind: OverrideKind;
  /** The override as recorded (with its id). */
  entry: Override;
  /** False when the curation already had it (add) or did not (remove). */
  changed: boolean;
  /** What the store did to follow. */
  applied: CurationChange;
}

export interface Newsgraph {
  /** The store file, or its URL as given (which may hold a password: print `store.location`). */
  readonly dbPath: string;
  readonly store: Store;
  /** The curation file beside the store (none for PostgreSQL and `:memory:`, whose curation lives in the store). */
  readonly curationFile: string | undefined;
  ingest(items: AsyncIterable<IngestItem> | Iterable<IngestItem>, opts?: IngestOptions): Promise<IngestSummary>;
  /** Read paths (files, directories, `-`) with src/ingest and ingest them. */
  ingestPaths(paths: string[], opts?: IngestOptions & ReadOptions): Promise<IngestSummary>;
  /** Retract an article by id, or every article read from a path. */
  remove(idOrPath: string): Promise<RemoveResult[]>;
  graph(options?: GraphOptions): Promise<NewsGraph>;
  neighbors(idOrName: string, options?: RawNeighborOptions): Promise<NeighborsResult>;
  node(idOrName: string, options?: NodeOptions): Promise<NodeDetail>;
  search(q: string, options?: SearchOptions): Promise<SearchResult>;
  path(from: string, to: string, options?: PathOptions): Promise<PathResult>;
  egoGraph(idOrName: string, depth?: Raw, options?: GraphOptions): Promise<NewsGraph>;
  timeline(idOrName: string, options?: TimelineOptions): Promise<TimelineResult>;
  stats(): Promise<StatsResult>;
  /** The id of a node given by id or exact name (or an id merged away); NotFoundError otherwise. */
  resolveId(idOrName: string): Promise<string>;
  /** The curation in force: the file's (empty when there is none), or the store's when it keeps the record. */
  curation(): Promise<Curation>;
  /** Record an override (in the file, or in the store) and apply it to the store. */
  addOverride<K extends OverrideKind>(kind: K, entry: Curation[K][number]): Promise<OverrideResult>;
  /** Remove the override with this id (`merge-1`) and apply the change; undefined when there is none. */
  removeOverride(id: string): Promise<OverrideResult | undefined>;
  /** Pin a node (a `pin` override with its current label and type): it stays after losing its last mention. */
  pin(idOrName: string, note?: string): Promise<OverrideResult>;
  /** Remove the pins of a node. */
  unpin(idOrName: string): Promise<OverrideResult[]>;
  /**
   * Stream the graph (filters, ego) to a file, folder or stream in `format`
   * (src/export/stream.ts), row by row from the store: memory does not grow
   * with the store, except for a ForceAtlas2 layout, which needs the graph.
   */
  exportGraph(format: ExportFormat, target: ExportTarget, options?: ExportOptions): Promise<ExportSummary>;
  /** Save a laid-out graph of the whole store as the layout cache (the server does, after its default layout). */
  cacheLayout(graph: NewsGraph, seed?: number): Promise<void>;
  /** Changes whenever the store or the curation file changes; for caches. */
  version(): Promise<string>;
  close(): Promise<void>;
}

const pipeline = () => import('./pipeline/index.ts');

export function openNewsgraph(options: OpenOptions = {}): Newsgraph {
  const file = resolveDbPath(options.db, options.env ?? process.env, options.cwd ?? process.cwd());
  const { db: _db, env: _env, cwd: _cwd, ...storeOptions } = options;
  const store = openStore(file, storeOptions);
  // The record of the overrides: a file beside a SQLite store, else the store itself.
  const cpath = file === ':memory:' || store.backend !== 'sqlite' ? undefined : curationPath(file);

  const stamp = () => {
    const st = cpath ? statSync(cpath, { throwIfNoEntry: false }) : undefined;
    return st ? `${st.mtimeMs}:${st.size}` : 'none';
  };
  let synced: string | undefined;
  let plan: { stamp: string; plan: CurationPlan } | undefined;
  /** The curation recorded: the file, or (without one) the store's own. */
  const recorded = async (): Promise<Curation> => (cpath ? loadCuration(cpath) : store.appliedCuration());
  /** Bring the store to the curation file, when the file changed since the last look (undefined: nothing to do). */
  const sync = (): Promise<void> | undefined => {
    if (!cpath || store.readonly) return undefined;
    const now = stamp();
    if (now === synced) return undefined;
    return store.applyCuration(loadCuration(cpath)).then(() => {
      synced = now;
    });
  };
  /** Where a merged-away id went, by the recorded curation (asked only for an id that is no node). */
  const redirect = async (id: string): Promise<string> => {
    let now: string;
    let c: Curation | undefined;
    if (cpath) now = stamp();
    else {
      c = await store.appliedCuration();
      now = JSON.stringify(c);
    }
    if (plan?.stamp !== now) plan = { stamp: now, plan: compileCuration(c ?? (cpath ? loadCuration(cpath) : emptyCuration())) };
    return plan.plan.follow(id);
  };
  const queries = new GraphQueries(store, redirect);
  /** Save the curation in the file and apply it. */
  const commit = async (c: Curation): Promise<CurationChange> => {
    if (cpath) saveCuration(cpath, c);
    const applied = await store.applyCuration(c);
    synced = stamp();
    return applied;
  };
  /**
   * Change the record by `edit`: the file's, read, changed and applied; or
   * the store's, changed in one transaction from what it holds then (two
   * analysts at once both keep their overrides). `edit` returns its result.
   */
  const change = async <R extends { curation: Curation }>(edit: (now: Curation) => R, unchanged: (r: R) => boolean): Promise<{ result: R; applied: CurationChange }> => {
    if (cpath) {
      const result = edit(loadCuration(cpath));
      return { result, applied: unchanged(result) ? { changed: false, articles: 0 } : await commit(result.curation) };
    }
    let result: R | undefined;
    const { change: applied } = await store.editCuration((now) => (result = edit(now)).curation);
    return { result: result!, applied };
  };
  const graph = async (o: GraphOptions = {}) => {
    await sync();
    // Nodes of one kind sharing a normalised name carry `possiblySameAs` hints for the view.
    return linkDuplicates(await buildGraph(store, o, redirect));
  };
  const read =
    <A extends unknown[], R>(fn: (...args: A) => Promise<R>) =>
    (...args: A): Promise<R> => {
      const pending = sync();
      return pending ? pending.then(() => fn(...args)) : fn(...args);
    };

  const ng: Newsgraph = {
    dbPath: file,
    store,
    curationFile: cpath,
    // The pipeline (and the readers it imports: htmlparser2, yaml) loads on the first write, not for a query.
    ingest: read(async (items: AsyncIterable<IngestItem> | Iterable<IngestItem>, opts?: IngestOptions) => (await pipeline()).ingest(store, items, opts)),
    ingestPaths: read(async (paths: string[], opts?: IngestOptions & ReadOptions) => (await pipeline()).ingestPaths(store, paths, opts)),
    remove: async (idOrPath) => (await pipeline()).remove(store, idOrPath),
    graph,
    neighbors: read((idOrName: string, o?: RawNeighborOptions) => queries.neighbors(idOrName, o)),
    node: read((idOrName: string, o?: NodeOptions) => queries.node(idOrName, o)),
    search: read((q: string, o?: SearchOptions) => queries.search(q, o)),
    path: read((a: string, b: string, o?: PathOptions) => queries.path(a, b, o)),
    egoGraph: async (idOrName, depth = 1, o = {}) => {
      await sync();
      const id = await queries.resolveId(idOrName);
      return graph({ ...o, ego: { id, depth } });
    },
    timeline: read((idOrName: string, o?: TimelineOptions) => queries.timeline(idOrName, o)),
    stats: read(() => queries.stats()),
    resolveId: read((idOrName: string) => queries.resolveId(idOrName)),
    curation: recorded,
    addOverride: async (kind, entry) => {
      await sync();
      const { result: r, applied } = await change((now) => addOverride(now, kind, entry), (r) => !r.changed);
      return { kind, entry: r.entry, changed: r.changed, applied };
    },
    removeOverride: async (id) => {
      await sync();
      const { result: r, applied } = await change((now) => removeOverride(now, id), (r) => !r.removed);
      if (!r.removed) return undefined;
      return { kind: r.removed.kind, entry: r.removed.entry, changed: true, applied };
    },
    pin: async (idOrName, note) => {
      await sync();
      const id = await queries.resolveId(idOrName);
      const n = await queries.node(id, { limit: 1, evidenceLimit: 0 });
      return ng.addOverride('pin', { node: id, label: n.label, type: n.type, ...(note ? { note } : {}) });
    },
    unpin: async (idOrName) => {
      await sync();
      const c = await recorded();
      let id = idOrName;
      if (!c.pin.some((p) => p.node === id)) id = await queries.resolveId(idOrName);
      const out: OverrideResult[] = [];
      for (const p of c.pin.filter((x) => x.node === id)) {
        const r = await ng.removeOverride(p.id!);
        if (r) out.push(r);
      }
      return out;
    },
    exportGraph: async (format, target, options = {}) => {
      await sync();
      // Loaded here: the queries (neighbors, search, ...) need neither the writers nor ForceAtlas2.
      const [{ storeRecords }, { writeExport }, { layoutGraph }] = await Promise.all([
        import('./export/records.ts'),
        import('./export/stream.ts'),
        import('./layout/index.ts'),
      ]);
      const { layout: mode = 'auto', seed = DEFAULTS.layoutSeed, onNote, workers, ...filter } = options;
      const whole = !filter.ego && !filter.kinds && !filter.types && !filter.since && !filter.until && !filter.minConfidence;
      let positions: Positions | undefined;
      let used: ExportSummary['layout'] = 'none';
      if (mode !== 'none') {
        const fingerprint = cpath ? await storeFingerprint(store) : undefined;
        if (mode !== 'fa2' && fingerprint) positions = readLayoutCache(file, fingerprint, seed);
        if (positions) used = 'cached';
        else if (mode === 'cached') onNote?.('no cached layout for this store and seed: written without positions (`newsgraph serve` or `export --layout fa2` makes one)');
        const small = mode === 'auto' && (await store.counts()).entities <= LAYOUT_AUTO_MAX;
        if (!positions && (mode === 'fa2' || small)) {
          const g = await buildGraph(store, { ...filter, evidence: false }, redirect);
          positions = positionsOf(layoutGraph(g, { seed }));
          used = 'fa2';
          if (whole && fingerprint) writeLayoutCache(file, fingerprint, seed, positions);
        } else if (!positions && mode === 'auto') {
          onNote?.(`over ${LAYOUT_AUTO_MAX} nodes and no cached layout: written without positions (--layout fa2 runs ForceAtlas2 anyway)`);
        }
      }
      // A large SQLite store: edges written by worker threads (src/export/parallel.ts), in every format.
      const source = workers === 0 ? undefined : parallelSource(store);
      const parallel = source && workers !== undefined ? { ...source, workers } : source;
      const records = await storeRecords(store, filter, { ...(positions ? { positions } : {}), quotes: format === 'json', ...(parallel ? { parallel } : {}) }, redirect);
      const files = await writeExport(records, format, target);
      return { nodes: records.counts.nodes, edges: records.counts.edges, files, layout: used };
    },
    cacheLayout: async (graph, seed = DEFAULTS.layoutSeed) => {
      if (cpath) writeLayoutCache(file, await storeFingerprint(store), seed, positionsOf(graph));
    },
    version: async () => `${await store.version()}|${stamp()}`,
    close: () => store.close(),
  };
  return ng;
}
