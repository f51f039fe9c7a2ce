/**
 * The JIT's tuning for a process that runs the extractor over many articles:
 * the CLI sets it for its own process before it loads a command, and worker
 * threads started after it share it (V8's flags are per process). The
 * extraction code is large and its hot functions see many shapes: with V8's
 * default interrupt budget they are optimised early on thin type feedback,
 * then deoptimised and optimised again, and that compiling is most of a
 * thread's first pass over a batch of articles. `DEFAULTS.jitInterruptBudget`
 * says what was measured.
 *
 * A library is a guest in its host's process, so `import('newsgraph')` does
 * not call this; a program that extracts in bulk may (`tuneJit()` from
 * 'newsgraph/extract'), as early as it can: functions compiled before keep
 * the budget they had.
 */
import { setFlagsFromString } from 'node:v8';
import { DEFAULTS } from '../config.ts';

let tuned: number | undefined;
let heapTuned = false;

/** Set V8's interrupt budget (and its regexes' compiling, below) for this process (once; later calls do nothing); the budget in force. */
export function tuneJit(budget: number = DEFAULTS.jitInterruptBudget): number {
  if (tuned === undefined) {
    if (!Number.isInteger(budget) || budget < 1_000) throw new RangeError(`tuneJit: the interrupt budget must be an integer of at least 1000, got ${budget}`);
    setFlagsFromString(`--interrupt-budget=${budget}`);
    // (regexes compiled to machine code at their first run, not interpreted first: the extractor's many large
    // case-insensitive Unicode regexes, tiered up from V8's regexp interpreter, ran several times slower on the
    // articles' two-byte text, ~8 us a test of EVENT_PLACE_BEFORE in events/actors.ts against ~1.3 us)
    setFlagsFromString('--no-regexp-tier-up');
    tuned = budget;
  }
  return tuned;
}

/**
 * V8's heap tuned for an ingest with worker threads (the CLI's entry calls it
 * for `ingest` and the ingest bench before any article is read; a library
 * caller may, as early as it can). Process-wide and set once:
 *
 * - the young generation of the threads without a cap of their own (the main
 *   thread, which reads and writes the store) stays at the size it has: V8
 *   would double it as decoded extractions survive, up to 32 MB resident; the
 *   extraction workers' is set by their resource limits
 *   (DEFAULTS.workerYoungMb), which this does not change;
 * - after a full collection an old generation may grow by
 *   DEFAULTS.ingestHeapGrowingPercent of what it keeps alive before the next
 *   one, instead of V8's factor (up to 1.3 for a worker's 256 MB cap, up to
 *   4 for the main thread's heap, whose garbage otherwise piles up to several
 *   times the ~8 MB it keeps).
 */
export function tuneIngestHeap(growingPercent: number = DEFAULTS.ingestHeapGrowingPercent): void {
  if (heapTuned) return;
  if (!Number.isInteger(growingPercent) || growingPercent < 1) throw new RangeError(`tuneIngestHeap: the growing percent must be a positive integer, got ${growingPercent}`);
  setFlagsFromString('--semi-space-growth-factor=1');
  setFlagsFromString(`--heap-growing-percent=${growingPercent}`);
  heapTuned = true;
}
