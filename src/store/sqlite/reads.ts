/**
 * The SQLite store's reads: prepared statements returning the typed rows of
 * ../rows.ts. Neighbourhoods are indexed lookups (out-edges one range of the
 * clustered relations key, in-edges one range of a covering index), so no
 * query needs an in-memory graph. Entity rows are cached until any
 * connection commits (`data_version`, `total_changes()`).
 */
import type Database from 'better-sqlite3';
import type { EdgeEvidence, QuoteRecord, RelationType } from '../../types.ts';
import { byOccurrence } from '../../util/combine.ts';
import { summarize, summarizeOne, type RelationSummary, type SummaryReadOptions } from '../summary.ts';
import { EVIDENCE_ARRAY_COLS, evidenceFromArray, toEntity, toEvidence, toQuote, type EntitySql, type EvidenceSql, type QuoteSql, type RelationEvidenceSql } from '../sql-rows.ts';
import {
  type Adjacent,
  type EdgeRow,
  type EdgeTuple,
  type EntityDetailRow,
  type EntityRow,
  type EvidenceReadOptions,
  type EvidenceRow,
  type NodeRow,
  type NodeScopeRow,
  type RowFilter,
  type SearchRow,
  type StoreCounts,
} from '../rows.ts';

const ENTITY_COLS = 'e.id, e.label, e.kind, e.type, e.mentions, e.articles, e.degree, e.first_seen AS firstSeen, e.last_seen AS lastSeen';
const EDGE_COLS = 'id, source, type, target, weight, confidence, first_seen, last_seen, hedged';

const EVIDENCE_SQL = `SELECT ev.relation_id, ev.article_id, ev.sentence, ev.start, ev.end, ev.source_start, ev.source_end,
  ev.target_start, ev.target_end, ev.rule, ev.confidence, ev.hedged, ev.negated, ev.quantity, ev.quote, ev.published, ev.described, ev.event,
  a.title, a.source AS asource, a.url
  FROM evidence ev JOIN articles a ON a.id = ev.article_id`;

/** EVIDENCE_SQL with the relation each row is evidence of (rsource, rtype, rtarget). */
const RELATION_EVIDENCE_SQL = EVIDENCE_SQL.replace(
  'FROM evidence ev',
  ', r.source AS rsource, r.type AS rtype, r.target AS rtarget FROM evidence ev JOIN relations r ON r.id = ev.relation_id',
);

const QUOTES_SQL = `SELECT q.article_id, q.speaker, q.addressee, q.text, q.start, q.end, a.title, a.published
  FROM quotes q JOIN articles a ON a.id = q.article_id`;

const json = (ids: readonly string[]) => JSON.stringify(ids);

/** A row of `relationSummaries` (id, source, type, target, published, confidence, hedged, article_id, start, sentence?) as a piece of evidence. */
const summaryEvidence = (r: unknown[]) => ({
  published: (r[4] || undefined) as string | undefined,
  confidence: r[5] as number,
  hedged: Boolean(r[6]),
  articleId: r[7] as string,
  start: r[8] as number,
  sentence: (r[9] ?? '') as string,
});

/** The columns a relation summary is folded from: id, source, type, target, published, confidence, hedged, article_id, start (and the sentence when asked for). */
const summarySelect = (opts: SummaryReadOptions) =>
  `SELECT r.id, r.source, r.type, r.target, ev.published, ev.confidence, ev.hedged, ev.article_id, ev.start${opts.sentence ? ', ev.sentence' : ''}`;

/**
 * Folds rows of `summarySelect`, given in relation-id order, into summaries
 * (appended to `out`): each relation when the next one's first row has come
 * (`add`), or `end` is called.
 */
class SummaryFold {
  private head: unknown[] | undefined; // the current relation's first row
  private more: unknown[][] | undefined; // and its others, if any
  out: RelationSummary[] = [];
  constructor(private readonly opts: SummaryReadOptions) {}

  add(r: unknown[]): void {
    const head = this.head;
    if (head && head[0] === r[0]) (this.more ??= []).push(r);
    else {
      if (head) this.fold(head);
      this.head = r;
    }
  }

  end(): void {
    if (this.head) this.fold(this.head);
    this.head = undefined;
  }

  private fold(h: unknown[]): void {
    const more = this.more;
    const s = more
      ? summarize(h[1] as string, h[2] as RelationType, h[3] as string, [h, ...more].map(summaryEvidence).sort(byOccurrence), this.opts)
      : summarizeOne(h[1] as string, h[2] as RelationType, h[3] as string, h[4] as string | null, h[5] as number, Boolean(h[6]), (h[9] ?? '') as string, this.opts);
    this.more = undefined;
    if (s) this.out.push(s);
  }
}

/** Rows of `summarySelect` in relation-id order folded into summaries, `size` a batch. */
function* foldSummaries(rows: Iterable<unknown[]>, opts: SummaryReadOptions, size: number): Generator<RelationSummary[]> {
  const fold = new SummaryFold(opts);
  for (const r of rows) {
    fold.add(r);
    if (fold.out.length >= size) {
      yield fold.out;
      fold.out = [];
    }
  }
  fold.end();
  if (fold.out.length) yield fold.out;
}

export class SqliteReads {
  private readonly s: Record<string, Database.Statement | undefined>;
  private readonly cache = new Map<string, EntityRow>();
  private cacheVersion = '';

  constructor(private readonly db: Database.Database) {
    const p = (sql: string) => db.prepare(sql);
    this.s = {
      entity: p(`SELECT ${ENTITY_COLS} FROM entities e WHERE e.id = ?`),
      detail: p(`SELECT e.titles, e.roles, EXISTS (SELECT 1 FROM pins WHERE entity_id = e.id) AS pinned FROM entities e WHERE e.id = ?`),
      byName: p(`SELECT ${ENTITY_COLS} FROM names n JOIN entities e ON e.id = n.entity_id
        WHERE n.norm = ? AND n.rank < 2 ORDER BY n.rank, e.mentions DESC, e.id LIMIT 1`),
      // Out-edges are one range of the clustered key; in-edges one range of a covering index.
      outRaw: p(`SELECT ${EDGE_COLS} FROM relations WHERE source = ? ORDER BY type, target`).raw(),
      inRaw: p(`SELECT ${EDGE_COLS} FROM relations INDEXED BY relations_in WHERE target = ? ORDER BY type, source`).raw(),
      kind: p(`SELECT kind FROM entities WHERE id = ?`).pluck(),
      summaries: p(`SELECT ${ENTITY_COLS} FROM entities e WHERE e.id IN (SELECT value FROM json_each(?))`),
      dataVersion: p('PRAGMA data_version').pluck(),
      totalChanges: p('SELECT total_changes()').pluck(),
      evDates: p(`SELECT published FROM evidence WHERE relation_id = ?`).pluck(),
      aliases: p(`SELECT DISTINCT name FROM names WHERE entity_id = ? AND rank = 1 ORDER BY name`).pluck(),
      evidence: p(`${EVIDENCE_SQL} WHERE ev.relation_id = ? ORDER BY ev.published, ev.article_id, ev.start, ev.source_start, ev.target_start LIMIT ?`),
      quotes: p(`${QUOTES_SQL} WHERE q.speaker = ? ORDER BY a.published, q.article_id, q.start, q.id`),
      search: p(`SELECT ${ENTITY_COLS}, min(CASE WHEN n.norm = @q AND n.rank < 2 THEN 0 ELSE n.rank + 1 END) AS rank,
          min((CASE WHEN n.norm = @q AND n.rank < 2 THEN 0 ELSE n.rank + 1 END) || n.name) AS best
        FROM names n JOIN entities e ON e.id = n.entity_id
        WHERE n.norm >= @q AND n.norm < @hi
        GROUP BY n.entity_id ORDER BY rank, e.mentions DESC, e.degree DESC, e.label, e.id LIMIT @limit`),
      timeline: p(`${RELATION_EVIDENCE_SQL}
        WHERE ev.relation_id IN (SELECT id FROM relations WHERE source = @q UNION ALL SELECT id FROM relations WHERE target = @q)
        ORDER BY coalesce(json_extract(ev.event, '$.date'), ev.published) IS NULL, coalesce(json_extract(ev.event, '$.date'), ev.published), ev.article_id, ev.start, ev.source_start, ev.target_start, rtype, rsource, rtarget`),
    };
  }

  private st(name: string): Database.Statement {
    return this.s[name]!;
  }

  entity(id: string): EntityRow | undefined {
    const r = this.st('entity').get(id) as EntitySql | undefined;
    return r && toEntity(r);
  }

  entityByName(folded: string): EntityRow | undefined {
    const r = this.st('byName').get(folded) as EntitySql | undefined;
    return r && toEntity(r);
  }

  entityDetail(id: string): EntityDetailRow | undefined {
    const d = this.st('detail').get(id) as { titles: string | null; roles: string | null; pinned: number } | undefined;
    if (!d) return undefined;
    const out: EntityDetailRow = { pinned: Boolean(d.pinned) };
    if (d.titles) out.titles = JSON.parse(d.titles) as string[];
    if (d.roles) out.roles = JSON.parse(d.roles) as string[];
    return out;
  }

  /** Entity rows by id, from a cache that any commit (by any connection) clears. The rows are shared: read, never change them. */
  entities(ids: readonly string[]): EntityRow[] {
    const version = `${this.st('dataVersion').get() as number}:${this.st('totalChanges').get() as number}`;
    if (version !== this.cacheVersion || this.cache.size > 100_000) {
      this.cache.clear();
      this.cacheVersion = version;
    }
    const out: EntityRow[] = [];
    const missing: string[] = [];
    for (const id of ids) {
      const hit = this.cache.get(id);
      if (hit) out.push(hit);
      else missing.push(id);
    }
    if (missing.length) {
      const rows = (missing.length === 1 ? this.st('entity').all(missing[0]) : this.st('summaries').all(json(missing))) as EntitySql[];
      for (const r of rows) {
        const row = toEntity(r);
        this.cache.set(row.id, row);
        out.push(row);
      }
    }
    return out;
  }

  adjacency(ids: readonly string[]): Map<string, Adjacent> {
    const out = new Map<string, Adjacent>();
    for (const id of ids) {
      if (out.has(id)) continue;
      out.set(id, { out: this.st('outRaw').all(id) as EdgeTuple[], in: this.st('inRaw').all(id) as EdgeTuple[] });
    }
    return out;
  }

  kinds(ids: readonly string[]): Map<string, string> {
    const out = new Map<string, string>();
    for (const id of ids) {
      const k = this.st('kind').get(id) as string | undefined;
      if (k !== undefined) out.set(id, k);
    }
    return out;
  }

  evidenceDates(relationIds: readonly number[]): Map<number, Array<string | null>> {
    const out = new Map<number, Array<string | null>>();
    for (const id of relationIds) out.set(id, this.st('evDates').all(id) as Array<string | null>);
    return out;
  }

  evidence(relationIds: readonly number[], limit: number): Map<number, EdgeEvidence[]> {
    const out = new Map<number, EdgeEvidence[]>();
    for (const id of relationIds) out.set(id, (this.st('evidence').all(id, limit) as EvidenceSql[]).map(toEvidence));
    return out;
  }

  quotesBy(id: string): QuoteRecord[] {
    return (this.st('quotes').all(id) as QuoteSql[]).map(toQuote);
  }

  aliases(id: string): string[] {
    return this.st('aliases').all(id) as string[];
  }

  search(folded: string, limit: number): SearchRow[] {
    const rows = this.st('search').all({ q: folded, hi: folded + '\uffff', limit }) as Array<EntitySql & { rank: number; best: string }>;
    return rows.map((r) => {
      const hit = toEntity(r) as SearchRow;
      hit.matched = r.best.slice(1);
      hit.rank = r.rank;
      return hit;
    });
  }

  timeline(id: string, limit: number): { rows: EvidenceRow[]; undated: number } {
    const rows: EvidenceRow[] = [];
    let undated = 0;
    for (const r of this.st('timeline').iterate({ q: id }) as Iterable<RelationEvidenceSql>) {
      // dated by the event the sentence names, else by the article
      if (!r.published && !r.event?.includes('"date"')) undated++;
      else if (rows.length < limit) rows.push({ source: r.rsource, type: r.rtype, target: r.rtarget, evidence: toEvidence(r) });
    }
    return { rows, undated };
  }

  counts(): StoreCounts {
    const count = (sql: string) => (this.db.prepare(sql).get() as { n: number }).n;
    const byKind: Record<string, number> = {};
    for (const r of this.db.prepare('SELECT kind, count(*) AS n FROM entities GROUP BY kind ORDER BY kind').all() as Array<{ kind: string; n: number }>) {
      byKind[r.kind] = r.n;
    }
    const byType: Record<string, number> = {};
    for (const r of this.db.prepare('SELECT type, count(*) AS n FROM relations GROUP BY type ORDER BY type').all() as Array<{ type: string; n: number }>) {
      byType[r.type] = r.n;
    }
    const span = this.db.prepare('SELECT min(published) AS a, max(published) AS b FROM articles').get() as { a: string | null; b: string | null };
    const top = this.db.prepare(`SELECT ${ENTITY_COLS} FROM entities e ORDER BY e.degree DESC, e.mentions DESC, e.id LIMIT 10`).all() as EntitySql[];
    const pageCount = this.db.pragma('page_count', { simple: true }) as number;
    const pageSize = this.db.pragma('page_size', { simple: true }) as number;
    return {
      articles: count('SELECT count(*) AS n FROM articles'),
      entities: count('SELECT count(*) AS n FROM entities'),
      relations: count('SELECT count(*) AS n FROM relations'),
      evidence: count('SELECT count(*) AS n FROM evidence'),
      mentions: count('SELECT count(*) AS n FROM mentions'),
      quotes: count('SELECT count(*) AS n FROM quotes'),
      byKind,
      byType,
      ...(span.a ? { firstPublished: span.a } : {}),
      ...(span.b ? { lastPublished: span.b } : {}),
      top: top.map(toEntity),
      schemaVersion: this.db.pragma('user_version', { simple: true }) as number,
      bytes: pageCount * pageSize,
    };
  }

  /** As `counts().firstPublished` is set: the least date is not empty (one scan of the articles, no counting). */
  anyDated(): boolean {
    return Boolean(this.db.prepare('SELECT min(published) FROM articles').pluck().get());
  }

  *nodes(filter: RowFilter = {}): Generator<NodeRow> {
    const ids = filter.ids && json(filter.ids);
    const aliasesOf = new Map<string, string[]>();
    const aliasRows = ids
      ? this.db.prepare('SELECT DISTINCT entity_id, name FROM names WHERE rank = 1 AND entity_id IN (SELECT value FROM json_each(?)) ORDER BY entity_id, name').all(ids)
      : this.db.prepare('SELECT DISTINCT entity_id, name FROM names WHERE rank = 1 ORDER BY entity_id, name').all();
    for (const r of aliasRows as Array<{ entity_id: string; name: string }>) {
      const list = aliasesOf.get(r.entity_id);
      if (list) list.push(r.name);
      else aliasesOf.set(r.entity_id, [r.name]);
    }
    const pinned = new Set(this.db.prepare('SELECT entity_id FROM pins').pluck().all() as string[]);
    const cols = 'id, label, kind, type, mentions, articles, first_seen, last_seen, titles, roles';
    const rows = ids
      ? this.db.prepare(`SELECT ${cols} FROM entities WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id`).iterate(ids)
      : this.db.prepare(`SELECT ${cols} FROM entities ORDER BY id`).iterate();
    for (const r of rows as Iterable<{
      id: string;
      label: string;
      kind: NodeRow['kind'];
      type: NodeRow['type'];
      mentions: number;
      articles: number;
      first_seen: string | null;
      last_seen: string | null;
      titles: string | null;
      roles: string | null;
    }>) {
      const n: NodeRow = { id: r.id, label: r.label, kind: r.kind, type: r.type, mentions: r.mentions, articles: r.articles, aliases: aliasesOf.get(r.id) ?? [], pinned: pinned.has(r.id) };
      if (r.first_seen) n.firstSeen = r.first_seen;
      if (r.last_seen) n.lastSeen = r.last_seen;
      if (r.titles) n.titles = JSON.parse(r.titles) as string[];
      if (r.roles) n.roles = JSON.parse(r.roles) as string[];
      yield n;
    }
  }

  *edges(filter: RowFilter = {}): Generator<EdgeRow> {
    const cols = 'source, type, target, weight, confidence, first_seen, last_seen, hedged';
    const rows = filter.ids
      ? this.db
          .prepare(`SELECT ${cols} FROM relations WHERE id IN (SELECT id FROM relations WHERE source IN (SELECT value FROM json_each(@ids))
              UNION SELECT id FROM relations WHERE target IN (SELECT value FROM json_each(@ids))) ORDER BY target, type, source`)
          .iterate({ ids: json(filter.ids) })
      : this.db.prepare(`SELECT ${cols} FROM relations ORDER BY target, type, source`).iterate();
    for (const r of rows as Iterable<{ source: string; type: RelationType; target: string; weight: number; confidence: number; first_seen: string | null; last_seen: string | null; hedged: number }>) {
      const e: EdgeRow = { source: r.source, type: r.type, target: r.target, weight: r.weight, confidence: r.confidence, hedged: Boolean(r.hedged) };
      if (r.first_seen) e.firstSeen = r.first_seen;
      if (r.last_seen) e.lastSeen = r.last_seen;
      yield e;
    }
  }

  /**
   * Evidence in relation-id order, `size` rows a batch. The relations are
   * scanned by id (the covering index relations_id), each one's evidence found
   * by its key and its article by id: no sort of the whole table, only of each
   * relation's own rows (date, article, offsets), and not even that when the
   * caller sorts them (`unordered`: the key's order). Rows are read as arrays.
   */
  *evidenceRows(filter: RowFilter = {}, opts: EvidenceReadOptions = {}, size = 1000): Generator<EvidenceRow[]> {
    const from = `SELECT r.source, r.type, r.target, ${EVIDENCE_ARRAY_COLS.join(', ')}
      FROM relations r CROSS JOIN evidence ev ON ev.relation_id = r.id CROSS JOIN articles a ON a.id = ev.article_id`;
    const order = opts.unordered ? 'ORDER BY r.id' : 'ORDER BY r.id, ev.published, ev.article_id, ev.start, ev.source_start, ev.target_start';
    const rows = filter.ids
      ? this.db
          .prepare(`${from} WHERE r.id IN (SELECT id FROM relations WHERE source IN (SELECT value FROM json_each(@ids))
              UNION SELECT id FROM relations WHERE target IN (SELECT value FROM json_each(@ids))) ${order}`)
          .raw()
          .iterate({ ids: json(filter.ids) })
      : this.db.prepare(`${from} ${order}`).raw().iterate();
    let batch: EvidenceRow[] = [];
    for (const r of rows as Iterable<unknown[]>) {
      batch.push({ source: r[0] as string, type: r[1] as RelationType, target: r[2] as string, evidence: evidenceFromArray(r, 3) });
      if (batch.length >= size) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length) yield batch;
  }

  /**
   * Each relation's evidence folded (../summary.ts), in relation-id order,
   * `size` a batch. The join read in index order (relations_id, then
   * evidence_key: no sort in SQL), `size` relation ids a query (an ego
   * graph's relations: one query), reading only the columns a summary needs,
   * as arrays; a relation with one piece of evidence (most) is folded from
   * its row as it is, one with more from its rows sorted by occurrence.
   */
  *relationSummaries(filter: RowFilter = {}, opts: SummaryReadOptions = {}, size = 1000): Generator<RelationSummary[]> {
    if (!filter.ids) {
      // All of them: `size` ids a query between the least and the greatest (ids are handed out in sequence, so few
      // queries come back empty), as the export's workers read them; a relation is read whole by one query.
      const span = this.relationIdSpan();
      if (span) yield* this.relationSummaryRange(span.min, span.max, opts, size);
      return;
    }
    const from = `${summarySelect(opts)} FROM relations r CROSS JOIN evidence ev ON ev.relation_id = r.id`;
    const rows = this.db
      .prepare(`${from} WHERE r.id IN (SELECT id FROM relations WHERE source IN (SELECT value FROM json_each(@ids))
          UNION SELECT id FROM relations WHERE target IN (SELECT value FROM json_each(@ids))) ORDER BY r.id`)
      .raw()
      .iterate({ ids: json(filter.ids) });
    yield* foldSummaries(rows as Iterable<unknown[]>, opts, size);
  }

  /**
   * Whether every relation's ends are entities (then an export that writes every entity need not look each end
   * up: src/export/edge-job.ts). The distinct ends found by seeking from one to the next (the key for the sources,
   * relations_in for the targets: one seek per distinct end, not a read of every relation), each looked up once.
   */
  relationEndsAreEntities(): boolean {
    const missing = this.db
      .prepare(
        `WITH RECURSIVE
          s(id) AS (SELECT min(source) FROM relations UNION ALL SELECT (SELECT min(source) FROM relations WHERE source > s.id) FROM s WHERE s.id IS NOT NULL),
          t(id) AS (SELECT min(target) FROM relations INDEXED BY relations_in
            UNION ALL SELECT (SELECT min(target) FROM relations INDEXED BY relations_in WHERE target > t.id) FROM t WHERE t.id IS NOT NULL)
        SELECT EXISTS (SELECT 1 FROM s WHERE id IS NOT NULL AND id NOT IN (SELECT id FROM entities))
          OR EXISTS (SELECT 1 FROM t WHERE id IS NOT NULL AND id NOT IN (SELECT id FROM entities))`,
      )
      .pluck()
      .get() as number;
    return missing === 0;
  }

  /** The least and greatest relation id, undefined when there is none (how an export splits the relations into ranges). */
  relationIdSpan(): { min: number; max: number } | undefined {
    // Two queries: each is one end of the index relations_id (min and max in one would scan the table).
    const min = this.db.prepare('SELECT min(id) FROM relations').pluck().get() as number | null;
    const max = this.db.prepare('SELECT max(id) FROM relations').pluck().get() as number | null;
    return min === null || max === null ? undefined : { min, max };
  }

  /**
   * `relationSummaries` of the relations with ids in [lo, hi] (one range of
   * the covering index relations_id), `size` a batch: an export's worker
   * threads each read ranges of their own.
   */
  *relationSummaryRange(lo: number, hi: number, opts: SummaryReadOptions = {}, size = 1000): Generator<RelationSummary[]> {
    const key = opts.sentence ? 'rangeSentence' : 'range';
    let st = this.s[key];
    if (!st) {
      st = this.s[key] = this.db.prepare(`${summarySelect(opts)} FROM relations r CROSS JOIN evidence ev ON ev.relation_id = r.id WHERE r.id BETWEEN ? AND ? ORDER BY r.id`).raw();
    }
    // `size` ids a query, read whole (`all`: one call, not one per row); a relation's rows never span two.
    const fold = new SummaryFold(opts);
    for (let a = lo; a <= hi; a += size) {
      for (const r of st.all(a, Math.min(hi, a + size - 1)) as unknown[][]) fold.add(r);
      fold.end();
      if (fold.out.length >= size) {
        yield fold.out;
        fold.out = [];
      }
    }
    if (fold.out.length) yield fold.out;
  }

  /**
   * `evidenceRows(undefined, { unordered: true })` of the relations with ids in [lo, hi] (one range of the covering
   * index relations_id), `size` ids a query, read whole, as the driver gives the rows: arrays of the relation's
   * source, type and target, then EVIDENCE_ARRAY_COLS (no object per row). The JSON export's worker threads each
   * read ranges of their own and write from these arrays (src/export/edge-fold.ts `JsonEdgeRows`). Each batch is
   * one query of `size` ids, so a relation's rows are all in one batch, together.
   */
  *evidenceRangeRows(lo: number, hi: number, size = 1000): Generator<unknown[][]> {
    let st = this.s['evidenceRange'];
    if (!st) {
      st = this.s['evidenceRange'] = this.db
        .prepare(
          `SELECT r.source, r.type, r.target, ${EVIDENCE_ARRAY_COLS.join(', ')}
            FROM relations r CROSS JOIN evidence ev ON ev.relation_id = r.id CROSS JOIN articles a ON a.id = ev.article_id
            WHERE r.id BETWEEN ? AND ? ORDER BY r.id`,
        )
        .raw();
    }
    for (let a = lo; a <= hi; a += size) {
      const rows = st.all(a, Math.min(hi, a + size - 1)) as unknown[][];
      if (rows.length) yield rows;
    }
  }

  /**
   * What decides whether a node is in an export's scope (kind, first and last seen), of every entity: no names, no
   * JSON. Without `dates` only id and kind (a scan of the small covering index entities_kind, not of the table).
   */
  nodeScope(dates = true): NodeScopeRow[] {
    if (!dates) {
      const ids = this.db.prepare('SELECT id, kind FROM entities').raw().all() as Array<[string, NodeRow['kind']]>;
      return ids.map(([id, kind]) => ({ id, kind }));
    }
    const rows = this.db.prepare('SELECT id, kind, first_seen, last_seen FROM entities').raw().all() as Array<[string, NodeRow['kind'], string | null, string | null]>;
    return rows.map(([id, kind, first, last]) => {
      const n: NodeScopeRow = { id, kind };
      if (first) n.firstSeen = first;
      if (last) n.lastSeen = last;
      return n;
    });
  }

  *quoteRows(filter: RowFilter = {}): Generator<QuoteRecord> {
    const order = 'ORDER BY q.speaker, a.published, q.article_id, q.start, q.id';
    const rows = filter.ids
      ? this.db.prepare(`${QUOTES_SQL} WHERE q.speaker IN (SELECT value FROM json_each(?)) ${order}`).iterate(json(filter.ids))
      : this.db.prepare(`${QUOTES_SQL} ${order}`).iterate();
    for (const q of rows as Iterable<QuoteSql>) yield toQuote(q);
  }

  version(): string {
    return `${this.st('dataVersion').get() as number}:${this.st('totalChanges').get() as number}`;
  }
}
