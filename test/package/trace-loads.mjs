// `NEWSGRAPH_TRACE=<file> node --import ./trace-loads.mjs <script> ...` appends to
// <file>, one per line, every ES module URL and CommonJS file the process
// loads and every file it reads with fs.readFileSync (data read on first use,
// such as the lexicon's JSON files). Each line is written synchronously as it
// happens (the module hook from its own thread), so nothing is lost when the
// process exits. test/package/lazy.test.ts uses it to check that `--help` and
// the queries load no extractor, lexicon or tagger.
import fs from 'node:fs';
import Module, { register, syncBuiltinESMExports } from 'node:module';
import { fileURLToPath } from 'node:url';

const out = process.env.NEWSGRAPH_TRACE;
if (!out) throw new Error('trace-loads.mjs: set NEWSGRAPH_TRACE to the file to write');
const note = (what) => fs.appendFileSync(out, `${what}\n`);

register(
  'data:text/javascript,' +
    encodeURIComponent(`
import { appendFileSync } from 'node:fs';
let out;
export function initialize(data) { out = data.out; }
export async function load(url, context, next) { appendFileSync(out, url + '\\n'); return next(url, context); }
`),
  { parentURL: import.meta.url, data: { out } },
);

const origLoad = Module._load;
Module._load = function (request, parent, isMain) {
  try {
    note(Module._resolveFilename(request, parent, isMain));
  } catch {}
  return origLoad.apply(this, arguments);
};

const origRead = fs.readFileSync;
fs.readFileSync = function (file, ...rest) {
  if (typeof file === 'string') note(file);
  else if (file instanceof URL) note(fileURLToPath(file));
  return origRead.call(this, file, ...rest);
};
syncBuiltinESMExports();
