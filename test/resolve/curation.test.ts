/**
 * The curation file: format validation (errors asserted by name and by the
 * problem they name), editing helpers, file round trip, and the CLI commands
 * that edit it.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { addOverride, curationPath, emptyCuration, parseCuration, removeOverride } from '../../src/resolve/curation.ts';
import { loadCuration, saveCuration } from '../../src/resolve/curation-file.ts';
import { CURATION_COMMANDS, curation, merge, pin, reject, rename, retype, split } from '../../src/cli/commands/curate.ts';
import { parseCommandArgs, type Command } from '../../src/cli/command.ts';

const ok = { version: 1, merge: [{ from: 'isil', into: 'isis', note: 'same group' }] };

describe('parseCuration: a valid file', () => {
  it('reads every override kind', () => {
    const c = parseCuration(
      {
        version: 1,
        merge: [{ from: 'isil', into: 'isis' }],
        split: [{ node: 'isis', name: 'IS', id: 'is-other', type: 'organization' }],
        rename: [{ node: 'isis', label: 'Islamic State' }],
        retype: [{ node: 'asayish', type: 'force' }],
        reject: [{ node: 'children' }, { edge: 'isis|attacks|syria' }],
        pin: [{ node: 'rohilat-afrin', label: 'Rohilat Afrin', type: 'person' }],
      },
      'x.curation.json',
    );
    expect(c.merge).toEqual([{ id: 'merge-1', from: 'isil', into: 'isis' }]);
    // Version 1 named a split's new node `id`; it is `into` now, and every override has an id.
    expect(c.split[0]).toEqual({ id: 'split-1', node: 'isis', name: 'IS', into: 'is-other', type: 'organization' });
    expect(c.reject.map((r) => r.id)).toEqual(['reject-1', 'reject-2']);
    expect(c.reject).toHaveLength(2);
    expect(c.pin[0]!.type).toBe('person');
  });
  it('keeps notes and fills missing sections', () => {
    const c = parseCuration(ok, 'x');
    expect(c.merge[0]!.note).toBe('same group');
    expect(c.pin).toEqual([]);
  });
});

describe('parseCuration: errors name the file and the problem', () => {
  const bad: Array<[string, unknown, RegExp]> = [
    ['not an object', [], /must be a JSON object/],
    ['no version', { merge: [] }, /unsupported curation version/],
    ['future version', { version: 3 }, /unsupported curation version 3/],
    ['bad override id', { version: 2, merge: [{ id: 'm1', from: 'isil', into: 'isis' }] }, /merge\[0\]\.id: expected an override id/],
    ['override id in the wrong section', { version: 2, pin: [{ id: 'merge-1', node: 'isis' }] }, /override id "merge-1" is in the "pin" section/],
    ['override id used twice', { version: 2, pin: [{ id: 'pin-1', node: 'isis' }, { id: 'pin-1', node: 'sdf' }] }, /override id "pin-1" is used twice/],
    ['args not strings', { version: 2, pin: [{ node: 'isis', args: [1] }] }, /pin\[0\]\.args: expected a list of strings/],
    ['unknown section', { version: 1, merges: [] }, /unknown section "merges"/],
    ['section not an array', { version: 1, merge: {} }, /"merge" must be an array/],
    ['bad id', { version: 1, merge: [{ from: 'ISIL', into: 'isis' }] }, /merge\[0\]\.from: expected a node id/],
    ['self merge', { version: 1, merge: [{ from: 'isis', into: 'isis' }] }, /merge\[0\]: cannot merge "isis" into itself/],
    ['typo field', { version: 1, rename: [{ node: 'isis', lable: 'X' }] }, /rename\[0\]: unknown field "lable"/],
    ['empty label', { version: 1, rename: [{ node: 'isis', label: ' ' }] }, /rename\[0\]\.label: expected a non-empty string/],
    ['bad type', { version: 1, retype: [{ node: 'isis', type: 'militia' }] }, /retype\[0\]\.type: expected a type/],
    ['bad edge type', { version: 1, reject: [{ edge: 'isis|hates|syria' }] }, /reject\[0\]\.edge: expected an edge/],
    ['edge with two parts', { version: 1, reject: [{ edge: 'isis|syria' }] }, /reject\[0\]\.edge/],
    ['node and edge', { version: 1, reject: [{ node: 'a', edge: 'a|attacks|b' }] }, /exactly one of "node" or "edge"/],
    ['split onto itself', { version: 1, split: [{ node: 'isis', name: 'IS', id: 'isis' }] }, /split\[0\]\.into/],
    ['split onto itself (version 2)', { version: 2, split: [{ node: 'isis', name: 'IS', into: 'isis' }] }, /split\[0\]\.into/],
    ['note not text', { version: 1, pin: [{ node: 'isis', note: 3 }] }, /pin\[0\]\.note/],
  ];
  it.each(bad)('%s', (_what, data, message) => {
    let err: unknown;
    try {
      parseCuration(data, '/tmp/news.curation.json');
    } catch (e) {
      err = e;
    }
    expect(err).toMatchObject({ name: 'InputError', path: '/tmp/news.curation.json' });
    expect((err as Error).message).toMatch(message);
    expect((err as Error).message.startsWith('/tmp/news.curation.json: ')).toBe(true);
  });
});

describe('editing helpers', () => {
  it('adds once with an id, replaces a rename of the same node, removes by id', () => {
    let c = emptyCuration();
    const first = addOverride(c, 'merge', { from: 'isil', into: 'isis' });
    expect(first.entry).toEqual({ id: 'merge-1', from: 'isil', into: 'isis' });
    c = first.curation;
    const again = addOverride(c, 'merge', { from: 'isil', into: 'isis', note: 'x' });
    expect([again.changed, again.entry.id]).toEqual([false, 'merge-1']);
    c = addOverride(c, 'merge', { from: 'daesh', into: 'isis' }).curation;
    c = addOverride(c, 'rename', { node: 'isis', label: 'A' }).curation;
    c = addOverride(c, 'rename', { node: 'isis', label: 'B' }).curation;
    expect(c.rename).toEqual([{ id: 'rename-1', node: 'isis', label: 'B' }]);
    const removed = removeOverride(c, 'merge-1');
    expect(removed.removed).toEqual({ kind: 'merge', entry: { id: 'merge-1', from: 'isil', into: 'isis' } });
    expect(removed.curation.merge).toEqual([{ id: 'merge-2', from: 'daesh', into: 'isis' }]);
    // A new override never takes the id of one still there.
    expect(addOverride(removed.curation, 'merge', { from: 'isil', into: 'isis' }).entry.id).toBe('merge-3');
    expect(removeOverride(c, 'merge-9').removed).toBeUndefined();
  });

  const paths: Array<[string, string]> = [
    ['newsgraph.db', 'newsgraph.curation.json'],
    ['/data/x.db', '/data/x.curation.json'],
    ['/data/x.sqlite', '/data/x.curation.json'],
    ['/data/store', '/data/store.curation.json'],
  ];
  it.each(paths)('curationPath(%s) = %s', (db, file) => expect(curationPath(db)).toBe(file));
});

describe('the curation file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ng-curation-'));
  it('is empty when missing, round-trips, and reports bad JSON as InputError', () => {
    const file = join(dir, 'a.curation.json');
    expect(loadCuration(file)).toEqual(emptyCuration());
    const c = addOverride(emptyCuration(), 'reject', { edge: 'isis|attacks|syria' }).curation;
    saveCuration(file, c);
    expect(loadCuration(file)).toEqual(c);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ version: 2, reject: [{ id: 'reject-1', edge: 'isis|attacks|syria' }] });
    writeFileSync(file, '{ "version": 1, ');
    expect(() => loadCuration(file)).toThrow(expect.objectContaining({ name: 'InputError', path: file }));
  });
});

function io(env: Record<string, string>) {
  const out = new PassThrough();
  const err = new PassThrough();
  let stdout = '';
  let stderr = '';
  out.on('data', (d) => (stdout += String(d)));
  err.on('data', (d) => (stderr += String(d)));
  return { io: { stdout: out, stderr: err, stdin: new PassThrough(), env, cwd: '/' }, text: () => ({ stdout, stderr }) };
}

async function cli(cmd: Command, argv: string[], db: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const t = io({});
  const code = await cmd.run(parseCommandArgs(cmd, [...argv, '--db', db]), t.io);
  return { code, ...t.text() };
}

describe('CLI commands edit the file beside the store (no store yet: ids only)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ng-cli-'));
  const db = join(dir, 'news.db');
  const file = join(dir, 'news.curation.json');

  it('exports the six commands and `curation`', () => {
    expect(CURATION_COMMANDS.map((c) => c.name)).toEqual(['merge', 'split', 'rename', 'retype', 'reject', 'pin', 'curation']);
  });

  it('records each override kind and prints what changed', async () => {
    const runs: Array<[Command, string[], RegExp]> = [
      [merge, ['isil', 'isis'], /^merge: isil -> isis recorded as merge-1 in .*news\.curation\.json \(1 override\)\n$/],
      [split, ['isis', 'IS', '--id', 'is-other'], /split: "IS" out of isis as is-other recorded/],
      [rename, ['isis', 'Islamic State'], /rename: isis -> "Islamic State" recorded/],
      [retype, ['asayish', 'force'], /retype: asayish -> force recorded/],
      [retype, ['tasnim', 'actor'], /retype: tasnim -> organization recorded/],
      [reject, ['isis|attacks|syria'], /reject: edge isis\|attacks\|syria recorded/],
      [reject, ['children'], /reject: node children recorded/],
      [pin, ['rohilat-afrin', '--label', 'Rohilat Afrin', '--type', 'person'], /pin: node rohilat-afrin recorded/],
    ];
    for (const [cmd, argv, expected] of runs) {
      const r = await cli(cmd, argv, db);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(expected);
    }
    const c = loadCuration(file);
    expect(c.merge).toEqual([{ id: 'merge-1', from: 'isil', into: 'isis' }]);
    expect(c.retype).toEqual([{ id: 'retype-1', node: 'asayish', type: 'force' }, { id: 'retype-2', node: 'tasnim', type: 'organization' }]);
    expect(c.reject).toEqual([{ id: 'reject-1', edge: 'isis|attacks|syria' }, { id: 'reject-2', node: 'children' }]);
    expect(c.pin).toEqual([{ id: 'pin-1', node: 'rohilat-afrin', label: 'Rohilat Afrin', type: 'person' }]);
  });

  it('says when an override is already there, and --undo removes it', async () => {
    expect((await cli(merge, ['isil', 'isis'], db)).stdout).toMatch(/already recorded as merge-1/);
    expect((await cli(merge, ['isil', 'isis', '--undo'], db)).stdout).toBe(`merge: merge-1 (isil -> isis) removed from ${file} (7 overrides)\n`);
    expect(loadCuration(file).merge).toEqual([]);
    // By the override id, and of another kind only through its own command.
    expect((await cli(retype, ['--undo', 'retype-2'], db)).stdout).toMatch(/^retype: retype-2 \(tasnim -> organization\) removed/);
    await expect(cli(pin, ['--undo', 'retype-1'], db)).rejects.toMatchObject({ name: 'UsageError', message: expect.stringContaining('retype-1 is a retype override') });
    await expect(cli(merge, ['isil', 'isis', '--undo'], db)).rejects.toMatchObject({ name: 'NotFoundError' });
  });

  it('`curation list` shows every override with its id; `curation undo <id>` removes one', async () => {
    const list = await cli(curation, ['list'], db);
    expect(list.stdout.split('\n').slice(2, -1)).toEqual([
      'split-1   split "IS" out of isis as is-other',
      'rename-1  rename isis -> "Islamic State"',
      'retype-1  retype asayish -> force',
      'reject-1  reject edge isis|attacks|syria',
      'reject-2  reject node children',
      'pin-1     pin node rohilat-afrin',
    ]);
    const json = JSON.parse((await cli(curation, ['list', '--json'], db)).stdout) as Array<{ kind: string; id: string }>;
    expect(json.map((o) => `${o.kind}:${o.id}`)).toEqual(['split:split-1', 'rename:rename-1', 'retype:retype-1', 'reject:reject-1', 'reject:reject-2', 'pin:pin-1']);
    expect((await cli(curation, ['undo', 'reject-2'], db)).stdout).toMatch(/^reject: reject-2 \(node children\) removed/);
    expect(loadCuration(file).reject.map((r) => r.id)).toEqual(['reject-1']);
    await expect(cli(curation, ['undo', 'nope'], db)).rejects.toMatchObject({ name: 'UsageError' });
  });

  const usage: Array<[Command, string[], RegExp]> = [
    [merge, ['isis'], /give two nodes/],
    [merge, ['isis', 'isis'], /one node already/],
    [merge, ['Islamic State', 'isis'], /no node named "Islamic State"/],
    [retype, ['isis', 'militia'], /expected a type/],
    [reject, ['isis|hates|syria'], /an edge is "A\|type\|B"/],
  ];
  it.each(usage)('%# rejects bad arguments with UsageError', async (cmd, argv, message) => {
    await expect(cli(cmd, argv, db)).rejects.toMatchObject({ name: 'UsageError', message: expect.stringMatching(message) });
  });
});
