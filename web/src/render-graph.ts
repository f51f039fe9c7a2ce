/**
 * Build the rendering graph that sigma sees from the data graph, the visible
 * set and the positions. Only display attributes live here (sigma reads
 * `type` as the program name, so the relation type is kept as `relType`).
 * Parallel edges between one pair get opposite curvatures.
 */
import Graph from 'graphology';
import { KIND_COLORS, SIZE_RANGE, TYPE_COLORS } from '../../src/config.ts';
import { SYMMETRIC_TYPES } from '../../src/types.ts';
import type { EdgeAttrs, NewsGraph, NodeKind, RelationType } from '../../src/types.ts';
import type { Visible } from './filters.ts';
import type { Positions } from '../../src/layout/seed.ts';
import type { SizeBy } from './state.ts';

export interface RenderNode {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  kind: NodeKind;
  zIndex: number;
}

export interface RenderEdge {
  /** The sigma program: arrow, line, curvedArrow or curve. */
  type: 'arrow' | 'line' | 'curvedArrow' | 'curve';
  relType: RelationType;
  color: string;
  size: number;
  curvature: number;
  confidence: number;
}

export type RenderGraph = Graph<RenderNode, RenderEdge>;

export const EDGE_CURVATURE = 0.3;

/**
 * Node sizes on a square-root scale into SIZE_RANGE, shrunk for large graphs
 * (by sqrt(500 / order), at most 4×) so that thousands of nodes do not cover
 * each other when the whole graph is in view.
 */
export function nodeSizes(graph: NewsGraph, by: SizeBy): Map<string, number> {
  const shrink = Math.max(0.25, Math.min(1, Math.sqrt(500 / Math.max(1, graph.order))));
  const raw = new Map<string, number>();
  let max = 0;
  graph.forEachNode((n, a) => {
    const v = by === 'mentions' ? a.mentions : graph.degree(n);
    raw.set(n, v);
    if (v > max) max = v;
  });
  const out = new Map<string, number>();
  const span = SIZE_RANGE.max - SIZE_RANGE.min;
  for (const [n, v] of raw) {
    out.set(n, shrink * (SIZE_RANGE.min + (max > 0 ? Math.sqrt(v / max) * span : 0)));
  }
  return out;
}

export function buildRenderGraph(
  data: NewsGraph,
  visible: Visible,
  positions: Positions,
  sizes: Map<string, number>,
): RenderGraph {
  const g: RenderGraph = new Graph({ type: 'directed', multi: true, allowSelfLoops: false });
  for (const n of visible.nodes) {
    const a = data.getNodeAttributes(n);
    const p = positions.get(n) ?? { x: 0, y: 0 };
    const size = sizes.get(n) ?? SIZE_RANGE.min;
    g.addNode(n, { x: p.x, y: p.y, size, color: KIND_COLORS[a.kind], label: a.label, kind: a.kind, zIndex: size });
  }
  // Group the visible edges by unordered pair to curve the parallel ones.
  const pairs = new Map<string, Array<[string, EdgeAttrs, string, string]>>();
  data.forEachEdge((e, a, s, t) => {
    if (!visible.edges.has(e)) return;
    const pair = s < t ? `${s}\u0000${t}` : `${t}\u0000${s}`;
    const list = pairs.get(pair);
    if (list) list.push([e, a, s, t]);
    else pairs.set(pair, [[e, a, s, t]]);
  });
  for (const list of pairs.values()) {
    if (list.length > 1) list.sort((x, y) => (x[0] < y[0] ? -1 : 1));
    list.forEach(([e, a, s, t], i) => {
      const directed = !SYMMETRIC_TYPES.has(a.type);
      // Offsets -k..k around 0; the sign follows the edge's direction so that
      // opposite edges do not overlap.
      const offset = i - (list.length - 1) / 2;
      const curvature = offset === 0 ? 0 : EDGE_CURVATURE * offset * (s < t ? 1 : -1);
      const curved = curvature !== 0;
      g.addDirectedEdgeWithKey(e, s, t, {
        type: curved ? (directed ? 'curvedArrow' : 'curve') : directed ? 'arrow' : 'line',
        relType: a.type,
        color: TYPE_COLORS[a.type],
        size: 1 + Math.min(4, Math.log2(1 + a.weight)),
        curvature,
        confidence: a.confidence,
      });
    });
  }
  return g;
}
