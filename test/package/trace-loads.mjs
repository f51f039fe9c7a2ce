// `node --import ./trace-loads.mjs <script> ...`: prints to stderr, at exit, one line
// `newsgraph-loaded: <json array of module URLs>` naming every ES module and
// CommonJS file the process loaded. test/package/lazy.test.ts uses it to
// check that `--help` and the queries load no extractor, lexicon or tagger.
import { register } from 'node:module';
import Module from 'node:module';

const loaded = new Set();
const { port1, port2 } = new MessageChannel();
port1.on('message', (url) => loaded.add(url));
port1.unref();
register(
  'data:text/javascript,' +
    encodeURIComponent(`
let port;
export function initialize(data) { port = data.port; }
export async function load(url, context, next) { port.postMessage(url); return next(url, context); }
`),
  { parentURL: import.meta.url, data: { port: port2 }, transferList: [port2] },
);
const origLoad = Module._load;
Module._load = function (request, parent, isMain) {
  try {
    loaded.add(Module._resolveFilename(request, parent, isMain));
  } catch {}
  return origLoad.apply(this, arguments);
};
process.on('exit', () => {
  process.stderr.write(`newsgraph-loaded: ${JSON.stringify([...loaded])}\n`);
});
