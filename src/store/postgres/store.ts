/**
 * The PostgreSQL store: the dialect-free `Store` of ../interface.ts on a
 * database many processes (on many machines) write and read at once.
 * Opened by URL (./connect.ts); the connection and the migrations happen on
 * the first call, so opening stays synchronous as for SQLite.
 *
 * Writes: one transaction per article, as SQLite's, at READ COMMITTED, with
 * advisory locks (transaction-scoped, keyed by the store's schema):
 *   1. the curation lock, shared by every article write and taken alone by
 *      a curation change (which writes many articles again);
 *   2. the article's lock: two writers of one article take turns, and the
 *      second sees the first's content hash and skips;
 *   3. the locks of every entity whose aggregates the write recomputes
 *      (the article's old and new entities; a relation's ends are among
 *      them), taken in key order so two writers never wait on each other
 *      in a circle.
 * So no aggregate is recomputed by two transactions at once, evidence is
 * kept once by the unique keys (`ON CONFLICT`), and a serialization failure
 * or deadlock, should one happen, is retried (./connect.ts).
 *
 * The applied curation is the record (`curation` table): every analyst
 * sees and undoes the same overrides; `editCuration` changes it under the
 * curation lock, so two analysts' edits never overwrite each other.
 */
import path from 'node:path';
import type { Pool, PoolClient, QueryResult } from 'pg';
import { StoreError } from '../../errors.ts';
import { compileCuration, curateExtraction, curationFootprint, type CurationPlan } from '../../resolve/curation-apply.ts';
import { emptyCuration, parseCuration, sameCuration, type Curation } from '../../resolve/curation.ts';
import type { ArticleExtraction, ArticleMeta, EdgeEvidence } from '../../types.ts';
import { decodeExtraction, encodeExtraction } from '../extraction-codec.ts';
import type { ArticleWrite, CurationChange, OpenStoreOptions, Store, StoredArticle, WriteOutcome } from '../interface.ts';
import type { Adjacent, EdgeRow, EntityAround, EntityDetailRow, EntityRow, EvidenceReadOptions, EvidenceRow, NodeRow, QuoteRecord, RowFilter, SearchRow, StoreCounts } from '../rows.ts';
import { createPool, lockKey, named, parsePgUrl, pgError, sqlLiteral, transaction, type PgLocation } from './connect.ts';
import type { RelationSummary, SummaryReadOptions } from '../summary.ts';
import { PgReads } from './reads.ts';
import { PG_BOOTSTRAP, PG_MIGRATIONS } from './schema.ts';
import { contributionEntities, readContribution, recompute, retractContribution, touchedNone, writeContribution } from './write.ts';

export const PG_SCHEMA_VERSION = PG_MIGRATIONS.length;

export class PostgresStore implements Store {
  readonly location: string;
  readonly backend = 'postgres' as const;
  readonly readonly: boolean;
  readonly loc: PgLocation;
  private readonly opts: OpenStoreOptions;
  private poolPromise: Promise<Pool> | undefined;
  private readyPromise: Promise<number> | undefined;
  private readonly reads: PgReads;
  private plan?: { version: number; plan: CurationPlan };
  private closed = false;
  /** Lock namespaces of this store (its schema's), so stores in other schemas never wait on it. */
  private readonly ns: { curation: number; article: number; entity: number; migrate: number };

  constructor(url: string, opts: OpenStoreOptions = {}) {
    this.loc = parsePgUrl(url);
    this.location = this.loc.shown;
    this.readonly = opts.readonly ?? false;
    this.opts = opts;
    this.reads = new PgReads(() => this.ready());
    const k = (what: string) => lockKey(`newsgraph:${this.loc.schema}:${what}`);
    this.ns = { curation: k('curation'), article: k('article'), entity: k('entity'), migrate: k('migrate') };
  }

  private pool(): Promise<Pool> {
    if (this.closed) return Promise.reject(new StoreError(`${this.location}: the store is closed`));
    this.poolPromise ??= createPool(this.loc, { readonly: this.readonly });
    return this.poolPromise;
  }

  /** The pool, once connected and migrated. */
  private async ready(): Promise<Pool> {
    this.readyPromise ??= this.open();
    await this.readyPromise;
    return this.pool();
  }

  /** Connect, check the schema version, and (unless read-only) create or migrate the store. Returns the schema version. */
  private async open(): Promise<number> {
    const pool = await this.pool();
    let version: number;
    try {
      version = await this.readVersion(pool);
    } catch (err) {
      throw pgError(this.loc, err);
    }
    if (version > PG_SCHEMA_VERSION) {
      throw new StoreError(`${this.location}: schema version ${version} is newer than this newsgraph supports (${PG_SCHEMA_VERSION})`);
    }
    if (version === 0 && this.opts.mustExist) throw new StoreError(`no store at ${this.location}: run \`newsgraph ingest\` first (or pass --db)`);
    if (version < PG_SCHEMA_VERSION) {
      if (this.readonly) throw new StoreError(`${this.location}: schema version ${version} needs migrating: run \`newsgraph db migrate --db ${this.location}\``);
      version = await this.migrate(pool);
    }
    return version;
  }

  /** The store's schema version (0: none here yet). */
  private async readVersion(pool: Pool): Promise<number> {
    const { rows } = await pool.query<{ v: number | null }>(
      `SELECT CASE WHEN to_regclass(format('%I.newsgraph_schema', $1::text)) IS NULL THEN 0 ELSE NULL END AS v`,
      [this.loc.schema],
    );
    if (rows[0]?.v === 0) return 0;
    const r = await pool.query<{ version: number }>('SELECT version FROM newsgraph_schema WHERE id = 1');
    return r.rows[0]?.version ?? 0;
  }

  /** Bring the store to the current version, one migration per transaction; a second process waits, then finds it done. */
  private async migrate(pool: Pool): Promise<number> {
    let version = 0;
    while (version < PG_SCHEMA_VERSION) {
      version = await transaction(pool, this.loc, async (c) => {
        await c.query('SELECT pg_advisory_xact_lock($1, 0)', [this.ns.migrate]);
        if (this.loc.schema !== 'public') await c.query(`CREATE SCHEMA IF NOT EXISTS ${this.loc.schema}`);
        await c.query(PG_BOOTSTRAP);
        const now = (await c.query<{ version: number }>('SELECT version FROM newsgraph_schema WHERE id = 1')).rows[0]!.version;
        if (now >= PG_SCHEMA_VERSION) return now;
        await c.query(PG_MIGRATIONS[now]!);
        await c.query('UPDATE newsgraph_schema SET version = $1 WHERE id = 1', [now + 1]);
        return now + 1;
      });
    }
    return version;
  }

  /** Open (and migrate, unless read-only) now; the schema version. */
  async schemaVersion(): Promise<number> {
    this.readyPromise ??= this.open();
    return this.readyPromise;
  }

  /**
   * One write transaction: the curation lock (shared, or exclusive for a
   * curation change) and the statements of `begin` ride with BEGIN (their
   * results given to `fn`), then `fn`; its commit counted (with COMMIT).
   */
  private async write<T>(exclusive: boolean, fn: (c: PoolClient, begun: Array<QueryResult<Record<string, unknown>>>) => Promise<T>, begin: string[] = []): Promise<T> {
    const pool = await this.ready();
    if (this.readonly) throw new StoreError(`${this.location}: the store is opened read-only`);
    const lock = `SELECT pg_advisory_xact_lock${exclusive ? '' : '_shared'}(${this.ns.curation}, 0)`;
    return transaction(pool, this.loc, (c, begun) => fn(c, begun.slice(1)), {
      begin: [lock, ...begin].join('; '),
      commit: 'INSERT INTO store_writes (pid, n) VALUES (pg_backend_pid(), 1) ON CONFLICT (pid) DO UPDATE SET n = store_writes.n + 1',
    });
  }

  private async lock(c: PoolClient, ns: number, ids: Iterable<string>): Promise<void> {
    const keys = [...new Set([...ids].map(lockKey))].sort((a, b) => a - b);
    if (keys.length) await c.query(named('SELECT pg_advisory_xact_lock($1, k) FROM unnest($2::integer[]) AS k', [ns, keys]));
  }

  /** The applied curation, as stored. */
  private async storedCuration(c: Pick<PoolClient, 'query'>): Promise<{ version: number; curation: Curation }> {
    const { rows } = await c.query<{ version: number; data: string }>('SELECT version, data FROM curation WHERE id = 1');
    const row = rows[0];
    if (!row) return { version: 0, curation: emptyCuration() };
    return { version: row.version, curation: parseCuration(JSON.parse(row.data), `${this.location} (applied curation)`) };
  }

  /** The compiled applied curation (read in the caller's transaction; recompiled when another process changed it). `version`: as just read. */
  private async currentPlan(c: PoolClient, version: number): Promise<CurationPlan> {
    if (this.plan?.version !== version) this.plan = { version, plan: compileCuration((await this.storedCuration(c)).curation) };
    return this.plan.plan;
  }

  // ---- articles ---------------------------------------------------------------

  async articleState(id: string): Promise<{ hash: string; path?: string } | undefined> {
    const pool = await this.ready();
    const { rows } = await pool.query<{ hash: string; path: string | null }>('SELECT hash, path FROM articles WHERE id = $1', [id]);
    const r = rows[0];
    return r && (r.path ? { hash: r.hash, path: r.path } : { hash: r.hash });
  }

  async setArticlePath(id: string, p: string): Promise<void> {
    await this.write(false, async (c) => {
      await c.query('UPDATE articles SET path = $1 WHERE id = $2', [p, id]);
    });
  }

  async writeArticle(article: StoredArticle, extraction: ArticleExtraction, encoded?: string): Promise<WriteOutcome> {
    const raw = encoded ?? encodeExtraction(extraction, article.text);
    // With BEGIN: the article's lock, then (after it) the stored hash and the curation's version.
    const begin = [
      `SELECT pg_advisory_xact_lock(${this.ns.article}, ${lockKey(article.id)})`,
      `SELECT hash FROM articles WHERE id = ${sqlLiteral(article.id)}`,
      'SELECT version FROM curation WHERE id = 1',
    ];
    return this.write(false, async (c, begun) => {
      const now = begun[1]!.rows[0] as { hash: string } | undefined;
      if (now?.hash === article.hash) return 'skipped';
      const plan = await this.currentPlan(c, (begun[2]!.rows[0] as { version: number } | undefined)?.version ?? 0);
      const curated = curateExtraction(extraction, article.text, plan);
      const old = now ? await readContribution(c, article.id) : undefined;
      await this.lock(c, this.ns.entity, [...(old ? contributionEntities(old) : []), ...curated.entities.map((e) => e.id)]);
      const touched = touchedNone();
      if (old) await retractContribution(c, article.id, old, touched, true);
      await writeContribution(c, article, curated, plan.dropped(extraction), touched, { article, raw });
      await recompute(c, touched);
      return now ? 'changed' : 'added';
    }, begin);
  }

  async writeArticles(batch: ReadonlyArray<ArticleWrite>): Promise<WriteOutcome[]> {
    const outcomes: WriteOutcome[] = [];
    for (const { article, extraction, raw } of batch) outcomes.push(await this.writeArticle(article, extraction, raw));
    return outcomes;
  }

  async retractArticles(ids: readonly string[]): Promise<void> {
    if (!ids.length) return;
    await this.write(false, async (c) => {
      await this.lock(c, this.ns.article, ids);
      const stored = [];
      for (const id of ids) stored.push({ id, old: await readContribution(c, id) });
      await this.lock(c, this.ns.entity, stored.flatMap((s) => contributionEntities(s.old)));
      const touched = touchedNone();
      for (const s of stored) await retractContribution(c, s.id, s.old, touched, true);
      await recompute(c, touched);
    });
  }

  async findArticles(idOrPath: string): Promise<Array<{ id: string; path?: string }>> {
    const pool = await this.ready();
    type Row = { id: string; path: string | null };
    const clean = (rows: Row[]) => rows.map((r) => (r.path ? { id: r.id, path: r.path } : { id: r.id }));
    const byId = (await pool.query<Row>('SELECT id, path FROM articles WHERE id = $1', [idOrPath])).rows;
    if (byId.length) return clean(byId);
    const byPath = async (p: string) => (await pool.query<Row>('SELECT id, path FROM articles WHERE path = $1 ORDER BY id', [p])).rows;
    const exact = await byPath(idOrPath);
    return clean(exact.length ? exact : await byPath(path.resolve(idOrPath)));
  }

  async articleIdsByPath(p: string): Promise<string[]> {
    const pool = await this.ready();
    return (await pool.query<{ id: string }>('SELECT id FROM articles WHERE path = $1', [p])).rows.map((r) => r.id);
  }

  async *iterateArticles(): AsyncIterable<{ article: StoredArticle; extraction: ArticleExtraction }> {
    type Row = { id: string; hash: string; title: string; source: string | null; url: string | null; published: string | null; path: string | null; text: string; extraction: string | null };
    for await (const r of this.reads.cursor<Row>('SELECT id, hash, title, source, url, published, path, text, extraction FROM articles ORDER BY ingested_at, id')) {
      const article: StoredArticle = { id: r.id, hash: r.hash, title: r.title, text: r.text, ...(r.source ? { source: r.source } : {}), ...(r.url ? { url: r.url } : {}), ...(r.published ? { published: r.published } : {}), ...(r.path ? { path: r.path } : {}) };
      if (r.extraction === null) throw new StoreError(`${this.location}: article ${r.id} has no stored extraction`);
      yield { article, extraction: decodeExtraction(r.extraction, r.text, metaOf(article)) };
    }
  }

  // ---- curation ---------------------------------------------------------------

  async appliedCuration(): Promise<Curation> {
    return (await this.storedCuration(await this.ready())).curation;
  }

  async applyCuration(curation: Curation): Promise<CurationChange> {
    return (await this.editCuration(() => curation)).change;
  }

  async editCuration(edit: (now: Curation) => Curation): Promise<{ curation: Curation; change: CurationChange }> {
    // Unchanged (the usual case for a reader): answer without the curation lock.
    const before = await this.appliedCuration();
    const wanted = edit(before);
    if (JSON.stringify(before) === JSON.stringify(wanted)) return { curation: before, change: { changed: false, articles: 0 } };
    return this.write(true, async (c) => {
      const { version, curation: old } = await this.storedCuration(c);
      // Another analyst may have changed it meanwhile: the edit applies to what is stored now.
      const curation = edit(old);
      const save = () =>
        c.query('INSERT INTO curation (id, version, data) VALUES (1, $1, $2) ON CONFLICT (id) DO UPDATE SET version = excluded.version, data = excluded.data', [
          version + 1,
          JSON.stringify(curation),
        ]);
      if (sameCuration(old, curation)) {
        if (JSON.stringify(old) !== JSON.stringify(curation)) await save();
        return { curation, change: { changed: false, articles: 0 } };
      }
      const plan = compileCuration(curation);
      const touched = touchedNone();
      const ids = [...curationFootprint(old, curation)];
      const articles = ids.length
        ? (
            await c.query<{ article_id: string }>(
              `SELECT article_id FROM entity_articles WHERE entity_id = ANY($1::text[])
               UNION SELECT article_id FROM dropped_entities WHERE entity_id = ANY($1::text[]) ORDER BY article_id`,
              [ids],
            )
          ).rows.map((r) => r.article_id)
        : [];
      for (const id of articles) {
        type Row = { id: string; title: string; source: string | null; url: string | null; published: string | null; text: string; extraction: string | null };
        const a = (await c.query<Row>('SELECT id, title, source, url, published, text, extraction FROM articles WHERE id = $1', [id])).rows[0]!;
        const meta: ArticleMeta = { id: a.id, title: a.title, ...(a.source ? { source: a.source } : {}), ...(a.url ? { url: a.url } : {}), ...(a.published ? { published: a.published } : {}) };
        if (a.extraction === null) throw new StoreError(`${this.location}: article ${id} has no stored extraction`);
        const raw = decodeExtraction(a.extraction, a.text, meta);
        await retractContribution(c, id, await readContribution(c, id), touched, false);
        await writeContribution(c, meta, curateExtraction(raw, a.text, plan), plan.dropped(raw), touched);
      }
      // Pins: the table holds the curation's pins; nodes pinned or unpinned are recomputed.
      for (const r of (await c.query<{ entity_id: string }>('SELECT entity_id FROM pins')).rows) touched.entities.add(r.entity_id);
      await c.query('DELETE FROM pins');
      const now = new Date().toISOString();
      const pins = [...plan.pins];
      if (pins.length) {
        await c.query(
          `INSERT INTO pins (entity_id, note, created_at, label, type) SELECT e, n, $3, l, t FROM unnest($1::text[], $2::text[], $4::text[], $5::text[]) AS x(e, n, l, t)`,
          [pins.map(([id]) => id), pins.map(([, p]) => p.note ?? null), now, pins.map(([, p]) => p.label ?? null), pins.map(([, p]) => p.type ?? null)],
        );
      }
      for (const [id] of pins) touched.entities.add(id);
      await recompute(c, touched);
      this.plan = undefined;
      await save();
      return { curation, change: { changed: true, articles: articles.length } };
    });
  }

  // ---- reads ------------------------------------------------------------------

  entity(id: string): Promise<EntityRow | undefined> {
    return this.reads.entity(id);
  }
  entityByName(folded: string): Promise<EntityRow | undefined> {
    return this.reads.entityByName(folded);
  }
  entityDetail(id: string): Promise<EntityDetailRow | undefined> {
    return this.reads.entityDetail(id);
  }
  entities(ids: readonly string[]): Promise<EntityRow[]> {
    return this.reads.entities(ids);
  }
  adjacency(ids: readonly string[]): Promise<Map<string, Adjacent>> {
    return this.reads.adjacency(ids);
  }
  entityAround(id: string, neighbourLimit: number): Promise<EntityAround | undefined> {
    return this.reads.entityAround(id, neighbourLimit);
  }
  kinds(ids: readonly string[]): Promise<Map<string, string>> {
    return this.reads.kinds(ids);
  }
  evidenceDates(relationIds: readonly number[]): Promise<Map<number, Array<string | null>>> {
    return this.reads.evidenceDates(relationIds);
  }
  evidence(relationIds: readonly number[], limit: number): Promise<Map<number, EdgeEvidence[]>> {
    return this.reads.evidence(relationIds, limit);
  }
  quotesBy(id: string): Promise<QuoteRecord[]> {
    return this.reads.quotesBy(id);
  }
  aliases(id: string): Promise<string[]> {
    return this.reads.aliases(id);
  }
  search(folded: string, limit: number): Promise<SearchRow[]> {
    return this.reads.search(folded, limit);
  }
  timeline(id: string, limit: number): Promise<{ rows: EvidenceRow[]; undated: number }> {
    return this.reads.timeline(id, limit);
  }
  async counts(): Promise<StoreCounts> {
    const schemaVersion = await this.schemaVersion();
    return { ...(await this.reads.counts()), schemaVersion };
  }
  anyDated(): Promise<boolean> {
    return this.reads.anyDated();
  }
  iterateNodes(filter?: RowFilter): AsyncIterable<NodeRow> {
    return this.reads.nodes(filter);
  }
  iterateEdges(filter?: RowFilter): AsyncIterable<EdgeRow> {
    return this.reads.edges(filter);
  }
  /** Always in occurrence order (`unordered` allows that). */
  iterateEvidence(filter?: RowFilter, _opts?: EvidenceReadOptions): AsyncIterable<EvidenceRow[]> {
    return this.reads.evidenceRows(filter);
  }
  iterateRelationSummaries(filter?: RowFilter, opts?: SummaryReadOptions): AsyncIterable<RelationSummary[]> {
    return this.reads.relationSummaries(filter, opts);
  }
  iterateQuotes(filter?: RowFilter): AsyncIterable<QuoteRecord> {
    return this.reads.quoteRows(filter);
  }
  version(): Promise<string> {
    return this.reads.version();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const pool = this.poolPromise;
    this.poolPromise = undefined;
    if (pool) await (await pool.catch(() => undefined))?.end();
  }
}

function metaOf(a: StoredArticle): ArticleMeta {
  return { id: a.id, title: a.title, ...(a.source ? { source: a.source } : {}), ...(a.url ? { url: a.url } : {}), ...(a.published ? { published: a.published } : {}) };
}
