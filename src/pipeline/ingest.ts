/**
 * The ingest pipeline: read -> analyze -> write, one article at a time into
 * a `Store` (src/store), which is storage only.
 *
 * Incremental: an article whose id and content hash are already stored is
 * skipped; a changed one replaces its old contributions; a file read again
 * whole has the articles it no longer holds retracted (an edited .txt gets a
 * new content-hash id: counted as changed). Analysis runs outside the write
 * transaction, here or on worker threads (`jobs`): with workers, dispatched
 * ahead of the writes by text size (`aheadKb` per worker beyond the batch
 * awaited), so they stay busy while this thread runs a batch's synchronous
 * transaction, and answered in the store's encoding (one string per article,
 * decoded here when written). The writes stay in input order and go to the
 * store a batch at a time, as soon as a batch is analysed (`batch` articles
 * per transaction: the aggregates they share are recomputed once; a kill
 * loses at most the batch being written, which the next ingest writes
 * again).
 */
import { DEFAULTS } from '../config.ts';
import { isFailure } from '../ingest/types.ts';
import { decodeExtraction } from '../store/extraction-codec.ts';
import { articleHash, type Store } from '../store/index.ts';
import type { Article, ArticleExtraction } from '../types.ts';
import { AnalyzePool, type EncodedExtraction } from './analyze-pool.ts';
import type { Analyze, IngestItem, IngestOptions, IngestSummary } from './types.ts';

/** Articles written per store transaction by default (see IngestOptions.batch). */
export const DEFAULT_BATCH = 16;

let defaultAnalyze: Analyze | undefined;
async function loadDefaultAnalyze(): Promise<Analyze> {
  // Loaded on first ingest, so opening the store (and every query) skips the NLP stack.
  defaultAnalyze ??= (await import('../resolve/index.ts')).analyzeArticle;
  return defaultAnalyze;
}

function validateArticle(a: Article): string | undefined {
  if (typeof a.id !== 'string' || !a.id) return 'article has no id';
  if (typeof a.text !== 'string') return 'article has no text';
  if (typeof a.title !== 'string') return 'article has no title';
  return undefined;
}

/** Ingest articles (and reader failures) into `store`, one transaction per article. */
export async function ingest(
  store: Store,
  items: AsyncIterable<IngestItem> | Iterable<IngestItem>,
  opts: IngestOptions = {},
): Promise<IngestSummary> {
  const jobs = Math.max(1, Math.floor(opts.jobs ?? 1));
  const batch = Math.max(1, Math.floor(opts.batch ?? DEFAULT_BATCH));
  const useWorkers = jobs > 1 && !opts.analyze;
  const analyze = opts.analyze ?? (useWorkers ? undefined : await loadDefaultAnalyze());
  const started = Date.now();
  const total = opts.total ?? (Array.isArray(items) ? items.length : undefined);
  const summary: IngestSummary = { added: 0, skipped: 0, changed: 0, removed: 0, failed: [], articles: [], elapsedMs: 0 };
  // Per source file: the ids it holds now, so articles it no longer holds can be retracted.
  const seenByPath = new Map<string, { ids: Set<string>; added: number }>();
  const failedPaths = new Set<string>();
  const track = (p: string | undefined, id: string, added: boolean) => {
    if (!p || p.startsWith('<')) return;
    let e = seenByPath.get(p);
    if (!e) seenByPath.set(p, (e = { ids: new Set(), added: 0 }));
    e.ids.add(id);
    if (added) e.added++;
  };
  const failPath = (p: string) => failedPaths.add(p.replace(/:\d+$/, ''));
  let done = 0;
  const report = (current?: string) => {
    done++;
    opts.onProgress?.({
      done,
      ...(total !== undefined ? { total } : {}),
      added: summary.added,
      skipped: summary.skipped,
      changed: summary.changed,
      failed: summary.failed.length,
      elapsedMs: Date.now() - started,
      ...(current ? { current } : {}),
    });
  };
  let pool: AnalyzePool | undefined;
  // From a worker, the extraction comes encoded as the store keeps it (a string, cheap to pass and to hold); decoded when written.
  type Settled = { ex?: ArticleExtraction | EncodedExtraction; err?: Error };
  type Job = { item: Article; hash: string; where: string; bytes: number; analysis: Promise<Settled>; settled?: Settled };
  // Analysed or being analysed, not written yet, in input order; `queuedBytes`: their texts' length.
  const queue: Job[] = [];
  let queuedBytes = 0;
  // With workers, how much text may wait beyond the batch being written (see DEFAULTS.ingestAheadKb).
  const aheadChars = (pool?: AnalyzePool) => (pool ? pool.size * Math.max(0, opts.aheadKb ?? DEFAULTS.ingestAheadKb) * 1024 : 0);
  // The first `batch` jobs (the whole queue at the end) written in one store transaction, once all are analysed.
  const flush = async () => {
    const jobsDone = queue.splice(0, batch);
    for (const j of jobsDone) queuedBytes -= j.bytes;
    const results = await Promise.all(jobsDone.map((j) => j.analysis));
    const ok: Array<{ job: Job; ex: ArticleExtraction | EncodedExtraction }> = [];
    for (let i = 0; i < jobsDone.length; i++) {
      const job = jobsDone[i]!;
      const { ex, err } = results[i]!;
      if (ex) ok.push({ job, ex });
      else {
        if (job.item.path) failPath(job.item.path);
        summary.failed.push({ path: job.where, reason: `analysis failed: ${err?.message ?? 'no result'}` });
      }
    }
    const writes = ok.map(({ job, ex }) => {
      const article = { ...job.item, hash: job.hash };
      return 'raw' in ex ? { article, extraction: decodeExtraction(ex.raw, article.text, ex.meta), raw: ex.raw } : { article, extraction: ex };
    });
    const outcomes = writes.length ? await store.writeArticles(writes) : [];
    let k = 0;
    for (let i = 0; i < jobsDone.length; i++) {
      const { item, where } = jobsDone[i]!;
      if (ok[k]?.job === jobsDone[i]) {
        const outcome = outcomes[k++]!;
        summary[outcome]++;
        if (outcome !== 'skipped') summary.articles.push(item.id);
        track(item.path, item.id, outcome === 'added');
      }
      report(where);
    }
  };
  const headBytes = () => {
    let n = 0;
    for (let i = 0; i < batch && i < queue.length; i++) n += queue[i]!.bytes;
    return n;
  };
  const headReady = () => {
    if (queue.length < batch) return false;
    for (let i = 0; i < batch; i++) if (!queue[i]!.settled) return false;
    return true;
  };
  try {
    for await (const item of items as AsyncIterable<IngestItem>) {
      if (isFailure(item)) {
        failPath(item.path);
        summary.failed.push({ path: item.path, reason: item.reason });
        report(item.path);
        continue;
      }
      const where = item.path ?? item.id;
      const bad = validateArticle(item);
      if (bad) {
        if (item.path) failPath(item.path);
        summary.failed.push({ path: where, reason: bad });
        report(where);
        continue;
      }
      const hash = articleHash(item);
      const before = await store.articleState(item.id);
      if (before?.hash === hash) {
        if (item.path && before.path !== item.path) await store.setArticlePath(item.id, item.path);
        track(item.path, item.id, false);
        summary.skipped++;
        report(where);
        continue;
      }
      if (!pool && useWorkers) pool = new AnalyzePool(jobs);
      const run: Promise<ArticleExtraction | EncodedExtraction> = pool ? pool.analyzeEncoded(item) : Promise.resolve().then(() => analyze!(item));
      const job: Job = { item, hash, where, bytes: item.text.length, analysis: undefined! };
      job.analysis = run.then(
        (ex) => (job.settled = { ex }),
        (err: unknown) => (job.settled = { err: err as Error }),
      );
      queue.push(job);
      queuedBytes += job.bytes;
      // Write every batch already analysed; wait for the next one only when the workers hold enough text
      // beyond it to stay busy while it is written (dispatching by bytes, not by articles: a flush's
      // synchronous transaction must not leave them idle).
      while (headReady()) await flush();
      while (queue.length >= batch && queuedBytes - headBytes() >= aheadChars(pool)) await flush();
    }
    while (queue.length) await flush();
  } finally {
    await pool?.close();
  }
  // A file read again whole: what it no longer holds (an edited .txt has a new content-hash id) is retracted.
  for (const [p, seen] of seenByPath) {
    if (failedPaths.has(p)) continue;
    const stale = (await store.articleIdsByPath(p)).filter((id) => !seen.ids.has(id));
    for (const id of stale) await store.retractArticles([id]);
    // An old version replaced by a new id is a change, not an addition.
    const replaced = Math.min(stale.length, seen.added);
    summary.added -= replaced;
    summary.changed += replaced;
    summary.removed += stale.length - replaced;
  }
  summary.elapsedMs = Date.now() - started;
  if (pool) summary.workerBusyMs = pool.busyMs.map((ms) => Math.round(ms));
  return summary;
}
