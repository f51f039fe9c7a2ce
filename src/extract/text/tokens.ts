/**
 * The tokenizer: word and punctuation tokens with offsets into the text.
 *
 * A token is a run of letters and digits (`\p{L}`, `\p{N}`) or any one other
 * character that is not white space (`\s`), by code points: the tokens of the
 * regular expression `TOKEN` below, found by one scan of the text without a
 * regex per token. ASCII is classified inline; other characters once per
 * code unit value (a table filled on first sight) or per code point.
 */
import type { Span } from '../../types.ts';

export interface Token extends Span {
  /** Lower-cased, apostrophes normalised. */
  norm: string;
  /** Whitespace precedes the token. */
  space: boolean;
}

/** The definition the scanner follows (kept for tests and documentation). */
export const TOKEN = /[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;

export function normToken(t: string): string {
  return t.toLowerCase().replace(/[’‘`]/g, "'").replace(/[–—]/g, '-');
}

const SPACE = 1;
const WORD = 2;
const OTHER = 3;
const IS_WORD = /^[\p{L}\p{N}]$/u;
const IS_SPACE = /^\s$/u;
/** Class of each BMP code unit that is not a surrogate (0: not looked at yet). */
const bmp = new Uint8Array(0x10000);

function classOf(ch: string): number {
  return IS_WORD.test(ch) ? WORD : IS_SPACE.test(ch) ? SPACE : OTHER;
}

/** SPACE, WORD or OTHER for the code point at `i` (a surrogate pair only when both halves lie before `to`). */
function classAt(text: string, i: number, to: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) {
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return WORD;
    return c === 32 || (c >= 9 && c <= 13) ? SPACE : OTHER;
  }
  if (c < 0xd800 || c > 0xdfff) {
    let k = bmp[c]!;
    if (k === 0) bmp[c] = k = classOf(text[i]!);
    return k;
  }
  // astral code points (letters and digits among them) and lone surrogates (other)
  if (c <= 0xdbff && i + 1 < to) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return classOf(text.slice(i, i + 2));
  }
  return OTHER;
}

/** UTF-16 length of the code point at `i` (within `to`). */
function widthAt(text: string, i: number, to: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= to) return 1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
}

/** Word and punctuation tokens of `text` (optionally of `[from, to)`). */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  let prevEnd = -1;
  let i = from;
  while (i < to) {
    const k = classAt(text, i, to);
    if (k === SPACE) {
      i += widthAt(text, i, to);
      continue;
    }
    const start = i;
    i += widthAt(text, i, to);
    if (k === WORD) while (i < to && classAt(text, i, to) === WORD) i += widthAt(text, i, to);
    const w = text.slice(start, i);
    // a run of letters and digits holds no apostrophe or dash to normalise: lower case is its norm
    out.push({ start, end: i, norm: w.length === 1 ? normToken(w) : w.toLowerCase(), space: prevEnd >= 0 && start > prevEnd });
    prevEnd = i;
  }
  return out;
}
