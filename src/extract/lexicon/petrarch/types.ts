/**
 * Types of the PETRARCH2 dictionaries as newsgraph data (issue 12 items 2-3).
 *
 * The JSON files of this folder are written by `npm run convert:petrarch`
 * (scripts/convert/petrarch.ts) from the PETRARCH2 dictionaries (MIT, Open
 * Event Data Alliance; see ./LICENSE.petrarch2 and ./README.md), except
 * `cameo-map.json` and `sectors.json`, which are written by hand. These types
 * are shared by the converter (which writes them) and the loaders in ./load.ts
 * (which validate and read them). Self-contained: nothing here depends on the
 * rest of the lexicon module.
 *
 * Conventions of every converted file:
 * - words are lower case (the dictionaries are all upper case, so the case of
 *   a word in text is unknown: "us" is both the pronoun and the country;
 *   matchers must be careful with short aliases);
 * - `line` is the 1-based line of the source file the entry comes from;
 * - dates are ISO `YYYY-MM-DD`; ranges are inclusive at both ends.
 */

/** The header every converted file starts with. */
export interface SourceHeader {
  /** What the file holds, in one sentence. */
  about: string;
  /** Source file(s) in the PETRARCH2 distribution, with their version lines. */
  source: string;
  /** Licence and copyright of the source data. */
  licence: string;
  /** The script that writes this file. */
  generatedBy: string;
  /** What the converter dropped or changed, for the record. */
  dropped?: string[];
}

// ---------------------------------------------------------------------------
// Verbs (CAMEO.2.0.txt)

/**
 * One element of a verb pattern, read from PETRARCH's pattern syntax
 * `- [pre-verb nouns] [pre-verb (preps)] * [post-verb nouns] [post-verb (preps)] [CODE]`.
 *
 * - `word`: a bare word or `_`-joined phrase ("RAID", "ON_THE"): `w` holds its
 *   words in order. A bare word is usually the head noun of a noun phrase.
 * - `np`: a `{...}` noun phrase: `w` holds its words, the head last
 *   ("{FINANCIAL AID}" -> ["financial", "aid"]).
 * - `pp`: a `(...)` prepositional phrase: `prep` and the elements of its object
 *   (may be empty: "(TO)").
 * - `source` (`$`), `target` (`+`): where the source / target actor stands,
 *   when the pattern must say it. `skip` (`^`) and `compound` (`%`) are
 *   TABARI markers (skip a noun phrase; a compound actor) kept as written.
 *
 * A word that starts with `&` names a synset (see `CameoVerbFile.synsets`):
 * any member of the set (and, where the set allows, its plural) stands there.
 * `adjacent` means no word may come between this element and the next one
 * towards the verb (a `_` in the source: "IN_*", "*_OUT").
 */
export type PatternElement =
  | { t: 'word'; w: string[]; adjacent?: true }
  | { t: 'np'; w: string[]; adjacent?: true }
  | { t: 'pp'; prep: string; obj: PatternElement[]; adjacent?: true }
  | { t: 'source' | 'target' | 'skip' | 'compound'; adjacent?: true };

export interface VerbPattern {
  /** The event code when the pattern matches; null is PETRARCH's null code `---` (no event). */
  code: string | null;
  /**
   * TABARI's paired code (`[042:043]`, `[:173]`): a second event coded with
   * source and target swapped. Absent when the pattern has none.
   */
  paired?: string;
  /** Elements before the verb, in text order. */
  before: PatternElement[];
  /** Elements after the verb, in text order. */
  after: PatternElement[];
  /** The source comment: usually the synonym the pattern was written for ("rush"). */
  note?: string;
  /**
   * A later pattern of the same block has the same elements: PETRARCH2 keeps
   * only the last one, so this one never fires there.
   */
  shadowed?: true;
  line: number;
}

export interface VerbEntry {
  /** The words of the verb or multi-word verb, base form as written ("ask for", "wire tap"). */
  phrase: string;
  /** Index in `phrase.split(' ')` of the word that is the verb (the `+` of "WIRE_+TAP"). */
  head: number;
  /** The verb's own code, when it has one (`ASK [020]`); otherwise the block's. */
  code?: string | null;
  /** The verb's own paired code (`CONSULT [040:040]`). */
  paired?: string;
  /**
   * The inflected forms of the head word the file lists (`SPEED {SPEEDING
   * SPEEDS SPED}`); PETRARCH uses only these when present. `[]` is `{}`: the
   * phrase is used as written. Absent: forms are generated (regular verb).
   */
  forms?: string[];
  line: number;
}

export interface VerbBlock {
  /** The block label (`--- ACCELERATE [---] ---`): PETRARCH's key for the patterns. */
  name: string;
  /** The block's primary code; null is `---` (the bare verb codes no event). */
  code: string | null;
  /** The block's paired code (`--- CALL [041:041] ---`: both sides call each other). */
  paired?: string;
  verbs: VerbEntry[];
  patterns: VerbPattern[];
  line: number;
}

export interface Synset {
  /** Members: words or phrases (consecutive words), lower case; `&name` members are other synsets. */
  members: string[];
  /** Whether plurals of the members also match (the label does not end in `_`). */
  plural: boolean;
  /** Members written with a final `_`: no plural for these even when `plural`. */
  singular?: string[];
  line: number;
}

/**
 * A verb transformation (`~ a (a b ATTACK) SAY = a b 015`): when the verb
 * `verb` (with source `source`) governs a clause coded `inner`, code the
 * whole as `result`. Letters are actor variables, `.` an unspecified actor,
 * `_` an absent one; verb `Q` and code `Q` mean any verb / the inner code.
 */
export interface VerbTransformation {
  source: string;
  inner: { source: string; target: string; verb: string };
  verb: string;
  result: { source: string; target: string; code: string };
  line: number;
}

export interface CameoVerbFile extends SourceHeader {
  synsets: Record<string, Synset>;
  blocks: VerbBlock[];
  transformations: VerbTransformation[];
}

// ---------------------------------------------------------------------------
// Actors and agents (Phoenix.*.actors.txt, Phoenix.agents.txt)

/**
 * A code restriction of an actor (`[USAGOV 20090120-20170120]`): the actor
 * has `code` between `from` and `to` (inclusive; either may be open). A
 * restriction with neither is the default code, used when no dated one
 * applies. The first dated restriction that covers a date wins (PETRARCH's
 * order: the validation suite relies on it). `---` is PETRARCH's null code.
 */
export interface ActorRole {
  code: string;
  from?: string;
  to?: string;
}

/**
 * A role as stored, compactly: `CODE` (default), `CODE FROM..TO`,
 * `CODE FROM..` or `CODE ..TO` with ISO dates ("AFGGOV 2001-12-22..").
 */
export type RoleText = string;

/** A country as stored (Phoenix.Countries.actors.txt: the country's header entry `AFGHANISTAN_  [AFG]`). */
export interface CountryRow {
  iso3: string;
  /** The country's names: the primary phrase first, then aliases, abbreviations and misspellings of it. */
  names: string[];
  /** Adjectives and nouns of nationality ("afghan", "british"), found by a rule (see the file's `about`). */
  demonyms: string[];
  /**
   * Other phrases Phoenix codes as this country: mostly its capital, cities,
   * provinces, regions and landmarks, also foreign-language names, nicknames
   * and demonyms the rule does not recognise ("dutch"). Not names of the
   * country: a reader may take them as places in it.
   */
  related: string[];
  /** Dated codes, when the country's code changed (Iraq under occupation). */
  roles?: RoleText[];
  line: number;
}

/** A country as loaded: a display label made from its first name, roles read. */
export interface CountryEntry extends Omit<CountryRow, 'roles'> {
  label: string;
  roles?: ActorRole[];
}

/**
 * An actor as stored: a person, institution or group with names and dated
 * roles. Used for office holders and national institutions (countries file)
 * and for armed, non-state and international groups.
 */
export interface ActorRow {
  /** Lower-case names: the primary phrase first, then its synonyms. */
  names: string[];
  /** Acronyms given in parentheses in the source ("(AAIA)"), as written (upper case). */
  acronyms?: string[];
  /** Titles read off aliases of the form "<title> <name>" ("president" from "PRESIDENT_KARZAI_"). */
  titles?: string[];
  roles: RoleText[];
  /** The entry comes from CountryInfo (the leaders and ministers list): a person. */
  person?: true;
  line: number;
}

/** An actor as loaded: a display label made from its first name, roles read, and its country. */
export interface ActorEntry extends Omit<ActorRow, 'roles'> {
  label: string;
  roles: ActorRole[];
  /** The ISO-3 code all of its roles start with, when they agree and it is a country of countries.json. */
  country?: string;
}

/** A generic agent (`POLICE {} [~COP]`). */
export interface AgentEntry {
  /** The noun or phrase, base form as written, lower case. */
  noun: string;
  /**
   * Plural forms: absent = the regular plural is generated; `[]` = none (`{}`
   * in the source: "police"); otherwise the forms listed or folded in.
   */
  plural?: string[];
  /**
   * The agent code as written: `~COP` is added after the actor's code
   * ("Kenyan police" -> KENCOP), `NGO~` before it.
   */
  code: string;
  /** Words of the phrase may be separated by other words (a blank in the source, not `_`). */
  loose?: true;
  line: number;
}

export interface DiscardEntry {
  phrase: string;
  /** `story`: the whole story is not coded (`+` in the source); `sentence`: the sentence. */
  scope: 'story' | 'sentence';
  /** Whole word only (final `_`); otherwise the last word is a stem. */
  exact?: true;
  line: number;
}

export interface CountryFile extends SourceHeader {
  /** The latest date any restriction of the source names: the data is not current after it. */
  latestDate: string;
  countries: CountryRow[];
}

export interface ActorFile extends SourceHeader {
  latestDate: string;
  actors: ActorRow[];
}

export interface AgentFile extends SourceHeader {
  agents: AgentEntry[];
}

export interface DiscardFile extends SourceHeader {
  discards: DiscardEntry[];
}

// ---------------------------------------------------------------------------
// Hand-written tables

/** Edge types a CAMEO code may map to: a newsgraph relation type, `interacts` (recommended, not in the contract), or none. */
export type CameoEdge =
  | 'attacks'
  | 'allied_with'
  | 'quotes'
  | 'captures'
  | 'withdraws_from'
  | 'interacts'
  | null;

/** One row of cameo-map.json: the longest matching code prefix wins. */
export interface CameoMapRow {
  /** A CAMEO code or prefix: "19", "173", "0874". */
  code: string;
  /** The CAMEO codebook's name for the code. */
  name: string;
  edge: CameoEdge;
  /** PLOVER category (transcription of the 2021 CAMEO->PLOVER table); null where PLOVER has none. */
  plover: string | null;
  /** `quotes` rows: the edge needs a quotation (the quotes reader links speaker and subject). */
  needsQuote?: true;
  /**
   * The edge is the verb's own code's, not this code's: a pattern that names what is done to (a ceasefire violated by
   * fighting, "killed two soldiers after the ceasefire") or only ended by an announcement ("suspended the ceasefire").
   */
  edgeOfVerb?: true;
  reason: string;
}

export interface CameoMapFile {
  about: string;
  source: string;
  rows: CameoMapRow[];
}

/** One row of sectors.json: a three-letter CAMEO actor code. */
export interface SectorRow {
  code: string;
  /** Readable name ("police", "rebels"). */
  name: string;
  /** What the code is: a sector (role) of a country's actors, an international type, a religion or ethnicity qualifier, or a region. */
  class: 'sector' | 'international' | 'qualifier' | 'region';
  /** The newsgraph node kind an agent of this sector becomes. */
  kind?: 'actor' | 'force' | 'place';
  /** The newsgraph entity type; null where no type fits (a population group: civilians, refugees). */
  type?: string | null;
  reason: string;
}

export interface SectorFile {
  about: string;
  source: string;
  rows: SectorRow[];
}
