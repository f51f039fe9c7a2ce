/**
 * `newsgraph export --format gexf|json`: write the graph for Gephi (GEXF 1.3)
 * or as graphology JSON (the view opens it without a server). From the store
 * by default; from article files directly when paths are given.
 */
import { writeFile } from 'node:fs/promises';
import { readArticles } from '../../ingest/index.ts';
import { analyzeArticle } from '../../resolve/index.ts';
import { graphFromExtractions } from '../../graph/from-extractions.ts';
import { toGexf } from '../../export/gexf.ts';
import { toJson } from '../../export/json.ts';
import { UsageError } from '../../errors.ts';
import { int, str, type Command } from '../command.ts';
import { DB_HELP, DB_OPTION, withStore } from './store-io.ts';
import { DEFAULTS } from '../../config.ts';
import type { ArticleExtraction, NewsGraph } from '../../types.ts';
import { INPUT_HELP, INPUT_OPTIONS, formatSkipped, inputOptions } from '../input-options.ts';

const FORMATS = ['gexf', 'json'] as const;

async function graphFromPaths(paths: string[], args: Parameters<Command['run']>[0], io: Parameters<Command['run']>[1]): Promise<{ graph: NewsGraph; failed: number }> {
  const input = inputOptions(args, io);
  const extractions: ArticleExtraction[] = [];
  let failed = 0;
  for await (const r of readArticles(paths, { stdin: io.stdin, ...input.read })) {
    if ('failed' in r) {
      failed++;
      io.stderr.write(`InputError: ${r.path}: ${r.reason}\n`);
    } else {
      extractions.push(analyzeArticle(r));
    }
  }
  io.stderr.write(formatSkipped(input.report, io.cwd));
  return { graph: graphFromExtractions(extractions), failed };
}

export const exportCommand: Command = {
  name: 'export',
  summary: 'Export the graph as GEXF 1.3 (Gephi) or graphology JSON',
  usage: 'newsgraph export [paths...] --format gexf|json [--out FILE] [--db <file>] [filters]',
  help: [
    ['--format F', 'gexf (default) or json'],
    ['--out FILE', 'write to FILE instead of stdout'],
    DB_HELP,
    ['--kinds K,..', 'only these node kinds (actor, place, force, camp)'],
    ['--types T,..', 'only these edge types'],
    ['--min-confidence C', 'only edges with combined confidence >= C'],
    ['--since DATE', 'only evidence from articles published on or after DATE'],
    ['--until DATE', 'only evidence from articles published on or before DATE'],
    ['--seed N', `layout seed (default ${DEFAULTS.layoutSeed})`],
    ['paths...', 'export these article files instead of the store (no store needed)'],
    ...INPUT_HELP,
  ],
  options: {
    ...INPUT_OPTIONS,
    ...DB_OPTION,
    format: { type: 'string', short: 'f' },
    out: { type: 'string', short: 'o' },
    kinds: { type: 'string' },
    types: { type: 'string' },
    'min-confidence': { type: 'string' },
    since: { type: 'string' },
    until: { type: 'string' },
    seed: { type: 'string' },
  },
  async run(args, io) {
    const format = str(args, 'format') ?? 'gexf';
    if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be gexf or json, got "${format}"`);
    const seed = int(args, 'seed', DEFAULTS.layoutSeed);
    let graph: NewsGraph;
    let failed = 0;
    if (args.positionals.length > 0) {
      ({ graph, failed } = await graphFromPaths(args.positionals, args, io));
    } else {
      graph = await withStore(args, io, true, (ng) =>
        ng.graph({
          kinds: str(args, 'kinds'),
          types: str(args, 'types'),
          minConfidence: str(args, 'min-confidence'),
          since: str(args, 'since'),
          until: str(args, 'until'),
        }),
      );
    }
    const text = format === 'gexf' ? toGexf(graph, { seed }) : toJson(graph, { seed });
    const out = str(args, 'out');
    if (out) {
      await writeFile(out, text);
      io.stderr.write(`wrote ${out}: ${graph.order} nodes, ${graph.size} edges (${format})\n`);
    } else {
      io.stdout.write(text);
    }
    return failed > 0 ? 1 : 0;
  },
};
