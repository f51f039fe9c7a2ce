/**
 * HTTP hardening (issue 13 item 6) and the graph service (issue 10 item 8):
 * Host checks (421), binds that need --expose, security headers on every
 * response, JSON for every error (static 404s, oversized headers), and
 * graphs built in a worker thread, cached per store version, one job per
 * request in flight.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { connect } from 'node:net';
import { request } from 'node:http';
import type { Newsgraph } from '../../src/api.ts';
import { allowedHosts, checkBind, checkHost, hostName, isLoopback } from '../../src/server/guard.ts';
import { startServer, type RunningServer } from '../../src/server/server.ts';
import { ARTICLES, fixtureAnalyze } from '../store/fixture-analyze.ts';
import { storeWith, tempDir } from '../store/helpers.ts';

let tmp: ReturnType<typeof tempDir>;
let ng: Newsgraph;
let server: RunningServer;
let port: number;

beforeAll(async () => {
  tmp = tempDir('newsgraph-hardening-');
  ng = await storeWith(tmp.dir, 'h.db', ARTICLES);
  const web = path.join(tmp.dir, 'web');
  mkdirSync(web, { recursive: true });
  writeFileSync(path.join(web, 'index.html'), '<!doctype html><title>newsgraph</title>');
  server = await startServer({ db: ng.dbPath, port: 0, webRoot: web, allowHosts: ['graph.example.org'], warm: false });
  port = Number(new URL(server.url).port);
});
afterAll(async () => {
  await server.close();
  ng.close();
  tmp.cleanup();
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function get(p: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: p, headers }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** A raw request on a socket (for what node's client will not send). */
function raw(text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const s = connect(port, '127.0.0.1', () => s.write(text));
    let out = '';
    s.on('data', (d) => (out += d));
    s.on('end', () => resolve(out));
    s.on('close', () => resolve(out));
    s.on('error', reject);
  });
}

describe('Host header (DNS rebinding)', () => {
  it.each([
    [`127.0.0.1:PORT`, 200],
    ['localhost:PORT', 200],
    ['LOCALHOST', 200],
    ['[::1]:PORT', 200],
    ['graph.example.org:PORT', 200],
    ['evil.example:PORT', 421],
    ['127.0.0.1.evil.example', 421],
    ['localhost.', 421],
  ])('Host %s -> %i', async (host, status) => {
    const r = await get('/api/stats', { host: host.replace('PORT', String(port)) });
    expect(r.status).toBe(status);
    if (status === 421) {
      expect(r.headers['content-type']).toMatch(/^application\/json/);
      expect(JSON.parse(r.body)).toMatchObject({ error: 'MisdirectedRequest', message: expect.stringContaining('--allow-host') });
    }
  });

  it('a static page for another Host is refused too', async () => {
    expect((await get('/', { host: 'evil.example' })).status).toBe(421);
  });

  it('a request without a Host header is refused with JSON', async () => {
    const out = await raw('GET /api/stats HTTP/1.0\r\n\r\n');
    expect(out).toMatch(/^HTTP\/1\.[01] 421/);
    expect(out).toContain('"error":"MisdirectedRequest"');
  });

  it.each([
    ['localhost:8080', 'localhost'],
    ['[::1]:80', '::1'],
    ['Example.ORG', 'example.org'],
    ['bad host', undefined],
    ['', undefined],
  ])('hostName(%j) = %j', (header, name) => {
    expect(hostName(header)).toBe(name);
  });

  it('a wildcard bind accepts this machine\'s addresses but not names', () => {
    const set = allowedHosts('0.0.0.0');
    expect(set.has('127.0.0.1')).toBe(true);
    expect(checkHost('evil.example', set)).toMatch(/not served here/);
  });
});

describe('binding beyond loopback', () => {
  it.each([['127.0.0.1'], ['127.0.0.2'], ['localhost'], ['::1'], ['[::1]']])('%s is loopback', (h) => expect(isLoopback(h)).toBe(true));
  it.each([['0.0.0.0'], ['::'], ['192.168.1.10'], ['example.org']])('%s is not', (h) => expect(isLoopback(h)).toBe(false));

  it('refuses a non-loopback bind without --expose, naming the flag', async () => {
    expect(() => checkBind('0.0.0.0', false)).toThrow(/--expose/);
    await expect(startServer({ db: ng.dbPath, host: '0.0.0.0', port: 0, warm: false })).rejects.toMatchObject({ name: 'UsageError', message: expect.stringContaining('--expose') });
  });

  it('with --expose it listens and prints a warning', async () => {
    const lines: string[] = [];
    const s = await startServer({ db: ng.dbPath, host: '0.0.0.0', port: 0, expose: true, warm: false, warn: (l) => lines.push(l) });
    try {
      expect(lines).toEqual([expect.stringMatching(/^warning: listening on 0\.0\.0\.0 without authentication/)]);
      const r = await fetch(`http://127.0.0.1:${new URL(s.url).port}/api/stats`);
      expect(r.status).toBe(200);
    } finally {
      await s.close();
    }
  });
});

describe('security headers and JSON errors', () => {
  it.each([['/api/stats'], ['/'], ['/api/nope'], ['/missing.js']])('%s carries CSP, nosniff and Referrer-Policy', async (p) => {
    const r = await get(p);
    expect(r.headers['content-security-policy']).toMatch(/^default-src 'self'; /);
    expect(r.headers['content-security-policy']).toContain("worker-src 'self' blob:");
    expect(r.headers['content-security-policy']).toContain("object-src 'none'");
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['referrer-policy']).toBe('no-referrer');
  });

  it.each([
    ['/missing.js', 404, 'NotFoundError'],
    ['/assets/%2e%2e/%2e%2e/x.txt', 404, 'NotFoundError'],
    ['/%E0%A4%A.js', 400, 'UsageError'],
    ['//missing.js', 404, 'NotFoundError'],
    ['//evil.example/x.js', 404, 'NotFoundError'],
  ])('static %s -> %i JSON', async (p, status, error) => {
    const r = await get(p);
    expect(r.status).toBe(status);
    expect(r.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(r.body)).toMatchObject({ error, message: expect.any(String) });
  });

  it('a 100 kB query gets a JSON 431, and the server goes on', async () => {
    const out = await raw(`GET /api/search?q=${'a'.repeat(100_000)} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`);
    expect(out).toMatch(/^HTTP\/1\.1 431 /);
    expect(out).toMatch(/content-type: application\/json/i);
    expect(JSON.parse(out.slice(out.indexOf('\r\n\r\n') + 4))).toMatchObject({ error: 'HeadersTooLarge' });
    expect((await get('/api/stats')).status).toBe(200);
  });

  it('a malformed request line gets a JSON 400', async () => {
    const out = await raw('NOT A REQUEST\r\n\r\n');
    expect(out).toMatch(/^HTTP\/1\.1 400 /);
    expect(out).toContain('"error":"BadRequest"');
  });
});

describe('graphs off the request thread, cached per store version', () => {
  it('/api/graph is computed in the worker thread, once per store version and request', async () => {
    const live = await storeWith(tmp.dir, 'graphs.db', ARTICLES.slice(0, 2));
    const s = await startServer({ db: live.dbPath, port: 0, warm: false });
    try {
      const url = new URL('/api/graph', s.url).href;
      // Two at once: one job.
      const [a, b] = await Promise.all([fetch(url).then((r) => r.json()), fetch(url).then((r) => r.json())]);
      expect(a).toEqual(b);
      expect(s.graphs.jobs).toBe(1);
      expect(s.graphs.lastFigures?.thread).toBeGreaterThan(0);
      // The worker thread yields the CPU to the request thread (Linux: a nice value per thread).
      if (process.platform === 'linux') expect(s.graphs.workerPriority).toBe(Math.min(19, os.getPriority() + 10));
      const g = a as { nodes: Array<{ key: string; attributes: Record<string, unknown> }>; attributes: { view: { nodes: number } } };
      expect(g.nodes.length).toBe((await live.graph()).order);
      expect(g.nodes.every((n) => Number.isInteger(n.attributes.community) && typeof n.attributes.pagerank === 'number' && Number.isFinite(n.attributes.x))).toBe(true);
      expect(g.attributes.view.nodes).toBe(g.nodes.length);
      // The same request again (parameters in another order count as the same): from the cache.
      await fetch(new URL('/api/graph?types=attacks&kinds=actor', s.url));
      await fetch(new URL('/api/graph?kinds=actor&types=attacks', s.url));
      await fetch(url);
      // The compact form of a request is made by the same job.
      await fetch(`${url}?format=compact`);
      expect(s.graphs.jobs).toBe(2);
      // A new store version: computed again, with the new data.
      await live.ingest(ARTICLES.slice(2), { analyze: fixtureAnalyze });
      const after = (await (await fetch(url)).json()) as { nodes: unknown[] };
      expect(s.graphs.jobs).toBe(3);
      expect(after.nodes.length).toBe(12);
    } finally {
      await s.close();
      live.close();
    }
  });

  it('errors from the worker keep their name: a bad filter is a 400, the node cap a 400, an unknown node a 404', async () => {
    const s = await startServer({ db: ng.dbPath, port: 0, warm: false, maxGraphNodes: 5 });
    try {
      const body = async (p: string) => {
        const r = await fetch(new URL(p, s.url));
        return [r.status, ((await r.json()) as { error: string }).error];
      };
      expect(await body('/api/graph')).toEqual([400, 'UsageError']);
      expect(await body('/api/graph?minConfidence=7')).toEqual([400, 'UsageError']);
      expect(await body('/api/nodes/nobody/ego')).toEqual([404, 'NotFoundError']);
      expect(await body('/api/nodes/rohilat-afrin/ego')).toEqual([200, undefined]);
    } finally {
      await s.close();
    }
  });

  it('the same picture every time: two servers give the same positions', async () => {
    const one = await startServer({ db: ng.dbPath, port: 0, warm: false });
    const two = await startServer({ db: ng.dbPath, port: 0, warm: false });
    try {
      const pos = async (s: RunningServer) =>
        ((await (await fetch(new URL('/api/graph', s.url))).json()) as { nodes: Array<{ key: string; attributes: { x: number; y: number; community: number } }> }).nodes.map((n) => [
          n.key,
          n.attributes.x,
          n.attributes.y,
          n.attributes.community,
        ]);
      expect(await pos(one)).toEqual(await pos(two));
    } finally {
      await one.close();
      await two.close();
    }
  });
});
