/**
 * One measurement of ./ingest.ts, in a process of its own (its CPU time and
 * peak RSS are the measurement's own, worker threads included). Plain
 * JavaScript, run by plain node as `newsgraph ingest` runs: tsx only with
 * NEWSGRAPH_BENCH_SOURCE=1 (its module hooks run on a thread of their own,
 * about 30 MB of RSS that an installed newsgraph does not have):
 *
 *   ingest-child.mjs ingest <db> <jobs> <dir>...   end-to-end ingest (read, extract, resolve, store) through the API
 *                                                  of the built package (dist/api.js; NEWSGRAPH_BENCH_SOURCE=1: src/ through tsx;
 *                                                  NEWSGRAPH_BENCH_AHEAD_KB: IngestOptions.aheadKb)
 *   ingest-child.mjs compromise <dir>...           compromise's own full parse (`nlp(text)`) of the same articles, one thread
 *
 * Prints one JSON line { seconds, cpu, maxRssMB, articles, failed, textBytes, workerIdle? }
 * (workerIdle: per extraction worker, the share of the ingest's wall it waited for work).
 */
const source = process.env.NEWSGRAPH_BENCH_SOURCE === '1';
/** A module of the package: src/ through tsx with NEWSGRAPH_BENCH_SOURCE=1, else the built dist/. */
const lib = (m) => import(source ? `../../src/${m}.ts` : `../../dist/${m}.js`);

const [what, ...rest] = process.argv.slice(2);
const t0 = performance.now();
const c0 = process.cpuUsage();
let articles = 0;
let failed = 0;
let textBytes = 0;
let workerIdle;
if (what === 'ingest') {
  const [db, jobs, ...dirs] = rest;
  // As installed: the compiled modules, whose worker threads load compiled modules too (no tsx in them).
  // The JIT and the heap tuned as the CLI tunes its process (src/cli/bin.ts, the ingest command), before the API's code runs.
  const jit = await lib('util/jit');
  jit.tuneJit();
  jit.tuneIngestHeap();
  const { openNewsgraph } = await lib('api');
  const ng = openNewsgraph({ db, bulkWrites: true }); // as `newsgraph ingest` opens it
  const ahead = process.env.NEWSGRAPH_BENCH_AHEAD_KB;
  const summary = await ng.ingestPaths(dirs, { jobs: Number(jobs), ...(ahead ? { aheadKb: Number(ahead) } : {}) });
  await ng.close();
  articles = summary.added + summary.changed;
  failed = summary.failed.length;
  // Each worker's share of the ingest's wall clock spent waiting for work.
  workerIdle = summary.workerBusyMs?.map((ms) => 1 - ms / summary.elapsedMs);
} else if (what === 'compromise') {
  const { readArticles, isFailure } = await lib('ingest/index');
  const nlp = (await import('compromise')).default;
  let sink = 0;
  for await (const r of readArticles(rest)) {
    if (isFailure(r)) {
      failed++;
      continue;
    }
    articles++;
    textBytes += Buffer.byteLength(r.text);
    sink += nlp(r.text).length; // tokenise, sentences, full tagging (compromise's default build)
  }
  if (sink < 0) console.log(sink);
} else {
  throw new Error(`ingest-child: unknown measurement "${what}"`);
}
const seconds = (performance.now() - t0) / 1000;
const c = process.cpuUsage(c0);
process.stdout.write(
  `${JSON.stringify({ seconds, cpu: (c.user + c.system) / 1e6, maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024), articles, failed, textBytes, ...(workerIdle ? { workerIdle } : {}) })}\n`,
);
