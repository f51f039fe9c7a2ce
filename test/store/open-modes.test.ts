/**
 * How a SQLite connection is opened for its use: the default (queries) maps
 * the file; `scan` (an export's worker) and `bulkWrites` (`newsgraph ingest`)
 * map nothing, so pages they pass do not stay resident in the process; and a
 * store written through a bulk connection holds exactly what a default one does.
 */
import { afterAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { openNewsgraph } from '../../src/api.ts';
import { DEFAULTS } from '../../src/config.ts';
import { openDatabase } from '../../src/store/sqlite/open.ts';
import type { OpenStoreOptions } from '../../src/store/interface.ts';
import { ARTICLES, fixtureAnalyze } from './fixture-analyze.ts';
import { dump, tempDir } from './helpers.ts';

const tmp = tempDir('newsgraph-open-modes-');
afterAll(() => tmp.cleanup());

/** mapped: whether the connection maps the file (SQLite caps the size asked for at its compile-time maximum). */
const MODES: Array<[string, OpenStoreOptions, { mapped: boolean; cacheKiB: number }]> = [
  ['default (queries)', {}, { mapped: true, cacheKiB: 65536 }],
  ['scan (an export worker)', { scan: true }, { mapped: false, cacheKiB: 8192 }],
  ['bulkWrites (ingest)', { bulkWrites: true }, { mapped: false, cacheKiB: DEFAULTS.bulkWriteCacheMb * 1024 }],
];

describe('SQLite connection modes', () => {
  it.each(MODES)('%s', (_name, opts, want) => {
    const db = openDatabase(path.join(tmp.dir, 'modes.db'), opts);
    try {
      expect((db.pragma('mmap_size', { simple: true }) as number) > 0).toBe(want.mapped);
      expect(db.pragma('cache_size', { simple: true })).toBe(-want.cacheKiB);
    } finally {
      db.close();
    }
  });

  it('a store written through a bulk connection equals one written through a default one', async () => {
    const a = openNewsgraph({ db: path.join(tmp.dir, 'default.db') });
    const b = openNewsgraph({ db: path.join(tmp.dir, 'bulk.db'), bulkWrites: true });
    try {
      await a.ingest(ARTICLES, { analyze: fixtureAnalyze });
      await b.ingest(ARTICLES, { analyze: fixtureAnalyze });
      expect(await dump(b)).toEqual(await dump(a));
      expect((await b.stats()).relations).toBeGreaterThan(0);
    } finally {
      await a.close();
      await b.close();
    }
  });
});
