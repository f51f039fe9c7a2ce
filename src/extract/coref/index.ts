/**
 * Coreference within one article: the words that refer back to an entity
 * named earlier become mentions of it, with `via` saying how:
 *
 *   name-part    "Ahmed" or "Hassan" after "Ahmed Hassan" (one person owns the word)
 *   pronoun      he/him/his, she/her, they/them/their, it/its, we/us/our (the speaking group)
 *   description  "the town", "the country", "the ministry", "the dam" (a head noun of a name),
 *                "the two leaders" (a pair of people: one mention per person, same span)
 *
 * Each resolves to the nearest compatible antecedent: kind and type, number
 * (they: groups and forces; it: one organisation, state, force or country),
 * gender (titles such as "Mr."/"Queen", first names, "spokeswoman"), and
 * recency (the nearest sentence holding a compatible entity, up to two
 * sentences back). "We" stands for a group that speaks: an organisation,
 * government or force not named as the object of a preposition ("ISIL killed
 * members of the Al bu Nimr tribe. We ..."), or any of these or a country
 * that opens its sentence as a subject ("The United States condemns ...") or
 * says something ("commander of U.S. Central Command said"); any other
 * country is mostly the place the text is about; never an armed group, never
 * a name of many such as "civilians". Unnamed people ("the minister", "a soldier") compete for
 * he/she and make it ambiguous; anything ambiguous stays out. A resolved
 * mention carries `refersTo`, the span of the name it stands for, which
 * resolution (src/resolve/article-cluster.ts) joins it to; relation rules
 * and quotes read it like any mention.
 *
 * Linear time: one scan of the text for candidate words, merged with the
 * mentions in text order; antecedents are kept in per-class lists (recent.ts)
 * and each lookup looks at a bounded number of them.
 */
import type { EntityType, Span } from '../../types.ts';
import type { RawMention, RawRelation } from '../types.ts';
import { alternation, demonyms, lexiconEntry, livesAbroad, memoByLexicon, stopCaps, type Lexicon, type LexiconEntry } from '../lexicon/index.ts';
import { lexTags } from '../compromise.ts';
import { pluralize } from '../lexicon/inflect.ts';
import { classAlternation } from '../lexicon/verbs.ts';
import { Recent, type Entry, type Gender } from './recent.ts';
import { noiseSpans } from '../mentions/noise.ts';
import { SUBORDINATORS } from '../clauses/grammar.ts';
import { GUESSED_NAME_RULES } from '../mentions/kit.ts';
import { isNationalForce } from '../events/actors.ts';

/** A subordinator right before a pronoun ("after they", "when it"). */
const SUBORDINATE_BEFORE = new RegExp(`(?<![\\p{L}])(?:${[...SUBORDINATORS].filter((w) => w !== 'so' && w !== 'where' && w !== 'as').join('|')})\\s+$`, 'iu');
/**
 * Before a subject pronoun: ", and" or ", but" opening a clause coordinated with the sentence's first, with at most a
 * phrase of time or an adverb between ("X clashed with Y near Z, and in January it claimed ..."): the pronoun is the
 * subject the two clauses share.
 */
const COORDINATED_BEFORE = /,\s+(?:and|but)\s+(?:(?:in|on|at|during|since|after|before|by|last|this|later|then|also|again|\p{Ll}+ly)(?:\s+[\p{L}\d]+){0,2}\s+)?$/u;
/** A relative word: what follows it is another clause's. */
const RELATIVE_WORD = /(?<![\p{L}])(?:which|who|whom|whose|that)(?![\p{L}])/iu;
/** A pronoun that can be a subject. */
const SUBJECT_PRONOUN = /^(?:they|it|he|she)$/i;

export const COREF_RULES = {
  pronoun: { reason: 'coref-pronoun', example: 'Mira Halvorsen arrived in Tromsdal on Monday. She met the mayor.', expect: 'She' },
  description: { reason: 'coref-description', example: 'Fighting reached Kobani at dawn. The town was shelled for hours.', expect: 'The town' },
  namePart: { reason: 'coref-name-part', example: 'Talks with Kofi Mensah resumed. Mensah said little.', expect: 'Mensah' },
  first: { reason: 'coref-first-person', example: 'The European Union renewed its aid. We will host the donors in Brussels.', expect: 'We' },
  pair: { reason: 'coref-pair', example: 'Ash Carter met Haider al-Abadi in Baghdad, where the two leaders discussed Mosul.', expect: 'the two leaders' },
} as const;

/** Types "we" may stand for: a group that speaks for itself (a country is mostly the place a text is about: "Syria ... we"). */
const SPEAKERS: ReadonlySet<EntityType> = new Set(['organization', 'government', 'force']);
/** A group named as the object of a preposition is what the text is about ("members of the Al bu Nimr tribe", "commander of U.S. Central Command, spoke"). */
const AFTER_PREPOSITION = /\b(?:of|to|in|into|against|by|from|with|for|on|at|toward|towards)\s+(?:the\s+)?$/i;
/**
 * In the place of a speaker: a group not named after a preposition; any group, or a country, that opens its
 * sentence as the subject of a verb ("The United States condemns ...") or that a verb of saying follows
 * ("commander of U.S. Central Command said").
 */
const speaks = (text: string, sentence: Span, m: Span, group: boolean): boolean =>
  (group && !AFTER_PREPOSITION.test(text.slice(Math.max(0, m.start - 12), m.start))) ||
  opensSentence(text, sentence, m) ||
  /^\s*,?\s+(?:said|says|stated|announced|added|declared)\b/.test(text.slice(m.end, m.end + 20));
const opensSentence = (text: string, sentence: Span, m: Span): boolean =>
  /^\s*(?:the\s+)?$/i.test(text.slice(sentence.start, m.start)) && /^\s+(?:\p{Ll}+ly\s+)?\p{Ll}+s?\b/u.test(text.slice(m.end, m.end + 40)) && !/^\s+(?:and|or|of|in|to)\b/.test(text.slice(m.end, m.end + 6));

/** Types "it" may stand for; "they" for the same minus countries and media. */
const NEUTER: ReadonlySet<EntityType> = new Set(['organization', 'government', 'armed_group', 'force', 'media', 'country']);
const PLURAL: ReadonlySet<EntityType> = new Set(['organization', 'government', 'armed_group', 'force']);
/**
 * "It" that stands for nothing: "it seems", "it's unclear", "it is clear that", "it was reported that", "it is hard to
 * say", "it took three days"; a copula makes it so only when a clause follows the word or two after it ("that",
 * "whether", "to" after a word of judging), not a noun phrase or what a party is ("It was responsible for the attack",
 * "It is the largest faction", "It was forced to withdraw" stand for a party).
 */
const COPULA_FORMS = '(?:is|was|has\\s+been|had\\s+been|remains?|remained|(?:would|will|may|might|could|should|must)\\s+be)';
const PLEONASTIC = new RegExp(
  `^(?:['’]s\\b|\\s+(?:seems?|seemed|appears?|appeared)\\b|\\s+${COPULA_FORMS}\\s+(?!(?:a|an|the|one|its|their|part|responsible)\\b)(?:(?:not|also|still|now|very|too|so|more|less|highly|widely|far|all|yet)\\s+)?(?:\\p{Ll}+\\s+(?:that|whether|if|how|why|when|what|who)\\b|(?:important|difficult|hard|easy|impossible|possible|necessary|unclear|clear|time|worth|too\\s+early|premature)\\s+to\\b|\\p{Ll}+\\s+\\p{Ll}+\\s+(?:that|whether)\\b)|\\s+(?:takes?|took)\\s+(?:\\w+\\s+)?(?:minutes?|hours?|days?|weeks?|months?|years?|time)\\b)`,
  'iu',
);
/** "made it clear", "find it hard": "it" as a placeholder object. */
const PLEONASTIC_BEFORE = /\b(?:make|makes|made|making|find|finds|found|keep|keeps|kept|consider|considers|considered|deem|deems|deemed)\s+$/i;
/** Names of many ("civilians", "Iraqi forces", "Kurds"): they, never it. */
const PLURAL_RULES: ReadonlySet<string> = new Set(['name-victim-group', 'name-people-group', 'name-force-descriptive']);
const pluralName = (m: RawMention): boolean => PLURAL_RULES.has(m.rule) || /(?:^|\s)\p{Ll}+s$/u.test(m.text);
/** Descriptions that are really compounds or appositions: "the town of Kobani", "the city council", "the army Tuesday". */
/** What may stand before a sentence's opening subject: "the", or one name's possessive ("Iraq's", "the UN's"). */
/** A sentence that opens with an indefinite noun phrase ("An alliance of ...", "A coalition of ..."). */
const UNNAMED_OPENER = /^\s*An?\s+\p{Ll}/u;
/** Object pronouns that never mean their own clause's subject ("Iraqi forces attacked them": not Iraqi forces). */
const OBJECT_PRONOUN = /^(?:them|him)$/i;
/** A pronoun that is an object only after a preposition ("withdrew from it"): elsewhere it may be a subject. */
const AMBIGUOUS_CASE = /^it$/i;
/** A preposition that ends the words before a pronoun, which makes the pronoun its object ("the soldiers withdrew from it"). */
const PREPOSITION_BEFORE = /\s(?:from|to|into|onto|on|at|in|of|for|with|against|toward|towards|over|near|around|across|through|behind|inside|outside|upon)\s+$/i;
/** Possessive pronouns of a party ("its", "their"). */
const POSSESSIVE_PRONOUN = /^(?:its|their)$/i;
/**
 * Between a name and an object pronoun after it, what makes the name other than the pronoun's clause's subject: a
 * clause's edge (punctuation, a subordinator, "to"), a preposition, or another noun phrase (a determiner, a capitalised
 * word, a number: "X said the army had arrested him").
 */
const CLAUSE_BREAK = /[,;:()"“”\d]|\b(?:that|which|who|whom|whose|when|while|after|before|because|as|until|since|if|unless|to|for|by|with|of|from|the|a|an|his|her|its|their|this|these|those|our|my|your)\b|\b\p{Lu}/u;
/** Asides between commas after a subject ("X fighters, deployed there in 2011, ..."): its verb is still the name's. */
const SUBJECT_ASIDES = /\s*,[^,;:()"“”]*,/gu;
// (and a compound of a name and a participle: "The Iran-aligned Houthi movement", "Yemen's US-backed government", "The
// al-Qaeda-linked group", a name's lower-case particle before it; and the plural noun of its men before "of" or "from":
// "Fighters of the X", "Troops from the X")
const OPENS_BEFORE = /^\s*(?:\p{Lu}\p{Ll}+s\s+(?:of|from)\s+)?(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3}['’]s?\s+)?(?:(?:\p{Ll}{1,3}[-‐])?\p{Lu}[\p{L}.]*[-‐]\p{Ll}+\s+)?$/u;
/** After a possessive, the lower-case noun it possesses and a comma before a name in apposition ("'s armed wing, the "). */
const POSSESSED_APPOSED = /^['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+\s*,\s+(?:the\s+)?$/u;
/** After an opening name: a possessive before another name, or a hyphen of a compound; the subject is the name after. */
const NOT_THE_OPENER = /^(?:['’]s?\s+(?:\p{Lu}|\p{Ll}+[-‐])|[-‐]\p{L})/u;
/**
 * Whether span `e` lies in an aside between commas after `from` and before `to` ("X, a rival of Y, ..."): commas pair
 * up from `from` on, and an odd one before `e` opens an aside that a comma after it closes before `to`.
 */
function inAside(text: string, from: number, e: Span, to: number): boolean {
  const before = text.slice(from, e.start).split(',').length - 1;
  return before % 2 === 1 && text.slice(e.end, to).includes(',');
}
/** A place named in an aside that only places the name before it: ", also in Y,", ", in Y," (LOCATIVE_ASIDE before, a comma after). */
const LOCATIVE_ASIDE = /,\s+(?:also\s+|both\s+)?(?:in|near)\s+(?:the\s+)?$/u;
function locativeAside(text: string, e: Span): boolean {
  return LOCATIVE_ASIDE.test(text.slice(Math.max(0, e.start - 16), e.start)) && /^\s*,/.test(text.slice(e.end, e.end + 3));
}
/** A possessive before a lower-case noun ("Sudan's army"): the name owns the noun, it is not the noun. */
const POSSESSOR_OF_NOUN = /^['’]s?\s+\p{Ll}/u;
const DESC_NOT_AFTER = /^(?:\s+of\b|['’]s\s+\p{Lu}|\s+\p{Lu}|-)/u;

type PronounClass = 'male' | 'female' | 'plural' | 'neuter' | 'first';

interface Resources {
  re: RegExp;
  /** `re` without the i flag, for the lower-cased text; undefined when `re` holds a word that is not lower-case ASCII. */
  lowerRe: RegExp | undefined;
  /** `re`, sticky: the groups of a match `lowerRe` found, read on the text itself. */
  sticky: RegExp;
  pronoun: Map<string, PronounClass>;
  description: Map<string, EntityType>;
  personNoun: Map<string, Gender | 'any'>;
  genderedTitle: Map<string, Gender>;
  /** Head nouns (lower case) that a description may repeat: "the dam" for "Tishrin Dam". */
  heads: ReadonlySet<string>;
  /** The heads of bodies' names (not places'): also the head of a name's compound ("the Viv Ansanm gang coalition"). */
  bodyHeads: ReadonlySet<string>;
  stops: ReadonlySet<string>;
  particles: ReadonlySet<string>;
  bareTitles: ReadonlySet<string>;
  /** Nouns of places a description may hold ("the town", "the ridge"): an unresolved one is "it", never "they". */
  placeNouns: ReadonlySet<string>;
  /** Description nouns that name a national army ("the army", "the military"). */
  armyNouns: ReadonlySet<string>;
  /** A name or identity that holds a word of a national army ("Sudanese Armed Forces", "israel-defense-forces"). */
  armyName: RegExp;
  /** First words of a country's names and its demonyms, lower case ("sudanese", "israel", "u.s."): what a national army's name opens with. */
  countryWords: ReadonlySet<string>;
  /**
   * A verb of saying (verb class `speech`, past and present), then "that", right before a pronoun ("X said on Tuesday
   * that it ..."): the pronoun is mostly the speaker.
   */
  speakerThat: RegExp;
  /** After an opening name: a part of it that a name in apposition names ("'s"-less: "The UN peacekeeping mission, "). */
  partApposed: RegExp;
  /** A count out of what follows ("Several of ", "Two of "; lexicon partitiveWords, quantityWords, numberWords): it may open a subject before a pronoun. */
  partitive: RegExp;
}

const resources = memoByLexicon((lex): Resources => {
  const w = lex.words;
  const pronoun = new Map<string, PronounClass>();
  for (const [k, ws] of Object.entries(w.pronouns)) for (const p of ws) pronoun.set(p, k as 'male');
  const description = new Map<string, EntityType>();
  for (const [k, ws] of Object.entries(w.descriptions)) for (const d of ws) description.set(d, k as EntityType);
  const personNoun = new Map<string, Gender | 'any'>();
  for (const [k, ws] of Object.entries(w.personNouns)) for (const d of ws) personNoun.set(d, k as Gender);
  const genderedTitle = new Map<string, Gender>();
  for (const [k, ws] of Object.entries(w.genderedTitles)) for (const d of ws) genderedTitle.set(d.toLowerCase(), k as Gender);
  const headTypes = ['force', 'armed_group', 'government', 'organization'] as const;
  const heads = new Set<string>();
  for (const t of headTypes) for (const h of w.orgHeads[t]) if (/^[A-Z][a-z]+$/.test(h)) heads.add(singular(h.toLowerCase()));
  for (const ws of Object.values(w.placeHeads)) for (const h of ws) if (/^[A-Z][a-z]+$/.test(h)) heads.add(singular(h.toLowerCase()));
  for (const h of ['state', 'office', 'company', 'group', 'international', 'watch', 'cross', 'crescent', 'trust', 'board']) heads.delete(h);
  // (not a facility's or a document's: "the X hospital", "the X programme" are no body "the hospital" repeats)
  const notBodies = new Set([...w.facilityNouns, ...w.documentHeads].map((x) => singular(x.toLowerCase())));
  const bodyHeads = new Set([...heads].filter((h) => !notBodies.has(h) && headTypes.some((t) => w.orgHeads[t].some((x) => singular(x.toLowerCase()) === h))));
  const placeNouns = new Set<string>();
  for (const [k, ws] of Object.entries(w.descriptions)) if (k === 'city' || k === 'region' || k === 'country') for (const d of ws) placeNouns.add(d);
  for (const ws of Object.values(w.placeHeads)) for (const h of ws) if (/^[A-Z][a-z]+$/.test(h)) placeNouns.add(singular(h.toLowerCase()));
  const nouns = [...description.keys(), ...heads, ...personNoun.keys()];
  const pairNouns = [...personNoun.keys()].map(pluralize);
  // pronouns; pairs "the two leaders"; "the <noun>" descriptions; unnamed people "the/a <adj>? <person noun>"
  const re = new RegExp(
    `(?<![\\p{L}\\p{N}'’-])(?:(${alternation([...pronoun.keys()])})|((?:the\\s+)?(?:${alternation(w.pairWords)})\\s+(?:${alternation(pairNouns)}))|((?:the|a|an|(?:this|that)(?=\\s+(?:${alternation([...placeNouns])})(?![\\p{L}\\p{N}-])))\\s+(?:[a-z-]{3,20}\\s+)?(${alternation(nouns)})))(?![\\p{L}\\p{N}-])`,
    'giu',
  );
  // the same regex without case folding, for the lower-cased text (findCues): only when every word it holds is lower-case ASCII
  const words = [...pronoun.keys(), ...w.pairWords, ...pairNouns, ...nouns];
  const lowerRe = words.every((x) => /^[a-z' -]*$/.test(x)) ? new RegExp(re.source, 'gu') : undefined;
  return {
    re,
    lowerRe,
    sticky: new RegExp(re.source, 'yiu'),
    pronoun,
    description,
    personNoun,
    genderedTitle,
    heads,
    bodyHeads,
    stops: stopCaps(lex),
    particles: new Set(w.nameParticles.map((p) => p.toLowerCase())),
    bareTitles: new Set(w.bareTitleWords.map((t) => t.toLowerCase())),
    placeNouns,
    armyNouns: new Set(w.descriptions.force.filter((d) => w.nationalArmyNames.includes(d))),
    armyName: new RegExp(`(?<![\\p{L}])(?:${alternation(w.nationalArmyNames)})(?![\\p{L}])`, 'iu'),
    // (or right after the verb: "X said its fighters had ...", "X says it will ...")
    // ("said that it", "said on Friday it", "said Tuesday it", "said late on Monday that they")
    partitive: new RegExp(`^\\s*["“]?(?:(?:${alternation([...w.partitiveWords, ...w.quantityWords, ...Object.keys(w.numberWords).filter((n) => n !== 'a' && n !== 'an')])}|\\d+)\\s+of\\s+)?$`, 'iu'),
    // after an opening name, a part of its own it names and a name in apposition ("The UN peacekeeping mission, MONUSCO,"):
    // lower-case words up to a part noun (lexicon partNouns), a comma
    partApposed: new RegExp(`^\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:${alternation(w.partNouns)})\\s*,\\s+(?:the\\s+)?$`, 'u'),
    // (or a speech participle after a comma, whose subject is the opener's: "X claimed the raid, saying its fighters")
    speakerThat: new RegExp(`(?:(?<![\\p{L}])(?:${classAlternation('speech', ['past', 's'], lex)})|,\\s+(?:${classAlternation('speech', ['ing'], lex)}))(?:(?![\\p{L}])[^.;"“”]{0,40}(?<![\\p{L}])that|\\s+(?:(?:late|early)\\s+)?(?:(?:on|last|this)\\s+\\p{L}+|${alternation(w.days)}))?\\s+$`, 'iu'),
    countryWords: new Set([
      ...demonyms(lex).keys(),
      ...lex.entities.filter((e) => e.type === 'country').flatMap((e) => [e.id, e.label, ...e.aliases].map((x) => x.toLowerCase().split(/[\s-]+/)[0]!)),
    ]),
  };
});

function singular(w: string): string {
  return w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
}

/** A candidate word found in the text: a pronoun, a description, or an unnamed person. */
interface Cue extends Span {
  pronoun?: PronounClass;
  /** Lower-case head noun of a description. */
  noun?: string;
  /** "the two leaders", "both ministers": two people named before. */
  pair?: boolean;
  /** "the", "a": an indefinite noun phrase only introduces someone. */
  definite?: boolean;
  /** Whether a modifier stands between the article and the noun ("the two leaders", "a senior official"). */
  modified?: boolean;
}

/**
 * The mentions the article's pronouns, descriptions and name parts add,
 * sorted by start; `mentions` (sorted by start, not overlapping) are the names.
 */
export function coreference(text: string, sentences: readonly Span[], mentions: readonly RawMention[], lex: Lexicon): RawMention[] {
  const r = resources(lex);
  const used = new Uint8Array(text.length + 1);
  // a one-word person guessed by the tagger or the heuristics may be a name part ("Ahmed" after "Ahmed Jabouri"): left free here
  for (const m of mentions) if (!guessedWord(m)) for (let i = m.start; i < m.end; i++) used[i] = 1;
  // metadata, citation and table lines, foreign alternates: no pronouns or name parts there either
  for (const [a, b] of noiseSpans(text, lex)) used.fill(1, a, b);
  const partKeys = new Map<RawMention, string>();
  const parts = nameParts(text, mentions, used, r, partKeys);
  const partAt = new Set(parts.map((m) => `${m.start}:${m.end}`));
  const names = [...mentions.filter((m) => !partAt.has(`${m.start}:${m.end}`)), ...parts].sort((a, b) => a.start - b.start);
  for (const m of mentions) if (guessedWord(m)) for (let i = m.start; i < m.end; i++) used[i] = 1;
  for (const m of parts) for (let i = m.start; i < m.end; i++) used[i] = 1;

  const persons = new Recent();
  const groups = new Recent();
  const neuter = new Recent();
  const speakers = new Recent();
  const byType = new Map<EntityType, Recent>();
  const byHead = new Map<string, Recent>();
  const listOf = <K>(map: Map<K, Recent>, k: K): Recent => map.get(k) ?? map.set(k, new Recent()).get(k)!;
  const genders = new Map<string, Gender>();

  const out: RawMention[] = [];
  let sent = 0;
  const sentenceOf = (pos: number): number => {
    while (sent + 1 < sentences.length && sentences[sent + 1]!.start <= pos) sent++;
    return sent;
  };

  const addName = (m: RawMention, name: Span, key: string, s: number): void => {
    const gender = m.type === 'person' ? genderOf(m, r) ?? genders.get(key) : undefined;
    if (gender && !genders.has(key)) genders.set(key, gender);
    const e: Entry = { start: m.start, end: m.end, key, sent: s, kind: m.kind, type: m.type, name, ...(m.canonical ? { canonical: m.canonical } : {}), ...(gender ? { gender } : {}) };
    if (pluralName(m)) e.plural = true;
    if (m.type === 'force' && nationalForce(m, r, lex)) e.national = true;
    if (m.type === 'person') persons.push(e);
    if (PLURAL.has(m.type) || NEUTER.has(m.type)) {
      groups.push(e);
      neuter.push(e);
    }
    if (!e.plural && (SPEAKERS.has(m.type) || m.type === 'country') && speaks(text, sentences[s]!, m, m.type !== 'country')) speakers.push(e);
    listOf(byType, m.type).push(e);
    const head = headOf(m.text, r) ?? compoundHead(text, m, r);
    if (head && m.type !== 'person') listOf(byHead, head).push(e);
  };

  // "Iraqis ... across the country": a group named by its nationality stands for its country when the article names it
  const countryName = new Map<string, Span>();
  for (const m of mentions) if (m.type === 'country' && m.canonical && !m.via && !m.anaphor && !countryName.has(m.canonical)) countryName.set(m.canonical, m);
  const dems = demonyms(lex);

  const cues = findCues(text, used, r);
  let mi = 0;
  for (const c of cues) {
    // names before the cue become antecedents first
    for (; mi < names.length && names[mi]!.start < c.start; mi++) {
      const m = names[mi]!;
      // an anaphor ("The group, which is linked to al-Qaeda, ... It still controls ...") is resolved later
      // (resolve/article-cluster.ts): here it is someone a pronoun may mean, so a pronoun after it and another group is
      // ambiguous, not the other group's
      if (m.anaphor && (PLURAL.has(m.type) || NEUTER.has(m.type))) {
        const phantom: Entry = { start: m.start, end: m.end, key: `?${m.start}`, sent: sentenceOf(m.start), kind: m.kind, type: m.type, phantom: true, name: m };
        groups.push(phantom);
        neuter.push(phantom);
      }
      // a lower-case "the coalition" names nothing by itself (resolve/article-cluster.ts); "the Coalition" does
      if (m.anaphor || (m.rule === 'name-coalition' && !/Coalition/.test(m.text)) || m.rule === 'name-office') continue;
      // a name in a hyphen compound before an anaphor, or right before it, modifies it, and is no one a pronoun means:
      // "The al-Qaeda-linked group said its fighters ..." ("its" is the group's)
      const next = names[mi + 1];
      if (next?.anaphor && next.start >= m.end && modifiesAnaphor(text, m.end, next.start)) continue;
      const name = m.refersTo ?? m;
      addName(m, name, partKeys.get(m) ?? keyOf(m), sentenceOf(m.start));
      const land = demonymCountry(m, dems, lex);
      const landName = land && countryName.get(land.id);
      if (land && landName)
        listOf(byType, 'country').push({ start: m.start, end: m.end, key: land.id, sent: sentenceOf(m.start), kind: 'place', type: 'country', canonical: land.id, name: { start: landName.start, end: landName.end }, byDemonym: true });
    }
    const s = sentenceOf(c.start);
    if (c.pair) {
      // one mention per person of the pair, at the same span (the contract lets mentions of different entities overlap)
      for (const ante of persons.pickPair(s, c.start)) out.push(corefMention(text, c, ante, 'description', COREF_RULES.pair.reason));
      continue;
    }
    if (c.noun !== undefined && r.personNoun.has(c.noun) && !r.description.has(c.noun) && !r.heads.has(c.noun)) {
      // an unnamed person: competes for he/she from now on
      const g = r.personNoun.get(c.noun)!;
      persons.push({ start: c.start, end: c.end, key: `?${c.start}`, sent: s, kind: 'actor', type: 'person', phantom: true, name: c, ...(g !== 'any' ? { gender: g } : {}) });
      continue;
    }
    let ante: Entry | undefined;
    let via: 'pronoun' | 'description';
    // an object pronoun is not the subject of its own clause (the name right before its verb, nothing of another phrase
    // or clause between: "Iraqi forces attacked them"; not "Idris said the army had arrested him"), an aside between
    // commas after the name kept out ("Kenyan troops, sent there in 2011 at the request of Y, drove them out")
    // (a pronoun after a preposition is an object too: "In December the soldiers withdrew from it" is not the soldiers,
    // nor any earlier mention of them; the preposition itself no edge)
    const word = text.slice(c.start, c.end);
    const afterPreposition = (OBJECT_PRONOUN.test(word) || AMBIGUOUS_CASE.test(word)) && PREPOSITION_BEFORE.test(text.slice(Math.max(0, c.start - 14), c.start));
    const subjectOfClause = (e: Entry) => e.sent === s && e.start < c.start && !CLAUSE_BREAK.test(text.slice(e.end, c.start).replace(SUBJECT_ASIDES, '').replace(PREPOSITION_BEFORE, ' '));
    const bound = OBJECT_PRONOUN.test(word) || afterPreposition ? (e: Entry, list: Recent) => list.any(s, c.start, (x) => x.key === e.key && subjectOfClause(x), 0) : () => false;
    // a pronoun that opens its sentence, when the last sentence holds two candidates, is that sentence's subject, the
    // name that opens it ("X was founded by prisoners freed by the government. Its leader, Y, ...": X)
    // (or its subject's count: "Several of its factions ...")
    const opensSentence = s > 0 && r.partitive.test(text.slice(sentences[s]!.start, c.start));
    const prevSubject = (list: Recent, accept: (e: Entry) => boolean): Entry | undefined =>
      opensSentence ? list.pick(s, c.start, (e) => e.sent === s - 1 && !e.phantom && accept(e) && OPENS_BEFORE.test(text.slice(sentences[s - 1]!.start, e.start)), 1) : undefined;
    if (c.pronoun) {
      via = 'pronoun';
      if (c.pronoun === 'neuter' && /^it$/i.test(text.slice(c.start, c.end)) && (PLEONASTIC.test(text.slice(c.end, c.end + 60)) || PLEONASTIC_BEFORE.test(text.slice(Math.max(0, c.start - 12), c.start)))) continue;
      if (c.pronoun === 'male' || c.pronoun === 'female') {
        const want = c.pronoun;
        const fitsPerson = (e: Entry) => (e.gender ?? genders.get(e.key) ?? want) === want && !bound(e, persons);
        ante = persons.pick(s, c.start, fitsPerson) ?? prevSubject(persons, fitsPerson);
      } else if (c.pronoun === 'first') ante = speakers.pick(s, c.start, () => true);
      else {
        const plural = c.pronoun === 'plural';
        const list = plural ? groups : neuter;
        const fits = plural ? (e: Entry) => PLURAL.has(e.type) && (e.type !== 'organization' || e.plural === true) && !bound(e, list) : (e: Entry) => NEUTER.has(e.type) && !e.plural && !bound(e, list);
        // "X said that it/they ...": the speaker, the subject that opens the sentence, before anyone else in it
        const sentence = sentences[s];
        // (a semicolon opens a clause as a sentence does: "A bomb hit X; al-Shabaab said it ...")
        const semicolon = sentence ? text.lastIndexOf(';', c.start) : -1;
        const from = sentence ? (semicolon >= sentence.start ? semicolon + 1 : sentence.start) : 0;
        if (sentence && r.speakerThat.test(text.slice(Math.max(from, c.start - 60), c.start))) {
          // (the opener, or the name an opening possessor owns: "Iraq's Interior Ministry said it had arrested two men")
          const opener = (e: Entry) => e.sent === s && e.start >= from && !e.phantom && OPENS_BEFORE.test(text.slice(from, e.start)) && !NOT_THE_OPENER.test(text.slice(e.end, e.end + 24));
          // ... unless the subject is what the opener possesses ("Sudan's army said it had ..."): the army, no name here;
          // when the lexicon names it, that name is the subject ("Russia's defence ministry said its troops ...")
          const possessor = list.pick(s, c.start, (e) => opener(e) && POSSESSOR_OF_NOUN.test(text.slice(e.end, e.end + 4)), 0);
          if (possessor) {
            ante = list.pick(s, c.start, (e) => e.sent === s && !e.phantom && fits(e) && /^['’]s?\s+$/u.test(text.slice(possessor.end, e.start)), 0);
            // (... or the name in apposition to what it possesses: "Hamas's armed wing, the Qassam Brigades, said its")
            ante ??= list.pick(s, c.start, (e) => e.sent === s && !e.phantom && fits(e) && POSSESSED_APPOSED.test(text.slice(possessor.end, e.start)) && /^\s*,/.test(text.slice(e.end, e.end + 2)), 0);
            // (... or an armed group's own organ, which speaks for it: "The ELN's central command acknowledged that its
            // Eastern War Front ..." is the ELN's; a country's army or ministry is no country)
            if (!ante && possessor.type === 'armed_group' && fits(possessor)) ante = possessor;
            if (!ante) continue;
          }
          // (... or the name in apposition to a part the opener names: "The UN peacekeeping mission, MONUSCO, said it")
          if (!ante) {
            const whole = list.pick(s, c.start, (e) => opener(e), 0);
            if (whole) ante = list.pick(s, c.start, (e) => e.sent === s && e.start > whole.end && !e.phantom && fits(e) && r.partApposed.test(text.slice(whole.end, e.start)), 0);
          }
          ante ??= list.pick(s, c.start, (e) => opener(e) && fits(e), 0);
          // (an anaphor that opens the sentence is the speaker, whom the resolution finds later: "The group said its
          // fighters ...": the pronoun means what "the group" means, resolve/article-cluster.ts)
          if (!ante) {
            const a = names.find((m) => m.anaphor && m.start >= from && m.end <= c.start && OPENS_BEFORE.test(text.slice(from, m.start)) && (plural ? PLURAL.has(m.type) : NEUTER.has(m.type)) && !POSSESSOR_OF_NOUN.test(text.slice(m.end, m.end + 4)));
            if (a) ante = { start: a.start, end: a.end, key: `?${a.start}`, sent: s, kind: a.kind, type: a.type, name: a };
          }
          // (a new party no name stands for opens the sentence, and nobody is named before the pronoun: "An alliance of
          // armed groups said Tuesday it had captured X" is the alliance's, not the last name before it)
          if (!ante && UNNAMED_OPENER.test(text.slice(from, c.start)) && !list.pick(s, c.start, (e) => e.sent === s && e.start >= from && !e.phantom, 0)) continue;
        }
        // "X entered Hama a week after they seized Aleppo": a subject pronoun right after a subordinator is the main
        // clause's subject, the sentence's opener, when another party stands between (the subordinators of the clause
        // reader, clauses/grammar.ts)
        // (not inside a relative clause, whose subordinate is its own: "X vetoed resolutions, which would have threatened
        // Y if it continued ...")
        // ... and so is one that opens a clause coordinated with the first ("X clashed with Y, and in January it claimed")
        if (!ante && sentence && (SUBORDINATE_BEFORE.test(text.slice(Math.max(sentence.start, c.start - 12), c.start)) || COORDINATED_BEFORE.test(text.slice(Math.max(sentence.start, c.start - 40), c.start))) && SUBJECT_PRONOUN.test(text.slice(c.start, c.end)) && !RELATIVE_WORD.test(text.slice(sentence.start, c.start))) {
          const opener = (e: Entry) => e.sent === s && !e.phantom && OPENS_BEFORE.test(text.slice(sentence.start, e.start)) && !NOT_THE_OPENER.test(text.slice(e.end, e.end + 24));
          ante = list.pick(s, c.start, (e) => opener(e) && fits(e), 0);
        }
        // "support for UNIFIL and its force commander": a possessive right after a name and "and" is that name's,
        // whoever else the sentence names
        if (!ante && POSSESSIVE_PRONOUN.test(text.slice(c.start, c.end)) && /\sand\s+$/.test(text.slice(Math.max(0, c.start - 6), c.start))) {
          ante = list.pick(s, c.start, (e) => e.sent === s && !e.phantom && fits(e) && /^\s+and\s+$/.test(text.slice(e.end, c.start)), 0);
        }
        const objectPronoun = OBJECT_PRONOUN.test(text.slice(c.start, c.end));
        ante ??= list.pick(s, c.start, (e) => (e.phantom === true && !(objectPronoun && e.place)) || fits(e)) ?? prevSubject(list, fits);
        // a possessive the names of its sentence leave open is its subject's, when every other name stands in an aside
        // between commas ("X, a rival of Y, stepped up attacks where its fighters ..."): an aside never holds the subject
        if (!ante && sentence && POSSESSIVE_PRONOUN.test(text.slice(c.start, c.end))) {
          const first = list.pick(s, c.start, (e) => e.sent === s && !e.phantom && fits(e) && OPENS_BEFORE.test(text.slice(sentence.start, e.start)) && !NOT_THE_OPENER.test(text.slice(e.end, e.end + 24)), 0);
          if (first && !list.any(s, c.start, (e) => e.sent === s && e.key !== first.key && (e.phantom === true || fits(e)) && !inAside(text, first.end, e, c.start), 0)) ante = first;
        }
      }
    } else {
      via = 'description';
      if (!c.definite || c.modified) continue;
      if (DESC_NOT_AFTER.test(text.slice(c.end, c.end + 3)) || compoundAfter(text, c.end, lex)) continue;
      const noun = c.noun!;
      const t = r.description.get(noun);
      const back = 2;
      // (by head noun: "the army" only a country's own forces, as below, not an armed group named an army: "the Kachin
      // Independence Army ... The army did not comment")
      if (r.heads.has(noun)) ante = byHead.get(noun)?.pick(s, c.start, (e) => !r.armyNouns.has(noun) || e.national === true, back);
      if (!ante && t) {
        // "the army", "the military": a country's own forces, not any armed force named before ("the Rapid Support Forces")
        const accept =
          t === 'country'
            ? // (a country's government, not any body of it: "the Foreign Office", "the Defence Ministry" are no country)
              // (nor a country inside a hyphen compound: "US-led forces withdrew from the country" left another one)
              (e: Entry) => (e.type === 'country' && !HYPHEN_AFTER.test(text.slice(e.end, e.end + 1))) || (e.type === 'government' && countryGovernment(e, text, lex))
            : t === 'force' && r.armyNouns.has(noun)
              ? (e: Entry) => e.type === t && e.national === true
              : (e: Entry) => e.type === t;
        // a place the text named with the description's own noun ("the village of X ... the village") before the nearest
        // of its type (another town named between: "the village of X ... said Y of the Z group ... captured the village")
        // (unless one of its type is named in the description's own sentence: "in X after ISIL took the city's suburbs")
        if (r.placeNouns.has(noun) && t !== 'country' && !byType.get(t)?.pick(s, c.start, (e) => e.type === t && e.sent === s, 0)) {
          const ofNoun = new RegExp(`(?<![\\p{L}])${noun}\\s+of\\s+(?:the\\s+)?$`, 'iu');
          const namedAs = (e: Entry) => e.type === t && ofNoun.test(text.slice(Math.max(0, e.start - noun.length - 10), e.start));
          ante = byType.get(t)?.pick(s, c.start, namedAs, back);
        }
        const lists = t === 'country' ? ['country', 'government'] as const : [t];
        // the nearest of the type's lists (a country may be named as its government)
        if (!ante) for (const lt of lists) {
          const a = byType.get(lt)?.pick(s, c.start, (e) => accept(e) && !e.byDemonym, back);
          if (a && (!ante || a.start > ante.start)) ante = a;
        }
        // (of two places in reach, the one not named in a locative aside after the other: "Residents of X, also in Y, said
        // troops withdrew from the village": X, not Y, which only places X)
        if (!ante && r.placeNouns.has(noun) && t !== 'country') ante = byType.get(t)?.pick(s, c.start, (e) => accept(e) && !e.byDemonym && !locativeAside(text, e), back);
        // none named: a group named by its nationality may stand for its country ("Iraqis across the country"), unless
        // another country is named within reach or the words cross its border ("Syrians entered the country")
        if (!ante && t === 'country') {
          const d = byType.get('country')?.pick(s, c.start, (e) => e.byDemonym === true, back);
          if (d && !CROSSING.test(text.slice(Math.max(0, c.start - 24), c.start)) && !byType.get('country')?.any(s, c.start, (e) => e.key !== d.key, back)) ante = d;
        }
      }
    }
    if (!ante) {
      // an unresolved description ("the regime") is still someone: "it" or "they" next may mean it
      // (a place's, "the ridge", is never "them": it still makes "they" and "their" ambiguous, which may mean a party
      // the text names by what it is, "The rebels began their assault", that this pass does not see)
      if (via === 'description') {
        const phantom: Entry = { start: c.start, end: c.end, key: `?${c.start}`, sent: s, kind: 'actor', type: 'organization', phantom: true, name: c };
        if (r.placeNouns.has(c.noun!)) phantom.place = true;
        groups.push(phantom);
        neuter.push(phantom);
      }
      continue;
    }
    const rule = via === 'description' ? COREF_RULES.description.reason : c.pronoun === 'first' ? COREF_RULES.first.reason : COREF_RULES.pronoun.reason;
    const m = corefMention(text, c, ante, via, rule);
    out.push(m);
    // a description is a name of sorts: later pronouns may reach the entity through it
    if (via === 'description') addName(m, ante.name, ante.key, s);
  }
  return [...parts, ...out].sort((a, b) => a.start - b.start);
}

/**
 * A force that is a country's own armed forces: a country's forces named by its demonym ("Iraqi forces", the generic
 * "security forces (Iraq)"), or a name or identity holding a word of a national army ("Sudanese Armed Forces",
 * "israel-defense-forces"). "The army" refers back to one of these only.
 */
function nationalForce(m: RawMention, r: Resources, lex: Lexicon): boolean {
  if (m.canonical?.startsWith('generic:security forces') === true || (m.canonical !== undefined && isNationalForce(m.canonical, lex))) return true;
  // (a force described by a country's word or the state's is that country's: "Sudanese troops", "government forces";
  // not one described by its side or its people, "allied fighters", "Kurdish fighters")
  if (m.rule === 'name-force-descriptive') return r.countryWords.has(m.text.split(/\s+/)[0]!.toLowerCase()) || STATE_WORD.test(m.text);
  // a national army's word after a country or its people ("Sudanese Armed Forces", "Israel Defense Forces", "U.S.
  // Army"); "Arakan Army", "Free Syrian Army" and "Kachin Independence Army" hold the word but are nobody's state army
  // (an unknown first word shaped like a people's adjective counts: "the Varanian Armed Forces")
  const national = (name: string) => {
    const first = name.split(/[\s-]+/)[0]!.toLowerCase();
    return r.armyName.test(name) && (r.countryWords.has(first) || /(?:ian|ese|ish|i)$/.test(first));
  };
  return national(m.text) || (m.canonical !== undefined && national(m.canonical.replace(/[-_]/g, ' ')));
}

/** A word of the state opening a described force ("government forces", "regime troops", "federal police"). */
const STATE_WORD = /^(?:the\s+)?(?:government|regime|state|federal|national|junta)\b/i;

/** Words before "the country" that cross its border: whoever does so is mostly not of that country. */
const CROSSING = /\b(?:into|enter(?:s|ed|ing)?|out\s+of|from|left|leave|leaving|fled|flee|fleeing|to)\s+$/i;

/**
 * The country a group's name opens with the demonym of ("Iraqis", "Iraqi officials" -> Iraq): what "the country"
 * after it may mean. Only for groups of people, not for places, persons, forces or armed groups (they fight abroad).
 */
/** A hyphen right after a name: the name is part of a compound ("US-led", "Iran-backed"). */
const HYPHEN_AFTER = /^[-‐]/;
/** The rest of a hyphen compound between a name and the noun it modifies ("-linked ", "-backed armed "). */
const HYPHEN_TAIL = /^[-‐][\p{L}-]+\s+(?:[\p{L}-]+\s+)?$/u;
/** How far a hyphen compound after a name reaches to the noun it modifies. */
const HYPHEN_COMPOUND_REACH = 30;
/**
 * Does a name ending at `end` modify the anaphor's noun starting at `start`, by a hyphen compound ("the al-Qaeda-linked
 * group") or right before it ("the al-Qaeda affiliate", mentions/patterns.ts)?
 */
export function modifiesAnaphor(text: string, end: number, start: number): boolean {
  return start - end <= HYPHEN_COMPOUND_REACH && (HYPHEN_TAIL.test(text.slice(end, start)) || /^[ \t]+$/.test(text.slice(end, start)));
}

/** A government entry that is a country's government: the lexicon's country, or a name that says government ("the Kenyan government", "Government of Iraq"). */
function countryGovernment(e: Entry, text: string, lex: Lexicon): boolean {
  if (e.canonical && lexiconEntry(e.canonical, lex)?.type === 'country') return true;
  return /\b(?:government|administration|regime)\b/i.test(text.slice(e.name.start, e.name.end));
}

function demonymCountry(m: RawMention, dems: ReadonlyMap<string, LexiconEntry>, lex: Lexicon): LexiconEntry | undefined {
  // forces and armed groups fight abroad ("American ground forces into the country", "the Turkish military shelled")
  if (m.kind !== 'actor' || m.type === 'person' || m.type === 'armed_group') return undefined;
  // refugees and exiles live outside their country ("Syrian refugees in the country")
  if (livesAbroad(lex).test(m.text)) return undefined;
  const first = /^\p{Lu}\p{Ll}+/u.exec(m.text)?.[0]?.toLowerCase();
  if (!first) return undefined;
  const e = dems.get(first) ?? (first.endsWith('s') ? dems.get(first.slice(0, -1)) : undefined);
  return e && e.type === 'country' ? e : undefined;
}

function corefMention(text: string, c: Span, ante: Entry, via: 'pronoun' | 'description', rule: string): RawMention {
  const m: RawMention = {
    start: c.start,
    end: c.end,
    text: text.slice(c.start, c.end),
    kind: ante.kind,
    type: ante.type,
    rule,
    via,
    refersTo: { start: ante.name.start, end: ante.name.end },
  };
  if (ante.canonical) m.canonical = ante.canonical;
  return m;
}

/** Rules that guess a name from its shape or the tagger (no lexicon, no cue pattern). */
/** A one-word person the tagger or the heuristics guessed: a name part replaces it (the pipeline drops it). */
export const guessedWord = (m: RawMention): boolean => m.type === 'person' && !m.canonical && !m.via && GUESSED_NAME_RULES.has(m.rule) && !/\s/.test(m.text);

/** Who a mention is, for ambiguity: a person by surname, anything else by lexicon id or folded name. */
function keyOf(m: RawMention): string {
  if (m.canonical) return m.canonical;
  const t = m.text.replace(/['’]s?$/u, '').replace(/^the\s+/i, '').toLowerCase();
  if (m.type === 'person') return `p:${t.split(/\s+/).pop()}`;
  return `${m.kind}:${t}`;
}

/** The head noun of a name, lower case and singular: "Tishrin Dam" -> dam, "Ministry of Defence" -> ministry. */
function headOf(name: string, r: Resources): string | undefined {
  const words = name.split(/\s+/);
  if (words.length < 2) return undefined;
  const ofAt = words.findIndex((w) => w === 'of' || w === 'for');
  const head = singular((ofAt > 0 ? words[ofAt - 1]! : words[words.length - 1]!).toLowerCase());
  return r.heads.has(head) ? head : undefined;
}

/** "the Viv Ansanm gang coalition", "the Barkhane force": a body's name before the lower-case nouns of its kind; what "the coalition" repeats. */
const COMPOUND_AFTER = /^\s+(?:([a-z]+)\s+)?([a-z]+)(?![\p{L}\p{N}'’-])/u;
const THE_BEFORE = /(?<![\p{L}])the\s+$/iu;
function compoundHead(text: string, m: RawMention, r: Resources): string | undefined {
  if (!PLURAL.has(m.type)) return undefined;
  if (!THE_BEFORE.test(text.slice(Math.max(0, m.start - 5), m.start))) return undefined;
  const after = COMPOUND_AFTER.exec(text.slice(m.end, m.end + 40));
  if (!after) return undefined;
  // the last noun of the compound, or its first when a verb follows ("the X coalition said")
  for (const w of after[1] ? [after[2]!, after[1]] : [after[2]!]) {
    const h = singular(w);
    if (r.bodyHeads.has(h)) return h;
  }
  return undefined;
}

function genderOf(m: RawMention, r: Resources): Gender | undefined {
  for (const t of m.titles ?? []) {
    const g = r.genderedTitle.get(t.toLowerCase());
    if (g) return g;
  }
  const role = m.role?.toLowerCase();
  if (role && r.personNoun.get(role) !== undefined && r.personNoun.get(role) !== 'any') return r.personNoun.get(role) as Gender;
  const first = m.text.split(/\s+/)[0]!;
  if (!m.text.includes(' ')) return undefined;
  const tags = lexTags(first);
  if (tags.includes('MaleName') && !tags.includes('FemaleName')) return 'male';
  if (tags.includes('FemaleName') && !tags.includes('MaleName')) return 'female';
  return undefined;
}

/** Pronouns, "the <noun>" and "a <person noun>" outside mentions, in text order. */
function findCues(text: string, used: Uint8Array, r: Resources, lowerOk = true): Cue[] {
  const out: Cue[] = [];
  // The case-insensitive regex matches where its lower-case copy matches the lower-cased text (ASCII words:
  // case folding maps only A-Z, "ſ" and the Kelvin sign to ASCII letters, and lower-casing keeps letters letters),
  // and no slower; when lower-casing changes the text's length (an "İ"), the text is read as it is.
  let low = lowerOk && r.lowerRe ? text.toLowerCase() : '';
  if (low.indexOf('ſ') >= 0) low = low.replace(/ſ/g, 's');
  const lower = lowerOk && r.lowerRe !== undefined && low.length === text.length;
  const re = lower ? r.lowerRe! : r.re;
  const on = lower ? low : text;
  re.lastIndex = 0;
  for (let found = re.exec(on); found; found = re.exec(on)) {
    let m: RegExpExecArray | null = found;
    if (lower) {
      // the match's groups as written (the same match, read on the text)
      r.sticky.lastIndex = found.index;
      m = r.sticky.exec(text);
      if (!m || m[0].length !== found[0].length) return findCues(text, used, r, false); // never seen: read the text as it is
    }
    const start = m.index;
    const end = start + m[0].length;
    let free = true;
    for (let i = start; i < end; i++) if (used[i]) { free = false; break; }
    if (!free) continue;
    if (m[1]) {
      const p = r.pronoun.get(m[1].toLowerCase());
      // a pronoun in capitals inside a word-cased line is an acronym ("IT", "US"), not a pronoun
      if (p && !/^[A-Z]{2,}$/.test(m[1])) out.push({ start, end, pronoun: p });
      continue;
    }
    if (m[2]) {
      if (!/[A-Z]/.test(m[2].slice(1))) out.push({ start, end, pair: true });
      continue;
    }
    const noun = m[4]!;
    if (!/^[a-z]+$/.test(noun) || /[A-Z]/.test(m[3]!.slice(1))) continue; // "The Town Hall": a name, not a description
    const article = /^\S+/.exec(m[3]!)![0].toLowerCase();
    const modified = m[3]!.split(/\s+/).length > 2;
    // "this town", "that town": a place's description as "the town" is, unmodified; "that" only where it is no
    // complementizer (a preposition before it, or punctuation after the noun: "overran that town, killing ...")
    if (article === 'this' || article === 'that') {
      if (modified) continue;
      if (article === 'that' && !DEMONSTRATIVE_THAT.test(text.slice(Math.max(0, start - 12), start)) && !/^\s*[,.;:!?)]/.test(text.slice(end, end + 3))) continue;
    }
    out.push({ start, end, noun, definite: article === 'the' || article === 'this' || article === 'that', modified });
  }
  return out;
}

/** A preposition right before "that": a demonstrative ("in that town"), no complementizer. */
const DEMONSTRATIVE_THAT = /(?<![\p{L}])(?:in|into|from|at|near|to|of|on|around|inside|outside|toward|towards)\s+$/iu;

/** "the city council", "the army chief": a lower-case noun right after the description's noun. */
function compoundAfter(text: string, end: number, lex: Lexicon): boolean {
  const next = /^\s+([a-z]+)/.exec(text.slice(end, end + 30))?.[1];
  if (!next) return false;
  const tags = lexTags(next, lex);
  // singular nouns only: "supplies", "forces" are as often verbs
  const noun = tags.some((t) => t === 'Noun' || t === 'Singular' || t === 'Uncountable') && !tags.includes('Plural');
  const verbish = tags.some((t) => /Verb|Tense|Infinitive|Gerund|Participle|Modal|Copula|Adverb|Preposition|Conjunction|Determiner/.test(t));
  return noun && !verbish;
}

/**
 * First names and surnames of people named in full, standing alone later
 * ("Ahmed ... Ahmed said"): a capitalised word on free text that is the
 * first or last word of exactly one multi-word person name given before it.
 */
function nameParts(text: string, mentions: readonly RawMention[], used: Uint8Array, r: Resources, keys: Map<RawMention, string>): RawMention[] {
  const owners = new Map<string, { key: string; first: RawMention }>();
  const ambiguous = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'person' || m.anaphor || m.rule === 'name-office' || !m.text.includes(' ')) continue;
    const words = m.text.split(/\s+/).filter((w) => !r.particles.has(w.toLowerCase()));
    // a country word or a title before the name is no first name ("Syrian President Bashar al-Assad": Bashar)
    while (words.length > 2 && (r.countryWords.has(words[0]!.toLowerCase()) || r.bareTitles.has(words[0]!.toLowerCase()))) words.shift();
    if (words.length < 2) continue;
    const key = keyOf(m);
    for (const w of [words[0]!, words[words.length - 1]!]) {
      for (const form of new Set([w, w.replace(/^(?:al|el|Al|El)[-‐]/, '')])) {
        if (form.length < 3 || !/^\p{Lu}\p{Ll}/u.test(form) || r.stops.has(form) || r.bareTitles.has(form.toLowerCase()) || r.countryWords.has(form.toLowerCase())) continue;
        const o = owners.get(form);
        if (!o) owners.set(form, { key, first: m });
        else if (o.key !== key) ambiguous.add(form);
      }
    }
  }
  for (const a of ambiguous) owners.delete(a);
  if (owners.size === 0) return [];
  const out: RawMention[] = [];
  // a part is a capitalised word (WORD) that is an owned form: try WORD only where a form occurs, in text order;
  // a WORD match starts after no word character, so no other match covers a start found this way
  // (one scan of the text, the forms grouped by their first code unit: an upper-case letter, so ASCII is A-Z only)
  const byFirst = new Map<number, string[]>();
  for (const form of owners.keys()) {
    const c = form.charCodeAt(0);
    const list = byFirst.get(c);
    if (list) list.push(form);
    else byFirst.set(c, [form]);
  }
  const WORD = /(?<![\p{L}\p{N}'’-])\p{Lu}[\p{L}'’-]{2,40}(?![\p{L}\p{N}-])/uy;
  for (let p = 0; p < text.length; p++) {
    const c = text.charCodeAt(p);
    if (c < 128 && (c < 65 || c > 90)) continue;
    const forms = byFirst.get(c);
    if (!forms || !startsOne(text, p, forms)) continue;
    WORD.lastIndex = p;
    const m = WORD.exec(text);
    if (!m) continue;
    const o = owners.get(m[0].replace(/['’]s$/u, ''));
    if (!o || o.first.start > m.index) continue;
    const start = m.index;
    const end = start + m[0].replace(/['’]s$/u, '').length;
    let free = true;
    for (let i = start; i < end; i++) if (used[i]) { free = false; break; }
    if (!free) continue;
    const part: RawMention = {
      start,
      end,
      text: text.slice(start, end),
      kind: 'actor',
      type: 'person',
      rule: COREF_RULES.namePart.reason,
      via: 'name-part',
      refersTo: { start: o.first.start, end: o.first.end },
      ...(o.first.canonical ? { canonical: o.first.canonical } : {}),
    };
    keys.set(part, o.key);
    out.push(part);
  }
  return out;
}

/** Does one of `forms` start at `p`? (a loop: a closure over the scan's `p` would be a new context at every character) */
function startsOne(text: string, p: number, forms: readonly string[]): boolean {
  for (let i = 0; i < forms.length; i++) if (text.startsWith(forms[i]!, p)) return true;
  return false;
}

/** Negations between a name and its pronoun: "Hezbollah denied it attacked ...". */
const negation = memoByLexicon((lex) => new RegExp(`(?:^|[^\\p{L}])(?:${alternation(lex.words.negations.filter((w) => w !== 'without'))})(?![\\p{L}])`, 'iu'));

/**
 * A relation end that is a pronoun or description whose name stands in the
 * same sentence ("Iraqi forces maintained their positions against ISIL")
 * becomes that name: the name is the better evidence for the same entity.
 * When a negation stands between the name and the pronoun ("Hezbollah denied
 * it attacked ..."), the relation is dropped: the rule read only the clause
 * after the negation.
 */
export function preferNamedEnds(text: string, relations: readonly RawRelation[], mentions: readonly RawMention[], lex: Lexicon): RawRelation[] {
  const NEG = negation(lex);
  let atSpan: Map<string, number> | undefined;
  let negated = false;
  const nameOf = (i: number, r: RawRelation): number => {
    const m = mentions[i];
    if (!m?.via || !m.refersTo) return i;
    if (m.refersTo.start < r.evidence.start || m.refersTo.end > r.evidence.end) return i;
    if (!atSpan) {
      atSpan = new Map();
      mentions.forEach((x, k) => {
        if (!x.via) atSpan!.set(`${x.start}:${x.end}`, k);
      });
    }
    const j = atSpan.get(`${m.refersTo.start}:${m.refersTo.end}`);
    if (j === undefined) return i;
    if (m.refersTo.end <= m.start && NEG.test(text.slice(m.refersTo.end, m.start))) negated = true;
    return j;
  };
  const out: RawRelation[] = [];
  for (const r of relations) {
    negated = false;
    const source = r.sourceSpan ? r.source : nameOf(r.source, r);
    const target = r.targetSpan ? r.target : nameOf(r.target, r);
    if (negated) continue;
    out.push(source === r.source && target === r.target ? r : { ...r, source, target });
  }
  return out;
}
