#!/usr/bin/env node
/**
 * The `newsgraph` executable: package.json's `bin` is the compiled
 * dist/cli/bin.js. In a checkout, bin/newsgraph.mjs runs this same file from
 * the TypeScript sources through tsx. It loads only the dispatcher: each
 * command imports what it needs when it runs (`--help` loads no store, no
 * extractor, no lexicon).
 */
import { endQuietlyOnClosedPipe, main } from './main.ts';

// `newsgraph extract corpus | head -1`: a closed pipe ends the command quietly, exit 0.
endQuietlyOnClosedPipe();
process.exitCode = await main(process.argv.slice(2));
