/**
 * The events pass: relations read from clauses with the CAMEO verb
 * dictionary (issue 12 item 2).
 *
 * For each sentence that can hold an event (two mentions, and a word that is
 * a form of a verb whose CAMEO codes give an edge: the pre-test is derived
 * from the dictionary, not written by hand), the words are tagged (./pos.ts,
 * behind `posTag`), the clause reader reads them with the mentions as units,
 * and each clause is matched against the verb patterns (./match.ts) with the
 * voice undone. A match whose CAMEO code maps to one of the edge types
 * (lexicon/petrarch cameo-map.json, `cameoEvent`) gives a relation from each
 * actor to each patient; negated clauses give none, hedged ones are kept with
 * `hedged: true` at a lower confidence. Codes that map to no edge type (or to
 * `interacts`, which is not one of the ten) are dropped: see README.
 *
 * An end that is a phrase, not a mention ("an AMISOM base", "Al-Shabaab
 * militants"), stands for the mention that modifies it (a compound or a
 * possessor): the relation is then the mention's, with the phrase as the
 * `described` end. Every evidence item carries `event: { cameo, plover,
 * date, place, killed, wounded }`; the clause's location phrase also gives a
 * `located_in` of the event's target (or source, when the target is itself
 * a place).
 */
import { SYMMETRIC_TYPES, type EventInfo, type RelationType, type Span } from '../../types.ts';
import type { RawMention, RawRelation } from '../types.ts';
import type { Lexicon } from '../lexicon/index.ts';
import { anaphorGroupNounSet, defaultLexicon, forceNounSet, memoByLexicon } from '../lexicon/index.ts';
import { cachedTable } from '../../util/disk-cache.ts';
import { inflect, pluralize } from '../lexicon/inflect.ts';
import { classForms, verbClass } from '../lexicon/verbs.ts';
import { loadCameoVerbs } from '../lexicon/petrarch/index.ts';
import type { Sentence } from '../text/sentences.ts';
import type { Token } from '../text/tokens.ts';
import { scoreConfidence } from '../confidence.ts';
import { modifierOf, readClauses } from '../clauses/index.ts';
import type { Clause, NounPhrase, PrepPhrase, Reading } from '../clauses/types.ts';
import { patientsOf } from '../clauses/roles.ts';
import { DAY_AND_MONTH_NAMES, LOYAL, TIME_NOUNS, isTimeName, isVerbTag } from '../clauses/grammar.ts';
import { entriesFromCameo, type CameoVerbsLike } from './cameo.ts';
import { describeCode, dictionaryOf, headForms, matchClause, wordsOf, type DescribeCode, type EventMatch } from './match.ts';
import type { VerbDictionary, VerbEntry, VerbPattern } from './types.ts';
import { isIrregularClassPast, vocabulary } from '../clauses/words.ts';
import { posTagIn, lemmaOf } from './pos.ts';
import { sentenceWords, type SentenceWord } from './words.ts';
import { casualties, sentenceDate } from './attributes.ts';
import { hardwareHeads, isPopulation, isPost } from './actors.ts';
import { combatantNounSet } from '../lexicon/generic-actors.ts';
import { apposedPerson, countedPeople } from '../coref/apposed-person.ts';
import { listedCountryNode } from '../mentions/nested.ts';

/** Edge types an event may give. `quotes` needs a quotation (the quotes pass reads those). */
const EVENT_EDGES: ReadonlySet<RelationType> = new Set(['attacks', 'captures', 'withdraws_from', 'allied_with']);
/** Prepositions of a clause's location phrase ("where": the relative adverb, its antecedent the place, clauses/assemble.ts). */
const PLACE_PREPS = new Set(['in', 'near', 'at', 'outside', 'around', 'inside', 'across', 'on', 'where']);
/** Prepositions whose object is the target of an event verb with no object of its own. */
const TARGET_PREPS = new Set(['against', 'on', 'at', 'upon']);
/** Heads of what a verb of using a weapon sends at a target: CAMEO's weapons and aircraft, and the lexicon's munitions ("mortar shells"). */
const aimedHeads = memoByLexicon((lex): ReadonlySet<string> => new Set([...hardwareHeads(), ...lex.words.munitionNouns.flatMap((w) => [w, pluralize(w)])]));
/**
 * Where parties named together act on each other ("X and Y clashed at the border gate", "... at the crossing with
 * Turkey"): the place, not a target.
 */
const placeOfMutualAct = (pp: PrepPhrase, c: Clause, lex: Lexicon, isPlace: (np: NounPhrase) => boolean): boolean =>
  c.subject.length > 1 && reciprocal(lex).has(c.verb.lemma) && (pp.prep === 'at' || (pp.prep === 'with' && pp.objects.every(isPlace)));
/** A bare noun of an act done to what follows "to" (lexicon toTargetActs: "siege", "fire"). */
const isToTargetAct = (np: NounPhrase, lex: Lexicon): boolean => np.mention === undefined && !np.det && Object.hasOwn(lex.words.toTargetActs, np.head.text.toLowerCase());
/** A phrase of time after a target's preposition ("on Thursday", "on 12 March", "at dawn" is not one): never the target. */
const isTimePP = (pp: PrepPhrase): boolean =>
  pp.objects.length > 0 && pp.objects.every((np) => np.mention === undefined && (isTimeName(np.head.text) || (np.head.pos === 'CD' && np.text.split(/\s+/).some((w) => isTimeName(w)))));
/** Prepositions of an event's frame ("during a raid in X"): the place of what they name is the event's. */
const DURING = new Set(['during', 'amid', 'throughout']);
/** Where a weapon is sent, as its target ("fired a missile towards X"). */
const TOWARDS = new Set(['towards', 'toward']);
/** Prepositions of a weapon placed beside its target ("a bomb under a vehicle", "an IED near the convoy"). */
const PLACED_PREPS = new Set(['under', 'beneath', 'underneath', 'near', 'beside', 'outside']);
/** Prepositions of where a move goes: what a withdrawal leaves is never their object. */
const TOWARD_PREPS = new Set(['to', 'toward', 'towards', 'into', 'onto']);
/** Prepositions whose object, when it is an actor, is the target when nothing else is. */
const ACTOR_PREPS = new Set(['with', 'to', 'for', 'from', 'against', 'on', 'at', 'toward', 'towards', 'into', 'between']);
/** Base confidence of an event relation; hedging and inference lower it (../confidence.ts). */
export const EVENT_CONFIDENCE = 0.75;
export const EVENT_PLACE_CONFIDENCE = 0.6;
/** Confidence of a speaker's words about an event's doer (rule event-reported-by): a little less than a quotation about someone (quotes.ts), whose item wins where both read one pair. */
const REPORTED_CONFIDENCE = 0.55;

/** A verb dictionary ready for the pass: the matcher's entries and the word forms of the pre-test. */
export interface EventVerbs {
  dict: VerbDictionary;
  /** Lower-case forms of every verb with a code that gives an edge. */
  forms: ReadonlySet<string>;
  /** Lower-case forms of every verb with any code. */
  allForms: ReadonlySet<string>;
  /** Forms of verbs whose only edge is taking a place (171 seize, 192 occupy: "took", "held"): read when the sentence names a place. */
  placeForms: ReadonlySet<string>;
  describe: DescribeCode;
  /** Patterns and verbs the clause shape cannot hold (reported by line). */
  skipped: number;
}

/**
 * Codes whose edge (cameo-map.json) an event clause may give, narrower than
 * the map: force posture (15x: "mobilized", "put on alert") is a show of
 * force, not an attack, and within diplomatic cooperation (05x) only plain
 * support (050) and agreements (057) tie two parties: praise, verbal defence,
 * rallying, recognition, apology and forgiveness (051-056) do not. Violent
 * repression (175) is an attack, as cameo-map.json says: CAMEO codes the
 * verbs of violence by their victims there ("KILL * DEMONSTRATOR", "FIRE *
 * {TEAR GAS}", "CLASH * (WITH RIOTERS)"), and dropping it dropped those attacks.
 * Destroying property (1712: CAMEO's "BURN * HOUSES", "DESTROY * HOMES",
 * "RANSACK * OFFICE") is an attack too, as cameo-map.json says (PLOVER files
 * it under ASSAULT): the target is the place or the party the property is of.
 * Measured on re3d-dev: 21 allied_with events, 12 of them 051 "welcomes" /
 * "thanked" readings.
 */
const CODE_PREFIXES: Readonly<Partial<Record<RelationType, readonly string[]>>> = {
  // (175, violent repression, is the force used on protesters and the press: "fired tear gas at", "killed demonstrators")
  attacks: ['175', '1712', '18', '19', '20'],
  captures: ['17', '18', '192'],
  withdraws_from: ['08'],
  allied_with: ['050', '057', '06', '07'],
};

/**
 * Seizing (CAMEO 171: "seized", "captured", "took") is taking control when what is seized is a place: `captures`
 * with a place target only (the pass drops other targets: "seized weapons from al-Shabaab" is no capture of it).
 * 1712 (destroy property) keeps its own row (attacks).
 */
const SEIZE = '171';
/** Verbs of taking people, never places, whatever their code ("arrested in Germany", "kidnapped from Jangebe"): the verb class take-people. */
const peopleTaking = memoByLexicon((lex): ReadonlySet<string> => new Set(verbClass('take-people', lex).verbs.filter((v) => !v.includes(' '))));
/** CAMEO 175, violent repression: an attack, except where the verb itself is an arrest (below). */
const REPRESSION = '175';
/** CAMEO 190, use conventional military force: a place taken from a party was fought for (event-taken-from). */
const FIGHT = '190';
const seizesPlace = (code: string) => code.startsWith(SEIZE) && !code.startsWith('1712');
/** Codes whose edge needs a place target (seizing, occupying). */
const takesPlace = (code: string) => seizesPlace(code) || code.startsWith('192');

const describe: DescribeCode = (code) => {
  if (seizesPlace(code)) return { edge: 'captures', plover: describeCode(code).plover };
  const d = describeCode(code);
  return d.edge && EVENT_EDGES.has(d.edge) && CODE_PREFIXES[d.edge]!.some((p) => code.startsWith(p)) ? d : { edge: null, plover: d.plover };
};

/** The data of an `EventVerbs` (what the disk cache holds): the matcher's entries and the word forms. */
type EventVerbTable = Omit<EventVerbs, 'dict' | 'describe'> & { entries: readonly VerbEntry[] };

/** Build the pass's verbs from a file in the shape of cameo-verbs.json (the shipped one, or an evaluation's). */
export function eventVerbsFrom(file: CameoVerbsLike, lex: Lexicon): EventVerbs {
  return eventVerbsOf(eventVerbTable(file, lex));
}

/**
 * Entries for the one-word verbs of the lexicon's verb classes that carry a CAMEO code (verbs.json `cameo`) and that
 * CAMEO's dictionary lacks ("neutralise": 190), so the pass reads them as it reads CAMEO's own verbs.
 */
function classEntries(lex: Lexicon, have: ReadonlySet<string>): VerbEntry[] {
  const out: VerbEntry[] = [];
  for (const [name, cls] of Object.entries(lex.verbs)) {
    if (!cls.cameo) continue;
    for (const v of verbClass(name, lex).verbs) {
      if (/\s/.test(v) || have.has(v)) continue;
      out.push({ lemma: v, code: cls.cameo, patterns: [], block: name.toUpperCase() });
    }
  }
  return out;
}

function eventVerbsOf({ entries, forms, allForms, placeForms, skipped }: EventVerbTable): EventVerbs {
  return { dict: dictionaryOf(entries), forms, allForms, placeForms, describe, skipped };
}

function eventVerbTable(file: CameoVerbsLike, lex: Lexicon, withClasses = false): EventVerbTable {
  const cameo = entriesFromCameo(file);
  const skipped = cameo.skipped;
  const entries = withClasses ? [...cameo.entries, ...classEntries(lex, new Set(cameo.entries.map((e) => e.lemma)))] : cameo.entries;
  // per code, once: the entries share their blocks' patterns, so the same few hundred codes are asked ~10^5 times
  const codeGives = new Map<string, boolean>();
  const edgeCode = (c: string | null, placeOnly: boolean) => {
    if (c === null) return false;
    const key = placeOnly ? `p${c}` : c;
    let v = codeGives.get(key);
    if (v === undefined) codeGives.set(key, (v = describe(c).edge !== null && takesPlace(c) === placeOnly));
    return v;
  };
  const gives = (e: VerbEntry, placeOnly: boolean) => edgeCode(e.code, placeOnly) || e.patterns.some((p) => edgeCode(p.code, placeOnly));
  const forms = new Set<string>();
  const allForms = new Set<string>();
  const placeForms = new Set<string>();
  for (const e of entries) {
    let words: string[];
    try {
      words = Object.values(inflect(e.lemma, lex.inflections)).flat().map((x) => x.toLowerCase());
    } catch {
      words = [e.lemma];
    }
    for (const w of words) allForms.add(w);
    if (gives(e, false)) for (const w of words) forms.add(w);
    else if (gives(e, true)) for (const w of words) placeForms.add(w);
  }
  return { entries, forms, allForms, placeForms, skipped: skipped.length };
}

/** The shipped CAMEO 2.0 verbs, built once per lexicon; the shipped lexicon's from the disk cache (util/disk-cache.ts). */
export const shippedEventVerbs = memoByLexicon((lex) =>
  eventVerbsOf(lex === defaultLexicon() ? cachedTable('event-verbs', () => eventVerbTable(loadCameoVerbs(), lex, true)) : eventVerbTable(loadCameoVerbs(), lex, true)),
);

interface End {
  mention: number;
  /** The phrase when it describes the mention's entity rather than naming it. */
  described?: Span;
  /** The phrase is what the mention's entity holds ("rebel-held areas", "positions held by X"). */
  held?: boolean;
  /** The phrase names the entity's people by their role ("a commander of the ELN", "fighters from X"). */
  people?: boolean;
}

/** Nouns of a part of a place, lower case (lexicon placePartNouns). */
const placePartNounSet = memoByLexicon((lex): ReadonlySet<string> => new Set(lex.words.placePartNouns));
/** A party's vehicles and craft and their plurals, lower case (lexicon materielNouns). */
const issues = classVerbSet('issue');
const statementNounSet = memoByLexicon((lex): ReadonlySet<string> => new Set(lex.words.statementNouns.flatMap((w) => [w, pluralize(w)])));
const materielNounSet = memoByLexicon((lex): ReadonlySet<string> => new Set(lex.words.materielNouns.flatMap((w) => [w, pluralize(w)])));

/** The mention a noun phrase stands for: its head, else a compound or possessor that is a mention. */
function endOf(np: NounPhrase, local: readonly number[], lex: Lexicon, mentions: readonly RawMention[]): End | undefined {
  // someone's allies are not that someone: the name in apposition, if any ("Turkey and its Syrian allies, the SNA,"),
  // also where a guesser took "Syrian allies" for a name
  // (the head in lower case once: most tests below ask the lexicon's sets of it)
  const head = np.head.text.toLowerCase();
  if (np.modifiers.some((m) => m.kind === 'possessor' || m.kind === 'compound') && allyHeads(lex).has(head.split(/\s+/).pop()!)) {
    const named = np.appositions.find((x) => x.mention !== undefined);
    if (named) return { mention: local[named.mention!]! };
    if (np.mention === undefined) return undefined;
  }
  // a phrase is the name a participle of naming gives it ("the al-Qaeda affiliate known as JNIM", "a Bosnian Serb named
  // X"), not a name among its modifiers nor its own description
  if (np.name?.mention !== undefined && mentions[local[np.name.mention]!]!.kind !== 'place') return { mention: local[np.name.mention]! };
  // ... and one with no name of its own the name apposed to it ("the group, Hayat Tahrir al-Sham,"), unless a name among
  // its modifiers says whose thing it is ("a Chadian Government helicopter, a Mil Mi-17"): but a part of a group is its
  // own ("al-Qaeda's affiliate, the Nusra Front,"), also when named after its place ("al-Qaeda's branch in Syria, the
  // Nusra Front,")
  if (np.mention === undefined && !np.pronoun) {
    const part = partNounSet(lex).has(head) || anaphorGroupNounSet(lex).has(head);
    const owned = np.modifiers.some((m) => (m.kind === 'compound' || m.kind === 'possessor') && (m.mention ?? m.np?.mention) !== undefined);
    const isName = (x: NounPhrase) => x.mention !== undefined && mentions[local[x.mention]!]!.kind !== 'place';
    const named = part || !owned ? (np.appositions.find((x) => x.mention !== undefined) ?? (part ? np.pps.at(-1)?.objects.at(-1)?.appositions.find(isName) : undefined)) : undefined;
    if (named) return { mention: local[named.mention!]! };
  }
  // (a generic actor's men "of" a named group are that group: "militiamen of the Kessar Front", "troops from the
  // African Union", below)
  if (np.mention !== undefined && !(mentions[local[np.mention]!]!.rule === 'generic-actor' && (roleHeads(lex).has(head) || forceNounSet(lex).has(head)) && np.pps.some((pp) => pp.prep === 'of' || pp.prep === 'from'))) return { mention: local[np.mention]! };
  if (np.pronoun) return undefined;
  for (let k = 0; k < np.modifiers.length; k++) {
    const m = np.modifiers[k]!;
    const idx = m.mention ?? m.np?.mention;
    if ((m.kind === 'compound' || m.kind === 'possessor') && idx !== undefined) {
      // (a place that opens a name with a capitalised word after it names no party: "the Jazira Storm operation",
      // "the Euphrates Shield offensive")
      // (not a country before a model: "US B-2 bombers", "US MQ-1 Predator")
      const at = mentions[local[idx]!]!;
      if (m.kind === 'compound' && at.kind === 'place' && at.type !== 'country' && np.modifiers.slice(k + 1).some((x) => x.kind === 'compound' && x.mention === undefined && !x.np && /^\p{Lu}\p{Ll}+$/u.test(x.text))) continue;
      return { mention: local[idx]!, described: { start: np.start, end: np.end } };
    }
  }
  // what a party holds is that party's ("bombarded rebel-held areas", "shelled ISIS-controlled villages": a participle of
  // the lexicon's verb class `control` after the party), unless a name is the head ("ISIS-held Mosul" is Mosul) or
  // follows ("the rebel-held town of Maarat al-Numan" is the town)
  const namedPlace = headKeys(np).some((k) => targetNouns(lex).places.has(k)) && np.pps.some((x) => x.prep === 'of' && x.objects.some((o) => o.mention !== undefined && mentions[local[o.mention]!]!.kind === 'place'));
  if (np.mention === undefined && !namedPlace) {
    const held = np.modifiers.find((m) => m.kind === 'participle' && m.mention !== undefined && m.lemma !== undefined && (controls(lex).has(m.lemma) || usesSite(lex).has(m.lemma)));
    if (held) return { mention: local[held.mention!]!, described: { start: np.start, end: np.end }, held: true };
  }
  // a force's bare men right after its bracketed acronym are that force ("Somali National Army (SNA) troops": the
  // bracket split the phrase)
  if (np.mention === undefined && !np.det && !np.modifiers.length && (forceNounSet(lex).has(head) || combatantNounSet().has(head))) {
    const acronym = local.find((i) => mentions[i]!.end + 2 === np.start && (mentions[i]!.kind === 'force' || mentions[i]!.kind === 'actor') && mentions[i]!.type !== 'person' && local.some((j) => mentions[j]!.end + 2 === mentions[i]!.start));
    if (acronym !== undefined) return { mention: acronym, described: { start: mentions[acronym]!.start, end: np.end } };
  }
  // the support of a party is that party ("relies on the support of X", "with the backing of X": lexicon aidNouns)
  if (np.mention === undefined && aidNounSet(lex).has(head)) {
    const of = np.pps.find((x) => (x.prep === 'of' || x.prep === 'from') && x.attach === 'noun');
    const o = of?.objects.find((x) => x.mention !== undefined && (mentions[local[x.mention]!]!.kind !== 'place' || mentions[local[x.mention]!]!.type === 'country'));
    if (o) return { mention: local[o.mention!]! };
  }
  // a force's posts are that force ("shelled positions of the Congolese army", "the bases of the militia": isPost), and
  // so are a party's vehicles and craft ("a vehicle of the District Reserve Guard"; lexicon materielNouns)
  if (isPost(np.head.text, lex) || materielNounSet(lex).has(head)) {
    for (const pp of np.pps) {
      if (pp.prep !== 'of' || pp.attach !== 'noun') continue;
      const o = pp.objects.find((x) => x.mention !== undefined);
      // (the evidence spans the whole phrase, the force's name with it: "a patrol of the National Guard")
      if (o) return { mention: local[o.mention!]!, described: { start: np.start, end: Math.max(np.end, o.end) } };
    }
  }
  // a group's members are that group ("three members of the Tarvan Front", "a commander of the militia", "fighters of
  // the army"; lexicon roles.json, either kind of role, singular or plural); not a place's people ("residents of X")
  // (a noun before the role makes them others: "the family members of X")
  // (or "from" a group: "fighters from the Tarvan Front"; not from a place, "fighters from Chad")
  // (and a group's parts: "factions of the Syrian National Army", "a unit of the army"; lexicon partNouns)
  // (and its forces: "Forces of the Southern Transitional Council", "troops of the Kessar Front"; lexicon forceNouns)
  if ((roleHeads(lex).has(head) || partHeads(lex).has(head) || forceNounSet(lex).has(head)) && !np.modifiers.some((m) => m.kind === 'compound')) {
    for (const pp of np.pps) {
      if ((pp.prep !== 'of' && pp.prep !== 'from') || pp.attach !== 'noun') continue;
      // (or a group noun with the name before it: "fighters from the Islamic State group", "members of the Kessar
      // militia": a noun of armed men who are no state's too)
      const groupNoun = (x: NounPhrase) => anaphorGroupNounSet(lex).has(x.head.text.toLowerCase()) || combatantNounSet().has(x.head.text.toLowerCase());
      const o = pp.objects.find((x) => x.mention !== undefined) ?? pp.objects.find((x) => groupNoun(x) && x.modifiers.some((m) => m.kind === 'compound' && m.mention !== undefined));
      if (o) {
        const m = o.mention !== undefined ? local[o.mention]! : local[o.modifiers.find((x) => x.kind === 'compound' && x.mention !== undefined)!.mention!]!;
        const k = mentions[m]!;
        // (the evidence spans the whole phrase, the group's name with it: "Rebels of the Arakan Army")
        if (k.kind !== 'place' && k.kind !== 'camp' && k.type !== 'person') return { mention: m, described: { start: np.start, end: Math.max(np.end, o.end) }, ...(roleHeads(lex).has(head) ? { people: true } : {}) };
        break;
      }
      break;
    }
  }
  if (np.mention !== undefined) return { mention: local[np.mention]! };
  // a band of people is those people ("a group of armed men", "a band of gunmen": an indefinite group noun, lexicon
  // anaphorGroupNouns, and "of" a party that is no place; not "the group of X", which may name a body of X's)
  if ((np.det === 'a' || np.det === 'an') && anaphorGroupNounSet(lex).has(head)) {
    const of = np.pps.find((x) => x.prep === 'of' && x.attach === 'noun');
    const o = of?.objects.find((x) => x.mention !== undefined);
    const k = o && mentions[local[o.mention!]!]!;
    if (o && k && k.kind !== 'place' && k.kind !== 'camp' && k.type !== 'person') return { mention: local[o.mention!]!, described: { start: np.start, end: Math.max(np.end, o.end) } };
  }
  // a count of a group's people is that group ("two of its fighters", "dozens of the army's soldiers"): the group as
  // the possessor ("its", "their" or a name; not "her relatives", nor a compound: "four of the Tigris bridges")
  // (the head is the phrase's count, as the clause reader reads it: "two", "12", "dozens")
  if (np.quantity && np.head.start >= np.quantity.start && np.head.end <= np.quantity.end) {
    for (const pp of np.pps) {
      if (pp.prep !== 'of' || pp.attach !== 'noun') continue;
      for (const o of pp.objects) {
        // a count of a named party's people is that party ("two of the Kessar Brigades", "several of its factions"; not
        // of a place: "most of Syria")
        if (o.mention !== undefined) {
          const m = mentions[local[o.mention]!]!;
          if (m.kind !== 'place' && m.kind !== 'camp' && m.type !== 'person') return { mention: local[o.mention]!, described: { start: np.start, end: o.end } };
          continue;
        }
        // (people or things counted in the plural: "most of Syria's second city" is no group)
        if (!PLURAL_HEAD.test(o.head.text)) continue;
        // (a resolved "its" reads as a mention before the noun)
        const owner = o.modifiers.find((m) => (m.mention ?? m.np?.mention) !== undefined && (m.kind === 'possessor' ? !PERSONAL_POSSESSIVE.test(m.text) : m.kind === 'compound' && GROUP_POSSESSIVE.test(m.text)));
        if (owner) return { mention: local[(owner.mention ?? owner.np?.mention)!]!, described: { start: np.start, end: np.end } };
      }
    }
  }
  // a part of a place is that place where a deed is done to it ("withdrew from large parts of X", "shelled the outskirts
  // of X"; lexicon placePartNouns)
  if (placePartNounSet(lex).has(head)) {
    const of = np.pps.find((x) => x.prep === 'of' && x.attach === 'noun');
    const o = of?.objects.find((x) => x.mention !== undefined && mentions[local[x.mention]!]!.kind === 'place');
    if (o) return { mention: local[o.mention!]!, described: { start: np.start, end: Math.max(np.end, o.end) } };
  }
  return undefined;
}
/** The lexicon's nouns of custody ("detention", "custody"). */
const custodyNounSet = memoByLexicon((lex): ReadonlySet<string> => new Set(lex.words.custodyNouns));
/** The lexicon's nouns of aid ("support", "backing", "funding"). */
const aidNounSet = memoByLexicon((lex): ReadonlySet<string> => new Set(lex.words.aidNouns));
/** The lexicon's nouns of a group's parts ("branch", "wing", "affiliate"). */
const partNounSet = memoByLexicon((lex): ReadonlySet<string> => new Set(lex.words.partNouns));
/** The lexicon's part nouns and their plurals ("faction", "factions", "units"). */
const partHeads = memoByLexicon((lex): ReadonlySet<string> => new Set(lex.words.partNouns.flatMap((w) => [w, pluralize(w)])));
/** The lexicon's group nouns that follow a group's name ("the Islamic State group"), lower case. */
/** The role nouns of roles.json and their plurals ("members", "commander"): what a group's people are called. */
// (and the nouns of armed men, with their plurals: "paramilitaries of the RSF", "militiamen of the Kessar Front")
const roleHeads = memoByLexicon((lex) => new Set([...[...lex.roles.member, ...lex.roles.leads].filter((r) => !/\s/.test(r)).flatMap((r) => [r, pluralize(r)]), ...combatantNounSet()]));
/** A phrase of armed people, or one with them in its phrases ("special forces", "the deployment of troops"): people sent, no aid. */
function peopleSent(np: NounPhrase, lex: Lexicon): boolean {
  const head = np.head.text.toLowerCase();
  return forceNounSet(lex).has(head) || combatantNounSet().has(head) || np.pps.some((x) => x.objects.some((o) => peopleSent(o, lex)));
}
/** Reflexive pronouns: the doer again. */
const REFLEXIVE = /^(?:himself|herself|itself|themselves|themself)$/i;
/** A plural head ("fighters", "men", "personnel"). */
const PLURAL_HEAD = /(?:[^s]s|men|people|personnel|police)$/i;
/** Possessives of one person: what "two of her relatives" counts is no group of hers. */
const PERSONAL_POSSESSIVE = /^(?:his|her|my|your)$/i;
/** A group's possessives, and a name's ("the SDF's"). */
const GROUP_POSSESSIVE = /^(?:its|their)$|['’]s?$/i;

/**
 * A generic actor's node for a further country of a list ("police in Kenya and Uganda": Uganda's police, its span
 * reaching "Uganda"; ./actors.ts): the index of the first country's mention (a generic actor starting at the same
 * place, shorter), else undefined. Mentions are sorted by start, longer first.
 */
function conjunctOf(mentions: readonly RawMention[], i: number, last: number): number | undefined {
  const m = mentions[i]!;
  if (m.rule !== 'generic-actor') return undefined;
  let own: number | undefined;
  for (let j = i + 1; j < last && mentions[j]!.start === m.start; j++) if (listedCountryNode(m, mentions[j]!)) own = j;
  return own;
}

/** The ends with the further countries' nodes of a generic actor added after each first one ("police in Kenya and Uganda"). */
function withConjuncts(ends: End[], mentions: readonly RawMention[], first: number, last: number): End[] {
  if (!ends.some((e) => !e.described && mentions[e.mention]!.rule === 'generic-actor')) return ends;
  const out: End[] = [];
  const seen = new Set<number>();
  const add = (e: End) => {
    if (seen.has(e.mention)) return;
    seen.add(e.mention);
    out.push(e);
  };
  for (const e of ends) {
    add(e);
    const m = mentions[e.mention]!;
    if (e.described || m.rule !== 'generic-actor') continue;
    // (the further ones come before it: same start, longer)
    const further: number[] = [];
    for (let j = e.mention - 1; j >= first && mentions[j]!.start === m.start; j--) if (conjunctOf(mentions, j, last) === e.mention) further.push(j);
    for (const j of further) add({ mention: j });
  }
  return out.length === ends.length ? ends : out;
}

/**
 * Place ends with the places joined to them by "and" ("shelled positions in Dhiban and Hajin": Hajin too, which the
 * phrase's reading of one place left out); mentions before index `last` (the sentence's end).
 */
function withPlaceConjuncts(ends: End[], mentions: readonly RawMention[], last: number, text: string): End[] {
  let out = ends;
  for (const e of ends) {
    const m = mentions[e.mention]!;
    if (m.kind !== 'place') continue;
    let j = e.mention + 1;
    while (j < last && mentions[j]!.start < m.end) j++;
    const next = j < last ? mentions[j]! : undefined;
    // (not a possessor: "convoys of Syria and Lebanon's Hezbollah")
    if (!next || next.kind !== 'place' || next.type !== m.type || !AND_BETWEEN.test(text.slice(m.end, next.start)) || /^['’]/.test(text.slice(next.end, next.end + 1)) || out.some((x) => x.mention === j)) continue;
    out = [...out, e.described ? { mention: j, described: e.described } : { mention: j }];
  }
  return out;
}
/** "and" between two names, after a comma or not. */
const AND_BETWEEN = /^,?\s+and\s+$/;

/** A generic actor named by its weapons or aircraft ("Russian missiles": ./actors.ts). */
const isHardware = (m: RawMention) => m.rule === 'generic-actor' && hardwareHeads().has(m.text.toLowerCase().split(/\s+/).pop()!);
/** A generic actor named by its attacks ("Russian air strikes": ./actors.ts): it attacks, it allies with nobody. */
const isAttackActor = (m: RawMention, lex: Lexicon) => m.rule === 'generic-actor' && attackNouns(lex).has(m.text.toLowerCase().split(/\s+/).pop()!.replace(/s$/, ''));

/** A deverbal noun naming a purpose ("recruitment", "interrogation", "extortion"). */
const PURPOSE_NOUN = /(?:ment|tion|sion)s?$/i;

/**
 * Is end `e` a force or armed group named by one of its posts ("an army base", "the positions of the militia": isPost),
 * in the words that describe it or in its own mention ("a junta base": generic actors name the forces by their post)?
 */
function heldPost(text: string, e: End, mentions: readonly RawMention[], lex: Lexicon): boolean {
  const at = mentions[e.mention]!;
  if (at.kind !== 'force' && at.type !== 'armed_group') return false;
  const words = e.described ? text.slice(e.described.start, e.described.end) : at.rule === 'generic-actor' ? at.text : '';
  return (words.match(/\p{L}+/gu) ?? []).some((w) => isPost(w, lex));
}
/** Verbs of taking a place or storming it (lexicon classes seize, retake, attack): what takes a force's post from it. */
const takesPosts = memoByLexicon((lex) => new Set(['seize', 'retake', 'attack'].flatMap((c) => verbClass(c, lex).verbs.filter((v) => !/\s/.test(v)))));
/** Two mentions of one entity: the same words, or one refers to the other ("their" after "Iraqi forces"). */
const sameEntity = (x: RawMention, y: RawMention) =>
  x.text.toLowerCase() === y.text.toLowerCase() || (!!y.refersTo && y.refersTo.start === x.start && y.refersTo.end === x.end) || (!!x.refersTo && x.refersTo.start === y.start && x.refersTo.end === y.end);
/** A lexicon verb class's verbs, lower case, once per lexicon. */
function classVerbSet(name: string): (lex: Lexicon) => ReadonlySet<string> {
  return memoByLexicon((lex): ReadonlySet<string> => new Set(verbClass(name, lex).verbs.map((v) => v.toLowerCase())));
}
/** The first words of all the forms of a lexicon verb class's verbs ("came" for "come under"): what a pre-test scans tokens for. */
function formFirstWords(name: string): (lex: Lexicon) => ReadonlySet<string> {
  return memoByLexicon((lex): ReadonlySet<string> => new Set(classForms(name, ['base', 's', 'past', 'pp', 'ing'], lex).map((f) => f.split(/\s+/)[0]!.toLowerCase())));
}
/** The first words of the forms of the verbs of receiving fire ("came", "faced"): the events pre-test's. */
const receivingForms = formFirstWords('come-under');
/** Forms of the light verbs of an act done to what follows "to" (lexicon class `lay-to`: "laid", "sets"). */
const layingForms = formFirstWords('lay-to');
/** Forms of the verbs of harm done to the object of "on" (lexicon class `inflict-on`: "inflicted"). */
const inflictingForms = formFirstWords('inflict-on');
/** Verbs of entering a fight (lexicon class `join-fight`: "joined the war"). */
const joinsFight = classVerbSet('join-fight');
/** Verbs of giving up a place (lexicon class `cede`: "handed over", "ceded"). */
const cedes = classVerbSet('cede');
/** Verbs of running into a device (lexicon class `run-into`: "hit", "struck", "stepped on"). */
const runsInto = classVerbSet('run-into');
/** Heads of a device a vehicle or person may run into (lexicon deviceNouns: "a landmine", "a roadside bomb"), singular and plural. */
const deviceHeads = memoByLexicon((lex): ReadonlySet<string> => new Set(lex.words.deviceNouns.flatMap((w) => [w, pluralize(w)].map((x) => x.toLowerCase()))));
const isDevice = (np: NounPhrase, lex: Lexicon): boolean => deviceHeads(lex).has(np.head.text.toLowerCase());
/** Verbs of placing or firing a weapon (lexicon class `place-weapon`: "planted", "fired"). */
const placesWeapon = classVerbSet('place-weapon');
/** Verbs of controlling a place (lexicon class `control`: "held", "controlled"). */
const controls = classVerbSet('control');
/** Verbs of using or running a site (lexicon class `use-site`: "sites used by X"). */
const usesSite = classVerbSet('use-site');
/** Verbs of what happened to a casualty (lexicon class `wound`: "was killed in"). */
const wounds = classVerbSet('wound');
const chargesLegally = classVerbSet('charge-legally');
const repels = classVerbSet('repel');
const withdraws = classVerbSet('withdraw');
/** Verbs of beginning or going on with a deed (lexicon class go-on: "continued to clash"): the deed under them is done. */
const goesOnWith = classVerbSet('go-on');
/** Verbs of running from a place (lexicon class flee): a withdrawal of armed men. */
const flees = classVerbSet('flee');
/** Verbs of where a force is kept (lexicon class station: "stationed in", "deployed in"). */
const stations = classVerbSet('station');
/** Verbs of seeing or recording a deed as it is done (lexicon class perceive: "seen fighting", "filmed shelling"). */
const perceives = classVerbSet('perceive');
/** Verbs of armed men going into a place (lexicon class `enter`: "entered X", "advanced into X"), as [verb, particle]. */
const entering = memoByLexicon((lex): ReadonlyArray<readonly [string, string | undefined]> => verbClass('enter', lex).verbs.map((v) => {
  const [verb, prep] = v.toLowerCase().split(/\s+/);
  return [verb!, prep] as const;
}));
/** Subordinators of time: a clause under one happens beside its main clause ("after the troops pulled out"). */
const TIME_SUBORDINATORS: ReadonlySet<string> = new Set(['after', 'as', 'when', 'once', 'before', 'while']);
/** The subordinators of a deed that harmed those its main clause tells of ("were killed when X ..."): at that time. */
const HARM_SUBORDINATORS: ReadonlySet<string> = new Set(['as', 'when', 'while']);
/** What happened to casualties ("was killed", "were wounded") and dying (lexicon classes wound, die). */
const woundVerbs = classVerbSet('wound');
const dieVerbs = classVerbSet('die');
/** The nouns of fighting between two sides, and their plurals (lexicon conflictNouns: "clashes", "fighting"). */
const conflictNounSet = memoByLexicon((lex) => new Set(lex.words.conflictNouns.flatMap((w) => [w, pluralize(w)])));
// (or a phrase of them with "of": "an exchange of fire")
const conflictNoun = (np: NounPhrase, lex: Lexicon) => {
  const set = conflictNounSet(lex);
  const head = np.head.text.toLowerCase();
  return set.has(head) || np.pps.some((pp) => pp.prep === 'of' && pp.objects.length > 0 && set.has(`${head} of ${pp.objects[0]!.head.text.toLowerCase()}`));
};
/** The first words of the forms of the verbs of giving up a place ("handed", "ceded"): the events pre-test's. */
const cedingForms = formFirstWords('cede');
/** The forms of the verbs of recruiting (lexicon class `recruit`), which no CAMEO code reads. */
const recruitingForms = formFirstWords('recruit');
/** Verbs of receiving fire (lexicon class `come-under`: "came under", "faced"). */
const comesUnder = classVerbSet('come-under');
/** Means of violent repression (lexicon `repressionMeans`): "tear gas", "live ammunition". */
const repressionMeans = memoByLexicon((lex) => new RegExp(`(?<![\\p{L}])(?:${lex.words.repressionMeans.join('|')})(?![\\p{L}])`, 'iu'));
/** The nouns of what two sides fight over (lexicon `contestNouns`). */
const contestNouns = memoByLexicon((lex) => new Set(lex.words.contestNouns));
/** A clause fought "for" what two sides fight over ("for control of the town"). */
const contested = (c: Clause, lex: Lexicon) => c.pps.some((x) => x.prep === 'for' && x.objects.some((o) => contestNouns(lex).has(o.head.text.toLowerCase())));
/** Verbs whose parties, named together, act on each other (lexicon verb class `reciprocal`). */
const reciprocal = classVerbSet('reciprocal');

const attackNouns = memoByLexicon((lex) => new Set(lex.words.attackNouns.map((w) => w.toLowerCase())));

/** A phrase whose head names an attack ("a Taliban attack", "the assault": lexicon words.attackNouns), not its target. */
const isAttackNoun = (np: NounPhrase, lex: Lexicon) => np.mention === undefined && headKeys(np).some((k) => attackNouns(lex).has(k));
const campaignNouns = memoByLexicon((lex) => new Set(lex.words.campaignNouns.map((w) => w.toLowerCase())));
/** A phrase whose head names an armed campaign ("an insurgency", "a war": lexicon words.campaignNouns). */
const isCampaignNoun = (np: NounPhrase, lex: Lexicon) => np.mention === undefined && headKeys(np).some((k) => campaignNouns(lex).has(k));
/** Light verbs that carry out an attack named by their object (lexicon verb class `launch`), with particles ("carry out"). */
/** The lexicon's ally nouns and their plurals ("ally", "allies", "partners"). */
const allyHeads = memoByLexicon((lex): ReadonlySet<string> => new Set(lex.words.allyNouns.flatMap((n) => [n.toLowerCase(), pluralize(n.toLowerCase())])));
const launches = classVerbSet('launch');
const dominates = classVerbSet('dominate');
const holds = classVerbSet('hold');
const retakes = classVerbSet('retake');
const laysTo = classVerbSet('lay-to');
const inflictsOn = classVerbSet('inflict-on');
const onTargetHarms = memoByLexicon((lex): ReadonlySet<string> => new Set(lex.words.onTargetHarms));
const leadsVerb = classVerbSet('lead');
const escorts = classVerbSet('escort');
const tellsDone = classVerbSet('tell-done');
const deploys = classVerbSet('deploy');
const aidsSent = classVerbSet('aid-sent');
const foundsBody = classVerbSet('found-body');
const recruitsVerb = classVerbSet('recruit');
/** Verbs of using a weapon (lexicon class `use-weapon`: "used", "fired", "launched"): their weapon object is no target. */
const allianceNouns = memoByLexicon((lex) => new Set(lex.words.allianceNouns.flatMap((w) => [w, pluralize(w)])));
const usesWeapon = classVerbSet('use-weapon');
const fights = classVerbSet('fight');
const pursues = classVerbSet('pursue');
const dies = classVerbSet('die');
/** CAMEO verb blocks whose verb alone (no pattern) codes cooperation that is no alliance between the two ends. */
const NO_ALLIANCE_BLOCKS: ReadonlySet<string> = new Set(['OVERSEE_MANAGE']);
/**
 * ", with" and a phrase that does something, an absolute construction ("continued its assault, with Iraqi forces
 * retaking the town"): what the phrase does is told beside the clause; it is no party the clause's verb acts with or
 * against.
 */
function absoluteWith(pp: PrepPhrase, reading: Reading, text: string): boolean {
  // (after a comma: "clashed with troops manning checkpoints" names whom they clashed with)
  return pp.prep === 'with' && /,\s*$/.test(text.slice(Math.max(0, pp.prepSpan.start - 3), pp.prepSpan.start)) && pp.objects.some((np) => reading.clauses.some((c) => c.link === 'relative' && c.verb.form === 'gerund' && c.subject.includes(np)));
}
/** A possessive pronoun of a party ("its", "their"). */
const POSSESSIVE_PRONOUN = /^(?:its|their|his|her)$/i;
/** The verb an attack noun stands for. */
const ATTACK_VERB = 'attack';
/** CAMEO's code for fighting beside someone ("FIGHT * ALONGSIDE": cooperate militarily). */
const FIGHT_BESIDE = '062';

/**
 * "claimed responsibility for the attack": verbs of lexicon class `claim` (their forms, for the pre-test of a sentence
 * with one mention) and what is claimed (lexicon words.claimNouns).
 */
const claims = memoByLexicon((lex) => {
  const lemmas = new Set(verbClass('claim', lex).verbs.map((v) => v.toLowerCase()));
  // (the verbs of doing a told attack, class carry-out, claim it too: their first words' forms, for the pre-tests)
  const doing = new Set(verbClass('carry-out', lex).verbs.map((v) => v.toLowerCase()));
  const forms = new Set([...lemmas, ...[...doing].map((v) => v.split(' ')[0]!)].flatMap((v) => Object.values(inflect(v, lex.inflections)).flat().map((x) => x.toLowerCase())));
  return { lemmas, doing, forms, nouns: new Set(lex.words.claimNouns.map((w) => w.toLowerCase())) };
});
/** Determiners that point back to something told before ("the attack", "this bombing"). */
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those']);

/**
 * The attack a clause claims, when it points back to one told before: "X claimed responsibility for the attack" (a
 * definite attack noun with no place or party of its own: "the attack on the convoy" names its target, and the rules
 * read it). Its phrase, or undefined.
 */
function claimedAttack(c: Clause, reading: Reading, lex: Lexicon): NounPhrase | undefined {
  const cl = claims(lex);
  const told = (o: NounPhrase) => isAttackNoun(o, lex) && (DEFINITE.has(o.det ?? '') || o.modifiers.some((m) => m.kind === 'possessor')) && !o.pps.some((x) => x.objects.some((y) => y.mention !== undefined));
  // (a claim verb's attack may also be told right there, by a relative clause on it: "claimed a bombing that killed X")
  const claimedHere = (o: NounPhrase) => told(o) || (isAttackNoun(o, lex) && o.relatives.length > 0 && !o.pps.some((x) => x.objects.some((y) => y.mention !== undefined)));
  // "X said it carried out the attack": doing an attack told before (class carry-out) claims it (the reader may take a
  // phrasal verb's particle for a preposition: "carry | out the attack")
  if (c.verb.voice === 'active' && !c.verb.negated && !c.verb.hedged) {
    const phrasal = c.verb.particle ? undefined : c.pps.find((x) => cl.doing.has(`${c.verb.lemma} ${x.prep}`));
    // (not an attack that names its target, on the noun or the verb: "carried out the attack on a market")
    if ((phrasal || cl.doing.has(c.verb.particle ? `${c.verb.lemma} ${c.verb.particle}` : c.verb.lemma)) && !c.pps.some((x) => TARGET_PREPS.has(x.prep)))
      return (phrasal?.objects ?? c.objects).find((np) => np.mention === undefined && told(np) && !np.pps.some((x) => TARGET_PREPS.has(x.prep) || x.prep === 'of'));
  }
  if (!claimsAttack(c, lex)) return undefined;
  // "claimed responsibility for the attack in a message posted online": a claim verb is a speech verb too, and the
  // reader may take the participle for the verb of what was said, the claimed noun for its subject
  const objects = c.objects.length ? c.objects : reading.clauses.filter((x) => x.parent === c.id && x.link === 'complement').flatMap((x) => x.subject);
  const what = objects.find((np) => np.mention === undefined && cl.nouns.has(np.head.text.toLowerCase()));
  // (or the attack itself claimed, told before: "X claimed the assault"; not one whose target it names, "claimed the
  // bombing of X", which the nominal reading takes)
  if (!what) return c.objects.find((np) => np.mention === undefined && claimedHere(np) && !np.pps.some((x) => x.prep === 'of' || x.prep === 'on' || x.prep === 'against' || x.prep === 'at'));
  const fors = [...what.pps, ...c.pps].filter((pp) => pp.prep === 'for');
  for (const pp of fors) {
    const noun = pp.objects.find(claimedHere);
    if (noun) return noun;
  }
  // (a bare claim, "ISWAP claimed responsibility": of the attack told last, in its sentence or the one before)
  return fors.length ? undefined : what;
}


/** The nouns a target phrase may be read through: place descriptions ("the town of X") and facilities ("a checkpoint"). */
const targetNouns = memoByLexicon((lex) => ({
  places: new Set([...lex.words.descriptions.city, ...lex.words.descriptions.region, ...lex.words.descriptions.country].map((w) => w.toLowerCase())),
  facilities: new Set(lex.words.facilityNouns.map((w) => w.toLowerCase())),
}));

/** The head words of a phrase, lower case, last one or two ("police station"). */
function headKeys(np: NounPhrase): string[] {
  const words = np.text.slice(0, np.head.end - np.start).toLowerCase().split(/\s+/);
  // (singular as the dictionary writes it: "facilities" -> facility, "positions" -> position)
  const forms = headForms(words[words.length - 1]!);
  return words.length > 1 ? [...forms.map((f) => `${words[words.length - 2]} ${f}`), ...forms] : forms;
}

/**
 * A target phrase that is no mention but says where: "the town of Bunagana" is Bunagana; "a checkpoint outside
 * Mogadishu", "a police station" (in the clause's place) is a described end of that place (the facility is the
 * `described` span). Undefined when the phrase is neither or no place is named.
 */
function placeEnd(np: NounPhrase, local: readonly number[], mentions: readonly RawMention[], lex: Lexicon, clausePlace: number | undefined, hit = false, seized = false): End | undefined {
  if (np.mention !== undefined || np.pronoun) return undefined;
  const nouns = targetNouns(lex);
  const keys = headKeys(np);
  const placeIn = (pps: readonly PrepPhrase[], preps: ReadonlySet<string>) => {
    for (const pp of pps) {
      if (!preps.has(pp.prep)) continue;
      for (const o of pp.objects) {
        const i = o.mention !== undefined ? local[o.mention] : undefined;
        if (i !== undefined && mentions[i]!.kind === 'place') return i;
      }
    }
    return undefined;
  };
  // (singular or plural: "the town of X", "residential districts of X"; a plural's "of" right after it, not "villages
  // north of X", which are not X)
  if ((np.head.pos === 'NN' || np.head.pos === 'NNS') && keys.some((k) => nouns.places.has(k))) {
    const i = placeIn(np.head.pos === 'NN' ? np.pps : np.pps.filter((x) => x.start <= np.head.end + 1), OF);
    if (i !== undefined) return { mention: i };
    // (towns "in" a place are in it, the place an attack hits, `hit`: "bombed towns in Idlib", "shelled villages in the
    // X countryside"; described by the phrase; never what is taken or left, "captured villages in X" took no X)
    // (the clause's own place when the phrase names none: "bombed towns in Idlib" attaches "in Idlib" to the verb)
    const inside = !hit ? undefined : (placeIn(np.pps.filter((x) => x.start <= np.head.end + 1), IN) ?? (np.head.pos === 'NNS' && !np.pps.length ? clausePlace : undefined));
    if (inside !== undefined) return { mention: inside, described: { start: np.start, end: np.end } };
  }
  // (a vehicle or craft seized takes no place: "seized 20 trucks in X"; lexicon materielNouns)
  if (keys.some((k) => nouns.facilities.has(k)) && !(seized && keys.some((k) => materielNounSet(lex).has(k)))) {
    const i = placeIn(np.pps, PLACE_PREPS) ?? clausePlace;
    // (a facility seized in a country seizes no country: "In Mali, rebels captured the base"; one left there is a
    // withdrawal from it, "withdrew from its bases in Syria")
    if (i !== undefined && !(seized && mentions[i]!.type === 'country')) return { mention: i, described: { start: np.start, end: np.end } };
  }
  return undefined;
}
const OF: ReadonlySet<string> = new Set(['of']);
const IN: ReadonlySet<string> = new Set(['in']);

/** The place a clause names: the first location phrase with a place mention (on the verb, or on its patients). */
function placeOf(c: Clause, local: readonly number[], mentions: readonly RawMention[]): number | undefined {
  // the verb's own phrases after it, then its objects', then a phrase fronted before the subject ("In Haiti, gangs
  // attacked two prisons in Port-au-Prince": Port-au-Prince), then the subject's
  const after = c.pps.filter((pp) => pp.start >= c.verb.start);
  const before = c.pps.filter((pp) => pp.start < c.verb.start);
  // (and, before a fronted one, the phrases of what the event happened during: "In Syria, the SDF detained 23 men during
  // a security operation in X": X)
  const during = c.pps.filter((pp) => DURING.has(pp.prep)).flatMap((pp) => pp.objects.flatMap((np) => np.pps));
  const pps = [...after, ...c.objects.flatMap((np) => np.pps), ...during, ...before, ...c.subject.flatMap((np) => np.pps)];
  for (const pp of pps) {
    if (!PLACE_PREPS.has(pp.prep)) continue;
    for (const o of pp.objects) {
      const cands = [o, ...o.pps.filter((x) => x.prep === 'of').flatMap((x) => x.objects)];
      for (const np of cands) {
        const i = np.mention !== undefined ? local[np.mention] : undefined;
        // (a camp too: "detained 23 men in al-Hol camp")
        if (i !== undefined && (mentions[i]!.kind === 'place' || mentions[i]!.kind === 'camp')) return i;
      }
    }
  }
  return undefined;
}

/** How deep the target search goes into prepositional phrases of prepositional objects. */
const MAX_PP_DEPTH = 3;

/**
 * The objects of the first prepositional phrase (breadth first, through the phrases of "of" objects and of
 * other objects: "a resumption of formal ties with Gondor") whose preposition may name an event's other party
 * and which names an actor.
 */
function firstActorPP(pps: readonly PrepPhrase[], actor: (np: NounPhrase) => boolean, anyPrep = false): NounPhrase[] | undefined {
  let level: readonly PrepPhrase[] = pps;
  for (let d = 0; d < MAX_PP_DEPTH && level.length; d++) {
    const hit = level.find((x) => (anyPrep ? x.prep !== 'by' : ACTOR_PREPS.has(x.prep)) && x.objects.some(actor));
    if (hit) return hit.objects.filter(actor);
    level = level.flatMap((x) => x.objects.flatMap((o) => o.pps));
  }
  return undefined;
}

/** Nouns of a side taken, and the side prepositions (lexicon words). */
const sideWords = memoByLexicon((lex) => ({ nouns: new Set(lex.words.sideNouns), preps: new Set(lex.words.sidePrepositions) }));

/**
 * The phrases a prepositional phrase names as company, not as the other side, of a verb of fighting: the object of
 * a side preposition ("fought alongside X", "fought under X"), of "on behalf of", the possessor of a side ("fought
 * on X's side", "on his side": the phrase itself, whose possessor is the end) or its "of" ("on the side of X"),
 * and of "with" when the clause names its enemy after it ("fought with X against Y"); undefined when the phrase is
 * not one of these.
 */
function companyOf(pp: PrepPhrase, pps: readonly PrepPhrase[], lex: Lexicon): readonly NounPhrase[] | undefined {
  const { nouns, preps } = sideWords(lex);
  if (preps.has(pp.prep) || (pp.prep === 'with' && pps.some((x) => x.prep === 'against' && x.start >= pp.end))) return pp.objects;
  const words = pp.prep.split(' ');
  if (words.length === 3 && words[0] === 'on' && words[2] === 'of' && nouns.has(words[1]!)) return pp.objects;
  if (pp.prep !== 'on' || pp.objects.length !== 1) return undefined;
  const side = pp.objects[0]!;
  if (side.mention !== undefined || !nouns.has(side.head.text.toLowerCase())) return undefined;
  const of = side.pps.find((x) => x.prep === 'of');
  if (of) return of.objects;
  return side.modifiers.some((m) => m.kind === 'possessor' || (m.kind === 'compound' && m.mention !== undefined)) ? [side] : undefined;
}

/**
 * Who a passive relative clause on an attack noun says did it: the agent of a verb of claiming ("an attack claimed by
 * X"), or the object of "on" or "to" after a verb of blaming (lexicon class accuse: "an attack blamed on X",
 * "attributed to X"; `blamed`: a reported deed).
 */
function attributedDoers(noun: NounPhrase, reading: Reading, lex: Lexicon): { doers: NounPhrase[]; blamed: boolean } {
  for (const id of noun.relatives) {
    const rc = reading.clauses.find((x) => x.id === id);
    if (!rc || rc.subjectFrom !== 'relative' || rc.verb.voice !== 'passive' || rc.verb.negated) continue;
    if (claims(lex).lemmas.has(rc.verb.lemma) && rc.agent.length) return { doers: [...rc.agent], blamed: false };
    // (or done by its doer: "a drone strike carried out by X", "an attack staged by Y"; lexicon class carry-out)
    if (rc.agent.length && carriesOut(lex).has(rc.verb.particle ? `${rc.verb.lemma} ${rc.verb.particle}` : rc.verb.lemma)) return { doers: [...rc.agent], blamed: false };
    if (accuses(lex).has(rc.verb.lemma)) {
      const on = rc.pps.find((x) => x.prep === 'on' || x.prep === 'to');
      if (on) return { doers: [...on.objects], blamed: true };
    }
  }
  return { doers: [], blamed: false };
}
/** The verbs of doing an attack (lexicon class carry-out: "carry out", "stage", "conduct"), lower case. */
const carriesOut = memoByLexicon((lex): ReadonlySet<string> => new Set(verbClass('carry-out', lex).verbs.map((v) => v.toLowerCase())));
/** The lemmas of laying a deed on someone (lexicon class accuse). */
const reacts = classVerbSet('react');
const accuses = memoByLexicon((lex): ReadonlySet<string> => new Set(verbClass('accuse', lex).verbs.map((v) => v.toLowerCase())));

/**
 * The actors named by the active subject relative clauses of phrases that are no actor themselves ("a bus carrying
 * pilgrims" -> pilgrims; "the roads leading into X" -> X): the relative's objects, else the first actor of its
 * prepositional phrases. Negated relatives name nobody, passive ones only for the coder.
 */
function carriedBy(nps: readonly NounPhrase[], reading: Reading, actor: (np: NounPhrase) => boolean, lex: Lexicon, coder = false): NounPhrase[] {
  for (const np of nps) {
    if (actor(np)) continue;
    for (const id of np.relatives) {
      const rc = reading.clauses.find((x) => x.id === id);
      if (!rc || rc.subjectFrom !== 'relative' || rc.verb.negated) continue;
      // a passive relative names who made or runs the thing as often as who is in it ("a school built by the army"):
      // not in the graph; the coder's output, like PETRARCH, takes the first actor of the verb phrase ("welcomed memos
      // sent by X": X)
      // (but those who escort a convoy are on it: "ambushed a convoy escorted by the army" is an attack on the army;
      // lexicon class escort)
      if (rc.verb.voice === 'passive' && !coder && !escorts(lex).has(rc.verb.lemma)) continue;
      const named = rc.verb.voice === 'passive' ? rc.agent.filter(actor) : rc.objects.filter(actor);
      const hit = named.length ? named : firstActorPP(rc.pps, actor, coder);
      if (hit?.length) return hit;
    }
  }
  return [];
}

export interface EventPassInput {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  mentions: readonly RawMention[];
  ranges: ReadonlyArray<readonly [number, number]>;
  published?: string;
  /** Relations found before (the rules'): an attack claimed later in the article is read against them. */
  relations?: readonly RawRelation[];
}

/** A claim of an attack told before: the claim's sentence and clause start, its claimants, the attack's words. */
interface Claim {
  s: Sentence;
  at: number;
  sources: End[];
  noun: NounPhrase;
  /** The attack claimed must be told after this offset (an attack noun the claim takes as its object). */
  after?: number;
}

/** An attack told with a target and no doer: the target, the sentence and the clause's start, the event. */
interface Unclaimed {
  target: number;
  s: Sentence;
  at: number;
  event: EventInfo;
}

/** A sentence's date and casualties (./attributes.ts), read once for all its events. */
interface SentenceAttributes {
  date?: string;
  killed?: number;
  wounded?: number;
}

/** A sentence's words and their POS tags (the clause reader's input before the mentions). */
interface TaggedWords {
  words: SentenceWord[];
  tags: string[];
}

function tagSentence(text: string, s: Sentence, tokens?: readonly Token[]): TaggedWords {
  const words = sentenceWords(text, s.start, s.end, tokens);
  return { words, tags: posTagIn(text, words) };
}

/**
 * Does a word the tagger reads as a verb have one of `forms` (a hyphenated word by any of its parts: "re-took")?
 * The clause reader builds verb groups from verb tags only (clauses/chunk.ts), so a sentence whose event words are
 * all nouns or adjectives ("the Syrian armed forces", "on 8 March") gives no event clause: the pre-test after tagging.
 */
function verbFormIn({ words, tags }: TaggedWords, forms: ReadonlyArray<ReadonlySet<string>>): boolean {
  const has = (w: string) => forms.some((f) => f.has(w));
  for (let i = 0; i < words.length; i++) {
    // (or an irregular past the tagger read as an adjective or a noun, which the clause reader reads as a verb: "overran")
    if (!isVerbTag(tags[i]!) && !((tags[i] === 'JJ' || tags[i] === 'NN') && isIrregularClassPast(words[i]!.text.toLowerCase()))) continue;
    const w = words[i]!.text.toLowerCase();
    if (has(w)) return true;
    if (w.includes('-') && w.split('-').some(has)) return true;
  }
  return false;
}

/** A preposition of place, maybe with an article and a word of direction, right before a noun phrase. */
// (a look-behind, not "(?:^|[^\p{L}])": the same test, faster, as EVENT_PLACE_BEFORE in actors.ts)
const LOCATIVE_BEFORE = /(?<![\p{L}])(?:in|at|near|inside|across|within|throughout)\s+(?:the\s+)?(?:[\p{L}-]+\s+)?$/iu;

/** A double quotation mark as a token of its own. */
const QUOTE_MARK = /^["“”]$/;

/**
 * The words of a sentence without the marks of a scare quote, one to three words in quotation marks inside it ('had
 * "liberated" the town', 'the "special military operation"'): the words are read as if unquoted, the verb a verb.
 * Returns `tokens` itself when there is none.
 */
export function withoutScareQuotes<T extends { text: string }>(tokens: readonly T[]): readonly T[] {
  let drop: Set<number> | undefined;
  for (let i = 0; i < tokens.length; i++) {
    if (!QUOTE_MARK.test(tokens[i]!.text)) continue;
    let j = i + 1;
    while (j < tokens.length && j - i <= 4 && !QUOTE_MARK.test(tokens[j]!.text)) j++;
    if (j < tokens.length && j - i >= 2 && j - i <= 4 && QUOTE_MARK.test(tokens[j]!.text)) {
      (drop ??= new Set()).add(i).add(j);
      i = j;
    }
  }
  return drop ? tokens.filter((_, k) => !drop!.has(k)) : tokens;
}

/** Read one sentence's clauses (exported for tests and the eval's diagnostics). */
export function readSentence(
  text: string,
  s: Sentence,
  mentions: readonly RawMention[],
  first: number,
  last: number,
  lex: Lexicon,
  tokens?: readonly Token[],
  tagged: TaggedWords = tagSentence(text, s, tokens),
): { reading: Reading; local: number[] } {
  const { words, tags } = tagged;
  const local: number[] = [];
  const spans: Span[] = [];
  for (let i = first; i < last; i++) {
    const m = mentions[i]!;
    if (m.end <= m.start || m.start < s.start || m.end > s.end) continue;
    // the further countries' nodes of a generic actor ("police in Kenya and Uganda"): read through the first one's
    if (conjunctOf(mentions, i, last) !== undefined) continue;
    local.push(i);
    spans.push({ start: m.start, end: m.end });
  }
  const reading = readClauses(
    withoutScareQuotes(words.map((w, i) => ({ start: w.start, end: w.end, text: w.text, pos: tags[i]! }))),
    { mentions: spans },
  );
  // what a party holds after the noun is what it holds before it: "positions held by X" reads as "X-held positions"
  // (a passive relative of the lexicon's verb class `control` with a named agent; endOf reads the participle)
  // (a post or a place noun, what "X-held" modifies: not "the last point on the X Road that was held by ISIL", on the road)
  for (const np of reading.nounPhrases) {
    if (np.mention !== undefined || !np.relatives.length || np.pps.some((pp) => pp.objects.some((o) => o.mention !== undefined))) continue;
    // (or a facility used or run by the party: "three sites used by X", "a depot operated by X": verb class `use-site`)
    const facility = headKeys(np).some((k) => targetNouns(lex).facilities.has(k));
    // (or a part of a place: "air raids on areas held by X"; lexicon placePartNouns)
    if (!isPost(np.head.text, lex) && !facility && !headKeys(np).some((k) => targetNouns(lex).places.has(k) || placePartNounSet(lex).has(k))) continue;
    for (const id of np.relatives) {
      const rc = reading.clauses.find((x) => x.id === id);
      if (!rc || rc.subjectFrom !== 'relative' || rc.verb.voice !== 'passive' || rc.verb.negated || !(controls(lex).has(rc.verb.lemma) || (facility && usesSite(lex).has(rc.verb.lemma)))) continue;
      const agent = rc.agent.find((x) => x.mention !== undefined);
      if (!agent) continue;
      np.modifiers.push(modifierOf('participle', rc.verb.start, agent.end, text.slice(rc.verb.start, agent.end), agent.mention!, rc.verb.lemma, undefined));
      break;
    }
  }
  return { reading, local };
}

/**
 * The deed done to those an object is said to include, as a clause of its own: "arrested four men, including X" (the
 * clause reader reads ", including X" as a participle of "include" on the clause) is also "arrested X". Only right after
 * the object of an active clause, a comma between: the clause again, the names included its objects and the phrases of
 * both its own, so the two events share their evidence sentence but not their target. So too the names after "such as"
 * and "among them" right after the object.
 */
function includedObjects(reading: Reading, text: string): Clause[] {
  const out: Clause[] = [];
  for (const x of reading.clauses) {
    if (x.link !== 'participle' || x.verb.lemma !== 'include' || x.verb.form !== 'gerund' || x.verb.negated || !x.objects.length) continue;
    const p = reading.clauses.find((y) => y.id === x.parent);
    const last = p?.objects[p.objects.length - 1];
    if (!p || !last || p.verb.voice !== 'active' || !/^\s*,\s*$/.test(text.slice(last.end, x.verb.start))) continue;
    out.push({ ...p, objects: x.objects, pps: [...p.pps, ...x.pps] });
  }
  // (and "seized towns such as X and Y", "seized several villages, among them X and Y": the reader hangs "such as" on
  // the verb with the names its objects, and "among them" with the names after it loose, coordinated)
  for (const c of reading.clauses) {
    const last = c.objects[c.objects.length - 1];
    if (!last || c.verb.voice !== 'active' || c.verb.negated) continue;
    // (the clause again with these objects, without the phrase that named them)
    const again = (pp: PrepPhrase, objects: NounPhrase[]) => out.push({ ...c, objects, pps: c.pps.filter((q) => q !== pp) });
    for (const pp of c.pps) {
      // (a phrase of place may come between: "villages to the west, among them X")
      if (!/^(?:\s+(?:to|in|near|around|across|along)\s+[^,;]{1,30}?)?\s*,?\s*$/.test(text.slice(last.end, pp.prepSpan.start))) continue;
      if (pp.prep === 'such as' && pp.objects.length) again(pp, pp.objects);
      // (the reader may read "them" as the first name's determiner: "among them X and Y")
      if (pp.prep === 'among' && pp.objects.length && /^them\s/i.test(text.slice(pp.objects[0]!.start, pp.objects[0]!.end))) again(pp, pp.objects);
      else if (pp.prep === 'among' && pp.objects.length === 1 && /^them$/i.test(text.slice(pp.objects[0]!.start, pp.objects[0]!.end))) {
        const named: NounPhrase[] = [];
        for (const np of reading.nounPhrases) {
          if (np.start < pp.end) continue;
          const gap = text.slice((named[named.length - 1] ?? pp).end, np.start);
          if (!(named.length ? /^\s*(?:,\s*)?(?:and\s+)?$/ : /^\s+$/).test(gap)) break;
          named.push(np);
        }
        if (named.length) again(pp, named);
      }
    }
  }
  return out;
}

/** A unit's echelons as nouns, lower case, and their plurals ("detachment", "battalions": lexicon unitEchelons). */
const echelonNouns = memoByLexicon((lex): ReadonlySet<string> => new Set(lex.words.unitEchelons.flatMap((w) => [w.toLowerCase(), pluralize(w.toLowerCase())])));

/**
 * People a party sends or pulls back, its own and unnamed ("its officers", "troops", "some 300 soldiers"): a generic
 * noun of armed men or of a role in the plural (a generic actor's mention is that word alone), no determiner ("the
 * soldiers" may be anyone's), at most its possessive pronoun.
 */
function ownMen(np: NounPhrase, lex: Lexicon): boolean {
  if (np.pps.length || (np.det !== undefined && np.det !== 'some')) return false;
  const head = np.head.text.toLowerCase();
  // (or a unit of its own, named by its echelon after its possessive: "its detachment", "their battalions")
  const own = np.modifiers.some((m) => /^(?:its|their)$/i.test(m.text));
  if (!forceNounSet(lex).has(head) && !(roleHeads(lex).has(head) && /s$/.test(head)) && !(own && echelonNouns(lex).has(head))) return false;
  // (a possessive pronoun coreference resolved reads as a compound's mention)
  return np.modifiers.every((m) => /^(?:its|their)$/i.test(m.text) || (m.kind !== 'compound' && (m.kind !== 'possessor' || PERSONAL_POSSESSIVE.test(m.text))));
}

/** How a gerund hangs on its sentence: through the gerunds it is coordinated with, the first one's link. */
function gerundLink(c: Clause, reading: Reading): Clause['link'] {
  let x = c;
  for (let hops = 0; x.link === 'coordination' && x.verb.form === 'gerund' && hops < 8; hops++) {
    const up = reading.clauses.find((y) => y.id === x.parent);
    if (!up || up.verb.form !== 'gerund') break;
    x = up;
  }
  return x.link;
}

/** The pattern's words before the verb negate it ("WILL NOT *": lexicon words.negations, as the clause reader reads them). */
function saysNot(p: VerbPattern | null, lex: Lexicon): boolean {
  const neg = vocabulary(lex).negationWords;
  return !!p?.auxiliaries?.some((set) => set.some((m) => m.split(' ').some((w) => neg.has(w))));
}

/** Lower-case forms of the attack nouns, one word each ("strikes", "shelling"; "air strike" gives "strike"). */
const attackForms = memoByLexicon((lex) => new Set(lex.words.attackNouns.flatMap((w) => {
  const last = w.toLowerCase().split(/\s+/).pop()!;
  return [last, pluralize(last)];
})));

/** A phrase that opens with a day or month name, whole or cut short ("Tuesday", "Jan. 1", "Sept. 11"). */
function namesTime(np: NounPhrase): boolean {
  const first = /^(\p{Lu}\p{Ll}+)\.?(?:\s|$)/u.exec(np.text)?.[1]?.toLowerCase();
  if (!first || first.length < 3) return false;
  for (const name of DAY_AND_MONTH_NAMES) if (name.startsWith(first)) return true;
  return false;
}

/** How deep the nominal reader looks into prepositional phrases for attack nouns ("a response to air strikes on X"). */
const NOMINAL_DEPTH = 2;
/** The prepositions of an attack's doer and target, read also where the reader hung them on the phrase before them. */
const NOMINAL_CHAIN: ReadonlySet<string> = new Set(['by', 'on', 'against']);
/** How many phrases deep a deed's "by" may hang after its "of" ("the abduction of X from a school in Y by Z": three). */
const NOMINAL_BY_DEPTH = 3;

/** The "by" phrase hung on a phrase, or on the last object of a phrase hung on it, `depth` phrases down at most. */
function chainedBy(np: NounPhrase | undefined, depth: number): PrepPhrase | undefined {
  if (!np) return undefined;
  const by = np.pps.find((pp) => pp.prep === 'by' && pp.objects.length);
  if (by || depth <= 1) return by;
  const next = np.pps.at(-1);
  return next && next.prep !== 'by' ? chainedBy(next.objects.at(-1), depth - 1) : undefined;
}

/** A word before a deed's noun that says it may not have happened ("the alleged killing of X"). */
const HEDGING_MODIFIER = /^(?:alleged|suspected|reported|apparent|possible|purported)$/i;

/**
 * Attacks a sentence names as nouns, as clauses of the verb "attack" for the matcher: the attack's doer is its subject, its
 * "on"/"against" phrases are the verb's. The doer is the phrase itself when it names a party by its attacks ("Russian air
 * strikes": ./actors.ts) or has one for a compound or possessor ("an al-Shabaab raid", "the army's shelling"), else the
 * object of its "by" ("attacks on X by Y"). A phrase with no doer or no such phrase names no attack here.
 */
function nominalAttacks(reading: Reading, local: readonly number[], mentions: readonly RawMention[], lex: Lexicon): Clause[] {
  const out: Clause[] = [];
  const seen = new Set<NounPhrase>();
  /** `claimer`: who claims the attack the phrase names ("X claimed the bombing of Y", "X claimed responsibility for the attack on Y"). */
  const visit = (np: NounPhrase, c: Clause, depth: number, claimer?: readonly NounPhrase[]) => {
    if (seen.has(np)) return;
    seen.add(np);
    // its own phrases, or the verb's right after it (the reader attaches a phrase after an object to the verb: "condemned
    // Israeli strikes against Hamas")
    // (never a date: "a strike on Jan. 1")
    // (a claimed attack's "of" names its target too: "claimed the bombing of a police station")
    // (and the doer's or target's phrases the reader hung on the phrase before them, "an attack by X on Y" read as "X on
    // Y", "an attack on Y by X" as "Y by X": NOMINAL_CHAIN)
    const own = [...np.pps, ...np.pps.flatMap((pp) => pp.objects.at(-1)?.pps.filter((x) => NOMINAL_CHAIN.has(x.prep)) ?? [])];
    const pps = [...own, ...c.pps.filter((pp) => pp.start >= np.end && pp.start <= np.end + 1)].filter(
      (pp) => (pp.prep === 'on' || pp.prep === 'against' || (claimer && pp.prep === 'of')) && pp.objects.length && !pp.objects.some(namesTime),
    );
    // (a claimed deed may be any event's gerund: "claimed the killing of two soldiers", read as "killed")
    const gerund = claimer && np.mention === undefined && /ing$/i.test(np.head.text) ? lemmaOf(np.head.text, lex) : undefined;
    const attack = np.mention !== undefined ? isAttackActor(mentions[local[np.mention]!]!, lex) : isAttackNoun(np, lex) || !!gerund;
    if (attack && pps.length) {
      const by = own.find((pp) => pp.prep === 'by');
      const doer = np.mention !== undefined || endOf(np, local, lex, mentions) ? [np] : (by?.objects ?? claimer ?? []);
      if (doer.length) {
        out.push({
          ...c,
          verb: { ...c.verb, lemma: gerund ?? ATTACK_VERB, particle: undefined, head: { ...c.verb.head, text: gerund ?? ATTACK_VERB }, voice: 'active', form: 'finite' },
          subject: [...doer],
          subjectFrom: 'explicit',
          // (what a claimed attack is "of" is what it attacked: the object of "attacked")
          objects: pps.filter((pp) => pp.prep === 'of').flatMap((pp) => pp.objects),
          complement: [],
          pps: pps.filter((pp) => pp.prep !== 'of'),
        });
      }
    }
    // a deed named by its gerund or its noun, with whom it was done to and who did it ("the killings of civilians by the
    // RSF", "the kidnapping of two priests by gunmen", "the abduction of 40 pupils by bandits"): read as the verb
    const deed = !attack && !claimer && np.mention === undefined ? (/ings?$/i.test(np.head.text) ? lemmaOf(np.head.text.replace(/s$/i, ''), lex) : deedVerb(np.head.text, lex)) : undefined;
    if (deed) {
      const of = np.pps.find((pp) => pp.prep === 'of' && pp.objects.length);
      // ("by" right after the phrase, which the reader attaches to the verb)
      const after = of ? Math.max(np.end, ...of.objects.map((o) => o.end)) : np.end;
      // (or hung on the last object of "of" or of a phrase after it: "the kidnapping of 40 students by bandits" read as
      // "students by bandits", "the abduction of 40 pupils from a school in X by gunmen" as "X by gunmen"; or the
      // verb's, before the verb, when the deed is the subject: "the abduction of X from Y, Z State, by gunmen has drawn")
      const by =
        np.pps.find((pp) => pp.prep === 'by' && pp.objects.length) ??
        chainedBy(of?.objects.at(-1), NOMINAL_BY_DEPTH) ??
        c.pps.find((pp) => pp.prep === 'by' && pp.objects.length && pp.start >= after && (pp.start <= after + 1 || (c.subject.includes(np) && pp.end <= c.verb.start)));
      // (or the deed's possessor, when no "by" names the doer: "the RSF's abduction of two aid workers")
      const owner = by || !of || /ings?$/i.test(np.head.text) ? undefined : np.modifiers.find((m) => m.kind === 'possessor' && m.np !== undefined && m.np.mention !== undefined && !PERSONAL_POSSESSIVE.test(m.text))?.np;
      const doers = by?.objects ?? (owner ? [owner] : undefined);
      const lemma = of && doers ? deed : undefined;
      if (lemma) {
        out.push({
          ...c,
          // (hedged as the clause is, or by a word before the noun: "the alleged killing of X by Y")
          verb: { ...c.verb, lemma, particle: undefined, head: { ...c.verb.head, text: lemma }, voice: 'active', form: 'finite', negated: false, hedged: c.verb.hedged || np.modifiers.some((m) => HEDGING_MODIFIER.test(m.text)) },
          subject: [...doers!],
          subjectFrom: 'explicit',
          objects: [...of!.objects],
          complement: [],
          pps: [...np.pps, ...c.pps.filter((pp) => pp.start > (by ?? of!).start)].filter((pp) => pp !== of && pp !== by),
        });
      }
    }
    if (depth < NOMINAL_DEPTH) for (const pp of np.pps) for (const o of pp.objects) visit(o, c, depth + 1);
  };
  for (const c of reading.clauses) {
    // a claim of an attack (lexicon verb class `claim`, its noun: "responsibility"): the claimer did it
    const claimer = c.subject.length && claimsAttack(c, lex) ? c.subject : undefined;
    if (claimer) {
      for (const np of c.objects) {
        if (claims(lex).nouns.has(np.head.text.toLowerCase())) {
          for (const pp of [...np.pps, ...c.pps]) if (pp.prep === 'for') for (const o of pp.objects) visit(o, c, 1, claimer);
        } else visit(np, c, 0, claimer);
      }
    }
    for (const np of [...c.subject, ...c.objects, ...c.complement]) visit(np, c, 0);
    for (const pp of c.pps) for (const o of pp.objects) visit(o, c, 1);
  }
  return out;
}

/**
 * The verb a deed's noun names, derived from its ending, where the coder knows the verb ("abduction" abduct,
 * "assassination" assassinate, "seizure" seize, "invasion" invade, "detention" detain), or the noun itself where it is
 * a verb of taking people ("the arrest of X", "the kidnap of X"; lexicon class take-people). Nouns of attacks are read
 * as attacks before this.
 */
export function deedVerb(noun: string, lex: Lexicon): string | undefined {
  const w = noun.toLowerCase().replace(/s$/, '');
  if (peopleTaking(lex).has(w)) return w;
  const stems = /sion$/.test(w) ? [`${w.slice(0, -4)}de`] : /ention$/.test(w) ? [`${w.slice(0, -6)}ain`] : /ion$/.test(w) ? [w.slice(0, -3), `${w.slice(0, -3)}e`] : /ure$/.test(w) ? [`${w.slice(0, -3)}e`] : [];
  for (const stem of stems) if (stem.length > 3 && lemmaOf(stem, lex) === stem) return stem;
  return undefined;
}

/** An active, asserted clause of a claim verb ("X claimed the attack"; lexicon class `claim`). */
function claimsAttack(c: Clause, lex: Lexicon): boolean {
  return c.verb.voice === 'active' && !c.verb.negated && !c.verb.hedged && claims(lex).lemmas.has(c.verb.lemma);
}

/**
 * The first noun phrase after a clause's verb, in text order, that names an actor: in the clause's objects,
 * complements and prepositional phrases (through the phrases of their objects, possessors and compounds), and in
 * the clauses under it (content, control, participle, adverbial, and relatives on its phrases), their subjects
 * included; not in clauses coordinated with it (their own verb phrases). PETRARCH's target when its patterns name
 * none: the first actor of the verb phrase.
 */
function firstActorAfterVerb(c: Clause, reading: Reading, actor: (np: NounPhrase) => boolean): NounPhrase | undefined {
  const found: NounPhrase[] = [];
  const seen = new Set<NounPhrase>();
  const visit = (np: NounPhrase) => {
    if (seen.has(np)) return;
    seen.add(np);
    if (np.start >= c.verb.end && actor(np)) found.push(np);
    for (const m of np.modifiers) if (m.np) visit(m.np);
    for (const pp of np.pps) for (const o of pp.objects) visit(o);
  };
  const under = new Set<number>([c.id]);
  const clauses: Clause[] = [];
  // clauses are read in order: a child comes after its parent in most readings; loop until no clause is added
  for (let grew = true; grew; ) {
    grew = false;
    for (const x of reading.clauses) {
      if (under.has(x.id) || x.parent === undefined || !under.has(x.parent) || x.link === 'coordination') continue;
      under.add(x.id);
      clauses.push(x);
      grew = true;
    }
  }
  const own = [...c.objects, ...c.complement, ...c.pps.flatMap((pp) => pp.objects)];
  for (const np of own) visit(np);
  for (const x of clauses) for (const np of [...x.subject, ...x.objects, ...x.complement, ...x.agent, ...x.pps.flatMap((pp) => pp.objects)]) visit(np);
  // relatives on the clause's own phrases ("the roads leading into X")
  for (const np of [...seen]) for (const id of np.relatives) {
    const rc = reading.clauses.find((x) => x.id === id);
    if (rc && !rc.verb.negated) for (const o of [...rc.objects, ...rc.pps.flatMap((pp) => pp.objects)]) visit(o);
  }
  found.sort((x, y) => x.start - y.start);
  return found[0];
}

/** The objects and complements of the clauses that are a clause's content ("allowed that X is the neatest place"). */
function contentPhrases(c: Clause, reading: Reading): NounPhrase[] {
  return reading.clauses.filter((x) => x.parent === c.id && x.link === 'complement').flatMap((x) => [...x.objects, ...x.complement]);
}

/** The phrase is an armed group or a force of the article (its mention's type). */
function armedEnd(np: NounPhrase, local: readonly number[], mentions: readonly RawMention[], lex: Lexicon): boolean {
  const e = endOf(np, local, lex, mentions);
  const m = e && mentions[e.mention];
  return !!m && (m.type === 'armed_group' || m.kind === 'force');
}

/**
 * A speaker's words about a party: the speaker quotes it (DESIGN: quotes, speaker to subject), an outlet reports it (as
 * the rule reports-reported-that reads "Al Jazeera reported that X ..."); once per sentence, speaker and party (`told`
 * holds the pairs given). None of the party's own words, of a place's or a population's ("residents said"), nor about
 * a place or a population.
 */
function spokenOf(sp: End | undefined, about: End, mentions: readonly RawMention[], s: Sentence, sentence: string, rule: string, told: Set<string>): RawRelation[] {
  const spm = sp && mentions[sp.mention]!;
  const am = mentions[about.mention]!;
  if (!sp || !spm || spm.kind === 'place' || spm.kind === 'camp' || sp.held || isPopulation(spm)) return [];
  const key = `${s.start}|${sp.mention}|${about.mention}`;
  if (about.mention === sp.mention || sameEntity(spm, am) || am.kind === 'place' || am.kind === 'camp' || isPopulation(am) || told.has(key)) return [];
  told.add(key);
  return [
    {
      type: spm.type === 'media' ? 'reports' : 'quotes',
      source: sp.mention,
      target: about.mention,
      ...(sp.described ? { sourceSpan: sp.described } : {}),
      ...(about.described ? { targetSpan: about.described } : {}),
      evidence: { start: s.start, end: s.end, sentence, rule, confidence: REPORTED_CONFIDENCE },
    },
  ];
}

/** The forms' first words of the verbs of leading (class `lead`, and `direct` read in the passive): the events pre-test's. */
/** The forms' first words of the verbs of accusing (class `accuse`: accusations read them, CAMEO codes not all, "attributed the raid to X"): the events pre-test's. */
const accusingForms = formFirstWords('accuse');
/** ... and of reacting (class `react`, "condemned the attack by X"): the events pre-test's. */
const reactingForms = formFirstWords('react');
const leadingForms = memoByLexicon((lex): ReadonlySet<string> => new Set([...formFirstWords('lead')(lex), ...formFirstWords('direct')(lex)]));
const directs = classVerbSet('direct');
/** The verb classes of acting in the field, which "alongside" makes a joint act (actedAlongside). */
const FIELD_CLASSES = ['operate', 'patrol', 'station', 'deploy', 'work-with'];
/** The forms' first words of the verbs of acting in the field (actsInField): the events pre-test's. */
const fieldActForms = memoByLexicon((lex): ReadonlySet<string> => new Set(FIELD_CLASSES.flatMap((c) => [...formFirstWords(c)(lex)])));
/** The kinds of body a person leads: groups, forces, bodies of state (not places, not people). */
const LED_TYPES: ReadonlySet<string> = new Set(['armed_group', 'force', 'organization', 'government', 'media']);

/**
 * Who leads whom, read from a clause of a verb of leading (lexicon classes `lead`, and `direct` in the passive): its
 * person agent leads its subject in the passive ("X, which has besieged Y since 2022 and is now led by Z", the
 * relative's antecedent by coordination; "X, the coalition led by Z"), its person subject its object in the active
 * ("Z, who founded and still runs X"). Both ends named, neither described; not negated or hedged (rule event-led-by).
 */
function ledBy(c: Clause, reading: Reading, mentions: readonly RawMention[], local: readonly number[], lex: Lexicon, s: Sentence, sentence: string): RawRelation[] {
  // (not a participial adjunct, whose subject the reader takes from the main clause: "X fought the Y fleet, led by Z"
  // is Y's)
  if (c.verb.negated || c.verb.hedged || c.subjectFrom === 'none' || c.link === 'participle') return [];
  const passive = c.verb.voice === 'passive';
  if (!(leadsVerb(lex).has(c.verb.lemma) || (passive && directs(lex).has(c.verb.lemma)))) return [];
  const ends = (nps: readonly NounPhrase[], ok: (m: RawMention) => boolean) =>
    nps.map((np) => endOf(np, local, lex, mentions)).filter((e): e is End => !!e && !e.described && ok(mentions[e.mention]!));
  const person = (m: RawMention) => m.type === 'person' && !m.anaphor;
  // (a body named with a capital: "heads a security force made up of ..." names none)
  const body = (m: RawMention) => LED_TYPES.has(m.type) && m.kind !== 'place' && !isPopulation(m) && m.rule !== 'generic-actor' && !m.canonical?.startsWith('generic:') && /^[\p{Lu}\d]/u.test(m.text);
  const leaders = ends(passive ? c.agent : c.subject, person);
  // (a passive relative on coordinated names is the last one's: "troops of X and the 4th Division commanded by Z")
  // (a relative on a description is on what the description describes: an apposition's host, "X, the coalition led by
  // Y"; a copula's subject, "X is a criminal organisation led by Y")
  const described = (np: NounPhrase): NounPhrase =>
    np.mention !== undefined ? np : (reading.nounPhrases.find((h) => h.appositions.includes(np)) ?? reading.clauses.find((x) => x.verb.copula && x.complement.includes(np))?.subject[0] ?? np);
  const subject = (passive && c.subjectFrom === 'relative' && c.subject.length > 1 ? c.subject.slice(-1) : c.subject).map((np) => (c.subjectFrom === 'relative' ? described(np) : np));
  const led = ends(passive ? subject : c.objects, body);
  const out: RawRelation[] = [];
  for (const l of leaders)
    for (const b of led) {
      if (l.mention === b.mention) continue;
      out.push({ type: 'leads', source: l.mention, target: b.mention, evidence: { start: s.start, end: s.end, sentence, rule: 'event-led-by', confidence: scoreConfidence(EVENT_CONFIDENCE, { distance: Math.abs(b.mention === l.mention ? 0 : mentions[b.mention]!.start - mentions[l.mention]!.start) }) } });
    }
  return out;
}

/** Verbs of acting in the field that "alongside" makes a joint act (lexicon classes operate, patrol, station, deploy, work-with). */
const actsInField = memoByLexicon((lex): ReadonlySet<string> => new Set(FIELD_CLASSES.flatMap((c) => verbClass(c, lex).verbs.filter((v) => !/\s/.test(v)).map((v) => v.toLowerCase()))));

/**
 * Parties that act in the field "alongside" another are its allies ("X, which has operated alongside Y in Z", "units
 * deployed alongside Y"): a verb of operating, patrolling, being stationed or deployed, or working (fighting beside is
 * CAMEO's own, 062), not negated, its subject and the object of "alongside" both parties (rule event-alongside).
 */
function actedAlongside(c: Clause, mentions: readonly RawMention[], local: readonly number[], lex: Lexicon, s: Sentence, sentence: string): RawRelation[] {
  if (c.verb.negated || c.subjectFrom === 'none' || !actsInField(lex).has(c.verb.lemma)) return [];
  const party = (m: RawMention) => (m.kind === 'actor' || m.kind === 'force') && m.type !== 'person' && !isPopulation(m);
  // (a party named inside its phrase too: "the X group", "troops of X"; not a possessive pronoun's, "its US counterparts")
  const ends = (nps: readonly NounPhrase[]) => nps.map((np) => endOf(np, local, lex, mentions)).filter((e): e is End => !!e && party(mentions[e.mention]!) && !(e.described && mentions[e.mention]!.via === 'pronoun'));
  const beside = ends(c.pps.filter((x) => x.prep === 'alongside').flatMap((x) => x.objects));
  if (!beside.length) return [];
  const out: RawRelation[] = [];
  for (const a of ends(c.subject))
    for (const b of beside) {
      if (a.mention === b.mention) continue;
      out.push({ type: 'allied_with', source: a.mention, target: b.mention, evidence: { start: s.start, end: s.end, sentence, rule: 'event-alongside', confidence: scoreConfidence(EVENT_CONFIDENCE, { hedged: c.verb.hedged, distance: Math.abs(mentions[b.mention]!.start - mentions[a.mention]!.start) }), ...(c.verb.hedged ? { hedged: true } : {}) } });
    }
  return out;
}

/**
 * Who speaks in a speaker's phrase: the person named in apposition to a role or a description ("The M23 spokesperson,
 * X, accused ...", "a senior official, X, said ..."), or the body named in apposition to words that name none, else the
 * phrase's own end.
 */
function speakerEnd(np: NounPhrase, local: readonly number[], lex: Lexicon, mentions: readonly RawMention[]): End | undefined {
  const own = np.mention !== undefined ? mentions[local[np.mention]!]! : undefined;
  const person = own?.type === 'person' ? undefined : np.appositions.find((x) => x.mention !== undefined && mentions[local[x.mention]!]!.type === 'person');
  // (a body's name apposed to words that name none: "The UN human rights office, OHCHR, reported ...")
  const named = person ?? (own ? undefined : np.appositions.find((x) => x.mention !== undefined && mentions[local[x.mention]!]!.kind !== 'place'));
  return named ? { mention: local[named.mention!]! } : endOf(np, local, lex, mentions);
}

/**
 * What a party lays on another is its words about that one ("X accused Y of shelling Z", "X blamed Y for the attack",
 * "X blamed the attack on Y", "attributed the raid to Y"; lexicon class accuse): X quotes Y, an outlet reports Y
 * (spokenOf, rule event-accused); and so is a party's reaction to another or to its deed ("X condemned Y", "X condemned
 * the attack by Y"; class react, rule event-reacted). An active verb, not negated.
 */
function accusations(c: Clause, reading: Reading, mentions: readonly RawMention[], local: readonly number[], lex: Lexicon, s: Sentence, sentence: string, told: Set<string>): RawRelation[] {
  const reacted = reacts(lex).has(c.verb.lemma);
  if (c.verb.negated || c.verb.voice !== 'active' || !(reacted || accuses(lex).has(c.verb.lemma))) return [];
  const party = (np: NounPhrase): End | undefined => {
    const e = endOf(np, local, lex, mentions);
    const m = e && mentions[e.mention]!;
    return m && (m.kind === 'actor' || m.kind === 'force') ? e : undefined;
  };
  // (the one it is laid on: the object, "accused Y of X", "blamed Y for X"; but with no "of" or "for" the object is the
  // deed and the one it is laid on follows "on" or "to", "blamed the attack on Y", "attributed their losses to a change")
  const onToPPs = c.pps.filter((pp) => pp.prep === 'on' || pp.prep === 'to');
  const deedObject = onToPPs.length > 0 && ![...c.pps, ...c.objects.flatMap((np) => np.pps)].some((pp) => pp.prep === 'of' || pp.prep === 'for');
  const objects = deedObject ? onToPPs.flatMap((pp) => pp.objects) : c.objects;
  // (or the doer of a deed named as the object: "condemned the attack by X")
  // (the reader may hang that "by" on the verb, which in the active voice has no agent)
  const doers = [...objects.flatMap((np) => np.pps), ...c.pps].filter((pp) => pp.prep === 'by').flatMap((pp) => pp.objects);
  const laidOn = [...objects, ...doers].map(party).filter((e): e is End => !!e);
  const out: RawRelation[] = [];
  // (a statement that accuses speaks for whoever issued it: "X issued a statement accusing Y of ...", lexicon
  // statementNouns; the relative's noun is the object of a clause of the verb class issue)
  const issuer = (np: NounPhrase): readonly NounPhrase[] =>
    c.subjectFrom === 'relative' && np.mention === undefined && statementNounSet(lex).has(np.head.text.toLowerCase()) ? (reading.clauses.find((x) => x.verb.voice === 'active' && issues(lex).has(x.verb.lemma) && x.objects.includes(np))?.subject ?? [np]) : [np];
  for (const np of c.subject.flatMap(issuer)) for (const y of laidOn) out.push(...spokenOf(speakerEnd(np, local, lex, mentions), y, mentions, s, sentence, reacted ? 'event-reacted' : 'event-accused', told));
  return out;
}

/** How many clauses up a clause inside a told one finds who tells it. */
const REPORT_DEPTH = 3;

/**
 * The party a report is about: the named subject of a clause told in another's words ("Radio X reported that RSF
 * fighters had looted the clinic", "the ministry said Kessar Front gunmen burned the market", "..., police said"),
 * whatever its verb, coded or not: the speaker quotes it, an outlet reports it (spokenOf, rule event-reported-subject;
 * once per sentence with event-reported-by). The subject named in the clause itself, not inferred nor a pronoun ("he
 * said it was ...", the speaker's own "we"); an actor or a force.
 */
function reportedSubjects(c: Clause, reading: Reading, mentions: readonly RawMention[], local: readonly number[], lex: Lexicon, s: Sentence, sentence: string, told: Set<string>): RawRelation[] {
  // (a clause inside the told one is told too: "said the rebels would march on X if President Y refused to negotiate";
  // REPORT_DEPTH clauses up at most)
  let by = c.reportedBy;
  for (let p = c.parent, k = 0; !by && p !== undefined && k < REPORT_DEPTH; k++) {
    const up = reading.clauses.find((x) => x.id === p);
    by = up?.reportedBy;
    p = up?.parent;
  }
  if (!by) return [];
  const own = c.reportedBy !== undefined;
  if (own && c.subjectFrom !== 'explicit') return [];
  const out: RawRelation[] = [];
  const tell = (nps: readonly NounPhrase[], rule: string) => {
    for (const np of nps) {
      const e = endOf(np, local, lex, mentions);
      const m = e && mentions[e.mention]!;
      if (!e || !m || (m.kind !== 'actor' && m.kind !== 'force') || m.via === 'pronoun' || m.rule === 'first-person') continue;
      for (const sp of by.speaker) out.push(...spokenOf(speakerEnd(sp, local, lex, mentions), e, mentions, s, sentence, rule, told));
    }
  };
  if (c.subjectFrom === 'explicit') tell(c.subject, 'event-reported-subject');
  // (and the parties its object and phrases name, as a quotation's words are about every party they name: "the minister
  // said the army had retaken the town from the Kessar Front"; rule event-reported-party)
  tell([...c.objects, ...c.pps.flatMap((pp) => pp.objects)], 'event-reported-party');
  return out;
}

/** Every coded clause with its ends, whatever its code (evaluation: the PETRARCH unit tests code all of CAMEO). */
export interface EventCoding {
  code: string;
  plover: string | null;
  source: number;
  target: number;
  sentence: Span;
}

export interface EventPassOptions {
  /** Called for every coded clause with ends, also those whose code gives no edge type. */
  onCoding?: (c: EventCoding) => void;
}

/** Where the words before a clause's verb start: the clause's start, or its controlling clause's for an infinitive or gerund under a verb ("won't try to clash"). */
function controlStart(c: Clause, reading: Reading): number {
  let from = Math.min(c.start, c.verb.start);
  for (let x: Clause | undefined = c, n = 0; x?.link === 'control' && x.parent !== undefined && n < 4; n++) {
    const parent: Clause | undefined = reading.clauses.find((y) => y.id === x!.parent);
    if (!parent) break;
    from = Math.min(from, parent.start, parent.verb.start);
    x = parent;
  }
  return from;
}

/** The members and allies a body founded together gives (`eventRelations`; rule event-founded). */
function foundedTogether(clause: Clause, local: readonly number[], lex: Lexicon, mentions: readonly RawMention[], s: Span, sentence: string): RawRelation[] {
  const bodyEnd = clause.objects.map((np) => endOf(np, local, lex, mentions)).find((e) => !!e && !e.described);
  const body = bodyEnd && mentions[bodyEnd.mention]!;
  if (!bodyEnd || !body || body.kind !== 'actor' || body.type === 'person') return [];
  const founders: number[] = [];
  // (the founders may be the states or groups "of" a plural subject: "the juntas of Mali, Burkina Faso and Niger")
  const one = clause.subject.length === 1 ? clause.subject[0]! : undefined;
  const by = one && PLURAL_HEAD.test(one.head.text) ? (one.pps.find((x) => x.prep === 'of' && x.objects.length > 1)?.objects ?? []) : clause.subject;
  if (by.length < 2) return [];
  for (const np of by) {
    const e = endOf(np, local, lex, mentions);
    const x = e && !e.described ? mentions[e.mention]! : undefined;
    // (a country stands for its state; a person who founds a body leads it: the leadership rules)
    if (!x || x.type === 'person' || ((x.kind === 'place' || x.kind === 'camp') && x.type !== 'country') || e!.mention === bodyEnd.mention) continue;
    if (!founders.includes(e!.mention)) founders.push(e!.mention);
  }
  if (founders.length < 2) return [];
  const hedged = clause.verb.hedged;
  const evidence = (rule: string, from: RawMention, to: RawMention) => ({
    start: s.start,
    end: s.end,
    sentence,
    rule,
    confidence: scoreConfidence(EVENT_CONFIDENCE, { hedged, distance: Math.abs(to.start - from.start) }),
    ...(hedged ? { hedged: true } : {}),
  });
  const out: RawRelation[] = founders.map((f) => ({ type: 'member_of', source: f, target: bodyEnd.mention, evidence: evidence('event-founded', mentions[f]!, body) }));
  const alliance = new Set(lex.words.allianceNouns);
  if (body.text.toLowerCase().split(/[\s-]+/).some((w) => alliance.has(w))) {
    for (let x = 0; x < founders.length; x++)
      for (let y = x + 1; y < founders.length; y++) out.push({ type: 'allied_with', source: founders[x]!, target: founders[y]!, evidence: evidence('event-founded-allies', mentions[founders[x]!]!, mentions[founders[y]!]!) });
  }
  return out;
}

/**
 * Whom a party recruits, named by what they are ("recruited hundreds of children", "young men were conscripted by the
 * army": lexicon class `recruit`): the recruiter recruits each of them (`eventRelations`; rule event-recruits). The rules
 * read a place recruited in and a group recruited from; generic actors come after them.
 */
function recruitedPeople(clause: Clause, local: readonly number[], lex: Lexicon, mentions: readonly RawMention[], s: Span, sentence: string): RawRelation[] {
  const active = clause.verb.voice === 'active';
  const by = active ? clause.subject : clause.agent;
  const whom = active ? clause.objects : clause.subject;
  // (a party's help enlisted is no people: "enlisted the aid of X"; a phrase that describes a party names it by its
  // people, "the group's commanders", or is it, "teenage boys", but not by another thing, "the leader of the village of
  // X", "a Salafist village")
  const aid = aidNounSet(lex);
  const ends = (nps: readonly NounPhrase[], ok: (m: RawMention) => boolean) =>
    nps.flatMap((np) => {
      if (aid.has(np.head.text.toLowerCase())) return [];
      const e = endOf(np, local, lex, mentions) ?? (np.mention !== undefined ? { mention: local[np.mention]! } : undefined);
      const own = !e?.described || e.people || roleHeads(lex).has(np.head.text.toLowerCase()) || (np.mention !== undefined && local[np.mention] === e.mention);
      return e && own && ok(mentions[e.mention]!) ? [e.mention] : [];
    });
  const recruiters = ends(by, (m) => m.kind === 'actor' || m.kind === 'force' || m.type === 'country');
  // (people, not a state's forces: "child soldiers" recruited are children, whom the generic actors read as the army)
  const recruits = ends(whom, (m) => m.kind === 'actor' && m.type !== 'person');
  const hedged = clause.verb.hedged;
  const out: RawRelation[] = [];
  for (const r of recruiters)
    for (const t of recruits) {
      if (r === t || sameEntity(mentions[r]!, mentions[t]!)) continue;
      const from = mentions[r]!;
      const to = mentions[t]!;
      out.push({
        type: 'recruits',
        source: r,
        target: t,
        evidence: { start: s.start, end: s.end, sentence, rule: 'event-recruits', confidence: scoreConfidence(EVENT_CONFIDENCE, { hedged, distance: Math.abs(to.start - from.start) }), ...(hedged ? { hedged: true } : {}) },
      });
    }
  return out;
}

/** Where an event's party was: a located_in with the event's code (rule event-place). */
function eventPlace(who: number, place: number, s: Sentence, sentence: string, hedged: boolean | undefined, event: EventInfo): RawRelation {
  return {
    type: 'located_in',
    source: who,
    target: place,
    evidence: {
      start: s.start,
      end: s.end,
      sentence,
      rule: 'event-place',
      confidence: scoreConfidence(EVENT_PLACE_CONFIDENCE, { hedged }),
      ...(hedged ? { hedged: true } : {}),
      event,
    },
  };
}

/** The event relations of an article. */
export function eventRelations(a: EventPassInput, lex: Lexicon, verbs: EventVerbs = shippedEventVerbs(lex), options: EventPassOptions = {}): RawRelation[] {
  const out: RawRelation[] = [];
  /** Speaker and doer pairs of reported events already given, per sentence. */
  const told = new Set<string>();
  const forms = options.onCoding ? verbs.allForms : verbs.forms;
  // the coder's output reads a verb the dictionary lists in an inflected form by that form (match.ts MatchOptions)
  const written = { writtenForms: !!options.onCoding, linear: !!options.onCoding, verbPhrase: (c: Clause) => wordsOf(a.text.slice(c.verb.end, c.end)), preVerb: (c: Clause) => wordsOf(a.text.slice(Math.min(c.start, c.verb.start), c.verb.head.start)) };
  const claimForms = claims(lex).forms;
  const attackNounForms = attackForms(lex);
  const comeUnderForms = receivingForms(lex);
  const cedeForms = cedingForms(lex);
  const recruitForms = recruitingForms(lex);
  const inflictForms = inflictingForms(lex);
  const leadForms = leadingForms(lex);
  const fieldForms = fieldActForms(lex);
  const accuseForms = accusingForms(lex);
  const reactForms = reactingForms(lex);
  /** A verb of receiving (class `come-under`) with "fire" or an attack noun within the next four tokens, among the tokens from `i` to `end`. */
  const underIn = (i: number, end: number) => {
    for (; i < end; i++) {
      if (!comeUnderForms.has(a.tokens[i]!.norm)) continue;
      for (let k = i + 1; k < Math.min(end, i + 5); k++) if (a.tokens[k]!.norm === 'fire' || attackNounForms.has(a.tokens[k]!.norm)) return true;
    }
    return false;
  };
  const layToForms = layingForms(lex);
  /** A light verb of class `lay-to`, a noun of `toTargetActs` within the next two tokens and "to" after it ("laid siege to"). */
  const layToIn = (i: number, end: number) => {
    for (; i < end; i++) {
      if (!layToForms.has(a.tokens[i]!.norm)) continue;
      for (let k = i + 1; k < Math.min(end - 1, i + 3); k++) if (Object.hasOwn(lex.words.toTargetActs, a.tokens[k]!.norm) && a.tokens[k + 1]!.norm === 'to') return true;
    }
    return false;
  };
  /** Does sentence `k` open with "they" or "it", and the sentence before with a generic actor? */
  const genericOpenerBefore = (k: number): boolean => {
    if (k === 0 || !/^\W*(?:they|it)\b/i.test(a.text.slice(a.sentences[k]!.start, a.sentences[k]!.start + 8))) return false;
    const [pf, pl] = a.ranges[k - 1]!;
    return pf < pl && a.mentions[pf]!.rule === 'generic-actor';
  };
  /** "at war" among the tokens from `i` to `end`. */
  const atWarIn = (i: number, end: number) => {
    for (; i + 1 < end; i++) if (a.tokens[i]!.norm === 'at' && a.tokens[i + 1]!.norm === 'war') return true;
    return false;
  };
  /** A form of a claim verb among the tokens from `i` to `end`. */
  const claimIn = (i: number, end: number) => {
    for (; i < a.tokens.length && a.tokens[i]!.start < end; i++) if (claimForms.has(a.tokens[i]!.norm)) return true;
    return false;
  };
  /**
   * An attack noun right before "on" or "against" ("strikes on Idlib") or "by" ("an attack by X on Y"), or a deed's gerund
   * or noun before "of" ("the abduction of", deedVerb: one whose verb gives an edge or takes a place), among the tokens
   * from `i` to `end`.
   */
  const hasDeed = (w: string) => {
    const d = deedVerb(w, lex);
    return d !== undefined && (forms.has(d) || verbs.placeForms.has(d));
  };
  const nominalIn = (i: number, end: number) => {
    for (; i + 1 < end; i++) {
      const w = a.tokens[i]!.norm;
      const next = a.tokens[i + 1]!.norm;
      if (attackNounForms.has(w) && (next === 'on' || next === 'against' || next === 'by')) return true;
      // (or an event verb's gerund as a noun before "of": "the killings of civilians by X", read in nominalAttacks)
      // (or a deed's noun whose verb gives an edge: "the abduction of", not "the election of")
      if (next === 'of' && ((w.endsWith('ing') && forms.has(w)) || (w.endsWith('ings') && forms.has(w.slice(0, -1))) || hasDeed(w))) return true;
    }
    return false;
  };
  /**
   * The places a clause's subject went into (lexicon class enter: "entered X", "advanced into X"), as taken places are:
   * [subject, place] pairs of mention indices.
   */
  const enteredBy = (c: Clause, local: readonly number[]): { source: number; target: number }[] => {
    if (c.verb.voice !== 'active' || c.verb.negated || c.verb.hedged) return [];
    const places: number[] = [];
    for (const [verb, prep] of entering(lex)) {
      if (verb !== c.verb.lemma) continue;
      const nps = prep === undefined ? c.objects : c.pps.filter((pp) => pp.prep === prep).flatMap((pp) => pp.objects);
      for (const np of nps) {
        // (or the place a place noun names after "of": "entered the town of X")
        const e = endOf(np, local, lex, a.mentions);
        const of = np.mention === undefined && headKeys(np).some((k) => targetNouns(lex).places.has(k)) ? np.pps.find((x) => x.prep === 'of')?.objects.find((o) => o.mention !== undefined) : undefined;
        const at = e && a.mentions[e.mention]!.kind === 'place' ? e.mention : of ? local[of.mention!]! : undefined;
        if (at !== undefined && a.mentions[at]!.kind === 'place' && !places.includes(at)) places.push(at);
      }
    }
    if (!places.length) return [];
    const subjects = c.subject.map((np) => endOf(np, local, lex, a.mentions)).filter((e): e is End => !!e && a.mentions[e.mention]!.kind !== 'place');
    return subjects.flatMap((e) => places.map((target) => ({ source: e.mention, target })));
  };
  /**
   * "Al-Shabaab seized the town of X after Somali troops pulled out", "... entered X after the troops pulled out": a
   * withdrawal with nothing left named (lexicon class withdraw), in a clause of time under a clause that took a place
   * or went into it in the same sentence, left that place; not by the taker itself.
   */
  // (`from`: where the sentence's own relations start in `out`)
  const withdrawnFromTaken = (s: Sentence, sentence: string, reading: Reading, local: readonly number[], from: number): void => {
    const captured = out.slice(from).filter((r) => r.type === 'captures' && a.mentions[r.target]!.kind === 'place');
    for (const c of reading.clauses) {
      const fled = flees(lex).has(c.verb.lemma);
      if (c.link !== 'adverbial' || !TIME_SUBORDINATORS.has(c.subordinator ?? '') || !(withdraws(lex).has(c.verb.lemma) || fled) || c.verb.negated || c.verb.hedged || c.verb.voice !== 'active' || c.objects.length || c.pps.length) continue;
      const parent = reading.clauses.find((x) => x.id === c.parent);
      if (!parent) continue;
      const taken = [...captured, ...enteredBy(parent, local)];
      if (!taken.length) continue;
      // (who fled: armed men only, "after the troops fled"; not "after residents fled")
      const who = c.subject.map((np) => endOf(np, local, lex, a.mentions)).filter((e): e is End => !!e && a.mentions[e.mention]!.kind !== 'place' && (!fled || a.mentions[e.mention]!.kind === 'force' || a.mentions[e.mention]!.type === 'armed_group'));
      for (const r of taken) {
        const src = a.mentions[r.source]!;
        if (src.start < parent.start || src.end > parent.end) continue;
        for (const w of who) {
          if (w.mention === r.source || sameEntity(src, a.mentions[w.mention]!)) continue;
          // (once, however many readings took the place)
          if (out.slice(from).some((x) => x.type === 'withdraws_from' && x.source === w.mention && x.target === r.target)) continue;
          out.push({ type: 'withdraws_from', source: w.mention, target: r.target, evidence: { start: s.start, end: s.end, sentence, rule: 'event-withdrawn-from-taken', confidence: scoreConfidence(EVENT_CONFIDENCE, { inferred: true }) } });
        }
      }
    }
  };
  /**
   * "Soldiers who had been stationed in X withdrew towards Y", "Troops based in X pulled out": a withdrawal with nothing
   * left named (lexicon class withdraw) by men a relative clause on them places somewhere (lexicon class station, in or
   * at a place) left that place.
   */
  const withdrawnFromStation = (s: Sentence, sentence: string, reading: Reading, local: readonly number[], from: number): void => {
    for (const c of reading.clauses) {
      if (!withdraws(lex).has(c.verb.lemma) || c.verb.negated || c.verb.hedged || c.verb.voice !== 'active' || c.objects.length || c.pps.some((x) => x.prep === 'from' || x.prep === 'out of')) continue;
      const station = reading.clauses.find((r) => r.link === 'relative' && stations(lex).has(r.verb.lemma) && !r.verb.negated && r.subject.some((np) => c.subject.includes(np)));
      const where = station?.pps.filter((x) => x.prep === 'in' || x.prep === 'at').flatMap((x) => x.objects.map((np) => endOf(np, local, lex, a.mentions)).filter((e): e is End => !!e && a.mentions[e.mention]!.kind === 'place')) ?? [];
      if (!where.length) continue;
      const who = c.subject.map((np) => endOf(np, local, lex, a.mentions)).filter((e): e is End => !!e && a.mentions[e.mention]!.kind !== 'place');
      const place = where[0]!.mention;
      for (const w of who) {
        if (out.slice(from).some((x) => x.type === 'withdraws_from' && x.source === w.mention && x.target === place)) continue;
        out.push({ type: 'withdraws_from', source: w.mention, target: place, evidence: { start: s.start, end: s.end, sentence, rule: 'event-withdrawn-from-station', confidence: scoreConfidence(EVENT_CONFIDENCE, { inferred: true }) } });
      }
    }
  };
  /**
   * "Gunmen stormed X and withdrew hours later", "fighters entered X and fought the police before pulling out": a
   * withdrawal with nothing left named (lexicon class withdraw) by the party that, in a clause it hangs on or is
   * coordinated with in the same sentence, went into a place or attacked one, left that place.
   */
  const withdrawnAfterRaid = (s: Sentence, sentence: string, reading: Reading, local: readonly number[], from: number): void => {
    const raids = out.slice(from).filter((r) => (r.type === 'attacks' || r.type === 'captures') && a.mentions[r.target]!.kind === 'place');
    for (const c of reading.clauses) {
      // (a span of time the reader took for an object is none: "withdrew hours later")
      const objects = c.objects.filter((np) => !TIME_NOUNS.has(np.head.text.toLowerCase()));
      if (!withdraws(lex).has(c.verb.lemma) || c.verb.negated || c.verb.hedged || c.verb.voice !== 'active' || objects.length || c.pps.some((x) => x.prep === 'from' || x.prep === 'out of')) continue;
      // (a finite verb coordinated with the raid, or a clause of time after it: "... before pulling out"; not a
      // participle's, "captured X, leaving Y encircled")
      if (!((c.subjectFrom === 'coordination' && c.verb.form === 'finite') || (c.link === 'adverbial' && (c.subordinator === 'before' || c.subordinator === 'then')))) continue;
      // (the clauses up the chain it hangs on: "entered X and fought Y before pulling out")
      const chain: Clause[] = [];
      for (let x = reading.clauses.find((y) => y.id === c.parent), hops = 0; x && hops < 3; x = reading.clauses.find((y) => y.id === x!.parent), hops++) chain.push(x);
      const who = c.subject.map((np) => endOf(np, local, lex, a.mentions)).filter((e): e is End => !!e && a.mentions[e.mention]!.kind !== 'place');
      for (const q of chain) {
        const went = [...enteredBy(q, local), ...raids.filter((r) => a.mentions[r.source]!.start >= q.start && a.mentions[r.target]!.start >= q.verb.end && a.mentions[r.target]!.end <= q.end)];
        for (const r of went) {
          for (const w of who) {
            if (w.mention !== r.source && !sameEntity(a.mentions[r.source]!, a.mentions[w.mention]!)) continue;
            if (out.slice(from).some((x) => x.type === 'withdraws_from' && x.source === w.mention && x.target === r.target)) continue;
            out.push({ type: 'withdraws_from', source: w.mention, target: r.target, evidence: { start: s.start, end: s.end, sentence, rule: 'event-withdrawn-after-raid', confidence: scoreConfidence(EVENT_CONFIDENCE, { inferred: true }) } });
          }
        }
      }
    }
  };
  /** Claims of an attack told before, resolved after the last sentence. */
  const claimed: Claim[] = [];
  /** Attacks told with a target and no doer ("A roadside bomb hit an army patrol"), which a claim may give one. */
  const unclaimed: Unclaimed[] = [];
  let ti = 0; // tokens before this index end before the current sentence (sentences are in order)
  /**
   * A clause's match read again where its words say more than its verb (a light verb with an attack noun, joining a fight,
   * holding in custody, being at war, coming under fire, dying in a fight, giving up a place, a means of repression, violence
   * by an armed party, an arrest): the match and clause to read, and whether a light verb was read as the attack.
   */
  const readAgain = (clause: Clause, m: EventMatch | null, verbKey: string, local: number[], describeAs: DescribeCode): { clause: Clause; m: EventMatch | null; lightVerb: boolean } => {
    let lightVerb = false;
  // (or towards one: "launched a ballistic missile towards Eilat", read as "at")
  // (or a weapon placed or set off beside its target: "detonated a bomb near a police convoy", "triggered an IED under a
  // vehicle of the DRG"; lexicon class place-weapon, read as "at")
  const aimed = () => clause.objects.some((np) => aimedHeads(lex).has(np.head.text.toLowerCase()));
  // (beside a party, its post or its vehicle, not a place: "laid mines near Gao" attacks no one)
  const party = (o: NounPhrase) => {
    const e = endOf(o, local, lex, a.mentions);
    return !!e && a.mentions[e.mention]!.kind !== 'place' && a.mentions[e.mention]!.kind !== 'camp';
  };
  // (a verb of firing keeps its own reading, "fired missiles at X"; so does a phrase of the target, "at", "on")
  const placedAt = !options.onCoding && placesWeapon(lex).has(verbKey) && !usesWeapon(lex).has(verbKey) && !clause.pps.some((x) => TARGET_PREPS.has(x.prep)) && clause.pps.some((x) => PLACED_PREPS.has(x.prep) && x.objects.some(party)) && aimed();
  const weaponAt = placedAt || (!options.onCoding && m?.edge !== 'attacks' && usesWeapon(lex).has(verbKey) && clause.pps.some((x) => TARGET_PREPS.has(x.prep) || (TOWARDS.has(x.prep) && aimed())));
  if ((!m || !m.pattern || m.edge === null) && clause.verb.voice === 'active' && (launches(lex).has(verbKey) || weaponAt)) {
    const noun = clause.objects.find((np) => (launches(lex).has(verbKey) && (isAttackNoun(np, lex) || isCampaignNoun(np, lex))) || (weaponAt && aimedHeads(lex).has(np.head.text.toLowerCase())));
    if (noun) {
      // the noun's own phrases ("strikes against X") become the verb's
      const pps = weaponAt ? clause.pps.map((x) => (TOWARDS.has(x.prep) || (placedAt && PLACED_PREPS.has(x.prep)) ? { ...x, prep: 'at' } : x)) : clause.pps;
      // (a phrase fronted before the verb only of a target: "After a deal between X and Y, police stepped up operations
      // against smugglers" names no target; "In a new round of strikes on X, the coalition carried out four raids" does)
      const as = { ...clause, verb: { ...clause.verb, lemma: ATTACK_VERB, particle: undefined }, objects: clause.objects.filter((o) => o !== noun), pps: [...noun.pps, ...pps.filter((x) => x.start >= clause.verb.end || TARGET_PREPS.has(x.prep))] };
      const lm = matchClause(as, verbs.dict, describeAs);
      if (lm) {
        m = lm;
        clause = as;
        lightVerb = true;
      }
    }
  }
  // "out of" read as one preposition after a verb whose particle it may hold ("pulled out of its base", the tagger's "out"
  // no particle): the verb with the particle, as "pull out" is written in the dictionary
  // (also over another pattern a verb of leaving matched, when the clause has nothing left for an object: "pulled its
  // officers out of X on Monday" is no seizure "on" anything)
  if (!options.onCoding && !clause.verb.particle && (!m?.pattern || m.edge === null || (withdraws(lex).has(clause.verb.lemma) && m.edge !== 'withdraws_from' && !clause.objects.length))) {
    const outOf = clause.pps.find((x) => x.prep === 'out of');
    if (outOf) {
      // (the phrases of time left out, which name no party: "on Monday" would read as CAMEO's "PULL OUT ON")
      const as: Clause = { ...clause, verb: { ...clause.verb, particle: 'out' }, pps: clause.pps.filter((x) => !x.objects.some(namesTime)) };
      const om = matchClause(as, verbs.dict, describeAs);
      if (om?.edge) {
        m = om;
        clause = as;
      }
    }
  }
  // joining or entering a fight ("joined the war on the side of X", "entered the fighting alongside X": lexicon class
  // `join-fight`, conflictNouns) is fighting: read as "fought", the fight's noun gone, so whom it is fought beside is
  // an ally (CAMEO's FIGHT * ALONGSIDE)
  if (!options.onCoding && m?.edge !== 'attacks' && clause.verb.voice === 'active' && joinsFight(lex).has(verbKey)) {
    const fight = clause.objects.find((np) => np.mention === undefined && conflictNoun(np, lex));
    if (fight) {
      const as: Clause = { ...clause, verb: { ...clause.verb, lemma: 'fight', particle: undefined }, objects: clause.objects.filter((o) => o !== fight), pps: [...fight.pps, ...clause.pps] };
      const fm = matchClause(as, verbs.dict, describeAs);
      if (fm) {
        m = fm;
        clause = as;
      }
    }
  }
  // a light verb and a noun of an act done to what follows "to" ("laid siege to X", "set fire to X": lexicon class
  // `lay-to`, toTargetActs) is the act's own verb done to it: read as "besieged X", "attacked X"
  // (CAMEO's own "SET * FIRE" is an attack already: its target is the object of "to", below)
  if (!options.onCoding && m?.edge !== 'attacks' && clause.verb.voice === 'active' && laysTo(lex).has(verbKey)) {
    const act = clause.objects.find((np) => isToTargetAct(np, lex));
    const to = act && clause.pps.find((x) => x.prep === 'to');
    if (act && to) {
      const lemma = lex.words.toTargetActs[act.head.text.toLowerCase()]!;
      const as: Clause = { ...clause, verb: { ...clause.verb, lemma, particle: undefined }, objects: [...clause.objects.filter((o) => o !== act), ...to.objects], pps: clause.pps.filter((x) => x !== to) };
      const am = matchClause(as, verbs.dict, describeAs);
      if (am?.edge === 'attacks') {
        m = am;
        clause = as;
      }
    }
  }
  // harm done to someone named by the object ("inflicted heavy losses on X": lexicon class `inflict-on`, onTargetHarms)
  // is attacking them: read as "attacked X", the harm gone (CAMEO codes "inflict" as imposing, 170)
  if (!options.onCoding && m?.edge !== 'attacks' && clause.verb.voice === 'active' && inflictsOn(lex).has(clause.verb.lemma)) {
    const harm = clause.objects.find((np) => np.mention === undefined && onTargetHarms(lex).has(np.head.text.toLowerCase()));
    const on = harm && (clause.pps.find((x) => x.prep === 'on' || x.prep === 'upon') ?? harm.pps.find((x) => x.prep === 'on' || x.prep === 'upon'));
    if (harm && on) {
      const as: Clause = { ...clause, verb: { ...clause.verb, lemma: ATTACK_VERB, particle: undefined }, objects: [...clause.objects.filter((o) => o !== harm), ...on.objects], pps: clause.pps.filter((x) => x !== on) };
      const am = matchClause(as, verbs.dict, describeAs);
      if (am?.edge === 'attacks') {
        m = am;
        clause = as;
      }
    }
  }
  // holding people in custody ("holds 9,000 fighters in detention": lexicon class `hold`, custodyNouns) is detaining
  // them: read as "detained", the custody gone
  if (!options.onCoding && m?.edge !== 'captures' && clause.verb.voice === 'active' && holds(lex).has(clause.verb.lemma) && clause.objects.length) {
    const custody = clause.pps.find((x) => x.prep === 'in' && x.objects.some((o) => o.mention === undefined && custodyNounSet(lex).has(o.head.text.toLowerCase())));
    if (custody) {
      const as: Clause = { ...clause, verb: { ...clause.verb, lemma: 'detain', particle: undefined }, pps: clause.pps.filter((x) => x !== custody) };
      const dm = matchClause(as, verbs.dict, describeAs);
      if (dm?.edge === 'captures') {
        m = dm;
        clause = as;
      }
    }
  }
  // ... and so is still holding people, named or generic ones who bear no arms ("the militants continue to hold Father X",
  // "have been holding three journalists since May"): an ongoing hold, never holding someone responsible
  if (!options.onCoding && m?.edge !== 'captures' && clause.verb.voice === 'active' && !clause.verb.negated && holds(lex).has(clause.verb.lemma) && clause.objects.length && !clause.complement.length) {
    const ongoing = clause.verb.aspect === 'progressive' || clause.verb.aspect === 'perfect-progressive' || /\b(?:continues?|continued|still)\s+(?:to\s+)?$/i.test(a.text.slice(Math.max(0, clause.verb.start - 20), clause.verb.start));
    const people = clause.objects.every((np) => {
      const e = endOf(np, local, lex, a.mentions);
      const x = e && a.mentions[e.mention]!;
      return !!x && x.kind === 'actor' && (x.type === 'person' || (x.rule === 'generic-actor' && x.type !== 'armed_group' && x.type !== 'government' && !combatantNounSet().has(np.head.text.toLowerCase())));
    });
    const answerable = /^\s*(?:\S+\s+){0,4}?(?:responsible|accountable|liable|to\s+account)\b/i.test(a.text.slice(clause.objects[clause.objects.length - 1]!.end, clause.end + 40));
    if (ongoing && people && !answerable) {
      const as: Clause = { ...clause, verb: { ...clause.verb, lemma: 'detain', particle: undefined } };
      const dm = matchClause(as, verbs.dict, describeAs);
      if (dm?.edge === 'captures') {
        m = dm;
        clause = as;
      }
    }
  }
  // setting a place free ("liberated the town of X", "X was freed by Y": lexicon class `retake`, whose verbs CAMEO codes
  // as releasing people, 080) is taking it back: read as "recaptured" when what is set free is a place
  if (!options.onCoding && m?.edge !== 'captures' && retakes(lex).has(clause.verb.lemma) && !clause.verb.particle) {
    const freed = patientsOf(clause);
    if (freed.length && freed.every((np) => { const e = endOf(np, local, lex, a.mentions) ?? placeEnd(np, local, a.mentions, lex, undefined); return !!e && a.mentions[e.mention]!.kind === 'place'; })) {
      const as: Clause = { ...clause, verb: { ...clause.verb, lemma: 'recapture' } };
      const rm = matchClause(as, verbs.dict, describeAs);
      if (rm?.edge === 'captures') {
        m = rm;
        clause = as;
      }
    }
  }
  // being at war with someone ("has been at war with X since 2023") is fighting them: read as "fought with X" (the
  // rules read named parties; generic actors, "the army", come after them)
  if (!options.onCoding && !m && clause.verb.copula && clause.verb.lemma === 'be') {
    const war = clause.pps.find((x) => x.prep === 'at' && x.objects.length === 1 && x.objects[0]!.mention === undefined && x.objects[0]!.head.text.toLowerCase() === 'war' && !x.objects[0]!.det);
    if (war && clause.pps.some((x) => x.prep === 'with')) {
      const as: Clause = { ...clause, verb: { ...clause.verb, lemma: 'fight', copula: false, particle: undefined }, pps: clause.pps.filter((x) => x !== war) };
      const wm = matchClause(as, verbs.dict, describeAs);
      if (wm?.edge === 'attacks') {
        m = wm;
        clause = as;
      }
    }
  }
  // receiving fire or an attack from someone ("came under fire from X", "faced attacks from X": lexicon class
  // `come-under`) is being attacked by them: read as "was attacked by X"
  // (whatever pattern read the verb otherwise: "COME * UNDER" is CAMEO's 072, coming under protection)
  if (!options.onCoding && m?.edge !== 'attacks' && clause.verb.voice === 'active') {
    const under = clause.pps.find((x) => x.prep === 'under');
    if (comesUnder(lex).has(under ? `${clause.verb.lemma} under` : verbKey)) {
      const hit = [...clause.objects, ...(under?.objects ?? [])].find((np) => np.mention === undefined && (np.head.text.toLowerCase() === 'fire' || isAttackNoun(np, lex)));
      const from = hit && (clause.pps.find((x) => x.prep === 'from') ?? hit.pps.find((x) => x.prep === 'from'));
      if (from) {
        const as: Clause = { ...clause, verb: { ...clause.verb, lemma: ATTACK_VERB, particle: undefined, voice: 'passive' }, objects: [], agent: from.objects, pps: clause.pps.filter((x) => x !== from && x !== under) };
        const um = matchClause(as, verbs.dict, describeAs);
        if (um) {
          m = um;
          clause = as;
        }
      }
    }
  }
  // people killed, wounded or dead in a fight or an attack with or by someone ("soldiers were killed in clashes with X",
  // "died in an ambush by X"): that someone killed or wounded them, read as "were killed by X" (lexicon classes
  // `wound`, `die`; conflictNouns, attackNouns)
  if (!options.onCoding && (clause.verb.voice === 'passive' ? !clause.agent.length && wounds(lex).has(clause.verb.lemma) : dies(lex).has(clause.verb.lemma))) {
    const fight = clause.pps.find((x) => x.prep === 'in' && x.objects.some((o) => o.mention === undefined && (conflictNoun(o, lex) || isAttackNoun(o, lex))));
    const noun = fight?.objects.find((o) => conflictNoun(o, lex) || isAttackNoun(o, lex));
    // (the other side: "with" right after the fight's noun, on the noun or on the verb; "by" on an attack's noun)
    // (after the noun's own "of" phrase: "an exchange of fire with X")
    const nounEnd = noun ? Math.max(noun.end, ...noun.pps.filter((x) => x.prep === 'of').map((x) => x.end)) : 0;
    const other = noun && [...noun.pps, ...clause.pps].find((x) => (x.prep === 'with' || (x.prep === 'by' && isAttackNoun(noun, lex))) && x.start >= nounEnd && !/[^\s]/.test(a.text.slice(nounEnd, x.start)) && x.objects.some((o) => !!endOf(o, local, lex, a.mentions)));
    if (other) {
      const as: Clause = { ...clause, verb: { ...clause.verb, lemma: dies(lex).has(clause.verb.lemma) ? 'kill' : clause.verb.lemma, voice: 'passive' }, agent: other.objects, pps: clause.pps.filter((x) => x !== other && x !== fight) };
      const km = matchClause(as, verbs.dict, describeAs);
      if (km) {
        m = km;
        clause = as;
      }
    }
  }
  // giving up a place ("handed over the base to X", "ceded control of the town", "relinquished X": lexicon class
  // `cede`) is withdrawing from it: read as "withdrew from" the place (what "control of" is of)
  if (!options.onCoding && m?.edge !== 'withdraws_from' && clause.verb.voice === 'active') {
    const over = clause.pps.find((x) => x.prep === 'over');
    const key = over && !clause.verb.particle ? `${clause.verb.lemma} over` : verbKey;
    if (cedes(lex).has(key)) {
      const given = [...clause.objects, ...(over?.objects ?? [])].flatMap((np) => (contestNouns(lex).has(np.head.text.toLowerCase()) ? np.pps.filter((x) => x.prep === 'of').flatMap((x) => x.objects) : [np]));
      const place = given.find((np) => {
        const e = endOf(np, local, lex, a.mentions) ?? placeEnd(np, local, a.mentions, lex, undefined);
        // (a place named in a phrase only when the phrase is a post or a place: "the Dhobley base", not "U.S. allies")
        const site = !e?.described || isPost(np.head.text, lex) || headKeys(np).some((k) => targetNouns(lex).places.has(k) || targetNouns(lex).facilities.has(k));
        return !!e && site && a.mentions[e.mention]!.kind === 'place';
      });
      // (a post given up in a place the clause names gives up that place: "handed over several checkpoints in X")
      const postIn =
        place === undefined && given.some((np) => np.mention === undefined && isPost(np.head.text, lex))
          ? clause.pps.filter((x) => x.prep === 'in' || x.prep === 'inside' || x.prep === 'at').flatMap((x) => x.objects).find((o) => o.mention !== undefined && a.mentions[local[o.mention]!]!.kind === 'place')
          : undefined;
      const taken = place ?? postIn;
      if (taken) {
        const place = taken;
        const from: PrepPhrase = { start: place.start, end: place.end, prep: 'from', prepSpan: { start: place.start, end: place.start }, objects: [place], attach: 'verb' };
        const as: Clause = { ...clause, verb: { ...clause.verb, lemma: 'withdraw', particle: undefined }, objects: [], pps: [from, ...clause.pps.filter((x) => x !== over && x.prep !== 'to' && !x.objects.includes(place))] };
        const wm = matchClause(as, verbs.dict, describeAs);
        if (wm?.edge === 'withdraws_from') {
          m = wm;
          clause = as;
        }
      }
    }
  }
  // a verb done to people with a means of violent repression ("dispersed protesters with tear gas", "were dispersed with
  // live ammunition by police": lexicon `repressionMeans`) is CAMEO's violent repression whatever the verb's own code:
  // read as "attacked", the means gone
  if (!options.onCoding && (!m || m.edge === null) && patientsOf(clause).length) {
    const means = clause.pps.find((x) => x.prep === 'with' && x.objects.some((o) => repressionMeans(lex).test(a.text.slice(o.start, o.end))));
    if (means) {
      const as = { ...clause, verb: { ...clause.verb, lemma: ATTACK_VERB, particle: undefined }, pps: clause.pps.filter((x) => x !== means) };
      const rm = matchClause(as, verbs.dict, describeAs);
      if (rm) {
        m = { ...rm, code: REPRESSION, ...verbs.describe(REPRESSION) };
        clause = as;
      }
    }
  }
  // a verb of violence that one of its patterns reads as words ("fought the government": CAMEO 111; "fought (for) years")
  // is violence when an armed party does it: matched again with the verb's patterns of violence only, else its own code
  if (m?.pattern && !options.onCoding && m.edge !== 'attacks' && m.entry.code !== null && verbs.describe(m.entry.code).edge === 'attacks' && m.source.some((np) => armedEnd(np, local, a.mentions, lex))) {
    const again = matchClause(clause, verbs.dict, describeAs, (p) => p.code !== null && verbs.describe(p.code).edge === 'attacks');
    if (again) m = again;
  }
  // an arrest is a capture whoever is arrested: CAMEO codes some arrests by their victims as repression ("ARREST *
  // JOURNALIST", "DETAIN * SUPPORTER": 175); the graph keeps the verb's own code (173, captures)
  if (m?.pattern && !options.onCoding && m.code.startsWith(REPRESSION) && m.entry.code !== null && verbs.describe(m.entry.code).edge === 'captures') {
    m = { ...m, code: m.entry.code, ...verbs.describe(m.entry.code) };
  }
    return { clause, m, lightVerb };
  };
  /** One clause of a sentence coded (`nominal`: the sentence's attacks named as nouns; `attrsOf`: its date and casualties, read once). */
  const codeClause = (c: Clause, s: Sentence, k: number, first: number, last: number, reading: Reading, local: number[], sentence: string, nominal: readonly Clause[], attrsOf: () => SentenceAttributes): void => {
    // an intention or a purpose is not an event ("vowed to attack", "in order to defeat", "committed to defeating");
    // a participle adjunct is (", killing 12")
    // (the coder's own output, `onCoding`, keeps them: PETRARCH codes "is about to restore ties")
    // (a deed the object is accused of is no intention: "accused the militia of kidnapping civilians", hedged)
    // (and one coordinated with it: "accused X of looting and torturing civilians")
    // (... or the passive subject is: "the fighters have been accused by rights groups of killing civilians")
    const passiveParent = (x: Clause) => reading.clauses.find((y) => y.id === x.parent)?.verb.voice === 'passive';
    const accusedDeed = (x: Clause | undefined) => !!x && x.link === 'adverbial' && (x.subjectFrom === 'control' || (x.subjectFrom === 'participle' && passiveParent(x))) && (x.subordinator === 'of' || x.subordinator === 'for');
    const accused = accusedDeed(c) || (c.link === 'coordination' && c.verb.hedged && accusedDeed(reading.clauses.find((y) => y.id === c.parent)));
    // (a gerund that describes its antecedent is no intention either: "a militia fighting alongside the army")
    // (nor a deed under a verb of beginning or going on with it, affirmed: "continued to clash", "began shelling";
    // lexicon class go-on)
    // (the deed right after the verb, not after its object or phrase: "came to Syria to fight" is a purpose)
    const under = c.link === 'control' ? reading.clauses.find((y) => y.id === c.parent) : undefined;
    const goesOn = !!under && goesOnWith(lex).has(under.verb.lemma) && !under.verb.negated && !under.verb.hedged && /^\s+(?:to\s+)?$/.test(a.text.slice(under.verb.end, c.verb.start));
    // (nor a deed told done, a perfect infinitive under a verb that tells it: "claimed to have killed 30 soldiers", "is
    // said to have shot down a drone"; lexicon class tell-done; hedged, as the clause reader marks it)
    const toldDone = !!under && c.verb.form === 'infinitive' && c.verb.aspect === 'perfect' && !under.verb.negated && tellsDone(lex).has(under.verb.lemma);
    // (nor the aid troops were sent or deployed to give, the sending affirmed and done: "Rwanda has deployed 4,000 troops
    // to eastern Congo to support the rebels"; lexicon classes deploy, aid-sent)
    const aidSent = !!under && c.verb.form === 'infinitive' && !c.verb.negated && under.verb.form === 'finite' && !under.verb.negated && !under.verb.hedged && under.verb.tense !== 'future' && deploys(lex).has(under.verb.lemma) && aidsSent(lex).has(c.verb.lemma);
    // (nor a gerund placed in time beside the main clause's deed, that deed done: "occupied the post before withdrawing
    // from X", "after storming the base")
    const parent = c.link === 'adverbial' ? reading.clauses.find((y) => y.id === c.parent) : undefined;
    const timed = c.verb.form === 'gerund' && !!parent && TIME_SUBORDINATORS.has(c.subordinator ?? '') && !c.verb.negated && parent.verb.form === 'finite' && !parent.verb.negated && !parent.verb.hedged && parent.verb.tense !== 'future';
    // (a gerund coordinated with another hangs as that one hangs: ", killing four farmers and abducting twelve women")
    const link = gerundLink(c, reading);
    // (nor a deed seen or recorded as it is done: "were seen fighting alongside junta troops"; lexicon class perceive)
    const seen = !!under && c.verb.form === 'gerund' && !under.verb.negated && perceives(lex).has(under.verb.lemma);
    const intention = !accused && !goesOn && !toldDone && !aidSent && !timed && !seen && (c.verb.form === 'infinitive' || (c.verb.form === 'gerund' && link !== 'participle' && link !== 'relative') || c.subjectFrom === 'control');
    if (c.subjectFrom === 'none' || (intention && !options.onCoding)) return;
    // (the verb's lemma from the inflector's tables once the clause is read at all)
    const lemma = lemmaOf(c.verb.head.text, lex) ?? c.verb.lemma;
    let clause = lemma === c.verb.lemma ? c : { ...c, verb: { ...c.verb, lemma } };
    // a party that pulls its own men out of a place leaves it ("pulled its officers out of X", "withdrew troops from X"):
    // the clause without that object, as "pulled out of X" (lexicon class withdraw; the men unnamed, lexicon forceNouns
    // and roles)
    if (!options.onCoding && withdraws(lex).has(lemma) && clause.verb.voice === 'active' && clause.objects.length === 1 && ownMen(clause.objects[0]!, lex)) clause = { ...clause, objects: [] };
    const describeAs = options.onCoding ? describeCode : verbs.describe;
    // (what a party lays on another: its words about that one)
    if (!options.onCoding) out.push(...accusations(clause, reading, a.mentions, local, lex, s, sentence, told));
    // (who leads whom, whatever the dictionary codes)
    if (!options.onCoding) out.push(...ledBy(clause, reading, a.mentions, local, lex, s, sentence));
    // (and who acts beside whom)
    if (!options.onCoding) out.push(...actedAlongside(clause, a.mentions, local, lex, s, sentence));
    const claim = options.onCoding ? undefined : claimedAttack(clause, reading, lex);
    if (claim) {
      const sources = clause.subject.map((np) => endOf(np, local, lex, a.mentions)).filter((e): e is End => !!e && !e.described && a.mentions[e.mention]!.kind !== 'place');
      // (the attack itself claimed, "claimed the assault", says less that it is one told before: only one told in the
      // CLAIM_REACH sentences before, where a sentence or two about its victims may come between)
      // (a deed done that another reports is their allegation, no claim: "activists claimed that the government is
      // carrying out the attacks"; nor one asked about: "whether X had staged the raid")
      if (!claims(lex).lemmas.has(clause.verb.lemma)) {
        const reporters = (clause.reportedBy?.speaker ?? []).map((np) => endOf(np, local, lex, a.mentions)).filter((e): e is End => !!e).map((e) => a.mentions[e.mention]!);
        const parent = reading.clauses.find((x) => x.id === clause.parent);
        const asked = clause.subordinator === 'whether' || clause.subordinator === 'if' || /(?<![\p{L}])(?:whether|if)\s+$/iu.test(a.text.slice(Math.max(0, clause.start - 10), clause.start)) || (clause.link === 'complement' && !!parent && (parent.verb.negated || parent.verb.hedged));
        const own = (speakers: readonly RawMention[]) => sources.every((x) => speakers.some((r) => sameEntity(r, a.mentions[x.mention]!)));
        // (said by the doer itself: the clause it is the content of has the doer for its subject, "X said it carried out")
        const holder = clause.link === 'complement' && parent ? parent.subject.map((np) => endOf(np, local, lex, a.mentions)).filter((e): e is End => !!e).map((e) => a.mentions[e.mention]!) : undefined;
        if (asked || (clause.reportedBy && !own(reporters)) || (holder && !own(holder))) return;
      }
      // (the attack as the verb's object, or a phrasal verb's: "carried out the attack")
      const asObject = clause.objects.includes(claim) || clause.pps.some((x) => x.prep !== 'for' && x.objects.includes(claim));
      if (sources.length) claimed.push({ s, at: clause.start, sources, noun: claim, ...(asObject ? { after: a.sentences[Math.max(0, k - CLAIM_REACH)]?.start ?? 0 } : {}) });
      return;
    }
    let lightVerb = false;
    // (the coder: a clause with no object offers its content's phrases to the patterns, PETRARCH's verb phrase)
    const content = options.onCoding && !patientsOf(clause).length ? contentPhrases(c, reading) : [];
    // (the coder: a verb of a clause under this one right after its verb, "believed linked to X")
    const nextVerb = options.onCoding ? (x: Clause) => reading.clauses.find((y) => y.parent === x.id && /^\s+$/.test(a.text.slice(x.verb.end, y.verb.head.start)))?.verb.head.text.toLowerCase() : undefined;
    // (the coder: the words before an infinitive or gerund under a verb are those before that verb's too, PETRARCH's
    // words before the verb along the text: "unexpectedly won't try to clash" for `UNEXPECTEDLY &NEGATVAUXVRB *`)
    const preVerb = options.onCoding ? (x: Clause) => wordsOf(a.text.slice(controlStart(x, reading), x.verb.head.start)) : undefined;
    let m = matchClause(clause, verbs.dict, describeAs, undefined, nextVerb ? { ...written, ...(content.length ? { contentPatients: content } : {}), nextVerb, ...(preVerb ? { preVerb } : {}) } : written);
    // a light verb with an attack or an armed campaign for its object ("carried out airstrikes against X", "conducted
    // raids on X", "waged an insurgency against X": lexicon class `launch`) is the attack itself unless a pattern of the dictionary says otherwise ("conduct" alone is CAMEO's
    // 060 "oversee"): read as "attacked", the object gone
    // ... and so is a verb of using a weapon with a weapon for its object and a target ("launched drones at Kyiv",
    // "deployed missiles against X": lexicon class `use-weapon`, CAMEO's aircraft and weapon words)
    const verbKey = clause.verb.particle ? `${clause.verb.lemma} ${clause.verb.particle}` : clause.verb.lemma;
    // (a function of its own: the engine optimises it alone)
    ({ clause, m, lightVerb } = readAgain(clause, m, verbKey, local, describeAs));
    // (an attack laid on someone by a passive relative on it is a reported deed, hedged: attributedDoers below)
    if (m?.edge === 'attacks' && !options.onCoding && !m.hedged && m.source.some((np) => np.mention === undefined && isAttackNoun(np, lex) && attributedDoers(np, reading, lex).blamed)) m = { ...m, hedged: true };
    // a negated clause is no event, unless a pattern that says "not" before the verb coded it ("WILL NOT * TOWARDS"):
    // the coder's own output keeps that code; the graph never reads a negated clause (below)
    // founding a body together ("Mali, Burkina Faso and Niger formed the Alliance of Sahel States": lexicon class
    // `found-body`, two founders or more, none a person): each founder is a member of it, and the founders of an
    // alliance (lexicon allianceNouns) are allies; no other reading of the clause then (CAMEO's "form alliance", 050,
    // would make each founder an ally of the body)
    const founded = !options.onCoding && clause.verb.voice === 'active' && !clause.verb.negated && foundsBody(lex).has(verbKey) ? foundedTogether(clause, local, lex, a.mentions, s, sentence) : [];
    if (founded.length) {
      out.push(...founded);
      return;
    }
    if (!options.onCoding && !clause.verb.negated && recruitsVerb(lex).has(clause.verb.lemma)) out.push(...recruitedPeople(clause, local, lex, a.mentions, s, sentence));
    if (!m || (m.negated && !(options.onCoding && saysNot(m.pattern, lex)))) return;
    // a match whose code gives no edge is no event for the graph, and nothing below gives it one: the edge changes only
    // where a place-taking code reads a seized post as an attack (takesPlace, below), and what is written before the
    // last test on the edge (an event's place with no doer named, an attack for a later claim) wants an edge of
    // attacks or captures; the rest is ends read and no output (almost half the matched clauses on wiki-syria; the
    // coder's own output reads every code)
    if (!options.onCoding && m.edge === null && !takesPlace(m.code)) return;
    // (the edge: the code's, unless the clause says otherwise below: a force's post taken is an attack on the force)
    let edge = m.edge;
    // commanding, leading, governing (CAMEO block OVERSEE_MANAGE, whose verbs alone code 060 "material cooperation") is
    // no alliance: the graph reads it as `leads` (rules). On re3d-dev its one event was "CTF 50 is led by Commodore X".
    if (!options.onCoding && m.edge === 'allied_with' && !m.pattern && NO_ALLIANCE_BLOCKS.has(m.entry.block)) return;
    // ... nor founding, heading or running one ("a militia founded in 2013 by X": lexicon class `lead`, which the
    // leadership rules read; CAMEO codes "found" as enacting, 060)
    if (!options.onCoding && m.edge === 'allied_with' && !m.pattern && leadsVerb(lex).has(clause.verb.lemma)) return;
    // ... nor a cooperation pattern of a verb of fighting whose object is armed men it names ("battle insurgents", CAMEO
    // 062; lexicon class `fight`, "with the enemy as object"): they are whom the subject fights beside others, no partner
    // (the attack rules read the fight); training or arming fighters is cooperation with them
    // ... nor of a verb of going after someone whose object is armed men ("police are hunting the gunmen", CAMEO 060;
    // lexicon class `pursue`)
    if (!options.onCoding && m.edge === 'allied_with' && (fights(lex).has(clause.verb.lemma) || pursues(lex).has(clause.verb.lemma)) && m.pattern?.patient?.heads.some((h) => combatantNounSet().has(h))) return;
    // dominating ("an alliance dominated by the YPG", "Shia militias dominate the force": lexicon class `dominate`) is
    // holding sway, which the membership rules read; CAMEO's DESTROY block lists "dominate" as an attack
    if (!options.onCoding && m.edge === 'attacks' && !m.pattern && dominates(lex).has(clause.verb.lemma)) return;
    // running into a device ("their vehicle hit a landmine", "a patrol struck a roadside bomb": lexicon class `run-into`,
    // a device of lexicon deviceNouns for its object) is being hit by it: no attack by the subject
    if (!options.onCoding && m.edge === 'attacks' && clause.verb.voice === 'active' && runsInto(lex).has(verbKey) && patientsOf(clause).some((np) => isDevice(np, lex))) return;
    // a place or a camp does not act (a country may: it stands for its government)
    const acts = (e: End) => (a.mentions[e.mention]!.kind !== 'place' && a.mentions[e.mention]!.kind !== 'camp') || a.mentions[e.mention]!.type === 'country';
    // an alliance is read between named parties only ("UK support" is not the UK's ally; "bought Russian missiles" is
    // no alliance with Russia's forces)
    // (a party's own fighters are the party: "AU forces support the SNA", the phrase's last word a force or combatant noun)
    // (not counted ones, given or lost: "contributed 2,000 personnel", "12 Rafale fighters")
    const ownFighters = (e: End) => {
      if (!e.described || e.held) return false;
      const words = a.text.slice(e.described.start, e.described.end).toLowerCase().split(/\s+/);
      const last = words[words.length - 1]!;
      if (words.some((w) => /^\d/.test(w) || Object.hasOwn(lex.words.numberWords, w) || lex.words.quantityWords.includes(w))) return false;
      // (the men "of" a group too, named first by their force noun or their role: "Fighters of X", "members of local
      // vigilance committees")
      const first = words[0] === 'the' ? words[1] : words[0];
      const menOf = !!first && words.includes('of') && (forceNounSet(lex).has(first) || roleHeads(lex).has(first));
      return forceNounSet(lex).has(last) || combatantNounSet().has(last) || menOf;
    };
    const named = (e: End) => m.edge !== 'allied_with' || ((!e.described || ownFighters(e)) && !isHardware(a.mentions[e.mention]!) && !isAttackActor(a.mentions[e.mention]!, lex));
    // "fighters from the ELN", "militants of the group": armed men named by their group are the group
    const groupOf = (np: NounPhrase): NounPhrase => {
      const own = endOf(np, local, lex, a.mentions);
      // a description in apposition to a name is the name ("the VDP, a militia that fights alongside the army": the
      // subject of the relative clause is the VDP)
      // ... and a thing another placed, fired or launched is that other's doing ("a landmine planted by X killed two
      // soldiers", "a rocket fired by X hit the base"): the agent of its passive participle
      if (!own) {
        const named = reading.nounPhrases.find((p) => p.appositions.includes(np) && p.mention !== undefined);
        if (named) return named;
        // (a participle of the lexicon's verb class `place-weapon`; not people, "rebels led by X", nor an attack "repelled by X")
        const by = reading.clauses.find((x) => x.verb.voice === 'passive' && x.subjectFrom !== 'explicit' && x.subject.includes(np) && x.agent.length > 0 && placesWeapon(lex).has(x.verb.particle ? `${x.verb.lemma} ${x.verb.particle}` : x.verb.lemma));
        const placer = by?.agent.find((p) => !!endOf(p, local, lex, a.mentions));
        if (placer) return placer;
        // ... and armed men loyal to a person are the person's, as "X's forces" are ("Forces loyal to X clashed with Y")
        if (combatantNounSet().has(np.head.text.toLowerCase()) || forceNounSet(lex).has(np.head.text.toLowerCase())) {
          const loyal = reading.clauses.find((x) => x.verb.lemma === LOYAL && x.subject.includes(np) && x.subjectFrom === 'relative');
          const to = loyal?.pps.find((x) => x.prep === 'to')?.objects.find((o) => {
            const e = endOf(o, local, lex, a.mentions);
            return !!e && a.mentions[e.mention]!.type === 'person';
          });
          if (to) return to;
        }
        return np;
      }
      const g = own && a.mentions[own.mention]!;
      if (!g || g.rule !== 'generic-actor' || !combatantNounSet().has(np.head.text.toLowerCase())) return np;
      const of = np.pps.find((x) => x.prep === 'from' || x.prep === 'of');
      const named = of?.objects.find((o) => {
        const e = endOf(o, local, lex, a.mentions);
        // (the group may name a noun of armed men: "fighters from the Fano militia")
        const x = e && (!e.described || combatantNounSet().has(o.head.text.toLowerCase())) ? a.mentions[e.mention]! : undefined;
        return !!x && x.rule !== 'generic-actor' && (x.type === 'armed_group' || x.kind === 'force');
      });
      return named ?? np;
    };
    // (a country a relative clause follows inside a phrase of place is where, not who: "an attack in southern Lebanon
    // that killed one soldier")
    const whereOnly = (np: NounPhrase) => c.subjectFrom === 'relative' && a.mentions[local[np.mention ?? -1] ?? -1]?.kind === 'place' && LOCATIVE_BEFORE.test(a.text.slice(Math.max(s.start, np.start - 24), np.start));
    // a pronoun the coreference left alone, the subject of what a party said, is that party ("the army said it had
    // recaptured X": generic actors, found after the coreference, are no antecedents there); not a person's words
    const spoken = (np: NounPhrase): NounPhrase => {
      if (!np.pronoun || np.mention !== undefined || !/^(?:it|they)$/i.test(np.head.text) || !clause.subject.includes(np)) return np;
      const speaker = clause.reportedBy?.speaker.length === 1 ? clause.reportedBy.speaker[0]! : undefined;
      const e = speaker && endOf(speaker, local, lex, a.mentions);
      return e && a.mentions[e.mention]!.type !== 'person' && a.mentions[e.mention]!.kind !== 'place' ? speaker! : np;
    };
    // ... and one that opens its sentence, the generic actor that opened the sentence before ("Gunmen stormed a village.
    // They killed 12 people."), "they" for a plural, "it" for a body
    // ... and one that opens a clause under the main one after its subordinator, the main clause's subject when that
    // agrees ("The militants had held X since August, when they overran a base": the militants)
    const opener = (np: NounPhrase): End | undefined => {
      if (!np.pronoun || np.mention !== undefined || !clause.subject.includes(np)) return undefined;
      const they = /^they$/i.test(np.head.text);
      if (!they && !/^it$/i.test(np.head.text)) return undefined;
      // (not a relative clause's: "the strikes it conducted" may be anyone's)
      const under = (x: Clause | undefined): boolean => !!x && ((x.link === 'adverbial' && x.subjectFrom === 'explicit') || (x.link === 'coordination' && under(reading.clauses.find((y) => y.id === x.parent))));
      if (under(c)) {
        // (the nearest clause above with a subject of its own that is no pronoun; an adverbial clause the reader hung on
        // nothing is under the sentence's first clause with one)
        const above = (x: Clause): Clause | undefined => reading.clauses.find((y) => y.id === x.parent) ?? (x.link === 'adverbial' ? reading.clauses.find((y) => y.parent === undefined && y.subjectFrom === 'explicit' && y !== x && y.subject.length === 1 && y.subject[0]!.end <= np.start) : undefined);
        let up = above(c);
        for (let n = 0; up && n < 8 && (up.subject.length !== 1 || up.subject[0]!.pronoun || up.subject.includes(np)); n++) up = above(up);
        const subj = up && up.subject[0]!.end <= np.start ? up.subject[0] : undefined;
        const e = subj && !subj.pronoun ? endOf(subj, local, lex, a.mentions) : undefined;
        if (e && !e.described && a.mentions[e.mention]!.kind !== 'place' && a.mentions[e.mention]!.type !== 'person' && PLURAL_HEAD.test(subj!.head.text) === they) return e;
      }
      if (k === 0 || !/^\W*$/.test(a.text.slice(s.start, np.start))) return undefined;
      const prev = a.sentences[k - 1]!;
      const [pf, pl] = a.ranges[k - 1]!;
      const x = pf < pl ? a.mentions[pf]! : undefined;
      if (!x || x.rule !== 'generic-actor' || !/^\W*(?:the\s+)?$/i.test(a.text.slice(prev.start, x.start))) return undefined;
      return PLURAL_HEAD.test(x.text) === they ? { mention: pf } : undefined;
    };
    let sources = m.source.filter((np) => options.onCoding || !whereOnly(np)).map((np) => (options.onCoding ? undefined : opener(np)) ?? endOf(options.onCoding ? np : groupOf(spoken(np)), local, lex, a.mentions)).filter((e): e is End => !!e && acts(e) && (!!options.onCoding || named(e)));
    // the doer of an attack named as a noun is its compound or possessor itself ("a U.S. strike": the United States, in
    // its own words), the attack no description of it
    if (nominal.length && nominal.includes(c)) sources = sources.map((e) => ({ mention: e.mention }));
    // the target: what the pattern names (a patient, a preposition's object); when that is no actor ("fired two shells
    // (at Seoul)", "restored diplomatic ties (with Gondor)"), or when there is none, the object of against/on/at
    // ("opened fire on a convoy"), of "with" for fighting ("clashed with al-Shabaab fighters"), else the first actor
    // named in a prepositional phrase of the clause or of its objects, through "of" ("a resumption of ties with
    // Gondor"); never a place, a time or an "of" object (alliances in the graph: not from this fallback; on re3d-dev
    // it gave 4 wrong allied_with and no right one)
    // a place or facility end ("seized the town of Bunagana", "attacked a checkpoint outside Mogadishu") for an
    // event against a place: attacks, captures, withdraws_from
    const placeIdx0 = placeOf(c, local, a.mentions);
    const attackNoun = (np: NounPhrase) => isAttackNoun(np, lex);
    const placeTarget = m.edge === 'attacks' || m.edge === 'captures' || m.edge === 'withdraws_from';
    // (whose attacks or operations they are is their doer: "oversaw the group's operations"; a patient's own possessor is
    // read as the doer below, doerAttacked, "repelled ISIL's attack")
    const doersNoun = (np: NounPhrase) => np.mention === undefined && (attackNoun(np) || headKeys(np).some((k) => campaignNouns(lex).has(k))) && np.modifiers.some((md) => md.kind === 'possessor');
    const targetEnd = (np: NounPhrase) => endOf(np, local, lex, a.mentions) ?? (placeTarget ? placeEnd(np, local, a.mentions, lex, placeIdx0, m.edge === 'attacks', m.edge === 'captures') : undefined);
    const actor = (np: NounPhrase) => {
      const e = endOf(np, local, lex, a.mentions);
      const mm = e && a.mentions[e.mention]!;
      // a place is a party to an event as a country, or as what is taken or left ("captured Kidal from the rebels")
      return !!mm && (mm.kind !== 'place' || mm.type === 'country' || m.edge === 'captures' || m.edge === 'withdraws_from');
    };
    // the subject is an attack done by someone ("an attack by al-Shabaab killed five soldiers", "drone strikes by the
    // military have killed dozens"): the attack's doer, the object of its "by", did what the attack did
    if (!sources.length && m.edge === 'attacks' && !options.onCoding) {
      const noun = m.source.find((np) => !actor(np) && attackNoun(np));
      const by = noun?.pps.find((x) => x.prep === 'by');
      if (by) sources = by.objects.map((np) => endOf(np, local, lex, a.mentions)).filter((e): e is End => !!e && acts(e));
      // ... or said by a passive relative on the attack: claimed by its doer ("an attack claimed by X killed"), or laid
      // on someone (lexicon class accuse: "a drone attack blamed on X wounded two soldiers"), a reported deed, hedged
      else if (noun) sources = attributedDoers(noun, reading, lex).doers.map((np) => endOf(np, local, lex, a.mentions)).filter((e): e is End => !!e && acts(e));
    }
    // a weapon's deed told by a relative clause on it, the weapon the object of a clause of placing, setting off or using
    // it ("Maoists triggered an IED that killed eight jawans", "rebels fired a rocket which hit a convoy"): the one who set
    // it off or fired it did it (its antecedent a weapon or device: lexicon aimed heads, as for placed weapons)
    if (!sources.length && m.edge === 'attacks' && !options.onCoding && clause.link === 'relative' && clause.verb.voice === 'active') {
      const weapon = clause.subject.find((np) => np.mention === undefined && aimedHeads(lex).has(np.head.text.toLowerCase()));
      // (by a verb of placing, setting off or using a weapon: "witnessed jets firing on X" makes no witness a doer)
      const user = weapon && reading.clauses.find((x) => x !== clause && x.verb.voice === 'active' && !x.verb.negated && x.objects.includes(weapon) && (placesWeapon(lex).has(x.verb.lemma) || usesWeapon(lex).has(x.verb.lemma)));
      if (user) sources = user.subject.map((np) => endOf(np, local, lex, a.mentions)).filter((e): e is End => !!e && acts(e) && a.mentions[e.mention]!.kind !== 'place');
    }
    // a passive deed with no agent done in an attack named with its doer ("was killed in a Chadian airstrike", "were
    // wounded in an ISIS ambush"): the attack's doer did it (the attack's own words, a mention or its modifiers)
    if (!sources.length && m.edge === 'attacks' && !options.onCoding && clause.verb.voice === 'passive' && !clause.agent.length) {
      const inAttack = clause.pps.find((x) => (x.prep === 'in' || x.prep === 'during') && x.objects.some((np) => headKeys(np).some((k) => attackNouns(lex).has(k))));
      // (its own words only, never a name apposed to it: "were killed in the attack, Staff Sgt. X was injured")
      const doer = (np: NounPhrase): End | undefined => {
        if (np.mention !== undefined) return { mention: local[np.mention]! };
        const md = np.modifiers.find((x) => (x.kind === 'compound' || x.kind === 'possessor') && (x.mention ?? x.np?.mention) !== undefined);
        const by = md ? undefined : np.pps.find((x) => x.prep === 'by')?.objects.find((o) => o.mention !== undefined);
        const i = md ? (md.mention ?? md.np!.mention!) : by?.mention;
        return i === undefined ? undefined : { mention: local[i]! };
      };
      if (inAttack) sources = inAttack.objects.map(doer).filter((e): e is End => !!e && acts(e) && a.mentions[e.mention]!.kind !== 'place');
    }
    // what a named patient is of is taken ("took control of Goma"), not allied with ("began the deployment of troops")
    const ofTarget = m.targetFrom === 'of' && m.edge === 'allied_with' && !options.onCoding;
    // the weapon a verb of using fires or drops is the means of an attack, not its target ("used TOW missiles against
    // X", "fired rockets at X": lexicon class `use-weapon`; CAMEO's "USE * &WEAPON"): the target is then read from the
    // clause's phrases below ("shot down a helicopter", "destroyed ISIL tanks" keep theirs)
    const means = (np: NounPhrase) => m.edge === 'attacks' && !options.onCoding && usesWeapon(lex).has(clause.verb.lemma) && aimedHeads(lex).has(np.head.text.toLowerCase());
    // whom a fight is fought beside ("fought alongside X", "on X's side"; lexicon class `fight`): never its target; in
    // the graph an ally of its doer (CAMEO's "FIGHT * ALONGSIDE", 062: below)
    const besides = m.edge === 'attacks' && !options.onCoding && fights(lex).has(clause.verb.lemma) ? clause.pps.map((x) => ({ pp: x, nps: companyOf(x, clause.pps, lex) })).filter((x) => x.nps) : [];
    const companyPPs = besides.map((x) => x.pp);
    const company = besides
      .flatMap((x) => x.nps!)
      .map((np) => endOf(np, local, lex, a.mentions))
      .filter((e): e is End => !!e && acts(e))
      .map((e) => ({ mention: e.mention }));
    const besideIt = (e: End) => company.some((x) => x.mention === e.mention);
    // (a reflexive object is the doer itself: "blew himself up")
    // (a possessor the pattern's noun hands over is that noun's doer when the noun names attacks or operations: "oversaw
    // the group's operations" is no attack on the group)
    // (and the noun itself, read through its possessor, when a light verb launches it: "launched its own operation against
    // X" is no attack on the launcher)
    const doerOfNoun = (np: NounPhrase) =>
      (m.targetFrom === 'modifier' && patientsOf(clause).some((p) => doersNoun(p) && p.modifiers.some((md) => md.kind === 'possessor' && (md.np === np || md.mention === np.mention)))) ||
      (m.targetFrom === 'patient' && launches(lex).has(verbKey) && ownNoun(np));
    /** An attack or campaign noun with a possessor, or a possessive pronoun the clause reader took for a compound ("its"). */
    const ownNoun = (np: NounPhrase) =>
      doersNoun(np) ||
      (np.mention === undefined && (attackNoun(np) || headKeys(np).some((k) => campaignNouns(lex).has(k))) && np.modifiers.some((md) => md.kind === 'compound' && md.mention !== undefined && POSSESSIVE_PRONOUN.test(a.mentions[local[md.mention]!]!.text)));
    let targets = ofTarget ? [] : m.target.filter((np) => !means(np) && !REFLEXIVE.test(np.head.text) && (options.onCoding || !doerOfNoun(np))).map(targetEnd).filter((e): e is End => !!e && (!!options.onCoding || named(e)) && !besideIt(e));
    // the patient is an attack and the end is its doer ("repelled a Taliban attack", "foiled ISIS's assault", below "an
    // attack by X"): in the graph, the doer attacked the subject
    let doerAttacked = m.edge === 'attacks' && m.target.length === 1 && targets.length === 1 && !!targets[0]!.described && attackNoun(m.target[0]!);
    // (what was left is said, and it is no entity: "withdrew from several villages east of X under a deal with Y" left
    // neither X nor Y)
    let leftUnnamed = false;
    if (m.edge === 'withdraws_from' && !options.onCoding) {
      // what is left is the object of "from" ("withdrew its troops from Somalia"), not the forces withdrawn
      const from = clause.pps.find((x) => x.prep === 'from' || x.prep === 'out of');
      // (a post left is the place it stands in, not the force it belongs to: "withdrew from their base in Gao")
      // (its evidence is the place's own mention, the words the place is named by)
      const postPlace = (np: NounPhrase): End | undefined => {
        const e = placeEnd(np, local, a.mentions, lex, placeIdx0, m.edge === 'attacks');
        return e && { mention: e.mention };
      };
      const left = from ? from.objects.map((np) => postPlace(np) ?? targetEnd(np)).filter((e): e is End => !!e) : [];
      if (left.length) targets = left;
      else if (from) {
        targets = [];
        leftUnnamed = true;
      } else if (m.targetFrom === 'patient') targets = [];
    }
    // a patient the pattern names ("occupied the town (of Krynky)") may itself say where
    if (!targets.length && placeTarget && !m.target.length && !leftUnnamed) {
      targets = patientsOf(clause).map((np) => placeEnd(np, local, a.mentions, lex, placeIdx0, m.edge === 'attacks', m.edge === 'captures')).filter((e): e is End => !!e);
    }
    // what is seized is the verb's object, never a prepositional one ("pulled out of Baidoa" is no capture)
    if (!targets.length && !leftUnnamed && !(seizesPlace(m.code) && !options.onCoding)) {
      let targetNps: NounPhrase[] = [];
      // (after a light verb, "against" first: "on Jan. 8, forces conducted strikes against X")
      const pp =
        (lightVerb ? clause.pps.find((x) => x.prep === 'against') : undefined) ??
        clause.pps.find((x) => (TARGET_PREPS.has(x.prep) || (x.prep === 'with' && m.code.startsWith('19') && !lightVerb && !absoluteWith(x, reading, a.text))) && !m.skipped?.includes(x) && !companyPPs.includes(x) && (options.onCoding || !isTimePP(x)) && !placeOfMutualAct(x, clause, lex, (np) => { const e = endOf(np, local, lex, a.mentions); return !!e && a.mentions[e.mention]!.kind === 'place'; }) && !(x.prep === 'against' && m.edge === 'allied_with')) ??
        // (an act's "to": "set fire to X", lexicon toTargetActs)
        (m.edge === 'attacks' && !options.onCoding && laysTo(lex).has(clause.verb.lemma) && clause.objects.some((np) => isToTargetAct(np, lex)) ? clause.pps.find((x) => x.prep === 'to') : undefined) ??
        // (a weapon sent towards a party or a place: "launched a ballistic missile towards Eilat")
        (m.edge === 'attacks' && !options.onCoding && clause.objects.some((np) => aimedHeads(lex).has(np.head.text.toLowerCase())) ? clause.pps.find((x) => TOWARDS.has(x.prep)) : undefined) ??
        // (a verb of acting together whose code is a bond: its partner is the object of "with", "cooperated closely with X")
        (m.edge === 'allied_with' && !options.onCoding && reciprocal(lex).has(clause.verb.lemma) ? clause.pps.find((x) => x.prep === 'with' && !m.skipped?.includes(x) && !companyPPs.includes(x)) : undefined);
      if (pp) targetNps = pp.objects;
      // (an attack noun's target is its against/on/at phrase only: "strikes coordinated with the government ... against X")
      // (not for a passive verb of taking people, whose subject is who was taken: "a councillor was abducted by militiamen
      // from a rival group" took nobody from the group)
      if (!targetNps.some((np) => endOf(np, local, lex, a.mentions)) && !lightVerb && (options.onCoding || (m.edge !== 'allied_with' && !(clause.verb.voice === 'passive' && peopleTaking(lex).has(clause.verb.lemma))))) {
        // (the coder's output, like PETRARCH, takes the first actor of the verb phrase whatever its preposition:
        // "criticized the closure of guest houses in Bree", "reasserted friendship with the council of X")
        // (for the coder, never the source itself: "criticized over its dispute with X"; the graph drops such a self-loop
        // later and keeps the clause's place)
        const other = (np: NounPhrase) => {
          const e = endOf(np, local, lex, a.mentions);
          if (!e || !actor(np)) return false;
          const at = a.mentions[e.mention]!.refersTo ?? a.mentions[e.mention]!;
          return !sources.some((x) => x.mention === e.mention || (a.mentions[x.mention]!.start === at.start && a.mentions[x.mention]!.end === at.end));
        };
        const hit = firstActorPP([...clause.pps, ...m.target.flatMap((np) => np.pps), ...patientsOf(clause).flatMap((np) => np.pps)].filter((x) => !m.skipped?.includes(x) && !companyPPs.includes(x) && (options.onCoding || !absoluteWith(x, reading, a.text))), options.onCoding ? other : actor, !!options.onCoding);
        if (hit) targetNps = hit;
        // a bombing's target may be what it went off near ("an IED exploded near an AMISOM convoy": CAMEO 183)
        else if (!options.onCoding && m.code.startsWith('183')) {
          const near = [...clause.pps, ...patientsOf(clause).flatMap((np) => np.pps)].find((x) => x.prep === 'near' && x.objects.some(actor));
          if (near) targetNps = near.objects.filter(actor);
        }
      }
      targets = targetNps.map(targetEnd).filter((e): e is End => !!e && (!!options.onCoding || named(e)) && !besideIt(e));
    }
    // an alliance formed or signed with someone ("formed an alliance with X", "signed a pact with X": CAMEO's "FORM *
    // ALLIANCE", 050): the object of "with" on the bond's noun, or on the verb right after it
    if (!targets.length && m.edge === 'allied_with' && !options.onCoding) {
      const bond = patientsOf(clause).find((np) => allianceNouns(lex).has(np.head.text.toLowerCase()));
      const withPP = bond && (bond.pps.find((x) => x.prep === 'with') ?? clause.pps.find((x) => x.prep === 'with' && x.start >= bond.end));
      if (withPP) targets = withPP.objects.map(targetEnd).filter((e): e is End => !!e && named(e) && acts(e));
    }
    // aid given to someone ("supplied weapons to X", "provided support to X": CAMEO's aid, 07): the object of "to", on
    // the verb or on the thing, is who gets it, an ally
    // (not people sent there: "the deployment of special forces to Syria", "contributed 7,000 fighters to IS")
    if (!targets.length && m.edge === 'allied_with' && !options.onCoding && m.code.startsWith('07') && !patientsOf(clause).some((np) => peopleSent(np, lex))) {
      const to = clause.pps.find((x) => x.prep === 'to') ?? patientsOf(clause).flatMap((np) => np.pps).find((x) => x.prep === 'to');
      // ... and aid received comes "from" the giver ("received weapons from X", CAMEO's "RECEIVE * &WEAPON"), an ally too
      const from = to ? undefined : (clause.pps.find((x) => x.prep === 'from') ?? patientsOf(clause).flatMap((np) => np.pps).find((x) => x.prep === 'from'));
      const other = to ?? from;
      if (other) targets = other.objects.map(targetEnd).filter((e): e is End => !!e && named(e) && acts(e));
    }
    // the patient is a thing that carries or leads to the party ("attacked a bus carrying pilgrims", "shelled a house
    // sheltering displaced families"): the actor its relative clause names (the object, else the first actor of a
    // prepositional phrase)
    if (!targets.length && (options.onCoding || m.edge === 'attacks' || m.edge === 'captures')) {
      // (or the object of a target's preposition: "fired on a bus carrying soldiers")
      const carriers = options.onCoding ? patientsOf(clause) : [...patientsOf(clause), ...clause.pps.filter((x) => TARGET_PREPS.has(x.prep)).flatMap((x) => x.objects)];
      targets = carriedBy(carriers, reading, actor, lex, !!options.onCoding).map(targetEnd).filter((e): e is End => !!e && (!!options.onCoding || named(e)));
    }
    // a deed in a time clause of a harm told in the passive, or a death ("two soldiers were wounded when insurgents
    // detonated a bomb", "three people died as militants shelled the market"): the harmed are its target (lexicon
    // classes wound, die)
    // (also beside a place only where the deed's object is a post, no party: "seven soldiers were killed when terrorists
    // attacked a check post in Mir Ali" is an attack on the soldiers too)
    const placesOnly = targets.length > 0 && targets.every((t) => a.mentions[t.mention]!.kind === 'place');
    if ((!targets.length || placesOnly) && !options.onCoding && m.edge === 'attacks' && clause.link === 'adverbial' && HARM_SUBORDINATORS.has(clause.subordinator ?? '')) {
      const harm = reading.clauses.find((x) => x.id === clause.parent);
      const harmed = !!harm && !harm.verb.negated && !harm.verb.hedged && ((harm.verb.voice === 'passive' && woundVerbs(lex).has(harm.verb.lemma)) || (harm.verb.voice === 'active' && dieVerbs(lex).has(harm.verb.lemma)));
      const victims = harmed ? harm!.subject.filter(actor).map(targetEnd).filter((e): e is End => !!e && named(e) && !sources.some((x) => x.mention === e.mention)) : [];
      // (the place stays the attack's too: a post's place stands for the post, as where no one is named as harmed)
      if (victims.length) targets = [...targets, ...victims];
    }
    // the patient is an event done by someone ("condemned an attack by the militia", "repelled an assault by rebels"):
    // the event's doer, the object of its "by" (on the noun or, in an active clause, on the verb)
    // (in the graph, also over a target its phrases gave: "repelled an attack by ISWAP on a military base" is ISWAP's
    // attack on the base, not the subject's)
    {
      const event = patientsOf(clause).find((np) => !actor(np) && np.mention === undefined && verbs.allForms.has(np.head.text.toLowerCase()));
      const over = !!event && targets.length > 0 && !options.onCoding && m.edge === 'attacks' && attackNoun(event);
      // (over a target: only the "by" right after the attack's noun, not one of a phrase fronted before the subject)
      const by = event && (!targets.length || over) ? [...event.pps, ...(clause.verb.voice === 'active' ? clause.pps : [])].find((x) => x.prep === 'by' && (!over || (x.start >= event.end && !/\S/.test(a.text.slice(event.end, x.start))))) : undefined;
      if (by && by.objects.some(actor)) {
        targets = by.objects.filter(actor).map(targetEnd).filter((e): e is End => !!e && (!!options.onCoding || named(e)));
        doerAttacked = m.edge === 'attacks' && attackNoun(event!);
      }
    }
    // an attack repelled ("police repelled a gang attack on the police station", "troops foiled an attack on Faya"): what
    // it was aimed at, its noun's "on" or "against", is the subject's side, not attacked by it (lexicon class repel)
    if (!options.onCoding && m.edge === 'attacks' && !doerAttacked && repels(lex).has(verbKey)) {
      // (the phrase may hang on the verb: "repelled an attack | on the base")
      const nouns = patientsOf(clause).filter((np) => np.mention === undefined && attackNoun(np));
      const aimed = nouns.length ? [...nouns.flatMap((np) => np.pps), ...clause.pps].filter((x) => TARGET_PREPS.has(x.prep)) : [];
      // (with the phrases under its object: "an attack on the village of X")
      const reach = (np: NounPhrase, depth = 0): number => Math.max(np.end, ...(depth < MAX_PP_DEPTH ? np.pps.flatMap((x) => x.objects.map((o) => reach(o, depth + 1))) : []));
      const within = (t: End) => aimed.some((x) => a.mentions[t.mention]!.start >= x.start && a.mentions[t.mention]!.end <= Math.max(x.end, ...x.objects.map((o) => reach(o))));
      if (aimed.length) {
        targets = targets.filter((t) => !within(t));
        if (!targets.length) return;
      }
    }
    // a verb with no object but a clause for its content is about that clause's subject ("allowed that Mordor isn't a
    // pleasant place", "believes Kenya and Uganda can cope"; an object that names nobody: "expressed hopes that X
    // could"): the coder's target, as PETRARCH reads the verb phrase
    if (!targets.length && options.onCoding && !patientsOf(clause).some((np) => endOf(np, local, lex, a.mentions))) {
      const content = reading.clauses.filter((x) => x.parent === c.id && x.link === 'complement' && x.subjectFrom === 'explicit');
      // (not the source itself, also by a pronoun: "Kenya admitted that it is a difficult neighbour")
      targets = content.flatMap((x) => x.subject).filter(actor).map(targetEnd).filter((e): e is End => !!e && !sources.some((x) => x.mention === e.mention || sameEntity(a.mentions[x.mention]!, a.mentions[e.mention]!)));
    }
    // the coder's last resort, PETRARCH's own reading of a verb phrase: the first actor named after the verb, in its
    // phrases or in the clauses under it ("signed an accord to supply X with wheat", "cordoned off the roads leading
    // into X", "restore ties with <no actor> after X crowds burned its embassy")
    // (a pattern for a compound subject, CAMEO's `%`, has its members act on each other: below)
    if (!targets.length && options.onCoding && !(m.pattern?.compound && sources.length > 1)) {
      // (never the source itself, named again: "criticized the closure of its own schools")
      const notSource = (np: NounPhrase) => {
        const at = a.mentions[endOf(np, local, lex, a.mentions)!.mention]!;
        const to = at.refersTo ?? at;
        return !sources.some((x) => a.mentions[x.mention] === at || (a.mentions[x.mention]!.start === to.start && a.mentions[x.mention]!.end === to.end));
      };
      // (nor an object the pattern skips, `AT ^`: PETRARCH's `* AT ^ +` takes the actor after it, "warned at the
      // meeting of X": X)
      const skippedNps = new Set(m.pattern?.preps?.some((t) => t.targetAfter) ? m.skipped?.flatMap((x) => x.objects) : []);
      const first = firstActorAfterVerb(c, reading, (np) => actor(np) && notSource(np) && !skippedNps.has(np));
      if (first) targets = [targetEnd(first)!];
    }
    // where a withdrawal goes is not what it leaves ("withdrew towards Goma", "pulled back to Kidal")
    if (m.edge === 'withdraws_from' && !options.onCoding) {
      const to = new Set(clause.pps.filter((x) => TOWARD_PREPS.has(x.prep)).flatMap((x) => x.objects.map((o) => endOf(o, local, lex, a.mentions)?.mention)));
      if (to.size) targets = targets.filter((t) => !to.has(t.mention));
      // (leaving what a party holds is leaving the place, not the party: "withdrew from villages held by ISIL")
      targets = targets.filter((t) => !t.held);
    }
    // seizing or occupying takes a place ("held their positions" takes nothing from anyone)
    /** The code the evidence carries when it is not the match's (an arrest read through a place-taking pattern). */
    let ownCode: string | undefined;
    // (holding posts somewhere is being there, which the location rules read: "the PMF, which hold positions in parts
    // of Diyala", lexicon class `hold` before a post noun; no place is taken)
    if (takesPlace(m.code) && !options.onCoding && holds(lex).has(clause.verb.lemma) && patientsOf(clause).some((np) => isPost(np.head.text, lex))) return;
    if (takesPlace(m.code) && !options.onCoding) {
      const places = targets.filter((t) => a.mentions[t.mention]!.kind === 'place');
      // (a force's post seized or overrun, no place taken, is an attack on the force that held it: "overran an army
      // base", "seized a police checkpoint", "stormed the positions of the militia")
      // (by a verb of taking or storming, not of holding: "held their positions" takes nothing from anyone)
      const held = places.length || !takesPosts(lex).has(clause.verb.lemma) ? [] : targets.filter((t) => heldPost(a.text, t, a.mentions, lex) && !sources.some((x) => sameEntity(a.mentions[x.mention]!, a.mentions[t.mention]!)));
      if (held.length) edge = 'attacks';
      // (people seized are captured, as abducted ones are: "seized nine travellers", "seized two soldiers"; a person, or
      // people named by what they are, not a group's name nor its weapons: "intercepted Israeli missiles")
      // (and by a verb of taking people whatever the code: CAMEO's ARREST block codes "&MILITARY *" as occupying, 192, so
      // "The army arrested three men" takes the men)
      // (and a group's people, named by their role: "arrested a commander of the ELN" takes the group's man: End.people)
      // (also by a verb coded as occupying, 192: "captured a commander of the ELN")
      // (the verb's own patient: "clashes with fighters of X" after it took nothing from X)
      const taken = (t: End) => t.people === true && patientsOf(clause).some((np) => np.start === t.described!.start);
      const seized = places.length || held.length || !(seizesPlace(m.code) || peopleTaking(lex).has(clause.verb.lemma) || targets.some(taken)) ? [] : targets.filter((t) => taken(t) || !t.described && !(isHardware(a.mentions[t.mention]!) && !combatantNounSet().has(a.mentions[t.mention]!.text.toLowerCase().split(/\s+/).pop()!)) && (a.mentions[t.mention]!.type === 'person' || a.mentions[t.mention]!.rule === 'generic-actor' || a.mentions[t.mention]!.rule === 'name-force-descriptive' || !!a.mentions[t.mention]!.canonical?.startsWith('generic:')));
      targets = held.length ? held : seized.length ? seized : places;
      // (people taken by a verb of taking people carry the verb's own code, not the place-taking pattern's: an arrest)
      if (seized.length && !seizesPlace(m.code) && m.entry.code) ownCode = m.entry.code;
    }
    // ... and abducting or arresting takes people ("kidnapped 300 schoolgirls from Jangebe" takes no town), by the verb,
    // not the code ("captured the Baiji oil refinery" is CAMEO's 181, abduct or hijack, and does take a place)
    else if (edge === 'captures' && !options.onCoding && peopleTaking(lex).has(clause.verb.lemma))
      targets = targets.filter((t) => (a.mentions[t.mention]!.kind !== 'place' && a.mentions[t.mention]!.kind !== 'camp') || a.mentions[t.mention]!.type === 'country'); // ("kidnapped a New Zealand pilot": a country's citizen)
    // "targeting displaced people for recruitment": a purpose noun after "for" says the verb picks its object out for
    // something else; an attack read from the verb's own code alone (no pattern confirms violence) is then none
    if (edge === 'attacks' && !m.pattern && !options.onCoding && clause.pps.some((x) => x.prep === 'for' && x.objects.some((o) => o.mention === undefined && PURPOSE_NOUN.test(o.head.text)))) return;
    // legal action coded as an arrest takes no one ("was indicted by a court"): lexicon class charge-legally
    if (edge === 'captures' && !options.onCoding && chargesLegally(lex).has(clause.verb.lemma)) return;
    // withdrawing something other than forces ("withdrew its ambassador from") is no military withdrawal
    if (edge === 'withdraws_from' && !options.onCoding && patientsOf(clause).some((np) => !forceNounSet(lex).has(np.head.text.toLowerCase()))) return;
    // parties named together with nothing else named act on each other ("rebels and troops clashed", "Kenya and
    // Somalia signed an accord"): in the graph for verbs that say so (lexicon class `reciprocal`), for the coder's own
    // output whatever the verb, as PETRARCH codes a compound actor with no target
    // (the coder, like PETRARCH, whatever the verb's object when it names no party: "X and Y have postponed their meeting")
    // (not when they fought beside someone: "Hezbollah and Iran fought alongside the army")
    if (!targets.length && sources.length > 1 && (options.onCoding || (!m.target.length && !company.length && (edge === 'attacks' || edge === 'allied_with') && reciprocal(lex).has(clause.verb.lemma)))) {
      targets = sources;
    }
    // ... and so do parties named together fighting "for" what two sides fight over, with no enemy named ("troops and
    // rebels fought for control of the town": lexicon `contestNouns`), not side by side ("fought to retake X" is one side's)
    if (!options.onCoding && edge === 'attacks' && sources.length > 1 && !company.length && targets.every((t) => a.mentions[t.mention]!.kind === 'place') && contested(clause, lex)) {
      targets = sources;
    }
    {
      const same = targets === sources;
      sources = withConjuncts(sources, a.mentions, first, last);
      targets = same ? sources : withConjuncts(targets, a.mentions, first, last);
      if (!options.onCoding && !same) targets = withPlaceConjuncts(targets, a.mentions, last, a.text);
    }
    // people killed, wounded or taken somewhere by nobody the clause names are there ("60 civilians were killed in
    // Jabla", "30 tourists who were shot in Sousse"): the event's place, with no edge
    // (not "no civilians were killed")
    if (!sources.length && clause.verb.voice === 'passive' && !options.onCoding && !m.negated && (edge === 'attacks' || edge === 'captures') && !clause.subject.some((np) => np.det === 'no')) {
      const pi = placeOf(c, local, a.mentions);
      const who = pi === undefined ? undefined : targets.find((t) => !t.described && t.mention !== pi && a.mentions[t.mention]!.kind !== 'place');
      if (who && pi !== undefined) out.push(eventPlace(who.mention, pi, s, sentence, m.hedged, { cameo: m.code, ...(m.plover ? { plover: m.plover } : {}) }));
    }
    // an attack on someone by no one named ("A roadside bomb hit a Nigerian army patrol"): a claim after it names its doer
    if (!sources.length && edge === 'attacks' && !options.onCoding && !m.negated && !m.hedged)
      for (const t of targets) if (a.mentions[t.mention]!.kind !== 'place' || a.mentions[t.mention]!.type !== 'country') unclaimed.push({ target: t.mention, s, at: clause.start, event: { cameo: m.code, ...(m.plover ? { plover: m.plover } : {}) } });
    if (!sources.length || (!targets.length && !company.length)) return;
    if (options.onCoding) {
      for (const src of sources) for (const tgt of targets) {
        if (src.mention === tgt.mention) continue;
        options.onCoding({ code: m.code, plover: m.plover, source: src.mention, target: tgt.mention, sentence: { start: s.start, end: s.end } });
        // CAMEO's paired code: the target's own event towards the source ("left for X" [032:033]: X hosts the visitor);
        // parties acting on each other have both directions already
        if (m.paired && targets !== sources) options.onCoding({ code: m.paired, plover: describeCode(m.paired).plover, source: tgt.mention, target: src.mention, sentence: { start: s.start, end: s.end } });
      }
    }
    if (m.negated || edge === null || verbs.describe(m.code).edge === null) return;
    // dying is suffered, not done: the subject of "die" (lexicon class `die`; CAMEO codes it 190) is a victim, and
    // the graph reads who killed whom from other words ("died in clashes with X" is the location rules')
    if (dies(lex).has(clause.verb.lemma)) return;
    const attrs = attrsOf();
    // (a country that is a party to an alliance is no place of it: "relies on the backing of Russia")
    const placeAt = placeOf(c, local, a.mentions);
    const placeIdx = edge === 'allied_with' && placeAt !== undefined && a.mentions[placeAt]!.type === 'country' && [...sources, ...targets].some((e) => e.mention === placeAt) ? undefined : placeAt;
    const plover = ownCode ? describeAs(ownCode).plover : m.plover;
    const event: EventInfo = {
      cameo: ownCode ?? m.code,
      ...(plover ? { plover } : {}),
      ...(attrs.date ? { date: attrs.date } : {}),
      ...(placeIdx !== undefined ? { place: a.mentions[placeIdx]!.text } : {}),
      ...(attrs.killed !== undefined && edge === 'attacks' ? { killed: attrs.killed } : {}),
      ...(attrs.wounded !== undefined && edge === 'attacks' ? { wounded: attrs.wounded } : {}),
    };
    if (doerAttacked) [sources, targets] = [targets, sources];
    const inferred = c.subjectFrom !== 'explicit' && c.subjectFrom !== 'inverted';
    // parties acting on each other: a symmetric edge once per pair
    const once = targets === sources && SYMMETRIC_TYPES.has(edge);
    for (const [si, src] of sources.entries()) {
      for (const [tk, tgt] of targets.entries()) {
        if (src.mention === tgt.mention || (once && tk < si)) continue;
        const sm = a.mentions[src.mention]!;
        const tm = a.mentions[tgt.mention]!;
        if (sm.text.toLowerCase() === tm.text.toLowerCase()) continue;
        const rel: RawRelation = {
          type: edge,
          source: src.mention,
          target: tgt.mention,
          ...(src.described ? { sourceSpan: src.described } : {}),
          ...(tgt.described ? { targetSpan: tgt.described } : {}),
          evidence: {
            start: s.start,
            end: s.end,
            sentence,
            rule: `event-${m.entry.block.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
            confidence: scoreConfidence(EVENT_CONFIDENCE, { hedged: m.hedged, inferred, distance: Math.abs(tm.start - sm.start) }),
            ...(m.hedged ? { hedged: true } : {}),
            // (a place taken, attacked or left, with no other place named, is where the event happened: "recaptured the
            // town of Walikale")
            event: event.place === undefined && edge !== 'allied_with' && (tm.kind === 'place' || tm.kind === 'camp') && !tgt.described ? { ...event, place: tm.text } : event,
          },
        };
        out.push(rel);
      }
    }
    // the event told in another's words is what the speaker says of its doer ("X ambushed a patrol, the army said",
    // "according to the police, X ..."), once per sentence (spokenOf)
    for (const np of clause.reportedBy?.speaker ?? []) {
      for (const src of sources) out.push(...spokenOf(speakerEnd(np, local, lex, a.mentions), src, a.mentions, s, sentence, 'event-reported-by', told));
    }
    // a place taken from a party ("recaptured the town of X from the RSF") is a place that party lost: it withdrew from it
    if (edge === 'captures' && !doerAttacked && clause.verb.voice === 'active') {
      // (the phrase may hang on the place: "seized Faya from the X in May")
      const from = clause.pps.find((x) => x.prep === 'from') ?? patientsOf(clause).flatMap((np) => np.pps).find((x) => x.prep === 'from');
      // (a group's men named with it are the group: "from CCMSR rebels", "from Tarvan Front fighters")
      const menOf = (np: NounPhrase) => combatantNounSet().has(np.head.text.toLowerCase()) || forceNounSet(lex).has(np.head.text.toLowerCase());
      const losers = (from?.objects ?? [])
        .map((np) => [np, endOf(np, local, lex, a.mentions)] as const)
        .filter(([np, e]) => !!e && (!e.described || menOf(np)) && acts(e) && a.mentions[e.mention]!.kind !== 'place')
        .map(([, e]) => e!);
      let taken = false;
      for (const tgt of targets) {
        const tm = a.mentions[tgt.mention]!;
        if (tm.kind !== 'place' || tgt.described) continue;
        taken = true;
        for (const loser of losers) {
          if (sources.some((x) => x.mention === loser.mention)) continue;
          out.push({
            type: 'withdraws_from',
            source: loser.mention,
            target: tgt.mention,
            evidence: {
              start: s.start,
              end: s.end,
              sentence,
              rule: 'event-lost-to',
              confidence: scoreConfidence(EVENT_CONFIDENCE * 0.8, { hedged: m.hedged, inferred: true, distance: Math.abs(tm.start - a.mentions[loser.mention]!.start) }),
              ...(m.hedged ? { hedged: true } : {}),
              event,
            },
          });
        }
      }
      // ... and a place taken from a party was fought for: the taker fought the loser (CAMEO 190)
      for (const loser of taken ? losers : []) {
        for (const src of sources) {
          if (src.mention === loser.mention || src.described) continue;
          out.push({
            type: 'attacks',
            source: src.mention,
            target: loser.mention,
            evidence: {
              start: s.start,
              end: s.end,
              sentence,
              rule: 'event-taken-from',
              confidence: scoreConfidence(EVENT_CONFIDENCE * 0.8, { hedged: m.hedged, inferred: true, distance: Math.abs(a.mentions[src.mention]!.start - a.mentions[loser.mention]!.start) }),
              ...(m.hedged ? { hedged: true } : {}),
              event: { ...event, cameo: FIGHT, plover: describe(FIGHT).plover ?? undefined },
            },
          });
        }
      }
    }
    // parties named together as the doers of one attack fight side by side ("Hezbollah and the Syrian army attacked
    // rebel positions"; the rule engine's co-belligerents read named targets only, this one the generic ones too); so
    // do those who take a place or people together ("Mozambican and Rwandan troops recaptured X")
    // (the subjects of an active verb, named together; not parties exchanging fire, "exchanged mortar fire": class
    // reciprocal)
    const subjectEnds = () => new Set(clause.subject.map((np) => endOf(np, local, lex, a.mentions)?.mention));
    if ((edge === 'attacks' || edge === 'captures') && !doerAttacked && targets !== sources && sources.length > 1 && targets.length && clause.verb.voice === 'active' && !reciprocal(lex).has(clause.verb.lemma) && !sources.some((x) => targets.some((t) => t.mention === x.mention)) && sources.every((x) => subjectEnds().has(x.mention))) {
      const { plover } = verbs.describe(FIGHT_BESIDE);
      const side: EventInfo = { ...event, cameo: FIGHT_BESIDE, ...(plover ? { plover } : {}) };
      delete side.killed;
      delete side.wounded;
      for (let x = 0; x < sources.length; x++) {
        for (let y = x + 1; y < sources.length; y++) {
          const sm = a.mentions[sources[x]!.mention]!;
          const tm = a.mentions[sources[y]!.mention]!;
          if (sm.text.toLowerCase() === tm.text.toLowerCase()) continue;
          out.push({
            type: 'allied_with',
            source: sources[x]!.mention,
            target: sources[y]!.mention,
            evidence: {
              start: s.start,
              end: s.end,
              sentence,
              rule: 'event-co-belligerents',
              confidence: scoreConfidence(EVENT_CONFIDENCE * 0.8, { hedged: m.hedged, distance: Math.abs(tm.start - sm.start) }),
              ...(m.hedged ? { hedged: true } : {}),
              event: side,
            },
          });
        }
      }
    }
    if (company.length && !doerAttacked) {
      const { plover } = verbs.describe(FIGHT_BESIDE);
      const beside: EventInfo = { ...event, cameo: FIGHT_BESIDE, ...(plover ? { plover } : {}) };
      delete beside.killed;
      delete beside.wounded;
      for (const src of sources) {
        for (const ally of company) {
          const sm = a.mentions[src.mention]!;
          const tm = a.mentions[ally.mention]!;
          if (src.mention === ally.mention || sm.text.toLowerCase() === tm.text.toLowerCase()) continue;
          out.push({
            type: 'allied_with',
            source: src.mention,
            target: ally.mention,
            // ("the Kessar militia fought alongside X": the militia's phrase stands for its group)
            ...(src.described ? { sourceSpan: src.described } : {}),
            evidence: {
              start: s.start,
              end: s.end,
              sentence,
              rule: 'event-fight-beside',
              confidence: scoreConfidence(EVENT_CONFIDENCE, { hedged: m.hedged, inferred, distance: Math.abs(tm.start - sm.start) }),
              ...(m.hedged ? { hedged: true } : {}),
              event: beside,
            },
          });
        }
      }
    }
    // the place of the event: where its target (or, for a place target, its source) was (an attack named as a noun
    // names none: its "on" phrase is its target); a place attacked as a whole is not where the attacker is ("fired
    // rockets at northern Israel", "airstrikes on Raqqa": fire crosses a distance), a site in it may be ("stormed a
    // church in Ondo")
    if (placeIdx !== undefined && !nominal.includes(c)) {
      const placeAttacked = edge === 'attacks' && targets.some((t) => t.mention === placeIdx && !t.described);
      // ... nor is a site struck by a country's weapons named as the doer ("Russian missiles hit a power plant in
      // Kharkiv", "Israeli airstrikes targeted depots in Hama"): the forces stay where they fired from (a suicide bomber
      // was there)
      const fired =
        edge === 'attacks' &&
        sources.some((x) => {
          const sm = a.mentions[x.mention]!;
          return (isHardware(sm) && !/\bsuicide\b/i.test(a.text.slice(Math.max(0, sm.start - 9), sm.end))) || isAttackActor(sm, lex);
        });
      const who = targets.find((t) => a.mentions[t.mention]!.kind !== 'place') ?? (placeAttacked || fired ? undefined : sources.find((x) => a.mentions[x.mention]!.kind !== 'place'));
      if (who && who.mention !== placeIdx && !who.described) out.push(eventPlace(who.mention, placeIdx, s, sentence, m.hedged, event));
    }
  };
  // (a function of its own, apart from the pre-tests every sentence runs: the engine optimises each alone, and this one
  // is large)
  /** A sentence that passed the pre-tests: its clauses read and coded (`nominalHere`: it may name attacks as nouns). */
  const codeSentence = (s: Sentence, k: number, first: number, last: number, tagged: TaggedWords, nominalHere: boolean): void => {
    const { reading, local } = readSentence(a.text, s, a.mentions, first, last, lex, undefined, tagged);
    if (!reading.clauses.length) return;
    const sentence = a.text.slice(s.start, s.end);
    let attrs: SentenceAttributes | undefined;
    const attrsOf = (): SentenceAttributes => (attrs ??= { ...casualties(sentence, lex), ...(() => {
      const d = sentenceDate(sentence, a.published);
      return d ? { date: d } : a.published ? { date: a.published.slice(0, 10) } : {};
    })() });
    // attacks named as nouns ("Russian air strikes on Idlib", "an al-Shabaab raid on the base"): read as clauses of "attack"
    const nominal = nominalHere ? nominalAttacks(reading, local, a.mentions, lex) : [];
    const coded = out.length;
    const included = options.onCoding ? [] : includedObjects(reading, a.text);
    const clauses = nominal.length || included.length ? [...reading.clauses, ...nominal, ...included] : reading.clauses;
    for (const c of clauses) codeClause(c, s, k, first, last, reading, local, sentence, nominal, attrsOf);
    // (what a speaker or an outlet says a party did, whatever the deed: its words about that party; after the coded
    // events, whose own reading of it, event-reported-by, comes first)
    if (!options.onCoding) for (const c of reading.clauses) out.push(...reportedSubjects(c, reading, a.mentions, local, lex, s, sentence, told));
    if (!options.onCoding) withdrawnFromTaken(s, sentence, reading, local, coded);
    if (!options.onCoding) withdrawnFromStation(s, sentence, reading, local, coded);
    if (!options.onCoding) withdrawnAfterRaid(s, sentence, reading, local, coded);
  };
  a.sentences.forEach((s, k) => {
    while (ti < a.tokens.length && a.tokens[ti]!.end <= s.start) ti++;
    const [first, last] = a.ranges[k]!;
    // one mention is enough for a claim of an attack told before ("The group claimed responsibility for the attack")
    // (or a pronoun opening the sentence for the generic actor that opened the one before: "Gunmen stormed a village.
    // They killed 12 people.", below)
    if (last - first < 2 && !(last - first === 1 && !options.onCoding && (claimIn(ti, s.end) || genericOpenerBefore(k)))) return;
    // pre-test: a form of an event verb among the sentence's tokens
    let hasVerb = false;
    let placeVerb = false;
    // (a verb of leading only with a person named, one of acting in the field only with "alongside": ledBy and
    // actedAlongside read nothing else, and these verbs are common words)
    let leadVerb = false;
    let fieldVerb = false;
    let alongside = false;
    let tj = ti; // the sentence's tokens are [ti, tj)
    for (; tj < a.tokens.length; tj++) {
      const t = a.tokens[tj]!;
      if (t.start >= s.end) break;
      if (t.norm === 'alongside') alongside = true;
      if (hasVerb) continue;
      if (forms.has(t.norm) || (!options.onCoding && (recruitForms.has(t.norm) || inflictForms.has(t.norm) || accuseForms.has(t.norm) || reactForms.has(t.norm)))) hasVerb = true;
      else if (!options.onCoding && (verbs.placeForms.has(t.norm) || cedeForms.has(t.norm))) placeVerb = true;
      else if (!options.onCoding && leadForms.has(t.norm)) leadVerb = true;
      else if (!options.onCoding && fieldForms.has(t.norm)) fieldVerb = true;
    }
    if (!hasVerb && leadVerb) for (let i = first; i < last && !hasVerb; i++) hasVerb = a.mentions[i]!.type === 'person';
    if (!hasVerb && fieldVerb && alongside) hasVerb = true;
    // a verb that only takes places: only when the sentence names one
    if (!hasVerb && placeVerb) for (let i = first; i < last && !hasVerb; i++) hasVerb = a.mentions[i]!.kind === 'place';
    // (or a claim of one: "claimed the bombing of X")
    const nominalHere = options.onCoding === undefined && (nominalIn(ti, tj) || claimIn(ti, s.end));
    // (or fire received: "came under fire from X", a verb of class `come-under` and "fire" or an attack noun after it)
    const underHere = options.onCoding === undefined && !hasVerb && underIn(ti, tj);
    // (or a war: "has been at war with X")
    const warHere = options.onCoding === undefined && !hasVerb && atWarIn(ti, tj);
    // (or an act done to someone: "laid siege to X")
    const layHere = options.onCoding === undefined && !hasVerb && layToIn(ti, tj);
    if (!hasVerb && !nominalHere && !underHere && !warHere && !layHere) return;
    // the article's tokens of the sentence, unless one straddles its start or end (then the sentence is tokenized alone)
    const whole = ti < tj && a.tokens[ti]!.start >= s.start && a.tokens[tj - 1]!.end <= s.end;
    const tagged = tagSentence(a.text, s, whole ? a.tokens.slice(ti, tj) : undefined);
    // the event word must be a verb, or a claim's (a nominal attack is read from nouns)
    if (!nominalHere && !warHere && !verbFormIn(tagged, options.onCoding ? [forms] : [forms, verbs.placeForms, claims(lex).forms, comeUnderForms, cedeForms, layToForms, recruitForms, inflictForms, leadForms, fieldForms, accuseForms, reactForms])) return;
    codeSentence(s, k, first, last, tagged, nominalHere);
  });
  if (claimed.length) out.push(...claimRelations(claimed, [...(a.relations ?? []), ...out], a.mentions, unclaimed));
  return withIncluded(withApposedPersons(out, a.text, a.mentions, lex), a.text, a.mentions);
}

/**
 * An attack or a capture of a role's phrase with a person named in apposition ("arrested an ISIS emir, X, ...",
 * "a chief, X, was abducted") was done to that person (coref/apposed-person.ts), not to the group or the generic
 * person the phrase names; and the event's place is that person's.
 */
function withApposedPersons(out: RawRelation[], text: string, mentions: readonly RawMention[], lex: Lexicon): RawRelation[] {
  const key = (r: RawRelation) => `${r.type}|${r.source}|${r.target}|${r.evidence.start}`;
  let seen: Set<string> | undefined;
  let next: RawRelation[] | undefined;
  out.forEach((r, k) => {
    // (and where the event put them: "a chief, X, was abducted in Y")
    const place = r.type === 'located_in' && r.evidence.rule === 'event-place';
    const p = r.type === 'attacks' || r.type === 'captures' ? apposedPerson(text, 0, mentions, r.target, lex) : place ? apposedPerson(text, 0, mentions, r.source, lex) : undefined;
    // (or the people a count of the group's members names: "arrested two cadres of the PLA, A and B")
    const people = p === undefined && (r.type === 'attacks' || r.type === 'captures') ? countedPeople(text, 0, mentions, r.target, lex) : [];
    const to = p !== undefined ? [p] : people;
    if (!to.length || to.includes(r.source) || (p !== undefined && p === r.target)) {
      next?.push(r);
      return;
    }
    next ??= out.slice(0, k);
    seen ??= new Set(out.map(key));
    for (const q of to) {
      const x = place ? { ...r, source: q } : { ...r, target: q };
      if (seen.has(key(x))) continue;
      seen.add(key(x));
      next.push(x);
    }
  });
  return next ?? out;
}

/** After a generic party, the start of the names it includes: "armed groups, including X and Y,". */
const INCLUDING_AFTER = /^\s*,\s+(?:including|such\s+as|among\s+them)\s+/u;
/**
 * After a generic party, the name of the party it is said to be of: "gunmen linked to X", "militants loyal to X",
 * "hoodlums suspected to be members of the banned X" (one lower-case word may stand before the name).
 */
const LINKED_AFTER = /^,?\s+(?:(?:(?:allegedly|reportedly|believed\s+to\s+be|said\s+to\s+be)\s+)?(?:linked|affiliated|aligned|loyal|belonging)\s+(?:to|with)|(?:suspected|believed|thought|said|alleged)\s+to\s+be\s+(?:(?:members|fighters|militants|operatives|elements|part)\s+of|from))\s+(?:the\s+)?(?:[a-z]+\s+)?/u;
/** Between two names of such a list: a comma or "and", and "the" ("X, Y and the Z"). */
const LIST_SEPARATOR = /^(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)(?:the\s+)?$/u;

/**
 * The names a generic party is said to include ("Rohingya armed groups, including X and Y, recruited refugees"), or the
 * one it is said to be of ("gunmen linked to X"): the event is each one's too, with the same evidence.
 */
function withIncluded(out: RawRelation[], text: string, mentions: readonly RawMention[]): RawRelation[] {
  let named: Map<number, number[]> | undefined;
  // (the generic parties said to be another's: their places are theirs, not that other's, "jihadists linked to
  // al-Qaeda" in Mali leave al-Qaeda where it is)
  const linkedOnly = new Set<number>();
  const included = (i: number): number[] => {
    named ??= new Map();
    let list = named.get(i);
    if (list) return list;
    list = [];
    const m = mentions[i]!;
    const cue = m.rule === 'generic-actor' && m.kind !== 'place' ? INCLUDING_AFTER.exec(text.slice(m.end, m.end + 24)) : null;
    // (men said to be a party's: "gunmen linked to X", "fighters loyal to X" did what X did; one name)
    const linked = m.rule === 'generic-actor' && m.kind !== 'place' && !cue ? LINKED_AFTER.exec(text.slice(m.end, m.end + 48)) : null;
    if (linked) {
      const at = m.end + linked[0].length;
      const n = mentions.slice(i + 1).find((x) => x.start >= at);
      if (n && n.start === at && n.kind !== 'place' && n.kind !== 'camp' && n.rule !== 'generic-actor' && !n.anaphor && n.type !== 'country') {
        list.push(mentions.indexOf(n, i + 1));
        linkedOnly.add(i);
      }
    }
    if (cue) {
      let at = m.end + cue[0].length;
      const first = /^the\s+/u.exec(text.slice(at, at + 4));
      if (first) at += first[0].length;
      for (let j = i + 1; j < mentions.length; j++) {
        const n = mentions[j]!;
        if (n.start < at) continue;
        // (an acronym in brackets after a name is that name's)
        if (text[n.start - 1] === '(' && text[n.end] === ')') continue;
        const between = text.slice(at, n.start);
        if (between.length > 0 && !LIST_SEPARATOR.test(between.replace(/^\s*\([^()]{1,40}\)/u, ''))) break;
        if (n.kind === 'place' || n.rule === 'generic-actor' || n.anaphor || n.type === 'person') break;
        list.push(j);
        at = n.end;
      }
    }
    named.set(i, list);
    return list;
  };
  const extra: RawRelation[] = [];
  const have = new Set(out.map((r) => `${r.type}|${r.source}|${r.target}`));
  for (const r of out) {
    if (r.type === 'quotes' || r.type === 'reports') continue;
    for (const [end, other] of [['source', r.target], ['target', r.source]] as const) {
      const names = included(r[end]);
      if (r.type === 'located_in' && linkedOnly.has(r[end])) continue;
      for (const n of names) {
        const copy = { ...r, [end]: n };
        const key = `${copy.type}|${copy.source}|${copy.target}`;
        if (n === other || have.has(key)) continue;
        have.add(key);
        extra.push(copy);
      }
    }
  }
  return extra.length ? [...out, ...extra] : out;
}

/**
 * "X claimed responsibility for the attack": X attacks whom the attack told last before that sentence hit (its
 * `attacks` relation, from the rules or the events); the evidence is the claim's sentence, the target's words there
 * the attack noun.
 */
/** How many sentences back the attack a claim takes as its object ("claimed the attack") may be told. */
const CLAIM_REACH = 3;
/** How far after a claimed attack's noun the relative clause that tells the attack may start ("a bombing that killed"). */
const RELATIVE_REACH = 12;

function claimRelations(claimed: readonly Claim[], before: readonly RawRelation[], mentions: readonly RawMention[], unclaimed: readonly Unclaimed[] = []): RawRelation[] {
  const out: RawRelation[] = [];
  for (const { s, at, sources, noun, after } of claimed) {
    let last: { target: number; start: number; event?: EventInfo } | undefined;
    // (an attack by unnamed men may be told earlier in the claim's own sentence: "A suicide bomber hit X; al-Shabaab said
    // it carried out the attack")
    const earlier = (r: RawRelation) => r.evidence.end <= s.start || (r.evidence.start === s.start && mentions[r.source]!.rule === 'generic-actor' && mentions[r.target]!.end <= at);
    for (const r of before) if (r.type === 'attacks' && earlier(r) && (!last || r.evidence.start > last.start)) last = { target: r.target, start: r.evidence.start, ...(r.evidence.event ? { event: r.evidence.event } : {}) };
    // (or an attack told with no doer, before the claim: in a sentence before, or earlier in its own, "A bomb hit a
    // patrol; ISWAP claimed responsibility")
    for (const u of unclaimed) if ((u.s.start < s.start || (u.s.start === s.start && u.at < at)) && (!last || u.s.start > last.start)) last = { target: u.target, start: u.s.start, event: u.event };
    // (or the attack a relative clause on the claimed noun tells: "claimed a suicide bombing that killed 11 policemen")
    const told = unclaimed.find((u) => u.s.start === s.start && u.at >= noun.start && u.at <= noun.end + RELATIVE_REACH);
    if (told) last = { target: told.target, start: told.s.start, event: told.event };
    if (!last || (after !== undefined && last.start < after)) continue;
    for (const src of sources) {
      if (src.mention === last.target || mentions[src.mention]!.text.toLowerCase() === mentions[last.target]!.text.toLowerCase()) continue;
      out.push({
        type: 'attacks',
        source: src.mention,
        target: last.target,
        targetSpan: { start: noun.start, end: noun.end },
        evidence: {
          start: s.start,
          end: s.end,
          sentence: s.text,
          rule: 'event-claimed-attack',
          confidence: scoreConfidence(EVENT_CONFIDENCE, { inferred: true }),
          ...(last.event ? { event: last.event } : {}),
        },
      });
    }
  }
  return out;
}
