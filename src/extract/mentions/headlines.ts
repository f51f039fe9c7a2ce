/**
 * Names on lines written in capitals (headlines: "ZAHRANI NAMED AS ARMY
 * CHIEF") or in title case ("Rebels Seize Key Town as Army Retreats"). There
 * every word is capitalised, so the case of a word says
 * nothing about whether it is a name: a word of such a line is a name only
 * if its cased form is one in the article's other lines. The article's body
 * decides:
 *
 *   a guessed name on a capitals line (the tagger's or the capitalised-word
 *   fallback's, never the lexicon's or a pattern's) whose form is named
 *   nowhere in the body is dropped ("FOOTBALL - ..."; a guess that runs
 *   over several words, "MITCHELL DEFEATS BAILEY", is read again word by
 *   word);
 *   words of a capitals line whose form the body names ("Leila Zahrani" ...
 *   "ZAHRANI") become mentions of that name, with its kind and type (a
 *   person's surname alone is a part of the name: `via` "name-part").
 *
 * An article with no body outside capitals lines is left as it is.
 */
import type { RawMention } from '../types.ts';
import { esc, memoByLexicon, type Lexicon } from '../lexicon/index.ts';
import { verbClasses } from '../lexicon/verbs.ts';
import { VERB_FORMS } from '../lexicon/inflect.ts';
import { surnameOf } from './repeats.ts';
import { GUESSED_NAME_RULES } from './kit.ts';

export const HEADLINE_RULE = {
  reason: 'name-headline',
  example: 'FOOTBALL - ZAHRANI NAMED AS ARMY CHIEF\nBAGHDAD 2026-05-02\nIraq named Gen. Leila Zahrani as chief of staff on Friday.',
  expect: 'ZAHRANI',
  /** Names that must not survive in the example. */
  dropped: ['FOOTBALL'],
};

/** A headline is short: a longer line is prose even in capitals. */
const MAX_LINE = 300;

/**
 * The lines written in capitals, as [start, end) sorted: at most MAX_LINE
 * characters, at least 8 letters, at most 1 in 20 of them lower case
 * ("SOCCER - ZAHRANI NAMED AS CHIEF", not the dateline "ARLINGTON , Texas").
 */
function capitalsLines(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let ls = 0; ls < text.length; ) {
    let le = text.indexOf('\n', ls);
    if (le < 0) le = text.length;
    if (le - ls <= MAX_LINE) {
      let letters = 0;
      let lower = 0;
      for (let i = ls; i < le; i++) {
        // ASCII by its code (no case-mapped string made per character)
        const code = text.charCodeAt(i);
        if (code < 128) {
          if (code >= 65 && code <= 90) letters++;
          else if (code >= 97 && code <= 122) { letters++; lower++; }
          continue;
        }
        const c = text[i]!;
        if (c.toLowerCase() !== c) letters++;
        else if (c.toUpperCase() !== c) { letters++; lower++; }
      }
      if (letters >= 8 && lower * 20 <= letters) out.push([ls, le]);
    }
    ls = le + 1;
  }
  return out;
}

/** Words a headline in title case leaves in lower case (lexicon words.titleCaseSmallWords). */
const titleCaseSmall = memoByLexicon((lex): ReadonlySet<string> => new Set(lex.words.titleCaseSmallWords));

/** Every form of every verb of the lexicon's verb classes, lower case, but the nouns of the org and place heads ("Command"). */
const headlineVerbs = memoByLexicon((lex): ReadonlySet<string> => {
  const heads = new Set([...Object.values(lex.words.orgHeads), ...Object.values(lex.words.placeHeads)].flat().map((h) => h.toLowerCase()));
  const out = new Set<string>();
  for (const c of verbClasses(lex).values()) for (const f of c.forms) for (const form of VERB_FORMS) for (const w of f[form]) if (!w.includes(' ') && !heads.has(w)) out.add(w);
  return out;
});

/**
 * Headlines written in title case ("Rebels Seize Key Town as Army Retreats"): the text's first line or a Markdown
 * heading, of at most 200 characters, with no final period, of at least four words, every word capitalised but the
 * lexicon's titleCaseSmallWords, at least four capitalised words, and a verb of the lexicon's classes after the first
 * word and not right after "of", "for" or an article ("Seize", "Says"; a name's line has none: "the Group for the
 * Support of ...", "Battle of Aleppo"). On such a line, as on a line in capitals, a capital says nothing about a name.
 */
function titleCaseLines(text: string, lex: Lexicon): Array<[number, number]> {
  const verbs = headlineVerbs(lex);
  const small = titleCaseSmall(lex);
  const out: Array<[number, number]> = [];
  // (whether a line with words came before: only the first one, or a Markdown heading, is a headline)
  let words = false;
  for (let ls = 0; ls < text.length; ) {
    let le = text.indexOf('\n', ls);
    if (le < 0) le = text.length;
    const raw = text.slice(ls, le);
    const heading = !words || /^\s*#/.test(raw);
    if (!words) words = /\p{L}/u.test(raw);
    const line = heading ? raw.replace(/^[#\s]+/, '').trimEnd() : '';
    if (heading && line.length >= 12 && line.length <= 200 && !/[.!?:;]$/.test(line)) {
      const ws = line.split(/\s+/).filter((w) => /\p{L}/u.test(w));
      let caps = 0;
      let verb = false;
      let ok = ws.length >= 4;
      for (let k = 0; k < ws.length; k++) {
        const w = ws[k]!;
        const bare = w.toLowerCase().replace(/[^\p{L}]/gu, '');
        if (k > 0 && verbs.has(bare) && !/^(?:of|for|the|a|an)$/i.test(ws[k - 1]!)) verb = true;
        const first = /\p{L}/u.exec(w)![0];
        if (first !== first.toLowerCase()) caps++;
        else if (!small.has(bare)) {
          ok = false;
          break;
        }
      }
      if (ok && verb && caps >= 4) out.push([ls, le]);
    }
    ls = le + 1;
  }
  return out;
}

/** Is `pos` on one of the (sorted) lines? */
function onLine(lines: ReadonlyArray<[number, number]>, pos: number): boolean {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [s, e] = lines[mid]!;
    if (pos < s) hi = mid - 1;
    else if (pos >= e) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Rules whose names are guesses from the words' shape or the tagger. */

/** The mentions with capitals lines read by the body (sorted by start, not overlapping). */
export function readHeadlines(text: string, mentions: readonly RawMention[], lex: Lexicon): RawMention[] {
  const caps = capitalsLines(text);
  const titled = titleCaseLines(text, lex);
  const lines = titled.length ? [...caps, ...titled].sort((a, b) => a[0] - b[0]) : caps;
  if (lines.length === 0) return mentions.slice();
  const onCaps = mentions.map((m) => onLine(lines, m.start));
  // an article all in capitals has no body to read its lines by
  if (onCaps.every(Boolean)) return mentions.slice();
  // the body's names by their upper-case form: a whole name, and a person's surname
  const forms = new Map<string, RawMention>();
  const part = new Set<string>();
  mentions.forEach((m, i) => {
    if (onCaps[i] || m.anaphor || m.via || !/\p{Ll}/u.test(m.text)) return;
    const up = m.text.toUpperCase();
    if (!forms.has(up) || part.has(up)) {
      forms.set(up, m);
      part.delete(up);
    }
    const last = m.type === 'person' ? surnameOf(m.text, lex) : undefined;
    if (last) {
      const u = last.toUpperCase();
      if (!forms.has(u)) {
        forms.set(u, m);
        part.add(u);
      }
    }
  });
  if (forms.size === 0) return mentions.slice();
  // (on a title-case line every name no lexicon knows is a guess: the patterns read heads there too, "Rebels Seize Key
  // Town" is no town)
  const kept = mentions.filter(
    (m, i) => !onCaps[i] || forms.has(m.text.toUpperCase()) || (titled.length && onLine(titled, m.start) ? m.canonical !== undefined : !GUESSED_NAME_RULES.has(m.rule)),
  );
  const used = new Uint8Array(text.length + 1);
  for (const m of kept) for (let i = m.start; i < m.end; i++) used[i] = 1;
  const added: RawMention[] = [];
  const re = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${[...forms.keys()].sort((a, b) => b.length - a.length).map(esc).join('|')})(?![\\p{L}\\p{N}-])`, 'gu');
  for (const [ls, le] of lines) {
    // (a title-case line is matched in capitals, when that keeps its length)
    let line = text.slice(ls, le);
    const upper = line.toUpperCase();
    if (upper.length === line.length) line = upper;
    re.lastIndex = 0;
    for (let m = re.exec(line); m; m = re.exec(line)) {
      const start = ls + m.index;
      const end = start + m[0].length;
      let free = true;
      for (let i = start; i < end; i++) if (used[i]) { free = false; break; }
      if (!free) continue;
      for (let i = start; i < end; i++) used[i] = 1;
      const src = forms.get(m[0])!;
      const rep: RawMention = { start, end, text: text.slice(start, end), kind: src.kind, type: src.type, rule: HEADLINE_RULE.reason };
      if (src.canonical) rep.canonical = src.canonical;
      if (src.typeWeight !== undefined) rep.typeWeight = src.typeWeight;
      if (part.has(m[0])) Object.assign(rep, { via: 'name-part', refersTo: { start: src.start, end: src.end } });
      added.push(rep);
    }
  }
  return added.length ? [...kept, ...added].sort((a, b) => a.start - b.start) : kept;
}
