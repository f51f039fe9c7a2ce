/**
 * `npm run bench -- view`: open synthetic graphs of 1k, 5k and 10k nodes
 * (four edges per node, one evidence sentence each) in headless Chromium and
 * report time to first render, time until the layout converged, and the
 * main thread's long tasks while the layout ran. Software WebGL is slow
 * here: the figures compare versions; targets at 10k: first render ≤ 3 s,
 * no main-thread task over 200 ms during layout.
 *
 *   npm run bench -- view -- --sizes 1000,5000 --edges 4
 */
import { parseArgs } from 'node:util';
import { NODE_KINDS, RELATION_TYPES } from '../../src/types.ts';
import { prng } from '../../src/layout/seed.ts';
import { ensureBuilt, hasChromium, launchChromium, serveView, SKIP_MESSAGE } from '../../test/browser/helpers.ts';

/** A serialized NewsGraph: communities of ~50 nodes, most edges inside one. */
export function syntheticGraph(order: number, edgesPerNode = 4, seed = 42): { nodes: unknown[]; edges: unknown[] } {
  const rand = prng(seed);
  const nodes = Array.from({ length: order }, (_, i) => ({
    key: `n${i}`,
    attributes: {
      label: `Entity ${i}`,
      kind: NODE_KINDS[i % NODE_KINDS.length],
      type: ['organization', 'country', 'force', 'camp'][i % 4],
      aliases: [],
      mentions: 1 + Math.floor(rand() * 20),
      articles: 1,
      firstSeen: '2024-01-01',
      lastSeen: '2024-06-30',
    },
  }));
  const keys = new Set<string>();
  const edges: unknown[] = [];
  const sentence = 'Fighters of one group attacked positions held by the other near the border, officials said.';
  for (let i = 0; i < order; i++) {
    for (let k = 0, tries = 0; k < edgesPerNode && tries < 50; tries++) {
      const community = Math.floor(i / 50) * 50;
      const j = rand() < 0.85 ? community + Math.floor(rand() * 50) : Math.floor(rand() * order);
      if (j === i || j >= order) continue;
      const type = RELATION_TYPES[Math.floor(rand() * RELATION_TYPES.length)]!;
      const [s, t] = type === 'allied_with' && j < i ? [j, i] : [i, j];
      const key = `n${s}|${type}|n${t}`;
      if (keys.has(key)) continue;
      keys.add(key);
      k++;
      edges.push({
        key,
        source: `n${s}`,
        target: `n${t}`,
        attributes: {
          type,
          weight: 1,
          confidence: Math.round(rand() * 100) / 100,
          evidence: [{ sentence, start: 0, end: sentence.length, sourceMention: { start: 0, end: 8 }, targetMention: { start: 53, end: 62 }, rule: 'bench', confidence: 0.5, articleId: 'bench', published: '2024-03-01' }],
        },
      });
    }
  }
  return { nodes, edges };
}

interface ViewFigures {
  order: number;
  size: number;
  firstRenderMs: number;
  firstPaintedMs: number;
  layoutMs: number | undefined;
  layoutEnd: string;
  longTasks: number;
  maxLongTaskMs: number;
  longTasksOver200: number;
}

const fmt = (n: number | undefined): string => (n === undefined ? '—' : `${Math.round(n)}`);

export async function benchView(args: string[] = []): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { sizes: { type: 'string', default: '1000,5000,10000' }, edges: { type: 'string', default: '4' }, timeout: { type: 'string', default: '120000' } },
    allowPositionals: false,
    strict: true,
  });
  if (!hasChromium) {
    console.log(SKIP_MESSAGE);
    return;
  }
  const sizes = values.sizes.split(',').map((s) => Number(s.trim())).filter((n) => Number.isInteger(n) && n > 0);
  const perNode = Number(values.edges);
  const timeout = Number(values.timeout);
  ensureBuilt();
  const browser = await launchChromium();
  const rows: ViewFigures[] = [];
  try {
    for (const order of sizes) {
      const graph = syntheticGraph(order, perNode);
      const served = await serveView(graph);
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      try {
        await page.goto(served.url);
        await page.waitForFunction(() => window.__newsgraph?.metrics.firstRender !== undefined, undefined, { timeout });
        await page.waitForFunction(() => window.__newsgraph?.metrics.layoutConverged !== undefined, undefined, { timeout, polling: 500 });
        const m = await page.evaluate(() => {
          const h = window.__newsgraph!;
          const w = h.metrics.layoutWindows[0];
          return {
            firstRender: h.metrics.firstRender!,
            firstPainted: h.metrics.firstPainted ?? NaN,
            layoutMs: w && w.end !== undefined ? w.end - w.start : undefined,
            layoutEnd: h.metrics.layoutEnd ?? '?',
            tasks: h.longTasksDuringLayout().map((t) => t.duration),
            order: h.visibleNodes().length,
            size: h.visibleEdges().length,
          };
        });
        rows.push({
          order: m.order,
          size: m.size,
          firstRenderMs: m.firstRender,
          firstPaintedMs: m.firstPainted,
          layoutMs: m.layoutMs,
          layoutEnd: m.layoutEnd,
          longTasks: m.tasks.length,
          maxLongTaskMs: Math.max(0, ...m.tasks),
          longTasksOver200: m.tasks.filter((d) => d > 200).length,
        });
      } finally {
        await page.close();
        await served.close();
      }
    }
  } finally {
    await browser.close();
  }
  console.log('nodes\tedges\tfirst render ms\tfirst frame painted ms\tlayout ms\tlayout end\tlong tasks (layout)\tmax task ms\ttasks >200ms');
  for (const r of rows) {
    console.log([r.order, r.size, fmt(r.firstRenderMs), fmt(r.firstPaintedMs), fmt(r.layoutMs), r.layoutEnd, r.longTasks, fmt(r.maxLongTaskMs), r.longTasksOver200].join('\t'));
  }
  const big = rows.find((r) => r.order >= 10_000);
  if (big) {
    console.log(`target @10k: first render ≤ 3000 ms: ${big.firstRenderMs <= 3000 ? 'met' : 'MISSED'} (${fmt(big.firstRenderMs)}); no layout task > 200 ms: ${big.longTasksOver200 === 0 ? 'met' : 'MISSED'} (max ${fmt(big.maxLongTaskMs)})`);
  }
}
