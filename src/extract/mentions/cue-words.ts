/**
 * The cue regexes of the name patterns (cued.ts) read together in one pass
 * over a text. Most cues are alternations of words ("(?:commander|chief\s+of
 * \s+staff|...)"); each, scanned over a whole article, tries its alternation
 * at every position, and some twenty of them are, once per article. Here the
 * words of every such cue of a group go into one Aho–Corasick automaton, and
 * one pass over the text gives each cue's positions: those of its regex, the
 * positions where one of its words starts.
 *
 * A cue is read only when its source is words and nothing else: characters,
 * escaped syntax characters, `\s+` between them, groups `(?:...)`,
 * alternatives, classes of single characters `[Cc]`, `[-‐]` and optional items `s?`,
 * spelled out into at most MAX_WORDS words; its flags `g` and `u` (and `i`,
 * for words `scannable` as rules/cue-scan.ts reads them: the text is then read
 * lower-cased, "ſ" as "s", as a case-insensitive Unicode regex folds it). A
 * word opens with a character, never with white space. `\s+` matches a whole
 * run of white space when a character follows it, so the text is read as
 * characters with each run of white space one symbol, and a word's `\s+` is
 * that symbol. Any other cue keeps its regex (cued.ts).
 */
import { scannable } from '../rules/cue-scan.ts';
import { addWord, newTrie } from '../../util/trie.ts';

/** The unit of a word that stands for `\s+` (one run of white space); other units are UTF-16 codes. */
const WS = 0x10000;
/** The most words a cue's source may spell out to. */
const MAX_WORDS = 20_000;
/** Characters a regex source escapes to mean themselves. */
const SYNTAX = '^$\\.*+?()[]{}|/-';

/** White space as a regex's `\s` reads it (one UTF-16 unit). */
const WHITE = /\s/;
const isWhite = (c: number): boolean => (c < 0x80 ? c === 0x20 || (c >= 0x09 && c <= 0x0d) : (c === 0xa0 || c >= 0x1680) && WHITE.test(String.fromCharCode(c)));

class NotWords extends Error {}

/** The words of a regex source (units each), or undefined when the source is more than words (module comment). */
export function cueWords(re: RegExp): number[][] | undefined {
  const flags = re.flags.replace('g', '');
  if (flags !== 'u' && flags !== 'iu') return undefined;
  const fold = flags === 'iu';
  const src = re.source;
  let i = 0;
  const fail = (): never => {
    throw new NotWords();
  };
  const char = (ch: string): number[][] => {
    const c = ch.charCodeAt(0);
    if ((c >= 0xd800 && c <= 0xdfff) || isWhite(c)) fail();
    if (fold && !scannable(ch.toLowerCase())) fail();
    return [[(fold ? ch.toLowerCase() : ch).charCodeAt(0)]];
  };
  const cross = (a: number[][], b: number[][]): number[][] => {
    if (a.length * b.length > MAX_WORDS) fail();
    const out: number[][] = [];
    for (const x of a) for (const y of b) out.push([...x, ...y]);
    return out;
  };
  const alternation = (): number[][] => {
    const out = sequence();
    while (src[i] === '|') {
      i++;
      out.push(...sequence());
      if (out.length > MAX_WORDS) fail();
    }
    return out;
  };
  const sequence = (): number[][] => {
    let out: number[][] = [[]];
    while (i < src.length && src[i] !== '|' && src[i] !== ')') {
      let item = atom();
      if (src[i] === '?') {
        i++;
        item = [[], ...item];
      } else if (src[i] === '*' || src[i] === '+' || src[i] === '{') fail();
      out = cross(out, item);
    }
    return out;
  };
  const atom = (): number[][] => {
    const ch = src[i]!;
    if (ch === '(') {
      if (!src.startsWith('(?:', i)) fail();
      i += 3;
      const inner = alternation();
      if (src[i] !== ')') fail();
      i++;
      return inner;
    }
    if (ch === '[') {
      const out: number[][] = [];
      const open = i + 1;
      for (i++; i < src.length && src[i] !== ']'; i++) {
        let c = src[i]!;
        // (a hyphen first or last in the class is itself; elsewhere it makes a range)
        if (c === '^' || c === '[' || (c === '-' && i !== open && src[i + 1] !== ']')) fail();
        if (c === '\\') {
          c = src[++i] ?? '';
          if (!SYNTAX.includes(c) || c === '') fail();
        }
        out.push(...char(c));
      }
      if (src[i] !== ']' || out.length === 0) fail();
      i++;
      return out;
    }
    if (ch === '\\') {
      const e = src[i + 1] ?? '';
      if (e === 's' && src[i + 2] === '+') {
        i += 3;
        return [[WS]];
      }
      if (e === '' || !SYNTAX.includes(e)) fail();
      i += 2;
      return char(e);
    }
    if (SYNTAX.includes(ch) && ch !== '-' && ch !== '/') fail();
    i++;
    return char(ch);
  };
  let words: number[][];
  try {
    words = alternation();
    if (i !== src.length) return undefined;
  } catch (e) {
    if (e instanceof NotWords) return undefined;
    throw e;
  }
  // a word opens with a character, and no run of white space follows another (`\s+\s+` asks for two characters)
  for (const w of words) {
    if (w.length === 0 || w[0] === WS) return undefined;
    for (let k = 1; k < w.length; k++) if (w[k] === WS && w[k - 1] === WS) return undefined;
  }
  return words;
}

/** States with at least this many edges get a full row of transitions (module comment of `Automaton`). */
const DENSE_EDGES = 3;
/** The bit of a transition's target that says the target state ends words (then its words are read). */
const EMITS = 1 << 30;
/** The column of white space (column 0: a unit no word holds, which leads back to the start). */
const WS_COL = 1;

/**
 * One Aho–Corasick automaton over the words of some cues (their index: the cue's place in `cues`), read over a text
 * as it is or lower-cased. Units are read as columns. The states with many edges (the start and the first letters of
 * words, where a scan spends most steps) come first and have a full row of transitions, failures resolved; any other
 * state has its few edges in a flat list and its failure link, followed until a state with a row: about 40 kB of rows,
 * where a full table would take some 600 kB.
 */
class Automaton {
  /** Column of each ASCII unit, and of the others the words hold. */
  private readonly asciiCol: Uint8Array;
  private readonly otherCol: ReadonlyMap<number, number>;
  private readonly cols: number;
  /** States 0 .. rows - 1 have a row in `dense` (transitions with the EMITS bit). */
  private readonly rows: number;
  private readonly dense: Int32Array;
  private readonly edgeAt: Int32Array;
  private readonly edgeCol: Int32Array;
  private readonly edgeTo: Int32Array;
  private readonly fail: Int32Array;
  /** The (cue, length in symbols) pairs each state emits, flat: outAt[s] .. outAt[s + 1] of outCue and outLen. */
  private readonly outAt: Int32Array;
  private readonly outCue: Int32Array;
  private readonly outLen: Int32Array;
  /** Positions of the last symbols read, a ring as long as the longest word (a power of two). */
  private readonly ring: Int32Array;

  constructor(words: ReadonlyArray<readonly number[][]>) {
    const colOf = new Map<number, number>([[WS, WS_COL]]);
    for (const ws of words) for (const w of ws) for (const u of w) if (!colOf.has(u)) colOf.set(u, colOf.size + 1);
    const cols = colOf.size + 1;
    // the trie (states numbered as made), then failure links breadth first
    const trie = newTrie<[number, number]>();
    const { next, out } = trie;
    let longest = 1;
    words.forEach((ws, cue) => {
      for (const w of ws) {
        addWord(trie, w.map((u) => colOf.get(u)!), [cue, w.length]);
        longest = Math.max(longest, w.length);
      }
    });
    const n = next.length;
    const fail = new Int32Array(n);
    const queue: number[] = [];
    for (const t of next[0]!.values()) queue.push(t);
    for (let q = 0; q < queue.length; q++) {
      const s = queue[q]!;
      for (const [c, t] of next[s]!) {
        let f = fail[s]!;
        while (f !== 0 && !next[f]!.has(c)) f = fail[f]!;
        fail[t] = next[f]!.get(c) ?? 0;
        queue.push(t);
      }
    }
    // a state emits its own words and those of its failure state (breadth first: that state's are complete)
    for (const s of queue) out[s] = [...out[s]!, ...out[fail[s]!]!];
    // the transition of a state on a column, failures followed
    const delta = (s: number, c: number): number => {
      for (;;) {
        const t = next[s]!.get(c);
        if (t !== undefined) return t;
        if (s === 0) return 0;
        s = fail[s]!;
      }
    };
    // numbered anew: the states with rows first (the start first of all)
    const order = [0, ...queue.filter((s) => next[s]!.size >= DENSE_EDGES), ...queue.filter((s) => next[s]!.size < DENSE_EDGES)];
    const id = new Int32Array(n);
    order.forEach((s, k) => (id[s] = k));
    const to = (t: number): number => id[t]! | (out[t]!.length ? EMITS : 0);
    const rows = 1 + queue.filter((s) => next[s]!.size >= DENSE_EDGES).length;
    this.rows = rows;
    this.dense = new Int32Array(rows * cols);
    for (let r = 0; r < rows; r++) for (let c = 1; c < cols; c++) this.dense[r * cols + c] = to(delta(order[r]!, c));
    let edges = 0;
    for (const m of next) edges += m.size;
    this.edgeAt = new Int32Array(n + 1);
    this.edgeCol = new Int32Array(edges);
    this.edgeTo = new Int32Array(edges);
    this.fail = new Int32Array(n);
    this.outAt = new Int32Array(n + 1);
    const cues: number[] = [];
    const lens: number[] = [];
    let k = 0;
    for (let r = 0; r < n; r++) {
      const s = order[r]!;
      this.edgeAt[r] = k;
      for (const [c, t] of next[s]!) {
        this.edgeCol[k] = c;
        this.edgeTo[k++] = to(t);
      }
      this.fail[r] = id[fail[s]!]!;
      this.outAt[r] = cues.length;
      for (const [cue, l] of out[s]!) {
        cues.push(cue);
        lens.push(l);
      }
    }
    this.edgeAt[n] = k;
    this.outAt[n] = cues.length;
    this.outCue = Int32Array.from(cues);
    this.outLen = Int32Array.from(lens);
    this.asciiCol = new Uint8Array(128);
    for (let u = 0; u < 128; u++) if (isWhite(u)) this.asciiCol[u] = WS_COL;
    const other = new Map<number, number>();
    for (const [u, c] of colOf) {
      if (u < 128) this.asciiCol[u] = c;
      else if (u !== WS) other.set(u, c);
    }
    this.otherCol = other;
    this.cols = cols;
    let size = 1;
    while (size < longest) size <<= 1;
    this.ring = new Int32Array(size);
  }

  /** Each cue's positions in `text` (ascending, once each), where one of its words starts. */
  scan(text: string, cues: number): number[][] {
    const at: number[][] = Array.from({ length: cues }, () => []);
    const unsorted = new Uint8Array(cues);
    const { ring, outAt, outCue, outLen, asciiCol, otherCol, rows, dense, cols, edgeAt, edgeCol, edgeTo, fail } = this;
    const mask = ring.length - 1;
    let s = 0;
    let n = 0;
    let white = false;
    for (let i = 0; i < text.length; i++) {
      const u = text.charCodeAt(i);
      const c = u < 128 ? asciiCol[u]! : (otherCol.get(u) ?? (isWhite(u) ? WS_COL : 0));
      if (c === WS_COL) {
        // (a run of white space is one symbol)
        if (white) continue;
        white = true;
      } else white = false;
      ring[n & mask] = i;
      n++;
      if (c === 0) {
        // (a unit no word holds: no word spans it)
        s = 0;
        continue;
      }
      let t = -1;
      while (t < 0) {
        if (s < rows) t = dense[s * cols + c]!;
        else {
          for (let k = edgeAt[s]!, end = edgeAt[s + 1]!; k < end; k++) {
            if (edgeCol[k] === c) {
              t = edgeTo[k]!;
              break;
            }
          }
          s = fail[s]!;
        }
      }
      if (t < EMITS) {
        s = t;
        continue;
      }
      s = t ^ EMITS;
      for (let e = outAt[s]!, end = outAt[s + 1]!; e < end; e++) {
        const list = at[outCue[e]!]!;
        const p = ring[(n - outLen[e]!) & mask]!;
        if (list.length && p <= list[list.length - 1]!) {
          // (words of one cue may start at one position, "faction" and "factions", and those that end at one symbol in any order)
          if (p === list[list.length - 1]!) continue;
          unsorted[outCue[e]!] = 1;
        }
        list.push(p);
      }
    }
    for (let k = 0; k < cues; k++) if (unsorted[k]) at[k] = [...new Set(at[k])].sort((a, b) => a - b);
    return at;
  }
}

/** One long s, which a case-insensitive Unicode regex reads as "s" and lower-casing leaves alone. */
const LONG_S = /ſ/g;

/** Cue regexes whose words are read in one pass over a text (those `cueWords` reads; `has` says which). */
export class CueWordScan {
  /** cue regex -> which automaton (0: as written, 1: lower-cased) and its index there */
  private readonly index = new Map<RegExp, { fold: 0 | 1; k: number }>();
  private readonly automata: Array<{ automaton: Automaton; cues: number } | undefined> = [];
  private lastText: string | undefined;
  private last: Array<number[][] | undefined> = [];

  constructor(res: readonly RegExp[]) {
    const words: [number[][][], number[][][]] = [[], []];
    for (const re of new Set(res)) {
      const w = cueWords(re);
      if (!w) continue;
      const fold = re.flags.includes('i') ? 1 : 0;
      this.index.set(re, { fold, k: words[fold].length });
      words[fold].push(w);
    }
    for (const fold of [0, 1] as const) this.automata[fold] = words[fold].length ? { automaton: new Automaton(words[fold]), cues: words[fold].length } : undefined;
  }

  has(re: RegExp): boolean {
    return this.index.has(re);
  }

  /**
   * The positions of `re` (one of `has`) in `text`, or undefined when the scan cannot read this text (lower-casing
   * changes its length: positions would differ).
   */
  positions(re: RegExp, text: string): readonly number[] | undefined {
    const at = this.index.get(re);
    if (!at) return undefined;
    if (text !== this.lastText) {
      this.lastText = text;
      this.last = [];
    }
    let found = this.last[at.fold];
    if (!found) {
      const a = this.automata[at.fold]!;
      let read = text;
      if (at.fold) {
        read = text.toLowerCase();
        if (read.length !== text.length) return undefined;
        if (read.indexOf('ſ') >= 0) read = read.replace(LONG_S, 's');
      }
      found = this.last[at.fold] = a.automaton.scan(read, a.cues);
    }
    return found[at.k];
  }
}
