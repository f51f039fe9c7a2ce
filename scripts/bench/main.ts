/**
 * `npm run bench`: the benchmark dispatcher.
 *
 *   npm run bench                     all benchmarks
 *   npm run bench -- extract          extraction MB/s and words/s (./extract.ts, benchExtract)
 *   npm run bench -- store            the store (./store.ts, benchStore)
 *   npm run bench -- view             the view (./view.ts, benchView)
 *   npm run bench -- tagger           POS + NER taggers MB/s and tokens/s (./tagger.ts, benchTagger)
 *   npm run bench -- clauses          the clause reader MB/s (./clauses.ts, benchClauses)
 *   npm run bench -- scaling          extraction time per MB of one 0.25-4 MB article (./scaling.ts, benchScaling)
 *   npm run bench -- startup          CLI start times, built dist/ (./startup.ts, benchStartup)
 *   npm run bench -- export           streamed exports of the store bench's graph (./export.ts, benchExport)
 *   npm run bench -- ingest           end-to-end ingest of wiki-syria copied 1 and 10 times (./ingest.ts, benchIngest)
 *   npm run bench -- extract -- ...   anything after `--` goes to the benchmark
 *   npm run bench -- store --backend postgres   so do options after the names
 *
 * Each benchmark lives in its own module, written by its owner; one that is
 * not there yet is reported, not an error. Exit code 1 when a benchmark that
 * exists fails, 2 on an unknown name.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const BENCHES = {
  extract: { file: './extract.ts', fn: 'benchExtract' },
  store: { file: './store.ts', fn: 'benchStore' },
  view: { file: './view.ts', fn: 'benchView' },
  tagger: { file: './tagger.ts', fn: 'benchTagger' },
  clauses: { file: './clauses.ts', fn: 'benchClauses' },
  scaling: { file: './scaling.ts', fn: 'benchScaling' },
  startup: { file: './startup.ts', fn: 'benchStartup' },
  export: { file: './export.ts', fn: 'benchExport' },
  ingest: { file: './ingest.ts', fn: 'benchIngest' },
} as const;
export type BenchName = keyof typeof BENCHES;

function isBench(name: string): name is BenchName {
  return Object.hasOwn(BENCHES, name);
}

export type BenchStatus = 'ran' | 'missing' | 'failed';

export async function runBench(name: BenchName, args: string[], log: (s: string) => void): Promise<BenchStatus> {
  const { file, fn } = BENCHES[name];
  const url = new URL(file, import.meta.url);
  if (!existsSync(fileURLToPath(url))) {
    log(`== bench ${name}: scripts/bench/${file.slice(2)} is not present yet (skipped) ==`);
    return 'missing';
  }
  try {
    const mod = (await import(pathToFileURL(fileURLToPath(url)).href)) as Record<string, unknown>;
    const run = mod[fn];
    if (typeof run !== 'function') {
      log(`== bench ${name}: scripts/bench/${file.slice(2)} does not export ${fn}() yet (skipped) ==`);
      return 'missing';
    }
    log(`== bench ${name} ==`);
    const result: unknown = await (run as (a: string[]) => unknown)(args);
    if (typeof result === 'string') log(result);
    return 'ran';
  } catch (e) {
    log(`== bench ${name}: FAILED: ${(e as Error).name}: ${(e as Error).message} ==`);
    return 'failed';
  }
}

export async function main(argv: string[]): Promise<number> {
  const dash = argv.indexOf('--');
  // `store --backend postgres`: options after the names go to the benchmark as well as anything after `--`.
  const head = dash >= 0 ? argv.slice(0, dash) : argv;
  const firstOption = head.findIndex((a) => a.startsWith('--') && a !== '--help');
  const names = firstOption >= 0 ? head.slice(0, firstOption) : head;
  const rest = [...(firstOption >= 0 ? head.slice(firstOption) : []), ...(dash >= 0 ? argv.slice(dash + 1) : [])];
  if (names.includes('--help') || names.includes('-h')) {
    process.stdout.write(`Usage: npm run bench -- [${Object.keys(BENCHES).join('|')}]... [-- bench args]\n(default: all)\n`);
    return 0;
  }
  const unknown = names.filter((n) => !isBench(n));
  if (unknown.length) {
    process.stderr.write(`UsageError: unknown benchmark "${unknown.join(', ')}"; choose from ${Object.keys(BENCHES).join(', ')}\n`);
    return 2;
  }
  const picked = (names.length ? names : Object.keys(BENCHES)) as BenchName[];
  const log = (s: string) => process.stdout.write(s + '\n');
  const statuses: Array<[BenchName, BenchStatus]> = [];
  for (const name of picked) statuses.push([name, await runBench(name, rest, log)]);
  log(`\nbench summary: ${statuses.map(([n, s]) => `${n} ${s}`).join(', ')}`);
  return statuses.some(([, s]) => s === 'failed') ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = await main(process.argv.slice(2));
}
