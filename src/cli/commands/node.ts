/**
 * `newsgraph node <id or name>`: one node in full: attributes, aliases,
 * edges with their evidence sentences, quotes.
 */
import { eventText } from '../../util/event-text.ts';
import type { Command } from '../command.ts';
import { str } from '../command.ts';
import { UsageError } from '../../errors.ts';
import { DB_HELP, DB_OPTION, JSON_HELP, JSON_OPTION, printJson, table, withStore } from './store-io.ts';

export const nodeCommand: Command = {
  name: 'node',
  summary: 'One node: attributes, aliases, edges with evidence, quotes',
  usage: 'newsgraph node <id or name> [--evidence-limit N] [--limit N] [--json]',
  help: [
    ['--limit <N>', 'edges listed (heaviest first)'],
    ['--evidence-limit <N>', 'evidence sentences per edge (default 20)'],
    DB_HELP,
    JSON_HELP,
  ],
  options: { ...DB_OPTION, ...JSON_OPTION, limit: { type: 'string' }, 'evidence-limit': { type: 'string' } },
  async run(args, io) {
    const name = args.positionals.join(' ').trim();
    if (!name) throw new UsageError('node: give a node id or name');
    const n = await withStore(args, io, true, (ng) =>
      ng.node(name, { limit: str(args, 'limit'), evidenceLimit: str(args, 'evidence-limit') }),
    );
    if (args.values.json) {
      printJson(io, n);
      return 0;
    }
    const lines = [
      `${n.label}  (${n.id})`,
      `kind ${n.kind}, type ${n.type}; ${n.mentions} mentions in ${n.articles} articles; degree ${n.degree}${n.pinned ? '; pinned' : ''}`,
      ...(n.firstSeen ? [`seen ${n.firstSeen} .. ${n.lastSeen}`] : []),
      ...(n.aliases.length ? [`aliases: ${n.aliases.join('; ')}`] : []),
      ...(n.titles?.length ? [`titles: ${n.titles.join('; ')}`] : []),
      ...(n.roles?.length ? [`roles: ${n.roles.join('; ')}`] : []),
      '',
    ];
    io.stdout.write(lines.join('\n') + '\n');
    if (n.edges.length) {
      io.stdout.write(table(['edge', 'weight', 'confidence'], n.edges.map((e) => [e.id, e.weight, e.confidence])) + '\n');
      for (const e of n.edges) {
        io.stdout.write(`${e.id}\n`);
        for (const ev of e.evidence) io.stdout.write(`  [${ev.articleId}${ev.published ? ` ${ev.published}` : ''}] ${ev.sentence.trim()}${ev.event ? `  {${eventText(ev.event, ', ')}}` : ''}\n`);
      }
    }
    if (n.quotes.length) {
      io.stdout.write('\nquotes:\n');
      for (const q of n.quotes) io.stdout.write(`  "${q.text}" [${q.articleId}]\n`);
    }
    return 0;
  },
};
