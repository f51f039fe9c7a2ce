/**
 * `npm run bench -- view`: the view at scale, in headless Chromium.
 *
 * Graphs: synthetic ones with planted communities (10k nodes / 50k edges and
 * 100k / 500k by default; test/browser/synthetic-store.ts), and the
 * wiki-syria store when ../shared is there (or `--wiki <store.db>`). Each is
 * prepared as the server prepares it (src/layout/prepare.ts: communities,
 * PageRank, seeded ForceAtlas2, noverlap; timed: done once per store version
 * in the server's worker thread) and served to the built view, which is
 * measured:
 *   - first readable render: navigation start to sigma's first render
 *     (fetch, validation, filters, drawing with labels);
 *   - FPS while panning (a mouse drag of ~2 s; frames sigma rendered / s);
 *   - label boxes on the first screen that intersect (target 0);
 *   - share of shown nodes inside the viewport after fit (target 100%);
 *   - main-thread tasks over 200 ms after the first render (target none).
 * Then the server: neighbors p99 over HTTP while /api/graph is computed for
 * a 10k-node store (./view-server.ts).
 *
 * The view is sent what the server sends for its request, /api/graph?evidence=false&format=compact
 * (`--with-evidence`: the whole graph, as the view asked before lazy evidence).
 *
 *   npm run bench -- view -- --sizes 10000:50000,100000:500000 [--wiki db] [--skip-server] [--skip-wiki] [--with-evidence]
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openNewsgraph } from '../../src/api.ts';
import { toCompact, type SerializedGraph } from '../../src/graph/compact.ts';
import { createGraph } from '../../src/graph/create.ts';
import { prepareViewGraph, type PrepareFigures } from '../../src/layout/prepare.ts';
import type { NewsGraph } from '../../src/types.ts';
import { ensureBuilt, hasChromium, launchChromium, serveView, SKIP_MESSAGE } from '../../test/browser/helpers.ts';
import { plantedGraph } from '../../test/browser/synthetic-store.ts';
import { benchGraphConcurrency } from './view-server.ts';

export { plantedGraph };

interface Row {
  name: string;
  /** Size of the graphology JSON of the graph (without evidence unless --with-evidence). */
  jsonMB: number;
  /** Size of what the view is sent: the compact form it asks for (/api/graph?format=compact). */
  wireMB: number;
  nodes: number;
  edges: number;
  prepareS: number;
  prepare: PrepareFigures;
  shownNodes: number;
  collapsed: boolean;
  firstRenderMs: number;
  fps: number;
  labels: number;
  labelOverlaps: number;
  visibleShare: number;
  tasksOver200: number;
  maxTaskMs: number;
}

const fmt = (n: number, d = 0): string => (Number.isFinite(n) ? n.toFixed(d) : '—');

/**
 * The graph as the server answers the view's request: `/api/graph?evidence=false`
 * (evidence lists left out and the graph saying so; web/src/evidence.ts fetches
 * them per node), or with them (`--with-evidence`, what the view asked before).
 */
function servedGraph(graph: NewsGraph, withEvidence: boolean): ReturnType<NewsGraph['export']> {
  const out = graph.export();
  if (!withEvidence) {
    out.attributes = { ...out.attributes, evidence: 'omitted' };
    for (const e of out.edges) if (e.attributes) e.attributes = { ...e.attributes, evidence: [] };
  }
  return out;
}

async function measure(browser: Awaited<ReturnType<typeof launchChromium>>, name: string, graph: NewsGraph, timeout: number, withEvidence: boolean): Promise<Row> {
  const t0 = performance.now();
  const prepare = prepareViewGraph(graph);
  const prepareS = (performance.now() - t0) / 1000;
  const body = servedGraph(graph, withEvidence);
  const jsonMB = JSON.stringify(body).length / 1e6;
  const wireMB = JSON.stringify(toCompact(body as unknown as SerializedGraph)).length / 1e6;
  const served = await serveView(body);
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.goto(served.url);
    await page.waitForFunction(() => window.__newsgraph?.metrics.firstRender !== undefined, undefined, { timeout, polling: 200 });
    // Let it settle, then measure the first screen.
    await page.waitForTimeout(2000);
    const first = await page.evaluate(() => {
      const h = window.__newsgraph!;
      return { labels: h.labels().length, overlaps: h.labelOverlaps(), share: h.visibleShare(), view: h.view(), shown: h.visibleNodes().length };
    });
    // Pan: drag across the stage for about two seconds.
    const box = (await page.locator('#graph').boundingBox())!;
    const f0 = await page.evaluate(() => window.__newsgraph!.frames());
    const p0 = performance.now();
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.5);
    await page.mouse.down();
    const steps = 40;
    for (let i = 1; i <= steps; i++) {
      await page.mouse.move(box.x + box.width * (0.3 + (0.4 * i) / steps), box.y + box.height * (0.5 + 0.1 * Math.sin(i / 4)));
      await page.waitForTimeout(40);
    }
    await page.mouse.up();
    const panS = (performance.now() - p0) / 1000;
    const f1 = await page.evaluate(() => window.__newsgraph!.frames());
    await page.waitForTimeout(500);
    const tasks = await page.evaluate(() => {
      const h = window.__newsgraph!;
      const start = h.metrics.firstRender!;
      return h.metrics.longTasks.filter((t) => t.start > start).map((t) => t.duration);
    });
    const firstRenderMs = await page.evaluate(() => window.__newsgraph!.metrics.firstRender!);
    return {
      name,
      jsonMB,
      wireMB,
      nodes: graph.order,
      edges: graph.size,
      prepareS,
      prepare,
      shownNodes: first.shown,
      collapsed: first.view.collapsed,
      firstRenderMs,
      fps: (f1 - f0) / panS,
      labels: first.labels,
      labelOverlaps: first.overlaps,
      visibleShare: first.share,
      tasksOver200: tasks.filter((d) => d > 200).length,
      maxTaskMs: Math.max(0, ...tasks),
    };
  } finally {
    await page.close();
    await served.close();
  }
}

function fromSerialized(raw: unknown): NewsGraph {
  const g = createGraph();
  g.import(raw as Parameters<NewsGraph['import']>[0]);
  return g;
}

export async function benchView(args: string[] = []): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      sizes: { type: 'string', default: '10000:50000,100000:500000' },
      wiki: { type: 'string' },
      'skip-wiki': { type: 'boolean', default: false },
      'skip-server': { type: 'boolean', default: false },
      timeout: { type: 'string', default: '600000' },
      'with-evidence': { type: 'boolean', default: false },
    },
    allowPositionals: false,
    strict: true,
  });
  const log = (s: string) => process.stdout.write(s + '\n');
  log(`load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')} on ${os.cpus().length} cores; Chromium with software WebGL (SwiftShader)`);
  if (!hasChromium) {
    log(SKIP_MESSAGE);
  } else {
    ensureBuilt();
    const timeout = Number(values.timeout);
    const rows: Row[] = [];
    const browser = await launchChromium();
    try {
      for (const spec of values.sizes.split(',').filter(Boolean)) {
        const [n, m] = spec.split(':').map(Number);
        if (!Number.isInteger(n) || n! <= 0) continue;
        // About 70% of the entities have edges; each makes edgesPerNode of them.
        const perNode = Math.max(1, Math.round((m ?? n! * 5) / (n! * 0.72)));
        const graph = fromSerialized(plantedGraph({ nodes: n!, edgesPerNode: perNode, evidence: n! <= 20_000 }));
        log(`synthetic ${n} nodes: ${graph.order} nodes, ${graph.size} edges`);
        rows.push(await measure(browser, `synthetic ${Math.round(n! / 1000)}k`, graph, timeout, values['with-evidence']));
        log(JSON.stringify(rows[rows.length - 1]));
      }
      const shared = path.resolve(fileURLToPath(new URL('../../../shared/data/wiki-syria', import.meta.url)));
      if (!values['skip-wiki'] && (values.wiki || existsSync(shared))) {
        let db = values.wiki;
        let tmp: string | undefined;
        if (!db) {
          tmp = mkdtempSync(path.join(tmpdir(), 'newsgraph-bench-wiki-'));
          db = path.join(tmp, 'wiki.db');
          const t0 = performance.now();
          const ng = openNewsgraph({ db });
          await ng.ingestPaths([shared]);
          ng.close();
          log(`wiki-syria ingested in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
        }
        try {
          const ng = openNewsgraph({ db, readonly: true });
          const graph = await ng.graph();
          ng.close();
          rows.push(await measure(browser, 'wiki-syria', graph, timeout, values['with-evidence']));
          log(JSON.stringify(rows[rows.length - 1]));
        } finally {
          if (tmp) rmSync(tmp, { recursive: true, force: true });
        }
      }
    } finally {
      await browser.close();
    }
    log('');
    log('graph\tnodes\tedges\tJSON MB (compact, sent)\tprepare s (communities/pagerank/layout ms, FA2 iterations)\tshown\tfirst render ms\tFPS panning\tlabels\tlabel overlaps\tin view after fit\ttasks >200 ms after first render (max ms)');
    for (const r of rows) {
      const p = r.prepare;
      log(
        [
          r.name,
          r.nodes,
          r.edges,
          `${fmt(r.jsonMB, 1)} (${fmt(r.wireMB, 1)})`,
          `${fmt(r.prepareS, 1)} (${p.communitiesMs}/${p.pagerankMs}/${p.layoutMs}, ${p.layoutIterations}${p.layoutConverged ? ' converged' : ''})`,
          `${r.shownNodes}${r.collapsed ? ' communities' : ''}`,
          fmt(r.firstRenderMs),
          fmt(r.fps, 1),
          r.labels,
          r.labelOverlaps,
          `${fmt(r.visibleShare * 100, 1)}%`,
          `${r.tasksOver200} (${fmt(r.maxTaskMs)})`,
        ].join('\t'),
      );
    }
    for (const r of rows) {
      const target = r.nodes >= 100_000 ? 8000 : r.nodes >= 10_000 ? 2000 : undefined;
      if (target) log(`target ${r.name}: first render ≤ ${target} ms: ${r.firstRenderMs <= target ? 'met' : 'MISSED'} (${fmt(r.firstRenderMs)}); 0 label overlaps: ${r.labelOverlaps === 0 ? 'met' : 'MISSED'}; 100% in view: ${r.visibleShare === 1 ? 'met' : 'MISSED'}; no task > 200 ms after first render: ${r.tasksOver200 === 0 ? 'met' : 'MISSED'}`);
    }
  }
  if (!values['skip-server']) {
    log('');
    await benchGraphConcurrency(10_000, log);
  }
}
