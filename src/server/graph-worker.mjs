// The graph worker thread of src/server/graph-service.ts: builds, prepares
// and serializes graphs for /api/graph and /api/nodes/:id/ego off the
// request thread. Plain JavaScript, copied as it is into dist/: there it
// loads the compiled modules beside it; in src/ (bin/newsgraph.mjs, tsx,
// vitest) it registers tsx and loads the TypeScript sources.
// It opens each store read-only, by path, once.
import { existsSync, readlinkSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';

// This thread runs at a lower scheduling priority (nice +WORKER_NICE) than the
// request thread: on a busy machine the scheduler gives the CPU to `neighbors`
// and the other quick requests first, and the layout takes what is left. Linux
// gives each thread its own nice value (its id is in /proc/thread-self); elsewhere,
// or when not allowed, the thread keeps the process's priority.
const WORKER_NICE = 10;
let priority;
try {
  const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
  if (Number.isInteger(tid) && tid > 0 && tid !== process.pid) {
    setPriority(tid, Math.min(19, getPriority(tid) + WORKER_NICE));
    priority = getPriority(tid);
  }
} catch {
  priority = undefined;
}

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
    const { json, compact, figures } = await runGraphJob(ng, job);
    // UTF-8 bytes, transferred (not copied) to the request thread.
    const bytes = new TextEncoder().encode(json);
    const compactBytes = new TextEncoder().encode(compact);
    parentPort.postMessage({ seq, result: { bytes, compactBytes, figures } }, [bytes.buffer, compactBytes.buffer]);
  } catch (err) {
    const e = err instanceof Error ? err : new Error(String(err));
    parentPort.postMessage({ seq, error: { name: e.name, message: e.message } });
  }
});
parentPort.on('close', () => {
  for (const ng of stores.values()) ng.close();
});
parentPort.postMessage({ ready: true, priority });
