/**
 * ForceAtlas2 as newsgraph runs it, shared by the server (synchronous, in a
 * worker thread) and the view (graphology's FA2 web worker):
 *
 * - settings inferred for the size (`inferSettings`); above
 *   `BARNES_HUT_FROM` nodes Barnes-Hut and LinLog mode (attraction grows with
 *   the log of distance, so communities pull together and apart from each
 *   other; small graphs read well without it and converge sooner);
 * - run in batches from the seeded start, stopping when the mean
 *   displacement per iteration falls under `threshold` of the graph's extent
 *   (convergence) or at an iteration budget that shrinks with the graph's
 *   size; iteration counts only, never time, so the same graph and seed give
 *   the same picture;
 * - noverlap afterwards, in pixels at the zoom that fits the graph, so nodes
 *   packed tight by LinLog no longer cover each other there (noverlap removes
 *   nearly all overlaps, not always every one: it pushes one node of a pair).
 *
 * Pure code over graphology (no I/O), so web/ may import it.
 */
import forceAtlas2, { type ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
// Named, from the types package: a default import of graphology's CommonJS typings is a namespace under NodeNext (a consumer's tsc).
import type { AbstractGraph as Graph } from 'graphology-types';

export const BARNES_HUT_FROM = 2000;

export const FA2_RUN = {
  /** Iterations between convergence checks. */
  batch: 25,
  /** No convergence is declared before this many iterations (or the budget, if smaller). */
  minIterations: 50,
  /** The smallest budget, however big the graph. */
  minBudget: 15,
  /** Mean displacement per iteration, as a share of the extent, below which it has converged. */
  threshold: 0.0005,
  /** The budget: about this many node+edge visits in all, between min and max iterations. */
  work: 4_000_000,
  maxIterations: 500,
  /** The view's fitted canvas is about this many pixels across (for noverlap's sizes). */
  fitPixels: 900,
  /** noverlap is skipped when the nodes' discs would cover more than this share of the fitted square. */
  maxCover: 0.35,
} as const;

type Positioned = Graph<{ x?: number; y?: number; size?: number }>;

/** FA2 settings for a graph of this size: inferred; Barnes-Hut and LinLog when big. */
export function fa2Settings(order: number): ForceAtlas2Settings {
  const inferred = forceAtlas2.inferSettings(order);
  return {
    ...inferred,
    barnesHutOptimize: order > BARNES_HUT_FROM,
    // LinLog (communities pull together) for large graphs; small ones read well without it and converge sooner.
    linLogMode: order > BARNES_HUT_FROM,
    adjustSizes: false,
  };
}

/** How many iterations a graph of this size gets at most. */
export function iterationBudget(order: number, size: number, max: number = FA2_RUN.maxIterations): number {
  const byWork = Math.round(FA2_RUN.work / Math.max(1, order + size));
  return Math.max(Math.min(FA2_RUN.minBudget, max), Math.min(max, byWork));
}

/** Bounding box of the nodes' positions. */
export function extentOf(graph: Positioned): { minX: number; maxX: number; minY: number; maxY: number; diagonal: number } {
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  graph.forEachNode((_n, a) => {
    const x = a.x ?? 0;
    const y = a.y ?? 0;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  });
  if (minX > maxX) return { minX: 0, maxX: 0, minY: 0, maxY: 0, diagonal: 0 };
  return { minX, maxX, minY, maxY, diagonal: Math.hypot(maxX - minX, maxY - minY) };
}

export interface Fa2Result {
  iterations: number;
  converged: boolean;
  /** The last mean displacement per iteration, relative to the extent. */
  movement: number;
}

/**
 * Run ForceAtlas2 on the graph's x/y in batches until it converges or the
 * budget is spent. Edge weights are the `weight` attribute when present.
 */
export function runForceAtlas2(graph: Positioned, opts: { maxIterations?: number; threshold?: number; settings?: ForceAtlas2Settings } = {}): Fa2Result {
  const max = opts.maxIterations ?? iterationBudget(graph.order, graph.size);
  const threshold = opts.threshold ?? FA2_RUN.threshold;
  if (graph.order < 2 || graph.size === 0 || max <= 0) return { iterations: 0, converged: true, movement: 0 };
  const settings = opts.settings ?? fa2Settings(graph.order);
  const weighted = graph.someEdge((_e, a) => typeof (a as { weight?: unknown }).weight === 'number');
  const nodes = graph.nodes();
  const prev = new Float64Array(nodes.length * 2);
  let iterations = 0;
  let movement = Infinity;
  while (iterations < max) {
    nodes.forEach((n, i) => {
      prev[2 * i] = graph.getNodeAttribute(n, 'x') ?? 0;
      prev[2 * i + 1] = graph.getNodeAttribute(n, 'y') ?? 0;
    });
    const step = Math.min(FA2_RUN.batch, max - iterations);
    // (`assign` starts each batch from the positions alone: FA2 keeps no other state.)
    forceAtlas2.assign(graph, { iterations: step, settings, getEdgeWeight: weighted ? 'weight' : null });
    iterations += step;
    let moved = 0;
    nodes.forEach((n, i) => {
      const a = graph.getNodeAttributes(n);
      moved += Math.hypot((a.x ?? 0) - prev[2 * i]!, (a.y ?? 0) - prev[2 * i + 1]!);
    });
    const extent = extentOf(graph).diagonal || 1;
    movement = moved / (nodes.length * extent * step);
    if (iterations >= Math.min(FA2_RUN.minIterations, max) && movement < threshold) return { iterations, converged: true, movement };
  }
  return { iterations, converged: false, movement };
}

/**
 * Push overlapping nodes apart. `size` is in screen pixels (as sigma draws
 * it); it is converted to layout units at the zoom where the whole graph fits
 * `FA2_RUN.fitPixels`, plus a margin of `marginPx`.
 */
export function removeOverlaps(graph: Positioned, opts: { maxIterations?: number; marginPx?: number } = {}): boolean {
  if (graph.order < 2) return false;
  const extent = extentOf(graph);
  const span = Math.max(extent.maxX - extent.minX, extent.maxY - extent.minY) || 1;
  const unitsPerPixel = span / FA2_RUN.fitPixels;
  // When the nodes' discs together cover much of the fitted square, they
  // cannot all be kept apart at that zoom, and noverlap only churns (slowly:
  // big graphs pile hundreds of nodes into each of its grid cells).
  let area = 0;
  graph.forEachNode((_n, a) => {
    area += Math.PI * (a.size ?? 3) ** 2;
  });
  if (area > FA2_RUN.fitPixels ** 2 * FA2_RUN.maxCover) return false;
  // noverlap moves a node by (1 + size) per collision: work in pixels so that "1" means one pixel.
  noverlap.assign(graph as unknown as Graph, {
    maxIterations: opts.maxIterations ?? (graph.order > 20_000 ? 15 : graph.order > 5000 ? 40 : 100),
    inputReducer: (_key, a) => ({ x: a.x / unitsPerPixel, y: a.y / unitsPerPixel, size: a.size ?? 3 }),
    outputReducer: (_key, a) => ({ x: a.x * unitsPerPixel, y: a.y * unitsPerPixel }),
    settings: { margin: opts.marginPx ?? 1, ratio: 1, speed: 3, gridSize: Math.min(200, Math.max(20, Math.round(Math.sqrt(graph.order) / 2))) },
  });
  return true;
}
