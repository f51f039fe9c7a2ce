/**
 * A person named with a nickname in quotes between the given name and the surname ('Jimmy "Barbecue" Cherizier',
 * 'Joaquin "El Chapo" Guzman') is one person: the given name and the surname, found apart, become one mention over
 * the whole, labelled without the nickname, so that the surname alone later refers back to the full name.
 */
import type { RawMention } from '../types.ts';

export const NICKNAME_RULE = {
  reason: 'name-nickname',
  example: 'Police hunted for Idris "The Hawk" Kamal. Kamal escaped.',
  expect: 'Idris "The Hawk" Kamal',
};

/** A quoted nickname between two names: one to three capitalised words (a name's small words between), no sentence. */
// (the surname's particle may follow the closing mark: 'Rodrigo "Pezão" dos Santos')
// (in double or single marks: "Jimmy 'Barbecue' Cherizier")
const NICKNAME = /^[ \t]+(?:["“](?:\p{Lu}[\p{L}'’.-]*|\d+)(?:[ \t]+(?:\p{Lu}[\p{L}'’.-]*|de|del|la|el|al)){0,2}["”]|['‘](?:\p{Lu}[\p{L}.-]*|\d+)(?:[ \t]+(?:\p{Lu}[\p{L}.-]*|de|del|la|el|al)){0,2}['’])[ \t]+(?:(?:dos|das|da|de|del|della|di|do|van|von|bin|ibn|ben)[ \t]+)?$/u;
/** The closing mark of the nickname and the space after it: where the surname's words begin. */
const AFTER_NICKNAME = /["”'’][ \t]+/u;
/** The quoted stretch right after a given name, up to its closing mark. */
const QUOTED_AFTER = /^[ \t]+(?:["“][^"“”\n]{1,40}["”]|['‘][^'‘’"\n]{1,40}['’])/u;
/** After a nickname's closing mark: a particle, then one or two capitalised words, the surname (group 1). */
const SURNAME_AFTER = /^[ \t]+(?:(?:dos|das|da|de|del|della|di|do|van|von|bin|ibn|ben)[ \t]+)?(\p{Lu}[\p{Ll}'’-]+(?:[ \t]+\p{Lu}[\p{Ll}'’-]+)?)(?![\p{L}])/u;
/** A given name: one capitalised word. */
const GIVEN = /^\p{Lu}[\p{Ll}'’-]+$/u;
/** A surname: one or two capitalised words. */
const SURNAME = /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?$/u;

export function mergeNicknamed(text: string, mentions: RawMention[]): RawMention[] {
  // (the mentions in text order, to find the two names side by side; the list keeps its own order)
  const sorted = mentions.filter((m) => m.kind === 'actor' && !m.via && !m.anaphor).sort((x, y) => x.start - y.start);
  const merged = new Map<RawMention, RawMention>();
  const gone = new Set<RawMention>();
  // (surnames read from the text, not in `mentions`: their whole is added)
  const read = new Set<RawMention>();
  const added: RawMention[] = [];
  for (let k = 0; k < sorted.length; k++) {
    const a = sorted[k]!;
    // (the nickname may have been found as a name of its own: it goes with the whole)
    let j = k + 1;
    const quoted = QUOTED_AFTER.exec(text.slice(a.end, a.end + 48));
    if (quoted) while (j + 1 < sorted.length && sorted[j]!.end <= a.end + quoted[0].length) j++;
    let b = sorted[j];
    // (a surname no pass found, right after the nickname, read from the text: the tagger rarely reads a name on across
    // the marks, "Jimmy 'Barbecue' Cherizier")
    if (quoted && a.type === 'person' && !a.canonical && GIVEN.test(a.text) && !(b && b.start >= a.end + quoted[0].length && b.start <= a.end + quoted[0].length + 6)) {
      const rest = SURNAME_AFTER.exec(text.slice(a.end + quoted[0].length, a.end + quoted[0].length + 60));
      if (rest) {
        const start = a.end + quoted[0].length + rest[0].length - rest[1]!.length;
        b = { ...a, start, end: start + rest[1]!.length, text: rest[1]! };
        read.add(b);
        j = k;
      }
    }
    if (!b || (a.type !== 'person' && b.type !== 'person') || a.canonical || !GIVEN.test(a.text) || !SURNAME.test(b.text)) continue;
    const between = text.slice(a.end, b.start);
    if (!NICKNAME.test(between)) continue;
    for (let i = k + 1; i < j; i++) gone.add(sorted[i]!);
    const close = AFTER_NICKNAME.exec(between)!;
    const surname = text.slice(a.end + close.index + close[0].length, b.end);
    const whole: RawMention = { ...b, start: a.start, text: text.slice(a.start, b.end), type: 'person', rule: NICKNAME_RULE.reason, label: `${a.text} ${surname}` };
    if (a.titles?.length) whole.titles = a.titles;
    // (and what a pass found inside the whole goes with it: the nickname's own mention)
    if (read.has(b)) {
      added.push(whole);
      for (const x of sorted) if (x !== a && x.start >= a.start && x.end <= whole.end) gone.add(x);
    }
    else merged.set(b, whole);
    gone.add(a);
    k = j;
  }
  if (!merged.size && !added.length) return mentions;
  const out = mentions.filter((m) => !gone.has(m)).map((m) => merged.get(m) ?? m);
  return added.length ? [...out, ...added] : out;
}

/**
 * A person's nickname given in quotation marks inside the name ('Rodrigo "Pezão" dos Santos', mention rule
 * name-nickname) names that person alone too: its later occurrences are the person's (a mention found there is
 * paired with the name; one no pass found is added, rule nickname-alone).
 */
export function nicknamesAlone(text: string, mentions: readonly RawMention[]): { mentions: RawMention[]; pairs: [RawMention, RawMention][] } {
  const out: [RawMention, RawMention][] = [];
  const added: RawMention[] = [];
  for (const long of mentions.filter((m) => m.rule === NICKNAME_RULE.reason)) {
    const nick = /["“]([^"“”]+)["”]|['‘]([^'‘’"]+)['’]/u.exec(long.text)?.slice(1).find((x) => x !== undefined);
    if (!nick || nick.length < 3) continue;
    const re = new RegExp(`(?<![\\p{L}\\p{N}"“])${nick.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}"”])`, 'gu');
    for (const m of text.slice(long.end).matchAll(re)) {
      const start = long.end + m.index;
      const end = start + nick.length;
      const found = mentions.find((x) => x.start === start && x.end === end);
      if (found) {
        if (found.type === 'person' && !found.canonical) out.push([long, found]);
        continue;
      }
      if (mentions.some((x) => x.start < end && start < x.end) || added.some((x) => x.start < end && start < x.end)) continue;
      const alone: RawMention = { start, end, text: nick, kind: 'actor', type: 'person', rule: 'nickname-alone' };
      added.push(alone);
      out.push([long, alone]);
    }
  }
  return { mentions: added.length ? [...mentions, ...added].sort((x, y) => x.start - y.start || y.end - x.end) : mentions.slice(), pairs: out };
}
