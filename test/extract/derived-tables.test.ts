/**
 * The tables derived from the shipped code and data, kept in the disk cache
 * (src/util/disk-cache.ts `cachedTable`): the CAMEO event verbs, the verb
 * forms, the generic agents index, the gazetteer trie, the tagger's compiled
 * name list, the relation rules' derived parts and their cue automaton. A table read back must be the table
 * computed: extraction gives the same output computed (empty cache), read
 * from the cache, and with the cache off.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { STALE_DAYS, cachedTable, folderDigest, readCached, resetCacheDir, writeCached } from '../../src/util/disk-cache.ts';

let dir: string;
let saved: string | undefined;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ng-tables-'));
  saved = process.env['NEWSGRAPH_CACHE_DIR'];
  process.env['NEWSGRAPH_CACHE_DIR'] = dir;
  resetCacheDir();
});

afterEach(() => {
  if (saved === undefined) delete process.env['NEWSGRAPH_CACHE_DIR'];
  else process.env['NEWSGRAPH_CACHE_DIR'] = saved;
  resetCacheDir();
  rmSync(dir, { recursive: true, force: true });
});

/** A table with what the shipped ones hold: maps, sets, typed arrays, a sparse array, objects shared by two parents. */
function sample() {
  const shared = { noun: 'gunmen', plural: true };
  const sparse: Array<Int32Array | undefined> = new Array(4);
  sparse[2] = Int32Array.of(3, 5);
  return { phrases: new Map([['gunmen', shared], ['gunman', { noun: 'gunman', plural: false }]]), forms: new Set(['shot', 'fired']), delta: Int32Array.of(0, 1, 2), sparse, both: [shared, shared], none: undefined };
}

const tableFiles = () => readdirSync(dir).filter((f) => f.startsWith('table-'));

describe('cachedTable', () => {
  it('computes and writes once, then reads back an equal copy (shared objects stay shared)', () => {
    let calls = 0;
    const make = () => (calls++, sample());
    const a = cachedTable('test-sample', make);
    expect(tableFiles()).toEqual([expect.stringMatching(/^table-test-sample-src-[0-9a-f]{24}\.v8$/)]);
    const b = cachedTable('test-sample', make);
    expect(calls).toBe(1);
    expect(b).not.toBe(a);
    expect(b).toEqual(a);
    expect([...b.phrases.keys()]).toEqual(['gunmen', 'gunman']);
    expect(b.both[0]).toBe(b.both[1]);
    expect(b.phrases.get('gunmen')).toBe(b.both[0]);
    expect(b.delta).toBeInstanceOf(Int32Array);
    expect(2 in b.sparse && !(1 in b.sparse)).toBe(true);
  });

  it('an unreadable file is computed again and rewritten', () => {
    let calls = 0;
    const make = () => (calls++, sample());
    cachedTable('test-sample', make);
    const [file] = tableFiles();
    writeFileSync(join(dir, file!), 'not a table');
    expect(cachedTable('test-sample', make)).toEqual(sample());
    expect(calls).toBe(2);
    expect(cachedTable('test-sample', make)).toEqual(sample());
    expect(calls).toBe(2);
  });

  it("a new table drops the older files of its name (the same code's other tables stay)", () => {
    const stale = 'table-test-sample-src-000000000000000000000000.v8';
    const other = 'table-test-other-src-000000000000000000000000.v8';
    const dist = 'table-test-sample-dist-000000000000000000000000.v8';
    for (const f of [stale, other, dist]) writeFileSync(join(dir, f), 'old');
    cachedTable('test-sample', sample);
    const files = tableFiles();
    expect(files).not.toContain(stale);
    expect(files).toEqual(expect.arrayContaining([other, dist]));
    expect(files).toHaveLength(3);
  });

  it('NEWSGRAPH_CACHE_DIR=off: computed each time, nothing written', () => {
    process.env['NEWSGRAPH_CACHE_DIR'] = 'off';
    resetCacheDir();
    let calls = 0;
    const make = () => (calls++, sample());
    expect(cachedTable('test-sample', make)).toEqual(cachedTable('test-sample', make));
    expect(calls).toBe(2);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('old cache files do not pile up (pruned by age at each write)', () => {
  const DAY = 86_400_000;
  const age = (f: string, days: number) => {
    const t = new Date(Date.now() - days * DAY);
    utimesSync(join(dir, f), t, t);
  };

  it('a write removes files unused for STALE_DAYS and stale temporary files, and keeps the rest', () => {
    // [file, days since last use, kept?]
    const rows: Array<[string, number, boolean]> = [
      ['tagger-model-aaaaaaaaaaaaaaaaaaaaaaaa.bin', STALE_DAYS + 1, false],
      ['compromise-bbbbbbbbbbbbbbbbbbbbbbbb.json', STALE_DAYS * 3, false],
      ['tagger-model-cccccccccccccccccccccccc.bin', STALE_DAYS - 1, true], // a second model of the same kind, still in use
      ['pos-tags-cameo-dddddddddddddddddddddddd.json', 0, true],
      ['compromise-eeeeeeeeeeeeeeeeeeeeeeee.json.123.x1.tmp', 1, false], // a killed writer's leftover
      ['compromise-ffffffffffffffffffffffff.json.456.x2.tmp', 0, true], // a writer at work right now
    ];
    for (const [f, days] of rows) {
      writeFileSync(join(dir, f), 'x');
      age(f, days);
    }
    writeCached('tagger-clusters-000000000000000000000000.bin', [Buffer.from('new')]);
    const left = readdirSync(dir);
    for (const [f, , kept] of rows) expect([f, left.includes(f)]).toEqual([f, kept]);
    expect(left).toContain('tagger-clusters-000000000000000000000000.bin');
  });

  it('a read marks the file used, so a value read every day is never pruned', () => {
    const f = 'tagger-model-aaaaaaaaaaaaaaaaaaaaaaaa.bin';
    writeFileSync(join(dir, f), 'model');
    age(f, STALE_DAYS + 5);
    expect(readCached(f)?.toString()).toBe('model');
    expect(Date.now() - statSync(join(dir, f)).mtimeMs).toBeLessThan(DAY);
    writeCached('other-000000000000000000000000.bin', [Buffer.from('x')]);
    expect(readdirSync(dir)).toContain(f);
  });
});

describe('folderDigest (the key of every table: all code and data)', () => {
  it('changes with any byte or name of any file, and only then', () => {
    const root = join(dir, 'pkg');
    mkdirSync(join(root, 'extract'), { recursive: true });
    writeFileSync(join(root, 'a.js'), 'export const a = 1;\n');
    writeFileSync(join(root, 'extract', 'words.json'), '["gunmen"]');
    const d0 = folderDigest(root);
    expect(folderDigest(root)).toBe(d0);
    writeFileSync(join(root, 'extract', 'words.json'), '["gunman"]');
    const d1 = folderDigest(root);
    expect(d1).not.toBe(d0);
    writeFileSync(join(root, 'extract', 'b.json'), '');
    expect(folderDigest(root)).not.toBe(d1);
    expect(folderDigest(root, (rel) => rel === 'extract/b.json')).toBe(d1);
  });
});

describe('the shipped lexicon, checked once', () => {
  it('built from files once checked (the cache remembers it), it is the lexicon makeLexicon builds and checks', () => {
    const script = [
      "const L = await import('./src/extract/lexicon/index.ts');",
      'process.stdout.write(JSON.stringify([L.defaultLexicon(), L.makeLexicon(L.shippedFiles())]));',
    ].join('\n');
    const run = () =>
      execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
        cwd: new URL('../../', import.meta.url),
        env: { ...process.env, NEWSGRAPH_CACHE_DIR: dir },
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
      });
    const [checked, made] = JSON.parse(run()) as unknown[];
    expect(tableFiles()).toEqual([expect.stringMatching(/^table-lexicon-checked-src-[0-9a-f]{24}\.v8$/)]);
    const [unchecked, again] = JSON.parse(run()) as unknown[];
    expect(checked).toEqual(made);
    expect(unchecked).toEqual(made);
    expect(again).toEqual(made);
  }, 120_000);
});

describe('the shipped tables', () => {
  it('extraction is the same computed, read from the cache, and with the cache off', () => {
    const script = [
      "const { readArticles } = await import('./src/ingest/index.ts');",
      "const { analyzeArticle } = await import('./src/resolve/index.ts');",
      "const out = [];",
      "for await (const a of readArticles(['corpus/seed.article.txt', 'corpus/re3d-centcom.jsonl'], {})) out.push(analyzeArticle(a));",
      'process.stdout.write(JSON.stringify(out));',
    ].join('\n');
    const run = (cache: string) =>
      execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
        cwd: new URL('../../', import.meta.url),
        env: { ...process.env, NEWSGRAPH_CACHE_DIR: cache },
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
      });
    const computed = run(dir);
    const names = tableFiles().map((f) => f.replace(/-src-[0-9a-f]+\.v8$/, '').replace(/^table-/, ''));
    expect(names).toEqual(expect.arrayContaining(['event-verbs', 'verb-forms', 'generic-agents', 'gazetteer-trie', 'relation-rules', 'rule-cues', 'tagger-name-lists', 'lexicon-checked']));
    const read = run(dir);
    const off = run('off');
    expect(JSON.parse(computed).length).toBeGreaterThan(5);
    expect(read === computed).toBe(true);
    expect(off === computed).toBe(true);
    expect(existsSync(join(dir, tableFiles()[0]!))).toBe(true);
  }, 240_000);
});
