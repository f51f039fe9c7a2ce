/**
 * A pool of worker threads running `analyzeArticle` (./analyze-worker.mjs),
 * so a long ingest uses every core. Extraction is a pure function of the
 * article, so where it runs changes nothing; the pipeline still writes the
 * results in input order.
 *
 * Memory: each worker's young generation is capped (`youngMb`, default
 * DEFAULTS.workerYoungMb), and its old generation (`heapMb`, default
 * DEFAULTS.workerHeapMb), because V8 otherwise lets an extraction worker's
 * heap grow to three or four times what it keeps alive, once per worker. An
 * article that needs more (a very long one) makes its worker run out of
 * memory: that worker is replaced by one without the cap, which analyses its
 * articles again; an article that exhausts that one too fails alone, by
 * its own error, and the ingest goes on. The tagger's weights are read once,
 * here, into shared memory that every worker's models read (no copy each).
 */
import { Worker } from 'node:worker_threads';
import { DEFAULTS } from '../config.ts';
import { shippedModelImages } from '../extract/tagger/models.ts';
import type { Article, ArticleExtraction, ArticleMeta } from '../types.ts';

/** An extraction as the store encodes it (src/store/extraction-codec.ts) and the article's meta it was made with. */
export interface EncodedExtraction {
  raw: string;
  meta: ArticleMeta;
}

interface Pending {
  article: Article;
  encode: boolean;
  resolve: (ex: ArticleExtraction | EncodedExtraction) => void;
  reject: (err: Error) => void;
}

interface Slot {
  worker: Worker;
  /** The articles posted to this worker and not answered yet. */
  inFlight: Map<number, Pending>;
  /** Replaced a worker that ran out of memory (so runs with the retry cap, by default none). */
  retry: boolean;
  ready: Promise<void>;
}

export interface AnalyzePoolOptions {
  /** The old-generation cap per worker in MB; 0: none (V8's own limit). */
  heapMb?: number;
  /** The cap of a worker that replaces one that ran out of memory (default 0: none). */
  retryHeapMb?: number;
  /** The young-generation cap per worker in MB (default DEFAULTS.workerYoungMb); 0: V8's own. */
  youngMb?: number;
}

const OUT_OF_MEMORY = 'ERR_WORKER_OUT_OF_MEMORY';

export class AnalyzePool {
  private readonly slots: Array<Slot | undefined> = [];
  private readonly url = new URL('./analyze-worker.mjs', import.meta.url);
  private readonly heapMb: number;
  private readonly retryHeapMb: number;
  private readonly youngMb: number;
  private seq = 0;
  /** Workers replaced after running out of memory. */
  replaced = 0;
  /** Per slot, the milliseconds its workers spent on articles (as each worker measured it). */
  readonly busyMs: number[] = [];
  private next = 0;
  /** The shipped models' images in shared memory, given to every worker (read at the first spawn). */
  private images: Record<string, SharedArrayBuffer> | undefined;
  private failure: Error | undefined;
  private closing = false;

  constructor(size: number, opts: AnalyzePoolOptions = {}) {
    this.heapMb = Math.max(0, Math.floor(opts.heapMb ?? DEFAULTS.workerHeapMb));
    this.retryHeapMb = Math.max(0, Math.floor(opts.retryHeapMb ?? 0));
    this.youngMb = Math.max(0, Math.floor(opts.youngMb ?? DEFAULTS.workerYoungMb));
    for (let i = 0; i < size; i++) {
      this.slots.push(this.spawn(false));
      this.busyMs.push(0);
    }
  }

  private spawn(retry: boolean): Slot {
    const cap = retry ? this.retryHeapMb : this.heapMb;
    this.images ??= shippedModelImages();
    const worker = new Worker(this.url, {
      workerData: { images: this.images },
      resourceLimits: { ...(cap ? { maxOldGenerationSizeMb: cap } : {}), ...(this.youngMb ? { maxYoungGenerationSizeMb: this.youngMb } : {}) },
    });
    const slot: Slot = { worker, inFlight: new Map(), retry, ready: Promise.resolve() };
    slot.ready = new Promise<void>((resolve, reject) => {
      worker.once('error', reject);
      worker.once('message', () => resolve());
    });
    // A worker that fails before it is ready is handled by the 'error' listener below.
    slot.ready.catch(() => undefined);
    worker.on('message', (m: { seq?: number; extraction?: ArticleExtraction; raw?: string; meta?: ArticleMeta; error?: string; ms?: number }) => {
      if (m.seq === undefined) return;
      const i = this.slots.indexOf(slot);
      if (i >= 0 && m.ms) this.busyMs[i]! += m.ms;
      const p = slot.inFlight.get(m.seq);
      if (!p) return;
      slot.inFlight.delete(m.seq);
      if (m.error !== undefined) p.reject(new Error(m.error));
      else p.resolve(m.raw !== undefined ? { raw: m.raw, meta: m.meta! } : m.extraction!);
    });
    worker.on('error', (err: Error & { code?: string }) => this.lost(slot, err));
    worker.on('exit', (code) => {
      if (code !== 0 && !this.closing) this.lost(slot, new Error(`analysis worker exited with code ${code}`));
    });
    return slot;
  }

  /** A worker died: out of memory, its articles go to a replacement without the cap; else the pool fails. */
  private lost(slot: Slot, err: Error & { code?: string }): void {
    const i = this.slots.indexOf(slot);
    if (i < 0 || this.closing) return;
    if (err.code !== OUT_OF_MEMORY) {
      this.fail(err);
      return;
    }
    const pending = [...slot.inFlight.values()];
    slot.inFlight.clear();
    this.replaced++;
    // Even at the retry cap (by default none), the article being analysed is too big: it fails alone.
    if (slot.retry) pending.shift()?.reject(new Error(`analysis ran out of memory (${err.message})`));
    // The replacement starts when it has work, so a retry cap too small to load the analysis cannot loop.
    this.slots[i] = undefined;
    for (const p of pending) this.post(this.slot(i), p);
  }

  /** The worker of slot `i`, started (as a replacement) if it was lost. */
  private slot(i: number): Slot {
    return (this.slots[i] ??= this.spawn(true));
  }

  private post(slot: Slot, p: Pending): void {
    const seq = this.seq++;
    slot.inFlight.set(seq, p);
    void slot.ready.then(
      () => slot.worker.postMessage({ seq, article: p.article, encode: p.encode }),
      () => undefined,
    );
  }

  private fail(err: Error): void {
    this.failure ??= err;
    for (const s of this.slots) {
      if (!s) continue;
      for (const p of s.inFlight.values()) p.reject(err);
      s.inFlight.clear();
    }
  }

  get size(): number {
    return this.slots.length;
  }

  /** Analyze one article on the next worker (round robin). */
  async analyze(article: Article): Promise<ArticleExtraction> {
    if (this.failure) throw this.failure;
    const slot = this.slot(this.next++ % this.slots.length);
    return new Promise<ArticleExtraction>((resolve, reject) => this.post(slot, { article, encode: false, resolve: resolve as Pending['resolve'], reject }));
  }

  /** `analyze`, answered in the store's encoding (`encodeExtraction(extraction, article.text)`) with the article's meta. */
  async analyzeEncoded(article: Article): Promise<EncodedExtraction> {
    if (this.failure) throw this.failure;
    const slot = this.slot(this.next++ % this.slots.length);
    return new Promise<EncodedExtraction>((resolve, reject) => this.post(slot, { article, encode: true, resolve: resolve as Pending['resolve'], reject }));
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((s) => s?.worker.terminate()));
  }
}
