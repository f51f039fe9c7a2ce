// A worker thread that runs the per-article pipeline (analyzeArticle) for
// ./analyze-pool.ts. Plain JavaScript, copied as it is into dist/: there it
// loads the compiled modules beside it; in src/ (bin/newsgraph.mjs, tsx,
// vitest) it registers tsx and loads the TypeScript sources.
import { existsSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';

const built = existsSync(new URL('../resolve/index.js', import.meta.url));
if (!built) (await import('tsx/esm/api')).register();
const { analyzeArticle } = await import(built ? '../resolve/index.js' : '../resolve/index.ts');

parentPort.on('message', ({ seq, article }) => {
  try {
    parentPort.postMessage({ seq, extraction: analyzeArticle(article) });
  } catch (err) {
    parentPort.postMessage({ seq, error: err instanceof Error ? err.message : String(err) });
  }
});
parentPort.postMessage({ ready: true });
