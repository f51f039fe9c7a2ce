/**
 * The lexicon: the one home of newsgraph's word knowledge. Every word list
 * is a JSON file in this folder, imported as a module and checked against
 * its schema (schema.ts) by one loader, `makeLexicon`, which throws a
 * `LexiconError` naming the file and the bad entry:
 *
 *   entities/*.json   entity dictionaries: id, label, type, aliases, demonyms, related, in, countries
 *   titles.json       titles and honorifics before a person's name
 *   roles.json        role nouns: `leads` roles and `member` roles
 *   words.json        closed word classes (force nouns, hedges, negations, stop words ...)
 *   identity.json     words that never change who a name means (resolve/normalize.ts)
 *   verbs.json        verb classes, written as base forms (verbs.ts generates the forms)
 *   inflections.json  the exceptions of English verb inflection (inflect.ts)
 *   petrarch/         converted CAMEO verb and Phoenix actor dictionaries (their own loaders)
 *
 * Nothing is read or computed at import time: `defaultLexicon()` reads and
 * validates the shipped files on first use, and whatever a module derives from a lexicon
 * (regexes, tries, maps) it derives lazily through `memoByLexicon`, so a
 * caller may pass a lexicon of its own (tests, evaluation folds).
 */
import { readFileSync } from 'node:fs';
import { ENTITY_TYPES, type EntityType } from '../../types.ts';
import { LexiconError } from '../../errors.ts';
import { check, entitySchema, IDENTITY_SCHEMA, INFLECTIONS_SCHEMA, ROLES_SCHEMA, TITLES_SCHEMA, VERBS_SCHEMA, WORDS_SCHEMA } from './schema.ts';
import type { InflectionTable } from './inflect.ts';
import { cachedTable } from '../../util/disk-cache.ts';
import { alternation } from './regex.ts';

export interface LexiconEntry {
  id: string;
  label: string;
  type: EntityType;
  aliases: string[];
  /** Places: adjectives of nationality ("Iraqi"); not names of the place. */
  demonyms?: string[];
  /** Entities that must stay apart from this one (predecessor, part_of ...). */
  related?: { id: string; relation: string }[];
  /** Places and camps: the id of the country the place lies in, where that is certain. */
  in?: string;
  /**
   * Actors: the countries (ids) whose articles read this entry's acronyms as its own. Two entries may then share an
   * acronym ("ADF": the Allied Democratic Forces in Congo and Uganda, the Australian Defence Force in Australia); an
   * article that names none of an entry's countries does not read its acronyms (mentions/gazetteer.ts).
   */
  countries?: string[];
  /** The file's reason id (`lexicon-groups`). */
  reason: string;
}

export interface EntityFile {
  /** Where the file lives (for messages): `src/extract/lexicon/entities/groups.json`. */
  path: string;
  reason: string;
  entries: readonly LexiconEntry[];
}

export interface Roles {
  leads: string[];
  member: string[];
}

export interface Words {
  forceNouns: string[];
  forceAdjectives: string[];
  /** Military echelons, smallest first: a unit belongs to a larger one ("2nd Battalion, 5th Special Forces Group"). */
  unitEchelons: string[];
  /** Community adjectives that may follow a demonym before a force noun ("Syrian Arab forces", "Kurdish and Yezidi fighters"). */
  /** Capitalised adjectives of a creed or an ideology ("Islamist prisoners"): they describe, they name no one. */
  ideologyAdjectives: string[];
  communityAdjectives: string[];
  anaphors: Record<'armed_group' | 'force' | 'person', string[]>;
  /** Words that open a body's name, by its type: an armed group's transliterated words ("Liwa", "Jaysh", "Kataib"), a broadcaster's ("Radio"); they type an unknown name as its head words do. */
  orgOpeners: Record<'armed_group' | 'media', string[]>;
  orgHeads: Record<'force' | 'armed_group' | 'government' | 'media' | 'organization', string[]>;
  placeHeads: Record<'region' | 'site' | 'city', string[]>;
  /** First words of a region's name ("Lake Chad", "Mount Lebanon"): the word and the name after it are one place. */
  regionPrefixes: string[];
  directions: string[];
  /** Lower-case words that open what follows a noun phrase ("on", "after", "which"): mentions/unknown.ts. */
  phraseEnders: string[];
  /** Words a headline in title case leaves in lower case ("as", "in", "the"): mentions/headlines.ts. */
  titleCaseSmallWords: string[];
  /** Possessive nouns inside organisations' names ("People's", "Workers'"): a name word there, not the end of a name. */
  namePossessives: string[];
  nameParticles: string[];
  hedges: string[];
  negations: string[];
  /** All-caps tokens that are not names (weapons, units, abbreviations). */
  notNames: string[];
  /** Capitalised offices that name one person ("the Foreign Secretary"). */
  offices: string[];
  /** Collective actors named by a common phrase ("the international community"): mentions of their own, not names. */
  collectives: string[];
  /** Groups of people who suffer attacks ("civilians", "mourners"): mentions of their own. */
  victimNouns: string[];
  /** Adjectives a victim group may carry and that are not part of its name ("innocent civilians"). */
  victimAdjectives: string[];
  /** Lower-case nouns naming an attack as an event ("a Taliban attack", "an assault by rebels"), not what is attacked. */
  /** Nouns of fighting between two sides ("clashes between X and Y"): rule patterns read them as `{W:conflictNouns}`. */
  conflictNouns: string[];
  toTargetActs: Record<string, string>;
  /** Nouns of harm done to the object of "on" after a verb of class `inflict-on` ("inflicted losses on X": an attack on X). */
  onTargetHarms: string[];
  /** Nouns of a withdrawal, whose party is their possessor or the object of "of" ("its withdrawal from X"). */
  withdrawalNouns: string[];
  munitionNouns: string[];
  /** Nouns of a party's hold on a place ("stronghold", "de facto capital"): rule patterns read them as `{W:holdNouns}`. */
  holdNouns: string[];
  /** Nouns of what a party issues to speak ("a statement", "a video"): one that accuses speaks for its issuer (events/pass.ts). */
  statementNouns: string[];
  /** Nouns of a weapon or military craft: a guessed name right before one names its model ("Grad rockets"; mentions/weapon-names.ts). */
  weaponModelHeads: string[];
  attackNouns: string[];
  /** Nouns of a bond between parties ("alliance", "pact"): "formed an alliance with X" names X the other party (events/). */
  /** Nouns of a part of a group ("wing", "affiliate"): a group in apposition with one is a member of the whole; rule patterns read them as `{W:partNouns}`. */
  partNouns: string[];
  /** Words of a group's standing in time or in law before its name ("the former", "the then", "the banned" X): no part of the name; rule patterns read them as `{W:groupStatusWords}`. */
  groupStatusWords: string[];
  /** Lower-case words of a place's administrative unit after its name ("X village", "Y department"): rule patterns read them as `{W:placeUnitWords}`. */
  placeUnitWords: string[];
  /** Lower-case nouns an apposition calls a populated place ("X, a farming community in Y", "X, a trading hub in Y"): rule patterns read them as `{W:settlementNouns:bare}`, and they make a place of an unknown name they describe. */
  settlementNouns: string[];
  /** Articles that open a band's name in Spanish ("Los Choneros", "Las Tres Letras"): an unknown name they open is an armed group's, unless the words before it make it a place. */
  bandArticles: string[];
  /** Words that describe a kind of place before or after a demonym ("the remote Malian border town of X"): read by mentions/nested.ts. */
  placeKindModifiers: string[];
  /** Part nouns that name a group told of before after another group's name ("JNIM ... the al-Qaeda affiliate"): an anaphor, a member of that group (not "the RCD-Goma faction", "the UN mission", which name their own). */
  anaphorPartNouns: string[];
  /** Classes of warship, before a ship's name ("Royal Navy destroyer HMS X"). */
  shipClasses: string[];
  /** Words that end a branch's name after its group's ("Islamic State Sahel Province"): the branch is a member of that group. */
  branchHeads: string[];
  /** A force's own posts and columns ("positions", "outpost", "convoy"): a country's demonym before one names its forces. */
  militaryPosts: string[];
  /** Nouns of a party that sides with another ("ally", "backer"): rule patterns read them as `{W:allyNouns}`. */
  allyNouns: string[];
  /** Plural nouns of a bond between parties ("close ties to X"): rule patterns read them as `{W:bondNouns}`. */
  bondNouns: string[];
  /** What one party gives another it backs ("funding", "weapons", "training"): rule patterns read them as `{W:aidNouns}` (with plurals). */
  aidNouns: string[];
  /** Prefixes that make a country's word an alignment, not a nationality ("pro-Turkish factions", "anti-American militias"). */
  alignmentPrefixes: Record<'for' | 'against', string[]>;
  /** Nouns of a non-violent act against a party ("sanctions against X", "a vote against Y"): rule patterns read them as `{W:grievanceNouns}`. */
  grievanceNouns: string[];
  /** Adjectives that follow the noun they describe before "to" or "with" ("fighters loyal to X", "militias close to Y"). */
  postnominalAdjectives: string[];
  /** Words in -ing that describe the noun after them ("neighbouring Chad", "the warring factions"): adjectives there, no gerund. */
  attributiveParticiples: string[];
  /** Quantifiers that count out of a noun phrase before "of" ("many of its fighters"); counts too: quantityWords, numberWords ("two of their leaders"). */
  partitiveWords: string[];
  /** Nouns of what two sides fight over ("control"): parties named together fighting "for" one fight each other. */
  contestNouns: string[];
  /** A people's homes ("homes", "villages"): a demonym before one stands for its civilians. */
  dwellingNouns: string[];
  /** Offices that hold a portfolio named after "for" or "of" ("the minister for refugees", "ministry of police"): the people so named are its remit, not actors. */
  portfolioHeads: string[];
  /** Counts with no number ("several", "dozens"): people named after one are counted. */
  quantityWords: string[];
  /** Words before a military post that make it the state's forces' ("government positions"). */
  statePostWords: string[];
  /** What rules a state, named for it ("the government", "the junta", "the authorities"): with "the" and no country or antecedent, the article's country's government. */
  stateNouns: string[];
  /** Means of violent repression ("tear gas"), regex alternatives: a verb done to people with one is an attack (CAMEO 175). */
  repressionMeans: string[];
  /** What people are held in ("detention", "custody"): holding people in one is taking them (events: "holds 9,000 fighters in detention"). */
  custodyNouns: string[];
  allianceNouns: string[];
  /** Prepositions of place or direction: a country right after one is where, not whose ("in Iraq's ...": no title's country); rule patterns read them as `{W:placePrepositions:bare}`. */
  placePrepositions: string[];
  /** Prepositions of company or side: a fighting verb's object after one is fought beside, not against ("fought alongside X"); rule patterns read them as `{W:sidePrepositions:bare}`. */
  sidePrepositions: string[];
  /** Nouns of a side taken ("on X's side", "on the side of X", "on behalf of X"): the company of a verb of fighting, as after a side preposition. */
  sideNouns: string[];
  campaignNouns: string[];
  /** The days of the week ("on Monday"): `{W:days:bare}` in rule patterns. */
  days: string[];
  /** Nouns of a group: "the <noun of armed men> <one of these>" ("the rebel group") refers back to an armed group, as the `anaphors` do. */
  anaphorGroupNouns: string[];
  /** Words that describe a group as armed or outlawed before a group's noun, an anaphor with "the" ("the paramilitary group", "the banned organisation"); the nouns of armed men ("rebel", "militant") do so too. */
  anaphorGroupAdjectives: string[];
  /** Devices a vehicle or person runs into and is hit by ("hit a landmine", "struck a roadside bomb"): the events pass's verb class run-into. */
  deviceNouns: string[];
  /** Words before a force's noun that say its men no longer serve ("former soldiers", "ex-soldiers"): no state's forces. */
  formerWords: string[];
  /** What a group claims for an attack ("claimed responsibility for the attack"). */
  claimNouns: string[];
  /** Lower-case nouns of places and things that are attacked or taken ("a checkpoint", "a police station"): an event's described end. */
  facilityNouns: string[];
  /** First words of town names ("Tel Tamer", "Kafr Nabl", "Port Sudan"): a name they open is a place, the word and the name after it one town. */
  placePrefixes: string[];
  /** Communities named by their plural ("Kurds", "Sunnis", "local Arabs"): groups of people. */
  communities: string[];
  /** "the Syrian <noun>" that names a group of people. */
  peopleNouns: string[];
  /** Title words that name nobody alone ("Minister", "President"), lower case. */
  bareTitleWords: string[];
  /** First words of operation names ("Operation Inherent Resolve"): no entity. */
  eventHeads: string[];
  /** Words that make a name a document, a law or a programme, not an actor ("the Convention on the Rights of X"). */
  documentHeads: string[];
  /** Last words of a competition's, festival's or holiday's name ("Open", "Cup", "Day"): a name before one is part of the event's name. */
  eventTails: string[];
  /** Words of `stopCaps` that open a name after "the" ("the New Dawn Movement"). */
  nameOpeners: string[];
  /** Words around an unknown name that make it an organisation: before it ("shares of"), after it ("X's chairman"), right after it with no possessive ("X fighters"). */
  orgContext: Record<'before' | 'after' | 'peopleOf' | 'afterBare' | 'forceAfter' | 'apposed' | 'media', string[]>;
  /** Words before an unknown name that make it a place: prepositions ("in X") and nouns with "of" ("residents of X"); the verbs are the class `reach-place`. */
  placeContext: Record<'prepositions' | 'nounsOf', string[]>;
  /** Lower-case nouns after a name that make it a tribe or clan ("the Dulaim tribe"). */
  tribeHeads: string[];
  /** Month names: a month or its abbreviation before a number is a date ("Jan. 8"), never a name. */
  months: string[];
  /** Words capitalised for reasons other than naming ("The", "Monday", "Kurdish"). */
  stopCaps: string[];
  /** Words after which a period does not end a sentence ("Gen.", "Dec."). */
  abbreviations: string[];
  /** Counts written as words ("three strikes"). */
  numberWords: Record<string, number>;
  /** Prefixes that open a warship's name ("USS Mahan"). */
  warshipPrefixes: string[];
  /** Words after a hyphen that end a name ("ISIS-held", "Kurdish-led"). */
  compoundSuffixes: string[];
  /** Honorifics of speakers in transcripts, in capitals ("MR KIRBY:"). */
  transcriptHonorifics: string[];
  /** A party's vehicles and craft: one "of" a named party is that party ("a vehicle of the army"). */
  materielNouns: string[];
  /** Nouns of a part of a place: one "of" a place is that place ("withdrew from large parts of X"). */
  placePartNouns: string[];
  /** Roles of a transcript's journalists, in brackets after a speaker's label ("(HOST)"): their turns quote no one. */
  interviewerRoles: string[];
  /** Pronouns the coreference pass resolves (coref/), by what they can stand for. */
  pronouns: Record<'male' | 'female' | 'plural' | 'neuter' | 'first', string[]>;
  /** Words before a plural person noun that make it name a pair of people named before ("the two leaders", "both ministers"). */
  pairWords: string[];
  /** Nouns of definite descriptions ("the town", "the ministry"), by the type of entity they refer back to. */
  descriptions: Record<'city' | 'country' | 'region' | 'government' | 'force', string[]>;
  /** Words that name a country's own armed forces ("army", "armed forces"): what "the army" may refer back to (coref/). */
  nationalArmyNames: string[];
  /** Words of people who live outside their country ("refugees", "exiles"): never scoped by where they are. */
  abroadNouns: string[];
  /** Lower-case nouns for a person ("the minister", "a woman"): unnamed people a pronoun may mean instead. */
  personNouns: Record<'male' | 'female' | 'any', string[]>;
  /** Titles that give a person's gender ("Mr.", "Queen"). */
  genderedTitles: Record<'male' | 'female', string[]>;
  /** Keys of metadata lines ("author: Wikipedia", front matter): their values are no mentions (mentions/noise.ts). */
  metadataKeys: string[];
  /** Marks of a citation line ("ISBN", "Retrieved"): its names are authors and publishers, no actors. */
  citationMarks: string[];
}

export interface Identity {
  titleWords: string[];
  titleGlue: string[];
  titleDemonyms: string[];
  /** Head nouns of group and place names, in the singular; their plurals fold to them. */
  pluralHeads: string[];
  /** Words of whom a camp holds, before "camp", that never change which camp it is ("refugee", "displacement"). */
  campDescriptors: string[];
}

export interface VerbClassData {
  about: string;
  /** Base forms ("attack", "carry out"), or "@class" to take in another class. */
  verbs: string[];
  /** The CAMEO code the event pass gives a one-word verb of the class that CAMEO's own dictionary lacks ("neutralise": 190). */
  cameo?: string;
}

export interface Lexicon {
  /** The entity files in priority order: an alias bound by an earlier file is not re-bound by a later one. */
  entityFiles: readonly EntityFile[];
  entities: readonly LexiconEntry[];
  titles: readonly string[];
  roles: Roles;
  words: Words;
  identity: Identity;
  verbs: Readonly<Record<string, VerbClassData>>;
  inflections: InflectionTable;
}

/** The raw contents of a lexicon's files (what `makeLexicon` validates). */
export interface LexiconFiles {
  /** Entity files, path -> parsed JSON, in priority order. */
  entities: ReadonlyArray<readonly [string, unknown]>;
  titles: unknown;
  roles: unknown;
  words: unknown;
  identity: unknown;
  verbs: unknown;
  inflections: unknown;
}

const HERE = 'src/extract/lexicon';

/** A shipped file, read and parsed (beside this module: src/ through tsx, dist/ when built). */
const readShipped = (name: string): unknown => JSON.parse(readFileSync(new URL(name, import.meta.url), 'utf8'));

/**
 * The files shipped with newsgraph, read when first asked for (groups.json
 * first: it wins alias conflicts). Read, not imported: a command that only
 * queries a store (and so imports name normalisation through the store)
 * never loads them.
 */
export function shippedFiles(): LexiconFiles {
  const entity = (name: string) => [`${HERE}/entities/${name}.json`, readShipped(`./entities/${name}.json`)] as const;
  return {
    entities: ['groups', 'camps', 'forces', 'media', 'organizations', 'people', 'places', 'countries', 'sports'].map(entity),
    titles: readShipped('./titles.json'),
    roles: readShipped('./roles.json'),
    words: readShipped('./words.json'),
    identity: readShipped('./identity.json'),
    verbs: readShipped('./verbs.json'),
    inflections: readShipped('./inflections.json'),
  };
}

type RawEntity = Omit<LexiconEntry, 'reason' | 'aliases'> & { aliases?: string[] };

/**
 * Validate lexicon files and build a lexicon. Throws a `LexiconError` naming
 * the file and entry for a schema violation, a duplicate entity id, or a
 * `related` / `in` id that no entity file defines.
 */
export function makeLexicon(files: LexiconFiles): Lexicon {
  return buildLexicon(files, true);
}

/** `makeLexicon`, with the schema checks only when `validate` (the shipped files once checked need not be again). */
function buildLexicon(files: LexiconFiles, validate: boolean): Lexicon {
  const ENTITY = entitySchema(ENTITY_TYPES);
  const entityFiles: EntityFile[] = [];
  const where = new Map<string, string>();
  for (const [path, data] of files.entities) {
    if (validate) check(path, data, ENTITY);
    const file = data as { reason: string; entries: RawEntity[] };
    const entries = file.entries.map((e, i): LexiconEntry => {
      const first = where.get(e.id);
      if (first !== undefined) throw new LexiconError(path, `entries[${i}] (id "${e.id}"): duplicate id (first in ${first})`);
      where.set(e.id, path);
      return { ...e, aliases: e.aliases ?? [], reason: file.reason };
    });
    entityFiles.push({ path, reason: file.reason, entries });
  }
  const countryIds = new Set(entityFiles.flatMap((f) => f.entries.filter((e) => e.type === 'country').map((e) => e.id)));
  for (const f of entityFiles) {
    f.entries.forEach((e, i) => {
      for (const r of e.related ?? []) if (!where.has(r.id)) throw new LexiconError(f.path, `entries[${i}] (id "${e.id}"): related id "${r.id}" is in no entity file`);
      if (e.in !== undefined && !where.has(e.in)) throw new LexiconError(f.path, `entries[${i}] (id "${e.id}"): "in" id "${e.in}" is in no entity file`);
      for (const c of e.countries ?? []) if (!countryIds.has(c)) throw new LexiconError(f.path, `entries[${i}] (id "${e.id}"): "countries" id "${c}" is no country of an entity file`);
    });
  }
  if (validate) {
    check(`${HERE}/titles.json`, files.titles, TITLES_SCHEMA);
    check(`${HERE}/roles.json`, files.roles, ROLES_SCHEMA);
    check(`${HERE}/words.json`, files.words, WORDS_SCHEMA);
    check(`${HERE}/identity.json`, files.identity, IDENTITY_SCHEMA);
    check(`${HERE}/verbs.json`, files.verbs, VERBS_SCHEMA);
    check(`${HERE}/inflections.json`, files.inflections, INFLECTIONS_SCHEMA);
  }
  const verbs = (files.verbs as { classes: Record<string, VerbClassData> }).classes;
  if (validate) for (const [name, cls] of Object.entries(verbs)) {
    cls.verbs.forEach((v, i) => {
      if (v.startsWith('@') && !(v.slice(1) in verbs)) throw new LexiconError(`${HERE}/verbs.json`, `classes.${name}.verbs[${i}]: no class "${v.slice(1)}"`);
      if (!v.startsWith('@') && !/^[a-z][a-z-]*(?: [a-z]+)*$/.test(v)) {
        throw new LexiconError(`${HERE}/verbs.json`, `classes.${name}.verbs[${i}]: a verb is written in lower case, as its base form ("attack", "carry out"), got ${JSON.stringify(v)}`);
      }
    });
  }
  return {
    entityFiles,
    entities: entityFiles.flatMap((f) => f.entries),
    titles: (files.titles as { titles: string[] }).titles,
    roles: files.roles as Roles,
    words: files.words as Words,
    identity: files.identity as Identity,
    verbs,
    inflections: files.inflections as InflectionTable,
  };
}

let shipped: Lexicon | undefined;

/**
 * The shipped lexicon, validated on first use. Its files are part of the
 * package's code and data, so once they have passed the checks, the disk
 * cache remembers it under their content hash (`cachedTable`
 * 'lexicon-checked', src/util/disk-cache.ts) and a later process builds the
 * lexicon without checking the same bytes again (about 0.05 s of CPU). A
 * changed file is a new hash: checked again, and a bad one throws as ever.
 */
export function defaultLexicon(): Lexicon {
  if (!shipped) {
    const files = shippedFiles();
    let checked: Lexicon | undefined;
    cachedTable('lexicon-checked', () => ((checked = makeLexicon(files)), true));
    shipped = checked ?? buildLexicon(files, false);
  }
  return shipped;
}

/**
 * A value derived from a lexicon (a regex, a trie, a map), built on first
 * use and remembered per lexicon object. Called without a lexicon, it uses
 * the shipped one.
 */
export function memoByLexicon<T>(build: (lex: Lexicon) => T): (lex?: Lexicon) => T {
  const cache = new WeakMap<Lexicon, T>();
  return (lex = defaultLexicon()) => {
    let v = cache.get(lex);
    if (v === undefined) {
      v = build(lex);
      cache.set(lex, v);
    }
    return v;
  };
}

/** Entity id -> entry. */
export const entriesById = memoByLexicon((lex): ReadonlyMap<string, LexiconEntry> => new Map(lex.entities.map((e) => [e.id, e])));

/** Names and aliases of armed groups of two words or more, lower case, with their entity ("islamic state" -> isis). */
export const armedGroupNames = memoByLexicon((lex): ReadonlyMap<string, LexiconEntry> => {
  const out = new Map<string, LexiconEntry>();
  for (const e of lex.entities) if (e.type === 'armed_group') for (const n of [e.label, ...e.aliases]) if (/\s/.test(n) && !out.has(n.toLowerCase())) out.set(n.toLowerCase(), e);
  return out;
});

/**
 * The armed group of the lexicon whose name (two to four words) opens `name` and is shorter than it, and its words;
 * not the entity `self` (the lexicon may list the name without its last word as an alias of its own).
 */
export function groupOpening(name: string, lex?: Lexicon, self?: string): { entry: LexiconEntry; words: number } | undefined {
  const words = name.toLowerCase().split(/\s+/);
  for (let k = Math.min(4, words.length - 1); k >= 2; k--) {
    const entry = armedGroupNames(lex).get(words.slice(0, k).join(' '));
    if (entry && entry.id !== self) return { entry, words: k };
  }
  return undefined;
}

/** The lexicon entry of an entity id, if any. */
export function lexiconEntry(id: string, lex?: Lexicon): LexiconEntry | undefined {
  return entriesById(lex).get(id);
}

/** The type a name's head word gives it (words.orgHeads: "Brigade" -> force, "Front" -> armed_group); the first list that holds a word wins. */
export const orgHeadTypes = memoByLexicon((lex): ReadonlyMap<string, EntityType> => {
  const out = new Map<string, EntityType>();
  for (const [type, heads] of Object.entries(lex.words.orgHeads)) for (const h of heads) if (!out.has(h)) out.set(h, type as EntityType);
  return out;
});

const orgOpenerTypes = memoByLexicon((lex): ReadonlyMap<string, EntityType> => new Map(Object.entries(lex.words.orgOpeners).flatMap(([t, ws]) => ws.map((w) => [w, t as EntityType] as const))));

/**
 * The type an unknown name gets from the word that opens it (words.orgOpeners: "Liwa X", "Jaysh al-X"), also from the
 * first part of a hyphenated one-word name ("Lashkar-e-Taiba"); a lone opener names nothing.
 */
export function openerType(words: readonly string[], lex?: Lexicon): EntityType | undefined {
  const first = words[0];
  if (!first) return undefined;
  const part = first.split(/[-‐]/)[0]!;
  return words.length >= 2 || part !== first ? orgOpenerTypes(lex).get(part) : undefined;
}

/** Demonym (lower-cased) -> place entry ("iraqi" -> iraq). */
export const demonyms = memoByLexicon(
  (lex): ReadonlyMap<string, LexiconEntry> => new Map(lex.entities.flatMap((e) => (e.demonyms ?? []).map((d) => [d.toLowerCase(), e] as const))),
);

/** Nouns any group may be named with, lower case ("the X group", "the X movement": words.anaphorGroupNouns). */
/** Head nouns of bodies' names, lower case, every type's (words.orgHeads: "front", "brigade", "ministry"). */
export const orgHeadWords = memoByLexicon((lex): ReadonlySet<string> => new Set(Object.values(lex.words.orgHeads).flat().map((h) => h.toLowerCase())));
export const anaphorGroupNounSet = memoByLexicon((lex): ReadonlySet<string> => new Set(lex.words.anaphorGroupNouns.map((w) => w.toLowerCase())));

/** Words capitalised for reasons other than naming, as a set. */
export const stopCaps = memoByLexicon((lex): ReadonlySet<string> => new Set(lex.words.stopCaps));
/** The lexicon's force nouns, lower case ("army", "police", "troops"). */
export const forceNounSet = memoByLexicon((lex): ReadonlySet<string> => new Set(lex.words.forceNouns.map((w) => w.toLowerCase())));
/** A community's adjectives as written, one word each ("Sunni", "Druze"): words.communityAdjectives. */
export const communityWordSet = memoByLexicon((lex): ReadonlySet<string> => new Set(lex.words.communityAdjectives.filter((w) => !/\s/.test(w))));
/** A name that holds a word of people who live outside their country ("Syrian refugees"): words.abroadNouns. */
export const livesAbroad = memoByLexicon((lex): RegExp => new RegExp(`(?<![\\p{L}])(?:${alternation(lex.words.abroadNouns)})(?![\\p{L}])`, 'iu'));
/** A name of a country's own armed forces after its demonym ("Armed Forces", "Army"): words.nationalArmyNames, whole. */
export const nationalArmyName = memoByLexicon((lex): RegExp => new RegExp(`^(?:${alternation(lex.words.nationalArmyNames)})$`, 'iu'));

export { esc, alternation } from './regex.ts';
