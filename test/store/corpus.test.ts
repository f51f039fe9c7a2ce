/**
 * End to end on corpus/ with the real pipeline (analyzeArticle): the CLI
 * ingests it, a second ingest skips everything, editing one article changes
 * only that article's contributions, and the CLI and the API agree.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openNewsgraph } from '../../src/api.ts';
import { runCli } from '../server/cli-helper.ts';
import { dump, sql, sqlValue, tempDir } from './helpers.ts';

const corpus = fileURLToPath(new URL('../../corpus/', import.meta.url));
const hasCorpus = existsSync(path.join(corpus, 'seed.article.txt'));

describe.skipIf(!hasCorpus)('ingesting corpus/', () => {
  let tmp: ReturnType<typeof tempDir>;
  let dir: string;
  let db: string;
  let files: number;
  beforeAll(() => {
    tmp = tempDir('newsgraph-corpus-');
    dir = path.join(tmp.dir, 'corpus');
    cpSync(corpus, dir, { recursive: true });
    db = path.join(tmp.dir, 'c.db');
    files = readdirSync(dir).length;
  });
  afterAll(() => tmp.cleanup());

  it('adds every article, then skips every one the second time', async () => {
    const first = await runCli(['ingest', dir, '--db', db, '--json', '--quiet']);
    expect(first.code).toBe(0);
    const s1 = JSON.parse(first.stdout) as { added: number; skipped: number; changed: number; failed: unknown[] };
    expect(s1.added).toBeGreaterThan(files);
    expect([s1.skipped, s1.changed, s1.failed]).toEqual([0, 0, []]);
    const second = await runCli(['ingest', dir, '--db', db, '--json', '--quiet']);
    const s2 = JSON.parse(second.stdout) as typeof s1;
    expect([s2.added, s2.skipped, s2.changed, s2.failed]).toEqual([0, s1.added, 0, []]);
    // The human summary goes to stderr.
    const third = await runCli(['ingest', dir, '--db', db, '--quiet']);
    expect(third.stderr).toMatch(new RegExp(`^added 0, skipped ${s1.added}, changed 0, failed 0`));
  });

  it('re-extracts only the edited article', async () => {
    const otherEvidence = (id: string) =>
      sql(db, 'SELECT relation_id, article_id, start, sentence, rule, confidence FROM evidence WHERE article_id != ? ORDER BY article_id, start, relation_id', id);
    const otherMentions = (id: string) => sql(db, 'SELECT * FROM mentions WHERE article_id != ? ORDER BY article_id, start', id);
    const seedPath = path.join(dir, 'seed.article.txt');
    const seedId = sqlValue(db, 'SELECT id FROM articles WHERE path = ?', seedPath) as string;
    expect(seedId).toBeTruthy();
    const before = [otherEvidence(seedId), otherMentions(seedId)];
    writeFileSync(seedPath, readFileSync(seedPath, 'utf8') + '\nThe Syrian Democratic Forces attacked ISIS positions near Raqqa.');
    const r = await runCli(['ingest', dir, '--db', db, '--json', '--quiet']);
    const s = JSON.parse(r.stdout) as { added: number; skipped: number; changed: number; removed: number };
    // A .txt article's id is its content hash: the edited file brings a new id, and its old article is retracted.
    expect([s.added, s.changed, s.removed]).toEqual([0, 1, 0]);
    const ng = openNewsgraph({ db });
    try {
      expect(sqlValue(db, 'SELECT count(*) FROM articles WHERE id = ?', seedId)).toBe(0);
      const newId = sqlValue(db, 'SELECT id FROM articles WHERE path = ?', seedPath) as string;
      expect(newId).toBeTruthy();
      expect(newId).not.toBe(seedId);
      expect([otherEvidence(newId), otherMentions(newId)]).toEqual(before);
      expect((await ng.neighbors('raqqa')).neighbors.map((n) => n.id)).toContain('isis');
    } finally {
      await ng.close();
    }
  });

  it('extraction on worker threads (--jobs 2) stores exactly the same', async () => {
    const one = path.join(tmp.dir, 'one.db');
    const two = path.join(tmp.dir, 'two.db');
    const a = await runCli(['ingest', corpus, '--db', one, '--jobs', '1', '--json', '--quiet']);
    const b = await runCli(['ingest', corpus, '--db', two, '--jobs', '2', '--json', '--quiet']);
    expect([a.code, b.code]).toEqual([0, 0]);
    expect(JSON.parse(b.stdout).added).toBe(JSON.parse(a.stdout).added);
    const x = openNewsgraph({ db: one });
    const y = openNewsgraph({ db: two });
    try {
      expect(await dump(y)).toEqual(await dump(x));
    } finally {
      x.close();
      y.close();
    }
  });

  it('curation: `merge A B` then `neighbors B` answers from the store; the same after `rm db && ingest corpus` with the file kept', async () => {
    const cur = path.join(tmp.dir, 'cur.db');
    expect((await runCli(['ingest', corpus, '--db', cur, '--quiet'])).code).toBe(0);
    const q = async () => ({
      neighbors: (await runCli(['neighbors', 'us-led-coalition', '--depth', '2', '--json', '--db', cur])).stdout,
      node: (await runCli(['node', 'ISIS', '--json', '--db', cur])).stdout,
      search: (await runCli(['search', 'da', '--json', '--db', cur])).stdout,
      stats: JSON.parse((await runCli(['stats', '--json', '--db', cur])).stdout) as Record<string, unknown>,
    });
    const before = await q();
    for (const argv of [
      ['merge', 'Coalition', 'Combined Joint Task Force – Operation Inherent Resolve'],
      ['rename', 'ISIS', 'Islamic State (ISIS)'],
      ['reject', 'ISIS', 'attacks', 'US forces'],
    ]) {
      const r = await runCli([...argv, '--db', cur]);
      expect([r.code, r.stderr]).toEqual([0, expect.not.stringMatching(/Error/)]);
    }
    const curated = await q();
    expect(curated.neighbors).not.toBe(before.neighbors);
    expect(JSON.parse(curated.node).label).toBe('Islamic State (ISIS)');
    expect(JSON.parse(curated.node).edges.map((e: { id: string }) => e.id)).not.toContain('isis|attacks|us-forces');
    expect(JSON.parse(before.node).edges.map((e: { id: string }) => e.id)).toContain('isis|attacks|us-forces');
    rmSync(cur);
    rmSync(`${cur}-wal`, { force: true });
    rmSync(`${cur}-shm`, { force: true });
    expect((await runCli(['ingest', corpus, '--db', cur, '--quiet'])).code).toBe(0);
    const again = await q();
    const { dbBytes: _a, ...s1 } = curated.stats;
    const { dbBytes: _b, ...s2 } = again.stats;
    expect({ ...again, stats: s2 }).toEqual({ ...curated, stats: s1 });
  });

  it('the CLI and the API agree on ISIS', async () => {
    const ng = openNewsgraph({ db });
    try {
      const api = await ng.neighbors('ISIS');
      expect(api.neighbors.length).toBeGreaterThan(3);
      const cli = await runCli(['neighbors', 'ISIS', '--json', '--db', db]);
      expect(JSON.parse(cli.stdout)).toEqual(JSON.parse(JSON.stringify(api)));
      const table = await runCli(['neighbors', 'ISIS', '--db', db]);
      expect(table.stdout).toMatch(/^[^\n]+ \(isis, actor\/armed_group\): \d+ neighbours/);
      expect(table.stdout).toContain('attacks');
    } finally {
      ng.close();
    }
  });
});
