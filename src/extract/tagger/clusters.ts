/**
 * Word clusters (./models/clusters.tsv.gz, built by `npm run train --
 * --clusters` from GloVe vectors): lower-cased word -> coarse and fine cluster
 * id. Loaded on first use; the file's digest is part of the NER feature set,
 * so a model trained with other clusters refuses to load.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { ModelError } from './errors.ts';
import { digest, hashString } from './hash.ts';

export interface ClusterMap {
  /** lower-cased word -> coarse id * 65536 + fine id + 1 */
  ids: ReadonlyMap<string, number>;
  /** digest of the file's text ('none' for the empty map) */
  digest: string;
}

/**
 * The arrays of a packed word -> id map: the words in one string (each
 * followed by "\n"), where each starts, its id, and an open-addressing table
 * (word hash -> index + 1, 0 empty; its length a power of two). What the
 * disk cache stores (./image.ts): a process reads it back as four arrays and
 * one string, with no object per word.
 */
export interface PackedWordIds {
  words: string;
  /** count + 1 offsets into `words`: word i is words.slice(starts[i], starts[i + 1] - 1) */
  starts: Int32Array;
  ids: Int32Array;
  table: Int32Array;
}

/**
 * A word -> id map over packed arrays (`PackedWordIds`): the same entries,
 * in the same order, and the same answers as a Map built by setting each
 * word in turn (a word set again keeps its place and takes the later id).
 */
export class PackedWordMap implements ReadonlyMap<string, number> {
  readonly words: string;
  readonly starts: Int32Array;
  readonly ids: Int32Array;
  readonly table: Int32Array;
  private readonly mask: number;

  constructor(p: PackedWordIds) {
    this.words = p.words;
    this.starts = p.starts;
    this.ids = p.ids;
    this.table = p.table;
    this.mask = p.table.length - 1;
  }

  /** Pack (word, id) pairs in order; a repeated word keeps its first place and its last id. */
  static of(entries: Iterable<readonly [string, number]>): PackedWordMap {
    const list: string[] = [];
    const idList: number[] = [];
    const seen = new Map<string, number>();
    for (const [w, id] of entries) {
      const at = seen.get(w);
      if (at !== undefined) idList[at] = id;
      else {
        seen.set(w, list.length);
        list.push(w);
        idList.push(id);
      }
    }
    let size = 16;
    while (size < list.length * 2) size <<= 1;
    const table = new Int32Array(size);
    const starts = new Int32Array(list.length + 1);
    let at = 0;
    for (let i = 0; i < list.length; i++) {
      starts[i] = at;
      at += list[i]!.length + 1;
      let h = hashString(list[i]!) & (size - 1);
      while (table[h] !== 0) h = (h + 1) & (size - 1);
      table[h] = i + 1;
    }
    starts[list.length] = at;
    return new PackedWordMap({ words: list.length ? list.join('\n') + '\n' : '', starts, ids: Int32Array.from(idList), table });
  }

  get size(): number {
    return this.ids.length;
  }

  /** The index of `word`, or -1. */
  private indexOf(word: string): number {
    const { table, starts, words, mask } = this;
    const n = word.length;
    let h = hashString(word) & mask;
    for (;;) {
      const i = table[h]! - 1;
      if (i < 0) return -1;
      const s = starts[i]!;
      if (starts[i + 1]! - s - 1 === n && words.startsWith(word, s)) return i;
      h = (h + 1) & mask;
    }
  }

  get(word: string): number | undefined {
    const i = this.indexOf(word);
    return i < 0 ? undefined : this.ids[i];
  }

  has(word: string): boolean {
    return this.indexOf(word) >= 0;
  }

  private word(i: number): string {
    return this.words.slice(this.starts[i], this.starts[i + 1]! - 1);
  }

  *entries(): MapIterator<[string, number]> {
    for (let i = 0; i < this.ids.length; i++) yield [this.word(i), this.ids[i]!];
  }

  *keys(): MapIterator<string> {
    for (let i = 0; i < this.ids.length; i++) yield this.word(i);
  }

  *values(): MapIterator<number> {
    for (let i = 0; i < this.ids.length; i++) yield this.ids[i]!;
  }

  [Symbol.iterator](): MapIterator<[string, number]> {
    return this.entries();
  }

  forEach(fn: (value: number, key: string, map: ReadonlyMap<string, number>) => void, thisArg?: unknown): void {
    for (let i = 0; i < this.ids.length; i++) fn.call(thisArg, this.ids[i]!, this.word(i), this);
  }
}

export const NO_CLUSTERS: ClusterMap = { ids: PackedWordMap.of([]), digest: 'none' };

export function parseClusters(text: string, path: string): ClusterMap {
  const entries: Array<[string, number]> = [];
  const lines = text.split('\n');
  if (!lines[0]?.startsWith('# newsgraph word clusters')) throw new ModelError(path, 'not a newsgraph cluster map');
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line) continue;
    const [w, c, f] = line.split('\t');
    const coarse = Number(c);
    const fine = Number(f);
    if (!w || !Number.isInteger(coarse) || !Number.isInteger(fine)) throw new ModelError(path, `bad line ${i + 1}`);
    entries.push([w, coarse * 65536 + fine + 1]);
  }
  return { ids: PackedWordMap.of(entries), digest: digest([text]) };
}

export function loadClusters(path: string): ClusterMap {
  return clustersFromBytes(readClusterFile(path), path);
}

/** The bytes of a cluster map file (ModelError naming it when it cannot be read). */
export function readClusterFile(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (e) {
    throw clusterReadError(path, e);
  }
}

/** The cluster map of a file's bytes (gzip of the text). */
export function clustersFromBytes(bytes: Uint8Array, path: string): ClusterMap {
  let text: string;
  try {
    text = gunzipSync(bytes).toString('utf8');
  } catch (e) {
    throw clusterReadError(path, e);
  }
  return parseClusters(text, path);
}

function clusterReadError(path: string, e: unknown): ModelError {
  const code = (e as NodeJS.ErrnoException).code;
  return new ModelError(path, code === 'ENOENT' ? 'cluster map is missing' : `cannot read cluster map (${code ?? (e as Error).message})`);
}
