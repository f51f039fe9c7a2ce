/**
 * `newsgraph serve`: the HTTP API and the built web app, on 127.0.0.1 by
 * default. Refuses a store that does not exist (only `ingest` creates one).
 * Prints the URL; stops on SIGINT/SIGTERM. Any other bind needs
 * `--expose` (there is no authentication) and prints a warning; requests for
 * Host names other than the bound address and localhost need `--allow-host`.
 */
import type { Command } from '../command.ts';
import { int, list, str } from '../command.ts';
import { DEFAULTS } from '../../config.ts';
import { DB_HELP, DB_OPTION, openFor } from './store-io.ts';

export const serveCommand: Command = {
  name: 'serve',
  summary: 'Serve the graph view and the JSON API on localhost',
  usage: 'newsgraph serve [--db <file>] [--host H] [--port N] [--expose] [--allow-host NAME]',
  help: [
    ['--host <H>', `interface to bind (default ${DEFAULTS.host})`],
    ['--port <N>', `port (default ${DEFAULTS.port}; 0 picks a free one)`],
    ['--expose', 'allow a --host that is not loopback (no authentication: anyone who reaches it reads the graph)'],
    ['--allow-host <NAME>', 'also answer requests for this Host name (repeatable, or comma-separated)'],
    DB_HELP,
  ],
  options: {
    ...DB_OPTION,
    host: { type: 'string' },
    port: { type: 'string', short: 'p' },
    expose: { type: 'boolean' },
    'allow-host': { type: 'string', multiple: true },
  },
  async run(args, io) {
    const port = int(args, 'port', DEFAULTS.port, 0, 65535);
    const host = str(args, 'host') ?? DEFAULTS.host;
    const ng = await openFor(args, io, true);
    try {
      // Open it now (a PostgreSQL store connects at its first call): a missing store is said before listening.
      await ng.store.schemaVersion();
      const { startServer } = await import('../../server/server.ts');
      const running = await startServer({
        newsgraph: ng,
        host,
        port,
        expose: args.values.expose === true,
        allowHosts: list(args, 'allow-host') ?? [],
        warn: (line) => io.stderr.write(line + '\n'),
      });
      io.stdout.write(`newsgraph serving ${ng.store.location}\n  ${running.url}\n`);
      await new Promise<void>((resolve) => {
        const stop = () => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          resolve();
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
      await running.close();
    } finally {
      await ng.close();
    }
    return 0;
  },
};
