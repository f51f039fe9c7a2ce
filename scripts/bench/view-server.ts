/**
 * The server while a big graph is being computed (issue 13 item 6): a store
 * of 10,000 planted entities, `/api/graph?evidence=false&format=compact` (the view's request) asked once (not cached: built,
 * communities, PageRank and layout in the worker thread), and meanwhile
 * `neighbors` over HTTP, one request after another, until the graph comes
 * back. Prints the graph's time and neighbors p50/p99/max during it.
 * Target: neighbors p99 under 50 ms while /api/graph is computed.
 *
 * Called by the view benchmark (scripts/bench/view.ts); the store benchmark
 * may call `benchGraphConcurrency` too.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer } from '../../src/server/server.ts';
import { prng } from '../../src/util/random.ts';
import { plantedStore } from '../../test/browser/synthetic-store.ts';

function pct(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]! : NaN;
}

export interface ConcurrencyFigures {
  nodes: number;
  graphMs: number;
  requests: number;
  p50: number;
  p99: number;
  max: number;
  figures: unknown;
}

export async function benchGraphConcurrency(nodes = 10_000, log: (s: string) => void = (s) => process.stdout.write(s + '\n')): Promise<ConcurrencyFigures> {
  const dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-bench-server-'));
  try {
    const t0 = performance.now();
    const ng = await plantedStore(path.join(dir, 'planted.db'), { nodes, evidence: true });
    log(`store: ${nodes} planted entities ingested in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    const server = await startServer({ newsgraph: ng, port: 0, warm: false });
    const url = new URL(server.url);
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const get = (p: string, a?: Agent) =>
      new Promise<number>((resolve, reject) => {
        const req = request({ host: url.hostname, port: url.port, path: p, ...(a ? { agent: a } : {}) }, (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        });
        req.on('error', reject);
        req.end();
      });
    const r = prng(7);
    const ids = Array.from({ length: 2000 }, () => `e${Math.floor(r() * nodes)}`);
    for (const id of ids.slice(0, 100)) await get(`/api/nodes/${id}/neighbors`, agent);
    let done = false;
    const g0 = performance.now();
    // The view's request (web/src/source.ts): the graph without evidence lists.
    const graph = get('/api/graph?evidence=false&format=compact').then((status) => {
      done = true;
      if (status !== 200) throw new Error(`/api/graph?evidence=false&format=compact answered ${status}`);
      return performance.now() - g0;
    });
    const times: number[] = [];
    for (let i = 0; !done; i++) {
      const s = performance.now();
      await get(`/api/nodes/${ids[i % ids.length]}/neighbors`, agent);
      times.push(performance.now() - s);
    }
    const graphMs = await graph;
    agent.destroy();
    const figures = server.graphs.lastFigures;
    await server.close();
    ng.close();
    times.sort((a, b) => a - b);
    const out = { nodes, graphMs, requests: times.length, p50: pct(times, 50), p99: pct(times, 99), max: times[times.length - 1] ?? NaN, figures };
    log(
      `/api/graph for ${nodes} entities took ${(graphMs / 1000).toFixed(1)} s (worker: ${JSON.stringify(figures)}); meanwhile ${times.length} neighbors requests: p50 ${out.p50.toFixed(1)} ms, p99 ${out.p99.toFixed(1)} ms, max ${out.max.toFixed(1)} ms (target p99 < 50 ms: ${out.p99 < 50 ? 'met' : 'MISSED'}); load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`,
    );
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
