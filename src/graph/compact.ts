/**
 * The compact wire form of a serialized graph (`graph.export()` JSON), for
 * `/api/graph?format=compact`: the same nodes, edges and attributes laid out
 * by column instead of one object per item, which the view parses several
 * times faster and which is a fraction of the size (100k nodes / 522k edges
 * without evidence: 103 MB of JSON in the graphology form).
 *
 *   { format: 'newsgraph-compact', version: 1, options?, attributes,
 *     nodes: { count, key: string[], attributes: { <name>: Column } },
 *     edges: { count, source: number[], target: number[], keys?: { <i>: string | null },
 *              undirected?: number[], attributes: { <name>: Column } } }
 *
 * - edge ends are node indexes (positions in `nodes.key`);
 * - an edge's key is left out when it is `source|type|target` (the store's
 *   keys); `keys` lists the others by index (`null`: an edge without a key);
 * - a Column holds one value per item, `null` where the item lacks the
 *   attribute; a column of few distinct strings (kinds, relation types,
 *   dates) is a dictionary `{ dict: string[], index: number[] }` (-1: absent);
 * - an empty `evidence` list is left out (the view asks without evidence, and
 *   its import reads a missing list as empty); a `null` value is left out.
 *
 * `toCompact` and `fromCompact` are exact inverses up to those rules
 * (test/graph/compact.test.ts). Pure: no I/O, no graphology.
 */

export const COMPACT_FORMAT = 'newsgraph-compact';
export const COMPACT_VERSION = 1;

export type Column = unknown[] | { dict: string[]; index: number[] };

export interface CompactGraph {
  format: typeof COMPACT_FORMAT;
  version: typeof COMPACT_VERSION;
  options?: Record<string, unknown>;
  attributes: Record<string, unknown>;
  nodes: { count: number; key: string[]; attributes: Record<string, Column> };
  edges: {
    count: number;
    source: number[];
    target: number[];
    keys?: Record<string, string | null>;
    /** Indexes of undirected edges (a mixed graph; the store's graphs have none). */
    undirected?: number[];
    attributes: Record<string, Column>;
  };
}

/** The graphology serialized form (what `graph.export()` gives and the view imports). */
export interface SerializedGraph {
  options?: Record<string, unknown>;
  attributes?: Record<string, unknown>;
  nodes: Array<{ key: string; attributes?: Record<string, unknown> }>;
  edges: Array<{ key?: string; source: string; target: string; attributes?: Record<string, unknown>; undirected?: boolean }>;
}

/** A column of strings with at most this many distinct values is sent as a dictionary. */
const DICT_MAX = 4096;

const defaultEdgeKey = (source: string, type: unknown, target: string): string => `${source}|${String(type)}|${target}`;

/** Columns of the items' attributes (a value, or null where an item lacks it). */
function columns(items: ReadonlyArray<{ attributes?: Record<string, unknown> }>, skip: (name: string, value: unknown) => boolean): Record<string, Column> {
  const cols: Record<string, unknown[]> = {};
  const n = items.length;
  for (let i = 0; i < n; i++) {
    const a = items[i]!.attributes;
    if (!a) continue;
    for (const name in a) {
      const v = a[name];
      if (v === null || v === undefined || skip(name, v)) continue;
      let col = cols[name];
      if (!col) col = cols[name] = new Array(n).fill(null);
      col[i] = v;
    }
  }
  const out: Record<string, Column> = {};
  for (const [name, col] of Object.entries(cols)) out[name] = dictionary(col) ?? col;
  return out;
}

function dictionary(col: unknown[]): Column | undefined {
  const seen = new Map<string, number>();
  const index = new Array<number>(col.length);
  for (let i = 0; i < col.length; i++) {
    const v = col[i];
    if (v === null) {
      index[i] = -1;
      continue;
    }
    if (typeof v !== 'string') return undefined;
    let k = seen.get(v);
    if (k === undefined) {
      if (seen.size >= DICT_MAX) return undefined;
      seen.set(v, (k = seen.size));
    }
    index[i] = k;
  }
  // A dictionary pays only when values repeat.
  if (seen.size * 2 > col.length) return undefined;
  return { dict: [...seen.keys()], index };
}

/** Rows of serialized graphology JSON -> columns. Throws on edges whose ends are not nodes. */
export function toCompact(g: SerializedGraph): CompactGraph {
  const key = g.nodes.map((n) => String(n.key));
  const at = new Map<string, number>();
  key.forEach((k, i) => at.set(k, i));
  const m = g.edges.length;
  const source = new Array<number>(m);
  const target = new Array<number>(m);
  const keys: Record<string, string | null> = {};
  const undirected: number[] = [];
  let odd = false;
  for (let i = 0; i < m; i++) {
    const e = g.edges[i]!;
    const s = at.get(String(e.source));
    const t = at.get(String(e.target));
    if (s === undefined || t === undefined) throw new Error(`toCompact: edge ${e.key ?? `#${i}`} has an end that is not a node`);
    source[i] = s;
    target[i] = t;
    if (e.undirected) undirected.push(i);
    if (e.key === undefined) {
      keys[i] = null;
      odd = true;
    } else if (e.key !== defaultEdgeKey(String(e.source), e.attributes?.type, String(e.target))) {
      keys[i] = String(e.key);
      odd = true;
    }
  }
  return {
    format: COMPACT_FORMAT,
    version: COMPACT_VERSION,
    ...(g.options ? { options: g.options } : {}),
    attributes: g.attributes ?? {},
    nodes: { count: key.length, key, attributes: columns(g.nodes, () => false) },
    edges: {
      count: m,
      source,
      target,
      ...(odd ? { keys } : {}),
      ...(undirected.length ? { undirected } : {}),
      attributes: columns(g.edges, (name, v) => name === 'evidence' && Array.isArray(v) && v.length === 0),
    },
  };
}

export function isCompactGraph(raw: unknown): raw is CompactGraph {
  return typeof raw === 'object' && raw !== null && (raw as { format?: unknown }).format === COMPACT_FORMAT;
}

/** The value of column `col` at item `i` (undefined where absent). */
export function columnValue(col: Column, i: number): unknown {
  if (Array.isArray(col)) {
    const v = col[i];
    return v === null ? undefined : v;
  }
  const k = col.index[i]!;
  return k < 0 ? undefined : col.dict[k];
}

/** The items of a graph document, one at a time (a compact graph is read without building all of them first). */
export interface GraphItems {
  attributes: Record<string, unknown> | undefined;
  nodeCount: number;
  /** Node `i` in the serialized form: `{ key, attributes }`. */
  node(i: number): SerializedGraph['nodes'][number];
  edgeCount: number;
  /** Edge `i` in the serialized form: `{ key?, source, target, attributes }`. */
  edge(i: number): SerializedGraph['edges'][number];
  /** One field without building the item (a first screen reads a few of each): the node's key, undefined when node `i` has no attributes object. */
  nodeKey(i: number): unknown;
  nodeAttr(i: number, name: string): unknown;
  /** An edge's end (a node key), undefined when edge `i` is not an object. */
  edgeEnd(i: number, end: 'source' | 'target'): unknown;
  edgeAttr(i: number, name: string): unknown;
  /** An edge's key as `edge(i)` gives it (undefined when it has none), without building the item. */
  edgeKey(i: number): unknown;
}

/**
 * A compact graph's items in the serialized form, built when asked. Throws
 * an Error saying what is wrong when the document is not a compact graph
 * this version reads (a bad item inside is left to the importer, which
 * skips it with a warning).
 */
export function compactItems(c: unknown): GraphItems {
  if (!isCompactGraph(c)) throw new Error('not a compact graph (expected format "newsgraph-compact")');
  if (c.version !== COMPACT_VERSION) throw new Error(`compact graph version ${String(c.version)}: this view reads version ${COMPACT_VERSION}`);
  const { nodes, edges } = c;
  const okColumns = (cols: unknown, n: number) =>
    typeof cols === 'object' &&
    cols !== null &&
    Object.values(cols).every((col) =>
      Array.isArray(col) ? col.length === n : typeof col === 'object' && col !== null && Array.isArray(col.dict) && Array.isArray(col.index) && col.index.length === n,
    );
  if (!nodes || !Array.isArray(nodes.key) || nodes.key.length !== nodes.count || !okColumns(nodes.attributes, nodes.count)) {
    throw new Error('compact graph: nodes.key and every node column must have nodes.count values');
  }
  if (!edges || !Array.isArray(edges.source) || !Array.isArray(edges.target) || edges.source.length !== edges.count || edges.target.length !== edges.count || !okColumns(edges.attributes, edges.count)) {
    throw new Error('compact graph: edges.source, edges.target and every edge column must have edges.count values');
  }
  const nodeCols = Object.entries(nodes.attributes);
  const edgeCols = Object.entries(edges.attributes);
  const typeCol = edges.attributes.type;
  const keys = edges.keys ?? {};
  const undirected = new Set(edges.undirected ?? []);
  const row = (cols: Array<[string, Column]>, i: number): Record<string, unknown> => {
    const attributes: Record<string, unknown> = {};
    for (const [name, col] of cols) {
      const v = columnValue(col, i);
      if (v !== undefined) attributes[name] = v;
    }
    return attributes;
  };
  const endOf = (i: number, end: 'source' | 'target'): string => {
    const at = edges[end][i]!;
    return nodes.key[at] ?? `#${String(at)}`;
  };
  const value = (cols: Record<string, Column>, name: string, i: number): unknown => {
    const col = cols[name];
    return col ? columnValue(col, i) : undefined;
  };
  return {
    attributes: c.attributes,
    nodeCount: nodes.count,
    nodeKey: (i) => nodes.key[i],
    nodeAttr: (i, name) => value(nodes.attributes, name, i),
    edgeEnd: endOf,
    edgeAttr: (i, name) => value(edges.attributes, name, i),
    edgeKey: (i) => {
      const own = keys[i];
      return own === null ? undefined : (own ?? defaultEdgeKey(endOf(i, 'source'), typeCol ? columnValue(typeCol, i) : undefined, endOf(i, 'target')));
    },
    node: (i) => ({ key: nodes.key[i]!, attributes: row(nodeCols, i) }),
    edgeCount: edges.count,
    edge: (i) => {
      const attributes = row(edgeCols, i);
      // An end that is not a node index stays unknown: the importer reports the edge.
      const source = endOf(i, 'source');
      const target = endOf(i, 'target');
      const own = keys[i];
      const edge: SerializedGraph['edges'][number] =
        own === null ? { source, target, attributes } : { key: own ?? defaultEdgeKey(source, typeCol ? columnValue(typeCol, i) : undefined, target), source, target, attributes };
      if (undirected.has(i)) edge.undirected = true;
      return edge;
    },
  };
}

/** Columns -> the serialized form (throws as `compactItems`). */
export function fromCompact(c: unknown): SerializedGraph {
  const items = compactItems(c);
  const { options } = c as CompactGraph;
  const nodes: SerializedGraph['nodes'] = new Array(items.nodeCount);
  for (let i = 0; i < items.nodeCount; i++) nodes[i] = items.node(i);
  const edges: SerializedGraph['edges'] = new Array(items.edgeCount);
  for (let i = 0; i < items.edgeCount; i++) edges[i] = items.edge(i);
  return { ...(options ? { options } : {}), attributes: items.attributes ?? {}, nodes, edges };
}
