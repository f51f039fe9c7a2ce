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
import { NotFoundError, UsageError } from '../errors.ts';
import type { EdgeEvidence, NewsGraph, QuoteRecord, RelationType } from '../types.ts';
import { SYMMETRIC_TYPES, edgeKey } from '../types.ts';
import { buildGraph, type BuildOptions } from './build.ts';
import { foldName } from './names.ts';
import {
  MAX_PATH_DEPTH,
  inRange,
  intOption,
  normalizeNeighborOptions,
  typesOption,
  type NormalizedNeighborOptions,
  type RawNeighborOptions,
  type Raw,
} from './query-options.ts';
import type {
  EdgeSummary,
  Neighbor,
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

interface EntityRow {
  id: string;
  label: string;
  kind: NodeSummary['kind'];
  type: NodeSummary['type'];
  mentions: number;
  articles: number;
  degree: number;
  first_seen: string | null;
  last_seen: string | null;
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

interface EvidenceRow {
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
  title: string;
  asource: string | null;
  url: string | null;
}

const ENTITY_COLS = 'e.id, e.label, e.kind, e.type, e.mentions, e.articles, e.degree, e.first_seen, e.last_seen';
const EDGE_COLS = 'id AS rid, source, type, target, weight, confidence, first_seen, last_seen, hedged';

export function toSummary(r: EntityRow): NodeSummary {
  return {
    id: r.id,
    label: r.label,
    kind: r.kind,
    type: r.type,
    mentions: r.mentions,
    articles: r.articles,
    degree: r.degree,
    ...(r.first_seen ? { firstSeen: r.first_seen } : {}),
    ...(r.last_seen ? { lastSeen: r.last_seen } : {}),
  };
}

function toEdge(r: EdgeRow, weight = r.weight): EdgeSummary {
  return {
    id: edgeKey(r.source, r.type, r.target),
    type: r.type,
    source: r.source,
    target: r.target,
    weight,
    confidence: r.confidence,
    ...(r.first_seen ? { firstSeen: r.first_seen } : {}),
    ...(r.last_seen ? { lastSeen: r.last_seen } : {}),
    ...(r.hedged ? { hedged: true } : {}),
  };
}

export function toEvidence(r: EvidenceRow): EdgeEvidence {
  return {
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
    ...(r.hedged ? { hedged: true } : {}),
    ...(r.negated ? { negated: true } : {}),
    ...(r.quantity !== null ? { quantity: r.quantity } : {}),
    ...(r.quote !== null ? { quote: r.quote } : {}),
  };
}

export const EVIDENCE_SQL = `SELECT ev.relation_id, ev.article_id, ev.sentence, ev.start, ev.end, ev.source_start, ev.source_end,
  ev.target_start, ev.target_end, ev.rule, ev.confidence, ev.hedged, ev.negated, ev.quantity, ev.quote, ev.published,
  a.title, a.source AS asource, a.url
  FROM evidence ev JOIN articles a ON a.id = ev.article_id`;

export interface NodeOptions {
  /** Edges listed (heaviest first); default and cap DEFAULTS.maxLimit. */
  limit?: Raw;
  /** Evidence per edge; default 20. */
  evidenceLimit?: Raw;
}

export interface PathOptions {
  maxDepth?: Raw;
  types?: Raw | readonly RelationType[];
}

export interface TimelineOptions {
  limit?: Raw;
}

export interface SearchOptions {
  limit?: Raw;
}

/** The node-visiting cap of a multi-hop neighbourhood or path search. */
const VISIT_CAP = 20000;

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
      quotes: p(`SELECT q.article_id, q.speaker, q.addressee, q.text, q.start, q.end, a.title, a.published
        FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.speaker = ? ORDER BY a.published, q.article_id, q.start`),
      search: p(`SELECT ${ENTITY_COLS}, min(CASE WHEN n.norm = @q AND n.rank < 2 THEN 0 ELSE n.rank + 1 END) AS rank,
          min((CASE WHEN n.norm = @q AND n.rank < 2 THEN 0 ELSE n.rank + 1 END) || n.name) AS best
        FROM names n JOIN entities e ON e.id = n.entity_id
        WHERE n.norm >= @q AND n.norm < @hi
        GROUP BY n.entity_id ORDER BY rank, e.mentions DESC, e.degree DESC, e.label LIMIT @limit`),
      timeline: p(`${EVIDENCE_SQL.replace('FROM evidence ev', ', r.source AS rsource, r.type AS rtype, r.target AS rtarget FROM evidence ev JOIN relations r ON r.id = ev.relation_id')}
        WHERE ev.relation_id IN (SELECT id FROM relations WHERE source = @q UNION ALL SELECT id FROM relations WHERE target = @q)
        ORDER BY ev.published IS NULL, ev.published, ev.article_id, ev.start, ev.source_start, ev.target_start, rtype, rsource, rtarget`),
    };
  }

  private st(name: string): Database.Statement {
    return this.s[name]!;
  }

  /** The entity row for an id, or for an exact (folded) name. */
  private resolve(idOrName: string): EntityRow {
    if (typeof idOrName !== 'string' || !idOrName.trim()) throw new UsageError('give a node id or name');
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
  private adjacent(id: string, o: NormalizedNeighborOptions, kinds?: Map<string, string>): Array<{ edge: EdgeSummary; other: string }> {
    const result: Array<{ edge: EdgeSummary; other: string }> = [];
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
      const edge: EdgeSummary = { id: `${r[1]}|${type}|${r[3]}`, type, source: r[1], target: r[3], weight, confidence: r[5] };
      if (r[6]) edge.firstSeen = r[6];
      if (r[7]) edge.lastSeen = r[7];
      if (r[8]) edge.hedged = true;
      result.push({ edge, other });
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
  private summaries(ids: string[]): Map<string, NodeSummary> {
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
    for (const id of ids) if (!out.has(id)) throw new NotFoundError(`node "${id}"`);
    return out;
  }

  private summary(id: string): NodeSummary {
    return this.summaries([id]).get(id)!;
  }

  /** The neighbourhood of a node, nearest and heaviest first. */
  neighbors(idOrName: string, options: RawNeighborOptions = {}): NeighborsResult {
    const o = normalizeNeighborOptions(options);
    const start = this.resolve(idOrName);
    type Found = { id: string; depth: number; edges: EdgeSummary[]; evidenceCount: number };
    const found = new Map<string, Found>();
    const kinds = new Map<string, string>();
    let frontier = [start.id];
    let capped = false;
    for (let d = 1; d <= o.depth && frontier.length > 0; d++) {
      const next: string[] = [];
      for (const id of frontier) {
        for (const { edge, other } of this.adjacent(id, o, kinds)) {
          if (other === start.id) continue;
          let n = found.get(other);
          if (!n) {
            if (found.size >= VISIT_CAP) {
              capped = true;
              continue;
            }
            n = { id: other, depth: d, edges: [], evidenceCount: 0 };
            found.set(other, n);
            next.push(other);
          }
          if (n.depth !== d) continue;
          if (!n.edges.some((e) => e.id === edge.id)) {
            n.edges.push(edge);
            n.evidenceCount += edge.weight;
          }
        }
      }
      frontier = next;
    }
    const all = [...found.values()].sort(
      (a, b) => a.depth - b.depth || b.evidenceCount - a.evidenceCount || (a.id < b.id ? -1 : 1),
    );
    const shown = all.slice(0, o.limit);
    const summaries = this.summaries(shown.map((n) => n.id));
    const neighbors: Neighbor[] = shown.map((n) => {
      n.edges.sort((a, b) => b.weight - a.weight || (a.id < b.id ? -1 : 1));
      return { ...summaries.get(n.id)!, depth: n.depth, edges: n.edges, evidenceCount: n.evidenceCount };
    });
    return {
      node: toSummary(start),
      neighbors,
      total: all.length,
      truncated: capped || all.length > o.limit,
    };
  }

  /** One node in full: attributes, aliases, its edges with evidence, its quotes. */
  node(idOrName: string, options: NodeOptions = {}): NodeDetail {
    const limit = intOption('limit', options.limit, DEFAULTS.maxLimit, 1, DEFAULTS.maxLimit);
    const evidenceLimit = intOption('evidenceLimit', options.evidenceLimit, DEFAULTS.evidenceLimit, 0, DEFAULTS.maxLimit);
    const row = this.resolve(idOrName);
    const edgeRows = [
      ...(this.st('out').all(row.id) as EdgeRow[]),
      ...(this.st('in').all(row.id) as EdgeRow[]),
    ].sort((a, b) => b.weight - a.weight || (edgeKey(a.source, a.type, a.target) < edgeKey(b.source, b.type, b.target) ? -1 : 1));
    const edges: NodeEdge[] = edgeRows.slice(0, limit).map((r) => ({
      ...toEdge(r),
      evidence: evidenceLimit
        ? (this.st('evidence').all(r.rid, evidenceLimit) as EvidenceRow[]).map(toEvidence)
        : [],
    }));
    const quotes: QuoteRecord[] = (
      this.st('quotes').all(row.id) as Array<{
        article_id: string;
        speaker: string;
        addressee: string | null;
        text: string;
        start: number;
        end: number;
        title: string;
        published: string | null;
      }>
    ).map((q) => ({
      speaker: q.speaker,
      text: q.text,
      start: q.start,
      end: q.end,
      ...(q.addressee ? { addressee: q.addressee } : {}),
      articleId: q.article_id,
      articleTitle: q.title,
      ...(q.published ? { published: q.published } : {}),
    }));
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
    if (typeof q !== 'string') throw new UsageError('search: q must be a string');
    const limit = intOption('limit', options.limit, DEFAULTS.searchLimit, 1, DEFAULTS.maxLimit);
    const folded = foldName(q);
    if (!folded) throw new UsageError(`search: the query "${q}" has no letters or digits`);
    const rows = this.st('search').all({ q: folded, hi: folded + '\uffff', limit }) as Array<EntityRow & { rank: number; best: string }>;
    const hits: SearchHit[] = rows.map((r) => ({ ...toSummary(r), matched: r.best.slice(1), rank: r.rank }));
    return { query: q, hits };
  }

  /** The shortest path (edges taken in either direction), up to `maxDepth` hops. */
  path(a: string, b: string, options: PathOptions = {}): PathResult {
    const maxDepth = intOption('maxDepth', options.maxDepth, 4, 1, MAX_PATH_DEPTH);
    const types = typesOption(options.types as Raw);
    const o = normalizeNeighborOptions({ direction: 'both', ...(types ? { types } : {}) });
    const from = this.resolve(a);
    const to = this.resolve(b);
    const result: PathResult = { from: from.id, to: to.id, found: false, nodes: [], edges: [] };
    if (from.id === to.id) return { ...result, found: true, nodes: [toSummary(from)] };
    // Bidirectional BFS: `parents` maps a node to [previous node, edge] on each side.
    const side = [new Map<string, [string, EdgeSummary] | null>([[from.id, null]]), new Map<string, [string, EdgeSummary] | null>([[to.id, null]])];
    const depthOf = [new Map([[from.id, 0]]), new Map([[to.id, 0]])];
    const frontiers = [[from.id], [to.id]];
    let meet: string | undefined;
    let best = Infinity;
    for (let hops = 0; hops < maxDepth && !meet; hops++) {
      const i = frontiers[0]!.length <= frontiers[1]!.length ? 0 : 1;
      const mine = side[i]!;
      const theirs = side[1 - i]!;
      const next: string[] = [];
      for (const id of frontiers[i]!) {
        const d = depthOf[i]!.get(id)! + 1;
        for (const { edge, other } of this.adjacent(id, o)) {
          if (mine.has(other)) continue;
          mine.set(other, [id, edge]);
          depthOf[i]!.set(other, d);
          next.push(other);
          const j = depthOf[1 - i]!.get(other);
          if (theirs.has(other) && j !== undefined && d + j < best && d + j <= maxDepth) {
            best = d + j;
            meet = other;
          }
        }
        if (mine.size > VISIT_CAP) break;
      }
      frontiers[i] = next;
      if (next.length === 0) break;
    }
    if (!meet) return result;
    const left: string[] = [];
    const leftEdges: EdgeSummary[] = [];
    for (let cur: string | undefined = meet; cur !== undefined; ) {
      left.unshift(cur);
      const p: [string, EdgeSummary] | null | undefined = side[0]!.get(cur);
      if (!p) break;
      leftEdges.unshift(p[1]);
      cur = p[0];
    }
    const right: string[] = [];
    const rightEdges: EdgeSummary[] = [];
    for (let cur = meet; ; ) {
      const p = side[1]!.get(cur);
      if (!p) break;
      rightEdges.push(p[1]);
      right.push(p[0]);
      cur = p[0];
    }
    const ids = [...left, ...right];
    return {
      ...result,
      found: true,
      nodes: ids.map((id) => this.summary(id)),
      edges: [...leftEdges, ...rightEdges],
    };
  }

  /** The dated evidence of a node's edges, oldest first. */
  timeline(idOrName: string, options: TimelineOptions = {}): TimelineResult {
    const limit = intOption('limit', options.limit, DEFAULTS.maxLimit, 1, 100000);
    const row = this.resolve(idOrName);
    const entries: TimelineEntry[] = [];
    let undated = 0;
    for (const r of this.st('timeline').iterate({ q: row.id }) as Iterable<EvidenceRow & { rsource: string; rtype: RelationType; rtarget: string }>) {
      if (!r.published) {
        undated++;
        continue;
      }
      if (entries.length >= limit) continue;
      entries.push({
        date: r.published,
        articleId: r.article_id,
        articleTitle: r.title,
        edge: edgeKey(r.rsource, r.rtype, r.rtarget),
        type: r.rtype,
        source: r.rsource,
        target: r.rtarget,
        sentence: r.sentence,
        start: r.start,
        end: r.end,
        rule: r.rule,
        confidence: r.confidence,
        ...(r.hedged ? { hedged: true } : {}),
        ...(r.negated ? { negated: true } : {}),
        ...(r.quantity !== null ? { quantity: r.quantity } : {}),
        ...(r.quote !== null ? { quote: r.quote } : {}),
      });
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
    const ids = new Set([id]);
    const kinds = new Map<string, string>();
    let frontier = [id];
    for (let d = 1; d <= depth && frontier.length > 0 && ids.size < VISIT_CAP; d++) {
      const next: string[] = [];
      for (const n of frontier) {
        for (const { other } of this.adjacent(n, o, kinds)) {
          if (ids.has(other)) continue;
          ids.add(other);
          next.push(other);
        }
      }
      frontier = next;
    }
    return ids;
  }
}
