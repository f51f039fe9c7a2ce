/**
 * Unknown capitalised names: the fallback after lexicons and cue patterns.
 *
 * Every maximal capitalised sequence that no other rule covered is classified
 * from weak signals, in order:
 *   an Arabic place prefix, 2+ words ("Tel Tamer") -> city
 *   org head word (ours or compromise's)          -> organization
 *   place head word (compromise's)                -> region
 *   first word a given name, 2+ words             -> person
 *   last word a surname, 2+ words                 -> person
 *   one word that compromise knows as a place     -> city / country
 *   all-caps acronym (2-6 letters, not a caps line) -> organization
 *   "in/at/near X" (one word)                     -> city
 *   2-3 plain capitalised words                   -> person
 * Sentence-initial common words ("After", "Police") are trimmed first.
 */
import type { EntityType } from '../../types.ts';
import { alternation, communityWordSet, demonyms, memoByLexicon, openerType, orgHeadTypes, type Lexicon } from '../lexicon/index.ts';
import { classForms } from '../lexicon/verbs.ts';
import { pluralize } from '../lexicon/inflect.ts';
import { isOrgWord, isPlaceWord, lexTags as compromiseTags } from '../compromise.ts';
import type { NameCandidate } from './candidate.ts';
import { nameKit, numberedSiteEnd } from './kit.ts';

export const UNKNOWN_RULE = {
  reason: 'name-capitalised',
  example: 'Talks between Kofi Mensah and the Halvorsen Group resumed in Tromsdal.',
  expect: 'Kofi Mensah',
};

/** A short acronym, maybe with a hyphenated part of its own ("SSPDF", "SPLA-IO", "CNDD-FDD"). */
const ACRONYM = '[\\p{Lu}]{2,6}(?:[-‐][\\p{Lu}\\d]{1,6})?';
const ACRONYM_WORD = new RegExp(`^${ACRONYM}s?$`, 'u');
/** The capitalised sequences the fallback reads: a name-shaped sequence, or a short acronym (with a plural "s"). */
const sequenceSource = (lex: Lexicon) => `${nameKit(lex).capSeq}|\\b${ACRONYM}s?\\b`;

/** The sequences' regex as a global scan (what `capitalisedSequences` must find: tested). */
export const sequenceRegExp = (lex?: Lexicon): RegExp => new RegExp(sequenceSource(resources(lex).lex), 'gu');

/** What the fallback needs from a lexicon, built once per lexicon. */
const resources = memoByLexicon((lex) => ({
  lex,
  /** Sticky: tried only where a sequence can start (`canStart`), in text order: the same matches as a global scan. */
  seq: new RegExp(sequenceSource(lex), 'uy'),
  canStart: nameKit(lex).canStart,
  stopCaps: nameKit(lex).stopCaps,
  demonyms: demonyms(lex),
  ourOrgHeads: new Set(Object.values(lex.words.orgHeads).flat().filter((h) => !h.includes(' '))),
  notNames: new Set(lex.words.notNames),
  eventHeads: new Set(lex.words.eventHeads),
  placePrefixes: new Set(lex.words.placePrefixes) as ReadonlySet<string>,
  regionPrefixes: new Set(lex.words.regionPrefixes) as ReadonlySet<string>,
  particles: nameKit(lex).particles,
  /** After a word, a hyphen, a lower-case word or a number its phrase goes on with (lexicon phraseEnders end it instead). */
  modifiesAfter: new RegExp(`^[-‐]|^\\s+(?!(?:${alternation(lex.words.phraseEnders)})(?![\\p{L}]))[\\p{Ll}\\p{N}]`, 'u'),
  /** A word of a particle and its word ("al-Iraqiya", "el-Masri"): a nisba, when it ends a name. */
  particleWord: nameKit(lex).particleWord,
}));
type Resources = ReturnType<typeof resources>;
/** "in Qamenas, Sarmin and Talamenes": a name listed after a place is a place. */
export const LIST_AFTER = /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)$/;
/** The vote of a type that only the shape of the words gave. */
const WEAK_TYPE = 0.25;
const NAME_TAGS = new Set(['MaleName', 'FemaleName', 'FirstName']);
const PLACE_TAGS = new Set(['City', 'Country', 'Region', 'Place']);
const COMMON = new Set(['Adjective', 'Verb', 'PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Adverb', 'Preposition', 'Determiner', 'Conjunction', 'Pronoun', 'Modal', 'Copula', 'Plural', 'Singular', 'Noun', 'Uncountable', 'Month', 'WeekDay', 'Date', 'Cardinal', 'Ordinal', 'TextValue', 'QuestionWord', 'Expression', 'PhrasalVerb', 'Comparative', 'Superlative', 'Participle', 'Actor', 'Honorific', 'Unit', 'Duration', 'Currency']);

function isCommon(word: string, r: Resources): boolean {
  if (r.stopCaps.has(word)) return true;
  const tags = compromiseTags(word, r.lex);
  return tags.length > 0 && tags.every((t) => COMMON.has(t));
}

/** Lines mostly in capitals (headlines): their words are not names by case. Cached per line start. */
function capsLineChecker(text: string): (pos: number) => boolean {
  const cache = new Map<number, boolean>();
  // the line of the last call: positions come in text order, so a long line is searched for its ends once
  let line = { ls: 0, le: -1, caps: false };
  return (pos) => {
    if (pos >= line.ls && pos < line.le) return line.caps;
    const ls = text.lastIndexOf('\n', pos) + 1;
    let le = text.indexOf('\n', pos);
    if (le < 0) le = text.length;
    const hit = cache.get(ls);
    if (hit !== undefined) {
      line = { ls, le, caps: hit };
      return hit;
    }
    let letters = 0;
    let upper = 0;
    for (let i = ls; i < le && i < ls + 400; i++) {
      const code = text.charCodeAt(i);
      // ASCII without case mapping (the same counts): A-Z upper, a-z lower, the rest no letter
      if (code < 0x80) {
        if (code >= 0x41 && code <= 0x5a) { letters++; upper++; } else if (code >= 0x61 && code <= 0x7a) letters++;
        continue;
      }
      const c = text[i]!;
      if (c.toLowerCase() !== c) { letters++; upper++; } else if (c.toUpperCase() !== c) letters++;
    }
    const caps = letters >= 8 && upper / letters > 0.7;
    cache.set(ls, caps);
    line = { ls, le, caps };
    return caps;
  };
}

/**
 * The nouns that put a place after "of", by the type of place they make: the lexicon's descriptions of towns and
 * regions ("the town of X", "the provinces of X and Y") and `placeContext.nounsOf` ("residents of X", "the
 * outskirts of X"), singular and plural.
 */
const placeOfNouns = memoByLexicon((lex): ReadonlyMap<string, EntityType> => {
  const out = new Map<string, EntityType>();
  const add = (n: string, type: EntityType) => {
    if (!out.has(n)) out.set(n, type);
  };
  for (const n of lex.words.descriptions.region) for (const w of [n, pluralize(n)]) add(w, 'region');
  for (const n of lex.words.descriptions.city) for (const w of [n, pluralize(n)]) add(w, 'city');
  // (written as they are used: "residents", "outskirts")
  for (const n of lex.words.placeContext.nounsOf) add(n, 'city');
  return out;
});

/** A place noun and "of" at the end of `before` ("the village of ", "Residents of "). */
const placeOfPattern = memoByLexicon((lex): RegExp => {
  const nouns = [...placeOfNouns(lex).keys()].map((n) => `[${n[0]!.toUpperCase()}${n[0]}]${n.slice(1)}`);
  return new RegExp(`(?<![\\p{L}])(${nouns.sort((a, b) => b.length - a.length).join('|')})\\s+of\\s+$`, 'u');
});

/** The type of place a name takes from a place noun and "of" right before it ("the province of X": region), if any. */
export function placeOfType(before: string, lex?: Lexicon): EntityType | undefined {
  const m = placeOfPattern(lex).exec(before);
  return m ? placeOfNouns(lex).get(m[1]!.toLowerCase()) : undefined;
}

/**
 * Words before a place (lexicon `placeContext`, the place nouns of `placeOfNouns`, the verb class `reach-place` and the
 * verbs of class `travel-to` with their preposition): "in X", "entered X", "withdrew from X", "travel to X", "residents
 * of X", "the town of X"; a list's opener after places named by their kind ("villages, including X"). The nouns may
 * open the sentence ("Residents of X").
 */
export const placeBefore = memoByLexicon((lex): RegExp => {
  const c = lex.words.placeContext;
  // (and the verbs of travelling to a place with their preposition, "travel to X", "arrived in X"; not "visit", whose
  // object may be a person)
  const verbs = [...classForms('reach-place', undefined, lex), ...classForms('travel-to', undefined, lex).filter((f) => /\s/.test(f))];
  // (the verb may close a scare quote: 'had "liberated" X')
  // (and a list's opener after places named by their kind in the plural: "seized several villages, including X",
  // "towns such as X", "villages to the west, among them X")
  const kinds = [...lex.words.descriptions.city, ...lex.words.descriptions.region].map(pluralize);
  const listed = `(?<![\\p{L}])(?:${alternation(kinds)})(?:\\s+[\\w-]+){0,3}?\\s*,?\\s+(?:including|such\\s+as|among\\s+them|notably|namely)\\s+$`;
  return new RegExp(`(?:(?<![\\p{L}])(?:${alternation([...c.prepositions, ...verbs])})["”]?\\s+$)|${listed}|${placeOfPattern(lex).source}`, 'u');
});

/**
 * An attack noun and "on" or "against" right before a name ("an attack on X", "the offensive against X"; lexicon
 * attackNouns, their plurals): one unknown word there is what was attacked, a place far more often than a person (who
 * is named in full, or has a possessive after the name: "an ambush on X's convoy").
 */
const attackedBefore = memoByLexicon(
  (lex): RegExp => new RegExp(`(?<![\\p{L}])(?:${alternation(lex.words.attackNouns.flatMap((n) => [n, pluralize(n)]))})\\s+(?:on|against)\\s+$`, 'iu'),
);

/** The type a name gets from the words before it when they put a place there: "region" after "the province of", else "city". */
export function placeTypeBefore(before: string, lex?: Lexicon): EntityType | undefined {
  if (!placeBefore(lex).test(before)) return undefined;
  return placeOfType(before, lex) ?? 'city';
}

/** A one-word possessive right before a name ("Chad's "). */
const PLACE_POSSESSIVE = /(?<![\p{L}])(\p{Lu}[\p{L}-]*)['’]s\s+$/u;

/**
 * The type of an unknown capitalised name from its words and the words
 * before it; `weak` is set when nothing but the shape of the words spoke
 * (2-3 unknown capitalised words: a person by default), so that the entity's
 * other mentions outvote it (src/resolve/article.ts).
 */
function classify(words: string[], before: string, r: Resources, weak: { is: boolean } = { is: false }, after = ''): EntityType | undefined {
  const lexTags = (w: string): string[] => compromiseTags(w, r.lex);
  // a place's possessive before the name leaves the words before it to say what the name is ("in Chad's X": "in X")
  const owner = PLACE_POSSESSIVE.exec(before);
  if (owner && lexTags(owner[1]!).some((t) => t === 'Country' || PLACE_TAGS.has(t))) before = before.slice(0, owner.index);
  const last = words[words.length - 1]!;
  const first = words[0]!;
  // (not a kunya: a place prefix, a given name, a nisba: "Umm Khalid al-Iraqiya" is a woman)
  if (words.length >= 3 && r.placePrefixes.has(first) && lexTags(words[1]!).some((t) => NAME_TAGS.has(t)) && r.particleWord.test(last)) return 'person';
  if (words.length >= 2 && r.placePrefixes.has(first)) return 'city';
  if (words.length >= 2 && r.regionPrefixes.has(first)) return 'region';
  // (an opener of an armed group's name, also the first part of a hyphenated word: "Liwa X", "Lashkar-e-Taiba")
  const opener = openerType(words, r.lex);
  if (opener) return opener;
  if (words.length >= 2 && (r.ourOrgHeads.has(last) || isOrgWord(last, r.lex))) return orgHeadTypes(r.lex).get(last) ?? 'organization';
  if (words.length >= 2 && isPlaceWord(last, r.lex)) return 'region';
  // (a Spanish article opens a band's name, "Los Choneros", unless the words before make it a place, "in Los Palmitos")
  if (words.length >= 2 && r.lex.words.bandArticles.includes(first)) return placeTypeBefore(before, r.lex) ?? 'armed_group';
  const firstTags = lexTags(first);
  const lastTags = lexTags(last);
  if (words.length >= 2 && firstTags.some((t) => NAME_TAGS.has(t))) return 'person';
  // (a name and a compass point after it, capitalised, is a region's: "Lamu West", "Kajo Keji East"; lexicon directions)
  if (words.length >= 2 && r.lex.words.directions.includes(last) && /^\p{Lu}/u.test(last)) return 'region';
  if (words.length >= 2 && lastTags.includes('LastName')) return 'person';
  if (words.length >= 2 && (firstTags.includes('Honorific'))) return 'person';
  if (words.length === 1) {
    if (r.demonyms.has(first.toLowerCase()) || lastTags.includes('Demonym')) return undefined; // "Syrian and Iraqi camps"
    // a state's body capitalised as a report's style writes it ("from Government-controlled areas", "the Regime"): no
    // place nor name of its own (lexicon stateNouns: the generic actors read it)
    if (r.lex.words.stateNouns.includes(first.toLowerCase())) return undefined;
    // a particle alone is the start of a name the sequence could not read on ("Al-'Amariyah"), no name itself
    if (r.particles.includes(first.toLowerCase())) return undefined;
    if (lastTags.includes('Country')) return 'country';
    if (lastTags.some((t) => PLACE_TAGS.has(t))) return 'city';
    if (lastTags.includes('Organization') || lastTags.includes('SportsTeam')) return 'organization';
    if (lastTags.includes('LastName') || lastTags.includes('Person')) return 'person';
    if (ACRONYM_WORD.test(first)) return 'organization';
    if (/\b(?:in|at|near|outside|across|to|from)\s+$/.test(before) || placeOfType(before, r.lex)) return 'city';
    // (or an apposition or a copula after it that calls it a place, a verb of lying somewhere or of falling to a party:
    // "X, a village in Y", "X is a town in Y", "X lies in Y", "X fell to the rebels")
    const apposed = placeApposed(after, r.lex);
    if (apposed) return apposed;
    // (or after a verb whose object is a place: "entered X", "took control of X"; verb class reach-place), when the word
    // ends its phrase: not a modifier nor a label before a number ("shelled Pro-Government positions", "enter Passcode 30")
    if (placeBefore(r.lex).test(before) && !r.modifiesAfter.test(after)) return 'city';
    // (or after an attack noun and "on": "an attack on X", not "an attack on X's convoy")
    if (attackedBefore(r.lex).test(before) && !r.modifiesAfter.test(after) && !/^['’]/u.test(after)) return 'city';
    return undefined;
  }
  // a place by the words before it, before any default
  const placed = placeTypeBefore(before, r.lex);
  if (placed) return placed;
  if (words.length <= 3 && words.every((w) => lexTags(w).length === 0 || lexTags(w).some((t) => NAME_TAGS.has(t) || t === 'LastName'))) {
    weak.is = !words.some((w) => lexTags(w).some((t) => NAME_TAGS.has(t) || t === 'LastName'));
    return 'person';
  }
  weak.is = true;
  return 'organization';
}

/**
 * Every match of `sequenceRegExp` in the text, in order, as its global scan finds them: the sticky pattern tried at
 * each position where a sequence can start (kit `canStart` never says no where one can; test/extract/cued.test.ts),
 * never inside a surrogate pair (a unicode scan steps over pairs), from where the last match ended.
 */
export function capitalisedSequences(text: string, lex?: Lexicon): RegExpExecArray[] {
  const { seq, canStart } = resources(lex);
  const out: RegExpExecArray[] = [];
  for (let p = 0; p < text.length; p++) {
    if (!canStart(text, p)) continue;
    const c = text.charCodeAt(p);
    if (c >= 0xdc00 && c <= 0xdfff && p > 0 && (text.charCodeAt(p - 1) & 0xfc00) === 0xd800) continue;
    seq.lastIndex = p;
    const m = seq.exec(text);
    if (!m) continue;
    out.push(m);
    p += m[0].length - 1;
  }
  return out;
}

/** A capital and a dot right before a sequence, or a dot and a capital right after it: a dotted abbreviation's part. */
const DOTTED_BEFORE = /\p{Lu}\.$/u;
const DOTTED_AFTER = /^\.\p{Lu}/u;

/** Candidates for capitalised sequences over still-free text. */
export function findUnknownNames(text: string, used: Uint8Array, sentenceStarts: ReadonlySet<number>, lex?: Lexicon): NameCandidate[] {
  const r = resources(lex);
  const lexTags = (w: string): string[] => compromiseTags(w, r.lex);
  const out: NameCandidate[] = [];
  const isCapsLine = capsLineChecker(text);
  for (const m of capitalisedSequences(text, r.lex)) {
    let start = m.index;
    const end = start + m[0].length;
    let covered = false;
    for (let i = start; i < end; i++) if (used[i]) { covered = true; break; }
    if (covered) continue;
    if (isCapsLine(start)) continue;
    // (a part of a dotted abbreviation is no name: "FF.AA.", the Spanish armed forces, holds no "FF" nor "AA")
    if (DOTTED_BEFORE.test(text.slice(Math.max(0, start - 2), start)) || DOTTED_AFTER.test(text.slice(end, end + 2))) continue;
    let words = m[0].split(/\s+/);
    // trim common words at the front (sentence starts, "Police said")
    while (words.length && (isCommon(words[0]!, r) || (sentenceStarts.has(start) && lexTags(words[0]!).length > 0 && !lexTags(words[0]!).some((t) => NAME_TAGS.has(t) || PLACE_TAGS.has(t) || t === 'LastName' || t === 'Organization')))) {
      start += words[0]!.length;
      while (/\s/.test(text[start] ?? '')) start++;
      words = words.slice(1);
    }
    // one capitalised word after "in/at/near" mid-sentence is a place name even when it looks like a common word ("at Amiens")
    const locative = words.length === 1 && !sentenceStarts.has(start) && !r.stopCaps.has(words[0]!) && /\b(?:in|at|near|outside)\s+$/.test(text.slice(Math.max(0, start - 8), start));
    while (!locative && words.length > (r.placePrefixes.has(words[0]!) ? 2 : 0) && isCommon(words[words.length - 1]!, r)) words = words.slice(0, -1);
    while (words.length && r.notNames.has(words[words.length - 1]!)) words = words.slice(0, -1);
    if (words.length === 0 || words.every((w) => r.notNames.has(w) || /^[A-Z]$/.test(w))) continue;
    if (words.length >= 2 && r.eventHeads.has(words[0]!)) continue; // "Operation Inherent Resolve" is no actor
    // words of peoples and communities alone describe someone, they name no one ("the Malian Tuareg jihadist X")
    if (words.length >= 2 && words.every((w) => r.demonyms.has(w.toLowerCase()) || communityWordSet(r.lex).has(w))) continue;
    const e = start + words.join(' ').length;
    if (text.slice(start, e) !== words.join(' ')) continue; // odd spacing: skip
    if (words.length === 1 && sentenceStarts.has(start) && lexTags(words[0]!).length === 0 && !/^[\p{Lu}]{2,6}$/u.test(words[0]!)) {
      // an unknown word opening a sentence is still a name candidate
    }
    // a site head and its number is one name ("Tower 22", "Checkpoint 7"): a numbered post, never the head word alone
    const numbered = words.length === 1 ? numberedSiteEnd(text, start, e, r.lex) : undefined;
    if (numbered !== undefined && !used[e + 1]) {
      out.push({ start, end: numbered, type: 'site', reason: 'name-capitalised', priority: 0 });
      continue;
    }
    const weak = { is: false };
    let type = classify(words, text.slice(Math.max(0, start - 30), start), r, weak, text.slice(e, e + 60));
    const prev = out[out.length - 1];
    if (!type && words.length === 1 && prev?.type === 'city' && LIST_AFTER.test(text.slice(prev.end, start))) type = 'city';
    if (!type) continue;
    out.push({ start, end: e, type, reason: 'name-capitalised', priority: 0, ...(weak.is ? { typeWeight: WEAK_TYPE } : {}) });
  }
  return out;
}

/**
 * The place noun an apposition right after a name calls it ("X, a farming village in Y", "X, the capital of Y"): the
 * lexicon's descriptions of towns and regions, its settlement nouns and the singular nouns of `placeContext.nounsOf`,
 * then "of", "in" or another preposition of place ("X is a town near the border").
 */
const placeAppositions = memoByLexicon((lex) => {
  const types = new Map<string, EntityType>();
  for (const n of [...lex.words.descriptions.city, ...lex.words.settlementNouns]) types.set(n, 'city');
  for (const n of lex.words.descriptions.region) types.set(n, 'region');
  for (const n of lex.words.placeContext.nounsOf) if (!/s$/.test(n) && n !== 'people' && !types.has(n)) types.set(n, 'city');
  // (also after a copula: "X is a town in Y")
  const re = new RegExp(`^(?:\\s*,|\\s+(?:is|was)(?=\\s))\\s+(?:the|an?)\\s+(?:[a-z][\\w-]*\\s+){0,2}?(${alternation([...types.keys()])})\\s+(?:of|in|near|on|outside|along)\\s`, 'u');
  // (or a country's demonym before the noun, which then needs nothing after it: "X, a Nigerien border town, ...", "X,
  // the Algerian city that hosts ...")
  const withDemonym = new RegExp(`^\\s*,\\s+(?:the|an?)\\s+(?:[a-z][\\w-]*\\s+){0,2}?(\\p{Lu}[\\p{L}-]+)\\s+(?:[a-z][\\w-]*\\s+)?(${alternation([...types.keys()])})(?![\\p{L}-])`, 'u');
  // (or a party's stronghold, base or capital, after an apposition, a relative or a copula: "X, which is the TNLA's main
  // stronghold", "X is the Front's de facto capital"; lexicon holdNouns, ending its phrase)
  const held = new RegExp(`^(?:\\s*,\\s+(?:which|that)\\s+(?:is|was)|\\s*,|\\s+(?:is|was))\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,3}|[a-z]+)['’]s?\\s+(?:[a-z][\\w-]*\\s+){0,2}?(?:${alternation(lex.words.holdNouns)})(?=\\s*[,.;]|\\s+(?:in|of|near|on|since|and|until)\\s)`, 'u');
  // (or a place's possessive before the noun: "X, Angola's second-largest city", "X, Kessar's main port")
  const possessed = new RegExp(`^\\s*,\\s+\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,2}['’]s?\\s+(?:[a-z][\\w-]*\\s+){0,2}?(${alternation([...types.keys()])})(?![\\p{L}-])`, 'u');
  return { types, re, withDemonym, held, possessed };
});
/**
 * After a place's name: a verb of lying somewhere, in the present, and its preposition ("lies in", "sits on";
 * verb class lie-in; not its past, "lied in" being another verb's too), or "is located in"; also in a relative
 * clause ("X, which lies in Y").
 */
const placeAfter = memoByLexicon(
  (lex): RegExp =>
    new RegExp(`^(?:\\s*,\\s+(?:which|that))?\\s+(?:${alternation(classForms('lie-in', ['s'], lex))}|(?:is|was)\\s+(?:located|situated))\\s+(?:in|near|on|along|inside|at)\\s`, 'u'),
);
/**
 * An object relative after a name whose verb takes a place ("X, which the rebels overran in May", "X, which troops had
 * entered"; verb classes reach-place and capture, their one-word forms): "which" is no person's, and what is overrun,
 * entered or captured and no person is a place.
 */
const placeTakenAfter = memoByLexicon(
  (lex): RegExp =>
    new RegExp(
      `^\\s*,\\s+which\\s+(?:[\\p{L}'’.-]+\\s+){1,5}?(?:(?:had|has|have)\\s+)?(?:${alternation([...classForms('reach-place', ['past', 'pp'], lex), ...classForms('capture', ['past', 'pp'], lex)].filter((f) => !/\\s/.test(f)))})(?![\\p{L}-])`,
      'u',
    ),
);
/** ", on the island of Y": an aside that places a name on an island or a peninsula, as only a place is. */
const ON_ISLAND = /^\s*,\s+on\s+the\s+(?:[a-z][\w-]*\s+)?(?:island|peninsula)\s+of\s+\p{Lu}/u;
/** ", also in Y": an aside that places a name in another place, as a list of places does ("X, also in Y province"). */
const ALSO_IN = /^\s*,\s+(?:also|likewise)\s+in\s+(?:the\s+)?\p{Lu}/u;
/**
 * After a place's name: a verb of falling to a party ("X fell to the rebels", "X had fallen into the hands of Y"; verb
 * class fall-to): what falls to a party is a place it took (not "fell to his death", "fell to 30").
 */
const fallenTo = memoByLexicon((lex): RegExp => new RegExp(`^\\s+(?:(?:has|had|have)\\s+)?(?:${alternation(classForms('fall-to', ['past', 'pp', 's'], lex))})\\s+(?:to|into)\\s+(?:the\\s|\\p{Lu})`, 'u'));
/**
 * The type of place the words after a name give it: an apposition or a copula that calls it one ("X, a village in Y",
 * "X is a town in Y", "X, Y's second city") or a party's stronghold ("X, which is the TNLA's main stronghold"), ", also in Y", ", on the
 * island of Y", a verb of lying somewhere ("X lies in Y", "X, which is located in Y"), of falling to a party ("X fell
 * to the rebels") or of taking a place in an object relative ("X, which the rebels overran").
 */
export function placeApposed(after: string, lex: Lexicon): EntityType | undefined {
  const { types, re, withDemonym, held, possessed } = placeAppositions(lex);
  const m = re.exec(after) ?? possessed.exec(after);
  if (m) return types.get(m[1]!);
  if (ALSO_IN.test(after) || ON_ISLAND.test(after) || held.test(after) || placeAfter(lex).test(after) || fallenTo(lex).test(after) || placeTakenAfter(lex).test(after)) return 'city';
  const d = withDemonym.exec(after);
  return d && demonyms(lex).get(d[1]!.toLowerCase())?.type === 'country' ? types.get(d[2]!) : undefined;
}
