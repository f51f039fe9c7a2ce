/**
 * The rows a streamed export writes (./stream.ts): nodes, then edges, one at
 * a time, from the store's row iterators (`iterateNodes`, `iterateEvidence`,
 * `iterateQuotes`) or from a graph in memory. No graph of the whole store is
 * ever built: a node is written as its row arrives, and an edge as soon as
 * its last piece of evidence has (the store gives a relation's evidence
 * together), folded by the same rules as everywhere else
 * (src/util/combine.ts), so a date filter recombines weight and confidence
 * exactly as `buildGraph` does.
 *
 * Edges come two ways: `edgeSummaries()` gives each edge's evidence folded
 * by the store (count, confidence, dates, best sentence: src/store/summary.ts),
 * what GEXF, GraphML and CSV write; `edgeBatches()` gives every piece of
 * evidence, what JSON writes.
 *
 * What is kept in memory: the ids of the nodes written (edges need both
 * ends), the evidence of one edge, and, for the JSON format only, the quotes.
 */
import { KIND_COLORS, SIZE_RANGE } from '../config.ts';
import { graphScope, nodeInScope, type BuildOptions } from '../graph/build.ts';
import type { Redirect } from '../graph/resolve-node.ts';
import { inRange } from '../graph/query-options.ts';
import { RS, summarize, type RelationSummary } from '../store/summary.ts';
import type { StoreReader } from '../store/index.ts';
import type { Positions } from '../layout/cache.ts';
import { EdgeFolder, type EdgeRecord } from './edge-fold.ts';
import { keepEdges } from './keep-edges.ts';
import { idRanges, renderEdgesInWorkers, type EdgeFormat, type RenderedEdges } from './parallel.ts';
import { availableParallelism } from 'node:os';
import { edgeKey, type NewsGraph, type NodeAttrs, type QuoteRecord } from '../types.ts';
import { byOccurrence } from '../util/combine.ts';

/** A node as the writers take it: its id and attributes (x, y, size, color set when known). */
export interface NodeRecord {
  id: string;
  attrs: NodeAttrs;
}

/** An edge with all its evidence (in date, article, offset order) and the distinct days (YYYY-MM-DD) of its dated evidence, sorted. */
export type { EdgeRecord } from './edge-fold.ts';
export { edgeRecord } from './edge-fold.ts';

export type { Positions, EdgeFormat, RenderedEdges };

/**
 * An edge as the one-line-per-edge writers take it (GEXF, GraphML, CSV): a
 * store's relation summary (src/store/summary.ts, slots by `RS`), with the
 * edge's key at slot `RS_KEY` when it is not `source|type|target` (a graph's
 * own keys).
 */
export type EdgeSummary = RelationSummary | [...RelationSummary, key: string];
export { RS };
/** The slot of an `EdgeSummary`'s own key. */
export const RS_KEY = 11;

export interface GraphRecords {
  /** True when any article is dated: GEXF is then written in dynamic mode. */
  dated: boolean;
  /** Nodes by id. Iterate them before the edges (the edges need the ids written). */
  nodes(): AsyncIterable<NodeRecord>;
  /** Edges with all their evidence, by key (graphs) or relation id (stores), in batches (one await per batch, not per edge). */
  edgeBatches(): AsyncIterable<EdgeRecord[]>;
  /** The same edges in the same order, each folded to one summary (no evidence objects), in batches. */
  edgeSummaries(): AsyncIterable<EdgeSummary[]>;
  /**
   * The same edges as `edgeSummaries()` already written in `format` by
   * worker threads (./parallel.ts), when these records can (a large SQLite
   * store file, no ego graph); else undefined. Call it before `nodes()`:
   * the workers start at once. Close what it gives, also on failure.
   */
  renderEdges?(format: EdgeFormat): RenderedEdges | undefined;
  /** Nodes written so far, edges written so far. */
  readonly counts: { nodes: number; edges: number };
}

/** Where worker threads can read the store (a SQLite file: each opens it by path) and the span of its relation ids. */
export interface ParallelSource {
  file: string;
  span: { min: number; max: number } | undefined;
  /** Worker threads (default: the cores, at most 4; none on one core). */
  workers?: number;
  /** Fewer relation ids than this are written by the export's own thread (default 50,000). */
  minRelations?: number;
  /** Relation ids per range (default 8192). */
  rangeSize?: number;
  /** Ask once, in the first worker, whether every relation's ends are entities (see ./parallel.ts). */
  checkEnds?: boolean;
}

export interface RecordOptions {
  /** Positions by node id (from src/layout's cache or a ForceAtlas2 run); none: no x/y, size by mentions. */
  positions?: Positions;
  /** Attach each node's quotes (the JSON format; held in memory while the nodes are written). */
  quotes?: boolean;
  /** Let worker threads write the edges (`renderEdges`). */
  parallel?: ParallelSource;
}

/** Edges per batch of a graph's records. */
const EDGE_BATCH = 1000;

const round = (v: number) => Math.round(v * 1000) / 1000;

/** Node size without a layout: by mentions, on a log scale within SIZE_RANGE (no pass over the edges first). */
export function sizeByMentions(mentions: number): number {
  return round(Math.min(SIZE_RANGE.max, SIZE_RANGE.min + 2 * Math.log2(1 + Math.max(0, mentions))));
}

function place(id: string, a: NodeAttrs, positions: Positions | undefined): void {
  const p = positions?.get(id);
  if (p) {
    a.x = p.x;
    a.y = p.y;
  }
  a.size = p?.size ?? a.size ?? sizeByMentions(a.mentions);
  a.color = KIND_COLORS[a.kind];
}

/**
 * The records of a store graph under `options` (kinds, types, since, until,
 * minConfidence, ego), streamed from the row iterators. `dated` comes from
 * `anyDated()`. `redirect` follows merged ids (the API passes it).
 */
export async function storeRecords(store: StoreReader, options: BuildOptions = {}, opts: RecordOptions = {}, redirect?: Redirect): Promise<GraphRecords> {
  const scope = await graphScope(store, options, redirect);
  const f = scope.filter;
  const dated = await store.anyDated();
  const written = new Set<string>();
  const counts = { nodes: 0, edges: 0 };
  let nodesDone = false;

  return {
    dated,
    counts,
    async *nodes() {
      // Quotes first, when wanted: a store may not read two iterators at once.
      let quotes: Map<string, QuoteRecord[]> | undefined;
      if (opts.quotes) {
        quotes = new Map();
        for await (const q of store.iterateQuotes(scope.rows)) {
          if ((f.since || f.until) && !inRange(q.published, f.since, f.until)) continue;
          const list = quotes.get(q.speaker);
          if (list) list.push(q);
          else quotes.set(q.speaker, [q]);
        }
      }
      for await (const r of store.iterateNodes(scope.rows)) {
        if (!nodeInScope(f, r)) continue;
        const a: NodeAttrs = { label: r.label, kind: r.kind, type: r.type, aliases: r.aliases, mentions: r.mentions, articles: r.articles };
        if (r.firstSeen) a.firstSeen = r.firstSeen;
        if (r.lastSeen) a.lastSeen = r.lastSeen;
        if (r.titles) a.titles = r.titles;
        if (r.roles) a.roles = r.roles;
        if (r.pinned) a.pinned = true;
        const q = quotes?.get(r.id);
        if (q) a.quotes = q;
        place(r.id, a, opts.positions);
        written.add(r.id);
        counts.nodes++;
        yield { id: r.id, attrs: a };
      }
      quotes?.clear();
      nodesDone = true;
    },
    async *edgeBatches() {
      if (!nodesDone) throw new Error('storeRecords: write the nodes before the edges');
      const folder = new EdgeFolder(f, written);
      // Unordered: EdgeFold.record sorts each edge's evidence by occurrence (stable, so ties keep the key's offset order).
      for await (const rows of store.iterateEvidence(scope.rows, { unordered: true })) {
        const out: EdgeRecord[] = [];
        for (const r of rows) {
          const e = folder.add(r);
          if (e) out.push(e);
        }
        if (out.length) {
          counts.edges += out.length;
          yield out;
        }
      }
      const e = folder.end();
      if (e) {
        counts.edges++;
        yield [e];
      }
    },
    renderEdges(format) {
      const p = opts.parallel;
      if (!p?.span || scope.rows.ids) return undefined;
      if (p.span.max - p.span.min + 1 < (p.minRelations ?? 50_000)) return undefined;
      const cores = availableParallelism();
      const workers = p.workers ?? (cores > 1 ? Math.min(4, cores) : 0);
      if (workers < 1) return undefined;
      const inner = renderEdgesInWorkers({ file: p.file, format, filter: f }, idRanges(p.span, p.rangeSize ?? 8192), workers, 16, p.checkEnds);
      return {
        get count() {
          return inner.count;
        },
        async *chunks() {
          for await (const bytes of inner.chunks()) {
            counts.edges = inner.count;
            yield bytes;
          }
          counts.edges = inner.count;
        },
        giveBack: (bytes) => inner.giveBack(bytes),
        close: () => inner.close(),
      };
    },
    async *edgeSummaries() {
      if (!nodesDone) throw new Error('storeRecords: write the nodes before the edges');
      const keepDate = f.since || f.until ? (published: string | undefined) => inRange(published, f.since, f.until) : undefined;
      for await (const batch of store.iterateRelationSummaries(scope.rows, { sentence: true, ...(keepDate ? { keepDate } : {}) })) {
        // The batch is ours: kept summaries are moved to its front (no second array).
        const kept = keepEdges(batch, written, f);
        batch.length = kept;
        if (kept) {
          counts.edges += kept;
          yield batch;
        }
      }
    },
  };
}

/** The records of a graph in memory (`export <paths>`, the API): nodes by id, edges by key. */
export function graphRecords(graph: NewsGraph, opts: RecordOptions = {}): GraphRecords {
  const counts = { nodes: 0, edges: 0 };
  let dated = false;
  graph.forEachNode((_, a) => {
    if (a.firstSeen) dated = true;
  });
  return {
    dated,
    counts,
    async *nodes() {
      for (const id of [...graph.nodes()].sort()) {
        const a = { ...graph.getNodeAttributes(id) };
        if (a.quotes) a.quotes = opts.quotes ? [...a.quotes].sort(byOccurrence) : undefined!;
        if (!a.quotes) delete a.quotes;
        place(id, a, opts.positions);
        counts.nodes++;
        yield { id, attrs: a };
      }
    },
    async *edgeBatches() {
      let out: EdgeRecord[] = [];
      for (const key of [...graph.edges()].sort()) {
        const a = graph.getEdgeAttributes(key);
        const evidence = [...a.evidence].sort(byOccurrence);
        const dates: string[] = [];
        for (const e of evidence) {
          const d = e.published?.slice(0, 10);
          if (d && dates[dates.length - 1] !== d) dates.push(d);
        }
        counts.edges++;
        out.push({ key, source: graph.source(key), target: graph.target(key), attrs: Object.assign({}, a, { evidence }), dates }); // not `{ ...a, evidence }`: see graph/traverse.ts
        if (out.length >= EDGE_BATCH) {
          yield out;
          out = [];
        }
      }
      if (out.length) yield out;
    },
    async *edgeSummaries() {
      let out: EdgeSummary[] = [];
      for (const key of [...graph.edges()].sort()) {
        const a = graph.getEdgeAttributes(key);
        const source = graph.source(key);
        const target = graph.target(key);
        const evidence = [...a.evidence].sort(byOccurrence);
        // Dates and the best sentence from the evidence; weight, confidence and first/last seen are the edge's own.
        const s = summarize(source, a.type, target, evidence, { sentence: true });
        const e: EdgeSummary = [source, a.type, target, a.weight, a.confidence, a.firstSeen, a.lastSeen, Boolean(a.hedged), s ? s[RS.dates] : [], s ? s[RS.sentence] : '', evidence.length];
        if (key !== edgeKey(source, a.type, target)) e.push(key);
        counts.edges++;
        out.push(e);
        if (out.length >= EDGE_BATCH) {
          yield out;
          out = [];
        }
      }
      if (out.length) yield out;
    },
  };
}
