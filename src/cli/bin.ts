#!/usr/bin/env node
/**
 * The `newsgraph` executable: package.json's `bin` is the compiled
 * dist/cli/bin.js. In a checkout, bin/newsgraph.mjs runs this same file from
 * the TypeScript sources through tsx. It loads only the dispatcher: each
 * command imports what it needs when it runs (`--help` loads no store, no
 * extractor, no lexicon).
 *
 * Every other command first tunes V8's JIT for bulk extraction (../util/jit.ts),
 * and `ingest` its heap (`tuneIngestHeap`).
 *
 * `newsgraph --help` alone loads nothing at all: the build writes the text of
 * `topHelp()` (./main.ts) to help.txt beside the compiled bin, and it is
 * printed from there (about 30 modules fewer to load). From the sources there
 * is no help.txt and the dispatcher answers.
 */
import { readFileSync } from 'node:fs';

const argv = process.argv.slice(2);
const help = argv.length === 1 && (argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') ? builtHelp() : undefined;
if (help !== undefined) {
  process.stdout.write(help);
} else {
  // Before any command's code is compiled; extraction worker threads started later share it.
  const jit = await import('../util/jit.ts');
  jit.tuneJit();
  // `ingest` (its first pass reads every article before the workers start): the heap tuned for it.
  if (argv[0] === 'ingest') jit.tuneIngestHeap();
  const { endQuietlyOnClosedPipe, main } = await import('./main.ts');
  // `newsgraph extract corpus | head -1`: a closed pipe ends the command quietly, exit 0.
  endQuietlyOnClosedPipe();
  process.exitCode = await main(argv);
}

function builtHelp(): string | undefined {
  try {
    return readFileSync(new URL('./help.txt', import.meta.url), 'utf8');
  } catch {
    return undefined;
  }
}
