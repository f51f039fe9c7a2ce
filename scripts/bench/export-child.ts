/**
 * One measurement of ./export.ts, in a process of its own (its peak RSS is
 * the export's): `export-child.ts <format|graphology-gexf> <db> <out>`
 * prints one JSON line { seconds, cpu, maxRssMB, bytes, nodes, edges } (cpu: user + system seconds of the
 * export, process.cpuUsage, beside the wall clock: on a shared machine the wall clock includes waiting for a core).
 */
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { openNewsgraph } from '../../src/api.ts';
import { gexfText } from '../../src/export/gexf-text.ts';
import type { ExportFormat } from '../../src/export/stream.ts';

const [what, db, out] = process.argv.slice(2) as [string, string, string];
// The modules `exportGraph` imports on first use, loaded before the clock starts: through tsx that is compiling
// TypeScript (0.3-0.8 s under load), which the built package does not do; the figures are the export's own.
await Promise.all([import('../../src/export/records.ts'), import('../../src/export/stream.ts'), import('../../src/layout/index.ts')]);
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
  ({ nodes, edges } = await ng.exportGraph(what as ExportFormat, { path: out }, { layout: 'none' }));
}
const seconds = (performance.now() - t0) / 1000;
const c = process.cpuUsage(c0);
const cpu = (c.user + c.system) / 1e6;
await ng.close();
const size = (p: string): number => (statSync(p).isDirectory() ? readdirSync(p).reduce((n, f) => n + size(path.join(p, f)), 0) : statSync(p).size);
process.stdout.write(`${JSON.stringify({ seconds, cpu, maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024), bytes: size(out), nodes, edges })}\n`);
