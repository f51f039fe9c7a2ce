/**
 * Which store backend the store, graph and server tests run on. The same
 * test files run twice: in the `store` project on SQLite, and in the
 * `store-pg` project (vitest.config.ts) with NEWSGRAPH_TEST_BACKEND=postgres
 * on the PostgreSQL server named by NEWSGRAPH_TEST_PG
 * (`postgres://user@host:port/db`), each store in a schema of its own,
 * dropped when the test run ends. `.ci/run` starts a throwaway server and
 * sets the URL; on a developer machine without it the PostgreSQL runs skip
 * (test/store/postgres-available.test.ts says so), in CI they fail.
 */
import path from 'node:path';
import { randomBytes } from 'node:crypto';

/** The PostgreSQL server the tests may use (none: PostgreSQL tests skip, or fail in CI). */
export const PG_TEST_URL = process.env.NEWSGRAPH_TEST_PG || undefined;
/** This run's backend. */
export const BACKEND: 'sqlite' | 'postgres' = process.env.NEWSGRAPH_TEST_BACKEND === 'postgres' ? 'postgres' : 'sqlite';
export const ON_PG = BACKEND === 'postgres';

const schemas: string[] = [];

/** A store URL in a fresh schema of the test server (`label` ends up in the schema name, for debugging). */
export function pgLocation(label = 's'): string {
  if (!PG_TEST_URL) throw new Error('NEWSGRAPH_TEST_PG is not set: no PostgreSQL server for the tests');
  const schema = `t_${label.toLowerCase().replace(/[^a-z0-9]+/g, '_').slice(0, 20)}_${process.pid}_${randomBytes(4).toString('hex')}`;
  schemas.push(schema);
  const u = new URL(PG_TEST_URL);
  u.searchParams.set('schema', schema);
  return u.toString();
}

/** Where a test store named `name` goes: a file in `dir` on SQLite, a fresh schema on PostgreSQL. */
export function storeLocation(dir: string, name: string): string {
  return ON_PG ? pgLocation(name) : path.join(dir, name);
}

/** Rows of a query on a PostgreSQL store (its schema first on the search path). */
export async function pgRows<T = Record<string, unknown>>(location: string, query: string, params: unknown[] = []): Promise<T[]> {
  const pg = (await import('pg')).default;
  const u = new URL(location);
  const schema = u.searchParams.get('schema') ?? 'public';
  u.searchParams.delete('schema');
  const client = new pg.Client({ connectionString: u.toString(), options: `-c search_path=${schema}` });
  client.setTypeParser(20, (v: string) => Number(v));
  await client.connect();
  try {
    return (await client.query(query, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** Drop every schema this process created (afterAll of a file, or a global teardown). */
export async function dropTestSchemas(): Promise<void> {
  if (!PG_TEST_URL || !schemas.length) return;
  const list = schemas.splice(0);
  await pgRows(PG_TEST_URL, list.map((s) => `DROP SCHEMA IF EXISTS ${s} CASCADE`).join(';')).catch(() => {});
}
