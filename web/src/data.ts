/**
 * Loading the data graph: validate a serialized graphology graph (the JSON of
 * `graph.export()` of a NewsGraph) into a `NewsGraph`. Bad nodes or edges are
 * skipped with a warning naming the item and the reason; nothing else is lost.
 */
import { compactItems, isCompactGraph, type GraphItems } from '../../src/graph/compact.ts';
import { createGraph } from '../../src/graph/create.ts';
import { NODE_KINDS, RELATION_TYPES } from '../../src/types.ts';
import type { EdgeAttrs, EdgeEvidence, EventInfo, NewsGraph, NodeAttrs, NodeKind, RelationType } from '../../src/types.ts';

export interface LoadResult {
  graph: NewsGraph;
  warnings: string[];
}

const KINDS = new Set<string>(NODE_KINDS);
const TYPES = new Set<string>(RELATION_TYPES);

function isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}
function num(v: unknown, def: number): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : def;
}
function strs(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}
function span(v: unknown): { start: number; end: number } {
  return isObj(v) ? { start: num(v.start, 0), end: num(v.end, 0) } : { start: 0, end: 0 };
}

function isSpan(v: unknown): boolean {
  return isObj(v) && typeof v.start === 'number' && typeof v.end === 'number';
}

const OPTIONAL_STRINGS = ['articleTitle', 'articleSource', 'articleUrl', 'published', 'quote'] as const;

/**
 * Evidence as sent by the exporter is kept as is once its fields check out
 * (no copy: graphs carry tens of thousands); otherwise it is rebuilt from the
 * fields that are usable, or dropped when it has no sentence.
 */
export function evidenceOf(v: unknown): EdgeEvidence | undefined {
  if (!isObj(v) || typeof v.sentence !== 'string') return undefined;
  const wellFormed =
    typeof v.start === 'number' &&
    typeof v.end === 'number' &&
    isSpan(v.sourceMention) &&
    isSpan(v.targetMention) &&
    typeof v.rule === 'string' &&
    typeof v.confidence === 'number' &&
    typeof v.articleId === 'string' &&
    (v.described === undefined || (Array.isArray(v.described) && v.described.every((d) => d === 'source' || d === 'target'))) &&
    OPTIONAL_STRINGS.every((k) => v[k] === undefined || typeof v[k] === 'string') &&
    (v.event === undefined || eventOf(v.event) !== undefined);
  if (wellFormed) return v as unknown as EdgeEvidence;
  const ev: EdgeEvidence = {
    sentence: v.sentence,
    start: num(v.start, 0),
    end: num(v.end, v.sentence.length),
    sourceMention: span(v.sourceMention),
    targetMention: span(v.targetMention),
    rule: str(v.rule) ?? '',
    confidence: num(v.confidence, 0),
    articleId: str(v.articleId) ?? '',
  };
  for (const k of OPTIONAL_STRINGS) {
    const s = str(v[k]);
    if (s !== undefined) ev[k] = s;
  }
  if (v.hedged === true) ev.hedged = true;
  if (v.negated === true) ev.negated = true;
  if (Array.isArray(v.described)) {
    const d = v.described.filter((x): x is 'source' | 'target' => x === 'source' || x === 'target');
    if (d.length) ev.described = d;
  }
  if (typeof v.quantity === 'number') ev.quantity = v.quantity;
  const event = eventOf(v.event);
  if (event) ev.event = event;
  return ev;
}

/** A coded event (CAMEO code required), its optional fields kept when their type is right. */
function eventOf(v: unknown): EventInfo | undefined {
  if (!isObj(v) || typeof v.cameo !== 'string') return undefined;
  const e: EventInfo = { cameo: v.cameo };
  for (const k of ['plover', 'date', 'place'] as const) if (typeof v[k] === 'string') e[k] = v[k] as string;
  for (const k of ['killed', 'wounded'] as const) if (typeof v[k] === 'number') e[k] = v[k] as number;
  return e;
}

/** Validate and import; throws only when the whole document is unusable. */
export function parseGraph(raw: unknown, where = 'graph'): LoadResult {
  const result: LoadResult = { graph: createGraph(), warnings: [] };
  for (const _ of parsing(raw, where, result));
  return result;
}

/**
 * `parseGraph` in slices of about `sliceMs` of work, each its own task, so a
 * graph of hundreds of thousands of items never holds the page for seconds.
 */
export async function parseGraphInSlices(raw: unknown, where = 'graph', sliceMs = 40): Promise<LoadResult> {
  const result: LoadResult = { graph: createGraph(), warnings: [] };
  let t = performance.now();
  for (const _ of parsing(raw, where, result)) {
    if (performance.now() - t < sliceMs) continue;
    await new Promise((ok) => setTimeout(ok, 0));
    t = performance.now();
  }
  return result;
}

/**
 * The nodes and edges of a graph document: graphology's serialized JSON, or
 * the server's compact form (`/api/graph?format=compact`, src/graph/compact.ts),
 * read item by item. Throws when the document is neither.
 */
export function graphItems(raw: unknown, where = 'graph'): GraphItems {
  if (isCompactGraph(raw)) {
    try {
      return compactItems(raw);
    } catch (err) {
      throw new Error(`${where}: ${(err as Error).message}`);
    }
  }
  if (!isObj(raw) || !Array.isArray(raw.nodes) || !Array.isArray(raw.edges)) {
    throw new Error(`${where}: not a serialized graph (expected { nodes: [], edges: [] })`);
  }
  const { nodes, edges } = raw as { nodes: unknown[]; edges: unknown[] };
  const attrsOf = (item: unknown): Record<string, unknown> | undefined => (isObj(item) && isObj(item.attributes) ? item.attributes : undefined);
  return {
    attributes: isObj(raw.attributes) ? raw.attributes : undefined,
    nodeCount: nodes.length,
    node: (i) => nodes[i] as ReturnType<GraphItems['node']>,
    edgeCount: edges.length,
    edge: (i) => edges[i] as ReturnType<GraphItems['edge']>,
    nodeKey: (i) => (attrsOf(nodes[i]) ? (nodes[i] as { key?: unknown }).key : undefined),
    nodeAttr: (i, name) => attrsOf(nodes[i])?.[name],
    edgeEnd: (i, end) => {
      const e = edges[i];
      return isObj(e) ? e[end] : undefined;
    },
    edgeAttr: (i, name) => attrsOf(edges[i])?.[name],
    edgeKey: (i) => {
      const e = edges[i];
      return isObj(e) ? e.key : undefined;
    },
  };
}

/** Items between two checks of the clock. */
const SLICE_ITEMS = 256;

/** The import, pausing (yielding) every SLICE_ITEMS nodes or edges. */
function* parsing(raw: unknown, where: string, { graph, warnings }: LoadResult): Generator<void> {
  const items = graphItems(raw, where);
  // The server leaves the evidence lists out on request (`/api/graph?evidence=false`) and says so.
  if (isObj(items.attributes) && items.attributes.evidence === 'omitted') graph.setAttribute('evidence', 'omitted');
  for (let i = 0; i < items.nodeCount; i++) {
    if (i % SLICE_ITEMS === SLICE_ITEMS - 1) yield;
    addNode(items.node(i), i);
  }
  for (let i = 0; i < items.edgeCount; i++) {
    if (i % SLICE_ITEMS === SLICE_ITEMS - 1) yield;
    addEdge(items.edge(i), i);
  }

  function addNode(n: unknown, i: number): void {
    const key = isObj(n) ? (typeof n.key === 'number' ? String(n.key) : str(n.key)) : undefined;
    const a = isObj(n) && isObj(n.attributes) ? n.attributes : undefined;
    if (!key || !a) return void warnings.push(`${where}: node #${i}: missing key or attributes`);
    const kind = str(a.kind);
    if (!kind || !KINDS.has(kind)) return void warnings.push(`${where}: node ${key}: unknown kind ${String(a.kind)}`);
    const attrs: NodeAttrs = {
      label: str(a.label) ?? key,
      kind: kind as NodeKind,
      type: (str(a.type) ?? kind) as NodeAttrs['type'],
      aliases: strs(a.aliases),
      mentions: num(a.mentions, 0),
      articles: num(a.articles, 0),
    };
    for (const k of ['firstSeen', 'lastSeen', 'color'] as const) {
      const s = str(a[k]);
      if (s !== undefined) attrs[k] = s;
    }
    if (Array.isArray(a.titles)) attrs.titles = strs(a.titles);
    if (Array.isArray(a.roles)) attrs.roles = strs(a.roles);
    if (Array.isArray(a.possiblySameAs)) attrs.possiblySameAs = strs(a.possiblySameAs);
    if (Array.isArray(a.quotes)) {
      attrs.quotes = a.quotes.filter(isObj).flatMap((q) =>
        typeof q.text === 'string'
          ? [{
              speaker: key,
              text: q.text,
              start: num(q.start, 0),
              end: num(q.end, 0),
              articleId: str(q.articleId) ?? '',
              ...(str(q.articleTitle) !== undefined ? { articleTitle: str(q.articleTitle)! } : {}),
              ...(str(q.published) !== undefined ? { published: str(q.published)! } : {}),
              ...(str(q.addressee) !== undefined ? { addressee: str(q.addressee)! } : {}),
            }]
          : [],
      );
    }
    if (typeof a.x === 'number' && typeof a.y === 'number' && Number.isFinite(a.x) && Number.isFinite(a.y)) {
      attrs.x = a.x;
      attrs.y = a.y;
    }
    if (typeof a.size === 'number') attrs.size = a.size;
    if (typeof a.community === 'number' && Number.isInteger(a.community) && a.community >= -1) attrs.community = a.community;
    if (typeof a.pagerank === 'number' && Number.isFinite(a.pagerank)) attrs.pagerank = a.pagerank;
    // Adding is the duplicate check (a second lookup per node costs seconds at 100k).
    try {
      graph.addNode(key, attrs);
    } catch {
      warnings.push(`${where}: node ${key}: duplicate`);
    }
  }

  function addEdge(e: unknown, i: number): void {
    if (!isObj(e)) return void warnings.push(`${where}: edge #${i}: not an object`);
    const a = isObj(e.attributes) ? e.attributes : {};
    const source = str(e.source);
    const target = str(e.target);
    const type = str(a.type);
    const name = str(e.key) ?? `#${i}`;
    const endsKnown = () => !!source && !!target && graph.hasNode(source) && graph.hasNode(target);
    if (!source || !target) return void warnings.push(`${where}: edge ${name}: unknown end`);
    if (!type || !TYPES.has(type)) {
      if (!endsKnown()) return void warnings.push(`${where}: edge ${name}: unknown end`);
      return void warnings.push(`${where}: edge ${name}: unknown type ${String(a.type)}`);
    }
    const key = str(e.key) ?? `${source}|${type}|${target}`;
    const evidence = Array.isArray(a.evidence) ? a.evidence.map(evidenceOf).filter((x): x is EdgeEvidence => !!x) : [];
    const attrs: EdgeAttrs = {
      type: type as RelationType,
      weight: num(a.weight, evidence.length || 1),
      confidence: num(a.confidence, 0),
      evidence,
    };
    for (const k of ['firstSeen', 'lastSeen'] as const) {
      const s = str(a[k]);
      if (s !== undefined) attrs[k] = s;
    }
    if (a.hedged === true) attrs.hedged = true;
    // Adding checks the ends and duplicates; the reason is looked up only for an edge refused
    // (two lookups per edge cost seconds on 500k edges).
    try {
      graph.addDirectedEdgeWithKey(key, source, target, attrs);
    } catch (err) {
      if (!endsKnown()) warnings.push(`${where}: edge ${name}: unknown end`);
      else if (graph.hasEdge(key)) warnings.push(`${where}: edge ${key}: duplicate`);
      else warnings.push(`${where}: edge ${name}: ${(err as Error).message}`);
    }
  }
}
