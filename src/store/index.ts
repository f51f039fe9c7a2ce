/**
 * The store: where articles, their contributions and the aggregates live.
 * `openStore` picks the backend from the location: a file path is SQLite
 * (./sqlite/, the default), a `postgres://` URL PostgreSQL (./postgres/, a
 * store a team shares). Everything above talks to the dialect-free `Store`
 * of ./interface.ts and reads the typed rows of ./rows.ts. All SQL of
 * newsgraph is under this folder.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { DEFAULTS } from '../config.ts';
import { UsageError } from '../errors.ts';
import type { Article } from '../types.ts';
import type { OpenStoreOptions, Store } from './interface.ts';
import { PG_URL, redact } from './postgres/connect.ts';
import { PostgresStore } from './postgres/store.ts';
import { SqliteStore } from './sqlite/store.ts';

export type * from './interface.ts';
export type * from './rows.ts';
export { RS, type RelationSummary, type SummaryReadOptions } from './summary.ts';

/** `--db`, else `NEWSGRAPH_DB`, else `./newsgraph.db`; a file path is made absolute against `cwd`, a URL kept. */
export function resolveDbPath(db?: string, env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  const p = db ?? env[DEFAULTS.dbEnv] ?? DEFAULTS.dbPath;
  if (p === ':memory:' || isStoreUrl(p)) return p;
  return path.resolve(cwd, p);
}

/** A location that is a URL (`scheme://...`), not a file path. */
export function isStoreUrl(location: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(location);
}

/** Open the store at `location`: a SQLite file path (or `:memory:`), or a `postgres://` URL. */
export function openStore(location: string, opts: OpenStoreOptions = {}): Store {
  if (PG_URL.test(location)) return new PostgresStore(location, opts);
  if (isStoreUrl(location)) {
    throw new UsageError(`${redact(location)}: a store is a SQLite file path or a postgres:// URL`);
  }
  return new SqliteStore(location, opts);
}

/**
 * A store that worker threads can read beside this connection (a SQLite
 * file: each opens it by path, read-only), with the span of its relation
 * ids (how an export splits its edges); undefined for PostgreSQL and `:memory:`.
 * `checkEnds`: the file can say whether every relation's ends are entities
 * (`relationEndsAreEntities`), which the first worker asks on its own connection.
 */
export function parallelSource(store: Store): { file: string; span: { min: number; max: number } | undefined; checkEnds: boolean } | undefined {
  if (!(store instanceof SqliteStore) || store.location === ':memory:') return undefined;
  return { file: store.location, span: store.relationIdSpan(), checkEnds: true };
}

/** The content hash that decides skipped vs changed: metadata and text, not the path. */
export function articleHash(a: Article): string {
  const h = createHash('sha256');
  for (const v of [a.title, a.source, a.url, a.published, a.text]) h.update(`${v ?? ''}\u0000`);
  return h.digest('hex').slice(0, 32);
}
