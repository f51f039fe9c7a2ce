// A worker thread of ./parallel.ts: writes the edges of ranges of relation
// ids as text (./edge-job.ts) and hands the bytes back. Plain JavaScript,
// copied as it is into dist/: there it loads the compiled module beside it;
// in src/ (tsx, vitest) it registers tsx and loads the TypeScript source.
import { existsSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';

const built = existsSync(new URL('./edge-job.js', import.meta.url));
if (!built) (await import('tsx/esm/api')).register();
const { edgeJob } = await import(built ? './edge-job.js' : './edge-job.ts');

const message = (err) => String(err && err.message ? err.message : err);
let job;
try {
  job = edgeJob(workerData);
  parentPort.postMessage({ ready: true });
} catch (err) {
  parentPort.postMessage({ error: message(err) });
}

parentPort.on('message', ({ seq, lo, hi, give, endsAreEntities, checkEnds }) => {
  if (give) {
    job?.give(give);
    return;
  }
  if (checkEnds) {
    try {
      if (job) parentPort.postMessage({ ends: job.checkEnds() });
    } catch (err) {
      parentPort.postMessage({ error: message(err) });
    }
    return;
  }
  if (endsAreEntities) {
    job?.endsAreEntities();
    return;
  }
  try {
    const { bytes, count } = job.run(lo, hi);
    parentPort.postMessage({ seq, bytes, count }, bytes.byteLength ? [bytes.buffer] : []);
  } catch (err) {
    parentPort.postMessage({ error: message(err) });
  }
});
