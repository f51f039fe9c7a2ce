/**
 * tuneJit (src/util/jit.ts): the CLI's JIT tuning is set once per process,
 * refuses a budget that is no budget, and the CLI's entry calls it before it
 * loads a command (but not for `--help`, which loads nothing).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULTS } from '../../src/config.ts';
import { tuneIngestHeap, tuneJit } from '../../src/util/jit.ts';

describe('tuneJit', () => {
  it.each([[0], [-5], [999], [1.5], [Number.NaN]])('refuses the budget %s before setting anything', (budget) => {
    expect(() => tuneJit(budget)).toThrow(RangeError);
  });

  it('sets the default budget once; later calls keep it', () => {
    expect(tuneJit()).toBe(DEFAULTS.jitInterruptBudget);
    expect(tuneJit(5_000)).toBe(DEFAULTS.jitInterruptBudget);
  });

  it('the CLI entry tunes before it imports the dispatcher, after the --help shortcut', () => {
    const bin = readFileSync(new URL('../../src/cli/bin.ts', import.meta.url), 'utf8');
    const tune = bin.indexOf('tuneJit()');
    expect(tune).toBeGreaterThan(bin.indexOf('builtHelp() : undefined'));
    expect(tune).toBeLessThan(bin.indexOf("await import('./main.ts')"));
  });
});

describe('tuneIngestHeap', () => {
  it.each([[0], [-5], [1.5], [Number.NaN]])('refuses the growing percent %s before setting anything', (p) => {
    expect(() => tuneIngestHeap(p)).toThrow(RangeError);
  });

  it('the CLI entry tunes the heap for ingest only, after the JIT and before the dispatcher', () => {
    const bin = readFileSync(new URL('../../src/cli/bin.ts', import.meta.url), 'utf8');
    const heap = bin.indexOf("if (argv[0] === 'ingest') jit.tuneIngestHeap()");
    expect(heap).toBeGreaterThan(bin.indexOf('jit.tuneJit()'));
    expect(heap).toBeLessThan(bin.indexOf("await import('./main.ts')"));
  });
});
