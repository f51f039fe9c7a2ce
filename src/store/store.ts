/**
 * The SQLite store: open (WAL, busy timeout, migrations), ingest articles one
 * transaction each, remove articles, pin entities.
 *
 * Ingest is incremental: an article whose id and content hash are already
 * stored is skipped; a changed one has exactly its old contributions
 * retracted before the new ones are written; a file read again whole has the
 * articles it no longer holds retracted (an edited .txt gets a new content-
 * hash id: counted as changed). Analysis runs outside the write transaction
 * (here, or on worker threads with `jobs`); the hash is checked again inside
 * it, so two ingests at once interleave article by article and never write
 * the same article twice. A kill leaves every article whole or absent.
 */
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { DEFAULTS } from '../config.ts';
import { NotFoundError, StoreError, UsageError } from '../errors.ts';
import type { Article, ArticleExtraction } from '../types.ts';
import { AnalyzePool } from './analyze-pool.ts';
import { Contributions, type Touched } from './contribute.ts';
import { migrate } from './schema.ts';
import { isFailure } from '../ingest/types.ts';
import type {
  Analyze,
  IngestItem,
  IngestOptions,
  IngestSummary,
  RemoveResult,
} from './types.ts';

export interface OpenStoreOptions {
  /** Fail with StoreError instead of creating a missing store. */
  mustExist?: boolean;
  readonly?: boolean;
  /** How long a writer waits for another writer, in ms. */
  busyTimeoutMs?: number;
  /** Ids pinned outside the store (the curation file); kept like store pins. */
  pinned?: () => Set<string>;
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


let defaultAnalyze: Analyze | undefined;
async function loadDefaultAnalyze(): Promise<Analyze> {
  // Loaded on first ingest, so opening the store (and every query) skips the NLP stack.
  defaultAnalyze ??= (await import('../resolve/index.ts')).analyzeArticle;
  return defaultAnalyze;
}

/** Never called: with worker jobs the pool analyzes. */
const undefinedAnalyze: Analyze = () => {
  throw new Error('analysis runs on the worker pool');
};

export class Store {
  readonly db: Database.Database;
  readonly path: string;
  private contributions?: Contributions;
  private readonly extraPins?: () => Set<string>;

  constructor(file: string, opts: OpenStoreOptions = {}) {
    this.path = file;
    if (opts.pinned) this.extraPins = opts.pinned;
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
      // Map the file: page reads without a syscall each (address space only, not memory).
      this.db.pragma('mmap_size = 4294967296');
    } catch (err) {
      throw asStoreError(file, err);
    }
  }

  private get contrib(): Contributions {
    return (this.contributions ??= new Contributions(this.db, this.extraPins));
  }

  /** Ingest articles (and reader failures), one transaction per article. */
  async ingest(items: AsyncIterable<IngestItem> | Iterable<IngestItem>, opts: IngestOptions = {}): Promise<IngestSummary> {
    const analyze = opts.analyze ?? (opts.jobs && opts.jobs > 1 ? undefinedAnalyze : await loadDefaultAnalyze());
    const started = Date.now();
    const total = opts.total ?? (Array.isArray(items) ? items.length : undefined);
    const summary: IngestSummary = { added: 0, skipped: 0, changed: 0, removed: 0, failed: [], articles: [], elapsedMs: 0 };
    // Per source file: the ids it holds now, so articles it no longer holds can be retracted.
    const seenByPath = new Map<string, { ids: Set<string>; added: number }>();
    const failedPaths = new Set<string>();
    const track = (p: string | undefined, id: string, added: boolean) => {
      if (!p || p.startsWith('<')) return;
      let e = seenByPath.get(p);
      if (!e) seenByPath.set(p, (e = { ids: new Set(), added: 0 }));
      e.ids.add(id);
      if (added) e.added++;
    };
    const failPath = (p: string) => failedPaths.add(p.replace(/:\d+$/, ''));
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
    const jobs = Math.max(1, Math.floor(opts.jobs ?? 1));
    const useWorkers = jobs > 1 && !opts.analyze;
    let pool: AnalyzePool | undefined;
    type Job = { item: Article; hash: string; where: string; analysis: Promise<{ ex?: ArticleExtraction; err?: Error }> };
    const queue: Job[] = [];
    const finish = async ({ item, hash, where, analysis }: Job) => {
      const { ex, err } = await analysis;
      if (!ex) {
        if (item.path) failPath(item.path);
        summary.failed.push({ path: where, reason: `analysis failed: ${err?.message ?? 'no result'}` });
        report(where);
        return;
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
      track(item.path, item.id, outcome === 'added');
      report(where);
    };
    try {
      for await (const item of items as AsyncIterable<IngestItem>) {
        if (isFailure(item)) {
          failPath(item.path);
          summary.failed.push({ path: item.path, reason: item.reason });
          report(item.path);
          continue;
        }
        const where = item.path ?? item.id;
        const bad = validateArticle(item);
        if (bad) {
          if (item.path) failPath(item.path);
          summary.failed.push({ path: where, reason: bad });
          report(where);
          continue;
        }
        const hash = articleHash(item);
        const before = getHash.get(item.id) as { hash: string; path: string | null } | undefined;
        if (before?.hash === hash) {
          if (item.path && before.path !== item.path) this.write(() => setPath.run(item.path, item.id));
          track(item.path, item.id, false);
          summary.skipped++;
          report(where);
          continue;
        }
        // Analysis runs here (jobs = 1) or on the worker pool, a few articles ahead of the writes.
        if (!pool && useWorkers) pool = new AnalyzePool(jobs);
        const analysis = (pool ? pool.analyze(item) : Promise.resolve().then(() => analyze(item))).then(
          (ex) => ({ ex }),
          (err: unknown) => ({ err: err as Error }),
        );
        queue.push({ item, hash, where, analysis });
        while (queue.length >= (pool ? pool.size * 2 : 1)) await finish(queue.shift()!);
      }
      while (queue.length) await finish(queue.shift()!);
    } finally {
      await pool?.close();
    }
    // A file read again whole: what it no longer holds (an edited .txt has a new content-hash id) is retracted.
    const byPath = this.db.prepare('SELECT id FROM articles WHERE path = ?').pluck();
    for (const [p, seen] of seenByPath) {
      if (failedPaths.has(p)) continue;
      const stale = (byPath.all(p) as string[]).filter((id) => !seen.ids.has(id));
      for (const id of stale) {
        this.write(() => {
          const touched: Touched = { entities: new Set(), relations: new Set() };
          this.contrib.retract(id, touched);
          this.contrib.recompute(touched);
        });
      }
      // An old version replaced by a new id is a change, not an addition.
      const replaced = Math.min(stale.length, seen.added);
      summary.added -= replaced;
      summary.changed += replaced;
      summary.removed += stale.length - replaced;
    }
    summary.elapsedMs = Date.now() - started;
    return summary;
  }

  /**
   * Retract an article by id, or every article read from a path (a .jsonl
   * file holds many), in one transaction.
   */
  remove(idOrPath: string): RemoveResult[] {
    if (!idOrPath) throw new UsageError('remove: give an article id or path');
    const rows = this.findArticles(idOrPath);
    if (rows.length === 0) throw new NotFoundError(`article ${idOrPath}`);
    this.write(() => {
      const touched: Touched = { entities: new Set(), relations: new Set() };
      for (const row of rows) this.contrib.retract(row.id, touched);
      this.contrib.recompute(touched);
    });
    return rows.map((row) => ({ id: row.id, ...(row.path ? { path: row.path } : {}) }));
  }

  private findArticles(idOrPath: string): Array<{ id: string; path: string | null }> {
    const byId = this.db.prepare('SELECT id, path FROM articles WHERE id = ?').all(idOrPath) as Array<{ id: string; path: string | null }>;
    if (byId.length) return byId;
    const byPath = this.db.prepare('SELECT id, path FROM articles WHERE path = ? ORDER BY id');
    const exact = byPath.all(idOrPath) as Array<{ id: string; path: string | null }>;
    return exact.length ? exact : (byPath.all(path.resolve(idOrPath)) as Array<{ id: string; path: string | null }>);
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
