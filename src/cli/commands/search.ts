/**
 * `newsgraph search <query>`: prefix search over labels and aliases, case-
 * and diacritic-insensitive, ranked (exact, label, alias, later word).
 */
import type { Command } from '../command.ts';
import { str } from '../command.ts';
import { UsageError } from '../../errors.ts';
import { DB_HELP, DB_OPTION, JSON_HELP, JSON_OPTION, printJson, table, withStore } from './store-io.ts';

export const searchCommand: Command = {
  name: 'search',
  summary: 'Find nodes by name or alias prefix',
  usage: 'newsgraph search <query> [--limit N] [--json]',
  help: [['--limit <N>', 'hits listed (default 20)'], DB_HELP, JSON_HELP],
  options: { ...DB_OPTION, ...JSON_OPTION, limit: { type: 'string' } },
  async run(args, io) {
    const q = args.positionals.join(' ');
    if (!q.trim()) throw new UsageError('search: give a query');
    const result = await withStore(args, io, true, (ng) => ng.search(q, { limit: str(args, 'limit') }));
    if (args.values.json) {
      printJson(io, result);
      return 0;
    }
    if (result.hits.length === 0) {
      io.stdout.write(`no match for "${q}"\n`);
      return 0;
    }
    io.stdout.write(
      table(
        ['id', 'label', 'kind', 'matched', 'mentions', 'degree'],
        result.hits.map((h) => [h.id, h.label, h.kind, h.matched, h.mentions, h.degree]),
      ),
    );
    return 0;
  },
};
