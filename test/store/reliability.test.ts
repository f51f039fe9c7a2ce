/**
 * Reliability with real child processes: `kill -9` in the middle of an
 * ingest leaves a consistent store and the next run resumes; two ingests at
 * once serialize (each article written once) and never corrupt the store.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { openNewsgraph } from '../../src/api.ts';
import { fixtureAnalyze } from './fixture-analyze.ts';
import { syntheticArticles } from './synthetic.ts';
import { dump, tempDir } from './helpers.ts';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const child = path.join(repo, 'test/store/ingest-child.ts');

function startChild(db: string, count: number, delayMs: number): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', child, db, String(count), String(delayMs)], {
    cwd: repo,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Resolves with the child's stdout lines when it exits. */
function finished(p: ChildProcess): Promise<{ code: number | null; signal: string | null; lines: string[]; stderr: string }> {
  let out = '';
  let err = '';
  p.stdout!.on('data', (d) => (out += d));
  p.stderr!.on('data', (d) => (err += d));
  return new Promise((resolve) =>
    p.on('exit', (code, signal) => resolve({ code, signal, lines: out.trim().split('\n'), stderr: err })),
  );
}

/** Invariants of a consistent store: no contribution without its article, no aggregate without support. */
function checkConsistent(file: string): void {
  const db = new Database(file, { readonly: true });
  try {
    const one = (sql: string) => (db.prepare(sql).get() as { n: number | string }).n;
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(one(`SELECT count(*) AS n FROM evidence WHERE article_id NOT IN (SELECT id FROM articles)`)).toBe(0);
    expect(one(`SELECT count(*) AS n FROM mentions WHERE article_id NOT IN (SELECT id FROM articles)`)).toBe(0);
    expect(one(`SELECT count(*) AS n FROM entity_articles WHERE article_id NOT IN (SELECT id FROM articles)`)).toBe(0);
    expect(one(`SELECT count(*) AS n FROM relations r WHERE NOT EXISTS (SELECT 1 FROM evidence e WHERE e.relation_id = r.id)`)).toBe(0);
    expect(one(`SELECT count(*) AS n FROM relations r WHERE r.weight != (SELECT count(*) FROM evidence e WHERE e.relation_id = r.id)`)).toBe(0);
    expect(one(`SELECT count(*) AS n FROM entities e WHERE NOT EXISTS (SELECT 1 FROM entity_articles ea WHERE ea.entity_id = e.id)`)).toBe(0);
    expect(one(`SELECT count(*) AS n FROM entities e WHERE e.mentions != (SELECT count(*) FROM mentions m WHERE m.entity_id = e.id)`)).toBe(0);
    expect(one(`SELECT count(*) AS n FROM entities e WHERE e.degree != (SELECT count(*) FROM relations r WHERE r.source = e.id) + (SELECT count(*) FROM relations r WHERE r.target = e.id)`)).toBe(0);
    // Every stored article has its contributions (it was written whole).
    expect(one(`SELECT count(*) AS n FROM articles a WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = a.id)`)).toBe(0);
  } finally {
    db.close();
  }
}

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir('newsgraph-reliability-');
});
afterEach(() => tmp.cleanup());

const COUNT = 60;

describe('kill -9 mid-ingest', () => {
  it('leaves a consistent store, and the next run resumes where it stopped', async () => {
    const db = path.join(tmp.dir, 'crash.db');
    const p = startChild(db, COUNT, 60);
    const exit = finished(p);
    await new Promise<void>((resolve) => {
      let buf = '';
      p.stdout!.on('data', (d) => {
        buf += d;
        if (/done 12\n/.test(buf)) resolve();
      });
    });
    p.kill('SIGKILL');
    const result = await exit;
    expect(result.signal).toBe('SIGKILL');
    checkConsistent(db);
    const ng = openNewsgraph({ db });
    try {
      const stored = (await ng.stats()).articles;
      expect(stored).toBeGreaterThanOrEqual(12);
      expect(stored).toBeLessThan(COUNT);
      const resumed = await ng.ingest(syntheticArticles(COUNT), { analyze: fixtureAnalyze });
      expect([resumed.added, resumed.skipped, resumed.changed, resumed.failed.length]).toEqual([COUNT - stored, stored, 0, 0]);
      const fresh = openNewsgraph({ db: path.join(tmp.dir, 'fresh.db') });
      try {
        await fresh.ingest(syntheticArticles(COUNT), { analyze: fixtureAnalyze });
        expect(await dump(ng)).toEqual(await dump(fresh));
      } finally {
        await fresh.close();
      }
    } finally {
      ng.close();
    }
    checkConsistent(db);
  });
});

describe('two ingests at once', () => {
  it('serialize article by article: each article added once, the store equals a single ingest', async () => {
    const db = path.join(tmp.dir, 'both.db');
    const [a, b] = await Promise.all([finished(startChild(db, COUNT, 5)), finished(startChild(db, COUNT, 5))]);
    expect([a.code, b.code, a.stderr, b.stderr]).toEqual([0, 0, '', '']);
    const sa = JSON.parse(a.lines.at(-1)!) as { added: number; skipped: number; failed: unknown[] };
    const sb = JSON.parse(b.lines.at(-1)!) as { added: number; skipped: number; failed: unknown[] };
    expect(sa.added + sb.added).toBe(COUNT);
    expect(sa.added + sa.skipped).toBe(COUNT);
    expect(sb.added + sb.skipped).toBe(COUNT);
    expect([sa.failed, sb.failed]).toEqual([[], []]);
    checkConsistent(db);
    const ng = openNewsgraph({ db });
    const fresh = openNewsgraph({ db: path.join(tmp.dir, 'fresh.db') });
    try {
      await fresh.ingest(syntheticArticles(COUNT), { analyze: fixtureAnalyze });
      expect(await dump(ng)).toEqual(await dump(fresh));
    } finally {
      await ng.close();
      await fresh.close();
    }
  });
});
