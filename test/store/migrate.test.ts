/**
 * Schema migrations: a store written at schema version 1 opens at the
 * current version with the same contents (entity facets and dates derived
 * from the version-1 rows).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openNewsgraph, type Newsgraph } from '../../src/api.ts';
import { MIGRATIONS, SCHEMA_VERSION } from '../../src/store/sqlite/schema.ts';
import { ARTICLES } from './fixture-analyze.ts';
import { dump, sql, sqlValue, storeWith, tempDir } from './helpers.ts';

let tmp: ReturnType<typeof tempDir>;
let current: Newsgraph;
beforeAll(async () => {
  tmp = tempDir('newsgraph-migrate-');
  current = await storeWith(tmp.dir, 'now.db', ARTICLES);
});
afterAll(() => {
  current.close();
  tmp.cleanup();
});

/** Copy the current store's rows into a fresh database at schema version 1. */
function writeV1(file: string, fromFile: string): void {
  const from = new Database(fromFile, { readonly: true });
  const db = new Database(file);
  db.exec(MIGRATIONS[0]!);
  db.pragma('user_version = 1');
  const copy = (table: string, cols: string[]) => {
    const rows = from.prepare(`SELECT ${cols.join(', ')} FROM ${table}`).all() as Array<Record<string, unknown>>;
    const ins = db.prepare(`INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map((c) => '@' + c).join(', ')})`);
    db.transaction(() => rows.forEach((r) => ins.run(r)))();
  };
  copy('articles', ['id', 'hash', 'title', 'source', 'url', 'published', 'path', 'text', 'ingested_at']);
  copy('entities', ['id', 'label', 'kind', 'type', 'mentions', 'articles', 'first_seen', 'last_seen', 'titles', 'roles', 'degree']);
  copy('entity_articles', ['entity_id', 'article_id', 'label', 'type', 'mentions', 'titles', 'roles']);
  copy('aliases', ['entity_id', 'article_id', 'alias']);
  copy('names', ['norm', 'entity_id', 'name', 'rank']);
  copy('mentions', ['article_id', 'entity_id', 'start', 'end', 'text']);
  copy('relations', ['id', 'source', 'type', 'target', 'weight', 'confidence', 'first_seen', 'last_seen', 'hedged']);
  copy('evidence', ['id', 'relation_id', 'article_id', 'sentence', 'start', 'end', 'source_start', 'source_end', 'target_start', 'target_end', 'rule', 'confidence', 'hedged', 'negated', 'quantity', 'quote', 'published']);
  copy('quotes', ['id', 'article_id', 'speaker', 'addressee', 'text', 'start', 'end']);
  db.close();
  from.close();
}

describe('migrations', () => {
  it('a version-1 store opens at the current version with the same contents', async () => {
    const file = path.join(tmp.dir, 'v1.db');
    writeV1(file, current.dbPath);
    const old = openNewsgraph({ db: file });
    try {
      expect(sqlValue(old, 'PRAGMA user_version')).toBe(SCHEMA_VERSION);
      expect(await dump(old)).toEqual(await dump(current));
      const facets = (n: Newsgraph) => sql(n, 'SELECT * FROM entity_facets ORDER BY entity_id, facet, value');
      expect(facets(old)).toEqual(facets(current));
      // And it keeps working incrementally: removing an article matches the current store doing the same.
      await old.remove('a2');
      await current.remove('a2');
      expect(await dump(old)).toEqual(await dump(current));
    } finally {
      await old.close();
    }
  });
});
