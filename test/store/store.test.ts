/**
 * The store: incremental ingest (skip unchanged, exact retraction of a
 * changed article), remove, pins, failures, locking, schema checks.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openNewsgraph, type Newsgraph } from '../../src/api.ts';
import { openStore } from '../../src/store/index.ts';
import { SCHEMA_VERSION } from '../../src/store/sqlite/schema.ts';
import type { Article } from '../../src/types.ts';
import { combineConfidence } from '../../src/util/combine.ts';
import { syntheticArticles } from './synthetic.ts';
import { ARTICLES, fixtureAnalyze } from './fixture-analyze.ts';
import { dump, rows, sqlValue, storeWith, tempDir } from './helpers.ts';
import { ON_PG, storeLocation } from './backend.ts';

let tmp: ReturnType<typeof tempDir>;
const open: Newsgraph[] = [];
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => {
  for (const ng of open.splice(0)) ng.close();
  tmp.cleanup();
});

async function make(name: string, articles: Article[]): Promise<Newsgraph> {
  const ng = await storeWith(tmp.dir, name, articles);
  open.push(ng);
  return ng;
}

const edited: Article = {
  ...ARTICLES[2]!,
  text: 'Islamic State recruits al-Hol camp residents. ISIS attacks Damascus. Hayat Tahrir al-Sham attacks ISIS.',
};

describe('ingest', () => {
  it('reports every article as skipped the second time, and changes nothing', async () => {
    const ng = await make('a.db', ARTICLES);
    const before = await dump(ng);
    const second = await ng.ingest(ARTICLES, { analyze: fixtureAnalyze });
    expect([second.added, second.skipped, second.changed, second.failed]).toEqual([0, ARTICLES.length, 0, []]);
    expect(await dump(ng)).toEqual(before);
  });

  it('does not depend on the order articles arrive in', async () => {
    const a = await make('a.db', ARTICLES);
    const b = await make('b.db', [...ARTICLES].reverse());
    expect(await dump(b)).toEqual(await dump(a));
  });

  it('writes a batch per transaction with the same store and counts as article by article (dates mixed in a batch)', async () => {
    const articles = syntheticArticles(40);
    // The same id again with new text in the same batch: retracted and written again inside it.
    const again = { ...articles[5]!, text: `${articles[5]!.text} Islamic State attacks Raqqa.` };
    const input = [...articles.slice(0, 10), again, ...articles.slice(10)];
    const results = [];
    for (const batch of [1, 3, 16, 64]) {
      const ng = openNewsgraph({ db: storeLocation(tmp.dir, `b${batch}.db`) });
      open.push(ng);
      const s = await ng.ingest(input, { analyze: fixtureAnalyze, batch });
      results.push({ counts: [s.added, s.changed, s.skipped, s.failed.length], articles: s.articles, store: await dump(ng) });
    }
    expect(results[0]!.counts).toEqual([40, 1, 0, 0]);
    const firstSeen = (results[0]!.store as { entities: Array<{ first_seen: string | null; last_seen: string | null }> }).entities;
    expect(firstSeen.some((e) => e.first_seen && e.last_seen && e.first_seen < e.last_seen)).toBe(true);
    for (const r of results.slice(1)) expect(r).toEqual(results[0]);
  });

  it('re-extracts a changed article: the store equals one built with the new version', async () => {
    const ng = await make('a.db', ARTICLES);
    const summary = await ng.ingest([edited], { analyze: fixtureAnalyze });
    expect([summary.added, summary.changed, summary.skipped]).toEqual([0, 1, 0]);
    const fresh = await make('fresh.db', ARTICLES.map((a) => (a.id === edited.id ? edited : a)));
    expect(await dump(ng)).toEqual(await dump(fresh));
  });

  it("changes only the edited article's contributions", async () => {
    const ng = await make('a.db', ARTICLES);
    const others = (n: Newsgraph) =>
      rows(
        n,
        `SELECT r.source, r.type, r.target, ev.article_id, ev.start, ev.sentence FROM evidence ev
          JOIN relations r ON r.id = ev.relation_id WHERE ev.article_id != ? ORDER BY 1, 2, 3, 4, 5`,
        edited.id,
      );
    const mentionsOfOthers = (n: Newsgraph) => rows(n, 'SELECT * FROM mentions WHERE article_id != ? ORDER BY article_id, start', edited.id);
    const before = [await others(ng), await mentionsOfOthers(ng)];
    const [oldOwn] = await rows(ng, 'SELECT count(*) AS n FROM evidence WHERE article_id = ?', edited.id);
    await ng.ingest([edited], { analyze: fixtureAnalyze });
    expect([await others(ng), await mentionsOfOthers(ng)]).toEqual(before);
    // The edited article's own evidence is the new extraction's, not the old one's.
    const own = (
      await rows<{ k: string }>(
        ng,
        `SELECT r.source || '|' || r.type || '|' || r.target AS k FROM evidence ev JOIN relations r ON r.id = ev.relation_id
          WHERE ev.article_id = ? ORDER BY k`,
        edited.id,
      )
    ).map((r) => r.k);
    expect(own).toEqual(['hayat-tahrir-al-sham|attacks|isis', 'isis|attacks|damascus', 'isis|recruits|al-hol-camp']);
    expect(oldOwn).toEqual({ n: 3 });
    // The edge only a3 supported (al-hol-camp located_in syria) is gone; so is nothing else.
    expect((await ng.graph()).hasEdge('al-hol-camp|located_in|syria')).toBe(false);
    expect((await ng.graph()).hasEdge('isis|attacks|syria')).toBe(true);
  });

  it('queries see each ingest at once (no stale node summaries)', async () => {
    const ng = await make('a.db', ARTICLES.slice(0, 3));
    const sdf = async () => (await ng.neighbors('isis')).neighbors.find((n) => n.id === 'sdf')!;
    expect([(await sdf()).mentions, (await sdf()).articles]).toEqual([4, 2]);
    await ng.ingest([{ id: 'a9', title: 'More', published: '2024-09-09', text: 'SDF captured ISIS fighters.' }], { analyze: fixtureAnalyze });
    const now = await sdf();
    expect([now.mentions, now.articles, now.lastSeen]).toEqual([5, 3, '2024-09-09']);
  });

  it('reports reader failures and analysis errors by path and goes on', async () => {
    const ng = openNewsgraph({ db: storeLocation(tmp.dir, 'f.db') });
    open.push(ng);
    const boom = { ...ARTICLES[1]!, id: 'boom', path: '/x/boom.txt' };
    const summary = await ng.ingest(
      [ARTICLES[0]!, { failed: true, path: '/x/bad.md', reason: 'broken front matter' }, boom, ARTICLES[2]!],
      {
        analyze: (a) => {
          if (a.id === 'boom') throw new Error('no sentences');
          return fixtureAnalyze(a);
        },
      },
    );
    expect(summary.added).toBe(2);
    expect(summary.failed).toEqual([
      { path: '/x/bad.md', reason: 'broken front matter' },
      { path: '/x/boom.txt', reason: 'analysis failed: no sentences' },
    ]);
    expect((await ng.stats()).articles).toBe(2);
  });

  it('reports progress for every item', async () => {
    const ng = openNewsgraph({ db: storeLocation(tmp.dir, 'p.db') });
    open.push(ng);
    const seen: Array<[number, number | undefined]> = [];
    await ng.ingest(ARTICLES, { analyze: fixtureAnalyze, onProgress: (p) => seen.push([p.done, p.total]) });
    expect(seen).toEqual(ARTICLES.map((_, i) => [i + 1, ARTICLES.length]));
  });
});

describe('re-reading a file', () => {
  const file = (id: string, text: string, p: string): Article => ({ id, title: id, text, path: p, published: '2024-05-05' });

  it('an edited single-article file (new content-hash id) replaces its old article: changed, not added', async () => {
    const ng = await make('a.db', [...ARTICLES, file('h1', 'ISIS attacks Syria.', '/c/x.txt')]);
    const s = await ng.ingest([...ARTICLES, file('h2', 'ISIS attacks Damascus.', '/c/x.txt')], { analyze: fixtureAnalyze });
    expect([s.added, s.changed, s.removed, s.skipped]).toEqual([0, 1, 0, ARTICLES.length]);
    const fresh = await make('fresh.db', [...ARTICLES, file('h2', 'ISIS attacks Damascus.', '/c/x.txt')]);
    expect(await dump(ng)).toEqual(await dump(fresh));
  });

  it('an article a multi-article file no longer holds is retracted', async () => {
    const ng = await make('a.db', [file('j1', 'ISIS attacks Syria.', '/c/a.jsonl'), file('j2', 'SDF attacks ISIS.', '/c/a.jsonl'), file('j3', 'ISIS attacks Iraq.', '/c/a.jsonl')]);
    const s = await ng.ingest([file('j1', 'ISIS attacks Syria.', '/c/a.jsonl'), file('j3', 'ISIS attacks Iraq.', '/c/a.jsonl')], { analyze: fixtureAnalyze });
    expect([s.added, s.changed, s.removed, s.skipped]).toEqual([0, 0, 1, 2]);
    expect((await ng.graph()).hasEdge('sdf|attacks|isis')).toBe(false);
  });

  it('retracts nothing from a file that failed (in part) this time', async () => {
    const ng = await make('a.db', [file('j1', 'ISIS attacks Syria.', '/c/a.jsonl'), file('j2', 'SDF attacks ISIS.', '/c/a.jsonl')]);
    const s = await ng.ingest([file('j1', 'ISIS attacks Syria.', '/c/a.jsonl'), { failed: true, path: '/c/a.jsonl:2', reason: 'invalid JSON' }], {
      analyze: fixtureAnalyze,
    });
    expect([s.removed, s.failed.length, (await ng.stats()).articles]).toEqual([0, 1, 2]);
  });
});

describe('remove', () => {
  it('retracts one article: the store equals one built without it', async () => {
    const ng = await make('a.db', ARTICLES);
    expect(await ng.remove('a2')).toEqual([{ id: 'a2' }]);
    const fresh = await make('fresh.db', ARTICLES.filter((a) => a.id !== 'a2'));
    expect(await dump(ng)).toEqual(await dump(fresh));
    // Rohilat Afrin only appeared in a2: the node is gone, and so are its edges.
    await expect(ng.node('rohilat-afrin')).rejects.toMatchObject({ name: 'NotFoundError' });
  });

  it('finds an article by the path it was read from', async () => {
    const withPath = ARTICLES.map((a) => ({ ...a, path: `/corpus/${a.id}.txt` }));
    const ng = await make('a.db', withPath);
    expect(await ng.remove('/corpus/a4.txt')).toEqual([{ id: 'a4', path: '/corpus/a4.txt' }]);
    expect((await ng.stats()).articles).toBe(3);
  });

  it('retracts every article read from a multi-article file, in one go', async () => {
    const ng = await make('a.db', ARTICLES.map((a) => ({ ...a, path: a.id === 'a4' ? '/corpus/other.txt' : '/corpus/all.jsonl' })));
    expect((await ng.remove('/corpus/all.jsonl')).map((r) => r.id)).toEqual(['a1', 'a2', 'a3']);
    const fresh = await make('fresh.db', [{ ...ARTICLES[3]!, path: '/corpus/other.txt' }]);
    expect(await dump(ng)).toEqual(await dump(fresh));
  });

  it('throws NotFoundError for an unknown article, UsageError for none', async () => {
    const ng = await make('a.db', ARTICLES);
    await expect(ng.remove('nope')).rejects.toMatchObject({ name: 'NotFoundError' });
    await expect(ng.remove('')).rejects.toMatchObject({ name: 'UsageError' });
  });

  it('keeps a pinned node that loses its last mention, and drops it when unpinned', async () => {
    const ng = await make('a.db', ARTICLES);
    await ng.pin('Rohilat Afrin', 'watch');
    await ng.remove('a2');
    const n = await ng.node('rohilat-afrin');
    expect([n.pinned, n.mentions, n.articles, n.edges.length]).toEqual([true, 0, 0, 0]);
    await ng.unpin('rohilat-afrin');
    await expect(ng.node('rohilat-afrin')).rejects.toMatchObject({ name: 'NotFoundError' });
  });

  it('removing every article leaves an empty store', async () => {
    const ng = await make('a.db', ARTICLES);
    for (const a of ARTICLES) await ng.remove(a.id);
    const s = await ng.stats();
    expect([s.articles, s.entities, s.relations, s.evidence, s.mentions, s.quotes]).toEqual([0, 0, 0, 0, 0, 0]);
    expect(await rows(ng, 'SELECT count(*) AS n FROM names')).toEqual([{ n: 0 }]);
    expect(await rows(ng, 'SELECT count(*) AS n FROM dropped_entities')).toEqual([{ n: 0 }]);
  });
});

// Opening a PostgreSQL store: test/store/postgres.test.ts.
describe.skipIf(ON_PG)('opening a SQLite file', () => {
  it('uses WAL and the current schema version', async () => {
    const ng = await make('a.db', []);
    expect(sqlValue(ng, 'PRAGMA journal_mode')).toBe('wal');
    expect(sqlValue(ng, 'PRAGMA user_version')).toBe(SCHEMA_VERSION);
  });

  it('takes the path from NEWSGRAPH_DB when no --db is given', () => {
    const ng = openNewsgraph({ env: { NEWSGRAPH_DB: 'env.db' }, cwd: tmp.dir });
    open.push(ng);
    expect(ng.dbPath).toBe(path.join(tmp.dir, 'env.db'));
  });

  const bad: Array<[string, (file: string) => void, RegExp]> = [
    ['a missing store when it must exist', () => {}, /no store at .*x\.db: run `newsgraph ingest` first/],
    ['a file that is not SQLite', (f) => writeFileSync(f, 'hello, this is not a database at all'.repeat(200)), /not a newsgraph store/],
    [
      'a store from a newer newsgraph',
      (f) => {
        const db = new Database(f);
        db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
        db.close();
      },
      /newer than this newsgraph supports/,
    ],
  ];
  it.each(bad)('refuses %s with StoreError', async (_, setup, message) => {
    const file = path.join(tmp.dir, 'x.db');
    setup(file);
    let err: Error | undefined;
    try {
      await openStore(file, { mustExist: true }).close();
    } catch (e) {
      err = e as Error;
    }
    expect(err?.name).toBe('StoreError');
    expect(err?.message).toMatch(message);
    expect(err?.message).toContain(file);
  });

  it('fails clearly with StoreError when another writer holds the lock too long', async () => {
    const file = path.join(tmp.dir, 'lock.db');
    openStore(file).close();
    const holder = new Database(file);
    const waiter = openNewsgraph({ db: file, busyTimeoutMs: 50 });
    try {
      holder.exec('BEGIN IMMEDIATE');
      await expect(waiter.ingest([ARTICLES[0]!], { analyze: fixtureAnalyze })).rejects.toMatchObject({
        name: 'StoreError',
        message: expect.stringMatching(/locked by another writer/),
      });
      holder.exec('ROLLBACK');
      const ok = await waiter.ingest([ARTICLES[0]!], { analyze: fixtureAnalyze });
      expect(ok.added).toBe(1);
    } finally {
      holder.close();
      await waiter.close();
    }
  });
});

describe('relation summaries (what GEXF, GraphML and CSV write per edge)', () => {
  /** The summaries by hand from the evidence rows (in the store's occurrence order), without src/store/summary.ts. */
  async function expected(ng: Newsgraph, keep: (p: string | undefined) => boolean = () => true, sentence = true) {
    const byRelation = new Map<string, Array<{ published?: string; confidence: number; hedged?: boolean; sentence: string }>>();
    const ends = new Map<string, [string, string, string]>();
    for await (const batch of ng.store.iterateEvidence()) {
      for (const r of batch) {
        const k = `${r.source}|${r.type}|${r.target}`;
        ends.set(k, [r.source, r.type, r.target]);
        if (!keep(r.evidence.published)) continue;
        const list = byRelation.get(k) ?? [];
        list.push(r.evidence);
        byRelation.set(k, list);
      }
    }
    const out: unknown[] = [];
    for (const [k, ev] of byRelation) {
      const [s, type, t] = ends.get(k)!;
      const dated = ev.map((e) => e.published).filter((p): p is string => Boolean(p));
      let best = ev[0]!;
      for (const e of ev) if (e.confidence > best.confidence) best = e;
      const [a, b] = type === 'allied_with' && t < s ? [t, s] : [s, t];
      out.push([
        a,
        type,
        b,
        ev.length,
        combineConfidence(ev.map((e) => e.confidence)),
        dated.length ? [...dated].sort()[0] : undefined,
        dated.length ? [...dated].sort().at(-1) : undefined,
        ev.every((e) => e.hedged),
        [...new Set(dated.map((p) => p.slice(0, 10)))].sort(),
        sentence ? best.sentence : '',
        ev.length,
      ]);
    }
    return out;
  }
  async function summaries(ng: Newsgraph, opts: Parameters<Newsgraph['store']['iterateRelationSummaries']>[1] = {}, ids?: string[]) {
    const out: unknown[] = [];
    for await (const batch of ng.store.iterateRelationSummaries(ids ? { ids } : {}, opts)) out.push(...batch);
    return out;
  }

  it('fold each relation\'s evidence as the evidence rows say, in relation order, with and without a date range', async () => {
    const ng = await make('s.db', syntheticArticles(120));
    const all = await summaries(ng, { sentence: true });
    expect(all.length).toBe(Number((await rows<{ n: unknown }>(ng, 'SELECT count(*) AS n FROM relations'))[0]!.n));
    expect(all.some((s) => (s as unknown[])[3] as number > 2)).toBe(true);
    expect(all).toEqual(await expected(ng));
    const inMarch = (p: string | undefined) => Boolean(p && p >= '2024-03-01' && p <= '2024-03-31');
    const some = await summaries(ng, { keepDate: inMarch });
    expect(some.length).toBeGreaterThan(0);
    expect(some.length).toBeLessThan(all.length);
    expect(some).toEqual(await expected(ng, inMarch, false));
  });

  it('of the relations touching some nodes only, when asked for ids', async () => {
    const ng = await make('s.db', syntheticArticles(60));
    const all = (await summaries(ng, { sentence: true })) as Array<[string, string, string]>;
    const id = all[0]![0];
    const mine = await summaries(ng, { sentence: true }, [id]);
    expect(mine).toEqual(all.filter((s) => s[0] === id || s[2] === id));
  });
});
