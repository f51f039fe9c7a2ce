/**
 * Apply the analyst's overrides (src/resolve/curation.ts) to a graph.
 *
 * Pure: the input graph is copied, never changed. Applied every time the
 * graph is built from the store, so the overrides survive every later ingest
 * and re-ingest. Order: merge, split, rename, retype, pin, reject (a reject
 * wins over everything). Ids named by an override follow earlier merges
 * ("isil" merged into "isis", then "rename isil" renames "isis"). An override
 * whose node is absent is skipped and reported, never an error: the node may
 * come with a later article.
 */
import { KIND_OF_TYPE, edgeKey } from '../types.ts';
import type { EdgeAttrs, EdgeEvidence, NewsGraph, NodeAttrs, RelationType } from '../types.ts';
import { parseCuration, type Curation } from '../resolve/curation.ts';
import { nameKey } from '../resolve/normalize.ts';
import { slugify } from '../util/slug.ts';
import { combineConfidence, orient } from '../util/combine.ts';

export interface CurationReport {
  graph: NewsGraph;
  /** One line per override that changed the graph. */
  applied: string[];
  /** One line per override that found nothing to change, with why. */
  skipped: string[];
}

function union(...lists: Array<string[] | undefined>): string[] {
  return [...new Set(lists.flatMap((l) => l ?? []))].sort();
}

function minDate(a?: string, b?: string): string | undefined {
  return !a ? b : !b ? a : a < b ? a : b;
}

function maxDate(a?: string, b?: string): string | undefined {
  return !a ? b : !b ? a : a > b ? a : b;
}

function evidenceId(e: EdgeEvidence): string {
  return `${e.articleId}:${e.start}:${e.sourceMention.start}:${e.targetMention.start}`;
}

/** Edge attributes recomputed from an evidence list. */
function edgeFrom(type: RelationType, evidence: EdgeEvidence[]): EdgeAttrs {
  const attrs: EdgeAttrs = { type, weight: evidence.length, confidence: combineConfidence(evidence.map((e) => e.confidence)), evidence };
  let first: string | undefined;
  let last: string | undefined;
  for (const e of evidence) {
    first = minDate(first, e.published);
    last = maxDate(last, e.published);
  }
  if (first) attrs.firstSeen = first;
  if (last) attrs.lastSeen = last;
  if (evidence.length && evidence.every((e) => e.hedged)) attrs.hedged = true;
  return attrs;
}

/** Add evidence to (source, type, target), creating or extending the edge. */
function putEdge(g: NewsGraph, type: RelationType, source: string, target: string, evidence: EdgeEvidence[]): void {
  if (source === target || evidence.length === 0) return;
  const [s, t] = orient(type, source, target);
  const key = edgeKey(s, type, t);
  if (!g.hasEdge(key)) {
    g.addDirectedEdgeWithKey(key, s, t, edgeFrom(type, evidence));
    return;
  }
  const old = g.getEdgeAttributes(key).evidence;
  const seen = new Set(old.map(evidenceId));
  const all = [...old, ...evidence.filter((e) => !seen.has(evidenceId(e)))];
  g.replaceEdgeAttributes(key, { ...g.getEdgeAttributes(key), ...edgeFrom(type, all) });
}

/** Fold node `from` into node `into` (both present), moving edges, counts, aliases and quotes. */
function mergeNodes(g: NewsGraph, from: string, into: string): void {
  const a = g.getNodeAttributes(from);
  const b = g.getNodeAttributes(into);
  const next: NodeAttrs = {
    ...b,
    aliases: union(b.aliases, [a.label], a.aliases).filter((x) => x !== b.label),
    mentions: b.mentions + a.mentions,
    articles: b.articles + a.articles,
  };
  const first = minDate(a.firstSeen, b.firstSeen);
  const last = maxDate(a.lastSeen, b.lastSeen);
  if (first) next.firstSeen = first;
  if (last) next.lastSeen = last;
  const titles = union(a.titles, b.titles);
  const roles = union(a.roles, b.roles);
  if (titles.length) next.titles = titles;
  if (roles.length) next.roles = roles;
  if (a.quotes?.length || b.quotes?.length) next.quotes = [...(b.quotes ?? []), ...(a.quotes ?? []).map((q) => ({ ...q, speaker: into }))];
  const hints = union(a.possiblySameAs, b.possiblySameAs).filter((x) => x !== from && x !== into);
  if (hints.length) next.possiblySameAs = hints;
  else delete next.possiblySameAs;
  if (a.pinned || b.pinned) next.pinned = true;
  g.replaceNodeAttributes(into, next);

  const moves: Array<[RelationType, string, string, EdgeEvidence[]]> = [];
  g.forEachEdge(from, (_key, attrs, source, target) => {
    moves.push([attrs.type, source === from ? into : source, target === from ? into : target, attrs.evidence]);
  });
  g.dropNode(from);
  for (const [type, s, t, ev] of moves) putEdge(g, type, s, t, ev);
  g.forEachNode((id, attrs) => {
    if (!attrs.possiblySameAs?.includes(from)) return;
    const hints2 = [...new Set(attrs.possiblySameAs.map((x) => (x === from ? into : x)))].filter((x) => x !== id);
    g.setNodeAttribute(id, 'possiblySameAs', hints2);
  });
}

/** The text of the mention at `end` of an edge's evidence, from its sentence. */
function mentionText(ev: EdgeEvidence, end: 'source' | 'target'): string | undefined {
  const span = end === 'source' ? ev.sourceMention : ev.targetMention;
  const from = span.start - ev.start;
  const to = span.end - ev.start;
  if (from < 0 || to > ev.sentence.length || to <= from) return undefined;
  return ev.sentence.slice(from, to);
}

/** Apply a curation and report what each override did. */
export function applyCurationReport(graph: NewsGraph, curation: Curation): CurationReport {
  const g = graph.copy() as NewsGraph;
  const applied: string[] = [];
  const skipped: string[] = [];
  const redirect = new Map<string, string>();
  const follow = (id: string): string => {
    const seen = new Set<string>();
    let x = id;
    while (redirect.has(x) && !seen.has(x)) {
      seen.add(x);
      x = redirect.get(x)!;
    }
    return x;
  };

  for (const m of curation.merge) {
    const from = follow(m.from);
    const into = follow(m.into);
    const what = `merge ${m.from} into ${m.into}`;
    if (from === into) {
      skipped.push(`${what}: already one node`);
      continue;
    }
    redirect.set(from, into);
    if (!g.hasNode(from)) {
      skipped.push(`${what}: no node "${from}"`);
      continue;
    }
    if (!g.hasNode(into)) {
      // The target is not in the graph (yet): the merged node takes its id.
      const attrs = g.getNodeAttributes(from);
      g.addNode(into, { ...attrs, aliases: [...attrs.aliases] });
      g.setNodeAttribute(into, 'mentions', 0);
      g.setNodeAttribute(into, 'articles', 0);
    }
    mergeNodes(g, from, into);
    applied.push(what);
  }

  for (const s of curation.split) {
    const node = follow(s.node);
    const what = `split "${s.name}" out of ${s.node}`;
    if (!g.hasNode(node)) {
      skipped.push(`${what}: no node "${node}"`);
      continue;
    }
    const key = nameKey(s.name);
    const old = g.getNodeAttributes(node);
    const newId = s.id ?? (slugify(s.name) && slugify(s.name) !== node ? slugify(s.name) : `${node}-split`);
    const moved: Array<[RelationType, string, string, EdgeEvidence[]]> = [];
    const emptied: string[] = [];
    const mentionIds = new Set<string>();
    const articleIds = new Set<string>();
    let first: string | undefined;
    let last: string | undefined;
    g.forEachEdge(node, (edge, attrs, source, target) => {
      const end = source === node ? 'source' : 'target';
      const go: EdgeEvidence[] = [];
      const stay: EdgeEvidence[] = [];
      for (const ev of attrs.evidence) {
        const t = mentionText(ev, end);
        if (t !== undefined && nameKey(t) === key) {
          go.push(ev);
          const span = end === 'source' ? ev.sourceMention : ev.targetMention;
          mentionIds.add(`${ev.articleId}:${span.start}`);
          articleIds.add(ev.articleId);
          first = minDate(first, ev.published);
          last = maxDate(last, ev.published);
        } else stay.push(ev);
      }
      if (go.length) moved.push([attrs.type, end === 'source' ? newId : source, end === 'target' ? newId : target, go]);
      if (go.length && stay.length) g.replaceEdgeAttributes(edge, { ...attrs, ...edgeFrom(attrs.type, stay) });
      else if (go.length) emptied.push(edge);
    });
    const aliases = old.aliases.filter((a) => nameKey(a) !== key);
    const labelGoes = nameKey(old.label) === key;
    if (!moved.length && aliases.length === old.aliases.length && !labelGoes) {
      skipped.push(`${what}: the node has no name or evidence "${s.name}"`);
      continue;
    }
    for (const edge of emptied) g.dropEdge(edge);
    const type = s.type ?? old.type;
    if (!g.hasNode(newId)) {
      const attrs: NodeAttrs = { label: s.label ?? s.name, kind: KIND_OF_TYPE[type], type, aliases: [], mentions: mentionIds.size, articles: articleIds.size };
      if (first) attrs.firstSeen = first;
      if (last) attrs.lastSeen = last;
      g.addNode(newId, attrs);
    } else {
      g.updateNodeAttributes(newId, (a) => ({ ...a, mentions: a.mentions + mentionIds.size, aliases: union(a.aliases, [s.name]).filter((x) => x !== a.label) }));
    }
    const keep: NodeAttrs = { ...old, aliases, mentions: Math.max(0, old.mentions - mentionIds.size) };
    if (labelGoes) {
      keep.aliases = aliases.slice(1);
      keep.label = aliases[0] ?? old.label;
    }
    g.replaceNodeAttributes(node, keep);
    for (const [type2, src, tgt, ev] of moved) putEdge(g, type2, src, tgt, ev);
    applied.push(`${what} as ${newId} (${mentionIds.size} mentions, ${moved.length} edges)`);
  }

  for (const r of curation.rename) {
    const node = follow(r.node);
    const what = `rename ${r.node} to "${r.label}"`;
    if (!g.hasNode(node)) {
      skipped.push(`${what}: no node "${node}"`);
      continue;
    }
    const old = g.getNodeAttributes(node);
    g.replaceNodeAttributes(node, { ...old, label: r.label, aliases: union(old.aliases, [old.label]).filter((a) => a !== r.label) });
    applied.push(what);
  }

  for (const r of curation.retype) {
    const node = follow(r.node);
    const what = `retype ${r.node} as ${r.type}`;
    if (!g.hasNode(node)) {
      skipped.push(`${what}: no node "${node}"`);
      continue;
    }
    g.mergeNodeAttributes(node, { type: r.type, kind: KIND_OF_TYPE[r.type] });
    applied.push(what);
  }

  for (const p of curation.pin) {
    const node = follow(p.node);
    const what = `pin ${p.node}`;
    if (g.hasNode(node)) {
      g.setNodeAttribute(node, 'pinned', true);
      applied.push(what);
    } else if (p.label && p.type) {
      g.addNode(node, { label: p.label, type: p.type, kind: KIND_OF_TYPE[p.type], aliases: [], mentions: 0, articles: 0, pinned: true });
      applied.push(`${what} (kept without mentions)`);
    } else {
      skipped.push(`${what}: no node "${node}" and no label/type to keep it by`);
    }
  }

  for (const r of curation.reject) {
    if ('node' in r) {
      const node = follow(r.node);
      if (g.hasNode(node)) {
        g.dropNode(node);
        applied.push(`reject ${r.node}`);
      } else skipped.push(`reject ${r.node}: no node "${node}"`);
      continue;
    }
    const [s = '', type = '', t = ''] = r.edge.split('|');
    const [os, ot] = orient(type as RelationType, follow(s), follow(t));
    const key = edgeKey(os, type as RelationType, ot);
    if (g.hasEdge(key)) {
      g.dropEdge(key);
      applied.push(`reject edge ${r.edge}`);
    } else skipped.push(`reject edge ${r.edge}: no edge "${key}"`);
  }

  return { graph: g, applied, skipped };
}

/** Apply a curation to a copy of the graph. */
export function applyCuration(graph: NewsGraph, curation: Curation): NewsGraph {
  return applyCurationReport(graph, curation).graph;
}

/**
 * For build hooks that curate a graph in place (`BuildOptions.curate` in
 * src/graph/build.ts): validates `curation` (a parsed `Curation`, or raw JSON
 * read from `path`; InputError naming `path` when it is bad), then replaces
 * the graph's content with the curated copy.
 */
export function curateInPlace(graph: NewsGraph, curation: Curation | unknown, path = 'curation'): CurationReport {
  const c = parseCuration(curation, path);
  const report = applyCurationReport(graph, c);
  graph.clear();
  graph.import(report.graph.export());
  return { ...report, graph };
}
