/**
 * `newsgraph timeline <id or name>`: the dated evidence of a node's edges,
 * oldest first.
 */
import type { Command } from '../command.ts';
import { str } from '../command.ts';
import { UsageError } from '../../errors.ts';
import { eventText } from '../../util/event-text.ts';
import { DB_HELP, DB_OPTION, JSON_HELP, JSON_OPTION, printJson, withStore } from './store-io.ts';

export const timelineCommand: Command = {
  name: 'timeline',
  summary: "A node's dated evidence, oldest first",
  usage: 'newsgraph timeline <id or name> [--limit N] [--json]',
  help: [['--limit <N>', 'entries listed'], DB_HELP, JSON_HELP],
  options: { ...DB_OPTION, ...JSON_OPTION, limit: { type: 'string' } },
  async run(args, io) {
    const name = args.positionals.join(' ').trim();
    if (!name) throw new UsageError('timeline: give a node id or name');
    const t = await withStore(args, io, true, (ng) => ng.timeline(name, { limit: str(args, 'limit') }));
    if (args.values.json) {
      printJson(io, t);
      return 0;
    }
    io.stdout.write(`${t.node.label} (${t.node.id}): ${t.entries.length} dated, ${t.undated} undated\n`);
    for (const e of t.entries) {
      io.stdout.write(`${e.date.slice(0, 10)}  ${e.source} -${e.type}-> ${e.target}  [${e.articleId}] ${e.sentence.trim()}${e.event ? `  {${eventText(e.event, ', ')}}` : ''}\n`);
    }
    return 0;
  },
};
