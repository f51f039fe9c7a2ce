/**
 * Described evidence ends ("three strikes", "we") survive the store: the
 * `described` marker written by extraction comes back from the store's
 * rows into the graph, on the end it names.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openNewsgraph, type Newsgraph } from '../../src/api.ts';
import { tempDir } from './helpers.ts';
import { storeLocation } from './backend.ts';

const TEXT =
  'Coalition military forces conducted 23 strikes against ISIL terrorists in Syria and Iraq.\n' +
  'Near Mosul, three strikes engaged three ISIL tactical units and destroyed two vehicles.';

let tmp: ReturnType<typeof tempDir> | undefined;
let ng: Newsgraph | undefined;
afterEach(() => {
  ng?.close();
  tmp?.cleanup();
});

describe('described evidence ends', () => {
  it('round-trips through the store and the graph', async () => {
    tmp = tempDir();
    ng = openNewsgraph({ db: storeLocation(tmp.dir, 'd.db') });
    await ng.ingest([{ id: 'strikes', title: 'Strikes', text: TEXT }]);
    const g = await ng.graph();
    const edge = g.edges().find((e) => g.getEdgeAttribute(e, 'type') === 'attacks' && g.source(e) === 'us-led-coalition')!;
    expect(edge).toBeDefined();
    const ev = g.getEdgeAttribute(edge, 'evidence').filter((e) => e.rule === 'attacks-strike-report');
    expect(ev.map((e) => [TEXT.slice(e.sourceMention.start, e.sourceMention.end), TEXT.slice(e.targetMention.start, e.targetMention.end), e.described])).toEqual([
      ['three strikes', 'three ISIL tactical units', ['source', 'target']],
      ['three strikes', 'two vehicles', ['source', 'target']],
    ]);
    const located = g.edges().find((e) => g.getEdgeAttribute(e, 'type') === 'located_in' && g.target(e) === 'mosul')!;
    const lev = g.getEdgeAttribute(located, 'evidence').filter((e) => e.rule === 'located-strike-report');
    expect(lev.length).toBeGreaterThan(0);
    for (const e of lev) expect(e.described).toEqual(['source']);
  });
});
