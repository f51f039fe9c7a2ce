/**
 * `newsgraph db migrate` and `newsgraph db copy`: operations on a store as
 * a whole. `migrate` brings a store (a SQLite file or a PostgreSQL
 * database) to the schema this newsgraph writes, creating it when missing;
 * `copy` moves a store between backends (SQLite <-> PostgreSQL) with its
 * curation, writing the stored raw extractions (src/store/copy.ts), so
 * nothing is extracted again.
 */
import type { Command } from '../command.ts';
import { str } from '../command.ts';
import { UsageError } from '../../errors.ts';
import { DB_HELP, DB_OPTION, JSON_HELP, JSON_OPTION, printJson } from './store-io.ts';

export const dbCommand: Command = {
  name: 'db',
  summary: 'Store operations: `migrate` (create, or bring to the current schema), `copy --from A --to B` (SQLite <-> PostgreSQL)',
  usage: 'newsgraph db migrate [--db <file or url>] | newsgraph db copy --from <file or url> --to <file or url> [--json]',
  help: [DB_HELP, ['--from <store>', 'copy: the store to read (a SQLite file or postgres:// URL)'], ['--to <store>', 'copy: the new store to write (created; must hold no article)'], JSON_HELP],
  options: { ...DB_OPTION, ...JSON_OPTION, from: { type: 'string' }, to: { type: 'string' } },
  async run(args, io) {
    // Imported here, not at the top: the store loads the SQLite driver, which `--help` does not need.
    const { openNewsgraph } = await import('../../api.ts');
    const { saveCuration } = await import('../../resolve/curation-file.ts');
    const { listOverrides } = await import('../../resolve/curation.ts');
    const { copyArticles } = await import('../../store/copy.ts');
    const { resolveDbPath } = await import('../../store/index.ts');
    const [sub, ...rest] = args.positionals;
    if (rest.length) throw new UsageError(`db ${sub}: unexpected argument "${rest[0]}"`);
    if (sub === 'migrate') {
      const db = str(args, 'db');
      // Creates the store when there is none yet (an operator preparing an empty database for a team).
      const ng = openNewsgraph({ ...(db !== undefined ? { db } : {}), env: io.env, cwd: io.cwd });
      try {
        const version = await ng.store.schemaVersion();
        if (args.values.json) printJson(io, { store: ng.store.location, schemaVersion: version });
        else io.stdout.write(`${ng.store.location}: schema version ${version}\n`);
      } finally {
        await ng.close();
      }
      return 0;
    }
    if (sub === 'copy') {
      const from = str(args, 'from');
      const to = str(args, 'to');
      if (!from || !to) throw new UsageError('db copy: give --from <store> and --to <store>');
      if (resolveDbPath(from, io.env, io.cwd) === resolveDbPath(to, io.env, io.cwd)) throw new UsageError('db copy: --from and --to are the same store');
      const src = openNewsgraph({ db: from, env: io.env, cwd: io.cwd, mustExist: true, readonly: true });
      try {
        const dst = openNewsgraph({ db: to, env: io.env, cwd: io.cwd });
        try {
          // The curation first (on an empty store it changes nothing written), then every article curated as it is written.
          const curation = await src.curation();
          if (dst.curationFile && listOverrides(curation).length) saveCuration(dst.curationFile, curation);
          await dst.store.applyCuration(curation);
          const s = await copyArticles(src.store, dst.store, (n) => io.stderr.write(`copied ${n} articles\r`));
          const overrides = listOverrides(curation).length;
          if (args.values.json) printJson(io, { from: src.store.location, to: dst.store.location, articles: s.articles, overrides, elapsedMs: s.elapsedMs });
          else io.stdout.write(`copied ${s.articles} articles and ${overrides} overrides from ${src.store.location} to ${dst.store.location} in ${(s.elapsedMs / 1000).toFixed(1)} s\n`);
        } finally {
          await dst.close();
        }
      } finally {
        await src.close();
      }
      return 0;
    }
    throw new UsageError('db: give `migrate` or `copy --from <store> --to <store>`');
  },
};
