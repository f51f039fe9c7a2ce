#!/usr/bin/env node
// newsgraph command-line entry: runs the TypeScript CLI through tsx's loader,
// so `npx newsgraph ...` works right after `npm ci` with no build step.
import { register } from 'tsx/esm/api';

register();
const { main, endQuietlyOnClosedPipe } = await import('../src/cli/main.ts');
// `newsgraph extract corpus | head -1`: a closed pipe ends the command quietly, exit 0.
endQuietlyOnClosedPipe();
process.exitCode = await main(process.argv.slice(2));
