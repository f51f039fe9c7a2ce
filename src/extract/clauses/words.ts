/**
 * What the clause reader needs to know about particular words: verb lemmas
 * (compromise's conjugation model) and the lexical classes it reads from the
 * lexicon module (speech verbs, hedges, negations), derived once, lazily.
 *
 * Speech verbs come as base forms (the `speech` verb class: "say", "point
 * out"), which are the lemmas a clause's verb is compared with. Hedges and
 * negations are phrases the way they appear in text ("refused to", "is said
 * to"); here each becomes what a clause needs: a word that hedges or negates
 * its verb group, or a verb that hedges or negates the clause under it.
 */
import { verbTransforms } from '../compromise.ts';
import { defaultLexicon, memoByLexicon } from '../lexicon/index.ts';
import { verbClass, verbClasses } from '../lexicon/verbs.ts';
import { pluralize } from '../lexicon/inflect.ts';

/** Lemmas by tag, then by lower-case form (two lookups, no key string made at every call: every verb asks). */
const LEMMA_CACHE = new Map<string, Map<string, string>>();
let lemmaCacheSize = 0;
const LEMMA_CACHE_MAX = 50_000;

/**
 * The base form of a verb ("struck" VBD -> "strike", "withdrawn" VBN ->
 * "withdraw", "is" -> "be"). Lower-cased; memoised by form and tag.
 */
export function verbLemma(form: string, pos: string): string {
  const lower = form.toLowerCase();
  const hit = LEMMA_CACHE.get(pos)?.get(lower);
  if (hit !== undefined) return hit;
  const lemma = computeLemma(lower, pos);
  if (lemmaCacheSize >= LEMMA_CACHE_MAX) {
    LEMMA_CACHE.clear();
    lemmaCacheSize = 0;
  }
  // (looked up again: computeLemma may have asked verbLemma, and filled or cleared the memo)
  let byForm = LEMMA_CACHE.get(pos);
  if (!byForm) LEMMA_CACHE.set(pos, (byForm = new Map()));
  byForm.set(lower, lemma);
  lemmaCacheSize++;
  return lemma;
}

/**
 * The irregular past forms of the lexicon's verb classes that are no base form of any class verb, with their verb
 * ("overran" -> overrun, "fled" -> flee; not "lay", which is a verb of its own): on such a form a present-tense or base
 * tag is the tagger's slip ("rebels overran a junta base" tagged VBP), and the verb is the past's.
 */
const pastOnly = memoByLexicon((lex): ReadonlyMap<string, string> => {
  const bases = new Set<string>();
  const out = new Map<string, string>();
  for (const c of verbClasses(lex).values()) {
    c.verbs.forEach((v, i) => {
      const f = c.forms[i]!;
      for (const b of f.base) bases.add(b.toLowerCase());
      if (/\s/.test(v)) return;
      for (const p of [...f.past, ...f.pp]) if (!/\s|ed$/.test(p) && !out.has(p.toLowerCase())) out.set(p.toLowerCase(), v.toLowerCase());
    });
  }
  for (const b of bases) out.delete(b);
  return out;
});

/** The one-word base forms of the lexicon's verb classes, lower case. */
const classBases = memoByLexicon((lex): ReadonlySet<string> => new Set([...verbClasses(lex).values()].flatMap((c) => c.verbs.filter((v) => !/\s/.test(v)).map((v) => v.toLowerCase()))));

/** Nouns of attacks and campaigns, and their plurals (lexicon attackNouns, campaignNouns): a name given to one names an event ("an operation, called Iron Fist,"). */
const eventNouns = memoByLexicon((lex): ReadonlySet<string> => new Set([...lex.words.attackNouns, ...lex.words.campaignNouns].flatMap((w) => [w.toLowerCase(), pluralize(w.toLowerCase())])));
export const isEventNoun = (word: string): boolean => eventNouns(defaultLexicon()).has(word.toLowerCase());

/** Verbs of telling someone (lexicon class tell: "told reporters", "informed the council"): their object is who is told. */
const tellLemmas = memoByLexicon((lex): ReadonlySet<string> => new Set(verbClass('tell', lex).verbs.filter((v) => !/\s/.test(v)).map((v) => v.toLowerCase())));
export const isTellVerb = (lemma: string): boolean => tellLemmas(defaultLexicon()).has(lemma);

/** An irregular past of a class verb that is no base form of one ("overran", "fled"): see pastOnly. */
export const isIrregularClassPast = (lower: string): boolean => pastOnly(defaultLexicon()).has(lower);

function computeLemma(lower: string, pos: string): string {
  if (!/^[a-z][a-z'-]*$/.test(lower)) return lower;
  if (lower === "'s" || lower === "'re" || lower === "'m") return 'be';
  if (lower === "'ve") return 'have';
  const { toInfinitive, conjugate, model } = verbTransforms();
  const via = (tense: string): string => toInfinitive(lower, model, tense) || lower;
  switch (pos) {
    case 'VB':
      return pastOnly(defaultLexicon()).get(lower) ?? lower;
    case 'VBP':
    case 'VBZ':
      return pastOnly(defaultLexicon()).get(lower) ?? checked(via('PresentTense'), lower, /s$/, 'PresentTense');
    case 'VBG':
      return checked(via('Gerund'), lower, /ing$/, 'Gerund');
    case 'VBN':
    case 'VBD': {
      const past = via('PastTense');
      const part = via('Participle');
      // regular forms: the past-tense reading undoes doubling ("banned" -> ban, "gunned" -> gun)
      if (/ed$/.test(lower)) {
        const lemma = checked(past !== lower ? past : part, lower, /e?d$/, 'PastTense');
        // (the lexicon's verb where the model guesses another stem: "martyred" -> martyr, not "martyre")
        const bare = lower.slice(0, -2);
        return bare !== lemma && !classBases(defaultLexicon()).has(lemma) && classBases(defaultLexicon()).has(bare) ? bare : lemma;
      }
      // irregular forms: a participle's own reading first ("withdrawn", "done", "born"), and a
      // past-tense reading only when it conjugates back ("led" -> lead, "struck" -> strike; "run" stays)
      const back = (l: string): boolean => {
        const c = conjugate(l, model);
        return c.PastTense === lower || c.Participle === lower;
      };
      if (pos === 'VBN' && part !== lower) return part;
      if (past !== lower && back(past)) return past;
      if (part !== lower) return part;
      return lower;
    }
    default: {
      // mis-tagged verbs (an -ed adjective read as a participle): as a past form, then as the others
      const l = verbLemma(lower, /ing$/.test(lower) ? 'VBG' : 'VBD');
      return l;
    }
  }
}

/** `lemma` if it conjugates back to `lower`, else a stem that does, else `lemma` ("strafing" -> strafe, not "straf"). */
function checked(lemma: string, lower: string, suffix: RegExp, form: 'PresentTense' | 'Gerund' | 'PastTense'): string {
  const { conjugate, model } = verbTransforms();
  if (lemma !== lower && conjugate(lemma, model)[form] === lower) return lemma;
  const s = fromSuffix(lower, suffix, form);
  if (s !== lower) return s;
  return lemma;
}

/**
 * A regular form compromise does not know ("shelling", "shelled"): strip the
 * ending and keep the stem (as is, with "e", or undoubled) that conjugates back.
 */
function fromSuffix(lower: string, suffix: RegExp, form: 'PresentTense' | 'Gerund' | 'PastTense'): string {
  const m = suffix.exec(lower);
  if (!m) return lower;
  const stem = lower.slice(0, m.index);
  const { conjugate, model } = verbTransforms();
  const cands = [stem, stem + 'e', /([b-df-hj-np-tv-z])\1$/.test(stem) ? stem.slice(0, -1) : '', stem.replace(/ie$/, 'y'), stem.replace(/i$/, 'y')];
  for (const c of cands) {
    if (c.length < 2) continue;
    if (conjugate(c, model)[form] === lower) return c;
  }
  return lower;
}

/** A past participle form: "led" (-> lead), "held", "backed", "taken". */
export function isParticipleForm(word: string): boolean {
  const lower = word.toLowerCase();
  if (/(?:ed|en)$/.test(lower) && lower.length > 3) return true;
  return verbLemma(lower, 'VBN') !== lower;
}

export interface Vocabulary {
  /** Lemmas of verbs that report speech ("say", "tell", "point out"). */
  speechVerbs: ReadonlySet<string>;
  /** Lemmas of verbs after which a clause opens with no "that": the speech verbs and those of thinking (class `think`). */
  clauseVerbs: ReadonlySet<string>;
  /**
   * Lemmas of verbs of accusing or reacting (verb classes `accuse`, `react`): the gerund after their object and "of" or
   * "for" is the object's deed ("accused the militia of kidnapping civilians"), reported, not the subject's.
   */
  accuseVerbs: ReadonlySet<string>;
  /** Single words that hedge the verb group they are in or next to ("may", "reportedly"), and the subordinator "if". */
  hedgeWords: ReadonlySet<string>;
  /** Verb lemmas that hedge the infinitive or gerund under them ("expected to", "plans to", "is said to"). */
  hedgeGovernors: ReadonlySet<string>;
  /** Single words that negate the verb group they are in ("not", "never") or the clause they govern ("without"). */
  negationWords: ReadonlySet<string>;
  /** Two-word negators inside a verb group ("no longer"). */
  negationPhrases: readonly string[][];
  /** Verb lemmas that negate the clause under them ("denied attacking", "refused to", "failed to"). */
  negationGovernors: ReadonlySet<string>;
  /** Adjectives that follow the noun they describe, with their preposition ("fighters loyal to X"): lexicon postnominalAdjectives. */
  postnominalAdjectives: ReadonlySet<string>;
  /** Words in -ing that describe the noun after them ("fled to neighbouring Chad"): lexicon attributiveParticiples. */
  attributiveParticiples: ReadonlySet<string>;
  /**
   * Quantifiers that count out of what follows "of" ("most of its fighters", "some of the villages"): lexicon
   * partitiveWords, less the negative "none" (what follows it did nothing). The phrase is what follows, counted.
   */
  partitives: ReadonlySet<string>;
}

/**
 * The reader's lexical classes, derived from the lexicon module on first use
 * (once per lexicon): the speech verbs are the base forms of the `speech` and
 * `report` verb classes, the hedges and negations the lexicon's word lists.
 */
export const vocabulary = memoByLexicon(
  (lex): Vocabulary =>
    deriveVocabulary({
      // (and what an outlet does: "the monitor reported that X had seized Y" is reported speech as "said" is; the
      // quotation reader attributes by the `speech` class alone, src/extract/quotes.ts)
      speechLemmas: [...new Set([...verbClass('speech', lex).verbs, ...verbClass('report', lex).verbs])],
      hedges: lex.words.hedges,
      negations: lex.words.negations,
      accuseLemmas: [...verbClass('accuse', lex).verbs, ...verbClass('react', lex).verbs],
      thinkLemmas: verbClass('think', lex).verbs,
      postnominalAdjectives: lex.words.postnominalAdjectives,
      attributiveParticiples: lex.words.attributiveParticiples,
      partitives: lex.words.partitiveWords,
    }),
);

/** A phrase's verb lemma: "said" -> say, "pointed out" -> point out, "is said to" -> say. */
function phraseLemma(phrase: string): string {
  const words = phrase.toLowerCase().split(/\s+/).filter((w) => w !== 'to' && !['is', 'are', 'was', 'were'].includes(w));
  if (!words.length) return '';
  const [verb, ...rest] = words;
  const lemma = guessLemma(verb!);
  return [lemma, ...rest].join(' ');
}

/**
 * The lemma of a verb form seen without a tag, guessed from its ending ("says",
 * "planning", "warned"). A bare form is its own lemma unless it is the
 * irregular past of one ("said", "told", "wrote": compromise conjugates the
 * candidate back to check).
 */
function guessLemma(word: string): string {
  if (/ing$/.test(word)) return verbLemma(word, 'VBG');
  if (/ed$/.test(word)) return verbLemma(word, 'VBD');
  if (/[^s]s$/.test(word)) return verbLemma(word, 'VBZ');
  const past = verbLemma(word, 'VBD');
  const { conjugate, model } = verbTransforms();
  return conjugate(past, model).PastTense === word ? past : word;
}

/** The vocabulary from speech verbs given as base forms ("say", "point out") and the hedge and negation phrases as they appear in text. */
export function deriveVocabulary(words: { speechLemmas: readonly string[]; hedges: readonly string[]; negations: readonly string[]; accuseLemmas?: readonly string[]; thinkLemmas?: readonly string[]; postnominalAdjectives?: readonly string[]; attributiveParticiples?: readonly string[]; partitives?: readonly string[] }): Vocabulary {
  const speechVerbs = new Set(words.speechLemmas.map((v) => v.toLowerCase()));
  const clauseVerbs = new Set([...speechVerbs, ...(words.thinkLemmas ?? []).map((v) => v.toLowerCase())]);
  const accuseVerbs = new Set((words.accuseLemmas ?? []).map((v) => v.toLowerCase()));
  const hedgeWords = new Set<string>();
  const hedgeGovernors = new Set<string>();
  for (const h of words.hedges) {
    const lower = h.toLowerCase().trim();
    if (/\sto$/.test(lower)) hedgeGovernors.add(phraseLemma(lower));
    else if (!lower.includes(' ')) {
      hedgeWords.add(lower);
      // a single hedging verb ("consider") also hedges what it governs
      // an inflected verb among the hedges ("considering", "suspected") also hedges what it governs
      if (/(?:ing|ed)$/.test(lower)) hedgeGovernors.add(guessLemma(lower));
    }
  }
  const negationWords = new Set<string>();
  const negationPhrases: string[][] = [];
  const negationGovernors = new Set<string>();
  for (const n of words.negations) {
    const lower = n.toLowerCase().trim();
    if (/\sto$/.test(lower)) negationGovernors.add(phraseLemma(lower));
    else if (lower.includes(' ')) negationPhrases.push(lower.split(/\s+/));
    else {
      negationWords.add(lower);
      const l = guessLemma(lower);
      if (l !== lower) negationGovernors.add(l);
    }
  }
  const postnominalAdjectives = new Set((words.postnominalAdjectives ?? []).map((w) => w.toLowerCase()));
  const attributiveParticiples = new Set((words.attributiveParticiples ?? []).map((w) => w.toLowerCase()));
  const partitives = new Set((words.partitives ?? []).map((w) => w.toLowerCase()).filter((w) => !negationWords.has(w) && w !== 'none'));
  return { speechVerbs, clauseVerbs, accuseVerbs, hedgeWords, hedgeGovernors, negationWords, negationPhrases, negationGovernors, postnominalAdjectives, attributiveParticiples, partitives };
}
