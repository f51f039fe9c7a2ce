/**
 * Layout and styling of a `NewsGraph` for export, for the server's
 * /api/graph and for the view's first frame: seeded start (src/layout/seed.ts,
 * by community when the nodes carry one, else by kind), ForceAtlas2 until it
 * converges (src/layout/forceatlas.ts), unconnected nodes set aside, noverlap,
 * size by degree, colour by kind. Deterministic: the same graph and seed give
 * the same numbers.
 */
import { DEFAULTS, KIND_COLORS, SIZE_RANGE } from '../config.ts';
import { extentOf, FA2_RUN, iterationBudget, removeOverlaps, runForceAtlas2, type Fa2Result } from './forceatlas.ts';
import { GOLDEN_ANGLE, packDiscs, SEED_SPACING, seedPositions } from './seed.ts';
import type { NewsGraph } from '../types.ts';

export interface LayoutOptions {
  seed?: number;
  /** The most ForceAtlas2 iterations (default: a budget by size, at most DEFAULTS.layoutIterations). */
  iterations?: number;
}

const round = (v: number) => Math.round(v * 1000) / 1000;

/** Node size from degree, on a square-root scale within SIZE_RANGE. */
export function sizeByDegree(graph: NewsGraph): void {
  let max = 1;
  graph.forEachNode((id) => {
    max = Math.max(max, graph.degree(id));
  });
  graph.forEachNode((id) => {
    const t = Math.sqrt(graph.degree(id) / max);
    graph.setNodeAttribute(id, 'size', round(SIZE_RANGE.min + t * (SIZE_RANGE.max - SIZE_RANGE.min)));
  });
}

export function colorByKind(graph: NewsGraph): void {
  graph.forEachNode((id, attrs) => graph.setNodeAttribute(id, 'color', KIND_COLORS[attrs.kind]));
}

/**
 * Nodes without an edge take no part in ForceAtlas2 (they would only ring
 * the map): they go on a sunflower of their own beside the laid-out graph,
 * spaced so that they do not cover each other at the zoom that fits the map.
 */
function setAsideUnconnected(graph: NewsGraph, lone: string[]): void {
  if (lone.length === 0) return;
  const connected = extentOfNodes(graph, (n) => graph.degree(n) > 0);
  const span = Math.max(connected.maxX - connected.minX, connected.maxY - connected.minY);
  // Layout units per pixel when the map fills FA2_RUN.fitPixels (or the seeding's scale when there is no map).
  const unit = span > 0 ? span / FA2_RUN.fitPixels : SEED_SPACING / 10;
  const step = unit * (SIZE_RANGE.min * 2 + 3);
  const r = step * Math.sqrt(lone.length);
  const cx = lone.length === graph.order ? 0 : connected.maxX + r + step * 4;
  const cy = lone.length === graph.order ? 0 : (connected.minY + connected.maxY) / 2;
  lone.forEach((n, i) => {
    const d = step * Math.sqrt(i + 0.5);
    graph.mergeNodeAttributes(n, { x: cx + d * Math.cos(i * GOLDEN_ANGLE), y: cy + d * Math.sin(i * GOLDEN_ANGLE) });
  });
}

function extentOfNodes(graph: NewsGraph, keep: (n: string) => boolean) {
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  graph.forEachNode((n, a) => {
    if (!keep(n)) return;
    minX = Math.min(minX, a.x ?? 0);
    maxX = Math.max(maxX, a.x ?? 0);
    minY = Math.min(minY, a.y ?? 0);
    maxY = Math.max(maxY, a.y ?? 0);
  });
  return minX > maxX ? { minX: 0, maxX: 0, minY: 0, maxY: 0 } : { minX, maxX, minY, maxY };
}

/**
 * The connected components with at least one edge (edges in either
 * direction), largest first (ties by their first node in graph order).
 */
export function components(graph: NewsGraph): string[][] {
  const seen = new Set<string>();
  const out: string[][] = [];
  graph.forEachNode((start) => {
    if (seen.has(start) || graph.degree(start) === 0) return;
    const comp = [start];
    seen.add(start);
    for (let i = 0; i < comp.length; i++) {
      graph.forEachNeighbor(comp[i]!, (m) => {
        if (!seen.has(m)) {
          seen.add(m);
          comp.push(m);
        }
      });
    }
    out.push(comp);
  });
  return out.map((c, i) => [c, i] as const).sort((a, b) => b[0].length - a[0].length || a[1] - b[1]).map(([c]) => c);
}

/** Lay out in place: x, y, size and color on every node. */
export function layoutGraph(graph: NewsGraph, opts: LayoutOptions = {}): NewsGraph {
  runLayout(graph, opts);
  return graph;
}

/** `layoutGraph`, returning how ForceAtlas2 ended. */
export function runLayout(graph: NewsGraph, opts: LayoutOptions = {}): Fa2Result {
  const seed = opts.seed ?? DEFAULTS.layoutSeed;
  seedPositions(graph, seed);
  sizeByDegree(graph);
  // Each connected component is laid out on its own (ForceAtlas2 would fling
  // the small ones far out, shrinking the map), then the components are
  // packed around the largest; nodes without edges are set aside after.
  const lone = graph.filterNodes((n) => graph.degree(n) === 0);
  const comps = components(graph);
  let result: Fa2Result = { iterations: 0, converged: true, movement: 0 };
  const laidOut: Array<{ nodes: string[]; cx: number; cy: number; r: number }> = [];
  for (const nodes of comps) {
    const sub = graph.nullCopy() as NewsGraph;
    for (const n of nodes) sub.addNode(n, { ...graph.getNodeAttributes(n) });
    for (const n of nodes) graph.forEachOutEdge(n, (e, a, _s, t) => void sub.addDirectedEdgeWithKey(e, n, t, a));
    if (sub.order > 2) {
      const r = runForceAtlas2(sub, { maxIterations: opts.iterations ?? iterationBudget(sub.order, sub.size, DEFAULTS.layoutIterations) });
      if (nodes === comps[0]) result = r;
    }
    let cx = 0, cy = 0;
    sub.forEachNode((_n, a) => {
      cx += a.x!;
      cy += a.y!;
    });
    cx /= sub.order;
    cy /= sub.order;
    let r = 0;
    sub.forEachNode((n, a) => {
      graph.mergeNodeAttributes(n, { x: a.x, y: a.y });
      r = Math.max(r, Math.hypot(a.x! - cx, a.y! - cy));
    });
    laidOut.push({ nodes, cx, cy, r });
  }
  if (laidOut.length > 0) {
    // Room around each component: a fifth of its radius, at least 1% of the largest one's.
    const unit = Math.max(laidOut[0]!.r * 0.01, SEED_SPACING * 0.1);
    const order = laidOut.map((c, i) => i).sort((a, b) => laidOut[b]!.r - laidOut[a]!.r || a - b);
    const centres = packDiscs(order.map((i) => laidOut[i]!.r * 1.2 + unit * 2));
    order.forEach((i, k) => {
      const c = laidOut[i]!;
      const to = centres[k]!;
      for (const n of c.nodes) {
        const a = graph.getNodeAttributes(n);
        graph.mergeNodeAttributes(n, { x: a.x! - c.cx + to.x, y: a.y! - c.cy + to.y });
      }
    });
    const connected = graph.filterNodes((n) => graph.degree(n) > 0);
    if (connected.length > 1) {
      const core = graph.nullCopy() as NewsGraph;
      for (const n of connected) core.addNode(n, { ...graph.getNodeAttributes(n) });
      removeOverlaps(core);
      core.forEachNode((n, a) => graph.mergeNodeAttributes(n, { x: a.x, y: a.y }));
    }
  }
  setAsideUnconnected(graph, lone);
  graph.forEachNode((id, attrs) => graph.mergeNodeAttributes(id, { x: round(attrs.x ?? 0), y: round(attrs.y ?? 0) }));
  colorByKind(graph);
  return result;
}
