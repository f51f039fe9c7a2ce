/**
 * A country's institution named by common words ("Russia's Defense Ministry", "the Russian MoD", "Ukraine's Air
 * Force"): the name is every country's, so the country named right before it says whose it is. The mention gets
 * that country's own entity: canonical id and label scoped by the country ("Defense Ministry (Russia)"), as generic
 * actors are ("police (Kenya)", events/actors.ts); other mentions of the same words in the article follow it when
 * they name no other country. Without a country before it, the name stays as it is (one name, one entity).
 */
import type { RawMention } from '../types.ts';
import { demonyms, lexiconEntry, memoByLexicon, type Lexicon } from '../lexicon/index.ts';
import { lexTags } from '../compromise.ts';
import { slugify } from '../../util/slug.ts';
import { loadAgents } from '../lexicon/petrarch/index.ts';
import { cachedTable } from '../../util/disk-cache.ts';
import { execCued, type CuedRegExp } from './cued.ts';

export const INSTITUTION_RULE = {
  reason: 'scope-institution',
  example: "Russia's Defense Ministry said 25 drones were downed. The Defense Ministry gave no figures.",
  expect: 'Defense Ministry (Russia)',
};

/** "Turkey's defence ministry", "the Iraqi interior ministry": a country's body written in lower case (`lowerInstitutions`). */
export const LOWER_INSTITUTION_RULE = {
  reason: 'scope-institution-lower',
  example: "Chad's defence ministry said two soldiers were wounded.",
  expect: 'Defence Ministry (Chad)',
};

/** Types of an institution: a government body, an organisation, a force. */
const INSTITUTION_TYPES: ReadonlySet<string> = new Set(['government', 'organization', 'force']);
/** Tags that make a word a name of its own, not a common word. */
const NAME_TAGS: ReadonlySet<string> = new Set([
  'ProperNoun', 'Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Place', 'Country', 'City', 'Region', 'Organization', 'Demonym', 'Acronym',
]);
/** Words that join the words of a name ("Ministry of Foreign Affairs"). */
const JOINING: ReadonlySet<string> = new Set(['of', 'for', 'and', 'the', 'on']);
/** A country's possessive or demonym right before the name (after "the"): the country's words. */
const BEFORE = /(?:(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2})['’]s|(?:^|[^\p{L}])(?:[Tt]he\s+)?(\p{Lu}\p{Ll}+))\s+(?:[Tt]he\s+)?$/u;

/**
 * The words of institutions every country has: those of the event coders' generic agents ("foreign ministry", "air
 * force", "national guard") and of the lexicon's organisation heads ("Ministry", "Council"), lower case.
 */
const institutionWords = memoByLexicon((lex): ReadonlySet<string> => {
  // (the agents' words from the disk cache: a warm start reads no PETRARCH dictionary)
  const out = new Set<string>(cachedTable('institution-agent-words', () => [...new Set(loadAgents().flatMap((a) => a.noun.split(/\s+/)).filter((w) => /^[a-z]+$/.test(w)))].sort()));
  for (const heads of Object.values(lex.words.orgHeads)) for (const h of heads) for (const w of h.split(/\s+/)) out.add(w.toLowerCase());
  return out;
});

/** The heads of a country's bodies and forces (lexicon orgHeads of governments, organisations, forces), lower case. */
const institutionHeads = memoByLexicon((lex): ReadonlySet<string> => new Set(['government', 'organization', 'force'].flatMap((t) => lex.words.orgHeads[t as 'force'] ?? []).map((h) => h.toLowerCase())));

/**
 * The name's head is a body's or a force's ("Ministry", "Council", "Force"; before "of": "Ministry of Defence"), and
 * every word of it is a word of institutions, capitalised, or a joining word (no name, place or people of its own):
 * "Civil War" is no body.
 */
function commonWords(name: string, lex: Lexicon): boolean {
  const words = name.replace(/^the\s+/i, '').split(/[\s-]+/).filter((w) => w.length > 0);
  if (words.length < 2) return false;
  const of = words.findIndex((w) => w === 'of' || w === 'for');
  const head = (of > 0 ? words[of - 1]! : words[words.length - 1]!).toLowerCase();
  if (!institutionHeads(lex).has(head)) return false;
  const known = institutionWords(lex);
  const dems = demonyms(lex);
  return words.every((w) => JOINING.has(w) || (/^\p{Lu}\p{Ll}+$/u.test(w) && known.has(w.toLowerCase()) && !dems.has(w.toLowerCase()) && !lexTags(w, lex).some((t) => NAME_TAGS.has(t))));
}

const countryNames = memoByLexicon((lex) => {
  const byName = new Map<string, { id: string; label: string }>();
  for (const e of lex.entities) if (e.type === 'country') for (const n of [e.label, ...e.aliases]) byName.set(n.toLowerCase(), { id: e.id, label: e.label });
  return byName;
});

/** The country named right before `start`, by its possessive ("Russia's") or its demonym ("the Russian"). */
function countryBefore(text: string, start: number, lex: Lexicon): { id: string; label: string } | undefined {
  const m = BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  if (!m) return undefined;
  if (m[1]) return countryNames(lex).get(m[1].toLowerCase());
  const d = demonyms(lex).get(m[2]!.toLowerCase());
  return d && d.type === 'country' ? { id: d.id, label: d.label } : undefined;
}

/**
 * The mentions with each institution that a country's possessive or demonym precedes scoped by that country (new
 * objects; the others as they were, in the same order). An institution's name is a lexicon entry's label made of
 * common words ("Ministry of Defence"), or such a name found by the patterns ("Defense Ministry", "Air Force").
 */
export function scopeInstitutions(text: string, mentions: readonly RawMention[], lex: Lexicon): RawMention[] {
  const nameOf = (m: RawMention): string | undefined => {
    if (m.kind !== 'actor' && m.kind !== 'force') return undefined;
    if (!INSTITUTION_TYPES.has(m.type) || m.label !== undefined) return undefined;
    // (of the lexicon's entries, a government body only: "Ministry of Defence"; its named forces keep their one node)
    const entry = m.canonical ? lexiconEntry(m.canonical, lex) : undefined;
    if (m.canonical && entry?.type !== 'government') return undefined;
    const name = entry ? entry.label : m.text.replace(/^the\s+/i, '');
    return name !== undefined && commonWords(name, lex) ? name : undefined;
  };
  // the country of each name, by its words: one country only (two countries' ministries in one article stay apart)
  const scoped = new Map<string, { id: string; label: string } | null>();
  const at = new Map<number, { id: string; label: string }>();
  mentions.forEach((m, i) => {
    const name = nameOf(m);
    if (!name) return;
    const c = countryBefore(text, m.start, lex);
    if (!c) return;
    at.set(i, c);
    const key = name.toLowerCase();
    const had = scoped.get(key);
    scoped.set(key, had === undefined || had?.id === c.id ? c : null);
  });
  if (at.size === 0) return mentions.slice();
  return mentions.map((m, i) => {
    const name = nameOf(m);
    if (!name) return m;
    const c = at.get(i) ?? scoped.get(name.toLowerCase());
    if (!c) return m;
    // a country's own armed forces ("Turkey's Armed Forces", lexicon nationalArmyNames): the lexicon's force of it
    const forces = m.kind === 'force' && lex.words.nationalArmyNames.includes(name.toLowerCase()) ? nationalForces(lex).get(c.id) : undefined;
    if (forces) return { ...m, canonical: forces };
    const label = `${name} (${c.label})`;
    return { ...m, canonical: slugify(label), label };
  });
}

/** Each country's armed forces in the lexicon, by the country's id: the force named "<country or demonym> forces". */
const nationalForces = memoByLexicon((lex): ReadonlyMap<string, string> => {
  const words = new Map<string, string>();
  for (const e of lex.entities) if (e.type === 'country') for (const n of [e.label, ...e.aliases, ...(e.demonyms ?? [])]) words.set(n.toLowerCase(), e.id);
  const out = new Map<string, string>();
  for (const e of lex.entities) {
    if (e.type !== 'force') continue;
    for (const a of e.aliases) {
      const m = /^(.+?) (?:forces|troops|armed forces)$/u.exec(a.toLowerCase());
      const country = m ? words.get(m[1]!) : undefined;
      if (country && !out.has(country)) out.set(country, e.id);
    }
  }
  return out;
});

/**
 * A government body's head in lower case (lexicon orgHeads of governments but "government", which the generic actors
 * read), after a country's possessive or demonym and at most two lower-case words: "Turkey's defence ministry", "the
 * Iraqi interior ministry", "Iran's foreign ministry". Reuters writes them so; the capitalised ones are names already.
 */
export const lowerBody = memoByLexicon((lex): CuedRegExp => {
  // (not a legislature, which the generic actors read as the country's lawmakers: Phoenix's LEG agents, "parliament")
  const legislatures = new Set(cachedTable('institution-legislature-nouns', () => loadAgents().filter((a) => a.primary === 'LEG').map((a) => a.noun).sort()));
  const heads = (lex.words.orgHeads.government ?? []).filter((h) => /^[A-Z][a-z]+$/.test(h) && h !== 'Government').map((h) => h.toLowerCase()).filter((h) => !legislatures.has(h));
  const re = new RegExp(`(?<![\\p{L}'’])((?:[a-z]+\\s+){0,2}?)(${heads.join('|')})(?![\\p{L}-])`, 'gu');
  // run only near a head (mentions/cued.ts): a match starts at the head or up to two lower-case words and their spaces before it
  return { re, cue: { re: new RegExp(`(?:${heads.join('|')})`, 'gu'), starts: (t, at, add) => add(wordsBack(t, at, 2), at + 1) } };
});

const isLowerAscii = (c: number): boolean => c >= 0x61 && c <= 0x7a;
/** Where the `n` runs of a-z letters, each with the white space after it, right before `at` start (fewer when there are fewer). */
function wordsBack(text: string, at: number, n: number): number {
  let j = at;
  for (let k = 0; k < n; k++) {
    let i = j;
    while (i > 0 && /\s/.test(text[i - 1]!)) i--;
    if (i === j) break;
    let w = i;
    while (w > 0 && isLowerAscii(text.charCodeAt(w - 1))) w--;
    if (w === i) break;
    j = w;
  }
  return j;
}

/**
 * The lower-case bodies a country's possessive or demonym names (`lowerBody`), as mentions of the country's body
 * ("Defence Ministry (Turkey)", the label the capitalised name gets), merged into `mentions` by start; none where a
 * mention already covers the words.
 */
export function lowerInstitutions(text: string, mentions: readonly RawMention[], lex: Lexicon): RawMention[] {
  const out: RawMention[] = [];
  for (const m of execCued(lowerBody(lex), text)) {
    const start = m.index;
    const end = start + m[0].length;
    const c = countryBefore(text, start, lex);
    if (!c || mentions.some((x) => x.start < end && start < x.end)) continue;
    const words = m[0].split(/\s+/).map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ');
    const label = `${words} (${c.label})`;
    out.push({ start, end, text: m[0], kind: 'actor', type: 'government', canonical: slugify(label), label, rule: LOWER_INSTITUTION_RULE.reason });
  }
  if (!out.length) return mentions.slice();
  // (each put before the first mention that starts after it; the others keep their order)
  const merged = mentions.slice();
  for (const m of out) {
    const at = merged.findIndex((x) => x.start > m.start);
    merged.splice(at < 0 ? merged.length : at, 0, m);
  }
  return merged;
}

/** "the" and a word or two before a body's head in lower case ("the defence ministry", "the interior ministry"). */
const BARE_BODY = /^the\s+(?:[a-z]+\s+){1,2}/i;

/**
 * The lower-case ministries named after "the" by the words of institutions with no country before them ("..., the
 * defence ministry said", "the interior ministry"; not "the state court", "the prior administration"): the body of
 * the country the text is about there (`countryAt`: the paragraph's or story's country, else the article's, as the
 * generic actors take theirs, events/actors.ts), as a mention like those of `lowerInstitutions` ("Defence Ministry
 * (Niger)"), sorted by start; none where a mention already covers the words, nor without such a country. A bare "the
 * ministry" names the one named before.
 */
export function bareInstitutions(text: string, mentions: readonly RawMention[], lex: Lexicon, countryAt: (at: number) => string | undefined): RawMention[] {
  const out: RawMention[] = [];
  for (const m of execCued(lowerBody(lex), text)) {
    const bare = BARE_BODY.exec(m[0]);
    if (!bare || m[2] !== 'ministry' || countryBefore(text, m.index, lex)) continue;
    const start = m.index + 4;
    const end = m.index + m[0].length;
    // (a ministry by the words of institutions every country has: "the defence ministry", "the foreign ministry")
    if (!text.slice(start, m.index + m[1]!.length).trim().split(/\s+/).every((w) => institutionWords(lex).has(w))) continue;
    // (nor one whose country follows it: "the foreign ministry of Egypt")
    if (/^\s+of\s+(?:the\s+)?\p{Lu}/u.test(text.slice(end, end + 40))) continue;
    const name = countryAt(start);
    const c = name ? countryNames(lex).get(name.toLowerCase()) : undefined;
    if (!c || mentions.some((x) => x.start < end && start < x.end)) continue;
    const words = text.slice(start, end).split(/\s+/).map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ');
    const label = `${words} (${c.label})`;
    out.push({ start, end, text: text.slice(start, end), kind: 'actor', type: 'government', canonical: slugify(label), label, rule: LOWER_INSTITUTION_RULE.reason });
  }
  return out;
}
