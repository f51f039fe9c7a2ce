/**
 * Direct quotations and their speakers.
 *
 * Quote spans: “...”, "..." and ‘...’ (a ‘ that opens after a space or a
 * dash and closes before punctuation or a space). Attribution, in order:
 *   quote-before   `X said, "..."`, `X told Y, "..."`, `X warned: "..."`
 *   quote-after    `"...," X said`, `"...," said X`, `"...," a US officer stated`,
 *                  `"...," he told Reuters` (the listener of a verb of telling is the addressee)
 *   quote-continue a quote that follows an attributed quote in the same sentence
 *                  or the next one, with no other speaker between them
 * The speaker is a person where one is in the attribution, else an actor or
 * force (never a place). Quotes may span sentences.
 */
import type { RawMention, RawQuote, RawRelation } from './types.ts';
import { COREF_RULES } from './coref/index.ts';
import { alternation, memoByLexicon, type Lexicon } from './lexicon/index.ts';
import { classForms } from './lexicon/verbs.ts';
import type { Sentence } from './text/sentences.ts';
import { lowerBound } from '../util/search.ts';

/**
 * The verbs that attribute a quotation, as a regex alternation: every verb of
 * the `speech` class in the past and third person ("said", "says"), and the
 * verbs of saying that take a plural subject too ("officials say"); not the
 * forms that are mostly nouns ("comments", "remarks").
 */
export const speechAlternation = memoByLexicon((lex) =>
  alternation([...classForms('speech', ['past', 's'], lex, { nouns: false }), ...classForms('say', ['base'], lex)]),
);

export const QUOTE_RULES = [
  { reason: 'quote-before', example: 'General Rohilat Afrin told the Wall Street Journal, “This year has been the worst year.”', confidence: 0.9 },
  { reason: 'quote-after', example: '“Attention has shifted elsewhere,” a US Special Forces officer stated.', confidence: 0.9 },
  { reason: 'quote-continue', example: '“Attention has shifted elsewhere,” a US Special Forces officer stated, “But now is not the time.”', confidence: 0.85 },
  { reason: 'quote-about', example: '“We defeated Islamic State,” Rohilat Afrin said.', confidence: 0.6 },
] as const;

interface QSpan {
  start: number; // quoted text start (inside the marks)
  end: number;
  open: number; // the opening mark
  close: number; // index after the closing mark
}

export function findQuoteSpans(text: string): QSpan[] {
  const out: QSpan[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    let closer: string | undefined;
    if (ch === '“') closer = '”';
    else if (ch === '"') closer = '"';
    else if (ch === '‘' && (i === 0 || /[\s(—–-]/.test(text[i - 1]!))) closer = '’';
    if (!closer) {
      i++;
      continue;
    }
    let j = i + 1;
    let found = -1;
    while (j < text.length && j - i < 3000) {
      const c = text[j]!;
      if (c === '\n' && text[j + 1] === '\n') break;
      if (c === closer && (closer !== '’' || j + 1 >= text.length || /[\s.,;:!?)—–-]/.test(text[j + 1]!))) {
        found = j;
        break;
      }
      if (ch === '“' && c === '“') break; // unbalanced
      j++;
    }
    if (found < 0) {
      i++;
      continue;
    }
    let s = i + 1;
    let e = found;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /[\s,]/.test(text[e - 1]!)) e--;
    if (e - s >= 12 && /\s/.test(text.slice(s, e))) out.push({ start: s, end: e, open: i, close: found + 1 });
    i = found + 1;
  }
  return out;
}

/** A title in capitals before a name: capitalised words and the small words of a title between them ("Under Secretary for Terrorism and Financial Intelligence "). */
const TITLE_RUN = /^(?:\p{Lu}[\p{L}.'’-]*\s+)(?:(?:\p{Lu}[\p{L}.'’-]*|for|of|and|on|the)\s+){0,11}$/u;

const attribution = memoByLexicon((lex) => {
  const SPEECH = speechAlternation(lex);
  return {
    BEFORE: new RegExp(`(?:^|[^\\p{L}])(${SPEECH})(?:\\s+(?:the\\s+|a\\s+|an\\s+)?(?<addr>[^,:;“”"]{0,60}?))?\\s*[,:]?\\s*$`, 'iu'),
    AFTER_VERB_FIRST: new RegExp(`^\\s*,?\\s*(?:${SPEECH})\\s+`, 'iu'),
    AFTER_SPEAKER_FIRST: new RegExp(`^\\s*,?\\s*(?<who>[^,.;:“”"]{1,90}?)\\s+(?:${SPEECH})\\b`, 'iu'),
    /** After the attribution's verb: a verb of telling and its listener ("...," he told the state news agency SPA). */
    TOLD: new RegExp(`(?:${alternation(classForms('tell', ['past', 's'], lex))})\\s+(?<addr>[^,.;:“”"]{1,60})$`, 'iu'),
  };
});

/** Lookups of an article's mentions by span (indices in mention order). */
export interface MentionIndex {
  /** The mentions inside [start, end]. */
  inside(start: number, end: number): number[];
  /** The first mention overlapping [start, end) that passes `test`. */
  firstOverlapping(start: number, end: number, test: (m: RawMention) => boolean): number | undefined;
}

/**
 * The mention index of an article: by binary search over the mentions (sorted
 * by start), so each quote or statement costs its own mentions, not all.
 */
export function mentionIndex(mentions: readonly RawMention[]): MentionIndex {
  let longest = 0;
  let sorted = true;
  mentions.forEach((m, i) => {
    longest = Math.max(longest, m.end - m.start);
    if (i > 0 && m.start < mentions[i - 1]!.start) sorted = false;
  });
  // (mentions come sorted by start; were they not, every search starts at 0 and stays correct)
  const firstFrom = (pos: number): number => (sorted ? lowerBound(mentions.length, (k) => mentions[k]!.start < pos) : 0);
  return {
    inside(start: number, end: number): number[] {
      const out: number[] = [];
      for (let i = firstFrom(start); i < mentions.length && (mentions[i]!.start <= end || !sorted); i++) {
        if (mentions[i]!.start >= start && mentions[i]!.end <= end) out.push(i);
      }
      return out;
    },
    firstOverlapping(start: number, end: number, test: (m: RawMention) => boolean): number | undefined {
      for (let i = firstFrom(start - longest); i < mentions.length && (mentions[i]!.start < end || !sorted); i++) {
        const m = mentions[i]!;
        if (m.end > start && m.start < end && test(m)) return i;
      }
      return undefined;
    },
  };
}

export function pickSpeaker(mentions: readonly RawMention[], idx: number[], preferFirst = true): number | undefined {
  const ok = idx.filter((i) => mentions[i]!.kind !== 'place' && mentions[i]!.kind !== 'camp');
  const persons = ok.filter((i) => mentions[i]!.type === 'person');
  const pool = persons.length ? persons : ok;
  return preferFirst ? pool[0] : pool[pool.length - 1];
}

/** The sentence holding `pos`, else the first one after it (sentences are sorted and disjoint). */
function sentenceOf(sentences: readonly Sentence[], pos: number): Sentence | undefined {
  return sentences[lowerBound(sentences.length, (k) => sentences[k]!.end <= pos)];
}

export function findQuotes(
  text: string,
  sentences: readonly Sentence[],
  mentions: readonly RawMention[],
  lex?: Lexicon,
): { quotes: RawQuote[]; relations: RawRelation[] } {
  const { BEFORE, AFTER_VERB_FIRST, AFTER_SPEAKER_FIRST, TOLD } = attribution(lex);
  const quotes: RawQuote[] = [];
  const relations: RawRelation[] = [];
  const spans = findQuoteSpans(text);
  const index = mentionIndex(mentions);
  let prev: { speaker: number; close: number; addressee?: number } | undefined;
  spans.forEach((q, qi) => {
    const sOpen = sentenceOf(sentences, q.open);
    const lineStart = Math.max(text.lastIndexOf('\n', q.open) + 1, 0);
    const prevClose = qi > 0 ? spans[qi - 1]!.close : 0;
    // text before the quote, back to the sentence start or the previous quote
    const beforeStart = Math.max(sOpen ? Math.min(sOpen.start, q.open) : lineStart, prevClose, lineStart);
    const before = text.slice(beforeStart, q.open);
    const next = spans[qi + 1];
    const sClose = sentenceOf(sentences, q.close - 1);
    const afterEnd = Math.min(next ? next.open : text.length, Math.max(sClose?.end ?? q.close, q.close + 1) + 0, text.indexOf('\n', q.close) < 0 ? text.length : text.indexOf('\n', q.close));
    const after = text.slice(q.close, Math.max(afterEnd, q.close));
    let speaker: number | undefined;
    let addressee: number | undefined;
    let reason = '';
    const b = BEFORE.exec(before);
    if (b) {
      const verbAt = beforeStart + b.index + (b[0].length - b[0].trimStart().length);
      speaker = pickSpeaker(mentions, index.inside(beforeStart, verbAt));
      if (speaker !== undefined) {
        reason = 'quote-before';
        if (b.groups?.addr) {
          const addrStart = beforeStart + b.index + b[0].indexOf(b.groups.addr);
          const addrEnd = addrStart + b.groups.addr.length;
          addressee = index.firstOverlapping(addrStart, addrEnd, (m) => m.kind !== 'place');
        }
      }
    }
    if (speaker === undefined) {
      const v = AFTER_VERB_FIRST.exec(after);
      const w = AFTER_SPEAKER_FIRST.exec(after);
      if (v) {
        const from = q.close + v[0].length;
        // (near the verb, or past a title in capitals only: "said Under Secretary for Terrorism and Financial Intelligence X")
        const idx = index.inside(from, from + 90).filter((i) => mentions[i]!.start - from < 40 || TITLE_RUN.test(text.slice(from, mentions[i]!.start)));
        speaker = pickSpeaker(mentions, idx);
      } else if (w) {
        speaker = pickSpeaker(mentions, index.inside(q.close, q.close + w[0].length));
        // "...," he told Reuters: the listener after a verb of telling, up to the clause's end
        const clauseEnd = w[0].length + after.slice(w[0].length).search(/[,.;:“”"]|$/);
        const t = speaker === undefined ? null : TOLD.exec(after.slice(0, clauseEnd));
        if (t?.groups?.addr) {
          const addrStart = q.close + t.index + t[0].length - t.groups.addr.length;
          addressee = index.firstOverlapping(addrStart, addrStart + t.groups.addr.length, (m) => m.kind === 'actor' && m.rule !== 'generic-actor');
        }
      }
      if (speaker !== undefined) reason = 'quote-after';
    }
    if (speaker === undefined && prev && q.open - prev.close < 200 && index.inside(prev.close, q.open).every((i) => mentions[i]!.kind === 'place')) {
      speaker = prev.speaker;
      reason = 'quote-continue';
    }
    if (speaker === undefined) {
      prev = undefined;
      return;
    }
    const rq: RawQuote = { start: q.start, end: q.end, speaker, text: text.slice(q.start, q.end) };
    if (addressee !== undefined) rq.addressee = addressee;
    quotes.push(rq);
    prev = { speaker, close: q.close, ...(addressee !== undefined ? { addressee } : {}) };
    const conf = QUOTE_RULES.find((r) => r.reason === reason)!.confidence;
    const sent = sOpen ?? { start: q.open, end: q.close, text: text.slice(q.open, q.close) };
    const evStart = Math.min(sent.start, q.open, mentions[speaker]!.start);
    const evEnd = Math.max(sent.end, q.close, mentions[speaker]!.end);
    const ev = { sentence: text.slice(evStart, evEnd), start: evStart, end: evEnd, quote: rq.text };
    if (addressee !== undefined) {
      relations.push({ type: 'quotes', source: speaker, target: addressee, evidence: { ...ev, rule: reason, confidence: conf } });
    }
    for (const i of index.inside(q.start, q.end)) {
      // "we" in a quotation is the speaker's own side, not someone the quotation is about
      if (mentions[i]!.anaphor || mentions[i]!.rule === COREF_RULES.first.reason) continue;
      relations.push({ type: 'quotes', source: speaker, target: i, evidence: { ...ev, rule: 'quote-about', confidence: 0.6 } });
    }
  });
  quotes.sort((a, b) => a.start - b.start);
  return { quotes, relations };
}
