/**
 * The pipeline: read (src/ingest) -> analyze (src/resolve's `analyzeArticle`,
 * on worker threads for big batches) -> write (src/store). The store is
 * storage only; what to read, when to skip, what to retract is decided here.
 */
import { NotFoundError, UsageError } from '../errors.ts';
import { readArticles, type ReadOptions } from '../ingest/index.ts';
import type { Store } from '../store/index.ts';
import { ingest } from './ingest.ts';
import type { IngestOptions, IngestSummary, RemoveResult } from './types.ts';

export { ingest } from './ingest.ts';
export type * from './types.ts';

/** Read paths (files, directories, `-`) and ingest them. */
export function ingestPaths(store: Store, paths: string[], opts: IngestOptions & ReadOptions = {}): Promise<IngestSummary> {
  return ingest(store, readArticles(paths, opts), opts);
}

/** Retract an article by id, or every article read from a path (a .jsonl file holds many), in one transaction. */
export async function remove(store: Store, idOrPath: string): Promise<RemoveResult[]> {
  if (typeof idOrPath !== 'string' || !idOrPath) throw new UsageError('remove: give an article id or path');
  const rows = await store.findArticles(idOrPath);
  if (rows.length === 0) throw new NotFoundError(`article ${idOrPath}`);
  await store.retractArticles(rows.map((r) => r.id));
  return rows;
}
