/**
 * The curation commands on a store, as an analyst types them: each command
 * answers from the store at once, and `--undo` (by the same names, by ids,
 * by the override id) gives back exactly the store before, also after
 * re-ingesting and after the node lost its mentions; what it prints is true.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { curationPath, openNewsgraph, type Newsgraph } from '../../src/api.ts';
import { runCli } from '../server/cli-helper.ts';
import { WITH_GROUPS as ALL, fixtureAnalyze } from './fixture-analyze.ts';
import { dump, tempDir } from './helpers.ts';

let tmp: ReturnType<typeof tempDir>;
let db: string;
beforeEach(async () => {
  tmp = tempDir('newsgraph-curation-cli-');
  db = path.join(tmp.dir, 'news.db');
  const ng = openNewsgraph({ db });
  await ng.ingest(ALL, { analyze: fixtureAnalyze });
  await ng.close();
});
afterEach(() => tmp.cleanup());

async function cli(...argv: string[]) {
  const r = await runCli([...argv, '--db', db]);
  return r;
}

async function withStore<T>(fn: (ng: Newsgraph) => Promise<T>): Promise<T> {
  const ng = openNewsgraph({ db });
  try {
    return await fn(ng);
  } finally {
    await ng.close();
  }
}

const state = () => withStore((ng) => dump(ng));
const neighbours = async (name: string) => JSON.parse((await cli('neighbors', name, '--json')).stdout) as { node: { id: string }; neighbors: Array<{ id: string }> };

describe('do and undo, one command at a time', () => {
  // [command and arguments, the same arguments with --undo]
  const cases: Array<[string, string[], string[]]> = [
    ['merge by names', ['merge', 'Daesh', 'Syrian Democratic Forces'], ['merge', 'Daesh', 'Syrian Democratic Forces', '--undo']],
    ['merge by ids', ['merge', 'daesh', 'sdf'], ['merge', 'daesh', 'sdf', '--undo']],
    ['merge, undone by the override id', ['merge', 'Daesh', 'sdf'], ['merge', '--undo', 'merge-1']],
    ['split', ['split', 'isis', 'Islamic State', '--id', 'is-other'], ['split', 'isis', 'Islamic State', '--undo']],
    ['rename', ['rename', 'ISIS', 'Daesh group'], ['rename', 'ISIS', 'Daesh group', '--undo']],
    ['retype', ['retype', 'Syria', 'government'], ['retype', 'Syria', '--undo']],
    ['reject a node by name', ['reject', 'Small Group'], ['reject', 'Small Group', '--undo']],
    ['reject an edge', ['reject', 'ISIS', 'attacks', 'Iraq'], ['reject', 'isis|attacks|iraq', '--undo']],
    ['pin', ['pin', 'Small Group'], ['pin', 'Small Group', '--undo']],
  ];
  it.each(cases)('%s', async (_, doArgs, undoArgs) => {
    const before = await state();
    const done = await cli(...doArgs);
    expect([done.code, done.stderr]).toEqual([0, '']);
    expect(done.stdout).toMatch(new RegExp(`^${doArgs[0]}: .* recorded as ${doArgs[0]}-1 in ${curationPath(db).replace(/[.]/g, '\\.')} \\(1 override\\)`));
    if (doArgs[0] !== 'pin') expect(await state()).not.toEqual(before);
    const undone = await cli(...undoArgs);
    expect([undone.code, undone.stderr]).toEqual([0, '']);
    expect(undone.stdout).toMatch(new RegExp(`^${doArgs[0]}: ${doArgs[0]}-1 \\(.+\\) removed from .* \\(0 overrides\\)`));
    expect(await state()).toEqual(before);
    expect(JSON.parse(readFileSync(curationPath(db), 'utf8'))).toEqual({ version: 2 });
  });
});

describe('the cases that failed before', () => {
  it('merge Daesh "Syrian Democratic Forces": neighbors answers from the store at once; --undo with the same names works', async () => {
    const before = await neighbours('sdf');
    await cli('merge', 'Daesh', 'Syrian Democratic Forces');
    const merged = await neighbours('Syrian Democratic Forces');
    expect(merged.neighbors.map((n) => n.id)).toEqual(expect.arrayContaining(['damascus']));
    // "Daesh" now finds the merged node, but undo still finds the override by the names it was given.
    expect((await neighbours('Daesh')).node.id).toBe('sdf');
    const undone = await cli('merge', 'Daesh', 'Syrian Democratic Forces', '--undo');
    expect(undone.stdout).toContain('merge: merge-1 (daesh -> sdf) removed');
    expect(undone.stdout).toContain('now: daesh is "Daesh" (armed_group, 2 mentions); sdf is "SDF" (force, 5 mentions)');
    expect(await neighbours('sdf')).toEqual(before);
  });

  it('reject "Small Group" --undo works by name, after the node left the store', async () => {
    await cli('reject', 'Small Group');
    expect((await cli('node', 'Small Group')).code).toBe(1);
    const undone = await cli('reject', 'Small Group', '--undo');
    expect(undone.stdout).toMatch(/^reject: reject-1 \(node small-group\) removed/);
    expect(undone.stdout).toContain('now: small-group is "Small Group"');
    expect((await cli('node', 'Small Group')).code).toBe(0);
  });

  it('pin X --undo after X lost its last mention leaves no ghost node', async () => {
    await cli('pin', 'Small Group');
    await cli('remove', 'a5');
    const pinned = JSON.parse((await cli('node', 'small-group', '--json')).stdout) as { mentions: number; pinned: boolean };
    expect([pinned.mentions, pinned.pinned]).toEqual([0, true]);
    const undone = await cli('pin', 'Small Group', '--undo');
    expect(undone.stdout).toMatch(/^pin: pin-1 \(node small-group\) removed/);
    expect(undone.stdout).toContain('now: small-group is no node');
    expect((await cli('search', 'small')).stdout).toBe('no match for "small"\n');
    const stats = JSON.parse((await cli('stats', '--json')).stdout) as { entities: number; topNodes: Array<{ id: string }> };
    expect(stats.topNodes.map((n) => n.id)).not.toContain('small-group');
    const fresh = openNewsgraph({ db: path.join(tmp.dir, 'fresh.db') });
    await fresh.ingest(ALL.slice(0, 4), { analyze: fixtureAnalyze });
    expect(stats.entities).toBe((await fresh.stats()).entities);
    await fresh.close();
  });

  it('rename --undo prints what it removed and the label the node has again', async () => {
    const done = await cli('rename', 'isis', 'Daesh group');
    expect(done.stdout).toMatch(/^rename: isis \("Islamic State"\) -> "Daesh group" recorded as rename-1/);
    const undone = await cli('rename', 'isis', '--undo');
    expect(undone.stdout.split('\n')).toEqual([
      `rename: rename-1 (isis -> "Daesh group") removed from ${curationPath(db)} (0 overrides); the store follows (2 articles written again)`,
      '  now: isis is "Islamic State" (armed_group, 4 mentions)',
      '',
    ]);
  });

  it('an undo that matches nothing says so and changes nothing', async () => {
    await cli('merge', 'Daesh', 'sdf');
    const before = await state();
    const r = await cli('merge', 'Daesh', 'isis', '--undo');
    expect([r.code, r.stderr]).toEqual([1, expect.stringMatching(/^NotFoundError: not found: merge override for "Daesh" "isis" in .*`newsgraph curation list` shows them/)]);
    expect(await state()).toEqual(before);
  });
});

describe('after re-ingest', () => {
  it('an override survives re-ingesting, and its undo then equals a store never curated', async () => {
    const before = await state();
    await cli('merge', 'Daesh', 'sdf');
    await cli('reject', 'ISIS', 'attacks', 'Syria');
    const curated = await state();
    await withStore((ng) => ng.ingest(ALL, { analyze: fixtureAnalyze }));
    expect(await state()).toEqual(curated);
    // A store made again from the articles with the curation file kept: the same.
    const again = path.join(tmp.dir, 'again.db');
    const { copyFileSync } = await import('node:fs');
    copyFileSync(curationPath(db), curationPath(again));
    const ng = openNewsgraph({ db: again });
    await ng.ingest(ALL, { analyze: fixtureAnalyze });
    expect(await dump(ng)).toEqual(curated);
    await ng.close();
    await cli('curation', 'undo', 'reject-1');
    await cli('merge', '--undo', 'merge-1');
    expect(await state()).toEqual(before);
  });
});

describe('curation list', () => {
  it('shows each override with its id, what it does, the names as typed and the note', async () => {
    await cli('merge', 'Daesh', 'sdf', '--note', 'same group');
    await cli('pin', 'isis');
    const r = await cli('curation', 'list');
    expect(r.stdout).toBe(
      [
        'id       override            as typed     note',
        '-------  ------------------  -----------  ----------',
        'merge-1  merge daesh -> sdf  Daesh | sdf  same group',
        'pin-1    pin node isis',
        '',
      ].join('\n'),
    );
  });
});
