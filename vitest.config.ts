/**
 * Test tiers, as vitest projects (each runs alone: `npm test -- --project unit`,
 * or `npm run test:unit`, `test:store`, `test:browser`, `test:e2e`, `test:eval`):
 *
 *   browser  test/browser/**: the view in headless Chromium (builds web/dist first)
 *   e2e      test/e2e/**, and any other test file that runs the CLI itself
 *            (bin/newsgraph.mjs) in child processes: the crash test (kills
 *            ingests), the closed-pipe test; slow, and they spawn node
 *   eval     test/eval/**: the scorers and the extraction figures' floors
 *   package  test/package/**: the package as a user gets it (npm pack, install
 *            the tarball into an empty folder, run its CLI, server, imports
 *            and types) and what the CLI loads at start; slow, spawns node
 *   store-pg the store, graph and server tests that are backend-free (PG_FILES),
 *            again on PostgreSQL (NEWSGRAPH_TEST_BACKEND=postgres, server at
 *            NEWSGRAPH_TEST_PG), and the PostgreSQL-only tests; without a
 *            server they skip with a message, except in CI, where they fail
 *   store    test/store/**, test/server/**, and any other test file that opens a
 *            store: one that imports src/api.ts, src/index.ts, src/store/,
 *            src/server/, the store or server test helpers, better-sqlite3 or
 *            examples/ (read from its imports, so a new file lands in the
 *            right tier by itself)
 *   unit     every other test file: pure code, no store, no browser; its files
 *            share one module graph per worker (isolate: false), so the
 *            language stack is imported once per worker, not once per file
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const ROOT = fileURLToPath(new URL('.', import.meta.url));

function testFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? testFiles(join(dir, e.name)) : e.name.endsWith('.test.ts') ? [join(dir, e.name)] : [],
  );
}

const OWN_TIERS = /^test\/(?:browser|e2e|eval|package|store|server)\//;
/** Imports that open a store (or the whole package, which does); a store or server folder is src's or test's (also as '../server/...'). */
const OPENS_STORE = /from\s+'(?:[^']*\/src\/(?:api|index)\.ts|[^']*\/(?:store|server)\/[^']*|better-sqlite3|[^']*\/examples\/[^']*)'/;
/** A test that runs the CLI binary in child processes (whatever else it imports): it imports node:child_process and names the binary. */
const runsCli = (src: string): boolean => /from\s+'node:child_process'/.test(src) && /bin\/newsgraph\.mjs/.test(src);

const files = testFiles('test').map((f) => relative(ROOT, join(ROOT, f)));
const source = (f: string): string => readFileSync(join(ROOT, f), 'utf8');
const e2eElsewhere = files.filter((f) => !OWN_TIERS.test(f) && runsCli(source(f)));
const storeElsewhere = files.filter((f) => !OWN_TIERS.test(f) && !e2eElsewhere.includes(f) && OPENS_STORE.test(source(f)));

/** Test files that run on both backends (test/store/backend.ts), and the PostgreSQL-only ones. */
const PG_FILES = [
  'test/store/store.test.ts',
  'test/store/curation.test.ts',
  'test/store/described.test.ts',
  'test/store/hints.test.ts',
  'test/store/cli.test.ts',
  'test/graph/query.test.ts',
  'test/graph/build.test.ts',
  'test/server/server.test.ts',
];
const PG_ONLY = ['test/store/postgres.test.ts'];
const PG_AVAILABLE = 'test/store/postgres-available.test.ts';
const PG = Boolean(process.env.NEWSGRAPH_TEST_PG);
const CI = process.env.CI === 'true' || process.env.CI === '1';

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    reporters: ['default', 'json'],
    outputFile: { json: 'test-artifacts/vitest-results.json' },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/browser/**', 'test/e2e/**', 'test/eval/**', 'test/package/**', 'test/store/**', 'test/server/**', ...storeElsewhere, ...e2eElsewhere],
          isolate: false,
        },
      },
      {
        extends: true,
        test: { name: 'store', include: ['test/store/**/*.test.ts', 'test/server/**/*.test.ts', ...storeElsewhere], exclude: [...PG_ONLY, PG_AVAILABLE] },
      },
      {
        extends: true,
        test: {
          name: 'store-pg',
          // Without a server (and outside CI) only the file that says the PostgreSQL runs are skipped.
          include: PG || CI ? [PG_AVAILABLE, ...PG_FILES, ...PG_ONLY] : [PG_AVAILABLE],
          env: { NEWSGRAPH_TEST_BACKEND: 'postgres' },
          setupFiles: ['test/store/pg-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          // Builds web/dist once when it is missing or older than its sources.
          globalSetup: ['test/browser/global-setup.ts'],
        },
      },
      {
        extends: true,
        test: { name: 'e2e', include: ['test/e2e/**/*.test.ts', ...e2eElsewhere] },
      },
      {
        extends: true,
        test: { name: 'eval', include: ['test/eval/**/*.test.ts'] },
      },
      {
        extends: true,
        test: { name: 'package', include: ['test/package/**/*.test.ts'] },
      },
    ],
  },
});
