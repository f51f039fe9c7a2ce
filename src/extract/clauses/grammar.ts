/**
 * The closed classes of English grammar the clause reader is built on:
 * auxiliaries, relative and subordinating words, multi-word prepositions,
 * quantity phrases, time nouns, and the Penn Treebank tag classes.
 *
 * These are grammar, not vocabulary: they are the same for every publisher and
 * every topic, and a content word never belongs here. Lexical knowledge (which
 * verbs report speech, which words hedge or negate) lives in the lexicon module
 * and is read through ./words.ts.
 */

/** Penn Treebank verb tags (MD included: a modal opens a verb group). */
export const VERB_TAGS = new Set(['MD', 'VB', 'VBD', 'VBG', 'VBN', 'VBP', 'VBZ']);
/** Finite verb tags: a verb group whose first verb has one of these has a tense and wants a subject. */
export const FINITE_TAGS = new Set(['MD', 'VBD', 'VBP', 'VBZ']);
export const NOUN_TAGS = new Set(['NN', 'NNS', 'NNP', 'NNPS']);
export const ADJ_TAGS = new Set(['JJ', 'JJR', 'JJS']);
export const ADV_TAGS = new Set(['RB', 'RBR', 'RBS']);
export const OPEN_BRACKETS = new Set(['(', '[', '{', '-LRB-', 'LRB', '-LSB-', '-LCB-']);
export const CLOSE_BRACKETS = new Set([')', ']', '}', '-RRB-', 'RRB', '-RSB-', '-RCB-']);
export const QUOTE_TAGS = new Set(['``', "''", '"', 'QUOTE']);
/** Tags that end a clause's span of arguments (a comma is treated apart). */
export const STOP_TAGS = new Set(['.', ':', ';']);

/** Forms of the auxiliaries, lower case, by lemma. `'s` is read as "is", `'d` as "had" unless tagged MD. */
export const BE_FORMS = new Set(['be', 'is', 'are', 'am', 'was', 'were', 'been', 'being', "'s", "'re", "'m", 's', 're', 'm']);
export const HAVE_FORMS = new Set(['have', 'has', 'had', 'having', "'ve", "'d", 've', 'd']);
export const DO_FORMS = new Set(['do', 'does', 'did']);
/** "get" makes a passive with a participle: "were/got killed". */
export const GET_FORMS = new Set(['get', 'gets', 'got', 'gotten', 'getting']);
/** Modals that put an event in the future rather than in doubt. */
export const FUTURE_MODALS = new Set(['will', "'ll", 'll', 'shall', 'wo']);
/** The modals, and the spellings that "n't" splits them to ("ca n't", "wo n't"). */
export const MODALS = new Set(['can', 'could', 'will', 'would', 'shall', 'should', 'may', 'might', 'must', 'ca', 'wo']);
/** Modal spellings that are contractions or split forms ("wo n't", "ca n't"): their lemma. */
export const MODAL_LEMMAS: Record<string, string> = { wo: 'will', "'ll": 'will', ll: 'will', ca: 'can', "'d": 'would', d: 'would' };

/**
 * Words that are only ever prepositions before a noun phrase, whatever a tagger trained on news says of them
 * ("fought alongside/JJ federal troops": the troops are no object of "fought"; "arrested X alias/VBZ Y": Y is X's
 * other name, and "alias" no verb).
 */
/** Particles and prepositions that make a verb of two words with it ("pull out", "fight for", "push into"): English's closed class. */
export const VERB_PARTICLES: ReadonlySet<string> = new Set(['out', 'off', 'up', 'down', 'back', 'away', 'in', 'on', 'over', 'into', 'to', 'from', 'of', 'for', 'with', 'at', 'by', 'through', 'around', 'across', 'along', 'under', 'after', 'against', 'as']);
export const PREPOSITIONS_ONLY = new Set(['alongside', 'beside', 'amid', 'amidst', 'despite', 'via', 'against', 'toward', 'towards', 'among', 'amongst', 'alias']);

/** Relative words: they open a clause about the noun phrase before them. */
export const RELATIVE_PRONOUNS = new Set(['which', 'who', 'whom', 'that']);
/** Relative adverbs: "the town where ...", "the day when ...". */
export const RELATIVE_ADVERBS = new Set(['where', 'when']);
/** Words that open a content clause after a verb ("said that ...", "asked whether ..."). */
export const COMPLEMENTIZERS = new Set(['that', 'whether']);
/**
 * Prepositions and conjunctions that also open an adverbial clause when a
 * clause follows ("after ISIS seized Mosul", "because the army withdrew").
 */
export const SUBORDINATORS = new Set([
  'after', 'before', 'because', 'although', 'though', 'while', 'whilst', 'when', 'whenever', 'since', 'until', 'till',
  'unless', 'if', 'as', 'once', 'whereas', 'where', 'so',
]);
/** Prepositions written as more than one word, longest first. */
export const COMPLEX_PREPOSITIONS: readonly string[][] = [
  ['in', 'front', 'of'],
  ['on', 'behalf', 'of'],
  ['in', 'addition', 'to'],
  ['as', 'part', 'of'],
  ['according', 'to'],
  ['because', 'of'],
  ['out', 'of'],
  ['instead', 'of'],
  ['due', 'to'],
  ['ahead', 'of'],
  ['prior', 'to'],
  ['along', 'with'],
  ['together', 'with'],
  ['such', 'as'],
  ['close', 'to'],
  ['next', 'to'],
  ['apart', 'from'],
  ['away', 'from'],
  ['up', 'to'],
];
/** First words of correlative pairs ("either ... or", "both ... and", "neither ... nor"). */
export const CORRELATIVES = new Set(['either', 'both', 'neither', 'whether']);
/** Coordinators written as more than one word. */
export const COMPLEX_COORDINATORS: readonly string[][] = [['as', 'well', 'as'], ['and', 'not'], ['but', 'not']];

/** Words before a number that qualify it: "at least 12", "more than 300". */
export const QUANTITY_PREFIXES: readonly string[][] = [
  ['at', 'least'],
  ['at', 'most'],
  ['more', 'than'],
  ['less', 'than'],
  ['fewer', 'than'],
  ['up', 'to'],
  ['as', 'many', 'as'],
  ['some'],
  ['about'],
  ['around'],
  ['nearly'],
  ['almost'],
  ['approximately'],
  ['roughly'],
  ['over'],
  ['only'],
];
/** Nouns that count what follows "of": "dozens of civilians" reads as a quantity of civilians. */
export const QUANTITY_NOUNS = new Set(['dozens', 'hundreds', 'thousands', 'tens', 'scores', 'millions', 'dozen', 'hundred', 'thousand', 'million']);

/**
 * Nouns of time. A noun phrase of time is an adverbial, not an argument, when
 * it names a day or month ("Tuesday", "March") or a span with a deictic word
 * ("last week", "this year", "two days ago"): "ISIS seized the town last week".
 */
export const TIME_NOUNS = new Set([
  'today', 'yesterday', 'tomorrow', 'tonight', 'day', 'days', 'week', 'weeks', 'weekend', 'month', 'months', 'year',
  'years', 'night', 'nights', 'morning', 'afternoon', 'evening', 'hour', 'hours', 'decade', 'time', 'times',
  'spring', 'summer', 'autumn', 'winter',
]);
/** Names of days and months: time words only when capitalised ("March", "May"; not "march", "may"). */
export const DAY_AND_MONTH_NAMES = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);
/** Time nouns that are adverbials on their own. */
export const DEICTIC_TIME_NOUNS = new Set(['today', 'yesterday', 'tomorrow', 'tonight']);
/** Words before a time noun that make the phrase an adverbial: "last week", "this year", "every day". */
export const TIME_DETERMINERS = new Set(['this', 'last', 'next', 'that', 'every', 'each', 'earlier', 'later', 'same', 'previous', 'following', 'coming', 'past', 'recent']);

/** A word that names a time by itself ("Tuesday", "today", "March"); lower-cased input plus the original for case. */
/** A year ("2021") or a day's or month's name: a word of a date, after which a subordinator is a preposition ("since 2021"). */
export function isDateWord(text: string): boolean {
  return /^\d{4}$/.test(text) || isTimeName(text);
}

/** The adjective of allegiance ("forces loyal to X"), which the clause reader reads as a participle's clause. */
export const LOYAL = 'loyal';

export function isTimeName(text: string): boolean {
  const lower = text.toLowerCase();
  if (DEICTIC_TIME_NOUNS.has(lower)) return true;
  return DAY_AND_MONTH_NAMES.has(lower) && /^[A-Z]/.test(text);
}

/** Personal pronouns that stand for a noun phrase (PRP is the tag; this catches mis-tags). */
export const PRONOUNS = new Set([
  'i', 'you', 'he', 'she', 'it', 'we', 'they', 'me', 'him', 'her', 'us', 'them', 'itself', 'himself', 'herself',
  'themselves', 'ourselves', 'this', 'these', 'those',
]);

export function isVerbTag(pos: string): boolean {
  return VERB_TAGS.has(pos);
}
export function isNounTag(pos: string): boolean {
  return NOUN_TAGS.has(pos);
}
