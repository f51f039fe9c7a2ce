/**
 * `newsgraph stats`: counts of the store by kind and type, the date span,
 * the best-connected nodes.
 */
import type { Command } from '../command.ts';
import { DB_HELP, DB_OPTION, JSON_HELP, JSON_OPTION, printJson, table, withStore } from './store-io.ts';

export const statsCommand: Command = {
  name: 'stats',
  summary: 'Counts of articles, entities and relations in the store',
  usage: 'newsgraph stats [--db <file>] [--json]',
  help: [DB_HELP, JSON_HELP],
  options: { ...DB_OPTION, ...JSON_OPTION },
  async run(args, io) {
    const s = await withStore(args, io, true, (ng) => ng.stats());
    if (args.values.json) {
      printJson(io, s);
      return 0;
    }
    const out = [
      `articles   ${s.articles}${s.firstPublished ? `  (${s.firstPublished} .. ${s.lastPublished})` : ''}`,
      `entities   ${s.entities}  ${Object.entries(s.byKind).map(([k, n]) => `${k} ${n}`).join(', ')}`,
      `relations  ${s.relations}  ${Object.entries(s.byType).map(([k, n]) => `${k} ${n}`).join(', ')}`,
      `evidence   ${s.evidence}`,
      `mentions   ${s.mentions}`,
      `quotes     ${s.quotes}`,
      `store      ${((s.dbBytes ?? 0) / 1024).toFixed(0)} KiB, schema v${s.schemaVersion}`,
      '',
      table(['id', 'label', 'kind', 'degree', 'mentions'], s.topNodes.map((n) => [n.id, n.label, n.kind, n.degree, n.mentions])),
    ];
    io.stdout.write(out.join('\n'));
    return 0;
  },
};
