/**
 * The queries (src/graph/query.ts) on a small fixture store: tables of
 * [input, expected], and the errors bad input gets.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Newsgraph } from '../../src/api.ts';
import type { EntityRow } from '../../src/store/index.ts';
import { ARTICLES } from '../store/fixture-analyze.ts';
import { GraphQueries } from '../../src/graph/query.ts';
import { ON_PG } from '../store/backend.ts';
import { storeWith, tempDir } from '../store/helpers.ts';

let tmp: ReturnType<typeof tempDir>;
let ng: Newsgraph;
beforeAll(async () => {
  tmp = tempDir('newsgraph-query-');
  ng = await storeWith(tmp.dir, 'q.db', ARTICLES);
});
afterAll(() => {
  ng.close();
  tmp.cleanup();
});

type NOpts = Parameters<Newsgraph['neighbors']>[1];

describe('neighbors', () => {
  const cases: Array<[string, NOpts, Array<[string, number, string[]]>]> = [
    ['isis', {}, [
      ['al-hol-camp', 1, ['isis|recruits|al-hol-camp']],
      ['iraq', 1, ['isis|attacks|iraq']],
      ['sdf', 1, ['sdf|captures|isis']],
      ['syria', 1, ['isis|attacks|syria']],
    ]],
    ['ISIS', { direction: 'out' }, [
      ['al-hol-camp', 1, ['isis|recruits|al-hol-camp']],
      ['iraq', 1, ['isis|attacks|iraq']],
      ['syria', 1, ['isis|attacks|syria']],
    ]],
    ['islamic state', { direction: 'in' }, [['sdf', 1, ['sdf|captures|isis']]]],
    ['isis', { types: ['attacks'] }, [
      ['iraq', 1, ['isis|attacks|iraq']],
      ['syria', 1, ['isis|attacks|syria']],
    ]],
    ['isis', { types: 'attacks,captures', kinds: 'force' }, [['sdf', 1, ['sdf|captures|isis']]]],
    ['isis', { minConfidence: 0.7 }, [
      ['iraq', 1, ['isis|attacks|iraq']],
      ['sdf', 1, ['sdf|captures|isis']],
      ['syria', 1, ['isis|attacks|syria']],
    ]],
    ['isis', { since: '2024-08-01' }, [
      ['al-hol-camp', 1, ['isis|recruits|al-hol-camp']],
      ['iraq', 1, ['isis|attacks|iraq']],
    ]],
    ['isis', { limit: 2 }, [
      ['al-hol-camp', 1, ['isis|recruits|al-hol-camp']],
      ['iraq', 1, ['isis|attacks|iraq']],
    ]],
    // allied_with is symmetric: it counts as in and out.
    ['united-states', { direction: 'in' }, [
      ['sdf', 1, ['sdf|allied_with|united-states']],
      ['tasnim-news', 1, ['tasnim-news|reports|united-states']],
    ]],
    ['united-states', { direction: 'out' }, [['sdf', 1, ['sdf|allied_with|united-states']]]],
    ['rohilat-afrin', { depth: 2 }, [
      ['sdf', 1, ['rohilat-afrin|leads|sdf']],
      ['isis', 2, ['sdf|captures|isis']],
      ['syria', 2, ['sdf|located_in|syria']],
      ['united-states', 2, ['sdf|allied_with|united-states']],
    ]],
    ['rohilat-afrin', { depth: 2, direction: 'out' }, [
      ['sdf', 1, ['rohilat-afrin|leads|sdf']],
      ['isis', 2, ['sdf|captures|isis']],
      ['syria', 2, ['sdf|located_in|syria']],
      ['united-states', 2, ['sdf|allied_with|united-states']],
    ]],
    ['wall-street-journal', {}, []],
  ];
  it.each(cases)('%s %j', async (name, options, expected) => {
    const r = await ng.neighbors(name, options);
    expect(r.neighbors.map((n) => [n.id, n.depth, n.edges.map((e) => e.id)])).toEqual(expected);
    for (const n of r.neighbors) expect(n.evidenceCount).toBe(n.edges.reduce((s, e) => s + e.weight, 0));
  });

  // Filters and a limit under the neighbour count: the rows entityAround prefetched (the heaviest neighbours) are not those shown.
  const prefetch: Array<[string, NOpts]> = [
    ['isis', {}],
    ['isis', { limit: 1, types: ['captures'] }],
    ['isis', { limit: 1, kinds: 'force' }],
    ['isis', { limit: 2, minConfidence: 0.7, direction: 'out' }],
    ['sdf', { limit: 2, depth: 2 }],
    ['Islamic State', { limit: 1 }],
  ];
  it.each(prefetch)('answers %s %j the same whether the neighbours came with entityAround or were asked for', async (name, options) => {
    const store = ng.store;
    const asked = new GraphQueries(
      new Proxy(store, {
        get(target, key) {
          if (key === 'entityAround') {
            return async (id: string, n: number) => {
              const a = await target.entityAround(id, n);
              return a && { ...a, neighbours: [] };
            };
          }
          const v = Reflect.get(target, key) as unknown;
          return typeof v === 'function' ? v.bind(target) : v;
        },
      }),
    );
    expect(await ng.neighbors(name, options)).toEqual(await asked.neighbors(name, options));
  });

  it('entityAround gives what entity, adjacency and entities give', async () => {
    const s = ng.store;
    const around = (await s.entityAround('isis', 2))!;
    expect(around.entity).toEqual(await s.entity('isis'));
    expect(around.adjacent).toEqual((await s.adjacency(['isis'])).get('isis'));
    const byId = (rows: EntityRow[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(byId(around.neighbours)).toEqual(byId(await s.entities(around.neighbours.map((r) => r.id))));
    // PostgreSQL sends the heaviest neighbours' rows in the same round trip; SQLite's cached entities() needs none.
    expect(around.neighbours.map((r) => r.id)).toEqual(ON_PG ? ['al-hol-camp', 'iraq'] : []);
    expect(await s.entityAround('nobody', 2)).toBeUndefined();
  });

  it('reports the total and whether the list was cut', async () => {
    const r = await ng.neighbors('isis', { limit: 2 });
    expect([r.node.id, r.total, r.truncated, r.neighbors.length]).toEqual(['isis', 4, true, 2]);
  });

  const bad: Array<[string, string, NOpts, string]> = [
    ['an unknown node', 'nobody', {}, 'NotFoundError'],
    ['an empty name', ' ', {}, 'UsageError'],
    ['an unknown type', 'isis', { types: 'bombs' }, 'UsageError'],
    ['an unknown kind', 'isis', { kinds: 'person' }, 'UsageError'],
    ['a bad direction', 'isis', { direction: 'up' }, 'UsageError'],
    ['depth 0', 'isis', { depth: 0 }, 'UsageError'],
    ['depth beyond the cap', 'isis', { depth: 4 }, 'UsageError'],
    ['a fractional depth', 'isis', { depth: '1.5' }, 'UsageError'],
    ['limit beyond the cap', 'isis', { limit: 501 }, 'UsageError'],
    ['a bad minConfidence', 'isis', { minConfidence: 'high' }, 'UsageError'],
    ['a bad date', 'isis', { until: '2024/01/01' }, 'UsageError'],
  ];
  it.each(bad)('rejects %s', async (_, name, options, error) => {
    await expect(ng.neighbors(name, options)).rejects.toMatchObject({ name: error });
  });
});

describe('node', () => {
  it('gives attributes, aliases, dates, edges with evidence and quotes', async () => {
    const n = await ng.node('ISIS');
    expect([n.id, n.label, n.kind, n.type, n.mentions, n.articles, n.firstSeen, n.lastSeen, n.aliases]).toEqual([
      'isis', 'Islamic State', 'actor', 'armed_group', 4, 2, '2024-06-01', '2024-08-20', ['ISIS'],
    ]);
    expect(n.edges.map((e) => [e.id, e.evidence.map((ev) => ev.sentence)])).toEqual([
      ['isis|attacks|iraq', ['ISIS attacks Iraq.']],
      ['isis|attacks|syria', ['ISIS attacks Syria.']],
      ['isis|recruits|al-hol-camp', ['Islamic State recruits al-Hol camp residents.']],
      ['sdf|captures|isis', ['The Syrian Democratic Forces captured ISIS fighters near Iraq.']],
    ]);
    const afrin = await ng.node('rohilat-afrin');
    expect(afrin.quotes.map((q) => [q.text, q.addressee, q.articleId])).toEqual([['We defeated them', 'wall-street-journal', 'a2']]);
  });

  it('throws NotFoundError for an unknown node', async () => {
    await expect(ng.node('nobody')).rejects.toMatchObject({ name: 'NotFoundError' });
  });
});

describe('search', () => {
  const cases: Array<[string, Array<[string, string]>]> = [
    ['isis', [['isis', 'ISIS']]],
    ['ISIS', [['isis', 'ISIS']]],
    ['islamic', [['isis', 'Islamic State']]],
    ['the islamic st', [['isis', 'Islamic State']]],
    ['sy', [['syria', 'Syria'], ['sdf', 'Syrian Democratic Forces']]],
    ['has', [['hasakah', 'Ḥasakah']]],
    ['ḤASAK', [['hasakah', 'Ḥasakah']]],
    ['democratic', [['sdf', 'Syrian Democratic Forces']]],
    ['al hol', [['al-hol-camp', 'al-Hol camp']]],
    ['state', [['isis', 'Islamic State'], ['united-states', 'United States']]],
    ['zzz', []],
  ];
  it.each(cases)('%s', async (q, expected) => {
    expect((await ng.search(q)).hits.map((h) => [h.id, h.matched])).toEqual(expected);
  });

  it('ranks an exact match first', async () => {
    expect((await ng.search('sdf')).hits.map((h) => [h.id, h.rank])).toEqual([['sdf', 0]]);
  });

  it('rejects a query without letters', async () => {
    await expect(ng.search('--')).rejects.toMatchObject({ name: 'UsageError' });
  });
});

describe('path', () => {
  const cases: Array<[string, string, Parameters<Newsgraph['path']>[2], string[] | null]> = [
    ['rohilat-afrin', 'isis', {}, ['rohilat-afrin', 'sdf', 'isis']],
    ['Rohilat Afrin', 'Iraq', {}, ['rohilat-afrin', 'sdf', 'isis', 'iraq']],
    ['rohilat-afrin', 'iraq', { maxDepth: 2 }, null],
    // Two shortest paths (via isis or via syria): either is right.
    ['tasnim-news', 'al-hol-camp', {}, ['tasnim-news', 'united-states', 'sdf', '*', 'al-hol-camp']],
    ['damascus', 'isis', {}, null],
    ['isis', 'isis', {}, ['isis']],
    ['rohilat-afrin', 'isis', { types: 'leads,located_in,attacks' }, ['rohilat-afrin', 'sdf', 'syria', 'isis']],
  ];
  it.each(cases)('%s -> %s %j', async (a, b, options, expected) => {
    const r = await ng.path(a, b, options);
    expect(r.found).toBe(expected !== null);
    expect(r.nodes.map((n, i) => (expected?.[i] === '*' ? '*' : n.id))).toEqual(expected ?? []);
    expect(r.edges.length).toBe(expected ? expected.length - 1 : 0);
    // Consecutive nodes are joined by the listed edge, in either direction.
    r.edges.forEach((e, i) => {
      expect([e.source, e.target].sort()).toEqual([r.nodes[i]!.id, r.nodes[i + 1]!.id].sort());
    });
  });

  it('rejects a depth beyond the cap and unknown nodes', async () => {
    await expect(ng.path('isis', 'sdf', { maxDepth: 99 })).rejects.toMatchObject({ name: 'UsageError' });
    await expect(ng.path('isis', 'nobody')).rejects.toMatchObject({ name: 'NotFoundError' });
  });
});

describe('timeline, egoGraph, stats', () => {
  it('lists dated evidence oldest first and counts the undated', async () => {
    const t = await ng.timeline('isis');
    expect(t.entries.map((e) => [e.date, e.edge])).toEqual([
      ['2024-06-01', 'isis|attacks|syria'],
      ['2024-06-01', 'sdf|captures|isis'],
      ['2024-08-20', 'isis|recruits|al-hol-camp'],
      ['2024-08-20', 'isis|attacks|iraq'],
    ]);
    expect(await ng.timeline('damascus')).toMatchObject({ entries: [], undated: 1 });
  });

  it('egoGraph is the ego network as a NewsGraph', async () => {
    const g = await ng.egoGraph('sdf', 1);
    expect(g.nodes().sort()).toEqual(['isis', 'rohilat-afrin', 'sdf', 'syria', 'united-states']);
    expect(g.getNodeAttribute('rohilat-afrin', 'quotes')?.length).toBe(1);
  });

  it('stats counts the store', async () => {
    const s = await ng.stats();
    expect([s.articles, s.entities, s.relations, s.evidence, s.quotes]).toEqual([4, 12, 11, 11, 1]);
    expect(s.byKind).toEqual({ actor: 5, camp: 1, force: 1, place: 5 });
    expect([s.firstPublished, s.lastPublished, s.topNodes[0]!.id]).toEqual(['2024-06-01', '2024-08-20', 'isis']);
  });
});
