/**
 * `newsgraph path <from> <to>`: the shortest path between two nodes (edges
 * taken either way), with the edges that make it.
 */
import type { Command } from '../command.ts';
import { list, str } from '../command.ts';
import { UsageError } from '../../errors.ts';
import { MAX_PATH_DEPTH } from '../../graph/query-options.ts';
import { DB_HELP, DB_OPTION, JSON_HELP, JSON_OPTION, printJson, withStore } from './store-io.ts';

export const pathCommand: Command = {
  name: 'path',
  summary: 'The shortest path between two nodes',
  usage: 'newsgraph path <from> <to> [--max-depth N] [--type T] [--json]',
  help: [
    ['--max-depth <N>', `longest path searched, 1 to ${MAX_PATH_DEPTH} (default 4)`],
    ['--type <T,...>', 'only these edge types'],
    DB_HELP,
    JSON_HELP,
  ],
  options: { ...DB_OPTION, ...JSON_OPTION, 'max-depth': { type: 'string' }, type: { type: 'string', multiple: true } },
  async run(args, io) {
    const [from, to, ...rest] = args.positionals;
    if (!from || !to || rest.length) throw new UsageError('path: give exactly two nodes (quote names with spaces)');
    const result = await withStore(args, io, true, (ng) =>
      ng.path(from, to, { maxDepth: str(args, 'max-depth'), types: list(args, 'type')?.join(',') }),
    );
    if (args.values.json) {
      printJson(io, result);
      return 0;
    }
    if (!result.found) {
      io.stdout.write(`no path from ${result.from} to ${result.to}\n`);
      return 0;
    }
    io.stdout.write(`${result.edges.length} hop${result.edges.length === 1 ? '' : 's'}: ${result.nodes.map((n) => n.label).join(' -> ')}\n`);
    for (const e of result.edges) io.stdout.write(`  ${e.source} -${e.type}-> ${e.target}  (evidence ${e.weight}, confidence ${e.confidence})\n`);
    return 0;
  },
};
