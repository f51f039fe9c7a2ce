/**
 * Opening a SQLite store (WAL, busy timeout, migrations) and turning SQLite's
 * errors into named StoreErrors that say what to do.
 */
import Database from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { StoreError } from '../../errors.ts';
import { DEFAULTS } from '../../config.ts';
import type { OpenStoreOptions } from '../interface.ts';
import { migrate } from './schema.ts';

/** The message for a store path where there is none. */
export function noStoreMessage(file: string): string {
  return `no store at ${file}: run \`newsgraph ingest\` first (or pass --db)`;
}

export function openDatabase(file: string, opts: OpenStoreOptions = {}): Database.Database {
  if (file !== ':memory:') {
    if (opts.mustExist && !existsSync(file)) throw new StoreError(noStoreMessage(file));
    if (!opts.readonly) mkdirSync(path.dirname(file), { recursive: true });
  }
  try {
    const db = new Database(file, { readonly: opts.readonly ?? false, fileMustExist: opts.mustExist ?? false });
    const timeout = opts.busyTimeoutMs ?? 15000;
    db.pragma(`busy_timeout = ${timeout}`);
    if (!opts.readonly) {
      // (two writers opening a new store at once: the switch to WAL and the first migration may meet a lock SQLite's
      // busy handler does not wait for, while the other process creates the file or recovers its WAL index)
      whileBusy(() => db.pragma('journal_mode = WAL'), timeout);
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = OFF');
      whileBusy(() => migrate(db), timeout);
    }
    if (opts.scan) {
      // Read once through: pages come by read() into a small cache, none mapped (a mapped page read stays resident, counted again per connection).
      db.pragma('cache_size = -8192');
      db.pragma('mmap_size = 0');
    } else if (opts.bulkWrites) {
      // Many writes: pages by read() into the page cache, none mapped, a small cache of our own (see OpenStoreOptions.bulkWrites).
      db.pragma(`cache_size = -${DEFAULTS.bulkWriteCacheMb * 1024}`);
      db.pragma('mmap_size = 0');
    } else {
      db.pragma('cache_size = -65536');
      // Map the file: page reads without a syscall each (a page read stays resident while the connection is open).
      db.pragma('mmap_size = 4294967296');
    }
    return db;
  } catch (err) {
    throw asStoreError(file, err);
  }
}

/** SQLite's codes of a lock another connection holds ("SQLITE_BUSY", "SQLITE_BUSY_RECOVERY", "SQLITE_LOCKED", ...). */
const isBusy = (err: unknown): boolean => /^SQLITE_(?:BUSY|LOCKED)/.test((err as { code?: string }).code ?? '');

/** `fn`, run again after a short wait while SQLite says another connection holds a lock, for up to `ms` in all. */
function whileBusy<T>(fn: () => T, ms: number): T {
  const until = Date.now() + ms;
  for (let wait = 5; ; wait = Math.min(wait * 2, 200)) {
    try {
      return fn();
    } catch (err) {
      if (!isBusy(err) || Date.now() + wait > until) throw err;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, wait);
    }
  }
}

export function asStoreError(file: string, err: unknown): Error {
  const e = err as Error & { code?: string };
  if (e.name && e.name !== 'Error' && e.name !== 'SqliteError' && e.name !== 'TypeError') return e;
  switch (e.code) {
    case 'SQLITE_BUSY':
    case 'SQLITE_LOCKED':
      return new StoreError(`${file}: the store is locked by another writer (${e.message}); try again`);
    case 'SQLITE_NOTADB':
      return new StoreError(`${file}: not a newsgraph store (${e.message})`);
    case 'SQLITE_CORRUPT':
      return new StoreError(`${file}: the store is corrupt (${e.message})`);
    case 'SQLITE_CANTOPEN':
      return new StoreError(`${file}: cannot open the store (${e.message})`);
    case 'SQLITE_READONLY':
      return new StoreError(`${file}: the store is read-only (${e.message})`);
    default:
      return e.code?.startsWith('SQLITE') ? new StoreError(`${file}: ${e.message}`) : e;
  }
}
