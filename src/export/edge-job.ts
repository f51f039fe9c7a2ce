/**
 * What one export worker thread (./edge-worker.mjs, ./parallel.ts) does: it
 * opens the store file read-only, finds the nodes in scope as the export's
 * own thread does (`nodeInScope`), then for each range of relation ids it
 * is given reads the relations' summaries, keeps those the export keeps
 * (both ends written, the types, the confidence; the dates folded in the
 * store) and writes them as text in the export's format, as UTF-8 bytes in
 * a buffer of their own (moved to the export's thread, not copied). A batch
 * of summaries is written out before the next is read: little lives long
 * enough to be worth a full garbage collection.
 */
import { nodeInScope } from '../graph/build.ts';
import { inRange } from '../graph/query-options.ts';
import { SqliteStore } from '../store/sqlite/store.ts';
import type { SummaryReadOptions } from '../store/summary.ts';
import { JsonEdgeRows } from './edge-fold.ts';
import { edgeText } from './edge-text.ts';
import { keepEdges } from './keep-edges.ts';
import type { EdgeJobInit } from './parallel.ts';

export function edgeJob(init: EdgeJobInit): {
  run(lo: number, hi: number): { bytes: Uint8Array; count: number };
  give(buffer: ArrayBuffer): void;
  endsAreEntities(): void;
  checkEnds(): boolean;
} {
  const store = new SqliteStore(init.file, { readonly: true, mustExist: true, scan: true });
  const f = init.filter;
  const written = new Set<string>();
  // First and last seen are read only when the filter has dates (nodeInScope looks at them only then).
  const scope = store.nodeScope(Boolean(f.since || f.until));
  for (const r of scope) if (nodeInScope(f, r)) written.add(r.id);
  // Every relation's ends written: when the export's thread says every end is an entity and all of them are in scope.
  let endsWritten = false;
  const opts: SummaryReadOptions = { sentence: true };
  if (f.since || f.until) opts.keepDate = (published) => inRange(published, f.since, f.until);
  let guess = 1 << 20; // bytes of the last range: the next one is given a quarter more to start with
  // Buffers the export's thread has written out and given back: reused, so that a range costs no new memory
  // (a fresh buffer per range makes V8 collect its whole heap every few ranges).
  const free: ArrayBuffer[] = [];
  let buf = Buffer.alloc(0);
  let used = 0;
  const put = (text: string, ascii?: boolean) => {
    // At most 3 bytes per UTF-16 code unit; one for ASCII (copied, not encoded).
    const most = ascii ? text.length : text.length * 3;
    if (used + most > buf.length) {
      const bigger = Buffer.allocUnsafeSlow(Math.max(2 * buf.length, used + most, guess));
      buf.copy(bigger, 0, 0, used);
      buf = bigger;
    }
    used += ascii ? buf.write(text, used, 'latin1') : buf.write(text, used);
  };
  /** The edges of relations [lo, hi] as graphology JSON lines, each `,\n{...}` (what ./records.ts `edgeBatches` gives ./json-stream.ts). */
  const jsonRange = (lo: number, hi: number): number => {
    let count = 0;
    const lines = new JsonEdgeRows(f, written, endsWritten);
    const line = (json: string) => put(`,\n${json}`);
    for (const rows of store.evidenceRangeRows(lo, hi)) count += lines.batch(rows, line);
    return count;
  };
  return {
    run(lo, hi) {
      const given = free.pop();
      buf = given && given.byteLength >= guess ? Buffer.from(given) : Buffer.allocUnsafeSlow(Math.ceil(guess * 1.25));
      used = 0;
      let count = 0;
      if (init.format === 'json') count = jsonRange(lo, hi);
      else
      for (const batch of store.relationSummaryRange(lo, hi, opts)) {
        const kept = keepEdges(batch, written, f, endsWritten);
        if (!kept) continue;
        batch.length = kept;
        count += kept;
        edgeText(init.format, batch, put);
      }
      guess = Math.max(1 << 16, used);
      const bytes = new Uint8Array(buf.buffer, buf.byteOffset, used);
      buf = Buffer.alloc(0); // the bytes go to the export's thread
      return { bytes, count };
    },
    give(buffer) {
      if (free.length < 4) free.push(buffer);
    },
    endsAreEntities() {
      endsWritten = written.size === scope.length;
    },
    /** Whether every relation's ends are entities, asked of the store (then as `endsAreEntities`, for this job too). */
    checkEnds() {
      const ends = store.relationEndsAreEntities();
      if (ends) endsWritten = written.size === scope.length;
      return ends;
    },
  };
}
