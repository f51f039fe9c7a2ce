// The graph worker thread of src/server/graph-service.ts: builds, prepares
// and serializes graphs for /api/graph and /api/nodes/:id/ego off the
// request thread. Plain JavaScript, copied as it is into dist/: there it
// loads the compiled modules beside it; in src/ (bin/newsgraph.mjs, tsx,
// vitest) it registers tsx and loads the TypeScript sources.
// It opens each store read-only, by path, once.
import { existsSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';

const built = existsSync(new URL('../api.js', import.meta.url));
if (!built) (await import('tsx/esm/api')).register();
const { openNewsgraph } = await import(built ? '../api.js' : '../api.ts');
const { runGraphJob } = await import(built ? './graph-job.js' : './graph-job.ts');

const stores = new Map();

parentPort.on('message', async ({ seq, db, job }) => {
  try {
    let ng = stores.get(db);
    if (!ng) {
      ng = openNewsgraph({ db, readonly: true, mustExist: true });
      stores.set(db, ng);
    }
    const { json, figures } = await runGraphJob(ng, job);
    // UTF-8 bytes, transferred (not copied) to the request thread.
    const bytes = new TextEncoder().encode(json);
    parentPort.postMessage({ seq, result: { bytes, figures } }, [bytes.buffer]);
  } catch (err) {
    const e = err instanceof Error ? err : new Error(String(err));
    parentPort.postMessage({ seq, error: { name: e.name, message: e.message } });
  }
});
parentPort.on('close', () => {
  for (const ng of stores.values()) ng.close();
});
parentPort.postMessage({ ready: true });
