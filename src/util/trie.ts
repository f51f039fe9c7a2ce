/**
 * A trie of words over number symbols, the first half of an Aho–Corasick automaton: states are numbered as they are
 * made (0 is the start), `next[s]` maps a symbol to the state after it, `out[s]` holds what the words that end at `s`
 * emit. The scanners that read it (rules/cue-scan.ts, mentions/cue-words.ts) add their own failure links and tables.
 */
export interface Trie<T> {
  next: Array<Map<number, number>>;
  out: T[][];
}

export function newTrie<T>(): Trie<T> {
  return { next: [new Map()], out: [[]] };
}

/** Add a word, its symbols in order, that emits `value` where it ends. */
export function addWord<T>(trie: Trie<T>, symbols: Iterable<number>, value: T): void {
  const { next, out } = trie;
  let s = 0;
  for (const c of symbols) {
    let t = next[s]!.get(c);
    if (t === undefined) {
      t = next.length;
      next.push(new Map());
      out.push([]);
      next[s]!.set(c, t);
    }
    s = t;
  }
  out[s]!.push(value);
}
