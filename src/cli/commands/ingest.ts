/**
 * `newsgraph ingest <paths...|->`: read articles, analyze each, store them
 * incrementally (unchanged skipped, changed re-extracted), with a progress
 * line on stderr and a summary. Exits 1 when any input failed.
 */
import os from 'node:os';
import path from 'node:path';
import type { Command } from '../command.ts';
import { int } from '../command.ts';
import { createProgressBar, formatSummary } from '../../pipeline/progress.ts';
import { UsageError } from '../../errors.ts';
import { DEFAULTS } from '../../config.ts';
import { DB_HELP, DB_OPTION, JSON_HELP, JSON_OPTION, printJson, withStore } from './store-io.ts';
import { INPUT_HELP, INPUT_OPTIONS, articleSource, formatSkipped, inputOptions } from '../input-options.ts';

const PARALLEL_FROM = DEFAULTS.parallelFrom;

export const ingestCommand: Command = {
  name: 'ingest',
  summary: 'Read articles into the store (re-ingesting skips unchanged articles)',
  usage: 'newsgraph ingest <paths...|-> [--db <file>] [--jobs N] [--quiet] [--json] [--lenient] [--max-article-bytes N]',
  help: [
    DB_HELP,
    ['--jobs <N>', `worker threads for extraction (default: one per core, up to ${DEFAULTS.maxJobs}, from ${PARALLEL_FROM} articles)`],
    ['--quiet', 'no progress line'],
    ...INPUT_HELP,
    JSON_HELP,
  ],
  options: { ...DB_OPTION, ...JSON_OPTION, ...INPUT_OPTIONS, quiet: { type: 'boolean', short: 'q' }, jobs: { type: 'string', short: 'j' } },
  async run(args, io) {
    if (args.positionals.length === 0) throw new UsageError('ingest: give at least one path (a file, a directory or - for stdin)');
    const paths = args.positionals.map((p) => (p === '-' ? p : path.resolve(io.cwd, p)));
    const input = inputOptions(args, io);
    // Counted first, so the progress line knows the total for its ETA; then streamed, not held in memory.
    const { items, total } = await articleSource(paths, { stdin: io.stdin, ...input.read });
    // Workers cost a second or two to start (the NLP lexicons load in each): worth it for big batches.
    const auto = total >= PARALLEL_FROM ? Math.min(DEFAULTS.maxJobs, os.availableParallelism()) : 1;
    const jobs = int(args, 'jobs', auto, 1, 64);
    const quiet = Boolean(args.values.quiet);
    const bar = quiet ? undefined : createProgressBar(io.stderr as NodeJS.WritableStream & { isTTY?: boolean });
    const summary = await withStore(
      args,
      io,
      false,
      (ng) => ng.ingest(items, { jobs, total, ...(bar ? { onProgress: (p) => bar.update(p) } : {}) }),
      { bulkWrites: true },
    );
    bar?.done();
    if (args.values.json) printJson(io, { ...summary, unsupported: input.report.unsupported });
    else io.stderr.write(formatSummary(summary) + formatSkipped(input.report, io.cwd));
    return summary.failed.length > 0 ? 1 : 0;
  },
};
