/**
 * `newsgraph/graph`: graphs without a store. Build a graphology `NewsGraph`
 * from extractions, query it in memory (neighbours, paths, communities,
 * centrality), lay it out, and write it (GEXF, JSON). No SQLite, no
 * extractor: pair it with `newsgraph/extract`, or with `newsgraph`'s
 * `ng.graph()` for a store's graph.
 *
 *   import { graphFromExtractions, graphNeighbors, toGexf } from 'newsgraph/graph';
 */
export * from '../types.ts';
export * from '../errors.ts';
export { DEFAULTS, KIND_COLORS, TYPE_COLORS } from '../config.ts';
export { createGraph } from '../graph/create.ts';
export { graphFromExtractions, addExtraction } from '../graph/from-extractions.ts';
export { graphAdjacency, graphNeighbors, graphPath } from '../graph/in-memory.ts';
export { neighborhood, reachable, shortestPath, type Adjacency, type Step } from '../graph/traverse.ts';
export { detectCommunities, assignCommunities, type Communities, type CommunityOptions } from '../graph/communities.ts';
export { centrality, pageRanks, CENTRALITIES, type Centrality } from '../graph/centrality.ts';
export { sortedCopy } from '../graph/sorted.ts';
export { layoutGraph, type LayoutOptions } from '../layout/index.ts';
export { toGexf } from '../export/gexf.ts';
export { toJson, toSerialized } from '../export/json.ts';
export type { NeighborsResult, Neighbor, PathResult, EdgeSummary, NodeSummary } from '../graph/query-types.ts';
