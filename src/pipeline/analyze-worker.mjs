// A worker thread that runs the per-article pipeline (analyzeArticle) for
// ./analyze-pool.ts. Plain JavaScript: it registers tsx itself, so it loads
// the TypeScript sources however the parent was started (bin, tsx, vitest).
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { analyzeArticle } = await import('../resolve/index.ts');

parentPort.on('message', ({ seq, article }) => {
  try {
    parentPort.postMessage({ seq, extraction: analyzeArticle(article) });
  } catch (err) {
    parentPort.postMessage({ seq, error: err instanceof Error ? err.message : String(err) });
  }
});
parentPort.postMessage({ ready: true });
