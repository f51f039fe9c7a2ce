/**
 * The edges of a streamed export written by worker threads: the relations
 * of a store file split into ranges of ids, each range read, folded,
 * filtered and written as text by one of a few workers (./edge-worker.mjs,
 * ./edge-job.ts), the texts handed back (as bytes, not copied) and written
 * out here in range order, so the output is byte for byte what one thread
 * writes. The workers start before the nodes are written and work while
 * this thread writes them; at most `window` ranges are done and not yet
 * written (bounded memory whatever the store's size), or, once a few ranges
 * have shown how many bytes a range takes, as many as `WINDOW_BYTES` hold
 * (at most `MAX_WINDOW`): the workers keep working while the nodes are
 * written, without holding more bytes than that.
 */
import { Worker } from 'node:worker_threads';
import type { NormalizedGraphFilter } from '../graph/query-options.ts';

/** The one-line-per-edge formats a worker can write (./edge-text.ts). */
export type EdgeFormat = 'gexf' | 'gexf-dynamic' | 'graphml' | 'neo4j' | 'gephi' | 'json';

/** What a worker is given: the store file, the format, and what decides which nodes and edges are written. */
export interface EdgeJobInit {
  file: string;
  format: EdgeFormat;
  filter: NormalizedGraphFilter;
}

/**
 * Edges written elsewhere, as bytes in order: iterate `chunks()` once, then
 * `close()` (always, also on failure). A chunk is lent: hand it to
 * `giveBack` once written out (a sink's `lend` says when), so that its
 * worker fills it again; one not given back is left to the garbage collector.
 */
export interface RenderedEdges {
  chunks(): AsyncIterable<Uint8Array>;
  giveBack(bytes: Uint8Array): void;
  /** Edges in the chunks given so far. */
  readonly count: number;
  close(): Promise<void>;
}

interface Done {
  bytes: Uint8Array | undefined;
  count: number;
  worker: Worker;
}

interface Deferred {
  promise: Promise<Done>;
  resolve: (r: Done) => void;
  reject: (err: Error) => void;
}

/** Bytes of ranges done and not yet written that the window may grow to, when ranges are small (JSON, CSV). */
const WINDOW_BYTES = 128 * 1024 * 1024;
/** The most ranges done and not yet written, whatever their size. */
const MAX_WINDOW = 32;
/** Ranges done before their size is trusted. */
const SEEN = 4;

/** Relation ids [min, max] as ranges of `size` ids. */
export function idRanges(span: { min: number; max: number }, size: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let lo = span.min; lo <= span.max; lo += size) out.push([lo, Math.min(span.max, lo + size - 1)]);
  return out;
}

/**
 * `checkEnds`: the first worker asks the store once, on its own connection, after reading its node scope, whether
 * every relation's ends are entities; when they are, it and then each other worker are told so, and one whose scope
 * holds every entity keeps edges without looking their ends up (the same edges: ./keep-edges.ts, so a range written
 * before the answer came has the same bytes). Asked there, not here: this thread writes the nodes meanwhile.
 *
 * `window`: the fewest ranges done and not yet written that are allowed (more when they are small: see the top).
 */
export function renderEdgesInWorkers(init: EdgeJobInit, ranges: Array<[number, number]>, workers: number, window = 16, checkEnds = false): RenderedEdges {
  const jobs: Deferred[] = ranges.map(() => {
    let resolve!: Deferred['resolve'];
    let reject!: Deferred['reject'];
    const promise = new Promise<Done>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    promise.catch(() => {}); // awaited in order by chunks(); a failure after close() is nobody's to hear
    return { promise, resolve, reject };
  });
  const pool: Worker[] = [];
  const idle: Worker[] = [];
  const busy = new Map<Worker, number>();
  const owner = new Map<ArrayBufferLike, Worker>(); // the worker of each chunk given out and not yet back
  let next = 0; // the next range to hand out
  let written = 0; // ranges given to the writer
  let count = 0;
  let done = 0; // ranges done
  let doneBytes = 0; // and their bytes
  let failure: Error | undefined;
  let closed = false;
  let checking: Worker | undefined; // the worker asking whether every relation's ends are entities: given no range until it has answered

  const fail = (err: Error) => {
    failure ??= err;
    for (const j of jobs) j.reject(failure);
  };
  const pump = () => {
    // Ranges ahead of the writer: `window`, or as many as WINDOW_BYTES hold at the mean size of the ranges done so far.
    const ahead = done < SEEN ? window : Math.max(window, Math.min(MAX_WINDOW, Math.floor(WINDOW_BYTES / Math.max(1, doneBytes / done))));
    while (!failure && !closed && idle.length && next < ranges.length && next - written < ahead) {
      const w = idle.pop()!;
      const seq = next++;
      busy.set(w, seq);
      const [lo, hi] = ranges[seq]!;
      w.postMessage({ seq, lo, hi });
    }
  };

  const url = new URL('./edge-worker.mjs', import.meta.url);
  for (let i = 0; i < Math.min(workers, ranges.length); i++) {
    const w = new Worker(url, { workerData: init });
    w.unref();
    pool.push(w);
    w.on('message', (m: { ready?: true; seq?: number; bytes?: Uint8Array; count?: number; error?: string; ends?: boolean }) => {
      if (m.error !== undefined) {
        fail(new Error(m.error));
        return;
      }
      if (m.ends !== undefined) {
        // The first worker's answer (it has told itself): the others are told too, and it takes ranges now.
        if (m.ends && !closed) for (const other of pool) if (other !== w) other.postMessage({ endsAreEntities: true });
        checking = undefined;
      } else if (m.seq === undefined && w === checking) return; // ready, but asking first: no range yet (range 0 would wait behind the question)
      if (m.seq !== undefined) {
        busy.delete(w);
        done++;
        doneBytes += m.bytes?.byteLength ?? 0;
        jobs[m.seq]!.resolve({ bytes: m.bytes, count: m.count ?? 0, worker: w });
      }
      idle.push(w);
      pump();
    });
    w.on('error', (err) => fail(err));
    w.on('exit', (code) => {
      if (!closed && busy.has(w)) fail(new Error(`export worker exited with code ${code}`));
    });
  }
  // Posted before any range (a worker's port keeps it until the worker listens): the first worker asks before its first range.
  if (checkEnds && pool.length) {
    checking = pool[0]!;
    checking.postMessage({ checkEnds: true });
  }

  return {
    get count() {
      return count;
    },
    async *chunks() {
      for (let i = 0; i < jobs.length; i++) {
        const { bytes, count: n, worker } = await jobs[i]!.promise;
        written = i + 1;
        pump();
        count += n;
        if (!bytes || !bytes.byteLength) continue;
        owner.set(bytes.buffer, worker);
        yield bytes;
      }
    },
    giveBack(bytes) {
      // Written out: the buffer goes back to its worker to be filled again.
      const worker = owner.get(bytes.buffer);
      owner.delete(bytes.buffer);
      if (worker && !closed) worker.postMessage({ give: bytes.buffer }, [bytes.buffer as ArrayBuffer]);
    },
    async close() {
      if (closed) return;
      closed = true;
      await Promise.all(pool.map((w) => w.terminate()));
    },
  };
}
