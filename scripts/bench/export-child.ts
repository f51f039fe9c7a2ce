/**
 * One measurement of ./export.ts, in a process of its own (its peak RSS is
 * the export's): `export-child.ts <format|graphology-gexf> <db> <out> [workers]`
 * (workers: the export's `workers` option, 0 for all in one thread; default the cores)
 * prints one JSON line { seconds, cpu, maxRssMB, bytes, nodes, edges } (cpu: user + system seconds of the
 * export, process.cpuUsage, beside the wall clock: on a shared machine the wall clock includes waiting for a core).
 */
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ExportFormat } from '../../src/export/stream.ts';

// The built package (dist/, built by ./export.ts first): what a user runs, and what the export's worker threads load
// (from src/ each would compile the TypeScript it needs through tsx again, inside the clock). Typed by the sources.
const dist = (file: string) => new URL(`../../dist/${file}`, import.meta.url).href;
const { openNewsgraph } = (await import(dist('api.js'))) as typeof import('../../src/api.ts');
const { gexfText } = (await import(dist('export/gexf-text.js'))) as typeof import('../../src/export/gexf-text.ts');

const [what, db, out, workersArg] = process.argv.slice(2) as [string, string, string, string | undefined];
// The modules `exportGraph` imports on first use, loaded before the clock starts: the figures are the export's own.
await Promise.all([import(dist('export/records.js')), import(dist('export/stream.js')), import(dist('layout/index.js'))]);
const ng = openNewsgraph({ db, mustExist: true });
const t0 = performance.now();
const c0 = process.cpuUsage();
let nodes: number;
let edges: number;
if (what === 'graphology-gexf') {
  // What `export` did before (without its ForceAtlas2 run): the whole graph in memory, then graphology-gexf's writer (src/export/gexf-text.ts).
  const g = await ng.graph();
  writeFileSync(out, gexfText(g));
  nodes = g.order;
  edges = g.size;
} else {
  ({ nodes, edges } = await ng.exportGraph(what as ExportFormat, { path: out }, { layout: 'none', ...(workersArg !== undefined ? { workers: Number(workersArg) } : {}) }));
}
const seconds = (performance.now() - t0) / 1000;
const c = process.cpuUsage(c0);
const cpu = (c.user + c.system) / 1e6;
await ng.close();
const size = (p: string): number => (statSync(p).isDirectory() ? readdirSync(p).reduce((n, f) => n + size(path.join(p, f)), 0) : statSync(p).size);
process.stdout.write(`${JSON.stringify({ seconds, cpu, maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024), bytes: size(out), nodes, edges })}\n`);
