/**
 * `newsgraph remove <article id|path...>`: retract articles' contributions;
 * edges and nodes left without evidence go too (pinned nodes stay).
 */
import type { Command } from '../command.ts';
import { UsageError } from '../../errors.ts';
import { DB_HELP, DB_OPTION, JSON_HELP, JSON_OPTION, printJson, withStore } from './store-io.ts';

export const removeCommand: Command = {
  name: 'remove',
  summary: "Retract an article's contributions (or every article read from a file)",
  usage: 'newsgraph remove <article id|path...> [--db <file>] [--json]',
  help: [DB_HELP, JSON_HELP],
  options: { ...DB_OPTION, ...JSON_OPTION },
  async run(args, io) {
    if (args.positionals.length === 0) throw new UsageError('remove: give an article id or path');
    const removed = await withStore(args, io, true, async (ng) => {
      const out = [];
      for (const p of args.positionals) out.push(...(await ng.remove(p)));
      return out;
    });
    if (args.values.json) printJson(io, removed);
    else for (const r of removed) io.stdout.write(`removed ${r.id}${r.path ? ` (${r.path})` : ''}\n`);
    return 0;
  },
};
