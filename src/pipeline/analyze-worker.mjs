// A worker thread that runs the per-article pipeline (analyzeArticle) for
// ./analyze-pool.ts. Plain JavaScript, copied as it is into dist/: there it
// loads the compiled modules beside it; in src/ (bin/newsgraph.mjs, tsx,
// vitest) it registers tsx and loads the TypeScript sources.
import { existsSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';

const built = existsSync(new URL('../resolve/index.js', import.meta.url));
if (!built) (await import('tsx/esm/api')).register();
// The tagger's weights in memory the pool shares between its workers (read before any model is loaded here).
const { useSharedImages } = await import(built ? '../extract/tagger/image.js' : '../extract/tagger/image.ts');
if (workerData?.images) useSharedImages(workerData.images);
const { analyzeArticle } = await import(built ? '../resolve/index.js' : '../resolve/index.ts');
const { encodeExtraction } = await import(built ? '../store/extraction-codec.js' : '../store/extraction-codec.ts');

// `ms`: the wall time this article kept the worker busy (analysis and the reply's serialisation).
// `encode`: reply with the store's compact encoding of the extraction (one string: far cheaper to
// copy between threads than the object graph, and what the store keeps) and the article's meta.
parentPort.on('message', ({ seq, article, encode }) => {
  const t0 = performance.now();
  try {
    const extraction = analyzeArticle(article);
    if (encode) parentPort.postMessage({ seq, raw: encodeExtraction(extraction, article.text), meta: extraction.article, ms: performance.now() - t0 });
    else parentPort.postMessage({ seq, extraction, ms: performance.now() - t0 });
  } catch (err) {
    parentPort.postMessage({ seq, error: err instanceof Error ? err.message : String(err), ms: performance.now() - t0 });
  }
});
parentPort.postMessage({ ready: true });
