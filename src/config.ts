/**
 * newsgraph defaults, in one place.
 *
 * Pure data: imported by the CLI, the server, export and the web app.
 */
import type { NodeKind, RelationType } from './types.ts';

export const DEFAULTS = {
  /** The store path; `--db` or `NEWSGRAPH_DB` override it. */
  dbPath: 'newsgraph.db',
  dbEnv: 'NEWSGRAPH_DB',
  host: '127.0.0.1',
  port: 4173,
  /** The ForceAtlas2 seed and iteration count used by `src/layout`. */
  layoutSeed: 42,
  layoutIterations: 300,
  /** HTTP limits. */
  maxDepth: 3,
  /** Shortest paths may be longer than neighbourhoods. */
  maxPathDepth: 6,
  maxLimit: 500,
  defaultLimit: 100,
  /** Default result counts of `search` and of evidence per edge in `node`. */
  searchLimit: 20,
  evidenceLimit: 20,
  /** `/api/graph` refuses larger graphs without a filter. */
  maxGraphNodes: 50_000,
  /** `ingest` uses worker threads from this many articles, up to `maxJobs`. */
  parallelFrom: 200,
  maxJobs: 4,
  /**
   * Old-generation cap (MB) of each extraction worker thread: V8 would let
   * each grow to several times the ~150 MB it keeps alive (about 50 MB of it
   * compiled code, most of that the rules' regexes). A worker that runs out
   * is replaced by one without the cap (src/pipeline/analyze-pool.ts).
   * wiki-syria x10 (2 workers, with the tagger's smaller word caches):
   * 192 -> peak RSS 599-610 MB (603-604 after session 45's readings), 256 ->
   * 643 MB, the same CPU; 184 -> 592-599 MB, the same CPU (593-601 MB after
   * session 47's readings, over the bound in some runs); 176 -> 578-583 MB, CPU
   * within the host's spread (251 CPU s against 263 at 184 in the same hour); 160
   * -> +15% CPU. A worker that runs out at the cap is replaced by an uncapped one
   * for its articles (pipeline/analyze-pool.ts), so a tight cap costs no article.
   */
  workerHeapMb: 176,
  /**
   * Young-generation cap (MB) of each extraction worker thread: V8's default
   * lets each worker's new space reach about 34 MB, resident. wiki-syria x3
   * (14.4 MB, 2 workers, load 3.7-4.8): peak RSS 610-650 MB by default,
   * 569-584 MB at 16 with the same CPU (74.7-78.3 s against 78.7-81.4),
   * 550 MB at 8 but 91 CPU s (more scavenges).
   */
  workerYoungMb: 16,
  /**
   * In `newsgraph ingest`'s process (src/util/jit.ts tuneIngestHeap): how much an
   * old generation may grow, in percent of what a full collection kept alive,
   * before the next full collection. wiki-syria x10 (48.2 MB, 2 workers,
   * the two runs side by side at load 6-11): peak RSS 628 -> 588 MB with this
   * tuning and an 8 MB page cache (bulkWriteCacheMb) against V8's default and
   * 16 MB; CPU 334.9 -> 339.9 s, the same wall (1093 s).
   */
  ingestHeapGrowingPercent: 15,
  /**
   * SQLite page cache (MB) of the connection `newsgraph ingest` writes
   * through (OpenStoreOptions.bulkWrites). Pages it misses come from the
   * operating system's page cache by read(). Measured on wiki-syria copied
   * twice (9.6 MB, 2 workers): peak RSS 642 MB at 64 MB, 584 MB at 16 MB,
   * with the same CPU time (64 / 65 s, two rounds each). 8 MB with
   * tuneIngestHeap (measured together, below it).
   */
  bulkWriteCacheMb: 8,
  /**
   * Ingest with worker threads: the text (KB per worker) dispatched beyond
   * the batch the main thread waits for, so a worker still has work while a
   * batch's synchronous store transaction runs (src/pipeline/ingest.ts). A
   * batch of 16 wiki-syria articles takes about 0.4 s to write; a worker
   * extracts about 0.4 MB/s.
   */
  ingestAheadKb: 512,
  /**
   * V8's interrupt budget (bytecode executed before a function is looked at
   * for optimisation; V8's default is 67,584) set by the CLI for its process
   * and its worker threads (src/util/jit.ts). Larger, hot functions are
   * optimised later on fuller type feedback: measured on wiki-syria, a
   * thread's first pass costs about 39% less CPU and later passes about 20%
   * less; 1.2M, 2.4M and 5M measured alike.
   */
  jitInterruptBudget: 1_200_000,
  /** The input gate: an article whose text is larger (UTF-8 bytes) is refused; `--max-article-bytes` overrides. */
  maxArticleBytes: 5_000_000,
} as const;

/** Node colours by kind: the legend of the view and the GEXF viz colour. */
export const KIND_COLORS: Record<NodeKind, string> = {
  actor: '#e4572e',
  place: '#4c9f70',
  force: '#3a6ea5',
  camp: '#c9a227',
};

/** Edge colours by type. */
export const TYPE_COLORS: Record<RelationType, string> = {
  attacks: '#d62728',
  allied_with: '#2ca02c',
  quotes: '#9467bd',
  member_of: '#8c564b',
  leads: '#e377c2',
  located_in: '#7f7f7f',
  captures: '#ff7f0e',
  recruits: '#bcbd22',
  reports: '#17becf',
  withdraws_from: '#1f77b4',
};

/** Node size range (by degree), shared by export and the view. */
export const SIZE_RANGE = { min: 3, max: 18 } as const;
