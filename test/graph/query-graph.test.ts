/**
 * The in-memory queries (src/graph/query-graph.ts) give exactly the store's
 * SQL answers on the same data; and with a curation file the API answers
 * from the curated graph (merges, renames, rejects show everywhere).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { GraphQueries } from '../../src/graph/query.ts';
import { graphNeighbors, graphNode, graphPath, graphSearch, graphTimeline } from '../../src/graph/query-graph.ts';
import { curationPath, type Newsgraph } from '../../src/api.ts';
import type { NewsGraph } from '../../src/types.ts';
import { ARTICLES } from '../store/fixture-analyze.ts';
import { syntheticArticles } from '../store/synthetic.ts';
import { storeWith, tempDir } from '../store/helpers.ts';
import { startServer } from '../../src/server/server.ts';
import { runCli } from '../server/cli-helper.ts';

let tmp: ReturnType<typeof tempDir>;
let ng: Newsgraph;
let sql: GraphQueries;
let graph: NewsGraph;
beforeAll(async () => {
  tmp = tempDir('newsgraph-qg-');
  ng = await storeWith(tmp.dir, 'g.db', [...ARTICLES, ...syntheticArticles(40)]);
  sql = new GraphQueries(ng.store.db);
  graph = ng.graph();
});
afterAll(() => {
  ng.close();
  tmp.cleanup();
});

const same = (a: unknown, b: unknown) => expect(JSON.parse(JSON.stringify(a))).toEqual(JSON.parse(JSON.stringify(b)));

describe('graph queries equal the SQL queries', () => {
  const neighborCases: Array<[string, Parameters<GraphQueries['neighbors']>[1]]> = [
    ['isis', {}],
    ['ISIS', { depth: 2 }],
    ['sdf', { depth: 3, limit: 7 }],
    ['syria', { direction: 'in' }],
    ['united-states', { direction: 'out', depth: 2 }],
    ['isis', { types: 'attacks,captures', since: '2024-03-01', until: '2024-09-30' }],
    ['isis', { kinds: 'place', minConfidence: 0.6 }],
    ['Islamic State', { depth: 2, kinds: 'actor,force' }],
  ];
  it.each(neighborCases)('neighbors %s %j', (q, o) => same(graphNeighbors(graph, q, o), sql.neighbors(q, o)));

  it.each(['isis', 'sdf', 'rohilat-afrin', 'damascus', 'Ḥasakah'])('node %s', (q) => same(graphNode(graph, q), sql.node(q)));

  it.each(['is', 'sy', 'state', 'al', 'ḥa', 'hayat tahrir', 'united', 'zz'])('search %s', (q) => same(graphSearch(graph, q), sql.search(q)));

  const paths: Array<[string, string]> = [
    ['rohilat-afrin', 'isis'],
    ['rohilat-afrin', 'rohilat-afrin'],
    ['damascus', 'wall-street-journal'],
  ];
  it.each(paths)('path %s -> %s', (a, b) => same(graphPath(graph, a, b), sql.path(a, b)));

  it.each(['isis', 'syria', 'damascus'])('timeline %s', (q) => same(graphTimeline(graph, q), sql.timeline(q)));

  it.each([
    ['nobody', 'NotFoundError'],
    ['', 'UsageError'],
  ])('fails the same way for %j', (q, name) => {
    expect(() => graphNeighbors(graph, q)).toThrow(expect.objectContaining({ name }));
    expect(() => sql.neighbors(q)).toThrow(expect.objectContaining({ name }));
  });
});

describe('with a curation file', () => {
  it('every interface answers from the curated graph', async () => {
    const c = await storeWith(tmp.dir, 'curated.db', ARTICLES);
    try {
      writeFileSync(
        curationPath(c.dbPath),
        JSON.stringify({
          version: 1,
          merge: [{ from: 'hayat-tahrir-al-sham', into: 'isis' }],
          rename: [{ node: 'isis', label: 'Islamic State' }],
          reject: [{ edge: 'isis|attacks|iraq' }],
        }),
      );
      const n = c.neighbors('isis', { types: 'attacks' });
      expect(n.node.label).toBe('Islamic State');
      expect(n.neighbors.map((x) => x.id)).toEqual(['damascus', 'syria']);
      expect(c.search('hayat').hits.map((h) => [h.id, h.matched])).toEqual([['isis', 'Hayat Tahrir al-Sham']]);
      // The merged id is no node of its own; as a name it finds the node it went into.
      expect(c.node('hayat-tahrir-al-sham').id).toBe('isis');
      expect(() => c.node('iraq-x')).toThrow(expect.objectContaining({ name: 'NotFoundError' }));
      expect(c.stats().entities).toBe(11);
      const cli = await runCli(['neighbors', 'isis', '--type', 'attacks', '--json', '--db', c.dbPath]);
      expect(JSON.parse(cli.stdout)).toEqual(JSON.parse(JSON.stringify(n)));
      const server = await startServer({ db: c.dbPath, port: 0, layout: false });
      try {
        const res = await fetch(new URL('/api/nodes/isis/neighbors?types=attacks', server.url));
        expect(await res.json()).toEqual(JSON.parse(JSON.stringify(n)));
        const g = (await (await fetch(new URL('/api/graph', server.url))).json()) as { nodes: Array<{ key: string }> };
        expect(g.nodes.some((x) => x.key === 'hayat-tahrir-al-sham')).toBe(false);
      } finally {
        await server.close();
      }
      // Without overrides the store answers again.
      writeFileSync(curationPath(c.dbPath), JSON.stringify({ version: 1 }));
      expect(c.neighbors('isis', { types: 'attacks' }).neighbors.map((x) => x.id)).toEqual(['iraq', 'syria']);
    } finally {
      c.close();
    }
  });

  it('a bad curation file is an InputError naming it', async () => {
    const c = await storeWith(tmp.dir, 'bad.db', ARTICLES);
    try {
      writeFileSync(curationPath(c.dbPath), '{ not json');
      expect(() => c.neighbors('isis')).toThrow(expect.objectContaining({ name: 'InputError', message: expect.stringContaining('bad.curation.json') }));
    } finally {
      c.close();
    }
  });
});
