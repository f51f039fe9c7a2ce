/**
 * Curation applied when written: for each kind of override, a store curated
 * after its ingest answers exactly as a fresh store given the same curation
 * file before its ingest (every query, and the stored rows); each override
 * does what it says; and undoing it (by the API, by editing the file) gives
 * back exactly the store before.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { curationPath, openNewsgraph, type Newsgraph } from '../../src/api.ts';
import { parseCuration, type Curation, type OverrideKind } from '../../src/resolve/curation.ts';
import { WITH_GROUPS as ALL, fixtureAnalyze } from './fixture-analyze.ts';
import { dump, tempDir } from './helpers.ts';
import { ON_PG, dropTestSchemas, storeLocation } from './backend.ts';

let tmp: ReturnType<typeof tempDir>;
const open: Newsgraph[] = [];
beforeEach(() => {
  tmp = tempDir('newsgraph-curation-');
});
afterEach(async () => {
  for (const ng of open.splice(0)) await ng.close();
  tmp.cleanup();
  await dropTestSchemas();
});

/** Set the curation by hand: the file beside a SQLite store (the record); a PostgreSQL store's own record. */
async function setCuration(ng: Newsgraph, curation: Partial<Curation>): Promise<void> {
  const data = { version: 2, ...curation };
  if (ng.curationFile) writeFileSync(ng.curationFile, JSON.stringify(data));
  else await ng.store.applyCuration(parseCuration(data, 'test'));
}

async function store(name: string, curation?: Partial<Curation>): Promise<Newsgraph> {
  const ng = openNewsgraph({ db: storeLocation(tmp.dir, name) });
  open.push(ng);
  if (curation) await setCuration(ng, curation);
  await ng.ingest(ALL, { analyze: fixtureAnalyze });
  return ng;
}

/** Every answer the store gives: each node's neighbours (depth 2) and detail, searches, timelines, paths, stats, the rows. */
async function answers(ng: Newsgraph): Promise<unknown> {
  const g = await ng.graph();
  const { dbBytes: _bytes, ...stats } = await ng.stats();
  // The store's size in bytes is no answer to compare (PostgreSQL's tables keep dead rows until vacuumed).
  const out: Record<string, unknown> = { dump: await dump(ng), stats: ON_PG ? stats : { ...stats, dbBytes: _bytes } };
  for (const id of g.nodes().sort()) {
    out[`neighbors ${id}`] = await ng.neighbors(id, { depth: 2 });
    out[`node ${id}`] = await ng.node(id);
    out[`timeline ${id}`] = await ng.timeline(id);
    out[`path ${id}`] = await ng.path(id, g.nodes().sort()[0]!);
  }
  for (const q of ['s', 'is', 'da', 'small', 'state', 'gh']) out[`search ${q}`] = await ng.search(q);
  return JSON.parse(JSON.stringify(out));
}

type Check = (ng: Newsgraph) => Promise<void>;
const neighbourIds = async (ng: Newsgraph, id: string, types?: string) => (await ng.neighbors(id, types ? { types } : {})).neighbors.map((n) => n.id);

const CASES: Array<[string, Partial<Curation>, Check]> = [
  [
    'merge',
    { merge: [{ from: 'daesh', into: 'isis' }] },
    async (ng) => {
      const isis = await ng.node('isis');
      expect([isis.label, isis.aliases, isis.mentions, isis.articles]).toEqual(['Islamic State', ['Daesh', 'ISIS'], 6, 3]);
      expect(await neighbourIds(ng, 'isis', 'attacks')).toEqual(['damascus', 'iraq', 'sdf', 'syria']);
      // The merged id is no node of its own; as an id or a name it finds the node it went into.
      expect((await ng.node('daesh')).id).toBe('isis');
      expect((await ng.node('Daesh')).id).toBe('isis');
      expect((await ng.search('daesh')).hits.map((h) => [h.id, h.matched])).toEqual([['isis', 'Daesh']]);
    },
  ],
  [
    'merge into an id not in the store',
    { merge: [{ from: 'daesh', into: 'islamic-state-daesh' }] },
    async (ng) => {
      const n = await ng.node('islamic-state-daesh');
      expect([n.label, n.mentions, n.edges.map((e) => e.id)]).toEqual(['Daesh', 2, ['islamic-state-daesh|attacks|damascus', 'islamic-state-daesh|attacks|sdf']]);
    },
  ],
  [
    'merges in a chain',
    { merge: [{ from: 'daesh', into: 'hayat-tahrir-al-sham' }, { from: 'hayat-tahrir-al-sham', into: 'isis' }] },
    async (ng) => {
      expect(await neighbourIds(ng, 'isis', 'attacks')).toEqual(['damascus', 'iraq', 'sdf', 'syria']);
      expect((await ng.stats()).entities).toBe(12);
    },
  ],
  [
    'split',
    { split: [{ node: 'isis', name: 'Islamic State', into: 'islamic-state-x', type: 'organization' }] },
    async (ng) => {
      const x = await ng.node('islamic-state-x');
      expect([x.label, x.type, x.kind, x.mentions, x.articles, x.edges.map((e) => e.id)]).toEqual([
        'Islamic State', 'organization', 'actor', 1, 1, ['islamic-state-x|recruits|al-hol-camp'],
      ]);
      const isis = await ng.node('isis');
      expect([isis.label, isis.aliases, isis.mentions]).toEqual(['ISIS', [], 3]);
      expect(isis.edges.map((e) => e.id)).not.toContain('isis|recruits|al-hol-camp');
    },
  ],
  [
    'rename',
    { rename: [{ node: 'isis', label: 'IS (Daesh)' }] },
    async (ng) => {
      const n = await ng.node('isis');
      expect([n.label, n.aliases]).toEqual(['IS (Daesh)', ['ISIS', 'Islamic State']]);
      expect((await ng.search('islamic')).hits.map((h) => [h.id, h.label, h.matched])).toEqual([['isis', 'IS (Daesh)', 'Islamic State']]);
    },
  ],
  [
    'retype',
    { retype: [{ node: 'syria', type: 'government' }] },
    async (ng) => {
      expect(await ng.node('syria')).toMatchObject({ type: 'government', kind: 'actor' });
      expect((await ng.stats()).byKind).toEqual({ actor: 8, camp: 1, force: 1, place: 4 });
    },
  ],
  [
    'reject a node',
    { reject: [{ node: 'small-group' }] },
    async (ng) => {
      await expect(ng.node('small-group')).rejects.toMatchObject({ name: 'NotFoundError' });
      expect(await neighbourIds(ng, 'syria', 'attacks')).toEqual(['isis']);
      expect((await ng.search('small')).hits).toEqual([]);
    },
  ],
  [
    'reject an edge',
    { reject: [{ edge: 'isis|attacks|iraq' }] },
    async (ng) => {
      expect(await neighbourIds(ng, 'isis', 'attacks')).toEqual(['syria']);
      expect(await ng.node('iraq')).toMatchObject({ edges: [], mentions: 2 });
    },
  ],
  [
    'pin a node the store does not have',
    { pin: [{ node: 'ghost-town', label: 'Ghost Town', type: 'city' }] },
    async (ng) => {
      expect(await ng.node('Ghost Town')).toMatchObject({ id: 'ghost-town', kind: 'place', mentions: 0, articles: 0, pinned: true, edges: [] });
      expect((await ng.graph()).getNodeAttribute('ghost-town', 'pinned')).toBe(true);
    },
  ],
  [
    'merge, rename and reject an edge together',
    { merge: [{ from: 'hayat-tahrir-al-sham', into: 'isis' }], rename: [{ node: 'isis', label: 'Islamic State' }], reject: [{ edge: 'isis|attacks|iraq' }] },
    async (ng) => {
      const n = await ng.neighbors('isis', { types: 'attacks' });
      expect(n.node.label).toBe('Islamic State');
      expect(n.neighbors.map((x) => x.id)).toEqual(['damascus', 'syria']);
      expect((await ng.search('hayat')).hits.map((h) => [h.id, h.matched])).toEqual([['isis', 'Hayat Tahrir al-Sham']]);
      expect((await ng.graph()).hasNode('hayat-tahrir-al-sham')).toBe(false);
    },
  ],
];

describe('a curated store answers as a fresh ingest with the same curation', () => {
  it.each(CASES)('%s', async (_, curation, check) => {
    const plain = await store('plain.db');
    const uncurated = await answers(plain);
    // Curated after its articles were stored...
    const later = await store('later.db');
    await setCuration(later, curation);
    await check(later);
    const curated = await answers(later);
    expect(curated).not.toEqual(uncurated);
    // ... and a store given the file before any article: the same answers.
    const fresh = await store('fresh.db', curation);
    await check(fresh);
    expect(await answers(fresh)).toEqual(curated);
  });
});

describe('undo gives back the store before', () => {
  it.each(CASES)('%s: every override added by the API, then removed by id', async (_, curation) => {
    const ng = await store('a.db');
    const before = await answers(ng);
    const ids: string[] = [];
    for (const kind of Object.keys(curation) as OverrideKind[]) {
      for (const entry of curation[kind] as Array<Curation[OverrideKind][number]>) {
        const r = await ng.addOverride(kind, entry);
        expect(r.changed).toBe(true);
        ids.push(r.entry.id!);
      }
    }
    expect(await answers(ng)).not.toEqual(before);
    for (const id of ids.reverse()) expect((await ng.removeOverride(id))?.changed).toBe(true);
    expect(await answers(ng)).toEqual(before);
    expect(await ng.removeOverride(ids[0]!)).toBeUndefined();
  });

  it('emptying the curation (the file, by hand) undoes everything at the next call', async () => {
    const ng = await store('a.db', { merge: [{ from: 'daesh', into: 'isis' }], reject: [{ node: 'small-group' }] });
    const plain = await store('plain.db');
    expect(await answers(ng)).not.toEqual(await answers(plain));
    await setCuration(ng, {});
    expect(await answers(ng)).toEqual(await answers(plain));
  });
});

describe('overrides survive later ingests', () => {
  it('re-ingesting the same articles changes nothing; a changed article is written curated', async () => {
    const ng = await store('a.db', { merge: [{ from: 'daesh', into: 'isis' }] });
    const before = await answers(ng);
    const again = await ng.ingest(ALL, { analyze: fixtureAnalyze });
    expect([again.added, again.skipped, again.changed]).toEqual([0, ALL.length, 0]);
    expect(await answers(ng)).toEqual(before);
    const edited = { ...ALL[4]!, text: `${ALL[4]!.text} Daesh attacks Iraq.` };
    await ng.ingest([edited], { analyze: fixtureAnalyze });
    expect((await ng.node('isis')).edges.find((e) => e.id === 'isis|attacks|iraq')?.weight).toBe(2);
    await expect(ng.node('daesh')).resolves.toMatchObject({ id: 'isis' });
  });

  it('a pinned node that loses its last mention stays; unpinned, it goes (no ghost in search or stats)', async () => {
    const ng = await store('a.db');
    await ng.pin('Small Group');
    await ng.remove('a5');
    expect(await ng.node('small-group')).toMatchObject({ pinned: true, mentions: 0, articles: 0, label: 'Small Group' });
    expect((await ng.search('small')).hits.map((h) => h.id)).toEqual(['small-group']);
    const entities = (await ng.stats()).entities;
    expect(await ng.unpin('Small Group')).toHaveLength(1);
    await expect(ng.node('small-group')).rejects.toMatchObject({ name: 'NotFoundError' });
    expect((await ng.search('small')).hits).toEqual([]);
    expect((await ng.stats()).entities).toBe(entities - 1);
  });

  it.skipIf(ON_PG)('the store reads a version-1 curation file (its split `id` is the new node)', async () => {
    const ng = openNewsgraph({ db: path.join(tmp.dir, 'v1.db') });
    open.push(ng);
    writeFileSync(curationPath(ng.dbPath), JSON.stringify({ version: 1, split: [{ node: 'isis', name: 'Islamic State', id: 'islamic-state-x' }] }));
    await ng.ingest(ALL, { analyze: fixtureAnalyze });
    expect((await ng.node('islamic-state-x')).mentions).toBe(1);
    expect((await ng.curation()).split).toEqual([{ id: 'split-1', node: 'isis', name: 'Islamic State', into: 'islamic-state-x' }]);
  });
});
