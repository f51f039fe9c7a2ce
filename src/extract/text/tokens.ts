/**
 * The tokenizer: word and punctuation tokens with offsets into the text.
 */
import type { Span } from '../../types.ts';

export interface Token extends Span {
  /** Lower-cased, apostrophes normalised. */
  norm: string;
  /** Whitespace precedes the token. */
  space: boolean;
}

const TOKEN = /[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;

export function normToken(t: string): string {
  return t.toLowerCase().replace(/[’‘`]/g, "'").replace(/[–—]/g, '-');
}

/** Word and punctuation tokens of `text` (optionally of `[from, to)`). */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  const slice = text.slice(from, to);
  TOKEN.lastIndex = 0;
  let prevEnd = -1;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    const start = from + m.index;
    const w = m[0];
    // a run of letters and digits holds no apostrophe or dash to normalise: lower case is its norm
    out.push({ start, end: start + w.length, norm: w.length === 1 ? normToken(w) : w.toLowerCase(), space: prevEnd >= 0 && start > prevEnd });
    prevEnd = start + m[0].length;
  }
  return out;
}
