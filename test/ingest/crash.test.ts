/**
 * Crash safety, end to end: `newsgraph ingest` (the real CLI, in child
 * processes) is killed with SIGKILL at 20 random points of one ingest; after
 * each kill the store passes `PRAGMA integrity_check` and has lost no
 * committed article; the ingest that finally runs to the end leaves a store
 * whose export and stats equal those of a clean, uninterrupted ingest.
 *
 * Driven through bin/newsgraph.mjs only (plus SQLite's own integrity check
 * and article count), so it holds whatever the store and pipeline modules
 * look like inside. Input: the bundled corpus (45 articles, given distinct
 * ids; no shared data needed). The random points are printed on failure;
 * NEWSGRAPH_CRASH_SEED replays a run.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { prng } from '../../src/layout/seed.ts';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const bin = path.join(repo, 'bin/newsgraph.mjs');
const ROUNDS = 20;

let dir: string;
let input: string;
let total = 0;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-crash-'));
  input = path.join(dir, 'articles.jsonl');
  const lines: string[] = [];
  for (const f of readdirSync(path.join(repo, 'corpus')).filter((f) => f.endsWith('.jsonl')).sort()) {
    for (const line of readFileSync(path.join(repo, 'corpus', f), 'utf8').split('\n').filter((l) => l.trim())) {
      const o = JSON.parse(line) as { id?: string; text: string };
      lines.push(JSON.stringify({ ...o, id: `${o.id ?? f}-${lines.length}` }));
    }
  }
  writeFileSync(input, `${lines.join('\n')}\n`);
  total = lines.length;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: repo, encoding: 'utf8', timeout: 300_000, maxBuffer: 256 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Articles committed in the store, or undefined while it has no table yet. */
function storedArticles(db: string): number | undefined {
  try {
    const conn = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (conn.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    } finally {
      conn.close();
    }
  } catch {
    return undefined;
  }
}

function integrity(db: string): string {
  const conn = new Database(db, { fileMustExist: true });
  try {
    return String(conn.pragma('integrity_check', { simple: true }));
  } finally {
    conn.close();
  }
}

/**
 * Start an ingest and SIGKILL it once the store holds `target` articles, plus
 * `jitterMs` (so the kill lands anywhere in the next article's analysis or
 * transaction). Resolves with how the child ended.
 */
function ingestAndKill(db: string, target: number, jitterMs: number, jobs: number): Promise<{ killed: boolean; code: number | null }> {
  const child = spawn(process.execPath, [bin, 'ingest', input, '--db', db, '--quiet', '--jobs', String(jobs)], { cwd: repo, stdio: 'ignore' });
  return new Promise((resolve) => {
    let killed = false;
    const poll = setInterval(() => {
      const n = storedArticles(db);
      if (n !== undefined && n >= target && !killed) {
        killed = true;
        clearInterval(poll);
        setTimeout(() => child.kill('SIGKILL'), jitterMs);
      }
    }, 15);
    child.on('exit', (code, signal) => {
      clearInterval(poll);
      resolve({ killed: signal === 'SIGKILL', code });
    });
  });
}

/** Stats without the file size (a store written in several runs is laid out differently on disk). */
const stats = (db: string) => {
  const r = cli(['stats', '--json', '--db', db]);
  expect(r.status).toBe(0);
  const { dbBytes: _size, ...rest } = JSON.parse(r.stdout) as Record<string, unknown>;
  return rest;
};

describe('ingest killed at 20 random points', () => {
  it('keeps an intact store after every kill, and the resumed ingest equals a clean one', async () => {
    const seed = Number(process.env.NEWSGRAPH_CRASH_SEED ?? Date.now() % 1_000_000);
    const rand = prng(seed); // seeded, so a failing run can be replayed
    // 20 distinct points in the sequence of commits, in order, and a jitter for each
    const targets = new Set<number>();
    while (targets.size < ROUNDS) targets.add(1 + Math.floor(rand() * (total - 3)));
    const points = [...targets].sort((a, b) => a - b).map((target, i) => ({ target, jitterMs: Math.floor(rand() * 60), jobs: i % 4 === 3 ? 2 : 1 }));
    const where = `seed ${seed}, points ${JSON.stringify(points)}`;

    const db = path.join(dir, 'crash.db');
    const log: string[] = [];
    let before = 0;
    for (const p of points) {
      const end = await ingestAndKill(db, p.target, p.jitterMs, p.jobs);
      const after = storedArticles(db) ?? 0;
      log.push(`target ${p.target} +${p.jitterMs} ms (jobs ${p.jobs}): ${end.killed ? 'killed' : `exited ${end.code}`}, ${after} stored`);
      expect(integrity(db), `${where}\n${log.join('\n')}`).toBe('ok');
      expect(after, `${where}\n${log.join('\n')}`).toBeGreaterThanOrEqual(Math.max(before, end.killed ? p.target : 0));
      expect(after).toBeLessThanOrEqual(total);
      before = after;
    }
    expect(log.filter((l) => l.includes('killed')).length, log.join('\n')).toBeGreaterThanOrEqual(ROUNDS - 2);

    // the ingest that runs to the end adds exactly what is missing
    const resumed = cli(['ingest', input, '--db', db, '--quiet', '--json']);
    expect(resumed.status, resumed.stderr).toBe(0);
    const summary = JSON.parse(resumed.stdout) as { added: number; skipped: number; changed: number; failed: unknown[] };
    expect([summary.added, summary.skipped, summary.changed, summary.failed.length], where).toEqual([total - before, before, 0, 0]);

    const clean = path.join(dir, 'clean.db');
    const fresh = cli(['ingest', input, '--db', clean, '--quiet']);
    expect(fresh.status, fresh.stderr).toBe(0);
    expect(integrity(db)).toBe('ok');
    expect(stats(db)).toEqual(stats(clean));
    const exported = cli(['export', '--format', 'json', '--db', db]);
    const expected = cli(['export', '--format', 'json', '--db', clean]);
    expect(exported.status).toBe(0);
    expect(exported.stdout.length).toBeGreaterThan(1000);
    expect(exported.stdout === expected.stdout, where).toBe(true);
  }, 600_000);
});
