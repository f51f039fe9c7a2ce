/**
 * The words of one sentence as the clause reader expects them (Penn Treebank
 * tokenisation), made from the product's tokens (../text/tokens.ts), which
 * cut at every non-letter: "U.S." is one word, "US-led" one word, "didn't"
 * is "did" + "n't", "cannot" is "can" + "not", "army's" is "army" + "'s", "1,200" one number.
 */
import type { Span } from '../../types.ts';
import { tokenize } from '../text/tokens.ts';
import { ABBREVIATIONS } from '../tagger/tokenize.ts';

export interface SentenceWord extends Span {
  text: string;
}

const WORDCHAR = /^[\p{L}\p{N}]/u;

/**
 * The words of `text.slice(from, to)`, with offsets into `text`. `tokens`: the text's tokens of that range when the
 * caller has them (the article's: none straddles `from` or `to`); else the range is tokenized here.
 */
export function sentenceWords(text: string, from: number, to: number, tokens?: readonly Span[]): SentenceWord[] {
  const toks = tokens ?? tokenize(text, from, to);
  const out: SentenceWord[] = [];
  const glued = (i: number) => i > 0 && toks[i]!.start === toks[i - 1]!.end;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const s = text.slice(t.start, t.end);
    const last = out[out.length - 1];
    // apostrophes: 's / n't / 're ...
    if ((s === "'" || s === '’') && last && glued(i) && i + 1 < toks.length && toks[i + 1]!.start === t.end && WORDCHAR.test(text.slice(toks[i + 1]!.start, toks[i + 1]!.end))) {
      const next = toks[i + 1]!;
      const after = text.slice(next.start, next.end).toLowerCase();
      if (after === 't' && /n$/i.test(last.text) && last.text.length > 1) {
        // "didn't" -> "did" + "n't"; "can't" -> "ca" + "n't"
        last.end -= 1;
        last.text = last.text.slice(0, -1);
        out.push({ start: last.end, end: next.end, text: text.slice(last.end, next.end) });
        i++;
        continue;
      }
      if (after === 's' || after === 're' || after === 've' || after === 'll' || after === 'd' || after === 'm') {
        out.push({ start: t.start, end: next.end, text: text.slice(t.start, next.end) });
        i++;
        continue;
      }
    }
    if (last && glued(i)) {
      const prev = text.slice(last.start, last.end);
      // "U.S." and "a.m.": letters and dots with no space
      // (the letter after the dot first: a sentence's own last period is glued to its last word)
      if (s === '.' && i + 1 < toks.length && toks[i + 1]!.start === t.end && /^\p{L}$/u.test(text.slice(toks[i + 1]!.start, toks[i + 1]!.end)) && /^(?:\p{L}\.)*\p{L}$/u.test(prev)) {
        last.end = toks[i + 1]!.end;
        last.text = text.slice(last.start, last.end);
        i++;
        if (i + 1 < toks.length && toks[i + 1]!.start === last.end && text.slice(toks[i + 1]!.start, toks[i + 1]!.end) === '.') {
          last.end += 1;
          last.text = text.slice(last.start, last.end);
          i++;
        }
        continue;
      }
      // an abbreviation keeps its period inside the sentence, as Penn Treebank and the tagger's tokens do ("Gen.
      // Dagalo", "Lt. Col."): a bare period there would end the clause reader's sentence in the middle of a name
      if (s === '.' && i + 1 < toks.length && ABBREVIATIONS.has(prev.toLowerCase())) {
        last.end = t.end;
        last.text = text.slice(last.start, last.end);
        continue;
      }
      // numbers with separators: 1,200 and 3.5
      if ((s === ',' || s === '.') && /^\d+$/.test(prev.replace(/[,.]/g, '')) && i + 1 < toks.length && toks[i + 1]!.start === t.end && /^\d{1,3}$/.test(text.slice(toks[i + 1]!.start, toks[i + 1]!.end))) {
        last.end = toks[i + 1]!.end;
        last.text = text.slice(last.start, last.end);
        i++;
        continue;
      }
      // hyphen compounds: "US-led", "al-Shabaab", "pro-government"
      if (s === '-' && WORDCHAR.test(prev) && i + 1 < toks.length && toks[i + 1]!.start === t.end && WORDCHAR.test(text.slice(toks[i + 1]!.start, toks[i + 1]!.end))) {
        last.end = toks[i + 1]!.end;
        last.text = text.slice(last.start, last.end);
        i++;
        continue;
      }
      // a prefix written apart from its word ("an anti- Gondor parade", "a pro- Kremlin rally"): the hyphen is the
      // prefix's, which modifies the noun phrase like the compound would ("anti-Gondor"); never before "and"/"or"
      // ("pre- and post-war")
      if (s === '-' && /^\p{L}+$/u.test(prev) && i + 1 < toks.length && toks[i + 1]!.start > t.end && /^\s+$/.test(text.slice(t.end, toks[i + 1]!.start)) && /^\p{L}+$/u.test(text.slice(toks[i + 1]!.start, toks[i + 1]!.end)) && !/^(?:and|or)$/i.test(text.slice(toks[i + 1]!.start, toks[i + 1]!.end))) {
        last.end = t.end;
        last.text = text.slice(last.start, last.end);
        continue;
      }
    }
    // "cannot" is "can" + "not", as "can't" is "ca" + "n't"
    if (s.length === 6 && s.toLowerCase() === 'cannot') {
      out.push({ start: t.start, end: t.start + 3, text: s.slice(0, 3) }, { start: t.start + 3, end: t.end, text: s.slice(3) });
      continue;
    }
    out.push({ start: t.start, end: t.end, text: s });
  }
  return out;
}
