/**
 * Build a `NewsGraph` from the store: whole, or filtered by node kinds, edge
 * types, evidence dates, combined confidence, or an ego network.
 *
 * Nodes take the store's aggregate rows; edges are folded from the evidence
 * rows with `addEvidence` (src/graph/accumulate.ts), so a date filter
 * recombines weight and confidence by the same rule as everywhere else.
 */
import type Database from 'better-sqlite3';
import type { NewsGraph, NodeAttrs, RelationType } from '../types.ts';
import { createGraph } from './create.ts';
import { addEvidence } from './accumulate.ts';
import { inRange, intOption, normalizeGraphFilter, type GraphFilter, type Raw } from './query-options.ts';
import { GraphQueries, QUOTES_SQL, RELATION_EVIDENCE_SQL, toEvidence, toQuote, type QuoteRow, type RelationEvidenceRow } from './query.ts';
import { DEFAULTS } from '../config.ts';

export interface BuildOptions {
  kinds?: GraphFilter['kinds'] | Raw;
  types?: GraphFilter['types'] | Raw;
  since?: Raw;
  until?: Raw;
  minConfidence?: Raw;
  /** Only the nodes within `depth` hops of `id` (edges under the same filter). */
  ego?: { id: string; depth: Raw };
  /** Keep the evidence lists on edges (default true); false gives weights only. */
  evidence?: boolean;
  /** Drop nodes left without edges by the filter (default false). */
  dropIsolated?: boolean;
  /** Applied last, e.g. the analyst's curation (src/graph/curate.ts). */
  curate?: (graph: NewsGraph) => void;
}

interface EntityRow {
  id: string;
  label: string;
  kind: NodeAttrs['kind'];
  type: NodeAttrs['type'];
  mentions: number;
  articles: number;
  first_seen: string | null;
  last_seen: string | null;
  titles: string | null;
  roles: string | null;
}

export function buildGraph(db: Database.Database, options: BuildOptions = {}): NewsGraph {
  const f = normalizeGraphFilter(options as Parameters<typeof normalizeGraphFilter>[0]);
  const withEvidence = options.evidence !== false;
  const dated = Boolean(f.since || f.until);
  let only: Set<string> | undefined;
  if (options.ego) {
    const depth = intOption('depth', options.ego.depth, 1, 0, DEFAULTS.maxDepth);
    const q = new GraphQueries(db);
    const id = q.resolveId(options.ego.id);
    only = q.egoIds(id, depth, {
      ...(f.types ? { types: [...f.types] } : {}),
      ...(f.kinds ? { kinds: [...f.kinds] } : {}),
      ...(f.since ? { since: f.since } : {}),
      ...(f.until ? { until: f.until } : {}),
      minConfidence: f.minConfidence,
    });
    if (depth === 0) only = new Set([id]);
  }
  const graph = createGraph();
  const aliasesOf = new Map<string, string[]>();
  const aliasRows = only
    ? db.prepare('SELECT DISTINCT entity_id, name FROM names WHERE rank = 1 AND entity_id IN (SELECT value FROM json_each(?)) ORDER BY entity_id, name').all(JSON.stringify([...only]))
    : db.prepare('SELECT DISTINCT entity_id, name FROM names WHERE rank = 1 ORDER BY entity_id, name').all();
  for (const r of aliasRows as Array<{ entity_id: string; name: string }>) {
    const list = aliasesOf.get(r.entity_id);
    if (list) list.push(r.name);
    else aliasesOf.set(r.entity_id, [r.name]);
  }
  const pinned = new Set((db.prepare('SELECT entity_id FROM pins').pluck().all() as string[]));
  const entities = only
    ? db.prepare('SELECT * FROM entities WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id').iterate(JSON.stringify([...only]))
    : db.prepare('SELECT * FROM entities ORDER BY id').iterate();
  for (const r of entities as Iterable<EntityRow>) {
    if (f.kinds && !f.kinds.has(r.kind)) continue;
    if (dated) {
      // A date filter keeps the nodes seen in the range; an undated node is not known to be.
      if (!r.first_seen || !r.last_seen) continue;
      if (f.since && r.last_seen < f.since) continue;
      if (f.until && r.first_seen.slice(0, f.until.length) > f.until) continue;
    }
    const attrs: NodeAttrs = {
      label: r.label,
      kind: r.kind,
      type: r.type,
      aliases: aliasesOf.get(r.id) ?? [],
      mentions: r.mentions,
      articles: r.articles,
    };
    if (r.first_seen) attrs.firstSeen = r.first_seen;
    if (r.last_seen) attrs.lastSeen = r.last_seen;
    if (r.titles) attrs.titles = JSON.parse(r.titles) as string[];
    if (r.roles) attrs.roles = JSON.parse(r.roles) as string[];
    if (pinned.has(r.id)) attrs.pinned = true;
    graph.addNode(r.id, attrs);
  }
  const relOk = (source: string, type: RelationType, target: string) =>
    graph.hasNode(source) && graph.hasNode(target) && (!f.types || f.types.has(type));
  if (withEvidence || dated) {
    const order = 'ORDER BY ev.relation_id, ev.published, ev.article_id, ev.start';
    const rows = only
      ? db
          .prepare(`${RELATION_EVIDENCE_SQL} WHERE ev.relation_id IN (SELECT id FROM relations WHERE source IN (SELECT value FROM json_each(@ids))
              UNION SELECT id FROM relations WHERE target IN (SELECT value FROM json_each(@ids))) ${order}`)
          .iterate({ ids: JSON.stringify([...only]) })
      : db.prepare(`${RELATION_EVIDENCE_SQL} ${order}`).iterate();
    for (const r of rows as Iterable<RelationEvidenceRow>) {
      if (!relOk(r.rsource, r.rtype, r.rtarget)) continue;
      if (dated && !inRange(r.published, f.since, f.until)) continue;
      addEvidence(graph, r.rtype, r.rsource, r.rtarget, toEvidence(r));
    }
    if (!withEvidence) graph.forEachEdge((e) => graph.setEdgeAttribute(e, 'evidence', []));
  } else {
    const rows = db.prepare('SELECT source, type, target, weight, confidence, first_seen, last_seen, hedged FROM relations').iterate();
    for (const r of rows as Iterable<{ source: string; type: RelationType; target: string; weight: number; confidence: number; first_seen: string | null; last_seen: string | null; hedged: number }>) {
      if (!relOk(r.source, r.type, r.target)) continue;
      graph.addDirectedEdgeWithKey(`${r.source}|${r.type}|${r.target}`, r.source, r.target, {
        type: r.type,
        weight: r.weight,
        confidence: r.confidence,
        evidence: [],
        ...(r.first_seen ? { firstSeen: r.first_seen } : {}),
        ...(r.last_seen ? { lastSeen: r.last_seen } : {}),
        ...(r.hedged ? { hedged: true } : {}),
      });
    }
  }
  if (f.minConfidence > 0) {
    graph.filterEdges((_, a) => a.confidence < f.minConfidence).forEach((e) => graph.dropEdge(e));
  }
  const quotes = db.prepare(`${QUOTES_SQL} ORDER BY q.speaker, a.published, q.article_id, q.start`).iterate();
  for (const q of quotes as Iterable<QuoteRow>) {
    if (!graph.hasNode(q.speaker)) continue;
    if (dated && !inRange(q.published, f.since, f.until)) continue;
    (graph.getNodeAttributes(q.speaker).quotes ??= []).push(toQuote(q));
  }
  if (options.dropIsolated) {
    graph.filterNodes((n) => graph.degree(n) === 0).forEach((n) => graph.dropNode(n));
  }
  options.curate?.(graph);
  return graph;
}
