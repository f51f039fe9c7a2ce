/**
 * Name normalisation for cross-article identity.
 *
 * `nameKey` folds the surface differences that never change who is meant:
 * case, diacritics, punctuation, a leading "the", a possessive "'s", the
 * Arabic article in all its spellings (al-/el-/al /ar-/ash-/ez- ...),
 * dotted acronyms ("U.S." = "US") and the common vowel spellings of
 * transliterated Arabic, Kurdish and Persian names (ou/o/u, ee/e/i, doubled
 * letters, a final "h"): Deir ez-Zor = Deir al-Zour, Raqqa = Ar-Raqqah,
 * Qasem = Qassem. For people, leading titles are dropped too
 * ("President Assad" = "Assad"). `altKeys` adds the looser variants tried
 * only after the strict key misses ("Deir Ezzor": an article fused into the
 * next word). Pure; the word lists (titles, plural heads) are the lexicon's
 * identity.json.
 */
import { memoByLexicon, type Lexicon } from '../extract/lexicon/index.ts';
import { pluralize } from '../extract/lexicon/inflect.ts';

/** The identity word lists of a lexicon (lexicon/identity.json), built on first use. */
const identity = memoByLexicon((lex) => ({
  titles: new Set(lex.identity.titleWords) as ReadonlySet<string>,
  glue: new Set(lex.identity.titleGlue) as ReadonlySet<string>,
  demonyms: new Set(lex.identity.titleDemonyms) as ReadonlySet<string>,
  /** Plural head nouns of group and place names -> their singular ("forces" -> "force"). */
  pluralHeads: new Map(lex.identity.pluralHeads.map((w) => [pluralize(w), w])) as ReadonlyMap<string, string>,
  campDescriptors: new Set(lex.identity.campDescriptors) as ReadonlySet<string>,
}));

/**
 * A camp's name without the words of whom it holds before "camp" ("Jenin refugee camp" -> "Jenin camp", "Zamzam
 * displacement camp" -> "Zamzam camp": lexicon identity campDescriptors); any other name as it is.
 */
export function campName(name: string, lex?: Lexicon): string {
  if (!/\bcamps?$/i.test(name)) return name;
  const words = name.split(/\s+/);
  const kept = words.filter((w, i) => i === 0 || i === words.length - 1 || !identity(lex).campDescriptors.has(w.toLowerCase()));
  return kept.length === words.length || kept.length < 2 ? name : kept.join(' ');
}

/** Title words that may precede a person's name; dropped for identity ("president", "gen", "sheikh"). */
export function titleWords(lex?: Lexicon): ReadonlySet<string> {
  return identity(lex).titles;
}

/** Title words that only join titles ("Secretary of State"). */
export function titleGlue(lex?: Lexicon): ReadonlySet<string> {
  return identity(lex).glue;
}

/** Demonyms that may precede a title ("Syrian President Bashar al-Assad"). */
export function titleDemonyms(lex?: Lexicon): ReadonlySet<string> {
  return identity(lex).demonyms;
}

/**
 * Plural head nouns of group and place names, folded to the singular
 * ("Popular Mobilization Force" = "Popular Mobilization Forces").
 */
export function pluralHeads(lex?: Lexicon): ReadonlyMap<string, string> {
  return identity(lex).pluralHeads;
}

/** The Arabic article and its sun-letter assimilations, when joined by a hyphen. */
const HYPHEN_ARTICLE = /(^|[\s(])(?:al|el|il|ul|ar|ad|ash|as|at|az|an|ath|adh|ez|ed|es|et|en|er|ed)[-‐‑‒–]/giu;

/** Apostrophes, ayin/hamza marks and their look-alikes. */
const APOSTROPHES = /['’‘`´ʼʻʾʿ]/g;

const EXTRA_FOLDS: Record<string, string> = {
  ı: 'i', ł: 'l', ø: 'o', đ: 'd', ð: 'd', þ: 'th', ß: 'ss', æ: 'ae', œ: 'oe', ħ: 'h',
};

/** Case, diacritics and letters NFKD leaves alone: `"Öcalan"` -> `"ocalan"`. */
export function foldLetters(s: string): string {
  if (ASCII.test(s)) return s.toLowerCase(); // most names: nothing to fold
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[ıłøđðþßæœħ]/g, (c) => EXTRA_FOLDS[c] ?? c);
}

/**
 * Words of a name with punctuation, a final possessive, dotted acronyms and
 * the Arabic article removed: `"ISIS's"` -> `["isis"]`, `"U.S."` -> `["us"]`,
 * `"Ar-Raqqah"` -> `["raqqah"]`, `"al Hol"` -> `["hol"]`.
 */
export function nameWords(name: string): string[] {
  return caseWords(name).map((w) => w.toLowerCase());
}

const WORDS_MEMO = new Map<string, readonly string[]>();

/** `nameWords` before lower-casing, so acronyms can be told from words (memoised; never mutate). */
function caseWords(name: string): readonly string[] {
  let words = WORDS_MEMO.get(name);
  if (!words) {
    if (WORDS_MEMO.size >= 100_000) WORDS_MEMO.clear();
    words = splitWords(name);
    WORDS_MEMO.set(name, words);
  }
  return words;
}

/** Plain ASCII: no diacritics to fold, the NFKD pass can be skipped. */
const ASCII = /^[\x00-\x7f]*$/;

function splitWords(name: string): string[] {
  let s = name.trim();
  if (!ASCII.test(s)) {
    s = s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[ıłøđðþßæœħ]/gi, (c) => EXTRA_FOLDS[c.toLowerCase()] ?? c);
  }
  s = s.replace(/(?:['’]s|s['’])$/u, (m) => (m.startsWith('s') ? 's' : ''));
  s = s.replace(HYPHEN_ARTICLE, '$1');
  s = s.replace(APOSTROPHES, '');
  s = s.replace(/\./g, '');
  s = s.replace(/&/g, ' and ');
  const words = s.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const out: string[] = [];
  for (const w of words) {
    const lower = w.toLowerCase();
    const prev = out[out.length - 1]?.toLowerCase();
    if (/^(?:al|el|Al|El)$/.test(w) || (out.length > 0 && STANDALONE_ARTICLES.has(lower))) continue;
    if (lower === 'the' && out.length > 0) continue;
    if (prev && COMPASS.has(prev) && COMPASS_SIDE.has(lower)) {
      out[out.length - 1] = `${out[out.length - 1]}${w}`;
      continue;
    }
    out.push(w);
  }
  if (out[0]?.toLowerCase() === 'the' && out.length > 1) out.shift();
  return out.length ? out : words;
}

/** Article spellings that are no English word, dropped when standing alone ("Deir Ez Zor"). */
const STANDALONE_ARTICLES: ReadonlySet<string> = new Set(['ez', 'az', 'ash', 'adh', 'ath', 'ed', 'es']);
const COMPASS: ReadonlySet<string> = new Set(['north', 'south']);
const COMPASS_SIDE: ReadonlySet<string> = new Set(['east', 'west', 'eastern', 'western']);

/** An acronym ("RAAF", "SANA", "US"): kept as spelled, never vowel-folded. */
function isAcronym(w: string): boolean {
  return w.length >= 2 && /^[A-Z0-9]+$/.test(w) && /[A-Z]/.test(w);
}

function keyWords(name: string, person: boolean | undefined): string[] {
  const words = caseWords(name);
  const kept = person ? stripTitles(words.map((w) => w.toLowerCase())) : words.map((w) => w.toLowerCase());
  const cased = words.slice(words.length - kept.length);
  return kept.map((w, i) => {
    const c = cased[i] ?? '';
    // Short acronyms keep their case: "IS" is not "Eiss" folded to "is".
    if (isAcronym(c)) return c.length <= 3 ? c : w;
    return foldWord(person ? w : (pluralHeads().get(w) ?? w));
  });
}

/** Drop leading titles (and a demonym before them) from a person's words. */
export function stripTitles(words: string[]): string[] {
  let i = 0;
  const TITLES = titleWords();
  if (words.length > 1 && titleDemonyms().has(words[0]!) && TITLES.has(words[1]!)) i = 1;
  let j = i;
  while (j < words.length - 1 && TITLES.has(words[j]!)) j++;
  return isTitleRun(words.slice(i, j)) ? words.slice(j) : words;
}

/**
 * A run of title words that really is a title: not only joining words ("of the
 * United States"), and not ending in one ("Prime Minister of Syria":
 * what follows is the office's country, not a name).
 */
export function isTitleRun(run: string[]): boolean {
  if (run.length === 0) return false;
  // a title never ends on a word that only joins ("Minister of", "Secretary for")
  if (titleGlue().has(run[run.length - 1]!.toLowerCase())) return false;
  return run.some((w) => !titleGlue().has(w.toLowerCase()));
}

/**
 * One transliteration-folded word: ou/oo -> u, o -> u, ee/e -> i, ay/ey -> ai,
 * doubled letters collapsed, a final "h" after a vowel dropped.
 * `"zour"`, `"zor"` -> `"zur"`; `"raqqah"`, `"raqqa"` -> `"raqa"`.
 */
export function foldWord(w: string): string {
  if (/^\d+$/.test(w)) return w;
  let s = w
    .replace(/ou|oo/g, 'u')
    .replace(/o/g, 'u')
    .replace(/ee|ei|ie/g, 'i')
    .replace(/e/g, 'i')
    .replace(/[ae]y(?=[^aeiou]|$)/g, 'ai')
    .replace(/(.)\1+/g, '$1');
  if (s.length > 3) s = s.replace(/([aiu])h$/, '$1');
  return s;
}

export interface KeyOptions {
  /** Drop leading titles (people only). */
  person?: boolean;
}

/** The strict identity key of a name; '' when nothing is left. */
export function nameKey(name: string, opts: KeyOptions = {}): string {
  const k = `${opts.person ? 'p' : 'n'}${name}`;
  let key = KEY_MEMO.get(k);
  if (key === undefined) {
    if (KEY_MEMO.size >= 100_000) KEY_MEMO.clear();
    key = keyWords(opts.person ? name : campName(name), opts.person).join(' ');
    KEY_MEMO.set(k, key);
  }
  return key;
}

/** Names repeat across mentions and articles; keys are pure, so remember them. */
const KEY_MEMO = new Map<string, string>();

/**
 * Looser keys, tried after the strict key misses: an article fused into a
 * later word ("Deir Ezzor" -> "deir zor").
 */
export function altKeys(name: string, opts: KeyOptions = {}): string[] {
  let words = nameWords(name);
  if (opts.person) words = stripTitles(words);
  const out: string[] = [];
  const fused = words.map((w, i) => {
    if (i === 0) return w;
    const m = /^[ae]([tdrzsnl])\1(\w{2,})$/.exec(w);
    return m ? `${m[1]}${m[2]}` : w;
  });
  const fusedKey = fused.map(foldWord).join(' ');
  const strict = nameKey(name, opts);
  if (fusedKey !== strict) out.push(fusedKey);
  return out;
}

/** Plain folded form for display comparisons: case, diacritics, punctuation. */
export function looseName(name: string): string {
  return foldLetters(name)
    .replace(APOSTROPHES, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Similarity of two keys in [0, 1]: Dice coefficient over letter bigrams. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const grams = (s: string): Map<string, number> => {
    const m = new Map<string, number>();
    const t = ` ${s} `;
    for (let i = 0; i < t.length - 1; i++) {
      const g = t.slice(i, i + 2);
      m.set(g, (m.get(g) ?? 0) + 1);
    }
    return m;
  };
  const ga = grams(a);
  const gb = grams(b);
  let inter = 0;
  let total = 0;
  for (const n of ga.values()) total += n;
  for (const n of gb.values()) total += n;
  for (const [g, n] of ga) inter += Math.min(n, gb.get(g) ?? 0);
  return total === 0 ? 0 : (2 * inter) / total;
}
