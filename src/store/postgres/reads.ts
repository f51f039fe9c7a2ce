/**
 * The PostgreSQL store's reads: the typed rows of ../rows.ts, in the orders
 * the SQLite store gives them (../sqlite/reads.ts), one round trip per call
 * however many ids it asks about (`= ANY($1)`), so a traversal costs one
 * round trip per hop. Ascending orders on a nullable column say `NULLS
 * FIRST`, as SQLite orders NULL; text compares byte by byte (`COLLATE "C"`
 * columns). Whole-store iterations read through a cursor, a batch at a time.
 */
import type { Pool } from 'pg';
import type { EdgeEvidence, QuoteRecord, RelationType } from '../../types.ts';
import type { Adjacent, EdgeRow, EdgeTuple, EntityAround, EntityDetailRow, EntityRow, EvidenceRow, NodeRow, RowFilter, SearchRow, StoreCounts } from '../rows.ts';
import { byOccurrence } from '../../util/combine.ts';
import { summarize, type RelationSummary, type SummaryReadOptions } from '../summary.ts';
import { statementName } from './connect.ts';
import { toEntity, toEvidence, toQuote, type EntitySql, type EvidenceSql, type QuoteSql, type RelationEvidenceSql } from '../sql-rows.ts';

const ENTITY_COLS = 'e.id, e.label, e.kind, e.type, e.mentions, e.articles, e.degree, e.first_seen AS "firstSeen", e.last_seen AS "lastSeen"';
const EDGE_COLS = 'id, source, type, target, weight, confidence, first_seen, last_seen, hedged';

const EVIDENCE_COLS = `ev.relation_id, ev.article_id, ev.sentence, ev.start, ev."end", ev.source_start, ev.source_end,
  ev.target_start, ev.target_end, ev.rule, ev.confidence, ev.hedged, ev.negated, ev.quantity, ev.quote, ev.published, ev.described, ev.event,
  a.title, a.source AS asource, a.url`;

const RELATION_EVIDENCE_SQL = `SELECT ${EVIDENCE_COLS}, r.source AS rsource, r.type AS rtype, r.target AS rtarget
  FROM evidence ev JOIN articles a ON a.id = ev.article_id JOIN relations r ON r.id = ev.relation_id`;

const QUOTES_SQL = `SELECT q.article_id, q.speaker, q.addressee, q.text, q.start, q."end", a.title, a.published
  FROM quotes q JOIN articles a ON a.id = q.article_id`;

const entityJson = (e: string) =>
  `json_build_object('id', ${e}.id, 'label', ${e}.label, 'kind', ${e}.kind, 'type', ${e}.type, 'mentions', ${e}.mentions, 'articles', ${e}.articles,
    'degree', ${e}.degree, 'firstSeen', ${e}.first_seen, 'lastSeen', ${e}.last_seen)`;

/** The entity $1, its relations (out by type, target; in by type, source) and its $2 heaviest neighbours, in one row. */
const ENTITY_AROUND = `WITH adj AS (
    SELECT 0 AS dir, target AS o, ${EDGE_COLS} FROM relations WHERE source = $1
    UNION ALL SELECT 1, source, ${EDGE_COLS} FROM relations WHERE target = $1),
  top AS (SELECT o, sum(weight) AS w FROM adj WHERE o <> $1 GROUP BY o ORDER BY w DESC, o LIMIT $2)
  SELECT (SELECT ${entityJson('e')} FROM entities e WHERE e.id = $1) AS entity,
    (SELECT json_agg(json_build_array(dir, id, source, type, target, weight, confidence, first_seen, last_seen, hedged) ORDER BY dir, type, o) FROM adj) AS adj,
    (SELECT json_agg(${entityJson('n')} ORDER BY top.w DESC, top.o) FROM top JOIN entities n ON n.id = top.o) AS near`;

/** Relations with an end among $1. */
const RELATIONS_OF = `SELECT id FROM relations WHERE source = ANY($1::text[]) UNION SELECT id FROM relations WHERE target = ANY($1::text[])`;


export class PgReads {
  constructor(
    private readonly pool: () => Promise<Pool>,
    private readonly cursorBatch = 2000,
  ) {}

  private async rows<T>(sql: string, values: unknown[] = []): Promise<T[]> {
    return (await (await this.pool()).query({ name: statementName(sql), text: sql, values })).rows as T[];
  }

  /** Rows of a query read through a cursor, `cursorBatch` at a time, in one read-only transaction. */
  async *cursor<T>(sql: string, values: unknown[] = []): AsyncGenerator<T> {
    const client = await (await this.pool()).connect();
    let open = false;
    try {
      await client.query('BEGIN READ ONLY');
      open = true;
      await client.query(`DECLARE newsgraph_rows NO SCROLL CURSOR FOR ${sql}`, values);
      for (;;) {
        const { rows } = await client.query(`FETCH ${this.cursorBatch} FROM newsgraph_rows`);
        for (const r of rows) yield r as T;
        if (rows.length < this.cursorBatch) break;
      }
    } finally {
      if (open) await client.query('COMMIT').catch(() => {});
      client.release();
    }
  }

  async entity(id: string): Promise<EntityRow | undefined> {
    const [r] = await this.rows<EntitySql>(`SELECT ${ENTITY_COLS} FROM entities e WHERE e.id = $1`, [id]);
    return r && toEntity(r);
  }

  async entityByName(folded: string): Promise<EntityRow | undefined> {
    const [r] = await this.rows<EntitySql>(
      `SELECT ${ENTITY_COLS} FROM names n JOIN entities e ON e.id = n.entity_id
       WHERE n.norm = $1 AND n.rank < 2 ORDER BY n.rank, e.mentions DESC, e.id LIMIT 1`,
      [folded],
    );
    return r && toEntity(r);
  }

  async entityDetail(id: string): Promise<EntityDetailRow | undefined> {
    const [d] = await this.rows<{ titles: string | null; roles: string | null; pinned: boolean }>(
      `SELECT e.titles, e.roles, EXISTS (SELECT 1 FROM pins WHERE entity_id = e.id) AS pinned FROM entities e WHERE e.id = $1`,
      [id],
    );
    if (!d) return undefined;
    const out: EntityDetailRow = { pinned: Boolean(d.pinned) };
    if (d.titles) out.titles = JSON.parse(d.titles) as string[];
    if (d.roles) out.roles = JSON.parse(d.roles) as string[];
    return out;
  }

  async entities(ids: readonly string[]): Promise<EntityRow[]> {
    if (!ids.length) return [];
    return (await this.rows<EntitySql>(`SELECT ${ENTITY_COLS} FROM entities e WHERE e.id = ANY($1::text[])`, [ids])).map(toEntity);
  }

  async adjacency(ids: readonly string[]): Promise<Map<string, Adjacent>> {
    const out = new Map<string, Adjacent>();
    for (const id of ids) if (!out.has(id)) out.set(id, { out: [], in: [] });
    if (!out.size) return out;
    // Out-edges by (source, type, target), in-edges by (target, type, source): each one range of an index that carries the row.
    const text = `SELECT * FROM (
          SELECT 0 AS dir, source AS k, target AS o, ${EDGE_COLS} FROM relations WHERE source = ANY($1::text[])
          UNION ALL SELECT 1, target, source, ${EDGE_COLS} FROM relations WHERE target = ANY($1::text[])
        ) x ORDER BY dir, k, type, o`;
    const res = await (await this.pool()).query({ name: statementName(text), text, values: [[...out.keys()]], rowMode: 'array' });
    for (const r of res.rows as unknown[][]) {
      const a = out.get(r[1] as string)!;
      (r[0] === 0 ? a.out : a.in).push(r.slice(3) as unknown as EdgeTuple);
    }
    return out;
  }

  /**
   * One statement, one round trip: the entity, its relations (as
   * `adjacency` orders them) and its `limit` heaviest neighbours' rows, as
   * JSON (three columns of one row; the numbers print as `pg` would parse
   * them, so the rows equal `entity`'s, `adjacency`'s and `entities`').
   */
  async entityAround(id: string, limit: number): Promise<EntityAround | undefined> {
    const [r] = await this.rows<{ entity: EntitySql | null; adj: Array<[number, ...EdgeTuple]> | null; near: EntitySql[] | null }>(ENTITY_AROUND, [id, limit]);
    if (!r?.entity) return undefined;
    const adjacent: Adjacent = { out: [], in: [] };
    for (const a of r.adj ?? []) (a[0] === 0 ? adjacent.out : adjacent.in).push(a.slice(1) as unknown as EdgeTuple);
    return { entity: toEntity(r.entity), adjacent, neighbours: (r.near ?? []).map(toEntity) };
  }

  async kinds(ids: readonly string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    if (!ids.length) return out;
    for (const r of await this.rows<{ id: string; kind: string }>(`SELECT id, kind FROM entities WHERE id = ANY($1::text[])`, [ids])) out.set(r.id, r.kind);
    return out;
  }

  async evidenceDates(relationIds: readonly number[]): Promise<Map<number, Array<string | null>>> {
    const out = new Map<number, Array<string | null>>(relationIds.map((id) => [id, []]));
    if (!relationIds.length) return out;
    for (const r of await this.rows<{ relation_id: number; published: string | null }>(
      `SELECT relation_id, published FROM evidence WHERE relation_id = ANY($1::bigint[])`,
      [relationIds],
    )) {
      out.get(r.relation_id)?.push(r.published);
    }
    return out;
  }

  async evidence(relationIds: readonly number[], limit: number): Promise<Map<number, EdgeEvidence[]>> {
    const out = new Map<number, EdgeEvidence[]>(relationIds.map((id) => [id, []]));
    if (!relationIds.length) return out;
    const rows = await this.rows<EvidenceSql>(
      `SELECT x.* FROM unnest($1::bigint[]) AS rid(id), LATERAL (
         SELECT ${EVIDENCE_COLS} FROM evidence ev JOIN articles a ON a.id = ev.article_id WHERE ev.relation_id = rid.id
         ORDER BY ev.published NULLS FIRST, ev.article_id, ev.start, ev.source_start, ev.target_start LIMIT $2) x`,
      [[...new Set(relationIds)], limit],
    );
    for (const r of rows) out.get(r.relation_id)!.push(toEvidence(r));
    return out;
  }

  async quotesBy(id: string): Promise<QuoteRecord[]> {
    return (await this.rows<QuoteSql>(`${QUOTES_SQL} WHERE q.speaker = $1 ORDER BY a.published NULLS FIRST, q.article_id, q.start, q.id`, [id])).map(toQuote);
  }

  async aliases(id: string): Promise<string[]> {
    return (await this.rows<{ name: string }>(`SELECT DISTINCT name FROM names WHERE entity_id = $1 AND rank = 1 ORDER BY name`, [id])).map((r) => r.name);
  }

  async search(folded: string, limit: number): Promise<SearchRow[]> {
    // A prefix of the folded names and their later words: one range of the names key (byte order, as SQLite's).
    const rows = await this.rows<EntitySql & { rank: number; best: string }>(
      `SELECT ${ENTITY_COLS}, min(CASE WHEN n.norm = $1 AND n.rank < 2 THEN 0 ELSE n.rank + 1 END) AS rank,
          min((CASE WHEN n.norm = $1 AND n.rank < 2 THEN 0 ELSE n.rank + 1 END)::text || n.name) AS best
        FROM names n JOIN entities e ON e.id = n.entity_id
        WHERE n.norm >= $1 AND n.norm < $2
        GROUP BY e.id ORDER BY rank, e.mentions DESC, e.degree DESC, e.label, e.id LIMIT $3`,
      [folded, folded + '\uffff', limit],
    );
    return rows.map((r) => {
      const hit = toEntity(r) as SearchRow;
      hit.matched = r.best.slice(1);
      hit.rank = r.rank;
      return hit;
    });
  }

  async timeline(id: string, limit: number): Promise<{ rows: EvidenceRow[]; undated: number }> {
    const of = `ev.relation_id IN (SELECT id FROM relations WHERE source = $1 UNION ALL SELECT id FROM relations WHERE target = $1)`;
    // dated by the event the sentence names, else by the article (as SQLite's timeline)
    const when = `coalesce(ev.event::json->>'date', ev.published)`;
    const dated = await this.rows<RelationEvidenceSql>(
      `${RELATION_EVIDENCE_SQL} WHERE ${of} AND ${when} IS NOT NULL
       ORDER BY ${when}, ev.article_id, ev.start, ev.source_start, ev.target_start, rtype, rsource, rtarget LIMIT $2`,
      [id, limit],
    );
    const [u] = await this.rows<{ n: number }>(`SELECT count(*) AS n FROM evidence ev WHERE ${of} AND ${when} IS NULL`, [id]);
    return { rows: dated.map((r) => ({ source: r.rsource, type: r.rtype, target: r.rtarget, evidence: toEvidence(r) })), undated: u?.n ?? 0 };
  }

  /** As `counts().firstPublished` is set: the least date is not empty. */
  async anyDated(): Promise<boolean> {
    const [r] = await this.rows<{ first: string | null }>('SELECT min(published) AS first FROM articles');
    return Boolean(r?.first);
  }

  async counts(): Promise<Omit<StoreCounts, 'schemaVersion'>> {
    const [c] = await this.rows<{ articles: number; entities: number; relations: number; evidence: number; mentions: number; quotes: number; first: string | null; last: string | null; bytes: number | null }>(
      `SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM entities) AS entities,
         (SELECT count(*) FROM relations) AS relations, (SELECT count(*) FROM evidence) AS evidence,
         (SELECT count(*) FROM mentions) AS mentions, (SELECT count(*) FROM quotes) AS quotes,
         (SELECT min(published) FROM articles) AS first, (SELECT max(published) FROM articles) AS last,
         (SELECT sum(pg_total_relation_size(c.oid))::bigint FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace
            WHERE s.nspname = current_schema() AND c.relkind IN ('r', 'S')) AS bytes`,
    );
    const byKind: Record<string, number> = {};
    for (const r of await this.rows<{ kind: string; n: number }>('SELECT kind, count(*) AS n FROM entities GROUP BY kind ORDER BY kind')) byKind[r.kind] = r.n;
    const byType: Record<string, number> = {};
    for (const r of await this.rows<{ type: string; n: number }>('SELECT type, count(*) AS n FROM relations GROUP BY type ORDER BY type')) byType[r.type] = r.n;
    const top = await this.rows<EntitySql>(`SELECT ${ENTITY_COLS} FROM entities e ORDER BY e.degree DESC, e.mentions DESC, e.id LIMIT 10`);
    return {
      articles: c!.articles,
      entities: c!.entities,
      relations: c!.relations,
      evidence: c!.evidence,
      mentions: c!.mentions,
      quotes: c!.quotes,
      byKind,
      byType,
      ...(c!.first ? { firstPublished: c!.first } : {}),
      ...(c!.last ? { lastPublished: c!.last } : {}),
      top: top.map(toEntity),
      ...(c!.bytes !== null ? { bytes: c!.bytes } : {}),
    };
  }

  async *nodes(filter: RowFilter = {}): AsyncGenerator<NodeRow> {
    const ids = filter.ids ? [filter.ids] : [];
    const where = filter.ids ? 'WHERE id = ANY($1::text[])' : '';
    const aliasesOf = new Map<string, string[]>();
    for (const r of await this.rows<{ entity_id: string; name: string }>(
      `SELECT DISTINCT entity_id, name FROM names WHERE rank = 1 ${filter.ids ? 'AND entity_id = ANY($1::text[])' : ''} ORDER BY entity_id, name`,
      ids,
    )) {
      const list = aliasesOf.get(r.entity_id);
      if (list) list.push(r.name);
      else aliasesOf.set(r.entity_id, [r.name]);
    }
    const pinned = new Set((await this.rows<{ entity_id: string }>('SELECT entity_id FROM pins')).map((r) => r.entity_id));
    type Row = { id: string; label: string; kind: NodeRow['kind']; type: NodeRow['type']; mentions: number; articles: number; first_seen: string | null; last_seen: string | null; titles: string | null; roles: string | null };
    for await (const r of this.cursor<Row>(`SELECT id, label, kind, type, mentions, articles, first_seen, last_seen, titles, roles FROM entities ${where} ORDER BY id`, ids)) {
      const n: NodeRow = { id: r.id, label: r.label, kind: r.kind, type: r.type, mentions: r.mentions, articles: r.articles, aliases: aliasesOf.get(r.id) ?? [], pinned: pinned.has(r.id) };
      if (r.first_seen) n.firstSeen = r.first_seen;
      if (r.last_seen) n.lastSeen = r.last_seen;
      if (r.titles) n.titles = JSON.parse(r.titles) as string[];
      if (r.roles) n.roles = JSON.parse(r.roles) as string[];
      yield n;
    }
  }

  async *edges(filter: RowFilter = {}): AsyncGenerator<EdgeRow> {
    const cols = 'source, type, target, weight, confidence, first_seen, last_seen, hedged';
    const sql = filter.ids
      ? `SELECT ${cols} FROM relations WHERE id IN (${RELATIONS_OF}) ORDER BY target, type, source`
      : `SELECT ${cols} FROM relations ORDER BY target, type, source`;
    type Row = { source: string; type: RelationType; target: string; weight: number; confidence: number; first_seen: string | null; last_seen: string | null; hedged: number };
    for await (const r of this.cursor<Row>(sql, filter.ids ? [filter.ids] : [])) {
      const e: EdgeRow = { source: r.source, type: r.type, target: r.target, weight: r.weight, confidence: r.confidence, hedged: Boolean(r.hedged) };
      if (r.first_seen) e.firstSeen = r.first_seen;
      if (r.last_seen) e.lastSeen = r.last_seen;
      yield e;
    }
  }

  async *evidenceRows(filter: RowFilter = {}): AsyncGenerator<EvidenceRow[]> {
    const order = 'ORDER BY ev.relation_id, ev.published NULLS FIRST, ev.article_id, ev.start, ev.source_start, ev.target_start';
    const sql = filter.ids ? `${RELATION_EVIDENCE_SQL} WHERE ev.relation_id IN (${RELATIONS_OF}) ${order}` : `${RELATION_EVIDENCE_SQL} ${order}`;
    let batch: EvidenceRow[] = [];
    for await (const r of this.cursor<RelationEvidenceSql>(sql, filter.ids ? [filter.ids] : [])) {
      batch.push({ source: r.rsource, type: r.rtype, target: r.rtarget, evidence: toEvidence(r) });
      if (batch.length >= this.cursorBatch) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length) yield batch;
  }

  /** Each relation's evidence folded (../summary.ts), in relation-id order: its rows read in occurrence order, only the columns a summary needs. */
  async *relationSummaries(filter: RowFilter = {}, opts: SummaryReadOptions = {}): AsyncGenerator<RelationSummary[]> {
    const cols = `ev.relation_id, r.source, r.type, r.target, ev.published, ev.confidence, ev.hedged, ev.article_id, ev.start${opts.sentence ? ', ev.sentence' : ''}`;
    const order = 'ORDER BY ev.relation_id, ev.published NULLS FIRST, ev.article_id, ev.start, ev.source_start, ev.target_start';
    const from = `SELECT ${cols} FROM evidence ev JOIN relations r ON r.id = ev.relation_id`;
    const sql = filter.ids ? `${from} WHERE ev.relation_id IN (${RELATIONS_OF}) ${order}` : `${from} ${order}`;
    type Row = { relation_id: string; source: string; type: RelationType; target: string; published: string | null; confidence: number; hedged: number; article_id: string; start: number; sentence?: string };
    let batch: RelationSummary[] = [];
    let group: Row[] = [];
    const fold = () => {
      const h = group[0]!;
      const evidence = group.map((r) => ({ published: r.published || undefined, confidence: r.confidence, hedged: Boolean(r.hedged), articleId: r.article_id, start: r.start, sentence: r.sentence ?? '' }));
      const s = summarize(h.source, h.type, h.target, evidence.sort(byOccurrence), opts);
      if (s) batch.push(s);
      group = [];
    };
    for await (const r of this.cursor<Row>(sql, filter.ids ? [filter.ids] : [])) {
      if (group.length && group[0]!.relation_id !== r.relation_id) {
        fold();
        if (batch.length >= this.cursorBatch) {
          yield batch;
          batch = [];
        }
      }
      group.push(r);
    }
    if (group.length) fold();
    if (batch.length) yield batch;
  }

  async *quoteRows(filter: RowFilter = {}): AsyncGenerator<QuoteRecord> {
    const order = 'ORDER BY q.speaker, a.published NULLS FIRST, q.article_id, q.start, q.id';
    const sql = filter.ids ? `${QUOTES_SQL} WHERE q.speaker = ANY($1::text[]) ${order}` : `${QUOTES_SQL} ${order}`;
    for await (const q of this.cursor<QuoteSql>(sql, filter.ids ? [filter.ids] : [])) yield toQuote(q);
  }

  async version(): Promise<string> {
    const [r] = await this.rows<{ n: number }>('SELECT coalesce(sum(n), 0)::bigint AS n FROM store_writes');
    return String(r?.n ?? 0);
  }
}
