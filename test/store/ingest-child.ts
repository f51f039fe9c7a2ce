/**
 * A child process for the crash and concurrency tests:
 *   node --import tsx test/store/ingest-child.ts <db> <count> <delayMs>
 * ingests `count` synthetic articles with a slow fixture analyzer, printing
 * `done N` after each, then the JSON summary.
 */
import { openNewsgraph } from '../../src/api.ts';
import { fixtureAnalyze } from './fixture-analyze.ts';
import { syntheticArticles } from './synthetic.ts';

const [db, countText, delayText] = process.argv.slice(2);
const count = Number(countText);
const delay = Number(delayText);
const ng = openNewsgraph({ db: db! });
const summary = await ng.ingest(syntheticArticles(count), {
  analyze: (a) => {
    const until = Date.now() + delay;
    while (Date.now() < until) {
      // busy: an analysis that takes time
    }
    return fixtureAnalyze(a);
  },
  onProgress: (p) => process.stdout.write(`done ${p.done}\n`),
});
ng.close();
process.stdout.write(`${JSON.stringify({ added: summary.added, skipped: summary.skipped, changed: summary.changed, failed: summary.failed })}\n`);
