/**
 * newsgraph's TypeScript API, the package's main entry.
 *
 *   import { openNewsgraph, analyzeArticle, toGexf } from 'newsgraph';
 *
 * - `openNewsgraph({ db })`: the store and every query (the CLI and the HTTP
 *   server are thin layers over it).
 * - `readArticles(paths)`: the readers; `analyzeArticle(article)`: the
 *   per-article extraction contract.
 * - `graphFromExtractions`, `toGexf`, `toJson`, `layoutGraph`: graphs without a store.
 * - `ng.exportGraph(format, target)`: streamed exports (GEXF, GraphML, JSON, CSV).
 *
 * Sub-paths: `newsgraph/extract` (extraction only, no SQLite) and
 * `newsgraph/graph` (graphs and in-memory queries, no store): src/entry/.
 */
export * from './types.ts';
export * from './errors.ts';
export { DEFAULTS, KIND_COLORS, TYPE_COLORS } from './config.ts';
export { openNewsgraph, curationPath } from './api.ts';
export type * from './api.ts';
export { readArticles, readAll, decodeInput, type ReadFailure, type ReadResult, type ReadOptions, type InputFormat } from './ingest/index.ts';
export { extract } from './extract/index.ts';
export { analyzeArticle } from './resolve/index.ts';
export { createGraph } from './graph/create.ts';
export { graphFromExtractions, addExtraction } from './graph/from-extractions.ts';
export { toGexf } from './export/gexf.ts';
export { toJson, toSerialized } from './export/json.ts';
export { storeRecords, graphRecords, type GraphRecords, type NodeRecord, type EdgeRecord } from './export/records.ts';
export { writeExport, EXPORT_FORMATS, type ExportFormat, type ExportTarget } from './export/stream.ts';
export { graphNeighbors, graphPath, graphAdjacency } from './graph/in-memory.ts';
export { LAYOUT_MODES, LAYOUT_AUTO_MAX, type LayoutMode, type ExportOptions, type ExportSummary } from './api.ts';
export { layoutGraph } from './layout/index.ts';
export { startServer } from './server/index.ts';
