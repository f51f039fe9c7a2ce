/**
 * Ingest on worker threads dispatches ahead of the writes by text size
 * (`aheadKb`, DEFAULTS.ingestAheadKb), so the workers keep busy while a
 * batch is written. How far ahead changes no row: every table, row ids
 * included, equals the one-thread ingest's, with nothing ahead, the default,
 * and everything ahead.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { openNewsgraph } from '../../src/api.ts';
import type { Article } from '../../src/types.ts';
import { tempDir } from '../store/helpers.ts';

const corpus = fileURLToPath(new URL('../../corpus/', import.meta.url));
const ARTICLES: Article[] = ['re3d-centcom.jsonl', 're3d-us-state-department.jsonl']
  .flatMap((f) => readFileSync(path.join(corpus, f), 'utf8').split('\n'))
  .filter((l) => l.trim())
  .slice(0, 24)
  .map((l, i) => {
    const o = JSON.parse(l) as { id?: string; title?: string; text: string; published?: string };
    return { id: `ahead-${i}`, title: o.title ?? `article ${i}`, text: o.text, ...(o.published ? { published: o.published } : {}) };
  });

/** Every table's rows in rowid order, `ingested_at` (a clock reading) left out. */
function tables(file: string): Record<string, unknown[]> {
  const db = new Database(file, { readonly: true });
  try {
    const out: Record<string, unknown[]> = {};
    const names = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as Array<{ name: string; sql: string }>;
    for (const { name, sql } of names) {
      if (/VIRTUAL/i.test(sql)) continue;
      const cols = (db.prepare(`PRAGMA table_info("${name}")`).all() as Array<{ name: string }>).map((c) => `"${c.name}"`).filter((c) => c !== '"ingested_at"');
      out[name] = db.prepare(`SELECT ${/WITHOUT ROWID/i.test(sql) ? '' : 'rowid, '}${cols.join(', ')} FROM "${name}"${/WITHOUT ROWID/i.test(sql) ? '' : ' ORDER BY rowid'}`).raw().all();
    }
    return out;
  } finally {
    db.close();
  }
}

let tmp: ReturnType<typeof tempDir>;
beforeAll(() => {
  tmp = tempDir('newsgraph-ahead-');
});
afterAll(() => tmp.cleanup());

async function ingestInto(name: string, opts: { jobs: number; aheadKb?: number }) {
  const db = path.join(tmp.dir, name);
  const ng = openNewsgraph({ db });
  try {
    const s = await ng.ingest(ARTICLES, { batch: 4, ...opts });
    return { counts: [s.added, s.changed, s.skipped, s.failed.length], articles: s.articles, busy: s.workerBusyMs, rows: tables(db) };
  } finally {
    ng.close();
  }
}

describe('ingest dispatched ahead on worker threads', () => {
  it('writes the same rows, ids included, however far ahead it dispatches', async () => {
    expect(ARTICLES.length).toBe(24);
    const one = await ingestInto('one.db', { jobs: 1 });
    expect(one.counts).toEqual([24, 0, 0, 0]);
    expect(one.busy).toBeUndefined();
    expect((one.rows['relations'] ?? []).length).toBeGreaterThan(10);
    for (const aheadKb of [0, undefined, 100_000]) {
      const two = await ingestInto(`two-${aheadKb ?? 'default'}.db`, { jobs: 2, ...(aheadKb !== undefined ? { aheadKb } : {}) });
      expect(two.busy).toHaveLength(2);
      for (const ms of two.busy!) expect(ms).toBeGreaterThan(0);
      expect({ ...two, busy: undefined }, `aheadKb ${aheadKb}`).toEqual({ ...one, busy: undefined });
    }
  }, 300_000);
});
