/**
 * The sentence splitter: sentence spans by punctuation and line breaks,
 * aware of abbreviations (lexicon `words.abbreviations`) and of soft line
 * breaks in hard-wrapped text. Every span indexes the article text.
 */
import type { Span } from '../../types.ts';
import { memoByLexicon, type Lexicon } from '../lexicon/index.ts';

export interface Sentence extends Span {
  text: string;
}

const abbreviations = memoByLexicon((lex): ReadonlySet<string> => new Set(lex.words.abbreviations));

/** What follows a soft line break: a lower-case word on the next line. */
const SOFT_BREAK = /^[ \t]*\p{Ll}/u;
// a boundary with no space after it ("for Syria.The European Union", run-together web text): a lower-case word of
// three letters or more, one period, a capitalised word
const BOUNDARY = /([.!?]+)(["”’')\]]*)(\s+|(?<=(?:^|[\s"“(])[\p{L}-]*\p{Ll}{3}\.)(?=\p{Lu}\p{Ll}))(?=["“‘'(\[]?[\p{Lu}\p{N}])/gu;

/**
 * A dateline that opens a line of agency copy, up to its dash ("KYIV, March 3 (Reuters) - ", "NIAMEY (AFP) - ",
 * "BEIRUT, Lebanon (AP) — ", two places filed from: "WASHINGTON/BAGHDAD, Jan 9 (Reuters) - "), or a label in capitals
 * and a colon that opens a line: a dateline as South Asian papers file it ("PESHAWAR: ", formats/newswire.ts reads the
 * place), a speaker's label in a transcript ("NYEIN CHAN AUNG: ", "LWAY YAY OO (TNLA SPOKESPERSON): ", "ANSWER: "):
 * a unit of its own, so that the first sentence starts at its subject and no word of the label is read as one of the
 * clause's. Not before a line in capitals: "SOCCER - ZAHRANI NAMED AS CHIEF" is a headline.
 */
const DATELINE_LEAD = /^[ \t]*\p{Lu}[\p{Lu}.'’ /-]{2,30}?[\p{Lu}.](?:,\s+[^\n()–—-]{1,40}?)?(?:\s*\([^)\n]{1,30}\))?\s*(?:--?|[–—])\s+(?=["“]?[\p{Lu}\p{N}][^\n]*\p{Ll})/u;
/** The colon form: capitals, an aside in brackets, a colon ("QUETTA: Gunmen ...", "WENDT (HOST): Good evening."). */
const CAPITALS_COLON = /^[ \t]*\p{Lu}[\p{Lu}.'’ -]{2,30}?[\p{Lu}.](?:[ \t]*\([^()\n]{1,60}\))?:\s+(?=["“]?[\p{Lu}\p{N}][^\n]*\p{Ll})/u;
/** A dateline or a label that opens `line`: its length, or 0. */
function datelineLead(line: string): number {
  const dash = DATELINE_LEAD.exec(line);
  if (dash) return dash[0].length;
  const colon = line.includes(':') ? CAPITALS_COLON.exec(line) : null;
  return colon ? colon[0].length : 0;
}

/**
 * A list item's marker that opens a line ("- ", "* ", "• ", "3. ", "b) "), or a numbered paragraph's before a capital ("1.2 The ...", not "2.5 million ..."):
 * not part of the sentence, which starts
 * at the item's first word (a dash before a subject otherwise reads as a word of the clause).
 */
const LIST_MARKER = /^[ \t]*(?:[-*•‣◦▪+–—]|\(?(?:\d{1,2}|[a-z])[.)]|\d{1,2}(?:\.\d{1,2}){1,3}\.?(?=[ \t]+\p{Lu}))[ \t]+(?=\S)/u;

/**
 * Split `text` into sentence spans. A period between a lower-case word and a
 * capitalised one ends a sentence even with no space ("Syria.The"). A newline ends a sentence, except a soft
 * line break: the line does not end in punctuation and the next one starts in
 * lower case ("the U.S.-led\ncoalition conducted ...", hard-wrapped text).
 */
export function splitSentences(text: string, lex?: Lexicon): Sentence[] {
  const abbr = abbreviations(lex);
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
    const lead = datelineLead(line);
    if (lead) {
      push(lineStart, lineStart + lead);
      segStart = lead;
    } else {
      const marker = LIST_MARKER.exec(line);
      if (marker) segStart = marker[0].length;
    }
    BOUNDARY.lastIndex = 0;
    for (let m = BOUNDARY.exec(line); m; m = BOUNDARY.exec(line)) {
      const dotAt = m.index;
      if (m[1] === '.' && !m[2] && isAbbreviation(line, dotAt, abbr)) continue;
      const cut = dotAt + m[1]!.length + m[2]!.length;
      push(lineStart + segStart, lineStart + cut);
      segStart = cut + m[3]!.length;
    }
    push(lineStart + segStart, lineStart + line.length);
    lineStart = lineEnd + 1;
  }
  return out;
}

function isAbbreviation(line: string, dotAt: number, abbr: ReadonlySet<string>): boolean {
  let i = dotAt;
  while (i > 0 && /[\p{L}.]/u.test(line[i - 1]!)) i--;
  const word = line.slice(i, dotAt).toLowerCase();
  if (word.length === 1) return /[a-z]/.test(word); // an initial: "George W. Bush"
  return abbr.has(word);
}
