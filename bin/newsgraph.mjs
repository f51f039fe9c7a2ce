#!/usr/bin/env node
// newsgraph from the TypeScript sources of a checkout, through tsx's loader:
// what the tests that spawn the CLI run, so they never meet a stale build.
// The installed package's `newsgraph` is the compiled dist/cli/bin.js
// (`npm run build`), which needs no tsx.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/bin.ts');
