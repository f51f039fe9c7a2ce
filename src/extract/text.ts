/**
 * Cheap text utilities: sentence spans and word tokens with offsets.
 *
 * Sentences are found with a small splitter (abbreviation-aware) instead of a
 * full parse, so that only the sentences that can hold a match ever reach
 * compromise. Every span indexes the article text.
 */
import type { Span } from '../types.ts';

/** Words after which a period does not end a sentence. */
const ABBREVIATIONS = new Set([
  'gen', 'brig', 'col', 'lt', 'maj', 'capt', 'cpt', 'sgt', 'cpl', 'pvt', 'adm', 'cmdr', 'cdr', 'gov', 'sen', 'rep',
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'mt', 'ft', 'no', 'nos', 'vs', 'etc', 'inc', 'co', 'corp', 'ltd', 'jr', 'sr',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'approx', 'est', 'fig', 'pres',
  'rev', 'hon', 'amb', 'sheikh', 'e.g', 'i.e', 'u.s', 'u.n', 'u.k', 'a.m', 'p.m',
]);

export interface Sentence extends Span {
  text: string;
}

/** What follows a soft line break: a lower-case word on the next line. */
const SOFT_BREAK = /^[ \t]*\p{Ll}/u;
const BOUNDARY = /([.!?]+)(["”’')\]]*)(\s+)(?=["“‘'(\[]?[\p{Lu}\p{N}])/gu;

/**
 * Split `text` into sentence spans. A newline ends a sentence, except a soft
 * line break: the line does not end in punctuation and the next one starts in
 * lower case ("the U.S.-led\ncoalition conducted ...", hard-wrapped text).
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let lineStart = 0;
  const push = (s: number, e: number): void => {
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
  };
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    while (lineEnd < text.length && SOFT_BREAK.test(text.slice(lineEnd + 1, lineEnd + 40)) && !/[.!?:;]\s*$/.test(text.slice(lineStart, lineEnd))) {
      const next = text.indexOf('\n', lineEnd + 1);
      lineEnd = next < 0 ? text.length : next;
    }
    const line = text.slice(lineStart, lineEnd);
    let segStart = 0;
    BOUNDARY.lastIndex = 0;
    for (let m = BOUNDARY.exec(line); m; m = BOUNDARY.exec(line)) {
      const dotAt = m.index;
      if (m[1] === '.' && !m[2] && isAbbreviation(line, dotAt)) continue;
      const cut = dotAt + m[1]!.length + m[2]!.length;
      push(lineStart + segStart, lineStart + cut);
      segStart = cut + m[3]!.length;
    }
    push(lineStart + segStart, lineStart + line.length);
    lineStart = lineEnd + 1;
  }
  return out;
}

function isAbbreviation(line: string, dotAt: number): boolean {
  let i = dotAt;
  while (i > 0 && /[\p{L}.]/u.test(line[i - 1]!)) i--;
  const word = line.slice(i, dotAt).toLowerCase();
  if (word.length === 1) return /[a-z]/.test(word); // an initial: "George W. Bush"
  return ABBREVIATIONS.has(word);
}

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
    out.push({ start, end: start + m[0].length, norm: normToken(m[0]), space: prevEnd >= 0 && start > prevEnd });
    prevEnd = start + m[0].length;
  }
  return out;
}

/**
 * For each sentence, the index range `[first, last)` of the spans (sorted by
 * start) that lie inside it. Computed once per article and shared by every
 * reader that works sentence by sentence.
 */
export function spansBySentence(sentences: readonly Span[], spans: readonly Span[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let first = 0;
  for (const s of sentences) {
    while (first < spans.length && spans[first]!.start < s.start) first++;
    let last = first;
    while (last < spans.length && spans[last]!.end <= s.end) last++;
    out.push([first, last]);
  }
  return out;
}
