/**
 * The SQLite store: open (WAL, busy timeout, migrations), ingest articles one
 * transaction each, remove an article, pin entities.
 *
 * Ingest is incremental: an article whose id and content hash are already
 * stored is skipped; a changed one has exactly its old contributions
 * retracted before the new ones are written. Analysis runs outside the write
 * transaction; the hash is checked again inside it, so two ingests at once
 * interleave article by article and never write the same article twice.
 */
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { DEFAULTS } from '../config.ts';
import { NotFoundError, StoreError, UsageError } from '../errors.ts';
import type { Article } from '../types.ts';
import { Contributions, type Touched } from './contribute.ts';
import { migrate } from './schema.ts';
import type {
  Analyze,
  IngestItem,
  IngestOptions,
  IngestSummary,
  ReadFailure,
  RemoveResult,
} from './types.ts';

export interface OpenStoreOptions {
  /** Fail with StoreError instead of creating a missing store. */
  mustExist?: boolean;
  readonly?: boolean;
  /** How long a writer waits for another writer, in ms. */
  busyTimeoutMs?: number;
}

/** `--db`, else `NEWSGRAPH_DB`, else `./newsgraph.db`; relative to `cwd`. */
export function resolveDbPath(db?: string, env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  const p = db ?? env[DEFAULTS.dbEnv] ?? DEFAULTS.dbPath;
  if (p === ':memory:') return p;
  return path.resolve(cwd, p);
}

/** The content hash that decides skipped vs changed: metadata and text, not the path. */
export function articleHash(a: Article): string {
  const h = createHash('sha256');
  for (const v of [a.title, a.source, a.url, a.published, a.text]) h.update(`${v ?? ''}\u0000`);
  return h.digest('hex').slice(0, 32);
}

function isFailure(x: IngestItem): x is ReadFailure {
  return (x as ReadFailure).failed === true;
}

let defaultAnalyze: Analyze | undefined;
async function loadDefaultAnalyze(): Promise<Analyze> {
  if (!defaultAnalyze) {
    // Loaded lazily so the store opens (and queries run) without the NLP stack.
    const spec = '../resolve/index.ts';
    const mod = (await import(/* @vite-ignore */ spec)) as { analyzeArticle: Analyze };
    defaultAnalyze = mod.analyzeArticle;
  }
  return defaultAnalyze;
}

export class Store {
  readonly db: Database.Database;
  readonly path: string;
  private contributions?: Contributions;

  constructor(file: string, opts: OpenStoreOptions = {}) {
    this.path = file;
    if (file !== ':memory:') {
      if (opts.mustExist && !existsSync(file)) {
        throw new StoreError(`${file}: no store here; run \`newsgraph ingest <paths>\` first (or pass --db)`);
      }
      if (!opts.readonly) mkdirSync(path.dirname(file), { recursive: true });
    }
    try {
      this.db = new Database(file, { readonly: opts.readonly ?? false, fileMustExist: opts.mustExist ?? false });
      this.db.pragma(`busy_timeout = ${opts.busyTimeoutMs ?? 15000}`);
      if (!opts.readonly) {
        this.db.pragma('journal_mode = WAL');
        this.db.pragma('synchronous = NORMAL');
        this.db.pragma('foreign_keys = OFF');
        migrate(this.db);
      }
      this.db.pragma('cache_size = -65536');
    } catch (err) {
      throw asStoreError(file, err);
    }
  }

  private get contrib(): Contributions {
    return (this.contributions ??= new Contributions(this.db));
  }

  /** Ingest articles (and reader failures), one transaction per article. */
  async ingest(items: AsyncIterable<IngestItem> | Iterable<IngestItem>, opts: IngestOptions = {}): Promise<IngestSummary> {
    const analyze = opts.analyze ?? (await loadDefaultAnalyze());
    const started = Date.now();
    const total = opts.total ?? (Array.isArray(items) ? items.length : undefined);
    const summary: IngestSummary = { added: 0, skipped: 0, changed: 0, failed: [], articles: [], elapsedMs: 0 };
    const getHash = this.db.prepare('SELECT hash, path FROM articles WHERE id = ?');
    const setPath = this.db.prepare('UPDATE articles SET path = ? WHERE id = ?');
    let done = 0;
    const report = (current?: string) => {
      done++;
      opts.onProgress?.({
        done,
        ...(total !== undefined ? { total } : {}),
        added: summary.added,
        skipped: summary.skipped,
        changed: summary.changed,
        failed: summary.failed.length,
        elapsedMs: Date.now() - started,
        ...(current ? { current } : {}),
      });
    };
    for await (const item of items as AsyncIterable<IngestItem>) {
      if (isFailure(item)) {
        summary.failed.push({ path: item.path, reason: item.reason });
        report(item.path);
        continue;
      }
      const where = item.path ?? item.id;
      const bad = validateArticle(item);
      if (bad) {
        summary.failed.push({ path: where, reason: bad });
        report(where);
        continue;
      }
      const hash = articleHash(item);
      const before = getHash.get(item.id) as { hash: string; path: string | null } | undefined;
      if (before?.hash === hash) {
        if (item.path && before.path !== item.path) this.write(() => setPath.run(item.path, item.id));
        summary.skipped++;
        report(where);
        continue;
      }
      let ex;
      try {
        ex = await analyze(item);
      } catch (err) {
        summary.failed.push({ path: where, reason: `analysis failed: ${(err as Error).message}` });
        report(where);
        continue;
      }
      const outcome = this.write(() => {
        const now = getHash.get(item.id) as { hash: string } | undefined;
        if (now?.hash === hash) return 'skipped' as const;
        const touched: Touched = { entities: new Set(), relations: new Set() };
        if (now) this.contrib.retract(item.id, touched);
        this.contrib.write({ ...item, hash }, ex, touched);
        this.contrib.recompute(touched);
        return now ? ('changed' as const) : ('added' as const);
      });
      summary[outcome]++;
      if (outcome !== 'skipped') summary.articles.push(item.id);
      report(where);
    }
    summary.elapsedMs = Date.now() - started;
    return summary;
  }

  /** Retract one article, by id or by the path it was read from. */
  remove(idOrPath: string): RemoveResult {
    if (!idOrPath) throw new UsageError('remove: give an article id or path');
    const row = this.findArticle(idOrPath);
    if (!row) throw new NotFoundError(`article ${idOrPath}`);
    this.write(() => {
      const touched: Touched = { entities: new Set(), relations: new Set() };
      this.contrib.retract(row.id, touched);
      this.contrib.recompute(touched);
    });
    return { id: row.id, ...(row.path ? { path: row.path } : {}) };
  }

  private findArticle(idOrPath: string): { id: string; path: string | null } | undefined {
    const byId = this.db.prepare('SELECT id, path FROM articles WHERE id = ?');
    const byPath = this.db.prepare('SELECT id, path FROM articles WHERE path = ? ORDER BY id LIMIT 1');
    return (byId.get(idOrPath) ?? byPath.get(idOrPath) ?? byPath.get(path.resolve(idOrPath))) as
      | { id: string; path: string | null }
      | undefined;
  }

  /** Pin an entity: it stays a node after losing its last mention. */
  pin(entityId: string, note?: string): void {
    this.write(() =>
      this.db
        .prepare('INSERT OR REPLACE INTO pins (entity_id, note, created_at) VALUES (?, ?, ?)')
        .run(entityId, note ?? null, new Date().toISOString()),
    );
  }

  unpin(entityId: string): void {
    this.write(() => {
      this.db.prepare('DELETE FROM pins WHERE entity_id = ?').run(entityId);
      const touched: Touched = { entities: new Set([entityId]), relations: new Set() };
      this.contrib.recompute(touched);
    });
  }

  /** A counter that changes whenever any connection commits (for caches). */
  version(): string {
    const dv = this.db.pragma('data_version', { simple: true }) as number;
    const tc = this.db.prepare('SELECT total_changes() AS n').get() as { n: number };
    return `${dv}:${tc.n}`;
  }

  /** Run `fn` in one IMMEDIATE transaction; a lock held too long is a StoreError. */
  write<T>(fn: () => T): T {
    try {
      return this.db.transaction(fn).immediate();
    } catch (err) {
      throw asStoreError(this.path, err);
    }
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

function validateArticle(a: Article): string | undefined {
  if (typeof a.id !== 'string' || !a.id) return 'article has no id';
  if (typeof a.text !== 'string') return 'article has no text';
  if (typeof a.title !== 'string') return 'article has no title';
  return undefined;
}

function asStoreError(file: string, err: unknown): Error {
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

export function openStore(file: string, opts?: OpenStoreOptions): Store {
  return new Store(file, opts);
}
