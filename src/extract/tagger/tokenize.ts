/**
 * Penn-Treebank-like tokens with character offsets into the article text,
 * for the taggers. ("U.S." stays whole; "ISIS's" -> "ISIS" + "'s"; "don't" ->
 * "do" + "n't"; "2,500" and "3.5" stay whole; "al-Qaeda" and "U.S.-led" stay
 * whole; quotes, brackets and sentence punctuation are tokens of their own.)
 *
 * One pass over the text, linear in its length; `text.slice(t.start, t.end)
 * === t.text` for every token. (src/extract/text.ts has the regex rules'
 * tokenizer; this one serves the taggers only.)
 */

export interface TagToken {
  text: string;
  start: number;
  end: number;
}

/** Words that keep their final period ("Gen.", "Mr.", "Jan."), lower case, without the period. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'cpl', 'pvt', 'adm', 'brig', 'cmdr',
  'gov', 'sen', 'rep', 'rev', 'st', 'jr', 'sr', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'dept', 'est', 'fig',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft', 'approx', 'govt',
]);

/** Clitics split off the end of a word, longest first. */
const CLITICS = ["n't", "'s", "'re", "'ve", "'ll", "'d", "'m", "'S", "N'T", "'RE", "'VE", "'LL", "'D", "'M"];

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000 || c === 0x2028 || c === 0x2029;

/** Punctuation that is always a token of its own at the start of a chunk. */
const LEADING = new Set(['"', "'", '(', '[', '{', '`', '\u201c', '\u2018', '\u00ab', '<', '*', '\u2014', '\u2013', '-', '\u2022', '#', '$', '\u00a3', '\u20ac']);
/** Punctuation split off the end of a chunk. */
const TRAILING = new Set(['"', "'", ')', ']', '}', ',', ';', ':', '!', '?', '.', '\u201d', '\u2019', '\u00bb', '>', '*', '\u2014', '\u2013', '%', '\u2026']);

const isAsciiUpper = (c: number) => c >= 65 && c <= 90;
const isAsciiAlnum = (c: number) => (c >= 48 && c <= 57) || isAsciiUpper(c) || (c >= 97 && c <= 122);
/** , ; : ! ? . */
const SIMPLE_FINAL = new Set([44, 59, 58, 33, 63, 46]);

const URLISH = /^(?:https?:\/\/|www\.|[\w.+-]+@[\w-]+\.)/i;

function normApos(s: string): string {
  return s.replace(/\u2019/g, "'");
}

/** Split one whitespace-free chunk [s, e) into tokens, appended to `out`. */
function splitChunk(text: string, s: number, e: number, out: TagToken[]): void {
  const chunk = text.slice(s, e);
  if (URLISH.test(chunk) || (chunk.charCodeAt(0) === 64 && chunk.length > 1)) {
    // URLs, e-mails, @handles: one token, minus trailing sentence punctuation
    let end = e;
    while (end > s + 1 && /[.,;:!?)\]"'\u201d\u2019]/.test(text[end - 1]!)) end--;
    out.push({ text: text.slice(s, end), start: s, end });
    for (let i = end; i < e; i++) out.push({ text: text[i]!, start: i, end: i + 1 });
    return;
  }
  // leading punctuation
  while (s < e && LEADING.has(text[s]!) && !(text[s] === "'" && /^'(?:s|re|ve|ll|d|m|em|tis)\b/i.test(text.slice(s, e)))) {
    // "--" and "..." as one token
    let j = s + 1;
    if (text[s] === '-') while (j < e && text[j] === '-') j++;
    // a leading "-" before a digit is a sign ("-5"), keep it with the number
    if (text[s] === '-' && j === s + 1 && j < e && /\d/.test(text[j]!)) break;
    if (text[s] === '-' && j === s + 1 && j < e && /\p{L}/u.test(text[j]!)) break;
    out.push({ text: text.slice(s, j), start: s, end: j });
    s = j;
  }
  if (s >= e) return;
  // trailing punctuation, collected right to left
  const tail: TagToken[] = [];
  while (e > s) {
    const c = text[e - 1]!;
    if (!TRAILING.has(c)) break;
    if (c === '.') {
      const word = text.slice(s, e - 1);
      // "U.S." "a.m." initials "J." keep their period; so do known abbreviations
      if (/^(?:\p{L}\.)+\p{L}$/u.test(word) || /^\p{Lu}$/u.test(word) || ABBREVIATIONS.has(word.toLowerCase())) break;
      // "..." as one token
      let j = e - 1;
      while (j > s && text[j - 1] === '.') j--;
      tail.push({ text: text.slice(j, e), start: j, end: e });
      e = j;
      continue;
    }
    if (c === '-' || c === '\u2014' || c === '\u2013') {
      let j = e - 1;
      while (j > s && text[j - 1] === c) j--;
      tail.push({ text: text.slice(j, e), start: j, end: e });
      e = j;
      continue;
    }
    tail.push({ text: c, start: e - 1, end: e });
    e--;
  }
  if (s < e) splitWord(text, s, e, out);
  for (let i = tail.length - 1; i >= 0; i--) out.push(tail[i]!);
}

/** A word without outer punctuation: split clitics and inner dashes ("--", "—"). */
function splitWord(text: string, s: number, e: number, out: TagToken[]): void {
  // inner em/en dashes and double hyphens separate words ("Raqqa—the", "war--and")
  for (let i = s + 1; i < e - 1; i++) {
    const c = text[i]!;
    if (c === '\u2014' || c === '\u2013' || (c === '-' && text[i + 1] === '-')) {
      let j = i + 1;
      while (j < e && text[j] === c) j++;
      if (!(c === '\u2013' && /\d/.test(text[i - 1]!) && /\d/.test(text[j] ?? ''))) {
        splitWord(text, s, i, out);
        out.push({ text: text.slice(i, j), start: i, end: j });
        if (j < e) splitChunk(text, j, e, out);
        return;
      }
    }
  }
  const w = normApos(text.slice(s, e));
  for (const cl of CLITICS) {
    if (w.length > cl.length && w.endsWith(cl)) {
      const cut = e - cl.length;
      // "can't" -> "ca" + "n't"; "won't" -> "wo" + "n't"
      out.push({ text: text.slice(s, cut), start: s, end: cut });
      out.push({ text: text.slice(cut, e), start: cut, end: e });
      return;
    }
  }
  // plural possessive "soldiers'" -> "soldiers" + "'"
  if (w.length > 2 && w.endsWith("'") && /[sS]'$/.test(w)) {
    out.push({ text: text.slice(s, e - 1), start: s, end: e - 1 });
    out.push({ text: text.slice(e - 1, e), start: e - 1, end: e });
    return;
  }
  // "5%" handled by TRAILING; "$5" by LEADING; a slash between words stays ("and/or")
  out.push({ text: text.slice(s, e), start: s, end: e });
}

/** Tokens of `text` (or of its range [from, to)). */
export function tagTokens(text: string, from = 0, to = text.length): TagToken[] {
  const out: TagToken[] = [];
  let i = from;
  while (i < to) {
    while (i < to && isSpace(text.charCodeAt(i))) i++;
    if (i >= to) break;
    let j = i;
    while (j < to && !isSpace(text.charCodeAt(j))) j++;
    // fast path (most chunks): ASCII letters and digits, with at most one final , ; : ! ? or .
    let k = i;
    while (k < j && isAsciiAlnum(text.charCodeAt(k))) k++;
    if (k === j) out.push({ text: text.slice(i, j), start: i, end: j });
    else if (k === j - 1 && k > i && SIMPLE_FINAL.has(text.charCodeAt(k))) {
      const word = text.slice(i, k);
      // "J." and known abbreviations keep their period (as splitChunk does)
      if (text.charCodeAt(k) === 46 && ((word.length === 1 && isAsciiUpper(word.charCodeAt(0))) || ABBREVIATIONS.has(word.toLowerCase())))
        out.push({ text: text.slice(i, j), start: i, end: j });
      else {
        out.push({ text: word, start: i, end: k });
        out.push({ text: text[k]!, start: k, end: j });
      }
    } else splitChunk(text, i, j, out);
    i = j;
  }
  return out;
}

/**
 * Token sentences: a sentence ends after ".", "!" or "?" (or "..."), and at a
 * line break (a headline, a list item, a table row is a sentence of its own).
 * Returns [first, end) token index ranges.
 */
export function tokenSentences(text: string, tokens: readonly TagToken[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let first = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    let cut = !next;
    // "U.S." does not end a sentence here: the rules' splitter knows better, and the tagger tolerates it
    if (!cut && (t.text === '.' || t.text === '!' || t.text === '?' || t.text === '...')) {
      cut = true;
      // closing quotes/brackets belong to the sentence they close
      if (/^["'\u201d\u2019)\]]$/.test(next!.text) && next!.start === t.end) cut = false;
    }
    // a closing quote or bracket right after final punctuation ends the sentence
    if (!cut && next && /^["'\u201d\u2019)\]]$/.test(t.text) && i > 0 && /^[.!?]$/.test(tokens[i - 1]!.text) && tokens[i - 1]!.end === t.start) cut = true;
    if (!cut && next && text.slice(t.end, next.start).includes('\n')) cut = true;
    if (cut) {
      out.push([first, i + 1]);
      first = i + 1;
    }
  }
  return out;
}
