/**
 * Text that names nobody the graph is about, found before names are kept:
 *
 *   metadata lines      "author: Wikipedia", "language: en" (front matter, infobox keys of the lexicon)
 *   citation lines      a short line with "ISBN", "OCLC", "Retrieved ..." (authors and publishers)
 *   table lines         a short line that is mostly numbers in cells ("| 2 | Al-Karamah | 30 | 18 | 60 |")
 *   foreign alternates  "(Arabic: بشار الأسد)", "(Kurdish: Partiya Karkerên Kurdistanê)" after a name
 *
 * Technical tokens (MHz, kW, ISBN) are lexicon `notNames` (unknown.ts trims them).
 * One pass over the lines and one regex over the text: linear time; a line
 * longer than `MAX_LINE` is never noise (a 5 MB single-line article stays prose).
 */
import { alternation, esc, memoByLexicon, type Lexicon } from '../lexicon/index.ts';
import type { RawMention } from '../types.ts';

export const NOISE_RULE = {
  reason: 'noise',
  example: 'Bashar al-Assad (Arabic: بشار الأسد) spoke.\nauthor: Wikipedia',
  /** Names that must not survive in the example. */
  dropped: ['Wikipedia'],
};

const MAX_LINE = 600;
/** "(Arabic: ...)", "(Kurdish: ...; Turkish: ...)": a language name and a colon open the parenthesis. */
const ALTERNATE = /\(\s*(?:\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?|lit\.|transl\.)\s*:[^()\n]{0,300}\)/gu;

const patterns = memoByLexicon((lex) => ({
  metadata: new RegExp(`^\\s*(?:[-*]\\s*)?(?:${lex.words.metadataKeys.map(esc).join('|')})\\s*[:=]\\s`, 'i'),
  citation: new RegExp(`(?<![\\p{L}])(?:${alternation(lex.words.citationMarks)})(?![\\p{L}])`, 'u'),
}));

/** Whether a short line is a table row of numbers: cells split by | or tabs, at least 3 numbers, numbers >= 40% of the cells. */
function numericRow(line: string): boolean {
  const cells = line.split(/\s*[|\t]\s*|\s{2,}/).filter((c) => c.trim().length > 0);
  if (cells.length < 4) return false;
  const numbers = cells.filter((c) => /^[-+]?\d[\d.,:%]*$/.test(c.trim())).length;
  return numbers >= 3 && numbers / cells.length >= 0.4;
}

/** The last text's spans (the mention pass and the coreference pass ask for the same article's, one after the other). */
let last: { text: string; lex: Lexicon; spans: ReadonlyArray<readonly [number, number]> } | undefined;

/** The noisy spans of a text, sorted and not overlapping (the last text's kept: asked again, they are not found again). */
export function noiseSpans(text: string, lex: Lexicon): ReadonlyArray<readonly [number, number]> {
  if (last && last.text === text && last.lex === lex) return last.spans;
  const spans: ReadonlyArray<readonly [number, number]> = Object.freeze(findNoiseSpans(text, lex).map((x) => Object.freeze(x)));
  last = { text, lex, spans };
  return spans;
}

function findNoiseSpans(text: string, lex: Lexicon): Array<[number, number]> {
  const P = patterns(lex);
  const out: Array<[number, number]> = [];
  let ls = 0;
  // front matter: "---" on the first line up to the next "---" line
  if (text.startsWith('---\n')) {
    const close = text.indexOf('\n---', 4);
    if (close > 0 && close < 4000) {
      out.push([0, close + 4]);
      ls = close + 4;
    }
  }
  const alternates: Array<[number, number]> = [];
  ALTERNATE.lastIndex = 0;
  for (let m = ALTERNATE.exec(text); m; m = ALTERNATE.exec(text)) alternates.push([m.index, m.index + m[0].length]);
  const lines: Array<[number, number]> = [];
  while (ls < text.length) {
    let le = text.indexOf('\n', ls);
    if (le < 0) le = text.length;
    if (le - ls <= MAX_LINE) {
      const line = text.slice(ls, le);
      if (P.metadata.test(line) || P.citation.test(line) || numericRow(line)) lines.push([ls, le]);
    }
    ls = le + 1;
  }
  return [...out, ...lines, ...alternates].sort((a, b) => a[0] - b[0]);
}

/** The mentions outside the noisy spans (both sorted by start). */
export function dropNoise<M extends RawMention>(mentions: readonly M[], spans: ReadonlyArray<readonly [number, number]>): M[] {
  if (spans.length === 0) return [...mentions];
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const out: M[] = [];
  let k = 0;
  let reach = -1; // the furthest end of the spans passed so far
  for (const m of sorted) {
    while (k < spans.length && spans[k]![0] <= m.start) reach = Math.max(reach, spans[k++]![1]);
    if (m.start < reach) continue;
    if (k < spans.length && spans[k]![0] < m.end) continue; // a span starts inside the mention
    out.push(m);
  }
  return out;
}
