/**
 * `newsgraph/extract`: pure extraction, no store and no SQLite. Read
 * articles, run the per-article pipeline (`analyzeArticle`: extract, then
 * resolve within the article), get the extraction contract.
 *
 *   import { readAll, analyzeArticle } from 'newsgraph/extract';
 *   const { articles } = await readAll(['news/']);
 *   for (const a of articles) console.log(JSON.stringify(analyzeArticle(a)));
 */
export * from '../types.ts';
export * from '../errors.ts';
export { readArticles, readAll, decodeInput, type ReadFailure, type ReadResult, type ReadOptions, type InputFormat } from '../ingest/index.ts';
export { extract } from '../extract/index.ts';
export { analyzeArticle } from '../resolve/index.ts';
export { tuneJit } from '../util/jit.ts';
