/**
 * Build the rendering graph that sigma sees from the data graph, the visible
 * set and the positions. Only display attributes live here (sigma reads
 * `type` as the program name, so the relation type is kept as `relType`).
 * Parallel edges between one pair get opposite curvatures. Coloured by
 * community, a node keeps its kind as a border ring.
 */
import Graph from 'graphology';
import { KIND_COLORS, SIZE_RANGE, TYPE_COLORS } from '../../src/config.ts';
import { centrality } from '../../src/graph/centrality.ts';
import { SYMMETRIC_TYPES } from '../../src/types.ts';
import type { EdgeAttrs, NewsGraph, NodeKind, RelationType } from '../../src/types.ts';
import type { Visible } from './filters.ts';
import type { Positions } from '../../src/layout/seed.ts';
import type { ColorBy, SizeBy } from './state.ts';

export interface RenderNode {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  kind: NodeKind;
  zIndex: number;
  /** The sigma node program: a disc, or a disc with a ring (the kind's colour). */
  type: 'circle' | 'bordered';
  borderColor: string;
  /** A collapsed community (community view) rather than an entity. */
  community?: number;
  /** Members of a collapsed community. */
  members?: number;
}

/** Community colours: distinct hues for the biggest, then golden-angle hues, grey for the unconnected. */
export const COMMUNITY_PALETTE = [
  '#4e79a7', '#f28e2b', '#59a14f', '#e15759', '#76b7b2', '#edc948',
  '#b07aa1', '#ff9da7', '#9c755f', '#86bcb6', '#d4a6c8', '#8cd17d',
] as const;
export const UNCONNECTED_COLOR = '#b9b9be';

const hues = new Map<number, string>();

export function communityColor(c: number | undefined): string {
  if (c === undefined || c < 0) return UNCONNECTED_COLOR;
  if (c < COMMUNITY_PALETTE.length) return COMMUNITY_PALETTE[c]!;
  let color = hues.get(c);
  if (color === undefined) hues.set(c, (color = hslHex((c * 137.508) % 360, 0.38, 0.62)));
  return color;
}

/** HSL to #rrggbb (sigma parses hex and rgb(a), not hsl). */
export function hslHex(h: number, s: number, l: number): string {
  const k = (n: number) => (n + h / 30) % 12;
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => l - a * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1)));
  return `#${[f(0), f(8), f(4)].map((v) => Math.round(v * 255).toString(16).padStart(2, '0')).join('')}`;
}

export interface RenderEdge {
  /** The sigma program: arrow, line, curvedArrow or curve. */
  type: 'arrow' | 'line' | 'curvedArrow' | 'curve';
  relType: RelationType;
  color: string;
  size: number;
  curvature: number;
  confidence: number;
  /**
   * Dense graphs: the program the edge is drawn with when its end is in focus
   * (arrows and curves come back there); `type` is then a straight line.
   */
  focusType?: RenderEdge['type'];
}

export type RenderGraph = Graph<RenderNode, RenderEdge>;

export const EDGE_CURVATURE = 0.3;

/**
 * Node sizes by a centrality on a square-root scale into SIZE_RANGE, shrunk
 * when many are shown (by sqrt(800 / shown), at most to 0.6) so that
 * thousands of nodes do not cover each other when the whole graph is in view.
 */
export function nodeSizes(graph: NewsGraph, by: SizeBy, values: Map<string, number> = centrality(graph, by), shown = graph.order): Map<string, number> {
  let max = 0;
  for (const v of values.values()) if (v > max) max = v;
  const out = new Map<string, number>();
  graph.forEachNode((n) => out.set(n, nodeSize(values.get(n) ?? 0, max, shown)));
  return out;
}

/** The size of a node of centrality `v` (the largest is `max`) among `shown` nodes (see `nodeSizes`). */
export function nodeSize(v: number, max: number, shown: number): number {
  const shrink = Math.max(0.6, Math.min(1, Math.sqrt(800 / Math.max(1, shown))));
  const span = SIZE_RANGE.max - SIZE_RANGE.min;
  return shrink * (SIZE_RANGE.min + (max > 0 ? Math.sqrt(Math.max(0, v) / max) * span : 0));
}

export interface Look {
  colorBy: ColorBy;
}

/** A node's fill and ring: by kind (no ring), or by community with the kind as the ring. */
export function nodeColors(kind: NodeKind, community: number | undefined, colorBy: ColorBy): { color: string; borderColor: string; type: RenderNode['type'] } {
  if (colorBy === 'kind') return { color: KIND_COLORS[kind], borderColor: KIND_COLORS[kind], type: 'circle' };
  return { color: communityColor(community), borderColor: KIND_COLORS[kind], type: 'bordered' };
}

export function buildRenderGraph(
  data: NewsGraph,
  visible: Visible,
  positions: Positions,
  sizes: Map<string, number>,
  look: Look = { colorBy: 'kind' },
): RenderGraph {
  const g: RenderGraph = new Graph({ type: 'directed', multi: true, allowSelfLoops: false });
  for (const n of visible.nodes) {
    const a = data.getNodeAttributes(n);
    const p = positions.get(n) ?? { x: 0, y: 0 };
    const size = sizes.get(n) ?? SIZE_RANGE.min;
    g.addNode(n, { x: p.x, y: p.y, size, label: a.label, kind: a.kind, zIndex: size, ...nodeColors(a.kind, a.community, look.colorBy) });
  }
  addEdges(g, data, visible.edges);
  return g;
}

/** An edge to draw: a data edge, or several folded into one (the community view). */
export interface EdgeItem {
  key: string;
  source: string;
  target: string;
  type: RelationType;
  weight: number;
  confidence: number;
}

/** The visible data edges, with their programs, colours and curvatures. */
export function addEdges(g: RenderGraph, data: NewsGraph, visibleEdges: Set<string>): void {
  const items: EdgeItem[] = [];
  data.forEachEdge((e, a: EdgeAttrs, s, t) => {
    if (visibleEdges.has(e)) items.push({ key: e, source: s, target: t, type: a.type, weight: a.weight, confidence: a.confidence });
  });
  addEdgeItems(g, items);
}

/** Above this many edges, edges are drawn thin and translucent (nodes and labels stay readable). */
export const MANY_EDGES = 800;

/**
 * Above this many edges, edges are drawn as straight lines without arrow
 * heads (sigma's cheapest edge program), except around the focused node. At
 * that density heads and curves cannot be told apart at the zoom that fits
 * the graph, and with software WebGL they cost most of a frame: 10k nodes /
 * 52k edges, one frame 6.3-7.1 s on the GPU thread with arrows and curves,
 * 1.2-1.6 s with lines (load average 13, SwiftShader).
 */
export const DENSE_EDGES = 5000;

/** Pair ids `a * PAIR_BASE + b` stay exact doubles for up to 2^26 nodes. */
const PAIR_BASE = 2 ** 26;

/** Add edges; parallel edges between one pair are curved apart. */
export function addEdgeItems(g: RenderGraph, items: EdgeItem[]): void {
  for (const _ of addingEdgeItems(g, items));
}

/**
 * `addEdgeItems` step by step: yields every few hundred items (grouped, then
 * added), so a caller can spread the work over tasks (main.ts, the quick
 * first screen's edges). Same edges, attributes and order.
 */
export function* addingEdgeItems(g: RenderGraph, items: EdgeItem[]): Generator<void> {
  const many = items.length > MANY_EDGES;
  const dense = items.length > DENSE_EDGES;
  // Group by unordered pair to curve the parallel ones (a pair is a number: no string per edge).
  const ids = new Map<string, number>();
  const idOf = (n: string): number => {
    let id = ids.get(n);
    if (id === undefined) ids.set(n, (id = ids.size));
    return id;
  };
  const pairs = new Map<number, EdgeItem[]>();
  let k = 0;
  for (const it of items) {
    const a = idOf(it.source);
    const b = idOf(it.target);
    const pair = a < b ? a * PAIR_BASE + b : b * PAIR_BASE + a;
    const list = pairs.get(pair);
    if (list) list.push(it);
    else pairs.set(pair, [it]);
    if (++k % 512 === 0) yield;
  }
  for (const list of pairs.values()) {
    if (list.length > 1) list.sort((x, y) => (x.key < y.key ? -1 : 1));
    for (let i = 0; i < list.length; i++) {
      const { key, source: s, target: t, type, weight, confidence } = list[i]!;
      const directed = !SYMMETRIC_TYPES.has(type);
      // Offsets -k..k around 0; the sign follows the edge's direction so that
      // opposite edges do not overlap.
      const offset = i - (list.length - 1) / 2;
      const curvature = offset === 0 ? 0 : EDGE_CURVATURE * offset * (s < t ? 1 : -1);
      const curved = curvature !== 0;
      const program: RenderEdge['type'] = curved ? (directed ? 'curvedArrow' : 'curve') : directed ? 'arrow' : 'line';
      g.addDirectedEdgeWithKey(key, s, t, {
        type: dense ? 'line' : program,
        ...(dense ? { focusType: program } : {}),
        relType: type,
        color: many ? `${TYPE_COLORS[type]}77` : TYPE_COLORS[type],
        size: many ? 0.5 + Math.min(2.5, 0.5 * Math.log2(1 + weight)) : 1 + Math.min(4, Math.log2(1 + weight)),
        curvature,
        confidence,
      });
      if (++k % 512 === 0) yield;
    }
  }
}
