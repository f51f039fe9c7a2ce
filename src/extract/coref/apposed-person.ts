/**
 * The person a phrase of a role names in apposition right after it ("arrested an ISIS emir, Abu Yasir, during a raid",
 * "A priest, Father Joseph Okafor, was abducted"): the one an attack or a capture of the phrase was done to. Without
 * it the deed goes to the group the role's compound names ("ISIS") or to a generic person ("priests"), neither of whom
 * suffered it. Read by the rules (rules/engine.ts) and the events pass (events/pass.ts) for attacks and captures.
 */
import type { RawMention } from '../types.ts';
import { memoByLexicon, type Lexicon } from '../lexicon/index.ts';

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
 * lower-case words before it, its remit after it); a generic actor must be one person named by a noun (no plural: "two farmers, Ali and Musa" are two). `text`
 * starts at offset `base` of the article (a sentence's text and its start, or the article's and 0).
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
