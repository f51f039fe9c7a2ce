/**
 * The SQLite store (better-sqlite3): one file, WAL, crash-safe. Implements
 * the dialect-free `Store` of ../interface.ts; every SQL statement of
 * newsgraph is in this folder.
 *
 * Writes: one IMMEDIATE transaction per article, or per batch of articles
 * (`writeArticles`: the aggregates they touch are recomputed once). Each
 * article's content hash is checked again inside it, so two ingests at once
 * interleave batch by batch and never write one article twice; a kill leaves
 * every article whole or absent. The article is written through the applied curation
 * (read inside the transaction, so a curation another process applied is
 * seen), with its raw extraction kept for the next curation change.
 */
import type Database from 'better-sqlite3';
import path from 'node:path';
import { compileCuration, curateExtraction, curationFootprint, type CurationPlan } from '../../resolve/curation-apply.ts';
import { emptyCuration, parseCuration, sameCuration, type Curation } from '../../resolve/curation.ts';
import type { ArticleExtraction, ArticleMeta } from '../../types.ts';
import { decodeExtraction, encodeExtraction } from '../extraction-codec.ts';
import type { ArticleWrite, CurationChange, OpenStoreOptions, Store, StoredArticle, WriteOutcome } from '../interface.ts';
import type { Adjacent, EdgeRow, EntityAround, EntityDetailRow, EntityRow, EvidenceReadOptions, EvidenceRow, NodeRow, NodeScopeRow, QuoteRecord, RowFilter, SearchRow, StoreCounts } from '../rows.ts';
import type { RelationSummary, SummaryReadOptions } from '../summary.ts';
import { Contributions, type Touched } from './contributions.ts';
import { extractionFromRows } from './legacy.ts';
import { asStoreError, openDatabase } from './open.ts';
import { SqliteReads } from './reads.ts';

const touchedNone = (): Touched => ({ entities: new Set(), relations: new Set() });

async function* rows<T>(gen: () => Iterable<T>): AsyncGenerator<T> {
  yield* gen();
}

export class SqliteStore implements Store {
  readonly db: Database.Database;
  readonly location: string;
  readonly backend = 'sqlite' as const;
  readonly readonly: boolean;
  private readonly reads: SqliteReads;
  private contributions?: Contributions;
  private plan?: { version: number; plan: CurationPlan };
  private readonly s: Record<string, Database.Statement>;

  constructor(file: string, opts: OpenStoreOptions = {}) {
    this.location = file;
    this.readonly = opts.readonly ?? false;
    this.db = openDatabase(file, opts);
    this.reads = new SqliteReads(this.db);
    const p = (sql: string) => this.db.prepare(sql);
    this.s = {
      state: p('SELECT hash, path FROM articles WHERE id = ?'),
      setPath: p('UPDATE articles SET path = ? WHERE id = ?'),
      byId: p('SELECT id, path FROM articles WHERE id = ?'),
      byPath: p('SELECT id, path FROM articles WHERE path = ? ORDER BY id'),
      idsByPath: p('SELECT id FROM articles WHERE path = ?').pluck(),
      article: p('SELECT id, title, source, url, published, text FROM articles WHERE id = ?'),
      extraction: p('SELECT extraction FROM articles WHERE id = ?').pluck(),
      curation: p('SELECT version, data FROM curation WHERE id = 1'),
      curationVersion: p('SELECT version FROM curation WHERE id = 1').pluck(),
    };
  }

  private get contrib(): Contributions {
    return (this.contributions ??= new Contributions(this.db));
  }

  private st(name: string): Database.Statement {
    return this.s[name]!;
  }

  /** Run `fn` in one IMMEDIATE transaction; a lock held too long is a StoreError. */
  private write<T>(fn: () => T): T {
    try {
      return this.db.transaction(fn).immediate();
    } catch (err) {
      throw asStoreError(this.location, err);
    }
  }

  /** The applied curation, as stored. */
  private storedCuration(): { version: number; curation: Curation } {
    const row = this.st('curation').get() as { version: number; data: string } | undefined;
    if (!row) return { version: 0, curation: emptyCuration() };
    return { version: row.version, curation: parseCuration(JSON.parse(row.data), `${this.location} (applied curation)`) };
  }

  /** The compiled applied curation; re-read when another connection changed it. */
  private currentPlan(): CurationPlan {
    const version = (this.st('curationVersion').get() as number | undefined) ?? 0;
    if (this.plan?.version !== version) this.plan = { version, plan: compileCuration(this.storedCuration().curation) };
    return this.plan.plan;
  }

  // ---- articles ---------------------------------------------------------------

  async articleState(id: string): Promise<{ hash: string; path?: string } | undefined> {
    const r = this.st('state').get(id) as { hash: string; path: string | null } | undefined;
    return r && (r.path ? { hash: r.hash, path: r.path } : { hash: r.hash });
  }

  async setArticlePath(id: string, p: string): Promise<void> {
    this.write(() => this.st('setPath').run(p, id));
  }

  async writeArticle(article: StoredArticle, extraction: ArticleExtraction, raw?: string): Promise<WriteOutcome> {
    return (await this.writeArticles([raw === undefined ? { article, extraction } : { article, extraction, raw }]))[0]!;
  }

  async writeArticles(batch: ReadonlyArray<ArticleWrite>): Promise<WriteOutcome[]> {
    if (!batch.length) return [];
    const raws = batch.map(({ article, extraction, raw }) => raw ?? encodeExtraction(extraction, article.text));
    return this.write(() => {
      const touched = touchedNone();
      const plan = this.currentPlan();
      const outcomes = batch.map(({ article, extraction }, i): WriteOutcome => {
        const now = this.st('state').get(article.id) as { hash: string } | undefined;
        if (now?.hash === article.hash) return 'skipped';
        if (now) {
          this.contrib.retractContributions(article.id, touched);
          this.contrib.setDropped(article.id, []);
          this.contrib.deleteArticle(article.id);
        }
        this.contrib.insertArticle(article, raws[i]!);
        this.contrib.writeContributions(article, curateExtraction(extraction, article.text, plan), touched);
        this.contrib.setDropped(article.id, plan.dropped(extraction));
        return now ? 'changed' : 'added';
      });
      // The aggregates of everything the batch touched, once.
      this.contrib.recompute(touched);
      return outcomes;
    });
  }

  async retractArticles(ids: readonly string[]): Promise<void> {
    this.write(() => {
      const touched = touchedNone();
      for (const id of ids) {
        this.contrib.retractContributions(id, touched);
        this.contrib.setDropped(id, []);
        this.contrib.deleteArticle(id);
      }
      this.contrib.recompute(touched);
    });
  }

  async findArticles(idOrPath: string): Promise<Array<{ id: string; path?: string }>> {
    type Row = { id: string; path: string | null };
    const clean = (rows: Row[]) => rows.map((r) => (r.path ? { id: r.id, path: r.path } : { id: r.id }));
    const byId = this.st('byId').all(idOrPath) as Row[];
    if (byId.length) return clean(byId);
    const exact = this.st('byPath').all(idOrPath) as Row[];
    return clean(exact.length ? exact : (this.st('byPath').all(path.resolve(idOrPath)) as Row[]));
  }

  async articleIdsByPath(p: string): Promise<string[]> {
    return this.st('idsByPath').all(p) as string[];
  }

  // ---- curation ---------------------------------------------------------------

  async appliedCuration(): Promise<Curation> {
    return this.storedCuration().curation;
  }

  async applyCuration(curation: Curation): Promise<CurationChange> {
    return (await this.editCuration(() => curation)).change;
  }

  async editCuration(edit: (now: Curation) => Curation): Promise<{ curation: Curation; change: CurationChange }> {
    // Already applied (the usual case: a query checking the file): answer without taking the write lock.
    const before = this.storedCuration().curation;
    if (JSON.stringify(before) === JSON.stringify(edit(before))) return { curation: before, change: { changed: false, articles: 0 } };
    return this.write(() => {
      const { version, curation: old } = this.storedCuration();
      const curation = edit(old);
      const save = () =>
        this.db
          .prepare('INSERT INTO curation (id, version, data) VALUES (1, ?, ?) ON CONFLICT(id) DO UPDATE SET version = excluded.version, data = excluded.data')
          .run(version + 1, JSON.stringify(curation));
      if (sameCuration(old, curation)) {
        if (JSON.stringify(old) !== JSON.stringify(curation)) save();
        return { curation, change: { changed: false, articles: 0 } };
      }
      const plan = compileCuration(curation);
      const touched = touchedNone();
      const ids = [...curationFootprint(old, curation)];
      const articles = ids.length
        ? (this.db
            .prepare(
              `SELECT article_id FROM entity_articles WHERE entity_id IN (SELECT value FROM json_each(@ids))
               UNION SELECT article_id FROM dropped_entities WHERE entity_id IN (SELECT value FROM json_each(@ids)) ORDER BY article_id`,
            )
            .pluck()
            .all({ ids: JSON.stringify(ids) }) as string[])
        : [];
      for (const id of articles) {
        const a = this.st('article').get(id) as { id: string; title: string; source: string | null; url: string | null; published: string | null; text: string };
        const meta: ArticleMeta = { id: a.id, title: a.title, ...(a.source ? { source: a.source } : {}), ...(a.url ? { url: a.url } : {}), ...(a.published ? { published: a.published } : {}) };
        const data = this.st('extraction').get(id) as string | null;
        let raw: ArticleExtraction;
        if (data !== null) raw = decodeExtraction(data, a.text, meta);
        else {
          // Written before curation was applied on write: its rows are its raw extraction.
          raw = extractionFromRows(this.db, meta);
          this.contrib.saveExtraction(id, encodeExtraction(raw, a.text));
        }
        this.contrib.retractContributions(id, touched);
        this.contrib.writeContributions(meta, curateExtraction(raw, a.text, plan), touched);
        this.contrib.setDropped(id, plan.dropped(raw));
      }
      // Pins: the table holds the curation's pins; nodes pinned or unpinned are recomputed.
      for (const id of this.db.prepare('SELECT entity_id FROM pins').pluck().all() as string[]) touched.entities.add(id);
      this.db.prepare('DELETE FROM pins').run();
      const insPin = this.db.prepare('INSERT INTO pins (entity_id, note, created_at, label, type) VALUES (?, ?, ?, ?, ?)');
      const now = new Date().toISOString();
      for (const [id, pin] of plan.pins) {
        insPin.run(id, pin.note ?? null, now, pin.label ?? null, pin.type ?? null);
        touched.entities.add(id);
      }
      this.contrib.recompute(touched);
      this.plan = undefined;
      save();
      return { curation, change: { changed: true, articles: articles.length } };
    });
  }

  async *iterateArticles(): AsyncIterable<{ article: StoredArticle; extraction: ArticleExtraction }> {
    type Row = { id: string; hash: string; title: string; source: string | null; url: string | null; published: string | null; path: string | null; text: string; extraction: string | null };
    // Ids first (in the order they were written, so a copy creates its relations in the same order), then one
    // article at a time: no statement is held open while the caller writes elsewhere.
    const ids = this.db.prepare('SELECT id FROM articles ORDER BY rowid').pluck().all() as string[];
    const one = this.db.prepare('SELECT id, hash, title, source, url, published, path, text, extraction FROM articles WHERE id = ?');
    for (const id of ids) {
      const r = one.get(id) as Row | undefined;
      if (!r) continue;
      const article: StoredArticle = { id: r.id, hash: r.hash, title: r.title, text: r.text, ...(r.source ? { source: r.source } : {}), ...(r.url ? { url: r.url } : {}), ...(r.published ? { published: r.published } : {}), ...(r.path ? { path: r.path } : {}) };
      const meta: ArticleMeta = { id: r.id, title: r.title, ...(r.source ? { source: r.source } : {}), ...(r.url ? { url: r.url } : {}), ...(r.published ? { published: r.published } : {}) };
      // Written before curation was applied on write: its rows are its raw extraction.
      const extraction = r.extraction !== null ? decodeExtraction(r.extraction, r.text, meta) : extractionFromRows(this.db, meta);
      yield { article, extraction };
    }
  }

  async schemaVersion(): Promise<number> {
    return this.db.pragma('user_version', { simple: true }) as number;
  }

  // ---- reads ------------------------------------------------------------------

  async entity(id: string): Promise<EntityRow | undefined> {
    return this.reads.entity(id);
  }
  async entityByName(folded: string): Promise<EntityRow | undefined> {
    return this.reads.entityByName(folded);
  }
  async entityDetail(id: string): Promise<EntityDetailRow | undefined> {
    return this.reads.entityDetail(id);
  }
  async entities(ids: readonly string[]): Promise<EntityRow[]> {
    return this.reads.entities(ids);
  }
  async adjacency(ids: readonly string[]): Promise<Map<string, Adjacent>> {
    return this.reads.adjacency(ids);
  }
  /** In process a call costs no round trip: the neighbours' rows are left to the cached `entities`. */
  async entityAround(id: string): Promise<EntityAround | undefined> {
    const entity = this.reads.entity(id);
    return entity && { entity, adjacent: this.reads.adjacency([id]).get(id)!, neighbours: [] };
  }
  async kinds(ids: readonly string[]): Promise<Map<string, string>> {
    return this.reads.kinds(ids);
  }
  async evidenceDates(relationIds: readonly number[]): Promise<Map<number, Array<string | null>>> {
    return this.reads.evidenceDates(relationIds);
  }
  async evidence(relationIds: readonly number[], limit: number) {
    return this.reads.evidence(relationIds, limit);
  }
  async quotesBy(id: string): Promise<QuoteRecord[]> {
    return this.reads.quotesBy(id);
  }
  async aliases(id: string): Promise<string[]> {
    return this.reads.aliases(id);
  }
  async search(folded: string, limit: number): Promise<SearchRow[]> {
    return this.reads.search(folded, limit);
  }
  async timeline(id: string, limit: number): Promise<{ rows: EvidenceRow[]; undated: number }> {
    return this.reads.timeline(id, limit);
  }
  async counts(): Promise<StoreCounts> {
    return this.reads.counts();
  }
  async anyDated(): Promise<boolean> {
    return this.reads.anyDated();
  }
  iterateNodes(filter?: RowFilter): AsyncIterable<NodeRow> {
    return rows(() => this.reads.nodes(filter));
  }
  iterateEdges(filter?: RowFilter): AsyncIterable<EdgeRow> {
    return rows(() => this.reads.edges(filter));
  }
  iterateEvidence(filter?: RowFilter, opts?: EvidenceReadOptions): AsyncIterable<EvidenceRow[]> {
    return rows(() => this.reads.evidenceRows(filter, opts));
  }
  iterateRelationSummaries(filter?: RowFilter, opts?: SummaryReadOptions): AsyncIterable<RelationSummary[]> {
    return rows(() => this.reads.relationSummaries(filter, opts));
  }
  iterateQuotes(filter?: RowFilter): AsyncIterable<QuoteRecord> {
    return rows(() => this.reads.quoteRows(filter));
  }

  // For the export's worker threads (src/export/parallel.ts), which open a store file each: SQLite only, synchronous.
  /** The least and greatest relation id, undefined when there are no relations. */
  relationIdSpan(): { min: number; max: number } | undefined {
    return this.reads.relationIdSpan();
  }
  /** The summaries of the relations with ids in [lo, hi], in id order, in batches. */
  relationSummaryRange(lo: number, hi: number, opts?: SummaryReadOptions): Iterable<RelationSummary[]> {
    return this.reads.relationSummaryRange(lo, hi, opts);
  }
  /**
   * The evidence of the relations with ids in [lo, hi], in id order (each relation's rows in the key's order), in
   * batches, as arrays: the relation's source, type, target, then EVIDENCE_ARRAY_COLS (../sql-rows.ts); a
   * relation's rows together in one batch.
   */
  evidenceRangeRows(lo: number, hi: number): Iterable<unknown[][]> {
    return this.reads.evidenceRangeRows(lo, hi);
  }
  /** Whether every relation's ends are entities (an export's workers then skip looking them up). */
  relationEndsAreEntities(): boolean {
    return this.reads.relationEndsAreEntities();
  }
  /** Every entity's id, kind and dates (what decides an export's node scope). */
  nodeScope(dates?: boolean): NodeScopeRow[] {
    return this.reads.nodeScope(dates);
  }
  async version(): Promise<string> {
    return this.reads.version();
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
