/**
 * Every rule's cue tested in one pass over a sentence: an Aho–Corasick
 * automaton over all cue words (compile.ts derives them from the patterns,
 * cue.ts) says which rules' words occur, instead of one case-insensitive
 * regex test per rule.
 *
 * Same answer as the cue regexes (`new RegExp(words.map(esc).join('|'), 'iu')`)
 * or a looser one, never a stricter one (a cue may only let more sentences
 * through to the pattern, cue.ts): the scan reads the sentence lower-cased,
 * and a word is scanned only when it is ASCII or caseless characters ("‐",
 * "’"), whose case-insensitive matches are exactly the characters that
 * lower-case to them, plus "ſ" (read as "s"). A rule with any other word
 * keeps its regex.
 *
 * `ends` scans a masked sentence the same way and says where each rule's
 * last cue word ends in it: a match holds one of its rule's cue words, so a
 * match can only start before that end (engine.ts starts a rule only at
 * placeholders before it).
 */
import { addWord, newTrie } from '../../util/trie.ts';

/** The one character outside ASCII that simple case folding maps to an ASCII letter and lower-casing leaves alone. */
const LONG_S = /ſ/g;

/** A word the lower-cased scan finds wherever the case-insensitive regex would. */
export function scannable(word: string): boolean {
  if (word.length === 0 || word !== word.toLowerCase()) return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 128) continue;
    if (c >= 0xd800 && c <= 0xdfff) return false;
    const ch = word.charAt(i);
    if (ch.toUpperCase() !== ch) return false;
  }
  return true;
}

export interface CueScan {
  /** For each rule, 1 when its cue is met (or it has none): its pattern must run. */
  rules(text: string): Uint8Array;
  /**
   * For each rule, where the last of its cue words found in `text` ends (0: none found), or undefined when the
   * scan cannot tell positions (lower-casing changed the text's length). -1: the rule has no scannable cue.
   */
  ends(text: string): Int32Array | undefined;
}

/**
 * A scanner for rules given as their cue words (`undefined`: no cue, always
 * runs) and their cue regexes (used for a rule with a word the scan cannot read).
 */
export function cueScan(cues: ReadonlyArray<{ words: readonly string[] | undefined; re: RegExp | undefined }>): CueScan {
  return cueScanOf(cueAutomaton(cues), cues);
}

/** The automaton of a scanner: plain data (typed arrays, a map, arrays), so that it can be cached (compile.ts). */
export interface CueAutomaton {
  fallback: readonly number[];
  always: readonly number[];
  /** Column of each non-ASCII character the words use. */
  extra: ReadonlyMap<number, number>;
  cols: number;
  delta: Int32Array;
  emit: ReadonlyArray<Int32Array | undefined>;
}

/** Build the automaton of `cueScan` from the rules' cue words. */
export function cueAutomaton(cues: ReadonlyArray<{ words: readonly string[] | undefined; re: RegExp | undefined }>): CueAutomaton {
  const fallback: number[] = [];
  const always: number[] = [];
  // trie over UTF-16 code units; column: ASCII code, or 128 + k for the k-th other character the words use
  const extra = new Map<number, number>();
  const trie = newTrie<number>();
  const { next, out } = trie;
  cues.forEach(({ words, re }, r) => {
    if (!words || !re) return void always.push(r);
    if (!words.every(scannable)) return void fallback.push(r);
    for (const w of words) {
      const codes = Array.from({ length: w.length }, (_, i) => w.charCodeAt(i));
      for (const c of codes) if (c >= 128 && !extra.has(c)) extra.set(c, 128 + extra.size);
      addWord(trie, codes, r);
    }
  });
  const cols = 128 + extra.size;
  const colOf = (c: number): number => (c < 128 ? c : extra.get(c)!);
  const n = next.length;
  // dense transitions with failure links resolved (a DFA), breadth first
  const delta = new Int32Array(n * cols);
  const fail = new Int32Array(n);
  const emit: Array<Int32Array | undefined> = new Array(n);
  const queue: number[] = [];
  for (const [c, t] of next[0]!) {
    delta[colOf(c)] = t;
    queue.push(t);
  }
  for (let q = 0; q < queue.length; q++) {
    const s = queue[q]!;
    const f = fail[s]!;
    for (let col = 0; col < cols; col++) delta[s * cols + col] = delta[f * cols + col]!;
    for (const [c, t] of next[s]!) {
      delta[s * cols + colOf(c)] = t;
      fail[t] = delta[f * cols + colOf(c)]!;
      queue.push(t);
    }
  }
  for (const s of queue) {
    const rules = new Set([...out[s]!, ...(emit[fail[s]!] ?? [])]);
    if (rules.size) emit[s] = Int32Array.from([...rules].sort((a, b) => a - b));
  }
  return { fallback, always, extra, cols, delta, emit };
}

/**
 * The automaton's transitions read by classes of characters instead of its dense columns: a character no cue word
 * holds (most of the 128 ASCII columns) leads from every state to the start, so all such characters share class 0,
 * and each other column is a class of its own. With 16-bit states the table is about an eighth of the dense one
 * (3,109 states: 1.6 MB -> 0.2 MB), small enough to stay in cache through a sentence's scan, where reads of the dense
 * one missed it. The rules a state emits are one flat list (`emitAt[s] .. emitAt[s + 1]` of `emitList`). Derived once
 * per scanner from the automaton (which the disk cache keeps as it is): the same states, the same answers.
 */
interface ClassTable {
  /** class of each ASCII character (0: in no word) */
  ascii: Uint8Array;
  /** class of each other character a word holds (absent: class 0) */
  other: ReadonlyMap<number, number>;
  classes: number;
  next: Uint16Array | Int32Array;
  emitAt: Int32Array;
  emitList: Int32Array;
}

function classTable({ extra, cols, delta, emit }: CueAutomaton): ClassTable {
  const n = delta.length / cols;
  // the class of each column: 0 when every state goes to the start on it
  const classOf = new Int32Array(cols);
  let classes = 1;
  for (let col = 0; col < cols; col++) {
    for (let st = 0; st < n; st++) {
      if (delta[st * cols + col] !== 0) {
        classOf[col] = classes++;
        break;
      }
    }
  }
  const ascii = new Uint8Array(128);
  for (let c = 0; c < 128; c++) ascii[c] = classOf[c]!;
  const other = new Map<number, number>();
  for (const [c, col] of extra) if (classOf[col]) other.set(c, classOf[col]!);
  const next = n <= 0x10000 ? new Uint16Array(n * classes) : new Int32Array(n * classes);
  for (let st = 0; st < n; st++) for (let col = 0; col < cols; col++) if (classOf[col]) next[st * classes + classOf[col]!] = delta[st * cols + col]!;
  const emitAt = new Int32Array(n + 1);
  const list: number[] = [];
  for (let st = 0; st < n; st++) {
    emitAt[st] = list.length;
    const e = emit[st];
    if (e) for (let k = 0; k < e.length; k++) list.push(e[k]!);
  }
  emitAt[n] = list.length;
  return { ascii, other, classes, next, emitAt, emitList: Int32Array.from(list) };
}

/** The scanner of an automaton built from `cues` (their regexes serve the rules whose words the scan cannot read). */
export function cueScanOf(
  automaton: CueAutomaton,
  cues: ReadonlyArray<{ words: readonly string[] | undefined; re: RegExp | undefined }>,
): CueScan {
  const { fallback, always } = automaton;
  const { ascii, other, classes, next, emitAt, emitList } = classTable(automaton);
  const result = new Uint8Array(cues.length);
  const endsOut = new Int32Array(cues.length);
  return {
    ends(text: string): Int32Array | undefined {
      let low = text.toLowerCase();
      if (low.length !== text.length) return undefined;
      if (low.indexOf('ſ') >= 0) low = low.replace(LONG_S, 's');
      endsOut.fill(0);
      for (const r of always) endsOut[r] = -1;
      for (const r of fallback) endsOut[r] = -1;
      let s = 0;
      for (let i = 0; i < low.length; i++) {
        const c = low.charCodeAt(i);
        const k = c < 128 ? ascii[c]! : (other.get(c) ?? 0);
        if (k === 0) {
          s = 0;
          continue;
        }
        s = next[s * classes + k]!;
        for (let e = emitAt[s]!, end = emitAt[s + 1]!; e < end; e++) endsOut[emitList[e]!] = i + 1;
      }
      return endsOut;
    },
    rules(text: string): Uint8Array {
      result.fill(0);
      for (const r of always) result[r] = 1;
      for (const r of fallback) result[r] = cues[r]!.re!.test(text) ? 1 : 0;
      let low = text.toLowerCase();
      if (low.indexOf('ſ') >= 0) low = low.replace(LONG_S, 's');
      let s = 0;
      for (let i = 0; i < low.length; i++) {
        const c = low.charCodeAt(i);
        const k = c < 128 ? ascii[c]! : (other.get(c) ?? 0);
        if (k === 0) {
          s = 0; // a character no word holds: nothing spans it
          continue;
        }
        s = next[s * classes + k]!;
        for (let e = emitAt[s]!, end = emitAt[s + 1]!; e < end; e++) result[emitList[e]!] = 1;
      }
      return result;
    },
  };
}
