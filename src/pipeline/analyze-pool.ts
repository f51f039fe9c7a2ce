/**
 * A pool of worker threads running `analyzeArticle` (./analyze-worker.mjs),
 * so a long ingest uses every core. Extraction is a pure function of the
 * article, so where it runs changes nothing; the pipeline still writes the
 * results one transaction at a time, in input order.
 */
import { Worker } from 'node:worker_threads';
import type { Article, ArticleExtraction } from '../types.ts';

interface Pending {
  resolve: (ex: ArticleExtraction) => void;
  reject: (err: Error) => void;
}

export class AnalyzePool {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<number, Pending>();
  private readonly ready: Promise<void>;
  private seq = 0;
  private next = 0;
  private failure: Error | undefined;

  constructor(size: number) {
    const url = new URL('./analyze-worker.mjs', import.meta.url);
    const readies: Array<Promise<void>> = [];
    for (let i = 0; i < size; i++) {
      const w = new Worker(url);
      readies.push(
        new Promise<void>((resolve, reject) => {
          w.once('error', reject);
          w.once('message', () => resolve());
        }),
      );
      w.on('message', (m: { seq?: number; extraction?: ArticleExtraction; error?: string }) => {
        if (m.seq === undefined) return;
        const p = this.pending.get(m.seq);
        if (!p) return;
        this.pending.delete(m.seq);
        if (m.error !== undefined) p.reject(new Error(m.error));
        else p.resolve(m.extraction!);
      });
      w.on('error', (err) => this.fail(err));
      w.on('exit', (code) => {
        if (code !== 0) this.fail(new Error(`analysis worker exited with code ${code}`));
      });
      this.workers.push(w);
    }
    this.ready = Promise.all(readies).then(() => undefined);
  }

  private fail(err: Error): void {
    this.failure ??= err;
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
  }

  get size(): number {
    return this.workers.length;
  }

  /** Analyze one article on the next worker (round robin). */
  async analyze(article: Article): Promise<ArticleExtraction> {
    await this.ready;
    if (this.failure) throw this.failure;
    const seq = this.seq++;
    const worker = this.workers[this.next++ % this.workers.length]!;
    return new Promise<ArticleExtraction>((resolve, reject) => {
      this.pending.set(seq, { resolve, reject });
      worker.postMessage({ seq, article });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
