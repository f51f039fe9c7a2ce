/**
 * Ingest benchmark (`npm run bench -- ingest`, issue 15 item 4): end-to-end
 * ingest (read, extract, resolve, store; `ng.ingestPaths` with `--jobs`
 * worker threads, one store transaction per article) of
 * ../shared/data/wiki-syria copied N times with unique text, into a new
 * SQLite store. Each step runs in a child process of its own
 * (./ingest-child.mjs, by plain node as the installed CLI runs; tsx only for
 * --source) so its CPU time (worker threads included) and peak RSS are its own.
 *
 *   target: >= 1 MB/s on two cores at 10 copies (~50 MB), peak RSS <= 600 MB
 *
 * Prints per step: MB (Markdown on disk), wall seconds and MB/s, CPU seconds
 * and MB per CPU-second, articles/s, peak RSS; then how time grows from the
 * first step to the last (seconds per MB, which a linear ingest keeps flat),
 * and compromise's own full parse (`nlp(text)`, one thread) of the largest
 * step's text in the same run, with the ratio of CPU seconds.
 *
 * Runs the built package (dist/, built first when stale), as an installed
 * newsgraph runs; `--source` runs src/ through tsx instead (slower to start,
 * and every worker thread loads tsx).
 *
 * Options after `--`: --copies 1,10 (the steps; default 1,10: ~5 and ~50 MB), --source,
 * --jobs N (default 2), --ahead-kb N (IngestOptions.aheadKb), --articles N (the first N files of wiki-syria only: a quick run), --no-compromise, --keep (leave the corpus and stores
 * in the temporary folder). Skips with a message when the shared data is absent.
 * Copy k of an article gets its own first line ("Benchmark copy k of ..."),
 * so every copy has its own content hash and is analysed and written anew.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { arg, load, REPO, runChild, TSX } from './kit.ts';

const CHILD = fileURLToPath(new URL('./ingest-child.mjs', import.meta.url));

interface ChildResult {
  seconds: number;
  cpu: number;
  maxRssMB: number;
  articles: number;
  failed: number;
  textBytes: number;
  workerIdle?: number[];
}

// Plain node, as `newsgraph ingest` runs (tsx only for --source, which needs it).
const child = (args: string[]): ChildResult =>
  runChild<ChildResult>(CHILD, args, `ingest-child ${args[0]}`, undefined, process.env.NEWSGRAPH_BENCH_SOURCE === '1' ? ['--import', TSX] : []);

/** The body of a Markdown file with a first line of its own after the front matter. */
export function uniqueCopy(content: string, copy: number, name: string): string {
  const line = `Benchmark copy ${copy + 1} of ${name.replace(/\.md$/, '').replace(/_/g, ' ')}.\n\n`;
  const fm = /^---[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*\r?\n/.exec(content);
  return fm ? fm[0] + '\n' + line + content.slice(fm[0].length) : line + content;
}

/** Write copies [from, to) of every .md file of `src` into `dir/copy-NN/`; the bytes written. */
function writeCopies(src: string, dir: string, from: number, to: number, articles: number): number {
  let bytes = 0;
  const files = readdirSync(src).filter((f) => f.endsWith('.md')).sort().slice(0, articles);
  for (let k = from; k < to; k++) {
    const out = path.join(dir, `copy-${String(k + 1).padStart(2, '0')}`);
    mkdirSync(out, { recursive: true });
    for (const f of files) {
      const text = uniqueCopy(readFileSync(path.join(src, f), 'utf8'), k, f);
      writeFileSync(path.join(out, f), text);
      bytes += Buffer.byteLength(text);
    }
  }
  return bytes;
}

function dirBytes(dir: string): number {
  return readdirSync(dir).reduce((n, f) => {
    const p = path.join(dir, f);
    return n + (statSync(p).isDirectory() ? dirBytes(p) : statSync(p).size);
  }, 0);
}

export async function benchIngest(args: string[] = []): Promise<void> {
  const src = path.join(REPO, '..', 'shared', 'data', 'wiki-syria');
  if (!existsSync(src)) {
    console.log(`bench ingest: ${src} not found (skipped)`);
    return;
  }
  const steps = (arg(args, 'copies') ?? '1,10')
    .split(',')
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0)
    .sort((a, b) => a - b);
  if (!steps.length) throw new Error('bench ingest: --copies wants positive whole numbers, e.g. 1,10');
  const jobs = Number(arg(args, 'jobs') ?? 2);
  const source = args.includes('--source');
  const ahead = arg(args, 'ahead-kb');
  if (ahead) process.env.NEWSGRAPH_BENCH_AHEAD_KB = ahead;
  if (source) process.env.NEWSGRAPH_BENCH_SOURCE = '1';
  else {
    // The package as installed: dist/ (built first when stale), whose workers load no tsx.
    const { build } = (await import(path.join(REPO, 'scripts/build.mjs'))) as { build: (names: string[], o?: { log?: (s: string) => void }) => Promise<void> };
    await build(['lib'], { log: (s) => console.log(`build: ${s}`) });
  }
  const tmp = mkdtempSync(path.join(tmpdir(), 'newsgraph-bench-ingest-'));
  try {
    const corpus = path.join(tmp, 'corpus');
    writeCopies(src, corpus, 0, steps[steps.length - 1]!, Number(arg(args, 'articles') ?? Infinity));
    console.log(`bench ingest: wiki-syria copied with unique text into ${corpus}; --jobs ${jobs}; ${source ? 'src/ through tsx' : 'the built dist/'}; load average ${load()}`);
    const rows: Array<{ copies: number; mb: number; r: ChildResult }> = [];
    for (const copies of steps) {
      const dirs = Array.from({ length: copies }, (_, k) => path.join(corpus, `copy-${String(k + 1).padStart(2, '0')}`));
      const mb = dirs.reduce((n, d) => n + dirBytes(d), 0) / 1e6;
      const r = child(['ingest', path.join(tmp, `store-${copies}.db`), String(jobs), ...dirs]);
      rows.push({ copies, mb, r });
      console.log(
        `  ${String(copies).padStart(2)} copies ${mb.toFixed(1).padStart(5)} MB: ${r.seconds.toFixed(1)} s wall -> ${(mb / r.seconds).toFixed(3)} MB/s, ` +
          `${(r.articles / r.seconds).toFixed(1)} articles/s (${r.articles} articles${r.failed ? `, ${r.failed} failed` : ''}); ` +
          `${r.cpu.toFixed(1)} CPU s -> ${(mb / r.cpu).toFixed(3)} MB/cpu-s; peak RSS ${r.maxRssMB} MB; ` +
          `${r.workerIdle ? `workers idle ${r.workerIdle.map((x) => `${(100 * x).toFixed(0)}%`).join(', ')} of the wall; ` : ''}load ${load()}`,
      );
    }
    if (rows.length > 1) {
      const a = rows[0]!;
      const b = rows[rows.length - 1]!;
      const per = (x: typeof a) => x.r.seconds / x.mb;
      const cpuPer = (x: typeof a) => x.r.cpu / x.mb;
      console.log(
        `  growth ${a.mb.toFixed(1)} -> ${b.mb.toFixed(1)} MB (x${(b.mb / a.mb).toFixed(1)}): time x${(b.r.seconds / a.r.seconds).toFixed(2)}, CPU x${(b.r.cpu / a.r.cpu).toFixed(2)}; ` +
          `s per MB ${per(a).toFixed(2)} -> ${per(b).toFixed(2)} wall, ${cpuPer(a).toFixed(2)} -> ${cpuPer(b).toFixed(2)} CPU (linear: flat)`,
      );
    }
    const last = rows[rows.length - 1]!;
    if (last.mb >= 40) {
      console.log(`  target (>= 1 MB/s wall on two cores, peak RSS <= 600 MB at ~50 MB): speed ${last.mb / last.r.seconds >= 1 ? 'met' : 'NOT met'}, RSS ${last.r.maxRssMB <= 600 ? 'met' : 'NOT met'} (wall figures hold only on an otherwise idle machine: load ${load()})`);
    } else {
      console.log(`  target (>= 1 MB/s, peak RSS <= 600 MB) is for ~50 MB (--copies 1,10 with every article); this run's largest step is ${last.mb.toFixed(1)} MB: not judged`);
    }
    if (!args.includes('--no-compromise')) {
      const dirs = Array.from({ length: last.copies }, (_, k) => path.join(corpus, `copy-${String(k + 1).padStart(2, '0')}`));
      const c = child(['compromise', ...dirs]);
      console.log(
        `  compromise nlp(text), same ${last.mb.toFixed(1)} MB, one thread: ${c.seconds.toFixed(1)} s wall, ${c.cpu.toFixed(1)} CPU s -> ${(last.mb / c.cpu).toFixed(3)} MB/cpu-s; ` +
          `ingest / compromise CPU = ${(last.r.cpu / c.cpu).toFixed(2)}x; load ${load()}`,
      );
    }
  } finally {
    if (args.includes('--keep')) console.log(`  kept ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await benchIngest(process.argv.slice(2));
