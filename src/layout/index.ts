/**
 * Layout and styling of a `NewsGraph` for export and for the view's first
 * frame: seeded ForceAtlas2 positions, size by degree, colour by kind.
 * Deterministic: the same graph and seed give the same numbers.
 */
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { DEFAULTS, KIND_COLORS, SIZE_RANGE } from '../config.ts';
import { seedPositions } from './seed.ts';
import type { NewsGraph } from '../types.ts';

export interface LayoutOptions {
  seed?: number;
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

/** Lay out in place: x, y, size and color on every node. */
export function layoutGraph(graph: NewsGraph, opts: LayoutOptions = {}): NewsGraph {
  const seed = opts.seed ?? DEFAULTS.layoutSeed;
  const iterations = opts.iterations ?? DEFAULTS.layoutIterations;
  seedPositions(graph, seed);
  if (graph.order > 1 && graph.size > 0) {
    const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 2000 };
    forceAtlas2.assign(graph, { iterations, settings, getEdgeWeight: 'weight' });
  }
  graph.forEachNode((id, attrs) => graph.mergeNodeAttributes(id, { x: round(attrs.x ?? 0), y: round(attrs.y ?? 0) }));
  sizeByDegree(graph);
  colorByKind(graph);
  return graph;
}
