/**
 * A word -> integer map without an object per word: the words in one string,
 * where each starts, its integer, and an open-addressing hash table over
 * them. Read back from a file as a few typed arrays and one string (the
 * tagger's cluster map, compromise's lexicon in the disk cache), it costs no
 * allocation per entry at load and leaves the garbage collector nothing to
 * copy; a lookup hashes the word and compares it in place.
 */

import { fmix } from './fmix.ts';

/** FNV-1a over UTF-16 code units of s[from, to), then murmur3's finaliser. */
function hashRange(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix(h);
}

/**
 * The arrays of a packed word -> id map: the words in one string (each
 * followed by "\n"), where each starts, its id, and an open-addressing table
 * (word hash -> index + 1, 0 empty; its length a power of two). What the
 * disk cache stores (extract/tagger/image.ts, extract/compromise.ts): a
 * process reads it back as three int32 arrays and one string, with no object
 * per word.
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
    }
    starts[list.length] = at;
    const words = list.length ? list.join('\n') + '\n' : '';
    fillTable(table, words, starts);
    return new PackedWordMap({ words, starts, ids: Int32Array.from(idList), table });
  }

  /** The map of packed arrays read back from a file, or undefined when they do not fit together (a damaged file). */
  static checked(p: PackedWordIds): PackedWordMap | undefined {
    const n = p.ids.length;
    const t = p.table.length;
    if (p.starts.length !== n + 1 || t < 16 || (t & (t - 1)) !== 0 || t < n * 2) return undefined;
    if (p.starts[0] !== 0 || p.starts[n] !== p.words.length || (n > 0 && p.words[p.words.length - 1] !== '\n')) return undefined;
    return new PackedWordMap(p);
  }

  get size(): number {
    return this.ids.length;
  }

  /** The index of `word`, or -1. */
  private indexOf(word: string): number {
    const { table, starts, words, mask } = this;
    const n = word.length;
    let h = hashRange(word, 0, n) & mask;
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


/** Put word i of `words` (at starts[i]) in the table as i + 1 (the words distinct, the table at least twice their number). */
function fillTable(table: Int32Array, words: string, starts: Int32Array): void {
  const mask = table.length - 1;
  for (let i = 0; i + 1 < starts.length; i++) {
    let h = hashRange(words, starts[i]!, starts[i + 1]! - 1) & mask;
    while (table[h] !== 0) h = (h + 1) & mask;
    table[h] = i + 1;
  }
}
