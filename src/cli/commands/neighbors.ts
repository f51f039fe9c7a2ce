/**
 * `newsgraph neighbors <name or id>`: the neighbourhood of a node, with the
 * edge types and evidence counts that join each neighbour.
 */
import type { Command } from '../command.ts';
import { list, str } from '../command.ts';
import { UsageError } from '../../errors.ts';
import { DB_HELP, DB_OPTION, JSON_HELP, JSON_OPTION, printJson, table, withStore } from './store-io.ts';
import { DEFAULTS } from '../../config.ts';

export const neighborsCommand: Command = {
  name: 'neighbors',
  summary: "A node's neighbours, their edge types and evidence counts",
  usage: 'newsgraph neighbors <name or id> [--type T] [--direction in|out|both] [--depth N] [--json]',
  help: [
    ['--type <T,...>', 'edge types (attacks, allied_with, quotes, ...); repeatable'],
    ['--types <T,...>', 'the same as --type'],
    ['--direction <d>', 'in, out or both (default both)'],
    ['--depth <N>', `hops, 1 to ${DEFAULTS.maxDepth} (default 1)`],
    ['--kinds <K,...>', 'neighbour kinds: actor, place, force, camp'],
    ['--since <date>', 'evidence on or after this date (YYYY-MM-DD)'],
    ['--until <date>', 'evidence on or before this date'],
    ['--min-confidence <c>', 'edges with combined confidence >= c (0..1)'],
    ['--limit <N>', `neighbours listed, 1 to ${DEFAULTS.maxLimit} (default ${DEFAULTS.defaultLimit})`],
    DB_HELP,
    JSON_HELP,
  ],
  options: {
    ...DB_OPTION,
    ...JSON_OPTION,
    type: { type: 'string', multiple: true, short: 't' },
    types: { type: 'string', multiple: true },
    direction: { type: 'string' },
    depth: { type: 'string' },
    kinds: { type: 'string', multiple: true },
    since: { type: 'string' },
    until: { type: 'string' },
    'min-confidence': { type: 'string' },
    limit: { type: 'string' },
  },
  async run(args, io) {
    const name = args.positionals.join(' ').trim();
    if (!name) throw new UsageError('neighbors: give a node name or id');
    const types = [...(list(args, 'type') ?? []), ...(list(args, 'types') ?? [])];
    const result = await withStore(args, io, true, (ng) =>
      ng.neighbors(name, {
        ...(types.length ? { types: types.join(',') } : {}),
        direction: str(args, 'direction'),
        depth: str(args, 'depth'),
        kinds: list(args, 'kinds')?.join(','),
        since: str(args, 'since'),
        until: str(args, 'until'),
        minConfidence: str(args, 'min-confidence'),
        limit: str(args, 'limit'),
      }),
    );
    if (args.values.json) {
      printJson(io, result);
      return 0;
    }
    const n = result.node;
    io.stdout.write(`${n.label} (${n.id}, ${n.kind}/${n.type}): ${result.total} neighbour${result.total === 1 ? '' : 's'}${result.truncated ? `, showing ${result.neighbors.length}` : ''}\n\n`);
    if (result.neighbors.length === 0) return 0;
    io.stdout.write(
      table(
        ['depth', 'neighbour', 'id', 'kind', 'edges', 'evidence'],
        result.neighbors.map((x) => [
          x.depth,
          x.label,
          x.id,
          x.kind,
          x.edges.map((e) => `${e.source === x.id ? '<-' : '->'}${e.type}(${e.weight})`).join(' '),
          x.evidenceCount,
        ]),
      ),
    );
    return 0;
  },
};
