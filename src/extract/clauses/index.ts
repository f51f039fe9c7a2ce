/**
 * The clause reader: who does what to whom in one sentence, read from Penn
 * Treebank part-of-speech tags.
 *
 *   readClauses(tokens, { mentions }) -> { clauses, nounPhrases }
 *
 * Model of English (shallow, deterministic, linear in sentence length):
 * - Words group into chunks: noun phrases (determiner, count, modifiers, head;
 *   a possessive opens a new phrase with the old one as its possessor; an
 *   entity mention is one word), verb groups (modal, have/be/do/get
 *   auxiliaries, negation and adverbs between them, "be going to", a particle),
 *   prepositions, conjunctions and punctuation.
 * - Coordinated noun phrases form one argument ("A, B and C").
 * - Parentheticals are read apart and hang on the phrase before them:
 *   appositions ("X, a spokesman for Y,"; "Syrian Democratic Forces (SDF)"),
 *   relative clauses after a comma, participles and prepositional asides
 *   between a subject and its verb.
 * - A noun phrase followed by a finite verb is that verb's subject; what the
 *   phrase follows says how the clause hangs on the sentence: a relative word
 *   or a bare noun before it (relative clause), "that" or a speech verb
 *   (complement), a subordinator (adverbial), "and" (coordination). A
 *   relative "where" is its clause's location phrase, the antecedent its
 *   object ("the town where ..." = "... in the town").
 * - A verb group without its own subject takes it from the clause it is
 *   coordinated with ("stormed the town and killed"), the clause that controls
 *   it ("vowed to retake"; "urged X to leave": the object, when the verb
 *   reports speech or the object can act, else the subject: "filed a motion to
 *   reorganize"), the noun it
 *   modifies ("fighters killed in the strike", "ISIS, which seized"), or the
 *   clause it hangs on (", killing 12"; "Backed by Russia, the army ...").
 * - A bare past participle that is its clause's only verb, after a subject
 *   and with no "by", is the past tense ("troops clashed with ...": ./finite.ts).
 * - Voice: a participle after "be"/"get" is passive, and so is a bare participle;
 *   the passive's "by" phrase is its agent. Negation and hedging come from the
 *   verb group (not, never, may, reportedly) and from the verb above
 *   ("denied attacking", "plans to attack", "is said to have ...").
 * - Reported speech: a complement of a speech verb, a clause followed by
 *   ", X said", and "according to X" record who says so.
 *
 * Known limits: prepositional phrases after an object attach to the verb
 * unless the preposition is "of" (no subcategorisation); a clause complement
 * without "that" is taken after any verb; agreement is not checked, so a
 * relative clause on a subject ends at the first finite verb after its object
 * unless its own verb reports speech ("the fighters who thought the town was
 * lost fled" reads "the fighters were lost" and "fled" without a subject); object control is judged by the object, not the verb ("allowed
 * the facility to operate" reads a purpose); there is no parse of questions, ellipsis or gapping; a
 * wrong tag gives a wrong reading (a past participle read as a past tense is
 * corrected only when an object follows). Text with no verbs gives no clauses.
 */
import { NewsgraphError } from '../../errors.ts';
import { assemble } from './assemble.ts';
import { buildUnits, chunkUnits } from './chunk.ts';
import { attributiveParticiples, demoteReducedRelatives, openingParticiples, fixedPrepositions, mentionMask, negatedAuxiliaries, perfectAdverbs, postnominalAdjectives, promoteBareParticiples } from './finite.ts';
import type { MentionSpan, Reading, TaggedToken } from './types.ts';

export type * from './types.ts';
export { describeClause, describeReading } from './format.ts';
export { actorsOf, patientsOf } from './roles.ts';
export { verbLemma } from './words.ts';
export { modifierOf } from './chunk.ts';

/** Tokens or mentions that cannot be read: out of order, overlapping, or not numbers and strings. */
export class ClauseInputError extends NewsgraphError {
  constructor(message: string) {
    super(message);
    this.name = 'ClauseInputError';
  }
}

export interface ReadOptions {
  /** Entity mentions of the sentence; each is read as one word. Indexes into this array name them in the output. */
  mentions?: readonly MentionSpan[];
}

function validate(tokens: readonly TaggedToken[], mentions: readonly MentionSpan[]): void {
  if (!Array.isArray(tokens)) throw new ClauseInputError('tokens must be an array');
  let prevEnd = -Infinity;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || typeof t.text !== 'string' || typeof t.pos !== 'string' || !Number.isInteger(t.start) || !Number.isInteger(t.end)) {
      throw new ClauseInputError(`token ${i}: needs integer start/end and string text/pos`);
    }
    if (t.end < t.start) throw new ClauseInputError(`token ${i} "${t.text}": end ${t.end} before start ${t.start}`);
    if (t.start < prevEnd) throw new ClauseInputError(`token ${i} "${t.text}": starts at ${t.start}, before the previous token ends (${prevEnd})`);
    prevEnd = t.end;
  }
  if (!Array.isArray(mentions)) throw new ClauseInputError('mentions must be an array');
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (!m || !Number.isInteger(m.start) || !Number.isInteger(m.end) || m.end <= m.start) {
      throw new ClauseInputError(`mention ${i}: needs integer start < end`);
    }
  }
}

/** Read the clauses of one sentence. Throws ClauseInputError on malformed input; never on odd English. */
export function readClauses(tokens: readonly TaggedToken[], options: ReadOptions = {}): Reading {
  const mentions = options.mentions ?? [];
  validate(tokens, mentions);
  if (!tokens.length) return { clauses: [], nounPhrases: [] };
  const inMention = mentionMask(tokens, mentions);
  const tagged = demoteReducedRelatives(promoteBareParticiples(perfectAdverbs(negatedAuxiliaries(fixedPrepositions(postnominalAdjectives(attributiveParticiples(openingParticiples(tokens)))))), mentions, inMention), mentions, inMention);
  const units = buildUnits(tagged, mentions);
  const { chunks, nounPhrases } = chunkUnits(units, tagged);
  if (!chunks.some((c) => c.kind === 'vg')) {
    return { clauses: [], nounPhrases: nounPhrases.sort((a, b) => a.start - b.start || a.end - b.end) };
  }
  const clauses = assemble(chunks, nounPhrases);
  return { clauses, nounPhrases: nounPhrases.sort((a, b) => a.start - b.start || b.end - a.end) };
}
