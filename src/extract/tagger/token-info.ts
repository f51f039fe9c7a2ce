/**
 * What the taggers know of one word form, computed once per distinct form
 * and cached: the hashes of the word, its lower case, its shapes and affixes,
 * and casing flags. Features combine these integers (./hash.ts).
 */
import { hashRange, hashString } from './hash.ts';

export interface TokenInfo {
  /**
   * A number unique to this form while the cache holds it (ids are never
   * reused: see `infoIdBase`), for per-form tables indexed by id.
   */
  id: number;
  text: string;
  lower: string;
  hWord: number;
  hLower: number;
  /** "Xxxx", "XX", "dd,ddd", runs cut at 4 */
  hShape: number;
  /** runs collapsed: "Xx", "X.X.", "d,d" */
  hShort: number;
  hPre1: number;
  hPre2: number;
  hPre3: number;
  hSuf1: number;
  hSuf2: number;
  hSuf3: number;
  hSuf4: number;
  /** first character upper case */
  cap: boolean;
  /** all letters upper case, at least one letter */
  allCaps: boolean;
  /** has a letter */
  alpha: boolean;
}

function charClass(c: string): string {
  if (c >= 'a' && c <= 'z') return 'x';
  if (c >= 'A' && c <= 'Z') return 'X';
  if (c >= '0' && c <= '9') return 'd';
  const lo = c.toLowerCase();
  const up = c.toUpperCase();
  if (lo !== up) return c === lo ? 'x' : 'X';
  return c;
}

export function shapes(w: string): { shape: string; short: string } {
  let shape = '';
  let short = '';
  let prev = '';
  let run = 0;
  for (const ch of w) {
    const k = charClass(ch);
    if (k === prev) run++;
    else {
      run = 1;
      prev = k;
      short += k;
    }
    if (run <= 4) shape += k;
  }
  return { shape, short };
}

const CACHE_LIMIT = 200_000;
let cache = new Map<string, TokenInfo>();
let nextId = 0;
let base = 0;

/**
 * The smallest id of the forms the cache holds now; every live form's id is
 * in [infoIdBase(), infoIdBase() + INFO_ID_SPAN). An id below it belongs to
 * a form from before the cache was last emptied (still valid, just not in
 * per-id tables built since).
 */
export const infoIdBase = (): number => base;
export const INFO_ID_SPAN = CACHE_LIMIT;

export function tokenInfo(text: string): TokenInfo {
  const hit = cache.get(text);
  if (hit) return hit;
  const lower = text.toLowerCase();
  const { shape, short } = shapes(text);
  const upper = text.toUpperCase();
  const alpha = lower !== upper;
  const first = text.charAt(0);
  if (cache.size >= CACHE_LIMIT) {
    cache = new Map();
    base = nextId;
  }
  const info: TokenInfo = {
    id: nextId++,
    text,
    lower,
    hWord: hashString(text),
    hLower: hashString(lower),
    hShape: hashString(shape),
    hShort: hashString(short),
    hPre1: hashString(lower.slice(0, 1)),
    hPre2: hashString(lower.slice(0, 2)),
    hPre3: hashString(lower.slice(0, 3)),
    hSuf1: hashString(lower.slice(-1)),
    hSuf2: hashString(lower.slice(-2)),
    hSuf3: hashString(lower.slice(-3)),
    hSuf4: hashString(lower.slice(-4)),
    cap: first !== first.toLowerCase(),
    allCaps: alpha && text === upper,
    alpha,
  };
  cache.set(text, info);
  return info;
}

/** The hash of a value that is a small integer (a tag index, a flag). */
export const small = (n: number): number => Math.imul(n + 1, 0x27d4eb2d) | 0;

/**
 * The cache's forms found by the characters of a range of a text (`infoIn`), without slicing it: slots of 1 + index
 * into `inForms` (0: empty), by `hashRange` (kept per form in `inHashes`); emptied with the cache (`inBase`).
 */
const IN_SLOTS = 1 << 19;
const inTable = new Int32Array(IN_SLOTS);
let inForms: TokenInfo[] = [];
let inHashes = new Int32Array(1024);
let inBase = 0;

/** `tokenInfo(text.slice(start, end))`: the slice (a new string to hash and look up) only for a form not seen here before. */
function infoIn(text: string, start: number, end: number): TokenInfo {
  if (inBase !== base) {
    inTable.fill(0);
    inForms = [];
    inBase = base;
  }
  const h = hashRange(text, start, end);
  const len = end - start;
  let i = h & (IN_SLOTS - 1);
  for (let k = inTable[i]!; k !== 0; k = inTable[i]!) {
    const info = inForms[k - 1]!;
    if (inHashes[k - 1] === h && info.text.length === len && sameChars(info.text, text, start)) return info;
    i = (i + 1) & (IN_SLOTS - 1);
  }
  const info = tokenInfo(text.slice(start, end));
  // (a clear of the cache in that call makes new ids: the index starts again with the next call)
  if (inBase === base && inForms.length < IN_SLOTS >> 1) {
    if (inHashes.length === inForms.length) {
      const grown = new Int32Array(inHashes.length * 2);
      grown.set(inHashes);
      inHashes = grown;
    }
    inHashes[inForms.length] = h;
    inForms.push(info);
    inTable[i] = inForms.length;
  }
  return info;
}

/** Does `text` hold the characters of `s` at `start`? */
function sameChars(s: string, text: string, start: number): boolean {
  for (let k = 0; k < s.length; k++) if (s.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

/** Texts longer than this are not indexed by offset (the table is 4 bytes a character, kept for the next text). */
const AT_MAX_TEXT = 1 << 20;
/** The last text `infoAt` read; its forms' infos by start offset: `atIndex[start]` = 1 + index into `atInfos` (0: none). */
let atText: string | undefined;
let atBase = -1;
let atIndex = new Int32Array(0);
let atInfos: TokenInfo[] = [];

/**
 * `tokenInfo(text.slice(start, end))`, found by the offsets for the last text asked about (one article's words are
 * looked up by the name tagger and again by the clause reader's POS tagging: an array read instead of hashing the
 * string again). The same object as `tokenInfo` gives.
 */
export function infoAt(text: string, start: number, end: number): TokenInfo {
  if (text.length > AT_MAX_TEXT) return infoIn(text, start, end);
  if (text !== atText || atBase !== base) {
    atText = text;
    atBase = base;
    if (atIndex.length < text.length + 1) atIndex = new Int32Array(Math.max(text.length + 1, 2 * atIndex.length));
    else atIndex.fill(0, 0, text.length + 1);
    atInfos = [];
  }
  const k = atIndex[start]!;
  if (k !== 0) {
    const hit = atInfos[k - 1]!;
    if (hit.text.length === end - start) return hit;
    return infoIn(text, start, end);
  }
  const info = infoIn(text, start, end);
  // (a clear of the cache above makes new ids: the offsets' table starts again with the next call)
  if (atBase === base) {
    atInfos.push(info);
    atIndex[start] = atInfos.length;
  }
  return info;
}
