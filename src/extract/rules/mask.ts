/**
 * Masked sentences: each mention of a sentence replaced by a placeholder
 * `⟦i|kind|type|rule⟧`, so that relation patterns read the words between
 * mentions and test the mentions' kinds, types and name rules.
 */
import type { RawMention } from '../types.ts';
import { alternation, memoByLexicon, type Lexicon } from '../lexicon/index.ts';
import type { Sentence } from '../text/sentences.ts';

export interface Masked {
  text: string;
  /** Mention index of each placeholder, in order. */
  at: { pos: number; end: number; mention: number }[];
}

export const OPEN = '⟦';
export const CLOSE = '⟧';

/** Title words right before a person's name ("Commodore", "Lt. Gen."). */
const titlesBefore = memoByLexicon((lex) => new RegExp(`(?<![\\p{L}.])(?:(?:${alternation(lex.titles)})\\s+)+$`, 'u'));

/** Replace the mentions inside `s` by `⟦i|kind|type|rule⟧` (a person's placeholder also covers the titles before the name). */
export function maskSentence(text: string, s: Sentence, mentions: readonly RawMention[], first: number, last: number, lex?: Lexicon): Masked {
  const TITLES_BEFORE = titlesBefore(lex);
  let out = '';
  let cursor = s.start;
  const at: Masked['at'] = [];
  for (let i = first; i < last; i++) {
    const m = mentions[i]!;
    if (m.start < cursor || m.end > s.end) continue;
    let before = text.slice(cursor, m.start);
    if (m.type === 'person') {
      // a person's titles belong to the placeholder: "led by Commodore Andrew Burns" reads "led by ⟦person⟧"
      const tail = before.slice(-48);
      const t = TITLES_BEFORE.exec(tail);
      if (t) before = before.slice(0, before.length - tail.length + t.index);
    }
    out += before;
    const pos = out.length;
    out += `${OPEN}${i}|${m.kind}|${m.type}|${m.rule}${CLOSE}`;
    at.push({ pos, end: out.length, mention: i });
    cursor = m.end;
  }
  out += text.slice(cursor, s.end);
  return { text: out, at };
}
