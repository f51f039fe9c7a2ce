/**
 * FORMAT READER: press-release statements. Reads the layout of government
 * press releases (UK government, foreign ministries), not English in
 * general: a line that ends "X said:" is followed by X's statement, in
 * paragraphs without quotation marks, up to the release's furniture ("Notes
 * to editors", "Further information") or the next speaker ("Y added:").
 * The statement is a quotation of X; what it names is quoted about.
 *
 * Detector: such a document has a line ending in a colon
 * (`looksLikePressRelease`).
 */
import type { RawMention, RawQuote, RawRelation } from '../types.ts';
import { memoByLexicon, type Lexicon } from '../lexicon/index.ts';
import { mentionIndex, pickSpeaker, speechAlternation } from '../quotes.ts';

export const PRESS_RELEASE = 'press-release';

export const STATEMENT_RULE = {
  reason: 'quote-statement',
  example: 'The Minister for Refugees, Lena Varga, said:\n\nWe will keep the crossings open for as long as families need them.',
  confidence: 0.8,
} as const;

/** The cheap detector: a statement follows a line that ends in a colon. */
export function looksLikePressRelease(text: string): boolean {
  return /:[ \t]*\n/.test(text);
}

const statementLines = memoByLexicon((lex) => {
  /**
   * "X said:" closing a line: the paragraphs after it, without quotation marks, are X's statement (press releases).
   * One line, tried (sticky) only at the start of a line that ends in a colon.
   */
  const STATEMENT_LINE = new RegExp(`([^\\n“”"]{3,200}?)\\b(?:${speechAlternation(lex)})(?:[ \\t]+(?:today|yesterday|on[ \\t]+\\w+))?[ \\t]*:[ \\t]*\\n`, 'iuy');
  /** A later line that is itself an attribution ("Y added:"): the next speaker. */
  const NEXT_SPEAKER = new RegExp(`^${STATEMENT_LINE.source}`, 'iu');
  return { STATEMENT_LINE, NEXT_SPEAKER };
});
/** A colon closing a line. */
const COLON_LINE_END = /:[ \t]*\n/g;
/** Lines that end a statement: the release's own furniture, or the next speaker. */
const STATEMENT_END = /^(?:further information|notes to editors|notes for editors|follow |media enquiries|for journalists|ends\b|background|contact)/i;
const STATEMENT_MAX = 4000;

/** Unquoted statements after "X said:" lines: the span and the speaker's line. */
export function findStatements(text: string, lex?: Lexicon): { line: { start: number; end: number }; start: number; end: number }[] {
  const { STATEMENT_LINE, NEXT_SPEAKER } = statementLines(lex);
  const out: { line: { start: number; end: number }; start: number; end: number }[] = [];
  for (const colon of text.matchAll(COLON_LINE_END)) {
    // the line that the colon closes: an attribution when it reads "X said:"
    STATEMENT_LINE.lastIndex = text.lastIndexOf('\n', colon.index) + 1;
    const m = STATEMENT_LINE.exec(text);
    if (!m) continue;
    let start = m.index + m[0].length;
    while (start < text.length && /\s/.test(text[start]!)) start++;
    if (text[start] === '“' || text[start] === '"') continue; // a quoted statement: findQuoteSpans reads it
    let end = start;
    let pos = start;
    while (pos < text.length && pos - start < STATEMENT_MAX) {
      const nl = text.indexOf('\n', pos);
      const lineEnd = nl < 0 ? text.length : nl;
      const line = text.slice(pos, lineEnd).trim();
      if (line && (STATEMENT_END.test(line) || (pos > start && NEXT_SPEAKER.test(`${line}\n`)))) break;
      if (line) end = pos + text.slice(pos, lineEnd).trimEnd().length;
      pos = lineEnd + 1;
    }
    if (end - start >= 12) out.push({ line: { start: m.index, end: m.index + m[1]!.length }, start, end });
  }
  return out;
}

/**
 * The statements of a press release as quotations, with `quotes` relations
 * from the speaker to what the first paragraph names. A statement that
 * overlaps a quotation already found (`quoted`) is left to it.
 */
export function statementQuotes(
  text: string,
  mentions: readonly RawMention[],
  quoted: readonly RawQuote[],
  lex?: Lexicon,
): { quotes: RawQuote[]; relations: RawRelation[] } {
  const quotes: RawQuote[] = [];
  const relations: RawRelation[] = [];
  const index = mentionIndex(mentions);
  for (const st of findStatements(text, lex)) {
    if (quoted.some((q) => q.start < st.end && st.start < q.end)) continue;
    const speaker = pickSpeaker(mentions, index.inside(st.line.start, st.line.end), false);
    if (speaker === undefined) continue;
    const quote = text.slice(st.start, st.end);
    quotes.push({ start: st.start, end: st.end, speaker, text: quote });
    // the evidence runs from the speaker to the end of the statement's first paragraph; what it names is "quoted about"
    const para = text.indexOf('\n', st.start);
    const evEnd = para < 0 || para > st.end ? st.end : para;
    const ev = { sentence: text.slice(mentions[speaker]!.start, evEnd), start: mentions[speaker]!.start, end: evEnd, quote };
    for (const i of index.inside(st.start, evEnd)) {
      if (mentions[i]!.anaphor || i === speaker || mentions[i]!.kind === 'place') continue;
      relations.push({ type: 'quotes', source: speaker, target: i, evidence: { ...ev, rule: STATEMENT_RULE.reason, confidence: 0.6 } });
    }
  }
  return { quotes, relations };
}
