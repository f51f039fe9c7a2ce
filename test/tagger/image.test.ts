/**
 * The disk cache of built models (src/extract/tagger/image.ts,
 * src/util/disk-cache.ts): an image read back is the very model that was
 * built (same table, same scores), a damaged image is ignored and rebuilt,
 * and the cache never changes what a model scores.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clustersFromBytes, loadClusters, PackedWordMap } from '../../src/extract/tagger/clusters.ts';
import { decodeModel } from '../../src/extract/tagger/format.ts';
import {
  cachedClusters,
  cachedModel,
  decodeClustersImage,
  decodeModelImage,
  encodeClustersImage,
  encodeModelImage,
  posTagMemo,
} from '../../src/extract/tagger/image.ts';
import { LinearModel, type LinearModelData } from '../../src/extract/tagger/linear.ts';
import { MODEL_DIR, MODEL_FILES, posTag, shippedPosTagMemo } from '../../src/extract/tagger/models.ts';
import { cacheDir, resetCacheDir } from '../../src/util/disk-cache.ts';

function tiny(): LinearModelData {
  return {
    kind: 'ner',
    labels: ['O', 'U-PER', 'U-ORG'],
    featureSet: 'test-v1:0000',
    keys: Int32Array.from([3, 17, 99, -5, 1 << 30]),
    weights: Float32Array.from([0.5, -0.25, 0, 0, 0, 0, 1.5, 2, -1, 0, 0.125, 0, 7, 0, 0]),
    transitions: new Float32Array(12).map((_, i) => i / 8),
    meta: { note: 'unit test' },
  };
}

const buf = (parts: Uint8Array[]) => Buffer.concat(parts);
const bytesOf = (a: ArrayBufferView) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);

function scores(m: LinearModel, keys: number[]): number[] {
  const s = new Float32Array(m.nLabels);
  m.addRows(Int32Array.from(keys), keys.length, s, 0);
  return Array.from(s);
}

const saved = process.env['NEWSGRAPH_CACHE_DIR'];
let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ng-image-'));
  process.env['NEWSGRAPH_CACHE_DIR'] = dir;
  resetCacheDir();
  rmSync(dir, { recursive: true, force: true });
});
afterAll(() => {
  if (saved === undefined) delete process.env['NEWSGRAPH_CACHE_DIR'];
  else process.env['NEWSGRAPH_CACHE_DIR'] = saved;
  resetCacheDir();
});

describe('model images', () => {
  it('read back, an image is the built model: same table, same data, same scores', () => {
    const built = new LinearModel(tiny());
    const back = decodeModelImage(buf(encodeModelImage(built)))!;
    expect(back).toBeInstanceOf(LinearModel);
    const [a, b] = [built.image(), back.image()];
    expect(bytesOf(b.table).equals(bytesOf(a.table))).toBe(true);
    expect(bytesOf(b.data).equals(bytesOf(a.data))).toBe(true);
    expect(bytesOf(b.transitions).equals(bytesOf(a.transitions))).toBe(true);
    expect({ ...b, table: 0, data: 0, transitions: 0 }).toEqual({ ...a, table: 0, data: 0, transitions: 0 });
    for (const keys of [[3], [99, 3, 12345], [-5, 1 << 30, 17], [42]]) expect(scores(back, keys)).toEqual(scores(built, keys));
    expect(scores(back, [99])).toEqual([1.5, 2, -1]);
  });

  it('an image at an odd offset in memory is copied, not misread', () => {
    const built = new LinearModel(tiny());
    const whole = buf(encodeModelImage(built));
    const odd = Buffer.alloc(whole.length + 1).subarray(1);
    whole.copy(odd);
    expect(scores(decodeModelImage(odd)!, [99, -5])).toEqual(scores(built, [99, -5]));
  });

  it('a damaged image is no model (the caller builds it again)', () => {
    const whole = buf(encodeModelImage(new LinearModel(tiny())));
    expect(decodeModelImage(whole.subarray(0, whole.length - 4))).toBeUndefined();
    expect(decodeModelImage(Buffer.concat([whole, Buffer.alloc(4)]))).toBeUndefined();
    const bad = Buffer.from(whole);
    bad.write('XX', 0, 'latin1');
    expect(decodeModelImage(bad)).toBeUndefined();
    expect(decodeModelImage(Buffer.from('NGIMAGE1\u00ff\u00ff\u00ff\u00ff{"a":1}', 'latin1'))).toBeUndefined();
    expect(decodeModelImage(Buffer.alloc(0))).toBeUndefined();
  });

  it('cachedModel builds once, then reads the image; a damaged file is rebuilt and rewritten', () => {
    const bytes = Buffer.from('the bytes of some model file');
    let builds = 0;
    const build = () => (builds++, new LinearModel(tiny()));
    const first = cachedModel(bytes, build);
    expect(builds).toBe(1);
    const files = readdirSync(dir).filter((f) => f.startsWith('tagger-model-'));
    expect(files).toHaveLength(1);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const second = cachedModel(bytes, build);
    expect(builds).toBe(1);
    expect(scores(second, [99, 3])).toEqual(scores(first, [99, 3]));
    // other bytes: another file
    cachedModel(Buffer.from('another model file'), build);
    expect(builds).toBe(2);
    // damage the first image: built again, and the cache holds a good image again
    writeFileSync(join(dir, files[0]!), 'garbage');
    expect(scores(cachedModel(bytes, build), [99])).toEqual(scores(first, [99]));
    expect(builds).toBe(3);
    cachedModel(bytes, build);
    expect(builds).toBe(3);
  });

  it('with the cache off nothing is written and every call builds', () => {
    process.env['NEWSGRAPH_CACHE_DIR'] = 'off';
    resetCacheDir();
    try {
      expect(cacheDir()).toBeNull();
      let builds = 0;
      const build = () => (builds++, new LinearModel(tiny()));
      cachedModel(Buffer.from('x'), build);
      cachedModel(Buffer.from('x'), build);
      expect(builds).toBe(2);
    } finally {
      process.env['NEWSGRAPH_CACHE_DIR'] = dir;
      resetCacheDir();
    }
  });

  it('a cache folder that cannot be made is no error', () => {
    const file = join(dir, 'a-file');
    writeFileSync(file, '');
    process.env['NEWSGRAPH_CACHE_DIR'] = join(file, 'below');
    resetCacheDir();
    try {
      let builds = 0;
      const m = cachedModel(Buffer.from('y'), () => (builds++, new LinearModel(tiny())));
      expect(builds).toBe(1);
      expect(scores(m, [99])).toEqual([1.5, 2, -1]);
    } finally {
      process.env['NEWSGRAPH_CACHE_DIR'] = dir;
      resetCacheDir();
    }
  });
});

describe('the shipped models through the cache', () => {
  it('the POS and NER images score exactly as the models built from their files', () => {
    for (const f of [MODEL_FILES.pos, MODEL_FILES.ner]) {
      const path = MODEL_DIR + f;
      const bytes = readFileSync(path);
      const built = new LinearModel(decodeModel(bytes, path));
      const back = decodeModelImage(buf(encodeModelImage(built)))!;
      const [a, b] = [built.image(), back.image()];
      expect(a.rows).toBeGreaterThan(10_000);
      expect(bytesOf(b.table).equals(bytesOf(a.table)), f).toBe(true);
      expect(bytesOf(b.data).equals(bytesOf(a.data)), f).toBe(true);
      expect(bytesOf(b.transitions).equals(bytesOf(a.transitions)), f).toBe(true);
      expect(b.featureSet).toBe(a.featureSet);
      expect(b.labels).toEqual(a.labels);
    }
  });

  it('the cluster map image is the same map, in the same order, with the same digest', () => {
    const path = MODEL_DIR + MODEL_FILES.clusters;
    const direct = loadClusters(path);
    const back = decodeClustersImage(buf(encodeClustersImage(direct)))!;
    expect(back.digest).toBe(direct.digest);
    expect(back.ids.size).toBe(direct.ids.size);
    expect([...back.ids]).toEqual([...direct.ids]);
    const bytes = readFileSync(path);
    let builds = 0;
    const build = () => (builds++, clustersFromBytes(bytes, path));
    cachedClusters(bytes, build);
    const cached = cachedClusters(bytes, build);
    expect(builds).toBe(1);
    expect(cached.digest).toBe(direct.digest);
    expect(existsSync(dir)).toBe(true);
  });
});

describe('the packed word map (cluster ids without an object per word)', () => {
  const entries: Array<[string, number]> = [
    ['abc', 1],
    ['ab', 2],
    ['abcd', 3],
    ['über', 4],
    ['ab', 5], // set again: keeps its place, takes the later id
    ['x', 6],
    ['naïve-word', 7],
  ];
  const map = new Map(entries);
  const packed = PackedWordMap.of(entries);

  it.each([['abc'], ['ab'], ['abcd'], ['über'], ['x'], ['naïve-word'], ['a'], ['abce'], ['bc'], [''], ['über\n'], ['ABC'], ['x\nab']])(
    'answers %j as a Map does',
    (w) => {
      expect(packed.get(w)).toBe(map.get(w));
      expect(packed.has(w)).toBe(map.has(w));
    },
  );

  it('holds the same entries in the same order, also read back from its image', () => {
    expect(packed.size).toBe(map.size);
    expect([...packed]).toEqual([...map]);
    expect([...packed.keys()]).toEqual([...map.keys()]);
    expect([...packed.values()]).toEqual([...map.values()]);
    const back = decodeClustersImage(buf(encodeClustersImage({ ids: packed, digest: 'd' })))!;
    expect([...back.ids]).toEqual([...map]);
    for (const [w] of [...entries, ['abce', 0] as const, ['', 0] as const]) expect(back.ids.get(w)).toBe(map.get(w));
    const empty = decodeClustersImage(buf(encodeClustersImage({ ids: PackedWordMap.of([]), digest: 'none' })))!;
    expect([empty.ids.size, empty.ids.get('ab')]).toEqual([0, undefined]);
  });

  it('a damaged cluster image is no map (the caller builds it again)', () => {
    const whole = buf(encodeClustersImage({ ids: packed, digest: 'd' }));
    expect(decodeClustersImage(whole.subarray(0, whole.length - 1))).toBeUndefined();
    expect(decodeClustersImage(Buffer.concat([whole, Buffer.from('y')]))).toBeUndefined();
    const cut = Buffer.from(whole);
    cut[cut.length - 1] = 0x41; // the last word no longer ends with a newline
    expect(decodeClustersImage(cut)).toBeUndefined();
    expect(decodeClustersImage(buf(encodeModelImage(new LinearModel(tiny()))))).toBeUndefined();
  });
});

describe('POS tags memoised in the cache', () => {
  it('gives the tagger\'s tags; a second memo of the same model and code reads them without tagging', () => {
    const lists = [['from'], ['they', 'set', 'out', 'the', 'plan'], ['diplomatic', 'ties'], ['against']];
    let calls = 0;
    const tagger = (w: string[]) => (calls++, posTag(w));
    const model = () => Buffer.from('model bytes A');
    const first = posTagMemo('test', model, tagger);
    for (const l of lists) expect(first.tag(l)).toEqual(posTag(l));
    first.tag(['from']);
    expect(calls).toBe(4);
    first.save();
    const second = posTagMemo('test', model, tagger);
    for (const l of lists) expect(second.tag(l)).toEqual(posTag(l));
    expect(calls).toBe(4);
    // another model: nothing is taken from the first one's memo
    const other = posTagMemo('test', () => Buffer.from('model bytes B'), tagger);
    other.tag(['from']);
    expect(calls).toBe(5);
    // the shipped memo tags as posTag does
    expect(shippedPosTagMemo('test-shipped').tag(['they', 'set', 'off', 'the', 'plan'])).toEqual(posTag(['they', 'set', 'off', 'the', 'plan']));
  });
});
