/**
 * The `npm run bench` dispatcher: names are checked, bad ones exit 2.
 * (The benchmarks themselves are their owners' modules and are not run here.)
 */
import { describe, expect, it, vi } from 'vitest';
import { BENCHES, main } from '../../scripts/bench/main.ts';

describe('bench dispatcher', () => {
  it('knows the benchmarks and their entry functions', () => {
    expect(Object.entries(BENCHES).map(([k, v]) => [k, v.fn])).toEqual([
      ['extract', 'benchExtract'],
      ['store', 'benchStore'],
      ['view', 'benchView'],
      ['tagger', 'benchTagger'],
      ['clauses', 'benchClauses'],
      ['scaling', 'benchScaling'],
      ['startup', 'benchStartup'],
      ['export', 'benchExport'],
      ['ingest', 'benchIngest'],
    ]);
  });

  it.each([[['nope']], [['extract', 'bogus']]])('rejects %j with exit code 2 and names the choices', async (argv) => {
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(await main(argv)).toBe(2);
      expect(String(err.mock.calls[0]?.[0])).toMatch(/UsageError: unknown benchmark .*extract, store, view, tagger, clauses, scaling, startup, export, ingest/);
    } finally {
      err.mockRestore();
    }
  });
});
