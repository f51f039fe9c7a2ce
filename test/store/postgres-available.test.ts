/**
 * Whether the PostgreSQL runs of the store, graph and server tests happen:
 * they need a server named by NEWSGRAPH_TEST_PG. On a developer machine
 * without one they are skipped (this file says so); in CI (`CI=true`) a
 * missing server fails the run, so the PostgreSQL backend is never
 * silently untested there. `.ci/run` starts one.
 */
import { describe, expect, it } from 'vitest';
import { PG_TEST_URL, pgRows } from './backend.ts';

const CI = process.env.CI === 'true' || process.env.CI === '1';

describe('PostgreSQL for the tests', () => {
  it.runIf(CI)('is configured in CI (NEWSGRAPH_TEST_PG)', () => {
    expect(PG_TEST_URL, 'CI=true but NEWSGRAPH_TEST_PG is not set: .ci/run starts a PostgreSQL cluster and exports it').toBeTruthy();
  });
  it.runIf(Boolean(PG_TEST_URL))('answers at NEWSGRAPH_TEST_PG', async () => {
    const [r] = await pgRows<{ v: number }>(PG_TEST_URL!, 'SELECT current_setting(\'server_version_num\')::integer AS v');
    expect(r!.v).toBeGreaterThanOrEqual(120000);
  });
  it.skipIf(Boolean(PG_TEST_URL) || CI)(
    'SKIPPED: the PostgreSQL runs of the store/graph/server tests (set NEWSGRAPH_TEST_PG=postgres://user@host:port/db to run them)',
    () => {},
  );
});
