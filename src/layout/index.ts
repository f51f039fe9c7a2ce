/**
 * Layout and styling of a `NewsGraph` for export, for the server's
 * /api/graph and for the view's first frame: seeded start (src/layout/seed.ts,
 * by community when the nodes carry one, else by kind), ForceAtlas2 until it
 * converges (src/layout/forceatlas.ts), unconnected nodes set aside, noverlap,
 * size by degree, colour by kind. Deterministic: the same graph and seed give
 * the same numbers.
 */
import { DEFAULTS, KIND_COLORS, SIZE_RANGE } from '../config.ts';
import { extentOf, iterationBudget, removeOverlaps, runForceAtlas2, type Fa2Result } from './forceatlas.ts';
import { GOLDEN_ANGLE, SEED_SPACING, seedPositions } from './seed.ts';
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
 * the map): they go on a sunflower of their own beside the laid-out graph.
 */
function setAsideUnconnected(graph: NewsGraph): void {
  const lone = graph.filterNodes((n) => graph.degree(n) === 0);
  if (lone.length === 0 || lone.length === graph.order) return;
  const connected = extentOfNodes(graph, (n) => graph.degree(n) > 0);
  const r = SEED_SPACING * Math.sqrt(lone.length);
  const cx = connected.maxX + r + SEED_SPACING * 4;
  const cy = (connected.minY + connected.maxY) / 2;
  lone.forEach((n, i) => {
    const d = SEED_SPACING * Math.sqrt(i + 0.5);
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
  // ForceAtlas2 on the connected nodes only; the others are set aside after.
  const lone = graph.filterNodes((n) => graph.degree(n) === 0);
  let core: NewsGraph = graph;
  if (lone.length > 0) {
    core = graph.copy() as NewsGraph;
    for (const n of lone) core.dropNode(n);
  }
  const result = runForceAtlas2(core, { maxIterations: opts.iterations ?? iterationBudget(core.order, core.size, DEFAULTS.layoutIterations) });
  if (core !== graph) core.forEachNode((n, a) => graph.mergeNodeAttributes(n, { x: a.x, y: a.y }));
  setAsideUnconnected(graph);
  if (extentOf(graph).diagonal > 0) removeOverlaps(graph);
  graph.forEachNode((id, attrs) => graph.mergeNodeAttributes(id, { x: round(attrs.x ?? 0), y: round(attrs.y ?? 0) }));
  colorByKind(graph);
  return result;
}
