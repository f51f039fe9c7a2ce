/**
 * Names on lines written in capitals (headlines: "ZAHRANI NAMED AS ARMY
 * CHIEF"). There every word is capitalised, so the case of a word says
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
import { esc, type Lexicon } from '../lexicon/index.ts';
import { surnameOf } from './repeats.ts';

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
const GUESSED = new Set(['name-capitalised', 'name-tagger', 'name-tagger-repeat']);

/** The mentions with capitals lines read by the body (sorted by start, not overlapping). */
export function readHeadlines(text: string, mentions: readonly RawMention[], lex: Lexicon): RawMention[] {
  const lines = capitalsLines(text);
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
  const kept = mentions.filter((m, i) => !onCaps[i] || !GUESSED.has(m.rule) || forms.has(m.text.toUpperCase()));
  const used = new Uint8Array(text.length + 1);
  for (const m of kept) for (let i = m.start; i < m.end; i++) used[i] = 1;
  const added: RawMention[] = [];
  const re = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${[...forms.keys()].sort((a, b) => b.length - a.length).map(esc).join('|')})(?![\\p{L}\\p{N}-])`, 'gu');
  for (const [ls, le] of lines) {
    const line = text.slice(ls, le);
    re.lastIndex = 0;
    for (let m = re.exec(line); m; m = re.exec(line)) {
      const start = ls + m.index;
      const end = start + m[0].length;
      let free = true;
      for (let i = start; i < end; i++) if (used[i]) { free = false; break; }
      if (!free) continue;
      for (let i = start; i < end; i++) used[i] = 1;
      const src = forms.get(m[0])!;
      const rep: RawMention = { start, end, text: m[0], kind: src.kind, type: src.type, rule: HEADLINE_RULE.reason };
      if (src.canonical) rep.canonical = src.canonical;
      if (src.typeWeight !== undefined) rep.typeWeight = src.typeWeight;
      if (part.has(m[0])) Object.assign(rep, { via: 'name-part', refersTo: { start: src.start, end: src.end } });
      added.push(rep);
    }
  }
  return added.length ? [...kept, ...added].sort((a, b) => a.start - b.start) : kept;
}
