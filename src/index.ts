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
export { layoutGraph } from './layout/index.ts';
export { startServer } from './server/index.ts';
