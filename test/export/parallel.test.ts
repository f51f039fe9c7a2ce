/**
 * Edges written by worker threads (src/export/parallel.ts): the relations
 * of a SQLite store file split into ranges of ids, each range written by a
 * worker, the texts put back in order. The output must be byte for byte
 * what the export's own thread writes, in every one-line-per-edge format (and
 * graphology JSON, whose workers fold every piece of evidence) and
 * under every filter; the edge count too. Small ranges (a few ids) so that
 * a small store makes many ranges, some of them empty.
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNewsgraph, type Newsgraph } from '../../src/api.ts';
import { writeCsv } from '../../src/export/csv.ts';
import { writeGexfStream } from '../../src/export/gexf-stream.ts';
import { writeGraphml } from '../../src/export/graphml.ts';
import { writeJsonStream } from '../../src/export/json-stream.ts';
import { idRanges } from '../../src/export/parallel.ts';
import { storeRecords, type GraphRecords, type RecordOptions } from '../../src/export/records.ts';
import { stringSink } from '../../src/export/sink.ts';
import type { BuildOptions } from '../../src/graph/build.ts';
import { parallelSource } from '../../src/store/index.ts';
import { SqliteStore } from '../../src/store/sqlite/store.ts';
import { fixtureAnalyze } from '../store/fixture-analyze.ts';
import { tempDir } from '../store/helpers.ts';
import { syntheticArticles } from '../store/synthetic.ts';

let ng: Newsgraph;
let store: SqliteStore;
let file: string;
let cleanup: () => void;

beforeAll(async () => {
  let dir: string;
  ({ dir, cleanup } = tempDir('ng-parallel-'));
  file = path.join(dir, 'news.db');
  ng = openNewsgraph({ db: file });
  await ng.ingest(syntheticArticles(80), { analyze: fixtureAnalyze });
  store = new SqliteStore(file, { readonly: true, mustExist: true });
});
afterAll(async () => {
  await store.close();
  await ng.close();
  cleanup();
});

type Write = (records: GraphRecords) => Promise<string>;
const one = (write: (r: GraphRecords, s: ReturnType<typeof stringSink>) => Promise<void>): Write => async (records) => {
  const sink = stringSink();
  await write(records, sink);
  return sink.text();
};
const csv = (flavour: 'neo4j' | 'gephi'): Write => async (records) => {
  const nodes = stringSink();
  const edges = stringSink();
  await writeCsv(records, flavour, { nodes, edges });
  return `${nodes.text()}\n----\n${edges.text()}`;
};
const FORMATS: Array<[string, Write]> = [
  ['gexf', one(writeGexfStream)],
  ['graphml', one(writeGraphml)],
  ['neo4j-csv', csv('neo4j')],
  ['gephi-csv', csv('gephi')],
  ['json', one(writeJsonStream)],
];

async function both(write: Write, filter: BuildOptions, rangeSize: number, s: SqliteStore = store): Promise<{ serial: string; parallel: string; counts: [number, number]; used: boolean }> {
  const serialRecords = await storeRecords(s, filter, {});
  const serial = await write(serialRecords);
  const source = parallelSource(s)!;
  const opts: RecordOptions = { parallel: { ...source, workers: 2, minRelations: 0, rangeSize } };
  const records = await storeRecords(s, filter, opts);
  let used = false;
  const spy: GraphRecords = {
    ...records,
    counts: records.counts,
    renderEdges: (format) => {
      const r = records.renderEdges!(format);
      used = r !== undefined;
      return r;
    },
  };
  const parallel = await write(spy);
  expect(records.counts).toEqual(serialRecords.counts);
  return { serial, parallel, counts: [records.counts.nodes, records.counts.edges], used };
}

describe('edges written by worker threads are the bytes one thread writes', () => {
  it('splits the relation ids into ranges that cover them once', () => {
    expect(idRanges({ min: 3, max: 12 }, 4)).toEqual([
      [3, 6],
      [7, 10],
      [11, 12],
    ]);
    expect(idRanges({ min: 5, max: 5 }, 100)).toEqual([[5, 5]]);
  });

  it.each(FORMATS)('%s, whole store', async (_name, write) => {
    const { serial, parallel, counts, used } = await both(write, {}, 5);
    expect(used).toBe(true);
    expect(counts[1]).toBeGreaterThan(20);
    expect(parallel).toBe(serial);
  });

  it.each<[string, BuildOptions]>([
    ['kinds', { kinds: 'actor' } as BuildOptions],
    ['types', { types: 'attacks,captures' } as BuildOptions],
    ['confidence', { minConfidence: '0.8' } as BuildOptions],
    ['dates', { since: '2024-03-01', until: '2024-06-30' } as BuildOptions],
  ])('gexf, gephi-csv and json under a filter: %s', async (_name, filter) => {
    for (const [, write] of [FORMATS[0]!, FORMATS[3]!, FORMATS[4]!]) {
      const { serial, parallel, used } = await both(write, filter, 3);
      expect(used).toBe(true);
      expect(parallel).toBe(serial);
    }
  });

  it("the workers' node scope without dates has every entity's id and kind, and no dates", () => {
    const withDates = store.nodeScope(true);
    const without = store.nodeScope(false);
    expect(withDates.some((r) => r.firstSeen)).toBe(true);
    expect(without.some((r) => 'firstSeen' in r || 'lastSeen' in r)).toBe(false);
    const byId = (rows: Array<{ id: string; kind: string }>) => rows.map((r) => `${r.id} ${r.kind}`).sort();
    expect(byId(without)).toEqual(byId(withDates));
    expect(without.length).toBeGreaterThan(5);
  });

  it('a relation whose end is no entity is left out by the workers too (their ends looked up then)', async () => {
    expect(store.relationEndsAreEntities()).toBe(true);
    const copy = path.join(path.dirname(file), 'dangling.db');
    store.db.exec(`VACUUM INTO '${copy}'`);
    const db = new Database(copy);
    const r = db.prepare('SELECT source, type, target, id FROM relations ORDER BY id LIMIT 1').get() as { source: string; type: string; target: string; id: number };
    const id = (db.prepare('SELECT max(id) AS m FROM relations').get() as { m: number }).m + 1;
    db.prepare('INSERT INTO relations (source, type, target, id, weight, confidence) VALUES (?, ?, ?, ?, 1, 0.9)').run('nobody-here', r.type, r.target, id);
    db.prepare(
      `INSERT INTO evidence (relation_id, article_id, sentence, start, end, source_start, source_end, target_start, target_end, rule, confidence, hedged, negated, published)
        SELECT ?, article_id, sentence, start, end, source_start, source_end, target_start, target_end, rule, confidence, hedged, negated, published FROM evidence WHERE relation_id = ? LIMIT 1`,
    ).run(id, r.id);
    db.close();
    const dangling = new SqliteStore(copy, { readonly: true, mustExist: true });
    try {
      expect(dangling.relationEndsAreEntities()).toBe(false);
      for (const [, write] of [FORMATS[0]!, FORMATS[4]!]) {
        const { serial, parallel, used } = await both(write, {}, 4, dangling);
        expect(used).toBe(true);
        expect(parallel).toBe(serial);
        expect(serial).not.toContain('nobody-here');
      }
    } finally {
      await dangling.close();
    }
  });

  // A dangling end that sorts first, last or in between, as a source or as a target: each is found (false), and a
  // relation whose ends are entities is no false positive (true).
  it.each([
    ['source', '!first'],
    ['source', 'zzzz-last'],
    ['source', 'e-between'],
    ['target', '!first'],
    ['target', 'zzzz-last'],
    ['target', 'e-between'],
    ['none', ''],
  ] as const)('relationEndsAreEntities finds a dangling %s %s', (end, id) => {
    const copy = path.join(path.dirname(file), `ends-${end}-${id.replace(/\W/g, '')}.db`);
    store.db.exec(`VACUUM INTO '${copy}'`);
    const db = new Database(copy);
    const r = db.prepare('SELECT source, type, target FROM relations ORDER BY id LIMIT 1').get() as { source: string; type: string; target: string };
    const next = (db.prepare('SELECT max(id) AS m FROM relations').get() as { m: number }).m + 1;
    const other = (db.prepare('SELECT id FROM entities WHERE id NOT IN (?, ?) ORDER BY id LIMIT 1').get(r.source, r.target) as { id: string }).id;
    const [source, target] = end === 'source' ? [id, r.target] : end === 'target' ? [r.source, id] : [other, r.target];
    db.prepare('INSERT OR IGNORE INTO relations (source, type, target, id, weight, confidence) VALUES (?, ?, ?, ?, 1, 0.9)').run(source, r.type, target, next);
    db.close();
    const s = new SqliteStore(copy, { readonly: true, mustExist: true });
    try {
      expect(s.relationEndsAreEntities()).toBe(end === 'none');
    } finally {
      void s.close();
    }
  });

  it('one range holding every relation gives the same bytes', async () => {
    const { serial, parallel } = await both(FORMATS[0]![1], {}, 1_000_000);
    expect(parallel).toBe(serial);
  });

  it('an ego graph, or a store below the threshold, is written by the export thread itself', async () => {
    const source = parallelSource(store)!;
    const ego = await storeRecords(store, { ego: { id: 'isis', depth: 1 } }, { parallel: { ...source, workers: 2, minRelations: 0 } });
    expect(ego.renderEdges!('gexf')).toBeUndefined();
    const small = await storeRecords(store, {}, { parallel: { ...source, workers: 2 } });
    expect(small.renderEdges!('gexf')).toBeUndefined();
  });

  it('a store that cannot be opened fails the export with its named error', async () => {
    const records = await storeRecords(store, {}, { parallel: { file: `${file}.missing`, span: { min: 1, max: 10 }, workers: 2, minRelations: 0, rangeSize: 4 } });
    await expect(one(writeGexfStream)(records)).rejects.toThrow(/no store at .*missing/);
  });
});
