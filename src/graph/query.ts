/**
 * The queries: one implementation behind the TypeScript API, the CLI and
 * HTTP. They run on the store's SQLite connection (indexed lookups by
 * source and by target), so answering needs no in-memory graph; `egoGraph`
 * builds a NewsGraph through ./build.ts.
 *
 * `idOrName` resolves to an exact id first, then to the exact folded name
 * (label or alias) with the most mentions.
 */
import type Database from 'better-sqlite3';
import { DEFAULTS } from '../config.ts';
import { NotFoundError } from '../errors.ts';
import type { EdgeEvidence, NewsGraph, QuoteRecord, RelationType } from '../types.ts';
import { SYMMETRIC_TYPES, edgeKey } from '../types.ts';
import { buildGraph, type BuildOptions } from './build.ts';
import { foldName } from '../util/names.ts';
import {
  checkIdOrName,
  inRange,
  intOption,
  normalizeNeighborOptions,
  normalizeNodeOptions,
  normalizePathOptions,
  normalizeSearch,
  timelineLimit,
  type NodeOptions,
  type NormalizedNeighborOptions,
  type PathOptions,
  type RawNeighborOptions,
  type Raw,
  type SearchOptions,
  type TimelineOptions,
} from './query-options.ts';
import type {
  NeighborsResult,
  NodeDetail,
  NodeEdge,
  NodeSummary,
  PathResult,
  SearchHit,
  SearchResult,
  StatsResult,
  TimelineEntry,
  TimelineResult,
} from './query-types.ts';
import { edgeSummary, setEvidenceFlags, summarize, timelineEntry, type SummaryFields } from './summarize.ts';
import { neighborhood, reachable, shortestPath, type Step } from './traverse.ts';

export type { NodeOptions, PathOptions, SearchOptions, TimelineOptions } from './query-options.ts';

/** An entities row under ENTITY_COLS (dates aliased to the NodeSummary names). */
interface EntityRow extends SummaryFields {
  id: string;
  degree: number;
  titles?: string | null;
  roles?: string | null;
}

interface EdgeRow {
  rid: number;
  source: string;
  type: RelationType;
  target: string;
  weight: number;
  confidence: number;
  first_seen: string | null;
  last_seen: string | null;
  hedged: number;
}

type RawEdge = [number, string, RelationType, string, number, number, string | null, string | null, number];

export interface EvidenceRow {
  relation_id: number;
  article_id: string;
  sentence: string;
  start: number;
  end: number;
  source_start: number;
  source_end: number;
  target_start: number;
  target_end: number;
  rule: string;
  confidence: number;
  hedged: number;
  negated: number;
  quantity: number | null;
  quote: string | null;
  published: string | null;
  described: string | null;
  title: string;
  asource: string | null;
  url: string | null;
}

const ENTITY_COLS = 'e.id, e.label, e.kind, e.type, e.mentions, e.articles, e.degree, e.first_seen AS firstSeen, e.last_seen AS lastSeen';
const EDGE_COLS = 'id AS rid, source, type, target, weight, confidence, first_seen, last_seen, hedged';

function toSummary(r: EntityRow): NodeSummary {
  return summarize(r.id, r, r.degree);
}

export function toEvidence(r: EvidenceRow): EdgeEvidence {
  const e: EdgeEvidence = {
    articleId: r.article_id,
    articleTitle: r.title,
    ...(r.asource ? { articleSource: r.asource } : {}),
    ...(r.url ? { articleUrl: r.url } : {}),
    ...(r.published ? { published: r.published } : {}),
    sentence: r.sentence,
    start: r.start,
    end: r.end,
    sourceMention: { start: r.source_start, end: r.source_end },
    targetMention: { start: r.target_start, end: r.target_end },
    rule: r.rule,
    confidence: r.confidence,
  };
  setEvidenceFlags(e, r);
  return e;
}

export const EVIDENCE_SQL = `SELECT ev.relation_id, ev.article_id, ev.sentence, ev.start, ev.end, ev.source_start, ev.source_end,
  ev.target_start, ev.target_end, ev.rule, ev.confidence, ev.hedged, ev.negated, ev.quantity, ev.quote, ev.published, ev.described,
  a.title, a.source AS asource, a.url
  FROM evidence ev JOIN articles a ON a.id = ev.article_id`;

/** EVIDENCE_SQL with the relation each row is evidence of (rsource, rtype, rtarget). */
export const RELATION_EVIDENCE_SQL = EVIDENCE_SQL.replace(
  'FROM evidence ev',
  ', r.source AS rsource, r.type AS rtype, r.target AS rtarget FROM evidence ev JOIN relations r ON r.id = ev.relation_id',
);

export type RelationEvidenceRow = EvidenceRow & { rsource: string; rtype: RelationType; rtarget: string };

export const QUOTES_SQL = `SELECT q.article_id, q.speaker, q.addressee, q.text, q.start, q.end, a.title, a.published
  FROM quotes q JOIN articles a ON a.id = q.article_id`;

export interface QuoteRow {
  article_id: string;
  speaker: string;
  addressee: string | null;
  text: string;
  start: number;
  end: number;
  title: string;
  published: string | null;
}

export function toQuote(q: QuoteRow): QuoteRecord {
  return {
    speaker: q.speaker,
    text: q.text,
    start: q.start,
    end: q.end,
    ...(q.addressee ? { addressee: q.addressee } : {}),
    articleId: q.article_id,
    articleTitle: q.title,
    ...(q.published ? { published: q.published } : {}),
  };
}

export class GraphQueries {
  private readonly s: Record<string, Database.Statement>;
  private readonly cache = new Map<string, NodeSummary>();
  private cacheVersion = '';

  constructor(readonly db: Database.Database) {
    const p = (sql: string) => db.prepare(sql);
    this.s = {
      entity: p(`SELECT ${ENTITY_COLS}, e.titles, e.roles FROM entities e WHERE e.id = ?`),
      byName: p(`SELECT ${ENTITY_COLS} FROM names n JOIN entities e ON e.id = n.entity_id
        WHERE n.norm = ? AND n.rank < 2 ORDER BY n.rank, e.mentions DESC, e.id LIMIT 1`),
      // Out-edges are one range of the clustered key; in-edges one range of a covering index.
      out: p(`SELECT ${EDGE_COLS} FROM relations WHERE source = ?`),
      in: p(`SELECT ${EDGE_COLS} FROM relations INDEXED BY relations_in WHERE target = ?`),
      outRaw: p(`SELECT ${EDGE_COLS} FROM relations WHERE source = ?`).raw(),
      inRaw: p(`SELECT ${EDGE_COLS} FROM relations INDEXED BY relations_in WHERE target = ?`).raw(),
      kind: p(`SELECT kind FROM entities WHERE id = ?`).pluck(),
      summary: p(`SELECT ${ENTITY_COLS} FROM entities e WHERE e.id = ?`),
      summaries: p(`SELECT ${ENTITY_COLS} FROM entities e WHERE e.id IN (SELECT value FROM json_each(?))`),
      dataVersion: p('PRAGMA data_version').pluck(),
      totalChanges: p('SELECT total_changes()').pluck(),
      evDates: p(`SELECT published FROM evidence WHERE relation_id = ?`),
      aliases: p(`SELECT DISTINCT name FROM names WHERE entity_id = ? AND rank = 1 ORDER BY name`),
      pinned: p(`SELECT 1 FROM pins WHERE entity_id = ?`),
      evidence: p(`${EVIDENCE_SQL} WHERE ev.relation_id = ? ORDER BY ev.published, ev.article_id, ev.start LIMIT ?`),
      quotes: p(`${QUOTES_SQL} WHERE q.speaker = ? ORDER BY a.published, q.article_id, q.start`),
      search: p(`SELECT ${ENTITY_COLS}, min(CASE WHEN n.norm = @q AND n.rank < 2 THEN 0 ELSE n.rank + 1 END) AS rank,
          min((CASE WHEN n.norm = @q AND n.rank < 2 THEN 0 ELSE n.rank + 1 END) || n.name) AS best
        FROM names n JOIN entities e ON e.id = n.entity_id
        WHERE n.norm >= @q AND n.norm < @hi
        GROUP BY n.entity_id ORDER BY rank, e.mentions DESC, e.degree DESC, e.label LIMIT @limit`),
      timeline: p(`${RELATION_EVIDENCE_SQL}
        WHERE ev.relation_id IN (SELECT id FROM relations WHERE source = @q UNION ALL SELECT id FROM relations WHERE target = @q)
        ORDER BY ev.published IS NULL, ev.published, ev.article_id, ev.start, ev.source_start, ev.target_start, rtype, rsource, rtarget`),
    };
  }

  private st(name: string): Database.Statement {
    return this.s[name]!;
  }

  /** The entity row for an id, or for an exact (folded) name. */
  private resolve(idOrName: string): EntityRow {
    checkIdOrName(idOrName);
    const row =
      (this.st('entity').get(idOrName) as EntityRow | undefined) ??
      (this.st('byName').get(foldName(idOrName)) as EntityRow | undefined);
    if (!row) throw new NotFoundError(`node "${idOrName}"`);
    return row;
  }

  /** The id for an id or an exact name; NotFoundError otherwise. */
  resolveId(idOrName: string): string {
    return this.resolve(idOrName).id;
  }

  /** The edges of one node under the options, with the id at the other end. */
  private adjacent(id: string, o: NormalizedNeighborOptions, kinds?: Map<string, string>): Step[] {
    const result: Step[] = [];
    // Raw rows: [rid, source, type, target, weight, confidence, first_seen, last_seen, hedged].
    const take = (r: RawEdge, other: string) => {
      const type = r[2];
      if (o.types && !o.types.has(type)) return;
      if (r[5] < o.minConfidence) return;
      if (o.kinds) {
        let kind = kinds?.get(other);
        if (kind === undefined) {
          kind = (this.st('kind').get(other) as string | undefined) ?? '';
          kinds?.set(other, kind);
        }
        if (!o.kinds.has(kind as NodeSummary['kind'])) return;
      }
      let weight = r[4];
      if (o.since || o.until) {
        const first = r[6];
        const last = r[7];
        if (last === null || (o.since && last < o.since)) return;
        if (o.until && first !== null && first.slice(0, o.until.length) > o.until) return;
        weight = 0;
        for (const e of this.st('evDates').all(r[0]) as Array<{ published: string | null }>) {
          if (inRange(e.published, o.since, o.until)) weight++;
        }
        if (weight === 0) return;
      }
      result.push({ edge: edgeSummary(`${r[1]}|${type}|${r[3]}`, type, r[1], r[3], weight, r[5], r[6], r[7], r[8]), other });
    };
    const wantOut = o.direction !== 'in';
    const wantIn = o.direction !== 'out';
    for (const r of this.st('outRaw').all(id) as RawEdge[]) {
      if (wantOut || SYMMETRIC_TYPES.has(r[2])) take(r, r[3]);
    }
    for (const r of this.st('inRaw').all(id) as RawEdge[]) {
      if (wantIn || SYMMETRIC_TYPES.has(r[2])) take(r, r[1]);
    }
    return result;
  }

  /**
   * Node summaries by id, from a cache that any commit (by any connection,
   * seen through `data_version` and `total_changes()`) clears.
   */
  private summaries(ids: string[]): NodeSummary[] {
    const version = `${this.st('dataVersion').get() as number}:${this.st('totalChanges').get() as number}`;
    if (version !== this.cacheVersion || this.cache.size > 100_000) {
      this.cache.clear();
      this.cacheVersion = version;
    }
    const out = new Map<string, NodeSummary>();
    const missing: string[] = [];
    for (const id of ids) {
      const hit = this.cache.get(id);
      if (hit) out.set(id, { ...hit });
      else missing.push(id);
    }
    if (missing.length) {
      const rows = (missing.length === 1 ? this.st('summary').all(missing[0]) : this.st('summaries').all(JSON.stringify(missing))) as EntityRow[];
      for (const row of rows) {
        const summary = toSummary(row);
        this.cache.set(row.id, summary);
        out.set(row.id, { ...summary });
      }
    }
    return ids.map((id) => {
      const s = out.get(id);
      if (!s) throw new NotFoundError(`node "${id}"`);
      return s;
    });
  }

  /** The neighbourhood of a node, nearest and heaviest first. */
  neighbors(idOrName: string, options: RawNeighborOptions = {}): NeighborsResult {
    const o = normalizeNeighborOptions(options);
    const start = this.resolve(idOrName);
    const kinds = new Map<string, string>();
    const near = neighborhood(start.id, (id) => this.adjacent(id, o, kinds), o.depth, o.limit, (ids) => this.summaries(ids));
    return { node: toSummary(start), ...near };
  }

  /** One node in full: attributes, aliases, its edges with evidence, its quotes. */
  node(idOrName: string, options: NodeOptions = {}): NodeDetail {
    const { limit, evidenceLimit } = normalizeNodeOptions(options);
    const row = this.resolve(idOrName);
    const edgeRows = [
      ...(this.st('out').all(row.id) as EdgeRow[]),
      ...(this.st('in').all(row.id) as EdgeRow[]),
    ].sort((a, b) => b.weight - a.weight || (edgeKey(a.source, a.type, a.target) < edgeKey(b.source, b.type, b.target) ? -1 : 1));
    const edges: NodeEdge[] = edgeRows.slice(0, limit).map((r) => ({
      ...edgeSummary(edgeKey(r.source, r.type, r.target), r.type, r.source, r.target, r.weight, r.confidence, r.first_seen, r.last_seen, r.hedged),
      evidence: evidenceLimit
        ? (this.st('evidence').all(r.rid, evidenceLimit) as EvidenceRow[]).map(toEvidence)
        : [],
    }));
    const quotes = (this.st('quotes').all(row.id) as QuoteRow[]).map(toQuote);
    const aliases = (this.st('aliases').all(row.id) as Array<{ name: string }>).map((r) => r.name);
    return {
      ...toSummary(row),
      aliases,
      ...(row.titles ? { titles: JSON.parse(row.titles) as string[] } : {}),
      ...(row.roles ? { roles: JSON.parse(row.roles) as string[] } : {}),
      pinned: Boolean(this.st('pinned').get(row.id)),
      edges,
      edgeCount: edgeRows.length,
      quotes,
    };
  }

  /** Prefix search over labels and aliases (and their later words), ranked. */
  search(q: string, options: SearchOptions = {}): SearchResult {
    const { folded, limit } = normalizeSearch(q, options);
    const rows = this.st('search').all({ q: folded, hi: folded + '\uffff', limit }) as Array<EntityRow & { rank: number; best: string }>;
    const hits: SearchHit[] = rows.map((r) => ({ ...toSummary(r), matched: r.best.slice(1), rank: r.rank }));
    return { query: q, hits };
  }

  /** The shortest path (edges taken in either direction), up to `maxDepth` hops. */
  path(a: string, b: string, options: PathOptions = {}): PathResult {
    const { maxDepth, edges: o } = normalizePathOptions(options);
    const from = this.resolve(a).id;
    const to = this.resolve(b).id;
    const route = shortestPath(from, to, (id) => this.adjacent(id, o), maxDepth);
    if (!route) return { from, to, found: false, nodes: [], edges: [] };
    return { from, to, found: true, nodes: this.summaries(route.nodes), edges: route.edges };
  }

  /** The dated evidence of a node's edges, oldest first. */
  timeline(idOrName: string, options: TimelineOptions = {}): TimelineResult {
    const limit = timelineLimit(options);
    const row = this.resolve(idOrName);
    const entries: TimelineEntry[] = [];
    let undated = 0;
    for (const r of this.st('timeline').iterate({ q: row.id }) as Iterable<RelationEvidenceRow>) {
      if (!r.published) undated++;
      else if (entries.length < limit) entries.push(timelineEntry(toEvidence(r), edgeKey(r.rsource, r.rtype, r.rtarget), r.rtype, r.rsource, r.rtarget));
    }
    return { node: toSummary(row), entries, undated };
  }

  /** Counts, by kind and type, the date span and the best-connected nodes. */
  stats(): StatsResult {
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
    const top = this.db.prepare(`SELECT ${ENTITY_COLS} FROM entities e ORDER BY e.degree DESC, e.mentions DESC, e.id LIMIT 10`).all() as EntityRow[];
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
      topNodes: top.map(toSummary),
      schemaVersion: this.db.pragma('user_version', { simple: true }) as number,
      dbBytes: pageCount * pageSize,
    };
  }

  /** The ego network of a node as a NewsGraph (for the view or export). */
  egoGraph(idOrName: string, depth: Raw = 1, options: Omit<BuildOptions, 'ego'> = {}): NewsGraph {
    const d = intOption('depth', depth, 1, 0, DEFAULTS.maxDepth);
    const id = this.resolve(idOrName).id;
    return buildGraph(this.db, { ...options, ego: { id, depth: d } });
  }

  /** The ids within `depth` hops of a node under a filter (for build.ts). */
  egoIds(id: string, depth: number, options: RawNeighborOptions = {}): Set<string> {
    const o = normalizeNeighborOptions({ ...options, limit: DEFAULTS.maxLimit, depth: Math.max(1, depth) });
    const kinds = new Map<string, string>();
    return reachable(id, (n) => this.adjacent(n, o, kinds), depth);
  }
}
