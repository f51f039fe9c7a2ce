/**
 * A name pattern whose every match holds a cue ("province", "camp", "&",
 * "said", a role word, an acronym in brackets) runs only near the cue's
 * occurrences instead of over the whole text. A cue occurrence says where a
 * match holding it may start (for most patterns: back over the characters a
 * capitalised name and the spaces after it are made of, `nameRunBack`); the
 * pattern, made sticky, is tried at those starts only, in text order, from
 * where its last match ended: the global scan's matches, since the global
 * scan tries the same positions in the same order and a position outside the
 * stretches can start no match (test/extract/cued.test.ts compares the two on
 * random texts and on wiki-syria).
 */
import { fromMatches, type NameCandidate } from './candidate.ts';
import { CueWordScan } from './cue-words.ts';

export interface Cue {
  /** The cue: a global regex; every position where it matches is found (occurrences may overlap). */
  re: RegExp;
  /** Adds the stretches [from, to) where a match holding the cue found at `at` may start. */
  starts(text: string, at: number, add: (from: number, to: number) => void): void;
  /** A cheap test that a match can start at a position (default: any position). */
  canStart?: (text: string, at: number) => boolean;
}

/** A global regex that runs only near its cue. */
export interface CuedRegExp {
  re: RegExp;
  cue: Cue;
  /**
   * The matches that hold the cue, when not all do: the cued scan finds these (as the global scan does) and may miss
   * others. Sound when no match crosses the start of a cue's stretch (a match made of the characters `nameRunBack`
   * runs over never does: a stretch starts at such a run's start).
   */
  only?: (m: RegExpExecArray) => boolean;
}

const stickies = new WeakMap<RegExp, RegExp>();
function sticky(re: RegExp): RegExp {
  let s = stickies.get(re);
  if (!s) {
    s = new RegExp(re.source, re.flags.replace('g', '') + 'y');
    stickies.set(re, s);
  }
  return s;
}

/** A low surrogate after a high one: inside a character, where a unicode scan never starts. */
function insidePair(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 0xdc00 || c > 0xdfff || at === 0) return false;
  const h = text.charCodeAt(at - 1);
  return h >= 0xd800 && h <= 0xdbff;
}

/** The positions of a cue regex's last text: patterns that share a cue regex (object) scan for it once per text. */
const cueRead = new WeakMap<RegExp, { text: string; at: readonly number[] }>();

/** Cue regexes whose words are read in one pass over a text with others' (`shareCueScan`): regex -> that scan. */
const shared = new WeakMap<RegExp, CueWordScan>();

/**
 * Read the words of these cue regexes in one pass over a text (cue-words.ts): those whose source is words only; the
 * others keep their regex. The same positions as their regexes'.
 */
export function shareCueScan(res: readonly RegExp[]): void {
  const scan = new CueWordScan(res);
  for (const re of res) if (scan.has(re)) shared.set(re, scan);
}

/** Every position where a cue regex matches, occurrences inside others included. */
export function cuePositions(re: RegExp, text: string): readonly number[] {
  const read = cueRead.get(re);
  if (read?.text === text) return read.at;
  const words = shared.get(re)?.positions(re, text);
  if (words) {
    cueRead.set(re, { text, at: words });
    return words;
  }
  const at: number[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    at.push(m.index);
    // the next occurrence may start inside this one
    re.lastIndex = m.index + (insidePair(text, m.index + 1) ? 2 : 1);
  }
  cueRead.set(re, { text, at });
  return at;
}

/** The merged, ordered stretches where a match of `c` may start in `text` (flat: from, to, from, to...). */
export function cueStretches(c: Cue, text: string): number[] {
  const raw: Array<[number, number]> = [];
  const add = (from: number, to: number): void => {
    if (to > from) raw.push([Math.max(0, from), Math.min(text.length, to)]);
  };
  for (const at of cuePositions(c.re, text)) c.starts(text, at, add);
  raw.sort((a, b) => a[0] - b[0]);
  const out: number[] = [];
  for (const [from, to] of raw) {
    const n = out.length;
    if (n && from <= out[n - 1]!) out[n - 1] = Math.max(out[n - 1]!, to);
    else out.push(from, to);
  }
  return out;
}

/** Every match `all(c.re, text, ...)` would find, found near the cue only. */
export function execCued(c: CuedRegExp, text: string): RegExpExecArray[] {
  const spans = cueStretches(c.cue, text);
  const out: RegExpExecArray[] = [];
  if (!spans.length) return out;
  const re = sticky(c.re);
  const canStart = c.cue.canStart;
  let last = 0;
  for (let k = 0; k < spans.length; k += 2) {
    const to = spans[k + 1]!;
    for (let p = Math.max(spans[k]!, last); p < to; p++) {
      if (insidePair(text, p) || (canStart && !canStart(text, p))) continue;
      re.lastIndex = p;
      const m = re.exec(text);
      if (!m) continue;
      out.push(m);
      last = p + Math.max(1, m[0].length);
      p = last - 1;
    }
  }
  return out;
}

/** `all` for a regex that runs only near its cue. */
export function allCued(
  c: CuedRegExp,
  text: string,
  fn: (m: RegExpExecArray) => NameCandidate | NameCandidate[] | undefined,
): NameCandidate[] {
  return fromMatches(execCued(c, text), fn);
}

/** Are the words made of what `nameRunBack` runs over (then a run of them and spaces is within one run)? */
export function runsBack(words: readonly string[]): boolean {
  return words.every((w) => /^[\p{L}\p{M}'’\-‐.\s]*$/u.test(w));
}

/**
 * The cue of a pattern of words (from `words`) and spaces that ends in the cue: a match holding it starts in the
 * run before it, or at it; anywhere before it when the words hold other characters.
 */
export function cueEndingWords(re: RegExp, words: readonly string[], canStart?: Cue['canStart']): Cue {
  const run = runsBack(words);
  return { re, starts: (t, at, add) => add(run ? nameRunBack(t, at) : 0, at + 1), ...(canStart ? { canStart } : {}) };
}

const asciiLetter = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);

/** Can a word start at `at`? Not at an ASCII character other than a letter, nor after an ASCII letter. */
export function letterStart(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return (c >= 0x80 || asciiLetter(c)) && !asciiLetter(text.charCodeAt(at - 1));
}

/** `letterStart`, and not after a hyphen either (patterns that begin `(?<![\p{L}-])`). */
export function wordStart(text: string, at: number): boolean {
  return letterStart(text, at) && text.charCodeAt(at - 1) !== 0x2d;
}

const NAME_CHAR = /^[\p{L}\p{M}’‐\s]$/u;

/**
 * The start of the run of characters before `at` that a capitalised sequence
 * (kit.ts capSeq: letters, marks, apostrophes, hyphens, periods of initials,
 * spaces and tabs) and white space are made of: a match whose part before
 * `at` is such a sequence and spaces starts at or after it.
 */
export function nameRunBack(text: string, at: number): number {
  let i = at;
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    if (c < 0x80) {
      // ASCII: letters, ' - . and white space
      if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x27 || c === 0x2d || c === 0x2e || c === 0x20 || (c >= 0x09 && c <= 0x0d)) {
        i--;
        continue;
      }
      return i;
    }
    const j = insidePair(text, i - 1) ? i - 2 : i - 1;
    if (!NAME_CHAR.test(text.slice(j, i))) return i;
    i = j;
  }
  return i;
}
