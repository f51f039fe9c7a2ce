/**
 * Connecting to PostgreSQL (the `pg` client, pure JavaScript, loaded only
 * when a PostgreSQL store is opened): the store URL, what may be shown of
 * it, the pool, transactions with retries, advisory lock keys, and
 * PostgreSQL's errors as named StoreErrors that name the host and the
 * database, never the password.
 *
 * A store URL is a libpq URL (`postgres://user[:password]@host[:port]/db`,
 * `?host=/run/postgresql` for a Unix socket, `sslmode=...`), with one
 * parameter of newsgraph's own: `schema=NAME` keeps the store in that schema
 * (several graphs in one database; created when missing). A password is
 * better kept out of the URL (PGPASSWORD or ~/.pgpass, which `pg` reads).
 */
import type { Pool, PoolClient, PoolConfig, QueryResult } from 'pg';
import { NewsgraphError, StoreError, UsageError } from '../../errors.ts';

export const PG_URL = /^postgres(?:ql)?:\/\//i;

export interface PgLocation {
  /** The connection string given to `pg` (the password kept, `schema` taken out). */
  connectionString: string;
  /** The schema the store lives in (default `public`). */
  schema: string;
  /** What may be printed: `postgres://user@host:port/db` (and `?schema=`), never the password. */
  shown: string;
  /** Host (or socket folder) and database, for messages. */
  host: string;
  database: string;
}

export function parsePgUrl(url: string): PgLocation {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new UsageError(`not a PostgreSQL URL: ${redact(url)} (expected postgres://user@host[:port]/database)`);
  }
  const schema = u.searchParams.get('schema') ?? 'public';
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new UsageError(`${redact(url)}: schema must be a lower-case identifier (letters, digits, _), got "${schema}"`);
  }
  u.searchParams.delete('schema');
  const database = decodeURIComponent(u.pathname.replace(/^\//, '')) || decodeURIComponent(u.username) || process.env.PGDATABASE || 'postgres';
  const host = u.searchParams.get('host') ?? (decodeURIComponent(u.hostname) || process.env.PGHOST || 'localhost');
  const port = u.port || u.searchParams.get('port') || process.env.PGPORT || '5432';
  const user = u.username ? `${decodeURIComponent(u.username)}@` : '';
  const shownHost = host.startsWith('/') ? `${host}:${port}` : `${u.hostname || host}:${port}`;
  return {
    connectionString: u.toString(),
    schema,
    shown: `postgres://${user}${shownHost}/${database}${schema !== 'public' ? `?schema=${schema}` : ''}`,
    host: shownHost,
    database,
  };
}

/** A URL with any password taken out (for messages about a URL that did not parse). */
export function redact(url: string): string {
  return url.replace(/(\/\/[^:/@]*):[^@/]*@/, '$1@');
}

/** 32-bit FNV-1a of a string, as a signed int (an advisory lock key). */
export function lockKey(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/**
 * A name for a statement's SQL: `pg` prepares a named statement once per
 * connection and then only binds and executes it (no parse and plan per call).
 */
export function statementName(sql: string): string {
  let name = NAMES.get(sql);
  if (!name) NAMES.set(sql, (name = `ng_${lockKey(sql) >>> 0}_${sql.length}`));
  return name;
}
const NAMES = new Map<string, string>();

/** A string as an SQL literal (for the parameterless statements that ride with BEGIN): E'...' with quotes and backslashes doubled. */
export function sqlLiteral(s: string): string {
  if (s.includes('\u0000')) throw new StoreError(`a NUL character cannot be stored in PostgreSQL text: ${JSON.stringify(s.slice(0, 80))}`);
  return `E'${s.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/** A query config of a named (prepared) statement. */
export function named(text: string, values: unknown[] = []): { name: string; text: string; values: unknown[] } {
  return { name: statementName(text), text, values };
}

type PgModule = typeof import('pg');
let pgModule: Promise<PgModule> | undefined;

/** `pg`, imported on first use (a SQLite user never loads it). */
export function loadPg(): Promise<PgModule> {
  pgModule ??= import('pg').then((m) => ((m as unknown as { default?: PgModule }).default ?? m) as PgModule);
  return pgModule;
}

export async function createPool(loc: PgLocation, opts: { readonly: boolean; max?: number }): Promise<Pool> {
  const pg = await loadPg();
  // 64-bit integers (counts, sums, sequence ids) as numbers: every one newsgraph keeps is far below 2^53.
  const types = new pg.TypeOverrides();
  types.setTypeParser(20, (v: string) => Number(v));
  const settings = [`-c search_path=${loc.schema}`];
  if (opts.readonly) settings.push('-c default_transaction_read_only=on');
  const config: PoolConfig = {
    connectionString: loc.connectionString,
    max: opts.max ?? 4,
    application_name: 'newsgraph',
    options: settings.join(' '),
    types,
    connectionTimeoutMillis: 15_000,
  };
  const pool = new pg.Pool(config);
  // An idle connection the server closed is dropped by the pool; the next query opens another.
  pool.on('error', () => {});
  return pool;
}

const RETRY = new Set(['40001', '40P01']);

/** What a transaction sends first and last, each in one round trip (statements without parameters, `;`-separated). */
export interface TransactionEnds {
  /** Statements after `BEGIN` (locks, first reads): their results are given to `fn`, in order. */
  begin?: string;
  /** Statements before `COMMIT`. */
  commit?: string;
}

/**
 * Run `fn` in one transaction on a connection of its own; a serialization
 * failure or a deadlock rolls back and runs it again (up to 8 times).
 * `ends.begin` and `ends.commit` ride with `BEGIN` and `COMMIT` (a
 * multi-statement simple query: one round trip, each statement with a
 * snapshot of its own, so a read after a lock sees what the lock's previous
 * holder committed).
 */
export async function transaction<T>(
  pool: Pool,
  loc: PgLocation,
  fn: (c: PoolClient, begun: Array<QueryResult<Record<string, unknown>>>) => Promise<T>,
  ends: TransactionEnds = {},
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    let client: PoolClient;
    try {
      client = await pool.connect();
    } catch (err) {
      throw pgError(loc, err);
    }
    try {
      const begun = await client.query(ends.begin ? `BEGIN; ${ends.begin}` : 'BEGIN');
      const out = await fn(client, (Array.isArray(begun) ? begun : [begun]).slice(1) as Array<QueryResult<Record<string, unknown>>>);
      await client.query(ends.commit ? `${ends.commit}; COMMIT` : 'COMMIT');
      client.release();
      return out;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => {});
      client.release();
      const code = (err as { code?: string }).code;
      if (code && RETRY.has(code) && attempt < 8) {
        await new Promise((r) => setTimeout(r, 5 * 2 ** attempt * (0.5 + Math.random())));
        continue;
      }
      throw pgError(loc, err);
    }
  }
}

/** PostgreSQL's and the network's errors as StoreErrors naming host and database (never the password). */
export function pgError(loc: PgLocation, err: unknown): Error {
  const e = err as Error & { code?: string };
  // newsgraph's own errors (and anything else that is no server or network error) pass through.
  if (e instanceof NewsgraphError || (e instanceof Error && !e.code && !/^(?:Error|error|DatabaseError|AggregateError)$/.test(e.name))) return e;
  const where = `PostgreSQL at ${loc.host}, database "${loc.database}"`;
  const msg = (e?.message ?? String(err)).replace(loc.connectionString, loc.shown);
  switch (e?.code) {
    case 'ECONNREFUSED':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'ENOENT':
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
      return new StoreError(`cannot connect to ${where}: ${msg || e.code} (is the server running and the URL right?)`);
    case '3D000':
      return new StoreError(`${where}: the database does not exist (create it with \`createdb ${loc.database}\`)`);
    case '28P01':
    case '28000':
      return new StoreError(`${where}: authentication failed (${msg}); give the password with PGPASSWORD or ~/.pgpass`);
    case '42501':
      return new StoreError(`${where}: permission denied (${msg})`);
    case '25006':
      return new StoreError(`${loc.shown}: the store is opened read-only (${msg})`);
    case '57P01':
    case '57P03':
    case '08006':
    case '08001':
    case '08003':
      return new StoreError(`${where}: the connection failed (${msg})`);
    default:
      if (e?.code && /^[0-9A-Z]{5}$/.test(e.code)) return new StoreError(`${loc.shown}: ${msg} (SQLSTATE ${e.code})`);
      if (/timeout|connect|terminated/i.test(msg)) return new StoreError(`${where}: ${msg}`);
      return e instanceof Error ? e : new StoreError(`${loc.shown}: ${msg}`);
  }
}
