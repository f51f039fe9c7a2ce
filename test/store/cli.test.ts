/**
 * The store commands through the CLI: ingest (failures named, exit 1),
 * remove, stats, the readable tables, and the progress line. On both
 * backends (test/store/backend.ts): the stores are files or PostgreSQL schemas.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { runCli } from '../server/cli-helper.ts';
import { createProgressBar, formatProgress, formatSummary } from '../../src/pipeline/progress.ts';
import type { IngestProgress } from '../../src/pipeline/types.ts';
import { ARTICLES } from './fixture-analyze.ts';
import { parsePgUrl } from '../../src/store/postgres/connect.ts';
import { ON_PG, PG_TEST_URL, pgRows, storeLocation } from './backend.ts';
import { storeWith, tempDir } from './helpers.ts';

let tmp: ReturnType<typeof tempDir>;
let db: string;
beforeAll(async () => {
  tmp = tempDir('newsgraph-cli-');
  const ng = await storeWith(tmp.dir, 'cli.db', ARTICLES.map((a) => ({ ...a, path: `/corpus/${a.id}.txt` })));
  db = ng.dbPath;
  ng.close();
});
afterAll(() => tmp.cleanup());

describe('store commands', () => {
  // Only `ingest` creates a store: a typo in --db is said, never served as an empty store.
  const readers: string[][] = [
    ['stats'],
    ['serve', '--port', '0'],
    ['neighbors', 'isis'],
    ['node', 'isis'],
    ['search', 'isis'],
    ['path', 'isis', 'sdf'],
    ['timeline', 'isis'],
    ['export', '--format', 'json'],
    ['remove', 'a1'],
  ];
  it.each(readers)('%s on a missing store fails with StoreError naming it and creates nothing', async (...argv) => {
    const missing = storeLocation(tmp.dir, 'typo.db');
    const r = await runCli([...argv, '--db', missing]);
    expect([r.code, r.stdout]).toEqual([1, '']);
    const shown = ON_PG ? parsePgUrl(missing).shown : missing;
    expect(r.stderr).toBe(`StoreError: no store at ${shown}: run \`newsgraph ingest\` first (or pass --db)\n`);
    if (!ON_PG) expect(existsSync(missing)).toBe(false);
    else {
      const schema = new URL(missing).searchParams.get('schema');
      expect(await pgRows(PG_TEST_URL!, 'SELECT count(*)::integer AS n FROM pg_tables WHERE schemaname = $1', [schema])).toEqual([{ n: 0 }]);
    }
  });

  it('ingest names each input that failed and exits 1, keeping the rest', async () => {
    const dir = path.join(tmp.dir, 'in');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'a.jsonl'), '{"id":"x1","title":"T","text":"ISIS attacked Mosul."}\n{broken\n');
    writeFileSync(path.join(tmp.dir, 'b.pdf'), 'binary');
    const target = storeLocation(tmp.dir, 'in.db');
    const r = await runCli(['ingest', dir, path.join(tmp.dir, 'b.pdf'), path.join(tmp.dir, 'missing.txt'), '--db', target, '--quiet']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^added 1, skipped 0, changed 0, failed 3/);
    expect(r.stderr).toContain(`failed: ${path.join(dir, 'a.jsonl')}:2: invalid JSON`);
    expect(r.stderr).toContain(`failed: ${path.join(tmp.dir, 'b.pdf')}: unsupported file type ".pdf"`);
    expect(r.stderr).toContain(`failed: ${path.join(tmp.dir, 'missing.txt')}: no such file or directory`);
  });

  it('ingest without paths is a usage error', async () => {
    const r = await runCli(['ingest', '--db', db]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^UsageError: ingest: give at least one path/);
  });

  it('stats prints counts and the top nodes', async () => {
    const r = await runCli(['stats', '--db', db]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^articles {3}4 {2}\(2024-06-01 \.\. 2024-08-20\)\nentities {3}12 {2}actor 5, camp 1, force 1, place 5\n/);
    expect(r.stdout).toMatch(/\nisis +Islamic State +actor +4 +4\n/);
  });

  it('search, node, path and timeline print readable text', async () => {
    expect((await runCli(['search', 'syr', '--db', db])).stdout).toMatch(/^id +label +kind +matched +mentions +degree\n[- ]+\nsyria +Syria +place +Syria +4 +4\nsdf +Syrian Democratic Forces +force +Syrian Democratic Forces +4 +4\n$/);
    expect((await runCli(['node', 'sdf', '--db', db])).stdout).toMatch(/^Syrian Democratic Forces {2}\(sdf\)\nkind force, type force; 4 mentions in 2 articles; degree 4\n/);
    expect((await runCli(['path', 'Rohilat Afrin', 'iraq', '--db', db])).stdout).toMatch(/^3 hops: Rohilat Afrin -> Syrian Democratic Forces -> Islamic State -> Iraq\n/);
    expect((await runCli(['timeline', 'isis', '--db', db])).stdout).toMatch(/^Islamic State \(isis\): 4 dated, 0 undated\n2024-06-01 {2}isis -attacks-> syria {2}\[a1\] ISIS attacks Syria\.\n/);
    expect((await runCli(['search', 'zzz', '--db', db])).stdout).toBe('no match for "zzz"\n');
  });

  it('remove retracts by path and by id; an unknown article is NotFoundError', async () => {
    const r = await runCli(['remove', '/corpus/a4.txt', 'a3', '--db', db]);
    expect([r.code, r.stdout]).toEqual([0, 'removed a4 (/corpus/a4.txt)\nremoved a3 (/corpus/a3.txt)\n']);
    const again = await runCli(['remove', 'a3', '--db', db]);
    expect([again.code, again.stderr]).toEqual([1, 'NotFoundError: not found: article a3\n']);
    const stats = JSON.parse((await runCli(['stats', '--json', '--db', db])).stdout) as { articles: number };
    expect(stats.articles).toBe(2);
  });
});

describe('progress', () => {
  const p = (done: number, total: number | undefined, elapsedMs: number): IngestProgress => ({
    done,
    ...(total !== undefined ? { total } : {}),
    added: done,
    skipped: 0,
    changed: 0,
    failed: 0,
    elapsedMs,
  });
  const cases: Array<[IngestProgress, string]> = [
    [p(50, 200, 10_000), '[######------------------] 50/200 5.0 articles/s ETA 00:30'],
    [p(200, 200, 4_000), '[########################] 200/200 50 articles/s ETA 00:00'],
    [p(0, 10, 0), '[------------------------] 0/10 0.0 articles/s ETA --:--'],
    [p(7200, 10_000, 3_600_000), '[#################-------] 7200/10000 2.0 articles/s ETA 23:20'],
    [p(30, undefined, 3_000), '30 articles 10 articles/s elapsed 00:03'],
  ];
  it.each(cases)('%j -> %s', (input, expected) => {
    expect(formatProgress(input)).toBe(expected);
  });

  it('redraws in place on a terminal and ends the line', () => {
    const out = new PassThrough() as PassThrough & { isTTY: boolean; columns: number };
    out.isTTY = true;
    out.columns = 100;
    let text = '';
    out.on('data', (d) => (text += d));
    const bar = createProgressBar(out);
    bar.update(p(2, 2, 1000));
    bar.done();
    expect(text).toBe('\r[########################] 2/2 2.0 articles/s ETA 00:00  \n');
  });

  it('the summary lists failures with their reasons', () => {
    expect(formatSummary({ added: 2, skipped: 1, changed: 0, removed: 0, failed: [{ path: 'x.md', reason: 'bad front matter' }], articles: [], elapsedMs: 1500 })).toBe(
      'added 2, skipped 1, changed 0, failed 1 (1.5 s)\n  failed: x.md: bad front matter\n',
    );
  });
});
