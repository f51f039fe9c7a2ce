/**
 * The person a phrase of a role names in apposition right after it ("arrested an ISIS emir, Abu Yasir, during a raid",
 * "A priest, Father Joseph Okafor, was abducted"): the one an attack or a capture of the phrase was done to. Without
 * it the deed goes to the group the role's compound names ("ISIS") or to a generic person ("priests"), neither of whom
 * suffered it. Read by the rules (rules/engine.ts) and the events pass (events/pass.ts) for attacks and captures.
 */
import type { RawMention } from '../types.ts';
import { alternation, memoByLexicon, type Lexicon } from '../lexicon/index.ts';
import { pluralize } from '../lexicon/inflect.ts';

/** The role nouns of roles.json (one word), singular: the head of "a senior X commander". */
const roleNouns = memoByLexicon((lex): ReadonlySet<string> => new Set([...lex.roles.leads, ...lex.roles.member].filter((r) => !/\s/.test(r))));

/** Titles of the person between the comma and the name ("Rev. Father", "Brig. Gen."): capitalised words. */
const COMMA_TITLES = /^\s*,\s+(?:\p{Lu}[\p{L}.]*\s+){0,3}$/u;
/** After the name: the apposition closes (a comma, the sentence's end). */
const CLOSES = /^\s*[,.;]/u;
const GROUP_TYPES: ReadonlySet<string> = new Set(['armed_group', 'organization', 'force', 'government']);

/**
 * Of mention `i` (its index in `mentions`, sorted by start): the index of the person named in apposition to the phrase
 * it opens or is, or undefined. A group's mention (or its possessive) must be followed by a role noun (at most two
 * lower-case words before it, its remit after it); a generic actor must be one person named by a noun (no plural: "two
 * farmers, Ali and Musa" are two). `text` starts at offset `base` of the article (a sentence's text and its start, or
 * the article's and 0).
 */
export function apposedPerson(text: string, base: number, mentions: readonly RawMention[], i: number, lex: Lexicon): number | undefined {
  const m = mentions[i];
  if (!m || m.anaphor || m.kind === 'place' || m.kind === 'camp' || m.type === 'person') return undefined;
  let j = i + 1;
  while (j < mentions.length && mentions[j]!.start < m.end) j++;
  const p = mentions[j];
  if (!p || p.type !== 'person' || p.anaphor || p.via || p.end - base > text.length || !CLOSES.test(text.slice(p.end - base, p.end - base + 3))) return undefined;
  let between = text.slice(m.end - base, p.start - base);
  if (between.length > 60) return undefined;
  if (m.rule === 'generic-actor') {
    const head = m.text.slice(m.text.lastIndexOf(' ') + 1).toLowerCase();
    // (a plural: in -s, unless a role ends so, or "-men", "people", "children")
    if (/(?:men|people|ren)$/u.test(head) || (head.endsWith('s') && !roleNouns(lex).has(head))) return undefined;
  } else {
    if (!GROUP_TYPES.has(m.type)) return undefined;
    // (after the group's possessive too, and with the role's remit after it: "the Front's minister for refugees, X")
    const role = /^(?:['’]s?)?(?:\s+[\p{Ll}-]+){0,2}?\s+([\p{Ll}-]+)(?:\s+(?:for|of)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+(?:and\s+)?){0,2}[\p{Ll}-]+)?(?=\s*,)/u.exec(between);
    if (!role || !roleNouns(lex).has(role[1]!)) return undefined;
    between = between.slice(role[0].length);
  }
  return COMMA_TITLES.test(between) ? j : undefined;
}

/**
 * Before a group's name: a count of its people by their role ("two cadres of the", "three senior members of"; lexicon
 * roles in the plural, numberWords).
 */
const countedRoleBefore = memoByLexicon((lex) => {
  const roles = [...lex.roles.leads, ...lex.roles.member].filter((r) => !/\s/.test(r)).map((r) => pluralize(r.toLowerCase()));
  const numbers = Object.keys(lex.words.numberWords);
  return new RegExp(`(?<![\\p{L}\\d])(?:\\d{1,3}|${alternation(numbers)})\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:${alternation(roles)})\\s+of\\s+(?:the\\s+)?(?:[\\p{Ll}-]+\\s+)?$`, 'iu');
});
/** Between the group (or its acronym in brackets) and the first person: a comma. */
const TO_FIRST = /^\s*(?:\(\s*[^()]{1,16}\s*\)\s*)?,\s+$/u;
/** Between two people of the list: an age in brackets or between commas, then a comma or "and". */
const TO_NEXT = /^(?:\s*\(\s*\d{1,3}\s*\)|\s*,\s*\d{1,3}(?=\s*,))?(?:\s*,\s*(?:and\s+)?|\s+and\s+)$/u;

/**
 * Of a group's mention `i` (its index in `mentions`, sorted by start) counted by its people's role and followed by their
 * names ("arrested two cadres of the PLA, A (28) and B (34),"): the indices of the people named, in order; empty when
 * there are none. `text` starts at offset `base` of the article.
 */
export function countedPeople(text: string, base: number, mentions: readonly RawMention[], i: number, lex: Lexicon): number[] {
  const m = mentions[i];
  if (!m || m.anaphor || !GROUP_TYPES.has(m.type) || m.start - base < 0) return [];
  if (!countedRoleBefore(lex).test(text.slice(Math.max(0, m.start - base - 60), m.start - base))) return [];
  const out: number[] = [];
  let j = i + 1;
  while (j < mentions.length && mentions[j]!.start < m.end) j++;
  // (past the group's acronym, a mention of its own in brackets)
  if (mentions[j] && mentions[j]!.type !== 'person' && /^\s*\(\s*$/u.test(text.slice(m.end - base, mentions[j]!.start - base))) j++;
  let from = m.end;
  for (let first = true; j < mentions.length; j++, first = false) {
    const p = mentions[j]!;
    const between = text.slice(from - base, p.start - base);
    if (p.type !== 'person' || p.anaphor || p.via || !(first ? TO_FIRST : TO_NEXT).test(between)) break;
    out.push(j);
    from = p.end;
  }
  return out;
}
