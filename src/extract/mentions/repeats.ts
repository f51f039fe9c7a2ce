/**
 * Later repetitions of names found by patterns: "Rohilat Afrin" ... "Afrin".
 * A person's surname repeats alone; a title word never does.
 */
import type { EntityType } from '../../types.ts';
import type { RawMention } from '../types.ts';
import { stopCaps, type Lexicon } from '../lexicon/index.ts';
import { bareTitleWords } from './names.ts';

/**
 * The word a person's name of two words or more repeats as alone: its last
 * one ("Leila Zahrani" ... "Zahrani"), unless that is a title word
 * ("Defence Minister" repeats as no "Minister"), a word capitalised for other
 * reasons or shorter than 3 letters.
 */
export function surnameOf(name: string, lex: Lexicon): string | undefined {
  const words = name.split(/\s+/);
  const last = words[words.length - 1]!;
  if (words.length < 2 || last.length < 3 || stopCaps(lex).has(last) || bareTitleWords(lex).has(last.toLowerCase())) return undefined;
  return last;
}

/** Later repetitions of names found by patterns: "Rohilat Afrin" ... "Afrin". */
export function findRepeats(text: string, mentions: readonly RawMention[], covered: Uint8Array, lex: Lexicon): RawMention[] {
  const used = covered.slice();
  const out: RawMention[] = [];
  const TITLE_WORDS = bareTitleWords(lex);
  const forms = new Map<string, RawMention>();
  for (const m of mentions) {
    if (m.canonical || m.anaphor || m.via || m.rule.startsWith('lexicon') || m.rule === 'name-compass-place' || m.rule === 'name-office' || m.rule === 'name-coalition' || m.rule === 'name-people-group') continue;
    if (m.text.length < 3 || m.text.split(/\s+/).every((w) => TITLE_WORDS.has(w.toLowerCase()))) continue;
    forms.set(m.text, m);
    if (m.type === 'person') {
      const last = surnameOf(m.text, lex);
      if (last) {
        if (!forms.has(last)) forms.set(last, m);
        const bare = last.replace(/^(?:al|el|Al|El)[-‐]/, '');
        if (bare !== last && bare.length >= 3 && !forms.has(bare)) forms.set(bare, m);
      }
    }
  }
  if (forms.size === 0) return out;
  // the forms by first code unit, longest first: at each position the longest form that stands as a whole word,
  // scanning on after it (what one alternation regex of the forms, longest first, matched; without building it
  // per article)
  const byFirst = new Map<number, string[]>();
  for (const f of [...forms.keys()].sort((a, b) => b.length - a.length)) {
    const c = f.charCodeAt(0);
    const list = byFirst.get(c);
    if (list) list.push(f);
    else byFirst.set(c, [f]);
  }
  for (let start = 0; start < text.length; start++) {
    const list = byFirst.get(text.charCodeAt(start));
    if (list === undefined || wordCharBefore(text, start) || insidePair(text, start)) continue;
    const form = wholeAt(list, text, start);
    if (form === undefined) continue;
    const end = start + form.length;
    let free = true;
    for (let i = start; i < end; i++) if (used[i]) { free = false; break; }
    if (!free) {
      start = end - 1;
      continue;
    }
    const src = forms.get(form)!;
    for (let i = start; i < end; i++) used[i] = 1;
    const rep: RawMention = { start, end, text: form, kind: src.kind, type: src.type as EntityType, rule: 'name-repeat' };
    if (src.typeWeight !== undefined) rep.typeWeight = src.typeWeight;
    // a surname alone is a part of the person's name (the contract's `via`)
    if (src.type === 'person' && form !== src.text) Object.assign(rep, { via: 'name-part', refersTo: { start: src.start, end: src.end } });
    out.push(rep);
    start = end - 1;
  }
  return out;
}

/** The first of `forms` that stands at `start` as a whole word (no closure made per position: this runs at every capital). */
function wholeAt(forms: readonly string[], text: string, start: number): string | undefined {
  for (let k = 0; k < forms.length; k++) {
    const f = forms[k]!;
    if (text.startsWith(f, start) && !wordCharAt(text, start + f.length)) return f;
  }
  return undefined;
}

/** Whether `i` falls between the two halves of a surrogate pair (no match of a Unicode regex starts there). */
function insidePair(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0xdc00 || c > 0xdfff || i === 0) return false;
  const h = text.charCodeAt(i - 1);
  return h >= 0xd800 && h <= 0xdbff;
}

/** A letter, digit or hyphen (one code point). */
const WORD_CHAR = /^[\p{L}\p{N}-]$/u;

/** Whether the code point that starts at `i` is a letter, digit or hyphen (false at the end). */
function wordCharAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45;
  return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(i)!));
}

/** Whether the code point that ends at `i` is a letter, digit or hyphen (false at the start). */
function wordCharBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const c = text.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = text.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return WORD_CHAR.test(text.slice(i - 2, i));
  }
  return wordCharAt(text, i - 1) && !(c >= 0xd800 && c <= 0xdfff);
}
