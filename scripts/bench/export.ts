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
 * --db FILE (reuse a store built before; built there when missing), --no-baseline, --baseline-heap MB
 * (the in-memory writer's heap limit: default 3/4 of the machine's memory), --ratio-relations N (when the
 * in-memory writer cannot write the full graph, the ratios are measured on a second store of the same entities
 * and N relations, default a quarter),
 * --workers N (the export's worker threads for the edges; 0: all in one thread; default: one per core, at most 4).
 * The children run the built package (dist/, built first when stale).
 * Positions: `--layout none` (a 100k-node ForceAtlas2 run is the layout's
 * cost, not the writer's; `--layout cached` reads the cache in the same pass).
 */
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { arg, load, REPO, runChild } from './kit.ts';

const CHILD = fileURLToPath(new URL('./export-child.ts', import.meta.url));

const FORMATS = ['gexf', 'graphml', 'json', 'neo4j-csv', 'gephi-csv'] as const;

interface ChildResult {
  seconds: number;
  cpu: number;
  maxRssMB: number;
  bytes: number;
  nodes: number;
  edges: number;
}

const child = (what: string, db: string, out: string, workers?: string, nodeArgs: string[] = []): ChildResult =>
  runChild<ChildResult>(CHILD, [what, db, out, ...(workers !== undefined ? [workers] : [])], what, 16 * 1024 * 1024, nodeArgs);

/**
 * The in-memory writer holds the whole graph and its XML at once: at 100k / 1M it needs about 9 GB, past Node's default
 * heap limit. It gets the heap it needs (at most 3/4 of the machine's memory, `--baseline-heap MB` to set it) so that the
 * ratios compare with the way `export` worked before, not with a crash.
 */
const baselineHeapMB = (args: string[]): number => Number(arg(args, 'baseline-heap') ?? Math.floor((totalmem() / 1048576) * 0.75));

export async function benchExport(args: string[] = []): Promise<string> {
  const nE = Number(arg(args, 'entities') ?? 100_000);
  const nR = Number(arg(args, 'relations') ?? 1_000_000);
  const workers = arg(args, 'workers');
  const dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-bench-export-'));
  const db = arg(args, 'db') ?? path.join(dir, 'bench.db');
  const lines: string[] = [];
  const log = (s: string) => {
    lines.push(s);
    process.stdout.write(`${s}\n`);
  };
  try {
    // The children run the built package: build dist/ when it is missing or older than src/.
    const { build } = (await import(path.join(REPO, 'scripts/build.mjs'))) as { build: (names: string[], o?: { log?: (s: string) => void }) => Promise<void> };
    await build(['lib'], { log: (s) => log(`build: ${s}`) });
    log(`load average ${load()} on ${cpus().length} cores`);
    if (!existsSync(db)) {
      const { syntheticStore } = await import('./store.ts');
      const { loadMs } = await syntheticStore(db, nE, nR);
      log(`synthetic store: ${nE} entities, ${nR} relations in ${(loadMs / 1000).toFixed(1)} s (${(statSync(db).size / 1048576).toFixed(0)} MiB)`);
    } else {
      log(`store: ${db} (${(statSync(db).size / 1048576).toFixed(0)} MiB)`);
    }
    const runBaseline = (store: string): { result?: ChildResult; why?: string } => {
      try {
        return { result: child('graphology-gexf', store, path.join(dir, 'baseline.gexf'), undefined, [`--max-old-space-size=${baselineHeapMB(args)}`]) };
      } catch (err) {
        // The in-memory writer is what streaming replaced; where it dies is a result, not a bench failure.
        const message = String((err as Error).message);
        if (/heap out of memory|Reached heap limit/.test(message)) return { why: `out of memory at a ${baselineHeapMB(args)} MB heap (the whole graph and its XML held at once)` };
        if (/Invalid string length/.test(message)) return { why: "its XML, built as one string, is longer than V8's longest string (about 512 MB)" };
        return { why: message.split('\n')[0] };
      } finally {
        rmSync(path.join(dir, 'baseline.gexf'), { force: true });
      }
    };
    const describe = (b: ChildResult) =>
      `${b.seconds.toFixed(2)} s (cpu ${b.cpu.toFixed(2)} s), ${b.maxRssMB} MB peak RSS, ${(b.bytes / 1048576).toFixed(0)} MiB written, ${b.nodes} nodes, ${b.edges} edges`;
    const ratioOf = (b: ChildResult | undefined, r: ChildResult) => (b ? `${(b.seconds / r.seconds).toFixed(1)}x faster, ${(b.maxRssMB / r.maxRssMB).toFixed(1)}x less memory` : '');
    const header = () => log(`${'format'.padEnd(10)} ${'s'.padStart(7)} ${'cpu s'.padStart(7)} ${'RSS MB'.padStart(7)} ${'MiB'.padStart(6)} ${'nodes'.padStart(7)} ${'edges'.padStart(8)}  vs graphology-gexf`);
    const row = (format: string, r: ChildResult, ratio: string, target = '') =>
      log(`${format.padEnd(10)} ${r.seconds.toFixed(2).padStart(7)} ${r.cpu.toFixed(2).padStart(7)} ${String(r.maxRssMB).padStart(7)} ${(r.bytes / 1048576).toFixed(0).padStart(6)} ${String(r.nodes).padStart(7)} ${String(r.edges).padStart(8)}  ${ratio}${target}`);
    const withBaseline = !args.includes('--no-baseline');
    let baseline: ChildResult | undefined;
    let baselineFailed = false;
    if (withBaseline) {
      const b = runBaseline(db);
      baseline = b.result;
      baselineFailed = !b.result;
      log(`graphology-gexf (ng.graph() + write in memory): ${b.result ? describe(b.result) : `failed: ${b.why}`}`);
    }
    log(`edges written by ${workers === undefined ? 'one worker thread per core (at most 4)' : workers === '0' ? 'the export thread itself (--workers 0)' : `${workers} worker threads`}`);
    header();
    for (const format of FORMATS) {
      const out = path.join(dir, format.endsWith('csv') ? format : `out.${format}`);
      const r = child(format, db, out, workers);
      const judged = nE >= 100_000 && nR >= 1_000_000;
      const verdict = !judged ? 'not judged below 100k / 1M' : r.seconds <= 4 && r.maxRssMB <= 600 ? 'met' : 'MISSED';
      const target = format === 'gexf' ? `  (target at 100k / 1M <= 4 s, <= 600 MB: ${verdict})` : '';
      row(format, r, baselineFailed ? 'graphology-gexf cannot write this graph' : ratioOf(baseline, r), target);
      rmSync(out, { recursive: true, force: true });
    }
    if (baselineFailed) {
      // The ratios on the largest graph the in-memory writer can still write: the same entities, fewer relations.
      const nSmall = Number(arg(args, 'ratio-relations') ?? Math.round(nR / 4));
      const small = path.join(dir, 'ratio.db');
      const { syntheticStore } = await import('./store.ts');
      const { loadMs } = await syntheticStore(small, nE, nSmall);
      log(`ratios on a smaller synthetic store that graphology-gexf can write: ${nE} entities, ${nSmall} relations (built in ${(loadMs / 1000).toFixed(1)} s; --ratio-relations N)`);
      const b = runBaseline(small);
      log(`graphology-gexf (ng.graph() + write in memory): ${b.result ? describe(b.result) : `failed: ${b.why}`}`);
      header();
      for (const format of FORMATS) {
        const out = path.join(dir, format.endsWith('csv') ? format : `out.${format}`);
        const r = child(format, small, out, workers);
        row(format, r, ratioOf(b.result, r));
        rmSync(out, { recursive: true, force: true });
      }
    }
    log(`load average after ${load()} (times are wall clock; on a loaded machine they include waiting for a core)`);
    return '';
  } finally {
    rmSync(dir, { recursive: true, force: true }); // a store given with --db lives elsewhere and is kept
  }
}
