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
import { CURATION_COMMANDS, merge, pin, reject, rename, retype, split } from '../../src/cli/commands/curate.ts';
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
    expect(c.merge).toEqual([{ from: 'isil', into: 'isis' }]);
    expect(c.split[0]).toEqual({ node: 'isis', name: 'IS', id: 'is-other', type: 'organization' });
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
    ['future version', { version: 2 }, /unsupported curation version 2/],
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
    ['split onto itself', { version: 1, split: [{ node: 'isis', name: 'IS', id: 'isis' }] }, /split\[0\]\.id/],
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
  it('adds once, replaces a rename of the same node, removes', () => {
    let c = emptyCuration();
    c = addOverride(c, 'merge', { from: 'isil', into: 'isis' }).curation;
    const again = addOverride(c, 'merge', { from: 'isil', into: 'isis', note: 'x' });
    expect(again.changed).toBe(false);
    c = addOverride(c, 'rename', { node: 'isis', label: 'A' }).curation;
    c = addOverride(c, 'rename', { node: 'isis', label: 'B' }).curation;
    expect(c.rename).toEqual([{ node: 'isis', label: 'B' }]);
    const removed = removeOverride(c, 'merge', { from: 'isil', into: 'isis' });
    expect(removed.changed).toBe(true);
    expect(removed.curation.merge).toEqual([]);
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
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ version: 1, reject: [{ edge: 'isis|attacks|syria' }] });
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

  it('exports the six commands', () => {
    expect(CURATION_COMMANDS.map((c) => c.name)).toEqual(['merge', 'split', 'rename', 'retype', 'reject', 'pin']);
  });

  it('records each override kind and prints what changed', async () => {
    const runs: Array<[Command, string[], RegExp]> = [
      [merge, ['isil', 'isis'], /merge: isil -> isis recorded/],
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
    expect(c.merge).toEqual([{ from: 'isil', into: 'isis' }]);
    expect(c.retype).toEqual([{ node: 'asayish', type: 'force' }, { node: 'tasnim', type: 'organization' }]);
    expect(c.reject).toEqual([{ edge: 'isis|attacks|syria' }, { node: 'children' }]);
    expect(c.pin).toEqual([{ node: 'rohilat-afrin', label: 'Rohilat Afrin', type: 'person' }]);
  });

  it('says when an override is already there, and --undo removes it', async () => {
    expect((await cli(merge, ['isil', 'isis'], db)).stdout).toMatch(/already recorded/);
    expect((await cli(merge, ['isil', 'isis', '--undo'], db)).stdout).toMatch(/removed/);
    expect(loadCuration(file).merge).toEqual([]);
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
