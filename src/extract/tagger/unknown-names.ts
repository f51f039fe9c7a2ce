/**
 * The integration hook, called from ../mentions/names.ts when a tagger is
 * given (`extract(article, { models: { tagger } })`, the shipped one by
 * default): names outside the lexicon and the cue patterns, from the trained
 * tagger and the capitalised-sequence heuristics (../mentions/unknown.ts)
 * together.
 *
 * The tagger's confident proposals (./propose.ts) come first: they take their
 * spans, with a type from their class and the name's head word ("... Brigade"
 * is a force, "... Valley" a region). The heuristics' candidates then fill the
 * text left free ("in Qamenas, Sarmin and Talamenes": a name listed after a
 * place is a place), and the tagger's less confident proposals after them. Nationality groups (NORP) are no nodes and are
 * not proposed here, nor are words the lexicon lists as not names ("VBIED"),
 * nor one word that names a people or a kind of group ("Yazidi", "Rebels").
 */
import { nameKit, numberedSiteEnd } from '../mentions/kit.ts';
import type { EntityType } from '../../types.ts';
import { demonyms, forceNounSet, memoByLexicon, openerType, orgHeadTypes, type Lexicon } from '../lexicon/index.ts';
import type { NameCandidate } from '../mentions/candidate.ts';
import { pluralize } from '../lexicon/inflect.ts';
import type { Tagger } from './ner.ts';
import { proposeNames, type NameProposal } from './propose.ts';

/** A proposal at least this sure (./propose.ts's score) goes before the heuristics; a less sure one only fills free text after them. */
export const CONFIDENT = 0.5;

export const TAGGER_RULE = {
  reason: 'name-tagger',
  example: 'Talks between Kofi Mensah and the Halvorsen Group resumed in Tromsdal.',
  expect: 'Tromsdal',
};
export const TAGGER_REPEAT_RULE = {
  reason: 'name-tagger-repeat',
  example: 'Tromsdal was quiet. Later, fighting reached Tromsdal again.',
  expect: 'Tromsdal',
};

/** Head words that type a name ("... Brigade" a force, "... Valley" a region), and the all-caps words that are no names ("VBIED"). */
const heads = memoByLexicon((lex: Lexicon) => {
  const org = orgHeadTypes(lex);
  const place = new Map<string, EntityType>();
  for (const [type, hs] of Object.entries(lex.words.placeHeads)) for (const h of hs) if (!place.has(h)) place.set(h, type as EntityType);
  // one word that names a people or a kind of group, not one of them: "Yazidi", "Kurdish", "Iraqi", "Rebels", "Islamist"
  // (not the force nouns: "the Army" of an article about one army is that army)
  const w = lex.words;
  const group = new Set([...w.communityAdjectives, ...w.ideologyAdjectives, ...demonyms(lex).keys(), ...w.peopleNouns].map((x) => x.toLowerCase()).filter((x) => !/\s/.test(x)));
  // names of documents and operations: no actor, place or force ("the Juba Peace Agreement", "Operation Hadin Kai")
  // (and a bare title, capitalised to name its holder: "the Spokesperson said", "Statement by the Spokesperson")
  const titles = new Set(w.bareTitleWords.map((x) => x.toLowerCase()));
  const allies = new Set(w.allyNouns.flatMap((n) => [n, pluralize(n)]));
  return { org, titles, place, allies: allies as ReadonlySet<string>, notNames: new Set(w.notNames) as ReadonlySet<string>, group: group as ReadonlySet<string>, documents: new Set(w.documentHeads) as ReadonlySet<string>, events: new Set(w.eventHeads) as ReadonlySet<string> };
});

/**
 * A word of two capitals or more, then lower-case letters: an acronym ("FAMa", "MONUSCOs"). (A word all in capitals is
 * a name written in capitals as often: "AKRAM" in a sports line.)
 */
const ACRONYM_OPENING = /^\p{Lu}{2,}\p{Ll}/u;

function typeOf(cls: string, text: string, lex: Lexicon): EntityType | undefined {
  const h = heads(lex);
  if (text.split(/\s+/).every((w) => h.notNames.has(w))) return undefined;
  if (h.group.has(text.toLowerCase()) || h.titles.has(text.toLowerCase())) return undefined;
  const words = text.split(/\s+/);
  const last = words[words.length - 1] ?? '';
  // (nor a people's word before a noun of siding: "Syrian allies", "Iraqi proxies" are others' allies, described,
  // which the alliance rules read as words: lexicon allyNouns)
  if (words.length === 2 && h.group.has(words[0]!.toLowerCase()) && h.allies.has(last)) return undefined;
  // (its first word, or the first part of a hyphenated one: "Lashkar-e-Taiba")
  // (a word that opens an armed group's name: "Liwa Zainebiyoun", lexicon orgOpeners)
  const opened = cls === 'PER' || cls === 'ORG' ? openerType(words, lex) : undefined;
  if (opened) return opened;
  // (words that open with two capitals and go on in lower case are acronyms, no person's name: "FAMa"; "McKay",
  // "DeSantis" are)
  if (cls === 'PER') return words.every((x) => ACRONYM_OPENING.test(x)) ? 'organization' : 'person';
  if (cls === 'ORG') return h.org.get(last) ?? 'organization';
  if (cls === 'LOC') return h.place.get(last) ?? 'city';
  return undefined;
}

export interface TaggedNamesOptions {
  tagger: Tagger;
  sentences: ReadonlyArray<{ start: number; end: number }>;
  lexicon: Lexicon;
}

/**
 * Candidates over text not yet `used` (1 = taken): the tagger's, then the
 * heuristics' (`heuristic(used)`, called after the tagger's spans are marked).
 */
export function taggedUnknownNames(
  text: string,
  used: Uint8Array,
  heuristic: (used: Uint8Array) => NameCandidate[],
  opts: TaggedNamesOptions,
): NameCandidate[] {
  const out: NameCandidate[] = [];
  const proposals = proposeNames(text, { sentences: opts.sentences, taken: used, tagger: opts.tagger });
  const starts = new Set(opts.sentences.map((x) => x.start));
  const forceNoun = forceNounSet(opts.lexicon);
  const h = heads(opts.lexicon);
  const free = (p: NameProposal) => {
    for (let i = p.start; i < p.end; i++) if (used[i]) return false;
    return true;
  };
  const kit = nameKit(opts.lexicon);
  const take = (p: NameProposal) => {
    // a hyphen compound that ends a name opens none ("the Kenyan-led Multinational Security Support mission"): the name
    // is the words after it
    const opener = /^\S+\s+/.exec(p.text);
    if (opener && kit.compoundWord.test(opener[0].trim())) p = { ...p, start: p.start + opener[0].length, text: p.text.slice(opener[0].length) };
    // the name of a document or an operation ("the Juba Peace Agreement", "Operation Hadin Kai", with the head word
    // before the proposal or in it): no name of an actor or a place, and none the guessers after may cut from it
    const words = p.text.split(/\s+/);
    const headBefore = /(\p{Lu}\p{L}*)\s+$/u.exec(text.slice(Math.max(0, p.start - 16), p.start))?.[1] ?? '';
    const named = h.documents.has(words[words.length - 1]!) || h.events.has(words[0]!) || h.events.has(headBefore);
    // a site head and its number ("Outpost 9"): the name is both, a site
    const numbered = !named && words.length === 1 ? numberedSiteEnd(text, p.start, p.end, opts.lexicon) : undefined;
    if (numbered !== undefined && !used[p.end + 1]) p = { ...p, end: numbered, text: text.slice(p.start, numbered) };
    const type = named ? undefined : p.end === numbered ? 'site' : typeOf(p.cls, p.text, opts.lexicon);
    if (!named && !type) return;
    // a force noun capitalised only because it opens the sentence ("Army troops in Goma ...", "Police said ...")
    if (!named && starts.has(p.start) && forceNoun.has(p.text.toLowerCase())) return;
    if (!free(p)) return;
    for (let i = p.start; i < p.end; i++) used[i] = 1;
    if (!type) return;
    out.push({ start: p.start, end: p.end, type, reason: p.via === 'tagger' ? TAGGER_RULE.reason : TAGGER_REPEAT_RULE.reason, priority: 0 });
  };
  // confident proposals first, then the heuristics, then the tagger's less confident ones where text is still free
  for (const p of proposals) if (p.score >= CONFIDENT) take(p);
  for (const c of heuristic(used)) {
    out.push(c);
    for (let i = c.start; i < c.end; i++) used[i] = 1;
  }
  for (const p of proposals) if (p.score < CONFIDENT) take(p);
  return out;
}
