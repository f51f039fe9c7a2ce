/**
 * The pipeline's types: what ingest consumes and reports.
 */
import type { Article, ArticleExtraction } from '../types.ts';
import type { ReadFailure } from '../ingest/types.ts';

export type { ReadFailure };

export type IngestItem = Article | ReadFailure;

export type Analyze = (article: Article) => ArticleExtraction | Promise<ArticleExtraction>;

export interface IngestProgress {
  /** Items processed so far (articles and failures). */
  done: number;
  /** Known when the input is an array or `total` was given. */
  total?: number;
  added: number;
  skipped: number;
  changed: number;
  failed: number;
  /** Milliseconds since the ingest started. */
  elapsedMs: number;
  /** The item just processed. */
  current?: string;
}

export interface IngestOptions {
  /** The per-article analysis; defaults to `analyzeArticle` (src/resolve). */
  analyze?: Analyze;
  onProgress?: (p: IngestProgress) => void;
  /** The item count, when the caller knows it (for the ETA). */
  total?: number;
  /**
   * Worker threads for the default analyzer (default 1: analyze in this
   * thread). Ignored with a custom `analyze`.
   */
  jobs?: number;
  /**
   * Articles written per store transaction (default 16; 1: each article in
   * its own). The store ends the same either way; a batch shares the
   * recomputation of the entities and relations its articles touch.
   */
  batch?: number;
  /**
   * With worker threads: the text (KB per worker) analysed or queued beyond
   * the batch being written, so the workers stay busy while the main thread
   * writes (default DEFAULTS.ingestAheadKb). More costs memory (finished
   * extractions wait in this thread), never output.
   */
  aheadKb?: number;
}

export interface IngestFailure {
  path: string;
  reason: string;
}

export interface IngestSummary {
  added: number;
  skipped: number;
  changed: number;
  /** Articles retracted because the file they came from no longer holds them. */
  removed: number;
  failed: IngestFailure[];
  /** Ids of the articles added or changed. */
  articles: string[];
  elapsedMs: number;
  /**
   * With worker threads (`jobs` > 1): per worker, the milliseconds it spent
   * analysing (the rest of `elapsedMs` it waited for work).
   */
  workerBusyMs?: number[];
}

export interface RemoveResult {
  id: string;
  path?: string;
}
