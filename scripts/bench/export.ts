/**
 * Export benchmark (`npm run bench -- export`): the streamed exports of the
 * store bench's synthetic store (100k entities, 1M relations, one dated
 * evidence each: ./store.ts `syntheticStore`), each format in a child process
 * of its own so that its peak RSS is its own, against graphology-gexf's
 * in-memory writer on the same store in the same run (the graph built with
 * `ng.graph()`, then written whole: what `export` did before).
 *
 *   GEXF (dynamic)  target <= 4 s and <= 600 MB RSS; the other formats faster
 *
 * Options after `--`: --entities N --relations N (default 100000, 1000000),
 * --db FILE (reuse a store built before; built there when missing), --no-baseline.
 * Positions: `--layout none` (a 100k-node ForceAtlas2 run is the layout's
 * cost, not the writer's; `--layout cached` reads the cache in the same pass).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
const CHILD = fileURLToPath(new URL('./export-child.ts', import.meta.url));
const TSX = path.join(REPO, 'node_modules/tsx/dist/esm/index.mjs');

const FORMATS = ['gexf', 'graphml', 'json', 'neo4j-csv', 'gephi-csv'] as const;

function arg(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

interface ChildResult {
  seconds: number;
  cpu: number;
  maxRssMB: number;
  bytes: number;
  nodes: number;
  edges: number;
}

function child(what: string, db: string, out: string): ChildResult {
  const r = spawnSync(process.execPath, ['--import', TSX, CHILD, what, db, out], { cwd: REPO, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${what} failed (${r.status}): ${r.stderr.slice(-1000)}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as ChildResult;
}

const load = () =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');

export async function benchExport(args: string[] = []): Promise<string> {
  const nE = Number(arg(args, 'entities') ?? 100_000);
  const nR = Number(arg(args, 'relations') ?? 1_000_000);
  const dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-bench-export-'));
  const db = arg(args, 'db') ?? path.join(dir, 'bench.db');
  const lines: string[] = [];
  const log = (s: string) => {
    lines.push(s);
    process.stdout.write(`${s}\n`);
  };
  try {
    log(`load average ${load()} on ${cpus().length} cores`);
    if (!existsSync(db)) {
      const { syntheticStore } = await import('./store.ts');
      const { loadMs } = await syntheticStore(db, nE, nR);
      log(`synthetic store: ${nE} entities, ${nR} relations in ${(loadMs / 1000).toFixed(1)} s (${(statSync(db).size / 1048576).toFixed(0)} MiB)`);
    } else {
      log(`store: ${db} (${(statSync(db).size / 1048576).toFixed(0)} MiB)`);
    }
    const baseline = args.includes('--no-baseline') ? undefined : child('graphology-gexf', db, path.join(dir, 'baseline.gexf'));
    if (baseline) log(`graphology-gexf (ng.graph() + write in memory): ${baseline.seconds.toFixed(2)} s (cpu ${baseline.cpu.toFixed(2)} s), ${baseline.maxRssMB} MB peak RSS, ${(baseline.bytes / 1048576).toFixed(0)} MiB written, ${baseline.nodes} nodes, ${baseline.edges} edges`);
    log(`${'format'.padEnd(10)} ${'s'.padStart(7)} ${'cpu s'.padStart(7)} ${'RSS MB'.padStart(7)} ${'MiB'.padStart(6)} ${'nodes'.padStart(7)} ${'edges'.padStart(8)}  vs graphology-gexf`);
    for (const format of FORMATS) {
      const out = path.join(dir, format.endsWith('csv') ? format : `out.${format}`);
      const r = child(format, db, out);
      const ratio = baseline ? `${(baseline.seconds / r.seconds).toFixed(1)}x faster, ${(baseline.maxRssMB / r.maxRssMB).toFixed(1)}x less memory` : '';
      const target = format === 'gexf' ? `  (target <= 4 s, <= 600 MB: ${r.seconds <= 4 && r.maxRssMB <= 600 ? 'met' : 'MISSED'})` : '';
      log(`${format.padEnd(10)} ${r.seconds.toFixed(2).padStart(7)} ${r.cpu.toFixed(2).padStart(7)} ${String(r.maxRssMB).padStart(7)} ${(r.bytes / 1048576).toFixed(0).padStart(6)} ${String(r.nodes).padStart(7)} ${String(r.edges).padStart(8)}  ${ratio}${target}`);
      rmSync(out, { recursive: true, force: true });
    }
    log(`load average after ${load()} (times are wall clock; on a loaded machine they include waiting for a core)`);
    return '';
  } finally {
    rmSync(dir, { recursive: true, force: true }); // a store given with --db lives elsewhere and is kept
  }
}
