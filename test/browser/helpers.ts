/**
 * Shared helpers for the browser tests and the view benchmark: build
 * web/dist when missing, serve it with a graph JSON from a tiny node:http
 * server (`/api/graph` plus any extra routes), and launch Debian chromium.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { toCompact, type SerializedGraph } from '../../src/graph/compact.ts';

export const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
export const distDir = join(repoRoot, 'web', 'dist');
export const artifactsDir = join(repoRoot, 'test-artifacts');
export const CHROMIUM = process.env.NEWSGRAPH_CHROMIUM ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
export const SKIP_MESSAGE = `browser tests skipped: no chromium at ${CHROMIUM} (apt-get install -y chromium, or set NEWSGRAPH_CHROMIUM)`;

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((f) => newestMtime(join(path, f))));
}

/** Is web/dist missing or older than its sources (web/, src/types.ts, src/config.ts)? */
export function distIsStale(): boolean {
  const built = join(distDir, 'index.html');
  if (!existsSync(built)) return true;
  const sources = Math.max(
    newestMtime(join(repoRoot, 'web', 'src')),
    newestMtime(join(repoRoot, 'web', 'index.html')),
    newestMtime(join(repoRoot, 'web', 'vite.config.ts')),
    newestMtime(join(repoRoot, 'src', 'types.ts')),
    newestMtime(join(repoRoot, 'src', 'config.ts')),
  );
  return sources > statSync(built).mtimeMs;
}

const buildLock = join(repoRoot, 'web', '.build-lock');

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Build web/dist with Vite when it is missing or stale (or `force`). Test
 * files run in parallel: a lock directory makes one of them build while the
 * others wait (a lock older than five minutes is taken as stale).
 */
export function ensureBuilt(force = false): void {
  if (!force && !distIsStale()) return;
  for (const start = Date.now(); ; sleepSync(200)) {
    try {
      mkdirSync(buildLock);
      break;
    } catch {
      if (existsSync(buildLock) && Date.now() - statSync(buildLock).mtimeMs > 300_000) rmSync(buildLock, { recursive: true, force: true });
      if (Date.now() - start > 180_000) throw new Error(`ensureBuilt: ${buildLock} is held for over 3 minutes`);
    }
  }
  try {
    if (force || distIsStale()) runViteBuild();
  } finally {
    rmSync(buildLock, { recursive: true, force: true });
  }
}

function runViteBuild(): void {
  execFileSync(process.execPath, [join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], {
    cwd: repoRoot,
    stdio: 'inherit',
  });
}

export function readFixture(name: string): unknown {
  return JSON.parse(readFileSync(join(repoRoot, 'test', 'fixtures', name), 'utf8'));
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface Served {
  url: string;
  server: Server;
  /** The JSON paths asked (path and query), in order. */
  requests: string[];
  close(): Promise<void>;
}

export interface ServeOptions {
  /** The `routes` documents (not /api/graph) are answered once this resolves (a slow server, under the test's control). */
  routeGate?: () => Promise<void>;
}

/**
 * Serve web/dist on 127.0.0.1 (random port). `graph` answers `/api/graph`
 * (omit it for the static-bundle mode), whatever its query (`format=compact`:
 * in that form); `routes` adds JSON
 * documents by path (the query is not looked at).
 */
export async function serveView(graph?: unknown, routes: Record<string, unknown> = {}, opts: ServeOptions = {}): Promise<Served> {
  const graphBody = graph === undefined ? undefined : JSON.stringify(graph);
  // `?format=compact` is answered as the server does (src/graph/compact.ts); a graph the
  // encoder refuses (an edge to no node, on purpose) is sent as it is: the view reads either.
  let compactBody: string | undefined;
  const compact = (): string | undefined => {
    if (graphBody === undefined) return undefined;
    try {
      compactBody ??= JSON.stringify(toCompact(graph as SerializedGraph));
    } catch {
      compactBody = graphBody;
    }
    return compactBody;
  };
  const extra = new Map(Object.entries(routes).map(([k, v]) => [k, JSON.stringify(v)]));
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const path = decodeURIComponent(url.pathname);
    const json = path === '/api/graph' ? (url.searchParams.get('format') === 'compact' ? compact() : graphBody) : extra.get(path);
    if (json !== undefined) {
      requests.push(path + url.search);
      const send = () => {
        res.writeHead(200, { 'content-type': TYPES['.json']! });
        res.end(json);
      };
      if (path !== '/api/graph' && opts.routeGate) void opts.routeGate().then(send);
      else send();
      return;
    }
    const file = normalize(join(distDir, path === '/' ? 'index.html' : path));
    if (!file.startsWith(distDir) || !existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    server,
    requests,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}
