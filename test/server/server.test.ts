/**
 * The HTTP server: the API routes, 400/404/405 answers, limits, the web app
 * from web/dist (503 when it is not built, no path traversal), and the three
 * interfaces (TypeScript API, CLI --json, HTTP) giving the same answers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fromCompact, type SerializedGraph } from '../../src/graph/compact.ts';
import { layoutCachePath } from '../../src/layout/cache.ts';
import path from 'node:path';
import { request } from 'node:http';
import type { Newsgraph } from '../../src/api.ts';
import { startServer, type RunningServer } from '../../src/server/server.ts';
import { ARTICLES, fixtureAnalyze } from '../store/fixture-analyze.ts';
import { ON_PG } from '../store/backend.ts';
import { storeWith, tempDir } from '../store/helpers.ts';
import { runCli } from './cli-helper.ts';

let tmp: ReturnType<typeof tempDir>;
let ng: Newsgraph;
let server: RunningServer;
let bare: RunningServer;
let db: string;

beforeAll(async () => {
  tmp = tempDir('newsgraph-server-');
  ng = await storeWith(tmp.dir, 's.db', ARTICLES);
  db = ng.dbPath;
  const web = path.join(tmp.dir, 'web');
  mkdirSync(path.join(web, 'assets'), { recursive: true });
  writeFileSync(path.join(web, 'index.html'), '<!doctype html><title>newsgraph</title>');
  writeFileSync(path.join(web, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(path.join(tmp.dir, 'secret.txt'), 'TOPSECRET');
  server = await startServer({ db, port: 0, webRoot: web, layout: false });
  bare = await startServer({ db, port: 0, webRoot: path.join(tmp.dir, 'missing'), layout: false });
});
afterAll(async () => {
  await server.close();
  await bare.close();
  ng.close();
  tmp.cleanup();
});

async function get(base: string, p: string, method = 'GET'): Promise<{ status: number; type: string; body: string }> {
  const url = new URL(p, base);
  return new Promise((resolve, reject) => {
    const req = request(url, { method, path: p }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), body }));
    });
    req.on('error', reject);
    req.end();
  });
}

const json = async (p: string) => {
  const r = await get(server.url, p);
  return { status: r.status, body: JSON.parse(r.body) as unknown };
};

describe('the API', () => {
  it('binds to 127.0.0.1 and prints a URL', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('GET /api/graph is the graphology export of the graph', async () => {
    const r = await json('/api/graph');
    const g = r.body as { nodes: Array<{ key: string }>; edges: Array<{ key: string }> };
    expect(r.status).toBe(200);
    expect(g.nodes.map((n) => n.key).sort()).toEqual((await ng.graph()).nodes().sort());
    expect(g.edges.map((e) => e.key).sort()).toEqual((await ng.graph()).edges().sort());
  });

  it('GET /api/graph takes the filters as query parameters', async () => {
    const r = await json('/api/graph?types=attacks&kinds=actor,place');
    const g = r.body as { edges: Array<{ key: string }> };
    expect(g.edges.map((e) => e.key).sort()).toEqual(['hayat-tahrir-al-sham|attacks|damascus', 'isis|attacks|iraq', 'isis|attacks|syria']);
  });

  it("GET /api/graph?evidence=false (the view's request): no evidence lists, says so, keeps weights and dates; /api/nodes/:id gives each edge's evidence by the same key", async () => {
    type E = { key: string; attributes: { weight: number; evidence: unknown[]; firstSeen?: string; lastSeen?: string } };
    const lean = (await json('/api/graph?evidence=false')).body as { attributes: { evidence?: string }; edges: E[] };
    const full = (await json('/api/graph')).body as { attributes: { evidence?: string }; edges: E[] };
    expect(lean.attributes.evidence).toBe('omitted');
    expect(full.attributes.evidence).toBeUndefined();
    expect(lean.edges.every((e) => e.attributes.evidence.length === 0)).toBe(true);
    const byKey = new Map(full.edges.map((e) => [e.key, e.attributes]));
    expect(lean.edges.map((e) => e.key).sort()).toEqual([...byKey.keys()].sort());
    for (const e of lean.edges) {
      const f = byKey.get(e.key)!;
      expect([e.attributes.weight, e.attributes.firstSeen, e.attributes.lastSeen]).toEqual([f.weight, f.firstSeen, f.lastSeen]);
    }
    const isis = (await json('/api/nodes/isis?limit=500&evidenceLimit=20')).body as { edges: Array<{ id: string; evidence: unknown[] }> };
    expect(isis.edges.length).toBeGreaterThan(0);
    for (const e of isis.edges) {
      expect(byKey.has(e.id)).toBe(true);
      expect(e.evidence.length).toBe(Math.min(20, byKey.get(e.id)!.evidence.length));
    }
  });

  it('GET /api/graph?format=compact is the same graph in columns (src/graph/compact.ts), from the same cache entry', async () => {
    for (const q of ['', 'evidence=false&']) {
      const plain = (await json(`/api/graph?${q}`)).body as SerializedGraph;
      const compact = (await json(`/api/graph?${q}format=compact`)).body as { format: string };
      expect(compact.format).toBe('newsgraph-compact');
      const back = fromCompact(compact);
      // Empty evidence lists are left out of the compact form (the view reads a missing list as empty).
      for (const e of plain.edges) if (Array.isArray(e.attributes?.evidence) && e.attributes.evidence.length === 0) delete e.attributes.evidence;
      expect(back).toEqual(plain);
      expect(plain.edges.length).toBeGreaterThan(0);
    }
    expect((await json('/api/graph?format=json&evidence=false')).body).toEqual((await json('/api/graph?evidence=false')).body);
    // On the wire: a fraction of the graphology form.
    const lean = await get(server.url, '/api/graph?evidence=false');
    const small = await get(server.url, '/api/graph?evidence=false&format=compact');
    expect(small.type).toContain('application/json');
    expect(small.body.length).toBeLessThan(lean.body.length * 0.7);
  });

  const errors: Array<[string, number, string]> = [
    ['/api/nodes/nobody/neighbors', 404, 'NotFoundError'],
    ['/api/nodes/nobody', 404, 'NotFoundError'],
    ['/api/nodes/nobody/timeline', 404, 'NotFoundError'],
    ['/api/nodes/nobody/ego', 404, 'NotFoundError'],
    ['/api/nope', 404, 'NotFoundError'],
    ['/api/nodes/isis/neighbors?depth=9', 400, 'UsageError'],
    ['/api/nodes/isis/neighbors?depth=abc', 400, 'UsageError'],
    ['/api/nodes/isis/neighbors?limit=100000', 400, 'UsageError'],
    ['/api/nodes/isis/neighbors?types=bombs', 400, 'UsageError'],
    ['/api/nodes/isis/neighbors?direction=sideways', 400, 'UsageError'],
    ['/api/nodes/isis/neighbors?minConfidence=2', 400, 'UsageError'],
    ['/api/nodes/isis/neighbors?colour=red', 400, 'UsageError'],
    ['/api/nodes/isis/ego?depth=7', 400, 'UsageError'],
    ['/api/nodes/%E0%A4%A/neighbors', 400, 'UsageError'],
    ['/api/search', 400, 'UsageError'],
    ['/api/search?q=---', 400, 'UsageError'],
    ['/api/path?from=isis', 400, 'UsageError'],
    ['/api/path?from=isis&to=sdf&maxDepth=50', 400, 'UsageError'],
    ['/api/path?from=isis&to=nobody', 404, 'NotFoundError'],
    ['/api/graph?since=last-week', 400, 'UsageError'],
    ['/api/graph?evidence=maybe', 400, 'UsageError'],
    ['/api/graph?format=xml', 400, 'UsageError'],
  ];
  it.each(errors)('%s -> %i %s', async (p, status, error) => {
    const r = await json(p);
    expect(r.status).toBe(status);
    expect(r.body).toMatchObject({ error, message: expect.any(String) });
  });

  it('refuses a graph bigger than its node cap with 400', async () => {
    const small = await startServer({ db, port: 0, layout: false, maxGraphNodes: 5 });
    try {
      const r = await get(small.url, '/api/graph');
      expect([r.status, JSON.parse(r.body).error]).toEqual([400, 'UsageError']);
      expect(JSON.parse(r.body).message).toMatch(/has 12 nodes, more than 5; filter it/);
      expect((await get(small.url, '/api/nodes/rohilat-afrin/ego')).status).toBe(200);
    } finally {
      await small.close();
    }
  });

  it('a port in use is a UsageError naming it', async () => {
    const port = Number(new URL(server.url).port);
    await expect(startServer({ db, port, layout: false })).rejects.toMatchObject({ name: 'UsageError', message: expect.stringContaining(`port ${port}`) });
  });

  it('answers only GET and HEAD', async () => {
    const r = await get(server.url, '/api/stats', 'POST');
    expect([r.status, JSON.parse(r.body).error]).toEqual([405, 'MethodNotAllowed']);
    const h = await get(server.url, '/api/stats', 'HEAD');
    expect([h.status, h.body]).toEqual([200, '']);
  });
});

// The layout cache is a file beside a SQLite store; a PostgreSQL store has none (src/api.ts cacheLayout).
describe.skipIf(ON_PG)('the layout cache', () => {
  it("the whole graph's layout is saved: `export --layout cached` then places the nodes as the view does; a filtered one is not", async () => {
    const cache = layoutCachePath(db);
    rmSync(cache, { force: true });
    const srv = await startServer({ db, port: 0, layout: true, warm: false });
    try {
      expect((await get(srv.url, '/api/graph?types=attacks')).status).toBe(200);
      expect(existsSync(cache)).toBe(false);
      const r = await get(srv.url, '/api/graph');
      expect(r.status).toBe(200);
      expect(existsSync(cache)).toBe(true);
      const view = JSON.parse(r.body) as { nodes: Array<{ key: string; attributes: { x: number; y: number } }> };
      const out = path.join(tmp.dir, 'cached.gexf');
      expect((await ng.exportGraph('gexf', { path: out }, { layout: 'cached' })).layout).toBe('cached');
      const gexf = readFileSync(out, 'utf8');
      const first = view.nodes[0]!;
      expect(gexf).toContain(`<node id="${first.key}"`);
      expect(gexf).toContain(`<viz:position x="${first.attributes.x}" y="${first.attributes.y}"/>`);
    } finally {
      await srv.close();
      rmSync(cache, { force: true });
    }
  });
});

describe('a store written while the server runs', () => {
  it('answers with the new data, /api/graph included (its cache follows the store)', async () => {
    const live = await storeWith(tmp.dir, 'live.db', ARTICLES.slice(0, 2));
    const srv = await startServer({ db: live.dbPath, port: 0, layout: false });
    try {
      const nodes = async () => ((await (await fetch(new URL('/api/graph', srv.url))).json()) as { nodes: unknown[] }).nodes.length;
      const before = await nodes();
      expect(before).toBe((await live.graph()).order);
      // Another connection (as another process would) ingests more.
      await live.ingest(ARTICLES.slice(2), { analyze: fixtureAnalyze });
      expect(await nodes()).toBe(12);
      const stats = (await (await fetch(new URL('/api/stats', srv.url))).json()) as { articles: number };
      expect(stats.articles).toBe(4);
    } finally {
      await srv.close();
      live.close();
    }
  });
});

describe('the web app', () => {
  const cases: Array<[string, number, RegExp]> = [
    ['/', 200, /newsgraph/],
    ['/assets/app.js', 200, /console/],
    ['/some/view/route', 200, /newsgraph/],
    ['/assets/missing.js', 404, /not found/],
    ['/../secret.txt', 404, /not found/],
    ['/%2e%2e/secret.txt', 404, /not found/],
    ['/assets/%2e%2e/%2e%2e/secret.txt', 404, /not found/],
  ];
  it.each(cases)('%s -> %i', async (p, status, body) => {
    const r = await get(server.url, p);
    expect(r.status).toBe(status);
    expect(r.body).toMatch(body);
    expect(r.body).not.toContain('TOPSECRET');
  });

  it('answers 503 with the build command when web/dist is missing, and the API still works', async () => {
    const r = await get(bare.url, '/');
    expect(r.status).toBe(503);
    expect(r.body).toContain('npm run build:web');
    expect((await get(bare.url, '/api/stats')).status).toBe(200);
  });
});

describe('the three interfaces give the same answers', () => {
  const queries: Array<[string, (n: Newsgraph) => Promise<unknown>, string[], string]> = [
    ['neighbors', (n) => n.neighbors('ISIS', { depth: 2, types: 'attacks,captures,leads' }), ['neighbors', 'ISIS', '--depth', '2', '--type', 'attacks,captures', '--type', 'leads'], '/api/nodes/ISIS/neighbors?depth=2&types=attacks,captures,leads'],
    ['neighbors out', (n) => n.neighbors('sdf', { direction: 'out', kinds: 'place,actor' }), ['neighbors', 'sdf', '--direction', 'out', '--kinds', 'place,actor'], '/api/nodes/sdf/neighbors?direction=out&kinds=place,actor'],
    ['node', (n) => n.node('rohilat-afrin'), ['node', 'rohilat-afrin'], '/api/nodes/rohilat-afrin'],
    ['search', (n) => n.search('sy'), ['search', 'sy'], '/api/search?q=sy'],
    ['path', (n) => n.path('Rohilat Afrin', 'iraq'), ['path', 'Rohilat Afrin', 'iraq'], '/api/path?from=Rohilat%20Afrin&to=iraq'],
    ['timeline', (n) => n.timeline('isis'), ['timeline', 'isis'], '/api/nodes/isis/timeline'],
    ['stats', (n) => n.stats(), ['stats'], '/api/stats'],
  ];
  it.each(queries)('%s', async (_, api, argv, url) => {
    const expected = JSON.parse(JSON.stringify(await api(ng)));
    const cli = await runCli([...argv, '--json', '--db', db]);
    expect(cli.stderr).toBe('');
    expect(cli.code).toBe(0);
    expect(JSON.parse(cli.stdout)).toEqual(expected);
    const http = await json(url);
    expect(http.status).toBe(200);
    expect(http.body).toEqual(expected);
  });

  it('the same bad input fails the same way', async () => {
    const cli = await runCli(['neighbors', 'nobody', '--db', db]);
    expect(cli.code).toBe(1);
    expect(cli.stderr).toMatch(/^NotFoundError: not found: node "nobody"/);
    const http = await json('/api/nodes/nobody/neighbors');
    expect(http.body).toEqual({ error: 'NotFoundError', message: 'not found: node "nobody"' });
    const bad = await runCli(['neighbors', 'isis', '--depth', '9', '--db', db]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^UsageError: depth must be an integer from 1 to 3/);
  });
});
