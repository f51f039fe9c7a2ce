/**
 * A bare past participle that is the finite past.
 *
 * Taggers trained on news often tag a past tense as a past participle (VBN)
 * when the verb is intransitive or its object is a prepositional phrase
 * ("Somali troops clashed with al-Shabaab", "rebels withdrew from the town").
 * English has no bare participle as the only verb of a clause: a participle
 * with no auxiliary after a subject is either a reduced relative ("fighters
 * killed in the strike were buried": the clause's finite verb comes later) or
 * the past tense. So a VBN is read as VBD when
 *   - it follows a noun phrase that can be a subject (a noun, a name, a
 *     mention, a subject pronoun, a relative pronoun), over adverbs;
 *   - the word can be a past tense ("clashed", "withdrew"; not "taken");
 *   - no "by" follows (a "by" phrase is the passive's agent: "civilians
 *     killed by shelling");
 *   - its clause has no other finite verb: none before it since the clause
 *     opened (sentence start, punctuation, a relative word, a subordinator,
 *     "that", a speech verb: "officials said troops clashed with ..."), and
 *     none after it in the same clause (verbs after "and", in a relative or
 *     adverbial clause it opens, or a postposed speech verb ", police said"
 *     belong to other clauses).
 * Pure and linear in the number of tokens (each participle scans its clause).
 */
import { verbTransforms } from '../compromise.ts';
import { ADV_TAGS, BE_FORMS, DO_FORMS, FINITE_TAGS, HAVE_FORMS, MODALS, NOUN_TAGS, PREPOSITIONS_ONLY, RELATIVE_PRONOUNS, SUBORDINATORS, COMPLEMENTIZERS, isDateWord } from './grammar.ts';
import type { MentionSpan, TaggedToken } from './types.ts';
import { isIrregularClassPast, verbLemma, vocabulary } from './words.ts';
import { lowerCase } from '../../util/lower.ts';

/** Tags after which a clause starts over (to the left) or ends (to the right). */
const BOUNDARY_TAGS = new Set([',', ':', ';', '.', '(', ')', '-LRB-', '-RRB-', '``', "''", 'WDT', 'WP', 'WP$', 'WRB']);
/** Words that can be a participle's subject (the subject pronouns). */
const SUBJECT_PRONOUNS = new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they', 'who', 'which', 'that']);
/**
 * `t` with another tag, as the one literal shape every token of the reader has (readSentence's): a spread copy gets a
 * map of its own, and the reader's loops, optimised for one, were deoptimised when it came.
 */
const retagged = (t: TaggedToken, pos: string): TaggedToken => ({ start: t.start, end: t.end, text: t.text, pos });

/** How far a participle's clause is scanned each way. */
const MAX_SCAN = 60;

const opensClause = (t: TaggedToken): boolean => {
  const l = t.text.toLowerCase();
  return BOUNDARY_TAGS.has(t.pos) || ((t.pos === 'IN' || t.pos === 'WRB') && (SUBORDINATORS.has(l) || COMPLEMENTIZERS.has(l)));
};

/** Whether a year or a day's or month's name follows token `k` ("since 2021", "until March"): a preposition there, no clause's opener. */
const beforeDate = (tokens: readonly TaggedToken[], k: number): boolean => {
  const n = tokens[k + 1];
  return n !== undefined && isDateWord(n.text);
};

/**
 * Whether a finite verb stands in the clause before token `from` (scanning back from it, over mentions, no further
 * than MAX_SCAN tokens before `i`, stopping where the clause opens): the verbs `opensOwn` accepts open a clause of their
 * own and count as none ("officials said troops clashed"); with `relative`, a relative word met first counts as one.
 */
function finiteVerbBefore(tokens: readonly TaggedToken[], inMention: Uint8Array, from: number, i: number, opensOwn: (k: number) => boolean, relative: boolean): boolean {
  for (let k = from; k >= 0 && k > i - MAX_SCAN; k--) {
    if (inMention[k]) continue;
    const x = tokens[k]!;
    if (relative && (x.pos === 'WDT' || x.pos === 'WP' || x.pos === 'WP$' || (x.pos === 'IN' && x.text.toLowerCase() === 'that'))) return true;
    if (opensClause(x)) return false;
    if (FINITE_TAGS.has(x.pos)) return !opensOwn(k);
  }
  return false;
}

/** Whether a verb's past tense `form` is also its past participle ("sent", "killed"; not "took"), once per lemma. */
const pastParticiples = new Map<string, boolean>();
function pastIsParticiple(lemma: string, form: string): boolean {
  const key = `${lemma} ${form}`;
  let v = pastParticiples.get(key);
  if (v === undefined) {
    const { conjugate, model } = verbTransforms();
    const forms = conjugate(lemma, model);
    v = forms.PastTense === form && (!forms.Participle || forms.Participle === form);
    pastParticiples.set(key, v);
  }
  return v;
}

/** Tags that open a noun phrase (a passive participle has none right after it). */
const NP_OPENERS = new Set(['DT', 'PDT', 'PRP$', 'PRP', 'CD', 'JJ', 'JJR', 'JJS', 'NN', 'NNS', 'NNP', 'NNPS']);

/** A form that is also the simple past of its verb ("clashed", "withdrew", "held"; not "taken", "withdrawn"). */
export function isPastForm(word: string): boolean {
  const lower = word.toLowerCase();
  if (!/^[a-z]+$/.test(lower)) return false;
  const lemma = verbLemma(lower, 'VBD');
  if (lemma === lower) return false;
  const { conjugate, model } = verbTransforms();
  return conjugate(lemma, model).PastTense === lower;
}

/**
 * Token index -> inside a mention (mentions are few; one pass with a pointer over sorted starts). The fixes that read it
 * take it from the caller, which makes it once per sentence (retagging moves no token).
 */
export function mentionMask(tokens: readonly TaggedToken[], mentions: readonly MentionSpan[]): Uint8Array {
  const inMention = new Uint8Array(tokens.length);
  if (!mentions.length) return inMention;
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  let m = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    while (m < sorted.length && sorted[m]!.end <= t.start) m++;
    for (let k = m; k < sorted.length && sorted[k]!.start < t.end; k++) if (sorted[k]!.start <= t.start && t.end <= sorted[k]!.end) inMention[i] = 1;
  }
  return inMention;
}

/** Tags that open an aside after a comma: a participle ("supported by X"), a relative word ("which X"), an appositive's determiner or count ("a coalition of X"). */
const ASIDE_OPENERS = new Set(['VBN', 'WDT', 'WP', 'WP$', 'DT', 'CD']);
/** How far back an aside's opening comma is looked for. */
const ASIDE_REACH = 24;

/**
 * The opening comma of the aside that the comma at `close` ends ("X, supported by Y, ..."): the nearest comma before it
 * with nothing between that ends a clause or opens another, whose next word opens an aside (ASIDE_OPENERS); -1 when none.
 */
function asideOpening(tokens: readonly TaggedToken[], inMention: Uint8Array, close: number): number {
  let finite = false;
  for (let k = close - 1; k > 0 && k > close - ASIDE_REACH; k--) {
    if (inMention[k]) continue;
    const x = tokens[k]!;
    if (x.pos === ',') {
      const opener = tokens[k + 1]!;
      // (a finite verb inside only in a relative clause's: "X, which Y leads, ..."; not "Iran's help will be subtler,")
      return k + 1 < close && ASIDE_OPENERS.has(opener.pos) && (!finite || opener.pos === 'WDT' || opener.pos === 'WP' || opener.pos === 'WP$') ? k : -1;
    }
    if (BOUNDARY_TAGS.has(x.pos) && x.pos !== 'WDT' && x.pos !== 'WP' && x.pos !== 'WP$') return -1;
    if (FINITE_TAGS.has(x.pos)) finite = true;
  }
  return -1;
}

/**
 * The tags with every bare participle that is a clause's only verb read as the
 * past tense (see the file comment). Returns `tokens` itself when nothing
 * changes, else a copy.
 */
export function promoteBareParticiples(tokens: readonly TaggedToken[], mentions: readonly MentionSpan[] = [], inMention: Uint8Array = mentionMask(tokens, mentions)): readonly TaggedToken[] {
  let out: TaggedToken[] | null = null;
  const { speechVerbs: speech, attributiveParticiples: attributive } = vocabulary();
  const isFinite = (k: number): boolean => !inMention[k] && FINITE_TAGS.has(tokens[k]!.pos);
  const isSpeech = (k: number): boolean => speech.has(verbLemma(tokens[k]!.text, tokens[k]!.pos));
  const prevWord = (k: number): number => {
    let j = k - 1;
    while (j >= 0 && !inMention[j] && ADV_TAGS.has(tokens[j]!.pos)) j--;
    return j;
  };
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    // (and an adjective that is a verb's past before a noun, "JNIM renewed attacks on X": the tagger's modifier; also an
    // irregular past of a class verb, "rebels overran Palma"; not an attributive participle inside a noun phrase, "the
    // M23 armed group": attributiveParticiples)
    // (or such an irregular past the tagger read as a noun: "When IS overran Sinjar")
    if ((t.pos !== 'VBN' && !(((t.pos === 'JJ' && (/ed$/i.test(t.text) || isIrregularClassPast(t.text.toLowerCase()))) || (t.pos === 'NN' && isIrregularClassPast(t.text.toLowerCase()))) && NOUN_TAGS.has(tokens[i + 1]?.pos ?? '') && !(attributive.has(t.text.toLowerCase()) && inNounPhrase(tokens, i)))) || inMention[i]) continue;
    // after a possible subject, or after an aside between commas right after it ("Malian forces, supported by Russian
    // advisers, conducted strikes": the subject is the phrase before the aside)
    let j = prevWord(i);
    if (j > 0 && tokens[j]!.pos === ',' && !inMention[j]) {
      const open = asideOpening(tokens, inMention, j);
      if (open > 0) j = prevWord(open);
      // (over a bracketed acronym after the subject: "Malian armed forces (FAMa), supported by X, conducted")
      if (j > 2 && (tokens[j]!.pos === ')' || tokens[j]!.pos === '-RRB-') && (tokens[j - 2]!.pos === '(' || tokens[j - 2]!.pos === '-LRB-')) j = prevWord(j - 2);
    }
    // (over a bracketed acronym right after the subject too: "the Islamic State (IS) overran Sinjar")
    else if (j > 2 && (tokens[j]!.pos === ')' || tokens[j]!.pos === '-RRB-') && (tokens[j - 2]!.pos === '(' || tokens[j - 2]!.pos === '-LRB-')) j = prevWord(j - 2);
    if (j < 0) continue;
    const p = tokens[j]!;
    const subjectBefore = inMention[j] || NOUN_TAGS.has(p.pos) || ((p.pos === 'PRP' || p.pos === 'WDT' || p.pos === 'WP') && SUBJECT_PRONOUNS.has(p.text.toLowerCase()));
    if (!subjectBefore || !isPastForm(t.text)) continue;
    // not the passive's "by"
    let n = i + 1;
    while (n < tokens.length && ADV_TAGS.has(tokens[n]!.pos)) n++;
    if (tokens[n]?.text.toLowerCase() === 'by') continue;
    // no finite verb before it in its clause (a speech verb opens a new one)
    // (a participle promoted before it counts: "Police arrested three men suspected of X", where the tagger read both
    // participles, has one finite verb)
    if (finiteVerbBefore(out ?? tokens, inMention, j, i, isSpeech, false)) continue;
    // a relative word right before its subject's phrase opens a clause whose verb it is, whatever follows ("the town,
    // which M23 rebels captured last month, was retaken": "captured" is the relative clause's past)
    if (relativeBeforePhrase(tokens, inMention, j)) {
      out ??= tokens.slice();
      out[i] = retagged(t, 'VBD');
      continue;
    }
    // no finite verb after it in its clause: verbs after "and", after a clause opener, or of speech are others'
    // (a clause that a subordinator opens at the sentence's start ends at its comma: "When IS overran Sinjar, it killed")
    const fronted = tokens[0]!.pos === 'WRB' || (tokens[0]!.pos === 'IN' && SUBORDINATORS.has(tokens[0]!.text.toLowerCase()));
    let finiteAfter = false;
    for (let k = i + 1; k < tokens.length && k < i + MAX_SCAN; k++) {
      if (inMention[k]) continue;
      const x = tokens[k]!;
      if (fronted && x.pos === ',') break;
      if (x.pos === 'WDT' || x.pos === 'WP' || x.pos === 'WRB' || x.pos === ':' || ((x.pos === 'IN' || x.pos === 'WRB') && (SUBORDINATORS.has(x.text.toLowerCase()) || COMPLEMENTIZERS.has(x.text.toLowerCase())) && !beforeDate(tokens, k))) break;
      if (!isFinite(k)) continue;
      const b = prevWord(k);
      if (b >= 0 && tokens[b]!.pos === 'CC') continue;
      if (isSpeech(k)) continue;
      finiteAfter = true;
      break;
    }
    if (finiteAfter) continue;
    out ??= tokens.slice();
    out[i] = retagged(t, 'VBD');
  }
  return out ?? tokens;
}

/**
 * A past tense that is a reduced relative: the tagger reads "sent" in "troops sent to restore order had clashed with
 * X" as the clause's verb, and the reader then takes "order" for the subject of "had clashed". A clause opens only
 * after a boundary, a subordinator, "that", or a verb that takes a clause with no "that" (speech and thinking: "said
 * troops had ..."), so a past tense after a possible subject is a past participle (VBN) when
 *   - its form is also the verb's past participle ("sent", "killed", "held"; not "took");
 *   - it is no verb that takes a clause (vocabulary clauseVerbs) and no finite verb comes before it in its clause;
 *   - an auxiliary or a modal comes after it in the same clause (before any boundary, subordinator, "that" or "and"):
 *     "fighters killed in the strike were buried", "the troops sent to the town had withdrawn".
 * Returns `tokens` itself when nothing changes, else a copy.
 */
export function demoteReducedRelatives(tokens: readonly TaggedToken[], mentions: readonly MentionSpan[] = [], inMention: Uint8Array = mentionMask(tokens, mentions)): readonly TaggedToken[] {
  let out: TaggedToken[] | null = null;
  const vocab = vocabulary();
  const isFinite = (k: number): boolean => !inMention[k] && FINITE_TAGS.has(tokens[k]!.pos);
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'VBD' || inMention[i]) continue;
    let j = i - 1;
    while (j >= 0 && !inMention[j] && ADV_TAGS.has(tokens[j]!.pos)) j--;
    if (j < 0) continue;
    const p = tokens[j]!;
    // (or an aside's passive participle between commas after its noun, with its agent and the clause's verb after it:
    // "the brigade, commanded from Faya by Colonel X, held the line": asideParticiple)
    if (p.pos === ',' && !inMention[j] && asideParticiple(tokens, inMention, j, i)) {
      out ??= tokens.slice();
      out[i] = retagged(t, 'VBN');
      continue;
    }
    if (!(inMention[j] || NOUN_TAGS.has(p.pos))) continue;
    const lower = t.text.toLowerCase();
    if (!/^[a-z]+$/.test(lower)) continue;
    if (BE_FORMS.has(lower) || HAVE_FORMS.has(lower) || DO_FORMS.has(lower)) continue;
    const lemma = verbLemma(lower, 'VBD');
    if (lemma === lower || vocab.clauseVerbs.has(lemma) || vocab.hedgeWords.has(lower) || vocab.hedgeGovernors.has(lemma)) continue;
    if (!pastIsParticiple(lemma, lower)) continue;
    // a passive participle has no object: a noun phrase right after it makes it the past ("entered the villages ISIL
    // had captured": a relative with no relative word follows)
    let n = i + 1;
    while (n < tokens.length && !inMention[n] && ADV_TAGS.has(tokens[n]!.pos)) n++;
    if (n < tokens.length && (inMention[n] || NP_OPENERS.has(tokens[n]!.pos))) continue;
    // not a relative clause's own verb with no relative word: a phrase right before its subject's phrase ("the hostages
    // the gunmen seized were freed")
    let q = j;
    while (q >= 0 && (inMention[q] || NP_OPENERS.has(tokens[q]!.pos) || tokens[q]!.pos === 'POS')) q--;
    let twoPhrases = false;
    for (let r = q + 2; r <= j; r++) {
      const opener = !inMention[r] && (tokens[r]!.pos === 'DT' || tokens[r]!.pos === 'PRP$' || tokens[r]!.pos === 'CD');
      if (opener && (inMention[r - 1] || NOUN_TAGS.has(tokens[r - 1]!.pos))) twoPhrases = true;
    }
    if (twoPhrases) continue;
    // no finite verb before it in its clause (a verb that takes a clause opens one); not a relative clause's verb ("the
    // hostages that the gunmen seized were freed")
    if (finiteVerbBefore(tokens, inMention, j, i, (k) => vocab.clauseVerbs.has(verbLemma(tokens[k]!.text, tokens[k]!.pos)), true)) continue;
    // an auxiliary or modal after it in its clause
    let auxAfter = false;
    for (let k = i + 1; k < tokens.length && k < i + MAX_SCAN; k++) {
      if (inMention[k]) continue;
      const x = tokens[k]!;
      if (opensClause(x) || x.pos === 'CC') break;
      if (!isFinite(k)) continue;
      const l = x.text.toLowerCase();
      auxAfter = x.pos === 'MD' || BE_FORMS.has(l) || HAVE_FORMS.has(l);
      break;
    }
    if (!auxAfter) continue;
    out ??= tokens.slice();
    out[i] = retagged(t, 'VBN');
  }
  return out ?? tokens;
}

/**
 * Whether the past tense at `i`, right after the comma at `comma`, is an aside's passive participle: a noun or a name
 * before the comma, the form also the verb's participle, no noun phrase right after it (a passive has no object), a
 * "by" before the aside's closing comma and no finite verb, and a finite verb right after that comma, the clause's
 * own ("the brigade, commanded from Faya by Colonel X, held the line"; not a run of verbs, "took the town, burned
 * houses, looted shops", which has no "by").
 */
function asideParticiple(tokens: readonly TaggedToken[], inMention: Uint8Array, comma: number, i: number): boolean {
  const before = comma - 1;
  if (before < 0 || !(inMention[before] || NOUN_TAGS.has(tokens[before]!.pos))) return false;
  const lower = tokens[i]!.text.toLowerCase();
  if (!/^[a-z]+$/.test(lower) || BE_FORMS.has(lower) || HAVE_FORMS.has(lower) || DO_FORMS.has(lower)) return false;
  const lemma = verbLemma(lower, 'VBD');
  if (lemma === lower || !pastIsParticiple(lemma, lower)) return false;
  const next = tokens[i + 1];
  if (!next || inMention[i + 1] || NP_OPENERS.has(next.pos)) return false;
  let by = false;
  for (let k = i + 1; k < tokens.length && k < i + MAX_SCAN; k++) {
    const x = tokens[k]!;
    if (inMention[k]) continue;
    if (x.pos === ',') {
      let n = k + 1;
      while (n < tokens.length && !inMention[n] && ADV_TAGS.has(tokens[n]!.pos)) n++;
      return by && n < tokens.length && !inMention[n] && FINITE_TAGS.has(tokens[n]!.pos);
    }
    if (BOUNDARY_TAGS.has(x.pos) || x.pos === 'CC' || FINITE_TAGS.has(x.pos)) return false;
    if (x.text.toLowerCase() === 'by') by = true;
  }
  return false;
}

/** The finite tag of an auxiliary's form ("does" VBZ, "did" VBD), or undefined when the word is none. */
function auxiliaryTag(lower: string): string | undefined {
  if (MODALS.has(lower)) return 'MD';
  if (!BE_FORMS.has(lower) && !HAVE_FORMS.has(lower) && !DO_FORMS.has(lower)) return undefined;
  if (lower === 'is' || lower === 'has' || lower === 'does') return 'VBZ';
  if (lower === 'was' || lower === 'were' || lower === 'had' || lower === 'did') return 'VBD';
  if (lower === 'are' || lower === 'have' || lower === 'do' || lower === 'am') return 'VBP';
  return undefined;
}

/**
 * A negated auxiliary is one, whatever the tagger says: "n't" is always the negation, and the word it is split from
 * ("ca n't", "did n't") is an auxiliary or a modal; so is a modal before "not" ("can not": "cannot" split). A tagger
 * that reads a long run of names may carry on through them ("Bree Prime Minister Romendacil ca/NNP n't/NNP ...").
 * Returns the tokens, retagged where needed (a copy then).
 */
export function negatedAuxiliaries(tokens: readonly TaggedToken[]): readonly TaggedToken[] {
  let out: TaggedToken[] | undefined;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    // (every word of three letters only: the others are none of them, and need no lower case)
    if (t.text.length !== 3) continue;
    const l = t.text.toLowerCase();
    const clitic = l === "n't" || l === 'n’t';
    if (!clitic && l !== 'not') continue;
    const prev = tokens[i - 1]!;
    const lower = prev.text.toLowerCase();
    const tag = clitic ? auxiliaryTag(lower) : MODALS.has(lower) ? 'MD' : undefined;
    if (!tag) continue;
    const fixPrev = !FINITE_TAGS.has(prev.pos);
    if (!fixPrev && t.pos === 'RB') continue;
    out ??= tokens.slice();
    if (fixPrev) out[i - 1] = retagged(prev, tag);
    out[i] = retagged(t, 'RB');
  }
  return out ?? tokens;
}

/**
 * The tags with "since" between a form of "have" and a participle read as an adverb ("Russian aircraft have since
 * conducted strikes": no subordinator opening a clause, which would leave "have" the clause's verb). Returns `tokens`
 * itself when nothing changes.
 */
export function perfectAdverbs(tokens: readonly TaggedToken[]): readonly TaggedToken[] {
  let out: TaggedToken[] | undefined;
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.text.length !== 5 || t.pos === 'RB' || t.text.toLowerCase() !== 'since') continue;
    const next = tokens[i + 1]!;
    if (!HAVE_FORMS.has(tokens[i - 1]!.text.toLowerCase()) || (next.pos !== 'VBN' && next.pos !== 'VBD')) continue;
    out ??= tokens.slice();
    out[i] = retagged(t, 'RB');
  }
  return out ?? tokens;
}

/** Whether a relative word ("which", "that", "whom") stands right before the noun phrase that ends at token `j`. */
function relativeBeforePhrase(tokens: readonly TaggedToken[], inMention: Uint8Array, j: number): boolean {
  if (!inMention[j] && !NOUN_TAGS.has(tokens[j]!.pos)) return false;
  let q = j;
  while (q >= 0 && (inMention[q] || NP_OPENERS.has(tokens[q]!.pos) || tokens[q]!.pos === 'POS')) q--;
  if (q < 0 || q === j) return false;
  const r = tokens[q]!;
  return (r.pos === 'WDT' || r.pos === 'WP' || (r.pos === 'IN' && r.text.toLowerCase() === 'that')) && RELATIVE_PRONOUNS.has(r.text.toLowerCase());
}

/** Tags that open a noun phrase (or a quoted one: 'alias "Y"'): a word of PREPOSITIONS_ONLY before one is a preposition. */
const PHRASE_OPENERS = new Set(['DT', 'PDT', 'PRP$', 'PRP', 'CD', 'JJ', 'JJR', 'JJS', 'NN', 'NNS', 'NNP', 'NNPS', 'POS', '``']);

/**
 * The tags with every word of grammar.ts PREPOSITIONS_ONLY that the tagger read as something else (an adjective,
 * an adverb) before a noun phrase read as a preposition (IN). Returns `tokens` itself when nothing changes.
 */
export function fixedPrepositions(tokens: readonly TaggedToken[]): readonly TaggedToken[] {
  let out: TaggedToken[] | undefined;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    // (the next tag first: a set of tags, no lower-case copy of the word)
    if (t.pos === 'IN' || !PHRASE_OPENERS.has(tokens[i + 1]!.pos) || !PREPOSITIONS_ONLY.has(lowerCase(t.text))) continue;
    out ??= tokens.slice();
    out[i] = retagged(t, 'IN');
  }
  return out ?? tokens;
}

/** Tags after which a word opens a noun phrase: a preposition, "to", a determiner, a possessive. */
const ATTRIBUTIVE_AFTER = new Set(['IN', 'TO', 'DT', 'PDT', 'PRP$', 'POS']);
const NAME_OR_ADJ = new Set(['NNP', 'NNPS', 'JJ', 'CD']);
/**
 * Whether token `i` comes after a determiner and names, adjectives or numbers only ("the M23 armed group", "the
 * Sudanese armed forces"): inside a noun phrase, never after a common noun, which may be the subject ("the group armed
 * fighters").
 */
function inNounPhrase(tokens: readonly TaggedToken[], i: number): boolean {
  let j = i - 1;
  while (j > 0 && NAME_OR_ADJ.has(tokens[j]!.pos)) j--;
  return j < i - 1 && tokens[j]!.pos === 'DT';
}

/** Whether token `i` comes right after "and"/"or" that follows a noun: a second noun phrase ("Hama and surrounding villages"). */
function nounConjunct(tokens: readonly TaggedToken[], i: number): boolean {
  return i >= 2 && tokens[i - 1]!.pos === 'CC' && NOUN_TAGS.has(tokens[i - 2]!.pos);
}

/**
 * A word in -ing of the lexicon's attributiveParticiples right after a preposition or a determiner and before a noun
 * or an adjective, or after "and" that follows a noun, describes that noun ("fled to neighbouring Chad", "in surrounding
 * villages", "the warring factions", "Hama and surrounding villages"):
 * it is read as an adjective (JJ), never as a gerund clause whose object the noun would be. Returns `tokens` itself
 * when nothing changes.
 */
export function attributiveParticiples(tokens: readonly TaggedToken[]): readonly TaggedToken[] {
  let out: TaggedToken[] | undefined;
  const words = vocabulary().attributiveParticiples;
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if ((t.pos !== 'VBG' && t.pos !== 'VBD' && t.pos !== 'VBN') || !words.has(t.text.toLowerCase()) || !(ATTRIBUTIVE_AFTER.has(tokens[i - 1]!.pos) || inNounPhrase(tokens, i) || nounConjunct(tokens, i))) continue;
    const next = tokens[i + 1]!.pos;
    if (!NOUN_TAGS.has(next) && !next.startsWith('JJ')) continue;
    out ??= tokens.slice();
    out[i] = retagged(t, 'JJ');
  }
  return out ?? tokens;
}

/**
 * A past participle that opens the sentence right before a noun describes that noun ("Suspected militants attacked
 * X", "Armed men stormed Y", "Displaced families returned"): it is read as an adjective (JJ), never as a participle
 * clause whose subject waits for the main clause ("Backed by Russia, the army ...", where a preposition follows) nor as
 * a verb of thinking whose content the rest would be. Returns `tokens` itself when nothing changes.
 */
export function openingParticiples(tokens: readonly TaggedToken[]): readonly TaggedToken[] {
  const t = tokens[0];
  if (!t || (t.pos !== 'VBN' && t.pos !== 'VBD') || !/^\p{Lu}\p{Ll}+$/u.test(t.text) || !NOUN_TAGS.has(tokens[1]?.pos ?? '')) return tokens;
  const out = tokens.slice();
  out[0] = retagged(t, 'JJ');
  return out;
}

/**
 * An adjective that follows its noun before "to" or "with" ("fighters loyal to X", "militias close to Y"; lexicon
 * postnominalAdjectives) heads a modifier of that noun as a participle does ("fighters linked to X"): it is read as
 * one (VBN), so that the noun stays the clause's subject. Returns `tokens` itself when nothing changes.
 */
export function postnominalAdjectives(tokens: readonly TaggedToken[]): readonly TaggedToken[] {
  let out: TaggedToken[] | undefined;
  const adjectives = vocabulary().postnominalAdjectives;
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.pos.startsWith('JJ') || !adjectives.has(t.text.toLowerCase())) continue;
    const next = tokens[i + 1]!.text.toLowerCase();
    if ((next !== 'to' && next !== 'with') || !NOUN_TAGS.has(tokens[i - 1]!.pos)) continue;
    out ??= tokens.slice();
    out[i] = retagged(t, 'VBN');
  }
  return out ?? tokens;
}
