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

/** Set V8's interrupt budget for this process (once; later calls do nothing); the budget in force. */
export function tuneJit(budget: number = DEFAULTS.jitInterruptBudget): number {
  if (tuned === undefined) {
    if (!Number.isInteger(budget) || budget < 1_000) throw new RangeError(`tuneJit: the interrupt budget must be an integer of at least 1000, got ${budget}`);
    setFlagsFromString(`--interrupt-budget=${budget}`);
    tuned = budget;
  }
  return tuned;
}
