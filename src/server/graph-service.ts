/**
 * The graphs the view asks for (/api/graph, /api/nodes/:id/ego), computed
 * off the request thread and cached per store version:
 *
 * - a job (./graph-job.ts: build, communities, PageRank, seeded layout,
 *   JSON) runs in one worker thread (./graph-worker.mjs) that opens the store
 *   read-only by path, so the request thread keeps answering `neighbors`,
 *   `search` and the rest while a big graph is laid out;
 * - the same request while its job runs waits for that job (no second run);
 * - answers are cached by (store version, request); a new store version
 *   drops the old answers, and a reload of the same version is served at once.
 *
 * A store without a file (`:memory:`) has nothing a worker could open: its
 * jobs run inline (only small, test-sized stores live there).
 */
import { Worker } from 'node:worker_threads';
import type { Newsgraph } from '../api.ts';
import { NewsgraphError } from '../errors.ts';
import { runGraphJob, type GraphJob, type GraphJobResult } from './graph-job.ts';

export interface GraphServiceOptions {
  ng: Newsgraph;
  /** Keep at most this many answers (default 32) and this many bytes of JSON (default 256 MiB). */
  maxEntries?: number;
  maxBytes?: number;
  /** Run jobs on this thread even with a store file (tests of the service itself). */
  inline?: boolean;
}

/** A job's answer on this thread: the JSON as UTF-8 bytes (sent as they are), in both forms. */
interface Answer {
  bytes: Buffer;
  compact: Buffer;
  figures: GraphJobResult['figures'];
}

/** The forms of an answer: graphology's JSON, or the compact columns (src/graph/compact.ts). */
export type GraphFormat = 'json' | 'compact';

type Cached = Record<GraphFormat, Buffer>;
const cachedBytes = (c: Cached): number => c.json.length + c.compact.length;
const toBytes = (u: Uint8Array): Buffer => Buffer.from(u.buffer, u.byteOffset, u.byteLength);

interface Pending {
  resolve: (r: Answer) => void;
  reject: (e: Error) => void;
}

/** An error from the worker, with its name kept (UsageError, NotFoundError, ...). */
class RemoteError extends NewsgraphError {
  constructor(name: string, message: string) {
    super(message);
    this.name = name;
  }
}

export class GraphService {
  private readonly cache = new Map<string, Cached>();
  private readonly inflight = new Map<string, Promise<Cached>>();
  private version: string | undefined;
  private worker: Worker | undefined;
  private ready: Promise<void> | undefined;
  private readonly pending = new Map<number, Pending>();
  private seq = 0;
  private closed = false;
  /** The figures of the last job (for the benchmark and the log). */
  lastFigures: GraphJobResult['figures'] | undefined;
  /** Jobs run, and jobs run inline. */
  jobs = 0;
  /** The worker thread's nice value when it could lower it (Linux), for tests and the log. */
  workerPriority: number | undefined;

  constructor(private readonly opts: GraphServiceOptions) {}

  private get inline(): boolean {
    return this.opts.inline === true || this.opts.ng.dbPath === ':memory:';
  }

  /**
   * The JSON (UTF-8) of a job in the form asked, from the cache, a running
   * job, or a new one (a job makes both forms: `key` does not name the form).
   */
  async get(key: string, version: string, job: GraphJob, format: GraphFormat = 'json'): Promise<Buffer> {
    return (await this.both(key, version, job))[format];
  }

  private async both(key: string, version: string, job: GraphJob): Promise<Cached> {
    if (version !== this.version) {
      this.version = version;
      this.cache.clear();
    }
    const full = `${version}|${key}`;
    const hit = this.cache.get(full);
    if (hit !== undefined) {
      // Most recently used last.
      this.cache.delete(full);
      this.cache.set(full, hit);
      return hit;
    }
    const running = this.inflight.get(full);
    if (running) return running;
    const p = this.run(job)
      .then((r) => {
        this.lastFigures = r.figures;
        const answer: Cached = { json: r.bytes, compact: r.compact };
        if (this.version === version) this.remember(full, answer);
        return answer;
      })
      .finally(() => this.inflight.delete(full));
    this.inflight.set(full, p);
    return p;
  }

  /** Is an answer for this request cached (for this version)? */
  has(key: string, version: string): boolean {
    return this.cache.has(`${version}|${key}`);
  }

  private remember(full: string, answer: Cached): void {
    const maxEntries = this.opts.maxEntries ?? 32;
    const maxBytes = this.opts.maxBytes ?? 256 * 1024 * 1024;
    let bytes = cachedBytes(answer);
    for (const v of this.cache.values()) bytes += cachedBytes(v);
    while (this.cache.size > 0 && (this.cache.size >= maxEntries || bytes > maxBytes)) {
      const oldest = this.cache.keys().next().value!;
      bytes -= cachedBytes(this.cache.get(oldest)!);
      this.cache.delete(oldest);
    }
    this.cache.set(full, answer);
  }

  private async run(job: GraphJob): Promise<Answer> {
    this.jobs++;
    if (this.inline) {
      const r = await runGraphJob(this.opts.ng, job);
      return { bytes: Buffer.from(r.json), compact: Buffer.from(r.compact), figures: r.figures };
    }
    if (this.closed) throw new NewsgraphError('the server is closing');
    await this.start();
    const worker = this.worker!;
    const seq = this.seq++;
    return new Promise<Answer>((resolve, reject) => {
      this.pending.set(seq, { resolve, reject });
      worker.postMessage({ seq, db: this.opts.ng.dbPath, job });
    });
  }

  private start(): Promise<void> {
    if (this.ready) return this.ready;
    const worker = new Worker(new URL('./graph-worker.mjs', import.meta.url));
    this.worker = worker;
    this.ready = new Promise<void>((resolve, reject) => {
      worker.once('error', reject);
      worker.once('message', (m: { priority?: number }) => {
        this.workerPriority = m.priority;
        resolve();
      });
    });
    worker.on('message', (m: { seq?: number; result?: { bytes: Uint8Array; compactBytes: Uint8Array; figures: GraphJobResult['figures'] }; error?: { name: string; message: string } }) => {
      if (m.seq === undefined) return;
      const p = this.pending.get(m.seq);
      if (!p) return;
      this.pending.delete(m.seq);
      if (m.error) p.reject(new RemoteError(m.error.name, m.error.message));
      else p.resolve({ bytes: toBytes(m.result!.bytes), compact: toBytes(m.result!.compactBytes), figures: m.result!.figures });
    });
    const fail = (err: Error) => {
      for (const p of this.pending.values()) p.reject(err);
      this.pending.clear();
      // The next job starts a new worker.
      if (this.worker === worker) {
        this.worker = undefined;
        this.ready = undefined;
      }
    };
    worker.on('error', (err) => fail(err));
    worker.on('exit', (code) => fail(new NewsgraphError(`the graph worker stopped (exit code ${code})`)));
    return this.ready;
  }

  async close(): Promise<void> {
    this.closed = true;
    const w = this.worker;
    this.worker = undefined;
    this.ready = undefined;
    if (w) await w.terminate();
  }
}
