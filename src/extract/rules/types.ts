/**
 * A relation rule, as data. Its `pattern` is a regular expression over the
 * *masked* sentence (mask.ts), in which every mention is a placeholder
 * `⟦i|kind|type|rule⟧` (a person's may add `|title-lead` or `|title-member`, a
 * possessive pronoun kept as a mention `|poss`: `(?<=\|poss⟧)` after a slot asks
 * for one; a reflexive one `|refl`). Slots:
 *   {S} {T}            the source / target mention; `{S:actor,force}` limits it
 *                      to mentions of those kinds, types or name rules
 *                      (`{S:name-victim-group}`)
 *   {V:class}          any form of the verbs of a verb class (lexicon/verbs.json);
 *                      `{V:class:pp}`, `{V:class:past,s}` only those forms
 *                      (base, s, past, pp, ing)
 *   {ACTIVE}           before a verb slot: the verb starts a word and is no passive
 *                      participle ("were captured by"): the mention before it is the doer
 *   {NOT_OURS}         before a trigger: no "our"/"my" on it ("our fight against X")
 *                      is the speaker's, not the doing of a name before it
 *   {N}                a count ("153", "2,500", "dozens") -> evidence.quantity
 *   {W:list}           any word of a word list of lexicon/words.json, or its plural
 *                      (`{W:conflictNouns}`); `{W:list:bare}` the words alone; a table of
 *                      words to numbers gives its words (`{W:numberWords:bare}`)
 *   {X}                any other mention (not captured)
 *   {_}                a short gap with no mention (<= 40 chars)
 *   {_p}               a gap that may hold place mentions only (<= 80 chars)
 *   {__}               a gap that may hold any mention (<= 120 chars)
 *   {__np}             the same, across no purpose clause ("to discuss ...") but a meeting's or a visit's ("to visit")
 *   {LEAD} {MEMBER}    role nouns from lexicon/roles.json
 *   {ROLES}            the plurals of all of them ("commanders", "spokesmen")
 * Matching is case-insensitive. A rule's cue (a cheap pre-test on the raw
 * sentence) is derived from its pattern (cue.ts), never written by hand.
 */
import type { RelationType } from '../../types.ts';

export interface RelationRule {
  reason: string;
  type: RelationType;
  pattern: string;
  /** Sentences the rule fires on: written fresh, not copied from the development data (one at least). */
  example: string;
  /** More examples, each of which the rule must fire on (test/extract/rules.test.ts). */
  examples?: readonly string[];
  /** The rule's own estimate of its precision, before penalties (confidence.ts). */
  confidence: number;
  /** No {S}: the source is the nearest fitting mention before the match (`sourceKinds`). */
  source?: 'subject';
  sourceKinds?: string[];
  /** Also take mentions coordinated after the match: as more targets (true) or more sources ('source'). */
  coord?: boolean | 'source';
  /**
   * Format readers (formats/) that read this rule's sentences better: on a
   * sentence such a reader has read as a line of its format, the rule does
   * not run (a strike line's places are read thing by thing).
   */
  yieldsTo?: readonly string[];
  /**
   * The subject moves (enters, flees to): like an attack, a deed of the verb's own subject, so the agent of a reduced
   * relative before the verb is not its doer ("troops backed by coalition air strikes entered X": the troops did).
   */
  motion?: true;
  /** The match's last party may be a speaker: no match when a speech verb follows it ("Rebels shell X, Chad says"). */
  notSpeaker?: true;
  /**
   * The source sends or keeps forces at the target: a country is not there itself where the place lies inside it
   * ("Colombia has sent 5,000 soldiers to the Catatumbo region": its troops are, a generic actor the rules do not see).
   */
  sendsForces?: true;
  /**
   * The two ends are named with different last words (their units: "X district, Y province"): a chain of places one
   * inside the next, not a list of one level ("X district, Y district, ...").
   */
  unitsDiffer?: true;
}
