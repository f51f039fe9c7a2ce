/**
 * The verb dictionary the event matcher reads: the shape of a CAMEO verb
 * block (PETRARCH2 `CAMEO.2.0.txt`), reduced to what a clause can be tested
 * against. The converter of the real dictionary (src/extract/lexicon/petrarch/)
 * is to produce entries of this shape; see ./README.md for what it must provide.
 */

/** A test on a noun phrase: its head (singular, lower case; a regular plural matches too) and words before the head. */
export interface NounTest {
  /** Any of these heads ("convoy"; a synonym set expanded: "car", "truck", "vehicle"). */
  heads: readonly string[];
  /** Words that must come before the head in the same phrase: CAMEO's `{SUICIDE BOMBER}` is `before: ['suicide']`. */
  before?: readonly string[];
  /**
   * The words right before the head, in order, each one of a set (a synonym set's members, some of several words):
   * CAMEO's `{NEW &TIETYPES RELATIONS}` is `beforeRun: [['new'], ['military', 'economic', 'cultural']]` ("new economic
   * relations", not "new global economic relations").
   */
  beforeRun?: readonly (readonly string[])[];
  /**
   * `beforeRun`'s sets in order before the head, other words allowed between them: CAMEO's words written apart
   * (`IMPROVED &TIETYPES RELATIONS`: "improved global economic relations"), where `_` joins words that must touch.
   */
  beforeOpen?: boolean;
}

/** A test on a prepositional phrase: the preposition, and a test on its object or none (an open slot: "fired (AT)"). */
export interface PrepTest {
  prep: string;
  object?: NounTest;
  /** CAMEO's `^` for the object (`EID AT ^ WITH +`): the preposition with any object, which is skipped, never the target. */
  skipped?: boolean;
  /** With `skipped`, a target right after it (`* AT ^ +`): the coder takes the first actor after the skipped phrase, never it. */
  targetAfter?: boolean;
  /** CAMEO's `$` for the object (`+ * FROM $`): the preposition's object is the event's source. */
  source?: boolean;
}

/**
 * One pattern of a verb: the tests a clause must pass, and the code it then
 * gets. `code: null` is CAMEO's `[---]`: the clause is explicitly no event
 * ("killed in an accident").
 */
export interface VerbPattern {
  code: string | null;
  /** The phrase on the actor's side (CAMEO's nouns before `*`), tested after the voice is undone. */
  actor?: NounTest;
  /** The phrase on the undergoer's side (CAMEO's noun after `*`). */
  patient?: NounTest;
  /** A particle the verb must have ("lay down": CAMEO's `- * DOWN &WEAPON` on LAY). */
  particle?: string;
  /** Prepositional phrases after the verb; all must be there. */
  preps?: readonly PrepTest[];
  /**
   * Words of the verb group before the verb, in order, each one member of a set (a member may be several words:
   * "did n't"): CAMEO's `WILL NOT *`. A pattern that says "not" codes the negated event itself.
   */
  auxiliaries?: readonly (readonly string[])[];
  /** CAMEO's target before the verb and source after a preposition (`+ * FROM $`): the subject as written is the target. */
  subjectIsTarget?: boolean;
  /** CAMEO's `%` before the verb (`% HAVE *`): the subject is a compound whose members do it to each other. */
  compound?: boolean;
  /**
   * The pattern's noun after the verb is a lone preposition (`* FOR`, `*_ON`): kept as a noun that never matches for the
   * graph (an open slot there moved CAMEO 2.0's `* ON` targets wrongly, session 9); the coder's output reads it as
   * PETRARCH does, a prepositional phrase of the clause whose object is the target.
   */
  lonePrep?: string;
  /**
   * CAMEO's words after the verb in order, one member of each set (a synonym set's members), where the clause cannot hold
   * them as one noun and prepositions (`* ASSURANCES_ON &TIETYPES FROM`: "welcomed assurances on cultural issues from
   * X"): PETRARCH reads a pattern's words along the text after the verb, others may come between. The coder's output
   * reads them so (the words of the clause after its verb); the graph's matcher never passes such a pattern.
   */
  afterWords?: readonly (readonly string[])[];
  /** The last of `auxiliaries` right before the verb (CAMEO's `RECENTLY_*`: "recently allowed", not "recently did allow"). */
  auxiliariesAdjacent?: boolean;
  /** The pattern as written in its source, for the evidence ("- * (IN ACCIDENT) [---]"). */
  source?: string;
  /** CAMEO's paired code (`[032:033]`: the target does this back to the source, "left for X" -> X hosts). */
  paired?: string;
}

/** One verb of a block, with the block's patterns. */
export interface VerbEntry {
  /** Base form ("kill"); a phrasal verb also has its particle ("wipe" + "out"). */
  lemma: string;
  particle?: string;
  /** The code of the verb alone, when no pattern matches (the verb's own `[code]` or its block's); null for `[---]`. */
  code: string | null;
  patterns: readonly VerbPattern[];
  /** The block's name ("KILL"), for the evidence. */
  block: string;
  /** The verb's own paired code, else its block's (`--- MEET [031:031] ---`: both sides meet). */
  paired?: string;
  /**
   * Words written before the verb (PETRARCH's pre-compound `WIRE_+TAP`, dictionaries.rst), lower case: the entry is the
   * verb's only when they come right before it (read where the caller gives the words, `MatchOptions.preVerb`).
   */
  before?: string;
}

/** Entries by verb. */
export interface VerbDictionary {
  entries(lemma: string, particle?: string): readonly VerbEntry[];
}
