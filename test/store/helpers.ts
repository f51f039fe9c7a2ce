/**
 * Store test helpers: temp stores, a canonical dump of a store (graph and
 * counts, independent of row ids and ingest order) to compare stores.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openNewsgraph, type Newsgraph } from '../../src/api.ts';
import type { Article } from '../../src/types.ts';
import { fixtureAnalyze } from './fixture-analyze.ts';

export function tempDir(prefix = 'newsgraph-store-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function storeWith(dir: string, name: string, articles: Article[]): Promise<Newsgraph> {
  const ng = openNewsgraph({ db: path.join(dir, name) });
  await ng.ingest(articles, { analyze: fixtureAnalyze });
  return ng;
}

/** Everything observable about a store's contents, sorted, without row ids. */
export function dump(ng: Newsgraph): unknown {
  const g = ng.graph({ curation: false });
  const nodes = g
    .nodes()
    .sort()
    .map((id) => [id, g.getNodeAttributes(id)]);
  const edges = g
    .edges()
    .sort()
    .map((k) => [k, g.getEdgeAttributes(k)]);
  const db = ng.store.db;
  const rows = (sql: string) => db.prepare(sql).all();
  return {
    nodes,
    edges,
    mentions: rows('SELECT article_id, entity_id, start, end, text FROM mentions ORDER BY article_id, start, entity_id'),
    names: rows('SELECT norm, entity_id, name, rank FROM names ORDER BY norm, entity_id, name'),
    articles: rows('SELECT id, hash, title, published FROM articles ORDER BY id'),
    entities: rows('SELECT * FROM entities ORDER BY id'),
    relations: rows('SELECT source, type, target, weight, confidence, first_seen, last_seen, hedged FROM relations ORDER BY source, type, target'),
  };
}
