/**
 * Streamed exports from a store (`ng.exportGraph`, src/export/records.ts):
 * written row by row from the store's iterators, they hold exactly the graph
 * `ng.graph()` builds under the same filters (kinds, types, confidence,
 * dates, ego), with the same weights and confidences; positions come from
 * the layout cache, a ForceAtlas2 run or nowhere, as `--layout` says.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Graph from 'graphology';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportOptions, Newsgraph } from '../../src/api.ts';
import { layoutCachePath } from '../../src/layout/cache.ts';
import type { NewsGraph } from '../../src/types.ts';
import { storeWith, tempDir } from '../store/helpers.ts';
import { syntheticArticles } from '../store/synthetic.ts';

let ng: Newsgraph;
let dir: string;
let cleanup: () => void;

beforeAll(async () => {
  ({ dir, cleanup } = tempDir('ng-stream-store-'));
  ng = await storeWith(dir, 'news.db', syntheticArticles(80));
});
afterAll(async () => {
  await ng.close();
  cleanup();
});

let n = 0;
async function exported(options: ExportOptions = {}): Promise<{ graph: NewsGraph; text: string; layout: string; notes: string[] }> {
  const out = path.join(dir, `export-${n++}.json`);
  const notes: string[] = [];
  const summary = await ng.exportGraph('json', { path: out }, { layout: 'none', ...options, onNote: (l) => notes.push(l) });
  const text = readFileSync(out, 'utf8');
  const graph = Graph.from(JSON.parse(text) as never) as unknown as NewsGraph;
  expect(summary.nodes).toBe(graph.order);
  expect(summary.edges).toBe(graph.size);
  return { graph, text, layout: summary.layout, notes };
}

const nodesOf = (g: NewsGraph) => g.nodes().sort().map((id) => [id, g.getNodeAttribute(id, 'mentions'), g.getNodeAttribute(id, 'firstSeen')]);
const edgesOf = (g: NewsGraph) =>
  g
    .edges()
    .sort()
    .map((k) => {
      const a = g.getEdgeAttributes(k);
      return [k, a.weight, a.confidence, a.firstSeen, a.lastSeen, a.evidence.length];
    });

describe('the streamed export holds the graph ng.graph() builds', () => {
  it.each<[string, ExportOptions]>([
    ['everything', {}],
    ['kinds', { kinds: 'actor' }],
    ['types', { types: 'attacks,captures' }],
    ['confidence', { minConfidence: '0.8' }],
    ['dates', { since: '2024-03-01', until: '2024-06-30' }],
    ['ego', { ego: { id: 'isis', depth: 1 } }],
    ['ego and types', { ego: { id: 'SDF', depth: 2 }, types: 'attacks' }],
  ])('%s', async (_name, options) => {
    const { layout: _l, onNote: _o, seed: _s, ...filter } = options;
    const built = await ng.graph(filter);
    const { graph } = await exported(options);
    expect(graph.order).toBeGreaterThan(0);
    expect(nodesOf(graph)).toEqual(nodesOf(built));
    expect(edgesOf(graph)).toEqual(edgesOf(built));
  });

  it('a date filter recombines weights from the evidence in range', async () => {
    const all = await exported();
    const some = await exported({ since: '2024-03-01', until: '2024-04-30' });
    const key = some.graph.edges().find((k) => some.graph.getEdgeAttribute(k, 'weight') < all.graph.getEdgeAttribute(k, 'weight'));
    expect(key).toBeDefined();
    for (const e of some.graph.getEdgeAttribute(key!, 'evidence')) expect(e.published! >= '2024-03-01' && e.published! <= '2024-04-30').toBe(true);
  });

  it('rejects a bad filter by name before writing anything', async () => {
    await expect(ng.exportGraph('gexf', { path: path.join(dir, 'bad.gexf') }, { minConfidence: 'high' })).rejects.toThrow(/min.?confidence/i);
    expect(existsSync(path.join(dir, 'bad.gexf'))).toBe(false);
  });
});

describe('--layout', () => {
  it('none writes no positions; fa2 lays the graph out and saves the cache; cached reuses it', async () => {
    const none = await exported({ layout: 'none' });
    expect(none.layout).toBe('none');
    expect(none.graph.getNodeAttribute('isis', 'x')).toBeUndefined();
    expect(none.graph.getNodeAttribute('isis', 'size')).toBeGreaterThan(0);

    const fa2 = await exported({ layout: 'fa2' });
    expect(fa2.layout).toBe('fa2');
    expect(typeof fa2.graph.getNodeAttribute('isis', 'x')).toBe('number');
    expect(existsSync(layoutCachePath(ng.dbPath))).toBe(true);

    const cached = await exported({ layout: 'cached' });
    expect(cached.layout).toBe('cached');
    for (const id of fa2.graph.nodes()) {
      expect(cached.graph.getNodeAttribute(id, 'x')).toBe(fa2.graph.getNodeAttribute(id, 'x'));
      expect(cached.graph.getNodeAttribute(id, 'y')).toBe(fa2.graph.getNodeAttribute(id, 'y'));
    }
  });

  it('a cache made before the store changed is not used', async () => {
    await exported({ layout: 'fa2' });
    await ng.ingest(syntheticArticles(90).slice(80), { analyze: (await import('../store/fixture-analyze.ts')).fixtureAnalyze });
    const stale = await exported({ layout: 'cached' });
    expect(stale.layout).toBe('none');
    expect(stale.notes.join('\n')).toMatch(/no cached layout/);
    expect(stale.graph.getNodeAttribute('isis', 'x')).toBeUndefined();
  });
});

describe('formats from the store', () => {
  it('writes every format to files; CSV into a folder of two files', async () => {
    for (const format of ['gexf', 'graphml', 'neo4j-csv', 'gephi-csv'] as const) {
      const out = path.join(dir, `all-${format}`);
      const s = await ng.exportGraph(format, { path: out }, { layout: 'none' });
      expect(s.files.length).toBe(format.endsWith('csv') ? 2 : 1);
      for (const f of s.files) expect(readFileSync(f, 'utf8').length).toBeGreaterThan(100);
    }
    const gexf = readFileSync(path.join(dir, 'all-gexf'), 'utf8');
    expect(gexf).toContain('mode="dynamic"');
    expect(gexf).toMatch(/<spell start="2024-\d\d-\d\d" end="2024-\d\d-\d\d"\/>/);
  });

  it('refuses a CSV format without a folder to write into', async () => {
    await expect(ng.exportGraph('neo4j-csv', { stream: process.stdout }, {})).rejects.toThrow(/folder/);
  });
});
