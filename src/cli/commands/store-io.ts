/**
 * Shared by the store and query commands (not a command itself): the `--db`
 * option, opening the store, JSON output and plain-text tables. The API (the
 * store driver, the query engine) is imported when a store is opened, not
 * when the command list is read: `newsgraph --help` loads none of it.
 */
import type { CommandIO, OptionSpec, ParsedArgs } from '../command.ts';
import { str } from '../command.ts';
import type { Newsgraph, OpenOptions } from '../../api.ts';
import { DEFAULTS } from '../../config.ts';

export const DB_OPTION: OptionSpec = { db: { type: 'string' } };
export const DB_HELP: [string, string] = [
  '--db <file|url>',
  `the store: a SQLite file or a postgres:// URL (default $${DEFAULTS.dbEnv} or ./${DEFAULTS.dbPath})`,
];
export const JSON_OPTION: OptionSpec = { json: { type: 'boolean' } };
export const JSON_HELP: [string, string] = ['--json', 'print JSON instead of a table'];

/** Open the store named by --db / NEWSGRAPH_DB; only `ingest` may create it (`mustExist` false). */
export async function openFor(args: ParsedArgs, io: CommandIO, mustExist: boolean, extra: Pick<OpenOptions, 'bulkWrites'> = {}): Promise<Newsgraph> {
  const db = str(args, 'db');
  const { openNewsgraph } = await import('../../api.ts');
  return openNewsgraph({ ...(db !== undefined ? { db } : {}), env: io.env, cwd: io.cwd, mustExist, ...extra });
}

/** Run `fn` on an open store and close it whatever happens. */
export async function withStore<T>(
  args: ParsedArgs,
  io: CommandIO,
  mustExist: boolean,
  fn: (ng: Newsgraph) => T | Promise<T>,
  extra: Pick<OpenOptions, 'bulkWrites'> = {},
): Promise<T> {
  const ng = await openFor(args, io, mustExist, extra);
  try {
    return await fn(ng);
  } finally {
    await ng.close();
  }
}

export function printJson(io: CommandIO, value: unknown): void {
  io.stdout.write(JSON.stringify(value, null, 2) + '\n');
}

/** A left-aligned text table; numbers right-aligned. */
export function table(headers: string[], rows: Array<Array<string | number | undefined>>): string {
  const cells = rows.map((r) => r.map((c) => (c === undefined ? '' : String(c))));
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((r) => (r[i] ?? '').length)));
  const numeric = headers.map((_, i) => rows.length > 0 && rows.every((r) => typeof r[i] === 'number'));
  const line = (r: string[]) =>
    r
      .map((c, i) => (numeric[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n') + '\n';
}
