/**
 * Startup benchmark (`npm run bench -- startup`): how long a user waits for
 * the installed CLI (the compiled dist/cli/bin.js, built first when stale),
 * median of 10 runs each, against the targets of issue 15 on a 2-core
 * machine:
 *
 *   newsgraph --help                         <= 0.15 s
 *   newsgraph neighbors ISIS (corpus store)  <= 0.3 s
 *   newsgraph extract <the seed article>     <= 1.0 s
 *
 * Also `stats`, `search`, `export --layout none` and, as the floor no command
 * can beat, `node -e 0`. Each row gives wall time and CPU time (user + sys,
 * from /usr/bin/time when the machine has it): on a shared machine the wall
 * time carries the load (printed before and after), the CPU time much less.
 *
 *   npm run bench -- startup -- --runs 20
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
const BIN = path.join(REPO, 'dist/cli/bin.js');
const TIME = '/usr/bin/time';

interface Sample {
  wall: number;
  cpu?: number;
}

function once(args: string[], env: NodeJS.ProcessEnv): Sample {
  const timed = existsSync(TIME);
  const cmd = timed ? TIME : process.execPath;
  const argv = timed ? ['-f', 'newsgraph-time %U %S', process.execPath, ...args] : args;
  const t0 = performance.now();
  const r = spawnSync(cmd, argv, { cwd: REPO, env, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  const wall = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}: ${r.stderr.slice(-500)}`);
  const m = /newsgraph-time ([\d.]+) ([\d.]+)/.exec(r.stderr);
  return m ? { wall, cpu: Number(m[1]) + Number(m[2]) } : { wall };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

export async function benchStartup(argv: string[] = []): Promise<string> {
  const i = argv.indexOf('--runs');
  const runs = i >= 0 ? Math.max(1, Number(argv[i + 1]) || 10) : 10;
  // The installed package's CLI: build dist/ when it is missing or older than src/.
  const { build } = (await import(path.join(REPO, 'scripts/build.mjs'))) as { build: (names: string[], o?: { log?: (s: string) => void }) => Promise<void> };
  await build(['lib'], { log: (s) => console.log(`build: ${s}`) });
  if (!existsSync(BIN)) throw new Error(`${BIN} was not built`);

  const dir = mkdtempSync(path.join(tmpdir(), 'ng-bench-startup-'));
  const db = path.join(dir, 'corpus.db');
  const env = { ...process.env, NEWSGRAPH_DB: db };
  const seed = path.join(REPO, 'corpus/seed.article.txt');
  try {
    const ingest = spawnSync(process.execPath, [BIN, 'ingest', path.join(REPO, 'corpus'), '--db', db], { cwd: REPO, encoding: 'utf8' });
    if (ingest.status !== 0) throw new Error(`ingest corpus failed: ${ingest.stderr}`);
    const rows: Array<[string, string[], number | undefined]> = [
      ['node -e 0 (the floor)', ['-e', '0'], undefined],
      ['newsgraph --help', [BIN, '--help'], 0.15],
      ['newsgraph neighbors ISIS', [BIN, 'neighbors', 'ISIS'], 0.3],
      ['newsgraph extract seed.article.txt', [BIN, 'extract', seed], 1.0],
      ['newsgraph stats', [BIN, 'stats'], undefined],
      ['newsgraph search assad', [BIN, 'search', 'assad'], undefined],
      ['newsgraph export --layout none', [BIN, 'export', '--format', 'gexf', '--layout', 'none', '--out', path.join(dir, 'g.gexf')], undefined],
    ];
    const before = load();
    const lines = [`startup: median of ${runs} runs, ${cpus().length} cores, Node ${process.version}, load average before ${before}`];
    lines.push(`${'command'.padEnd(38)} ${'wall s'.padStart(7)} ${'cpu s'.padStart(7)}  target`);
    for (const [name, args, target] of rows) {
      once(args, env); // warm the file cache
      const samples = Array.from({ length: runs }, () => once(args, env));
      const wall = median(samples.map((s) => s.wall));
      const cpu = samples.every((s) => s.cpu !== undefined) ? median(samples.map((s) => s.cpu!)) : undefined;
      const verdict = target === undefined ? '' : `<= ${target.toFixed(2)} s ${wall <= target ? 'met' : 'MISSED (wall)'}${cpu !== undefined && cpu <= target ? ', cpu within' : ''}`;
      lines.push(`${name.padEnd(38)} ${wall.toFixed(3).padStart(7)} ${(cpu === undefined ? '-' : cpu.toFixed(3)).padStart(7)}  ${verdict}`);
    }
    lines.push(`load average after ${load()} (wall times on a loaded machine include waiting for a core)`);
    const pkg = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    lines.push(`binary: ${pkg.bin.newsgraph}`);
    return lines.join('\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
