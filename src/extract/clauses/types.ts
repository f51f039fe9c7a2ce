/**
 * The clause reader's vocabulary: what goes in (tagged tokens, entity mention
 * spans) and what comes out (noun phrases, verb groups, prepositional phrases,
 * clauses and the links between them). Every span is a pair of character
 * offsets into the text the tokens were cut from.
 */

/** A half-open character range `[start, end)` of the article text. */
export interface Span {
  start: number;
  end: number;
}

/** One token with its Penn Treebank part-of-speech tag (`NNP`, `VBD`, `IN`, `,`, ...). */
export interface TaggedToken extends Span {
  text: string;
  pos: string;
}

/**
 * An entity mention ("Free Syrian Army", "the group"): the tokens it covers
 * are read as one noun. A mention that starts or ends inside a token ("US" in
 * "US-led") is kept as a sub-token mention for hyphen compounds.
 * Mentions are referred to by their index in the array given to the reader.
 */
export type MentionSpan = Span;

/** A word of the text with its tag (a whole mention counts as one word). */
export interface Word extends Span {
  text: string;
  pos: string;
}

export type ModifierKind =
  /** "ISIS's attack", "its fighters": the possessor, itself a noun phrase. */
  | 'possessor'
  /** "ISIS fighters", "Syrian army": a noun or name in front of the head. */
  | 'compound'
  /** "US-led coalition", "ISIS-held Mosul": `text` is the agent part, `lemma` the participle's verb. */
  | 'participle'
  /** "heavy fighting", "three vehicles". */
  | 'adjective';

export interface Modifier extends Span {
  kind: ModifierKind;
  text: string;
  /** Mention index when the modifier is (or, for `participle`, its agent part is) a mention. */
  mention?: number;
  /** `participle`: the verb's base form ("lead" for "US-led"). */
  lemma?: string;
  /** `possessor`: the possessor's own phrase. */
  np?: NounPhrase;
}

export interface NounPhrase extends Span {
  /** Token index range `[first, last)`. */
  first: number;
  last: number;
  text: string;
  /** The head word: a whole mention when the head is one. */
  head: Word;
  /** Mention index of the head, when the head is a mention. */
  mention?: number;
  /** Lower-cased determiner ("the", "a", "no", "its" is a possessor). */
  det?: string;
  /** A count in the phrase ("12", "at least 35", "dozens"): the words as written. */
  quantity?: Span & { text: string };
  pronoun: boolean;
  /** `there` in "there were clashes". */
  expletive: boolean;
  modifiers: Modifier[];
  /** Prepositional phrases read as modifiers of this noun ("members of ISIS", "the attack on Mosul" before the verb). */
  pps: PrepPhrase[];
  /** "X, a spokesman for Y," and "Syrian Democratic Forces (SDF)": phrases that rename this one. */
  appositions: NounPhrase[];
  /** The name a participle of naming gives this phrase ("a militia known as X", "a man named Y"), one of its appositions. */
  name?: NounPhrase;
  /** Clause ids of relative clauses on this phrase ("ISIS, which seized Mosul"). */
  relatives: number[];
}

export interface PrepPhrase extends Span {
  /** Lower-cased, multi-word where English has one ("according to", "out of"). */
  prep: string;
  prepSpan: Span;
  /** Objects, coordinated ones included ("in Syria and Iraq"). Empty when the object is a clause. */
  objects: NounPhrase[];
  /** "after killing 12": the clause that is the object. */
  clause?: number;
  /** Where the reader attached it: to the verb of its clause, or to the noun before it. */
  attach: 'verb' | 'noun';
}

export type Tense = 'past' | 'present' | 'future' | 'none';
export type Aspect = 'simple' | 'progressive' | 'perfect' | 'perfect-progressive';
export type VerbForm = 'finite' | 'infinitive' | 'gerund' | 'participle';

export interface Auxiliary extends Span {
  text: string;
  lemma: string;
}

export interface VerbGroup extends Span {
  /** Token index range `[first, last)` of the whole group. */
  first: number;
  last: number;
  text: string;
  /** The main verb. */
  head: Word;
  /** Its base form ("strike" for "struck"); a particle is not included. */
  lemma: string;
  /** "pulled out", "blew up": the particle, lower-cased. */
  particle?: string;
  auxiliaries: Auxiliary[];
  tense: Tense;
  aspect: Aspect;
  voice: 'active' | 'passive';
  form: VerbForm;
  negated: boolean;
  /** The modal's lemma ("could", "will", "would"). */
  modal?: string;
  /** A hedging modal or adverb, or a hedging verb above ("is believed to have attacked"). */
  hedged: boolean;
  /** A form of "be" with no other verb: "ISIS is a group". */
  copula: boolean;
}

/**
 * How a clause is tied to the rest of the sentence:
 * - `relative`: on the noun phrase `antecedent` ("ISIS, which seized Mosul");
 * - `coordination`: shares `parent`'s subject or is joined to it by "and"/"but";
 * - `complement`: the content of `parent`'s verb ("said that ...", "said ISIS attacked");
 * - `control`: an infinitive or gerund under `parent`'s verb ("vowed to retake", "stopped shelling");
 * - `participle`: a participial adjunct (", killing 12", "Backed by Russia, ...");
 * - `adverbial`: a clause under a subordinator or preposition ("after ISIS seized", "after killing").
 */
export type ClauseLink = 'relative' | 'coordination' | 'complement' | 'control' | 'participle' | 'adverbial';

/** Where a clause's subject came from. */
export type SubjectSource =
  | 'explicit'
  /** the relative clause's antecedent */
  | 'relative'
  /** the subject of the clause it is coordinated with */
  | 'coordination'
  /** the controlling clause's subject or object ("vowed to retake", "urged X to leave") */
  | 'control'
  /** the subject of the clause a participle or adverbial clause hangs on */
  | 'participle'
  /** after the verb: "..., said the army" */
  | 'inverted'
  | 'none';

export interface Clause extends Span {
  id: number;
  verb: VerbGroup;
  /** Grammatical subject, coordinated ones included. In a passive clause, the patient. */
  subject: NounPhrase[];
  subjectFrom: SubjectSource;
  /** Direct objects, coordinated ones included (and the antecedent of an object relative: "the town ISIS seized"). */
  objects: NounPhrase[];
  /** After a copula: "ISIS is a terrorist group", "was responsible". */
  complement: NounPhrase[];
  /** Prepositional phrases attached to the verb. */
  pps: PrepPhrase[];
  /** The passive's "by" phrase. */
  agent: NounPhrase[];
  /** Bare noun phrases of time: "ISIS attacked Mosul on Tuesday" has a PP, "ISIS attacked Mosul last week" this. */
  adverbials: NounPhrase[];
  parent?: number;
  link?: ClauseLink;
  /** `relative`: the noun phrase the clause is about. */
  antecedent?: NounPhrase[];
  /** `adverbial`: "after", "because", "when". */
  subordinator?: string;
  /** Reported speech: who says so ("X said that ...", "..., the army said", "according to X"). */
  reportedBy?: { speaker: NounPhrase[]; clause?: number; verb: string };
}

export interface Reading {
  clauses: Clause[];
  /** Every noun phrase of the sentence, in order (possessors and appositions included). */
  nounPhrases: NounPhrase[];
}
