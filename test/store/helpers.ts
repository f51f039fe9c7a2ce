/**
 * Store test helpers: temp stores (on the backend of this run,
 * ./backend.ts), SQL on a store file (these tests check the SQLite
 * backend's rows), and a canonical dump of a store (graph and counts,
 * independent of row ids and ingest order) to compare stores, on either
 * backend.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openNewsgraph, type Newsgraph } from '../../src/api.ts';
import type { Article } from '../../src/types.ts';
import { fixtureAnalyze } from './fixture-analyze.ts';
import { pgRows, storeLocation } from './backend.ts';

export function tempDir(prefix = 'newsgraph-store-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function storeWith(dir: string, name: string, articles: Article[]): Promise<Newsgraph> {
  const ng = openNewsgraph({ db: storeLocation(dir, name) });
  await ng.ingest(articles, { analyze: fixtureAnalyze });
  return ng;
}

/** Rows of a query on the store's SQLite file (a read-only connection of its own). */
export function sql<T = Record<string, unknown>>(ng: Newsgraph | string, query: string, ...params: unknown[]): T[] {
  const db = new Database(typeof ng === 'string' ? ng : ng.dbPath, { readonly: true });
  try {
    return db.prepare(query).all(...params) as T[];
  } finally {
    db.close();
  }
}

/** The one value of a one-row, one-column query. */
export function sqlValue(ng: Newsgraph | string, query: string, ...params: unknown[]): unknown {
  const row = sql(ng, query, ...params)[0];
  return row === undefined ? undefined : Object.values(row)[0];
}

/** Rows of a query on a store of either backend (`?` parameters; the SQL written so that both read it alike). */
export async function rows<T = Record<string, unknown>>(ng: Newsgraph, query: string, ...params: unknown[]): Promise<T[]> {
  if (ng.store.backend !== 'postgres') return sql<T>(ng, query, ...params);
  let i = 0;
  return pgRows<T>(ng.dbPath, query.replace(/\?/g, () => `$${++i}`), params);
}

/** Everything observable about a store's contents, sorted, without row ids. */
export async function dump(ng: Newsgraph): Promise<unknown> {
  const g = await ng.graph();
  const nodes = g
    .nodes()
    .sort()
    .map((id) => [id, g.getNodeAttributes(id)]);
  const edges = g
    .edges()
    .sort()
    .map((k) => [k, g.getEdgeAttributes(k)]);
  return {
    nodes,
    edges,
    mentions: await rows(ng, 'SELECT article_id, entity_id, start, "end", text FROM mentions ORDER BY article_id, start, entity_id'),
    names: await rows(ng, 'SELECT norm, entity_id, name, rank FROM names ORDER BY norm, entity_id, name'),
    articles: await rows(ng, 'SELECT id, hash, title, published FROM articles ORDER BY id'),
    entities: await rows(ng, 'SELECT * FROM entities ORDER BY id'),
    relations: await rows(ng, 'SELECT source, type, target, weight, confidence, first_seen, last_seen, hedged FROM relations ORDER BY source, type, target'),
    pins: await rows(ng, 'SELECT entity_id, label, type FROM pins ORDER BY entity_id'),
  };
}
