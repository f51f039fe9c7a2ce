/**
 * The first screen of a very large graph, straight from the JSON the server
 * sent (before the data graph exists): the collapsed community view under
 * the default filters, built from the nodes' `community` and positions in one
 * pass over the items, field by field (either wire form: data.ts `graphItems`). It is the picture `buildCommunityGraph` draws for the
 * same graph and state (test/web/quick-view.test.ts compares them), so the
 * swap to the full view, once the data graph is built in slices
 * (data.ts `parseGraphInSlices`), changes nothing on screen.
 *
 * Returns undefined when the document cannot give that picture (a node
 * without community or position, or not a serialized graph): the view then
 * loads the usual way. Pure: no DOM, no sigma.
 */
import Graph from 'graphology';
import { NODE_KINDS, RELATION_TYPES, SYMMETRIC_TYPES } from '../../src/types.ts';
import type { NodeKind, RelationType } from '../../src/types.ts';
import type { GraphItems } from '../../src/graph/compact.ts';
import { communityKey, communitySize } from './community-view.ts';
import { graphItems } from './data.ts';
import { addEdgeItems, communityColor, nodeColors, nodeSize, type EdgeItem, type Look, type RenderGraph } from './render-graph.ts';

const KINDS = new Set<string>(NODE_KINDS);
const TYPES = new Set<string>(RELATION_TYPES);


export interface QuickView {
  graph: RenderGraph;
  /** Nodes and edges of the document (valid ones), for the status line. */
  nodes: number;
  edges: number;
}

/** How many labels name a community (as describeCommunities). */
const LABEL_COUNT = 3;

export function quickCommunityGraph(raw: unknown): QuickView | undefined {
  const q = quickCommunityNodes(raw);
  if (!q) return undefined;
  addEdgeItems(q.graph, q.edgeItems);
  return { graph: q.graph, nodes: q.nodes, edges: q.edges };
}

/**
 * `quickCommunityGraph` in two steps, as `quickEntityNodes`: the rendering
 * graph with its community nodes only (what the first frame draws: nodes and
 * labels, one canvas for the compositor to read back), and the folded edges
 * to add to it (`addingEdgeItems`, in tasks of their own after that frame:
 * main.ts). The nodes-only graph plus its edges is `quickCommunityGraph`'s.
 */
export function quickCommunityNodes(raw: unknown): (QuickView & { edgeItems: EdgeItem[] }) | undefined {
  let items: GraphItems;
  try {
    items = graphItems(raw);
  } catch {
    return undefined;
  }
  const n = items.nodeCount;
  const index = new Map<string, number>();
  const keys: string[] = new Array(n);
  const labels: string[] = new Array(n);
  const community = new Int32Array(n);
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  let count = 0;
  // Field by field (GraphItems): no object is built per item.
  for (let i = 0; i < n; i++) {
    const k = items.nodeKey(i);
    const key = typeof k === 'number' ? String(k) : typeof k === 'string' ? k : undefined;
    const kind = items.nodeAttr(i, 'kind');
    if (!key || typeof kind !== 'string' || !KINDS.has(kind) || index.has(key)) continue;
    const c = items.nodeAttr(i, 'community');
    if (typeof c !== 'number' || !Number.isInteger(c) || c < -1) return undefined;
    const nx = items.nodeAttr(i, 'x');
    const ny = items.nodeAttr(i, 'y');
    if (typeof nx !== 'number' || typeof ny !== 'number' || !Number.isFinite(nx) || !Number.isFinite(ny)) return undefined;
    const label = items.nodeAttr(i, 'label');
    index.set(key, count);
    keys[count] = key;
    labels[count] = typeof label === 'string' ? label : key;
    community[count] = c;
    x[count] = nx;
    y[count] = ny;
    count++;
  }
  const degree = new Int32Array(count);
  const folded = new Map<string, EdgeItem>();
  let edges = 0;
  for (let i = 0; i < items.edgeCount; i++) {
    const source = items.edgeEnd(i, 'source');
    const target = items.edgeEnd(i, 'target');
    if (typeof source !== 'string' || typeof target !== 'string') continue;
    const type = items.edgeAttr(i, 'type');
    if (typeof type !== 'string' || !TYPES.has(type)) continue;
    const s = index.get(source);
    const t = index.get(target);
    if (s === undefined || t === undefined || s === t) continue;
    edges++;
    degree[s] = degree[s]! + 1;
    degree[t] = degree[t]! + 1;
    const cs = community[s]!;
    const ct = community[t]!;
    if (cs === ct) continue;
    let rs = communityKey(cs);
    let rt = communityKey(ct);
    if (SYMMETRIC_TYPES.has(type as RelationType) && rs > rt) [rs, rt] = [rt, rs];
    const key = `fold:${rs}|${type}|${rt}`;
    const ev = items.edgeAttr(i, 'evidence');
    const evidence = Array.isArray(ev) ? ev.length : 0;
    const w = items.edgeAttr(i, 'weight');
    const weight = typeof w === 'number' && Number.isFinite(w) ? w : evidence || 1;
    const conf = items.edgeAttr(i, 'confidence');
    const confidence = typeof conf === 'number' && Number.isFinite(conf) ? conf : 0;
    const f = folded.get(key);
    if (f) {
      f.weight += weight;
      f.confidence = Math.max(f.confidence, confidence);
    } else folded.set(key, { key, source: rs, target: rt, type: type as RelationType, weight, confidence });
  }

  // Communities: shown members (a node with an edge) for the centre and the count; all members for the label.
  const sums = new Map<number, { x: number; y: number; n: number }>();
  const top = new Map<number, number[]>();
  const better = (i: number, j: number) => degree[i]! > degree[j]! || (degree[i] === degree[j] && keys[i]! < keys[j]!);
  for (let i = 0; i < count; i++) {
    const c = community[i]!;
    let best = top.get(c);
    if (!best) top.set(c, (best = []));
    if (best.length < LABEL_COUNT || better(i, best[best.length - 1]!)) {
      let k = best.length;
      while (k > 0 && better(i, best[k - 1]!)) k--;
      best.splice(k, 0, i);
      if (best.length > LABEL_COUNT) best.pop();
    }
    if (degree[i] === 0) continue;
    const s = sums.get(c);
    if (s) {
      s.x += x[i]!;
      s.y += y[i]!;
      s.n++;
    } else sums.set(c, { x: x[i]!, y: y[i]!, n: 1 });
  }
  const g: RenderGraph = new Graph({ type: 'directed', multi: true, allowSelfLoops: false });
  let largest = 1;
  for (const s of sums.values()) largest = Math.max(largest, s.n);
  for (const [c, s] of sums) {
    const size = communitySize(s.n, largest);
    const name = (top.get(c) ?? []).map((i) => labels[i]).join(' · ');
    const label = c < 0 ? `unconnected (${s.n})` : `${name}${s.n > 1 ? ` (${s.n})` : ''}`;
    const color = communityColor(c);
    g.addNode(communityKey(c), { x: s.x / s.n, y: s.y / s.n, size, label, kind: 'actor', zIndex: size, type: 'circle', color, borderColor: color, community: c, members: s.n });
  }
  return { graph: g, nodes: count, edges, edgeItems: [...folded.values()] };
}

/**
 * The first screen of a large graph shown entity by entity (the overview,
 * not collapsed), straight from the JSON as `quickCommunityGraph`: what
 * `buildRenderGraph` draws for the same document under the default state
 * (isolated nodes hidden, sized by degree, stored positions), so the data
 * graph, the search index and the filters can be built after the first frame
 * without changing it (test/web/quick-view.test.ts compares them).
 *
 * Undefined when the document cannot give that picture exactly: a node
 * without a stored position (the layout must run first), or any item the
 * importer would skip or reject (then the usual load says why).
 */
export function quickEntityGraph(raw: unknown, look: Look): QuickView | undefined {
  const q = quickEntityNodes(raw, look);
  if (!q) return undefined;
  addEdgeItems(q.graph, q.edgeItems);
  return { graph: q.graph, nodes: q.nodes, edges: q.edges };
}

/**
 * `quickEntityGraph` in two steps: the rendering graph with its nodes only
 * (what the first frame draws: nodes and labels), and the edges to add to it
 * (`addingEdgeItems`, in tasks of their own after that frame: main.ts). The
 * edges are checked here (ends, types, weights, no key twice), so adding them
 * cannot fail; the nodes-only graph plus its edges is `quickEntityGraph`'s.
 */
export function quickEntityNodes(raw: unknown, look: Look): (QuickView & { edgeItems: EdgeItem[] }) | undefined {
  let items: GraphItems;
  try {
    items = graphItems(raw);
  } catch {
    return undefined;
  }
  const n = items.nodeCount;
  const index = new Map<string, number>();
  const keys: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const k = items.nodeKey(i);
    const key = typeof k === 'number' ? String(k) : typeof k === 'string' && k !== '' ? k : undefined;
    const kind = items.nodeAttr(i, 'kind');
    const x = items.nodeAttr(i, 'x');
    const y = items.nodeAttr(i, 'y');
    if (!key || typeof kind !== 'string' || !KINDS.has(kind) || index.has(key)) return undefined;
    if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y)) return undefined;
    index.set(key, i);
    keys[i] = key;
  }
  const degree = new Int32Array(n);
  const edges: EdgeItem[] = new Array(items.edgeCount);
  const edgeKeys = new Set<string>();
  // Field by field (GraphItems): no object is built per edge but its EdgeItem.
  for (let i = 0; i < items.edgeCount; i++) {
    const source = items.edgeEnd(i, 'source');
    const target = items.edgeEnd(i, 'target');
    const type = items.edgeAttr(i, 'type');
    if (typeof source !== 'string' || typeof target !== 'string' || typeof type !== 'string' || !TYPES.has(type)) return undefined;
    const s = index.get(source);
    const t = index.get(target);
    if (s === undefined || t === undefined || s === t) return undefined;
    const k = items.edgeKey(i);
    const key = typeof k === 'string' ? k : `${source}|${type}|${target}`;
    // A key twice: the importer refuses the second.
    if (edgeKeys.has(key)) return undefined;
    edgeKeys.add(key);
    // Without a weight the importer counts the evidence it accepts: leave that to it.
    const weight = items.edgeAttr(i, 'weight');
    if (typeof weight !== 'number' || !Number.isFinite(weight)) return undefined;
    degree[s] = degree[s]! + 1;
    degree[t] = degree[t]! + 1;
    edges[i] = { key, source, target, type: type as RelationType, weight, confidence: finite(items.edgeAttr(i, 'confidence'), 0) };
  }
  let max = 0;
  let shown = 0;
  for (let i = 0; i < n; i++) {
    if (degree[i]! > max) max = degree[i]!;
    if (degree[i]! > 0) shown++;
  }
  const g: RenderGraph = new Graph({ type: 'directed', multi: true, allowSelfLoops: false });
  for (let i = 0; i < n; i++) {
    if (degree[i] === 0) continue;
    const kind = items.nodeAttr(i, 'kind') as NodeKind;
    const label = items.nodeAttr(i, 'label');
    const c = items.nodeAttr(i, 'community');
    const community = typeof c === 'number' && Number.isInteger(c) && c >= -1 ? c : undefined;
    const size = nodeSize(degree[i]!, max, shown);
    g.addNode(keys[i]!, {
      x: items.nodeAttr(i, 'x') as number,
      y: items.nodeAttr(i, 'y') as number,
      size,
      label: typeof label === 'string' ? label : keys[i]!,
      kind,
      zIndex: size,
      ...nodeColors(kind, community, look.colorBy),
    });
  }
  return { graph: g, nodes: n, edges: items.edgeCount, edgeItems: edges };
}

const finite = (v: unknown, def: number): number => (typeof v === 'number' && Number.isFinite(v) ? v : def);
