/**
 * Moving a store between backends (`newsgraph db copy`): every article of
 * `from` with its raw extraction is written into `to`, which applies its
 * own curation on write (the caller gives it the source's curation first),
 * so the copy holds the same graph without running the extractor again.
 * Dialect-free: it uses only the `Store` interface.
 */
import { StoreError } from '../errors.ts';
import type { Store } from './interface.ts';

export interface CopySummary {
  articles: number;
  elapsedMs: number;
}

/** Copy every article of `from` into `to`, which must hold no article yet. */
export async function copyArticles(from: Store, to: Store, progress?: (done: number) => void): Promise<CopySummary> {
  const t0 = Date.now();
  const existing = await to.counts();
  if (existing.articles > 0) {
    throw new StoreError(`${to.location} already holds ${existing.articles} articles: copy into a new store (or an empty database schema)`);
  }
  let n = 0;
  for await (const { article, extraction } of from.iterateArticles()) {
    await to.writeArticle(article, extraction);
    n++;
    if (progress && n % 100 === 0) progress(n);
  }
  return { articles: n, elapsedMs: Date.now() - t0 };
}
