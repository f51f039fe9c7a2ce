/**
 * The PostgreSQL backend beyond the tests both backends share (the
 * `store-pg` project, vitest.config.ts): on corpus/ with the real pipeline,
 * the CLI answers the same bytes on PostgreSQL as on SQLite; four ingest
 * processes writing one database at once over overlapping folders leave it
 * equal to one sequential ingest; `db copy` moves a store both ways; two
 * analysts curate one shared store; connection errors name host and
 * database, never the password.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openNewsgraph, type Newsgraph } from '../../src/api.ts';
import { runCli } from '../server/cli-helper.ts';
import { PG_TEST_URL, pgLocation } from './backend.ts';
import { dump, tempDir } from './helpers.ts';
import { SCHEMA_VERSION } from '../../src/store/sqlite/schema.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const corpus = path.join(ROOT, 'corpus');
const BIN = path.join(ROOT, 'bin', 'newsgraph.mjs');

/** The CLI's answers that must not depend on the backend (stats without the store's size in bytes). */
const QUERIES: string[][] = [
  ['stats', '--json'],
  ['export', '--format', 'json'],
  ['export', '--format', 'gexf'],
  ['export', '--format', 'graphml', '--since', '2015-01-01', '--types', 'attacks,allied_with', '--layout', 'none'],
  ['neighbors', 'isis', '--json'],
  ['neighbors', 'isis', '--depth', '2', '--json'],
  ['neighbors', 'raqqa'],
  ['node', 'isis', '--json'],
  ['node', 'syria'],
  ['search', 'syr', '--json'],
  ['search', 'al', '--json'],
  ['timeline', 'isis', '--json'],
  ['path', 'isis', 'raqqa', '--json'],
  ['curation', 'list', '--json'],
];

async function answers(db: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const q of QUERIES) {
    const r = await runCli([...q, '--db', db]);
    expect(r.code, `${q.join(' ')}: ${r.stderr}`).toBe(0);
    out[q.join(' ')] = r.stdout.replace(/\n\s*"dbBytes": \d+,?/, '').replace(/store +\d+ KiB/, 'store');
  }
  return out;
}

/** Run the CLI in a child process. */
function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

describe.skipIf(!PG_TEST_URL || !existsSync(path.join(corpus, 'seed.article.txt')))('PostgreSQL on corpus/', () => {
  let tmp: ReturnType<typeof tempDir>;
  let sqlite: string;
  let pg: string;
  let sqliteAnswers: Record<string, string>;
  beforeAll(async () => {
    tmp = tempDir('newsgraph-pg-');
    sqlite = path.join(tmp.dir, 'c.db');
    pg = pgLocation('corpus');
    for (const db of [sqlite, pg]) {
      const r = await runCli(['ingest', corpus, '--db', db, '--json', '--quiet']);
      expect(r.code, r.stderr).toBe(0);
    }
    sqliteAnswers = await answers(sqlite);
  });
  afterAll(() => tmp.cleanup());

  it('the CLI answers the same bytes as on SQLite', async () => {
    expect(await answers(pg)).toEqual(sqliteAnswers);
  });

  it('four ingest processes over overlapping folders at once equal one sequential ingest', async () => {
    // One article per file; folder k holds every article but every fourth one from k: each article is in three folders.
    const lines = ['re3d-centcom.jsonl', 're3d-us-state-department.jsonl'].flatMap((f) => readFileSync(path.join(corpus, f), 'utf8').split('\n').filter(Boolean));
    const folders = [0, 1, 2, 3].map((k) => {
      const dir = path.join(tmp.dir, `f${k}`);
      mkdirSync(dir);
      lines.forEach((line, i) => i % 4 !== k && writeFileSync(path.join(dir, `a${String(i).padStart(3, '0')}.jsonl`), line + '\n'));
      return dir;
    });
    const shared = pgLocation('concurrent');
    const one = pgLocation('sequential');
    const seq = await runCli(['ingest', ...folders, '--db', one, '--json', '--quiet']);
    expect(seq.code, seq.stderr).toBe(0);
    // The operator creates the store before the writers start.
    expect((await runCli(['db', 'migrate', '--db', shared])).stdout).toMatch(new RegExp(`schema version ${SCHEMA_VERSION}\\b`));
    const runs = await Promise.all(folders.map((f) => cli(['ingest', f, '--db', shared, '--json', '--quiet', '--jobs', '1'])));
    for (const r of runs) expect(r.code, r.stderr).toBe(0);
    const summaries = runs.map((r) => JSON.parse(r.stdout) as { added: number; skipped: number; changed: number; failed: unknown[] });
    // Every article was added by exactly one writer; the others skipped it (or found it written meanwhile).
    expect(summaries.reduce((n, s) => n + s.added, 0)).toBe(lines.length);
    expect(summaries.flatMap((s) => s.failed)).toEqual([]);
    const a = openNewsgraph({ db: shared, mustExist: true });
    const b = openNewsgraph({ db: one, mustExist: true });
    try {
      expect(await dump(a)).toEqual(await dump(b));
    } finally {
      await a.close();
      await b.close();
    }
    // The streamed export lists edges in the order their relations were first written (relation ids), which
    // concurrent writers interleave: the same graph, edges compared by key.
    const x = await runCli(['export', '--format', 'json', '--db', shared]);
    const y = await runCli(['export', '--format', 'json', '--db', one]);
    type Exported = { nodes: Array<{ key: string }>; edges: Array<{ key: string }> };
    const byKey = (g: Exported) => ({
      ...g,
      nodes: [...g.nodes].sort((p, q) => (p.key < q.key ? -1 : p.key > q.key ? 1 : 0)),
      edges: [...g.edges].sort((p, q) => (p.key < q.key ? -1 : p.key > q.key ? 1 : 0)),
    });
    expect(byKey(JSON.parse(x.stdout) as Exported)).toEqual(byKey(JSON.parse(y.stdout) as Exported));
  }, 600_000);

  it('db copy moves a store to SQLite and back, with its curation, answering the same', async () => {
    const curated = pgLocation('curated');
    const c1 = await runCli(['db', 'copy', '--from', pg, '--to', curated, '--json']);
    expect(c1.code, c1.stderr).toBe(0);
    expect((await runCli(['rename', 'isis', 'Daesh', '--db', curated])).code).toBe(0);
    const file = path.join(tmp.dir, 'copy.db');
    const c2 = await runCli(['db', 'copy', '--from', curated, '--to', file, '--json']);
    expect(c2.code, c2.stderr).toBe(0);
    expect(JSON.parse(c2.stdout)).toMatchObject({ articles: 46, overrides: 1 });
    // The SQLite copy keeps the curation in its file beside it, as any SQLite store.
    expect(existsSync(path.join(tmp.dir, 'copy.curation.json'))).toBe(true);
    const back = pgLocation('back');
    expect((await runCli(['db', 'copy', '--from', file, '--to', back])).code).toBe(0);
    const want = await answers(curated);
    expect(want['curation list --json']).toContain('Daesh');
    expect(await answers(file)).toEqual(want);
    expect(await answers(back)).toEqual(want);
    // Into a store that holds articles: refused.
    const again = await runCli(['db', 'copy', '--from', file, '--to', back]);
    expect([again.code, again.stderr]).toEqual([1, expect.stringMatching(/already holds 46 articles/)]);
  }, 300_000);

  it('two analysts share one curation: both overrides kept, each sees and undoes the other', async () => {
    const shared = pgLocation('analysts');
    expect((await runCli(['db', 'copy', '--from', sqlite, '--to', shared])).code).toBe(0);
    const alice: Newsgraph = openNewsgraph({ db: shared, mustExist: true });
    const bob: Newsgraph = openNewsgraph({ db: shared, mustExist: true });
    try {
      expect(alice.curationFile).toBeUndefined();
      const [ra, rb] = await Promise.all([alice.addOverride('merge', { from: 'daesh', into: 'isis' }), bob.addOverride('rename', { node: 'syria', label: 'Syrian Arab Republic' })]);
      expect([ra.changed, rb.changed]).toEqual([true, true]);
      for (const ng of [alice, bob]) {
        const c = await ng.curation();
        expect([c.merge.length, c.rename.length]).toEqual([1, 1]);
        expect((await ng.node('daesh')).id).toBe('isis');
        expect((await ng.node('syria')).label).toBe('Syrian Arab Republic');
      }
      expect((await bob.removeOverride(ra.entry.id!))?.changed).toBe(true);
      expect((await alice.curation()).merge).toEqual([]);
      expect((await alice.node('syria')).label).toBe('Syrian Arab Republic');
    } finally {
      await alice.close();
      await bob.close();
    }
  }, 300_000);
});

describe.skipIf(!PG_TEST_URL)('PostgreSQL store locations and errors', () => {
  const u = new URL(PG_TEST_URL ?? 'postgres://x@localhost/x');
  const withPassword = (db: string, host = u.host) => `postgres://${u.username || 'postgres'}:s3cret-pw@${host}/${db}`;

  const cases: Array<[string, string, RegExp]> = [
    ['a database that does not exist', withPassword('newsgraph_no_such_db'), /PostgreSQL at .*, database "newsgraph_no_such_db": the database does not exist/],
    ['a port nothing listens on', withPassword('db1', '127.0.0.1:1'), /cannot connect to PostgreSQL at 127\.0\.0\.1:1, database "db1"/],
    ['a schema that is no identifier', `${PG_TEST_URL}${PG_TEST_URL?.includes('?') ? '&' : '?'}schema=Bad-Name`, /schema must be a lower-case identifier/],
    ['a store that is not there yet', PG_TEST_URL ? pgLocation('missing') : '', /no store at postgres:\/\/.*run `newsgraph ingest` first/],
  ];
  it.each(cases)('%s: a clear error, never the password', async (_, db, message) => {
    const r = await runCli(['stats', '--db', db]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toContain('s3cret-pw');
  });

  it('the store location printed never holds the password; NEWSGRAPH_DB picks the backend', async () => {
    const db = pgLocation('env');
    const ng = openNewsgraph({ env: { NEWSGRAPH_DB: db } });
    try {
      expect(ng.store.backend).toBe('postgres');
      expect(await ng.store.schemaVersion()).toBe(SCHEMA_VERSION);
      expect(ng.store.location).toMatch(/^postgres:\/\/[^:@]+@[^/]+\/[^?]+\?schema=t_env_/);
    } finally {
      await ng.close();
    }
    const url = new URL(db);
    url.password = 's3cret-pw';
    const r = await runCli(['stats', '--db', url.toString()]);
    expect(r.stdout + r.stderr).not.toContain('s3cret-pw');
  });

  // The article id rides with BEGIN as a quoted literal (src/store/postgres/connect.ts sqlLiteral).
  it('article ids with quotes, backslashes and SQL in them are written, skipped and rewritten as any other', async () => {
    const ng = openNewsgraph({ db: pgLocation('quoted') });
    const ids = ["it's", 'back\\slash\\', "x'; DROP TABLE articles; --", "E'\\''"];
    const write = (id: string, hash: string) =>
      ng.store.writeArticle({ id, hash, title: id, text: 'ISIS attacked Raqqa.' }, { article: { id, title: id }, entities: [], relations: [], quotes: [] });
    try {
      for (const id of ids) expect(await write(id, 'h1')).toBe('added');
      for (const id of ids) expect(await write(id, 'h1')).toBe('skipped');
      for (const id of ids) expect(await write(id, 'h2')).toBe('changed');
      for (const id of ids) expect(await ng.store.articleState(id)).toEqual({ hash: 'h2' });
      expect((await ng.stats()).articles).toBe(ids.length);
      await expect(write('nul\u0000id', 'h1')).rejects.toMatchObject({ name: 'StoreError' });
    } finally {
      await ng.close();
    }
  });

  it('db migrate reports the schema version', async () => {
    const db = pgLocation('migrate');
    const ng = openNewsgraph({ db });
    await ng.ingest([{ id: 'x', title: 'x', text: 'ISIS attacked Raqqa.' }]);
    await ng.close();
    const r = await runCli(['db', 'migrate', '--db', db, '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ schemaVersion: SCHEMA_VERSION });
    expect(readdirSync(ROOT)).not.toContain('undefined');
  });
});
