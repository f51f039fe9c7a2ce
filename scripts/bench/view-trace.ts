/**
 * Where the view's time goes: one page load of `npm run bench -- view`'s
 * sequence (load, first render, settle 2 s, a 2 s mouse pan, 0.5 s) with a
 * Chromium trace and a V8 CPU profile (CDP `Tracing` and `Profiler` through
 * playwright-core), summarised:
 *   - navigation start to first render, split by what the main thread ran
 *     (the profile's inclusive time of the view's and sigma's functions,
 *     plus the trace's fetch, parse, GC and GPU waits);
 *   - every main-thread task over 50 ms after the first render: its wall
 *     and thread (CPU) time and the functions that took it.
 *
 * The prepared graphs (src/layout/prepare.ts: ~20 s for 10k) are cached in
 * the system temp folder; `--dist` serves another build of the view (an A/B
 * against a copy of main's web/dist), `--runs N` alternates the dists.
 *
 * Each task after the first render also says how long the GPU process's
 * main thread was busy in it (software WebGL's work; the page waits for it
 * at a frame's commit) and how many canvases the commit read back.
 *
 *   npx tsx scripts/bench/view-trace.ts [--graph 10k|100k|wiki] [--dist DIR[,DIR2]] [--runs N] [--out trace.json] [--functions a,b]
 *     [--min-task ms (tasks after the first render listed: default 50)] [--categories extra,trace,categories]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { openNewsgraph } from '../../src/api.ts';
import { toCompact, type SerializedGraph } from '../../src/graph/compact.ts';
import { createGraph } from '../../src/graph/create.ts';
import { prepareViewGraph } from '../../src/layout/prepare.ts';
import type { NewsGraph } from '../../src/types.ts';
import { distDir, launchChromium } from '../../test/browser/helpers.ts';
import { plantedGraph } from '../../test/browser/synthetic-store.ts';

const cacheDir = path.join(tmpdir(), 'newsgraph-view-trace');

/** The compact body the server sends for the bench's graph, prepared once and cached. */
export async function preparedBody(which: string): Promise<string> {
  mkdirSync(cacheDir, { recursive: true });
  const file = path.join(cacheDir, `${which}.compact.json`);
  if (existsSync(file)) return readFileSync(file, 'utf8');
  let graph: NewsGraph;
  if (which === 'wiki') {
    const shared = path.resolve(fileURLToPath(new URL('../../../shared/data/wiki-syria', import.meta.url)));
    const db = path.join(cacheDir, 'wiki.db');
    if (!existsSync(db)) {
      const ng = openNewsgraph({ db });
      await ng.ingestPaths([shared]);
      ng.close();
    }
    const ng = openNewsgraph({ db, readonly: true });
    graph = await ng.graph();
    ng.close();
  } else {
    const n = which === '100k' ? 100_000 : 10_000;
    const perNode = Math.max(1, Math.round((n * 5) / (n * 0.72)));
    graph = createGraph();
    graph.import(plantedGraph({ nodes: n, edgesPerNode: perNode, evidence: n <= 20_000 }) as unknown as Parameters<NewsGraph['import']>[0]);
  }
  prepareViewGraph(graph);
  const out = graph.export();
  out.attributes = { ...out.attributes, evidence: 'omitted' };
  for (const e of out.edges) if (e.attributes) e.attributes = { ...e.attributes, evidence: [] };
  const body = JSON.stringify(toCompact(out as unknown as SerializedGraph));
  writeFileSync(file, body);
  return body;
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

export async function serve(dist: string, body: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/api/graph') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(body);
      return;
    }
    const file = path.join(dist, url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname));
    if (!file.startsWith(dist) || !existsSync(file)) {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise<void>((ok) => server.close(() => ok())) };
}

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown>;
}

interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }>;
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Inclusive and self ms per function name between two profile times (µs). */
function profileWindow(p: CpuProfile, from: number, to: number): { incl: Map<string, number>; self: Map<string, number> } {
  const parent = new Map<number, number>();
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const incl = new Map<string, number>();
  const self = new Map<string, number>();
  let t = p.startTime;
  for (let i = 0; i < p.samples.length; i++) {
    t += p.timeDeltas[i]!;
    const next = i + 1 < p.samples.length ? t + p.timeDeltas[i + 1]! : t;
    if (t < from || t > to) continue;
    const dt = (next - t) / 1000;
    let id: number | undefined = p.samples[i]!;
    const leaf = byId.get(id)!;
    const leafName = nameOf(leaf.callFrame);
    self.set(leafName, (self.get(leafName) ?? 0) + dt);
    const seen = new Set<string>();
    while (id !== undefined) {
      const n = byId.get(id)!;
      const name = nameOf(n.callFrame);
      if (!seen.has(name)) {
        seen.add(name);
        incl.set(name, (incl.get(name) ?? 0) + dt);
      }
      id = parent.get(id);
    }
  }
  return { incl, self };
}

function nameOf(f: { functionName: string; url: string; lineNumber: number }): string {
  const file = f.url ? f.url.split('/').pop() : '';
  return `${f.functionName || '(anon)'}${file ? ` ${file}:${f.lineNumber + 1}` : ''}`;
}

function top(m: Map<string, number>, n: number, skip: RegExp = /^\((root|program|idle)\)/): string {
  return [...m]
    .filter(([k]) => !skip.test(k))
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `    ${v.toFixed(0).padStart(6)} ms  ${k}`)
    .join('\n');
}

async function traceOnce(dist: string, body: string, opts: { out?: string; verbose: boolean; functions: string[]; categories: string[]; minTask: number }): Promise<{ firstRender: number; over200: number; max: number; cpuOver200: number }> {
  const browser = await launchChromium();
  const served = await serve(dist, body);
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
    const done = new Promise<void>((ok) => cdp.once('Tracing.tracingComplete', () => ok()));
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    await cdp.send('Tracing.start', {
      transferMode: 'ReportEvents',
      traceConfig: {
        includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink.user_timing', 'loading', 'gpu', 'toplevel', 'disabled-by-default-devtools.timeline.frame', ...opts.categories],
      },
    });
    await cdp.send('Profiler.start');
    await page.goto(served.url);
    await page.waitForFunction(() => window.__newsgraph?.metrics.firstRender !== undefined, undefined, { timeout: 120_000, polling: 200 });
    await page.waitForTimeout(2000);
    const box = (await page.locator('#graph').boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.5);
    await page.mouse.down();
    const steps = 40;
    for (let i = 1; i <= steps; i++) {
      await page.mouse.move(box.x + box.width * (0.3 + (0.4 * i) / steps), box.y + box.height * (0.5 + 0.1 * Math.sin(i / 4)));
      await page.waitForTimeout(40);
    }
    await page.mouse.up();
    await page.waitForTimeout(500);
    const m = await page.evaluate(() => {
      const h = window.__newsgraph!;
      return { firstRender: h.metrics.firstRender!, dataReady: h.metrics.dataReady, firstPainted: h.metrics.firstPainted, longTasks: h.metrics.longTasks, overlaps: h.labelOverlaps(), share: h.visibleShare(), frames: h.frames(), timeOrigin: performance.timeOrigin };
    });
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    await cdp.send('Tracing.end');
    await done;
    if (opts.out) writeFileSync(opts.out, JSON.stringify({ traceEvents: events }));

    // The renderer's main thread.
    const threadName = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((x) => x.pid === e.pid && x.name === 'navigationStart'));
    const mainPid = threadName?.pid;
    const mainTid = threadName?.tid;
    const nav = events.find((e) => e.name === 'navigationStart' && e.pid === mainPid && (e.args?.data as { isLoadingMainFrame?: boolean } | undefined)?.isLoadingMainFrame) ?? events.find((e) => e.name === 'navigationStart' && e.pid === mainPid);
    const navTs = nav?.ts ?? 0;
    const onMain = events.filter((e) => e.pid === mainPid && e.tid === mainTid && e.ph === 'X');
    // Top-level tasks only (a ThreadControllerImpl::RunTask holds its RunTask).
    const tasks: TraceEvent[] = [];
    for (const e of onMain.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask').sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0))) {
      const last = tasks[tasks.length - 1];
      if (last && e.ts + (e.dur ?? 0) <= last.ts + (last.dur ?? 0)) continue;
      tasks.push(e);
    }
    const frMicro = navTs + m.firstRender * 1000;
    const log = (s: string) => process.stdout.write(s + '\n');
    const after = m.longTasks.filter((t) => t.start > m.firstRender);
    const over = after.filter((t) => t.duration > 200);
    log(`dist ${dist}: first render ${m.firstRender.toFixed(0)} ms, data ready ${m.dataReady?.toFixed(0)}, first painted ${m.firstPainted?.toFixed(0)}; frames ${m.frames}; overlaps ${m.overlaps}; in view ${(m.share * 100).toFixed(1)}%; long tasks after first render: ${over.length} over 200 ms (max ${Math.max(0, ...after.map((t) => t.duration)).toFixed(0)})`);
    // Before the first render: tasks, and what ran in them.
    const before = tasks.filter((t) => t.ts >= navTs && t.ts < frMicro);
    const sum = (xs: TraceEvent[], f: (e: TraceEvent) => number) => xs.reduce((a, e) => a + f(e), 0);
    log(`  before first render: ${before.length} tasks, wall ${(sum(before, (e) => e.dur ?? 0) / 1000).toFixed(0)} ms, thread ${(sum(before, (e) => e.tdur ?? 0) / 1000).toFixed(0)} ms`);
    const named = (re: RegExp, from: number, to: number) => onMain.filter((e) => re.test(e.name) && e.ts >= from && e.ts < to);
    for (const [label, re] of [
      ['ParseHTML/EvaluateScript/compile', /^(ParseHTML|EvaluateScript|v8\.compile|CompileScript|v8\.compileModule|EvaluateModule)$/],
      ['GC', /^(MinorGC|MajorGC|V8\.GC.*|BlinkGC.*)$/],
      ['ResourceReceivedData/FinishLoading', /^(ResourceReceivedData|ResourceFinish)$/],
      ['Layout/Paint/Style', /^(Layout|Paint|UpdateLayoutTree|PrePaint|Layerize|Commit)$/],
      ['FunctionCall', /^FunctionCall$/],
    ] as const) {
      const xs = named(re, navTs, frMicro);
      log(`    ${label}: ${(sum(xs, (e) => e.dur ?? 0) / 1000).toFixed(0)} ms wall (${xs.length})`);
    }
    const gaps: string[] = [];
    let prevEnd = navTs;
    for (const t of before) {
      if (t.ts - prevEnd > 30_000) gaps.push(`${((prevEnd - navTs) / 1000).toFixed(0)}-${((t.ts - navTs) / 1000).toFixed(0)}`);
      prevEnd = Math.max(prevEnd, t.ts + (t.dur ?? 0));
    }
    log(`    main thread idle (> 30 ms) at: ${gaps.join(', ') || 'never'}`);
    const bigBefore = before.filter((t) => (t.dur ?? 0) > 50_000);
    for (const t of bigBefore) {
      const w = profileWindow(profile, t.ts, t.ts + (t.dur ?? 0));
      const inner = onMain.filter((e) => e.ts >= t.ts && e.ts < t.ts + (t.dur ?? 0) && e !== t);
      const waits = new Map<string, number>();
      for (const e of inner) if (/Wait|Finish|Sync|GC$|GC_|MajorGC|MinorGC/.test(e.name)) waits.set(e.name, (waits.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
      log(`  task at ${((t.ts - navTs) / 1000).toFixed(0)} ms: wall ${((t.dur ?? 0) / 1000).toFixed(0)} ms, thread ${((t.tdur ?? 0) / 1000).toFixed(0)} ms; waits/GC: ${[...waits].filter(([, v]) => v > 5).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')}`);
      if (opts.verbose) log(`   inclusive:\n${top(w.incl, 45)}\n   self:\n${top(w.self, 25)}`);
    }
    if (opts.functions.length) {
      const w = profileWindow(profile, navTs, frMicro);
      for (const f of opts.functions) {
        const hits = [...w.incl].filter(([k]) => k.startsWith(f + ' ') || k === f);
        log(`    fn ${f}: ${hits.map(([k, v]) => `${v.toFixed(0)} ms (${k})`).join('; ') || '—'}`);
      }
    }
    // After: every task over 50 ms.
    const afterTasks = tasks.filter((t) => t.ts >= frMicro && (t.dur ?? 0) > opts.minTask * 1000);
    // The GPU process's main thread (software WebGL runs there; the page waits for it at a frame's commit).
    const gpuThread = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrGpuMain');
    const gpuTasks = events.filter((e) => gpuThread && e.pid === gpuThread.pid && e.tid === gpuThread.tid && e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask');
    const gpuBusy = (from: number, to: number): number => gpuTasks.reduce((a, e) => a + Math.max(0, Math.min(to, e.ts + (e.dur ?? 0)) - Math.max(from, e.ts)), 0) / 1000;
    // Its thread (CPU) time, of the tasks that started in the window (software WebGL's raster threads are not traced).
    const gpuCpu = (from: number, to: number): number => gpuTasks.filter((e) => e.ts >= from && e.ts < to).reduce((a, e) => a + (e.tdur ?? 0), 0) / 1000;
    log(`  after first render: ${afterTasks.length} tasks over ${opts.minTask} ms (trace), ${afterTasks.filter((t) => (t.dur ?? 0) > 200_000).length} over 200 ms; thread time of those: ${afterTasks.filter((t) => (t.dur ?? 0) > 200_000).map((t) => ((t.tdur ?? 0) / 1000).toFixed(0)).join(' ')}`);
    for (const t of afterTasks) {
      const w = profileWindow(profile, t.ts, t.ts + (t.dur ?? 0));
      const inner = onMain.filter((e) => e.ts >= t.ts && e.ts < t.ts + (t.dur ?? 0) && e !== t && (e.dur ?? 0) > 5000);
      const kinds = [...new Set(inner.map((e) => e.name))].slice(0, 6).join(',');
      // Canvases read back by the task's frame commits (a ReadPixels outside a commit is a picking lookup).
      const commits = onMain.filter((e) => e.name === 'Commit' && e.ts >= t.ts && e.ts < t.ts + (t.dur ?? 0));
      const reads = onMain.filter((e) => e.name === 'GLES2::ReadPixels' && commits.some((c) => e.ts >= c.ts && e.ts < c.ts + (c.dur ?? 0))).length;
      log(`  task at ${((t.ts - navTs) / 1000).toFixed(0)} ms: wall ${((t.dur ?? 0) / 1000).toFixed(0)} ms, thread ${((t.tdur ?? 0) / 1000).toFixed(0)} ms, GPU process main thread busy ${gpuBusy(t.ts, t.ts + (t.dur ?? 0)).toFixed(0)} ms (thread ${gpuCpu(t.ts, t.ts + (t.dur ?? 0)).toFixed(0)}), ${reads} canvases read back [${kinds}]`);
      if (opts.verbose) log(`   inclusive:\n${top(w.incl, 10)}\n   self:\n${top(w.self, 6)}`);
    }
    return { firstRender: m.firstRender, over200: over.length, max: Math.max(0, ...after.map((t) => t.duration)), cpuOver200: afterTasks.filter((t) => (t.tdur ?? 0) > 200_000).length };
  } finally {
    await served.close();
    await browser.close();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      graph: { type: 'string', default: '10k' },
      dist: { type: 'string', default: distDir },
      runs: { type: 'string', default: '1' },
      out: { type: 'string' },
      quiet: { type: 'boolean', default: false },
      functions: { type: 'string', default: '' },
      categories: { type: 'string', default: '' },
      'min-task': { type: 'string', default: '50' },
    },
  });
  const body = await preparedBody(values.graph);
  const dists = values.dist.split(',').map((d) => path.resolve(d));
  const runs = Number(values.runs);
  const results: Record<string, Array<{ firstRender: number; over200: number; max: number; cpuOver200: number }>> = {};
  for (let i = 0; i < runs; i++) {
    for (const d of dists) {
      process.stdout.write(`-- run ${i + 1}, load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}\n`);
      (results[d] ??= []).push(await traceOnce(d, body, { ...(values.out ? { out: values.out } : {}), verbose: !values.quiet, functions: values.functions.split(',').filter(Boolean), categories: values.categories.split(',').filter(Boolean), minTask: Number(values['min-task']) }));
    }
  }
  for (const [d, rs] of Object.entries(results)) {
    process.stdout.write(`${d}: first render ${rs.map((r) => r.firstRender.toFixed(0)).join(', ')} ms; tasks > 200 ms ${rs.map((r) => r.over200).join(', ')} (max ${rs.map((r) => r.max.toFixed(0)).join(', ')}); trace tasks with > 200 ms thread time: ${rs.map((r) => r.cpuOver200).join(', ')}\n`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) await main();
