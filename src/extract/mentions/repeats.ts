/**
 * Later repetitions of names found by patterns: "Rohilat Afrin" ... "Afrin".
 * A person's surname repeats alone; a title word never does.
 */
import type { EntityType } from '../../types.ts';
import type { RawMention } from '../types.ts';
import { esc, stopCaps, type Lexicon } from '../lexicon/index.ts';
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
    if (m.canonical || m.anaphor || m.rule.startsWith('lexicon') || m.rule === 'name-compass-place' || m.rule === 'name-office' || m.rule === 'name-coalition' || m.rule === 'name-people-group') continue;
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
  const re = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${[...forms.keys()].sort((a, b) => b.length - a.length).map(esc).join('|')})(?![\\p{L}\\p{N}-])`, 'gu');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    let free = true;
    for (let i = start; i < end; i++) if (used[i]) { free = false; break; }
    if (!free) continue;
    const src = forms.get(m[0])!;
    for (let i = start; i < end; i++) used[i] = 1;
    const rep: RawMention = { start, end, text: m[0], kind: src.kind, type: src.type as EntityType, rule: 'name-repeat' };
    if (src.typeWeight !== undefined) rep.typeWeight = src.typeWeight;
    // a surname alone is a part of the person's name (the contract's `via`)
    if (src.type === 'person' && m[0] !== src.text) Object.assign(rep, { via: 'name-part', refersTo: { start: src.start, end: src.end } });
    out.push(rep);
  }
  return out;
}
