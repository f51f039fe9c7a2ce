/**
 * The shapes of names, built from the lexicon once per lexicon: a capitalised
 * name word ("al-Hassan", "O'Brien"), a capitalised sequence with lower-case
 * particles inside ("Abu Bakr al Baghdadi"), and the words capitalised for
 * reasons other than naming.
 */
import { esc, memoByLexicon, stopCaps, type Lexicon } from '../lexicon/index.ts';
import { classForms } from '../lexicon/verbs.ts';

/** The rules that guess a name from its shape and context (capitalisation, the trained tagger), with no list behind them. */
export const GUESSED_NAME_RULES: ReadonlySet<string> = new Set(['name-capitalised', 'name-tagger', 'name-tagger-repeat']);

/** The verb classes whose participles the relation rules read after a hyphen (rules/alliances.ts, control.ts, location.ts). */
const HYPHEN_CLASSES = ['back', 'ally', 'control', 'base', 'lead'] as const;

export interface NameKit {
  /** Name particles ("al", "bin", "de"), lower case, no dotted ones. */
  particles: readonly string[];
  /** One capitalised name word: "Afrin", "al-Hassan", "Ar-Raqqah", "O'Brien", "Za'atari"; its parts bounded in length. */
  nameWord: string;
  /** A capitalised sequence, allowing lower-case particles inside: "Abu Bakr al Baghdadi". */
  capSeq: string;
  /** Words that are capitalised for reasons other than naming. */
  stopCaps: ReadonlySet<string>;
  /** A word that ends in a hyphen and a word that ends a name ("Kenyan-led", "US-backed", "Arab-majority"): it opens no name. */
  compoundWord: RegExp;
  /** At the start of a string, after any white space: a particle joined to its word ("al-Iraqiya", "el-Masri"), a nisba. */
  particleWord: RegExp;
  /** Trim leading stop-words ("The", "In") from a capitalised span. */
  trimStops(text: string, start: number, end: number): [number, number];
  /**
   * Can a capitalised sequence start at `at`? A cheap test that never says no where one can: at any character
   * but ASCII ones other than capitals and the lower-case letters of a particle before its hyphen ("al-").
   */
  canStart(text: string, at: number): boolean;
}

export const nameKit = memoByLexicon((lex): NameKit => {
  const particles = lex.words.nameParticles.filter((p) => !p.includes('.'));
  /** Particles joined to a name by a hyphen ("al-Hassan", "at-Tanf"); not "y", which would start a name inside "majority-Kurdish". */
  const hyphenPart = `(?:${particles.filter((p) => p !== 'y').join('|')})`;
  /**
   * Particles that stand alone between name words ("Abu Bakr al Baghdadi"); "at", "as", "an", "y" join only by a hyphen
   * ("at-Tanf"): alone they are English words ("Summit at Amiens"); and so do the article's forms "ez", "es", "ed",
   * "en", "et" ("Deir ez-Zor", "ed-Damazin"), French and Spanish words alone.
   */
  const freePart = `(?:${particles.filter((p) => !['at', 'as', 'an', 'y', 'ez', 'es', 'ed', 'en', 'et'].includes(p)).join('|')})`;
  /** After a hyphen, these words end the name ("Arab-majority"), and so do the participles the hyphen rules read ("ISIS-held", "US-backed"). */
  const suffixes = [...lex.words.compoundSuffixes, ...HYPHEN_CLASSES.flatMap((c) => classForms(c, ['pp'], lex))].join('|');
  // The name word's parts are bounded in length (no name word is longer), so a pattern that tries a name
  // at every capital of a huge unbroken "word" costs linear time.
  const nameWord = `(?:(?:${hyphenPart}|[Aa]l|[Ee]l)[-‐])?\\p{Lu}[\\p{L}\\p{M}]{0,60}(?:['’](?!s(?![\\p{L}]))\\p{L}{1,60})?(?:[-‐](?!(?:${suffixes})(?![\\p{L}]))\\p{L}[\\p{L}\\p{M}]{0,60}){0,6}`;
  // possessive nouns inside a name ("the People's Defence Force", "Kurdistan Workers' Party")
  const possessive = `(?:${lex.words.namePossessives.map(esc).join('|')})(?![\\p{L}])`;
  // (an initial opens a word: "RSF. Hemedti said" holds no initial "F.")
  // (no name starts inside a word: "58IB" is no "IB", "MiG-23MLD" no "LD")
  const capSeq = `(?<![\\p{L}\\p{N}])(?:\\p{Lu}\\.[ \\t]+)?(?:${possessive}[ \\t]+)?${nameWord}(?:[ \\t]+(?:(?:${freePart}[ \\t]+){1,2}|\\p{Lu}\\.[ \\t]+|${possessive}[ \\t]+)?${nameWord}){0,5}`;
  const stops = stopCaps(lex);
  // the longest word that joins a name by a hyphen ("abdul-", "al-")
  const longestPart = Math.max(2, ...particles.map((p) => p.length));
  // a particle of other characters (another lexicon's) would need another test: then any position may start one
  const plainParts = particles.every((p) => /^[a-z]+$/.test(p));
  return {
    particles,
    compoundWord: new RegExp(`^\\S+[-‐](?:${suffixes})$`, 'u'),
    particleWord: new RegExp(`^\\s*(?:${particles.map(esc).join('|')})[-‐]\\p{L}`, 'iu'),
    nameWord,
    capSeq,
    stopCaps: stops,
    trimStops(text, start, end) {
      let s = start;
      for (;;) {
        const m = /^(\p{L}+)\s+/u.exec(text.slice(s, end));
        if (!m || !stops.has(m[1]!)) break;
        s += m[0].length;
      }
      return [s, end];
    },
    canStart(text, at) {
      const c = text.charCodeAt(at);
      if (c >= 0x80 || (c >= 0x41 && c <= 0x5a) || !plainParts) return true;
      if (c < 0x61 || c > 0x7a) return false;
      let q = at + 1;
      while (q < at + longestPart && q < text.length && text.charCodeAt(q) >= 0x61 && text.charCodeAt(q) <= 0x7a) q++;
      const h = text.charCodeAt(q);
      return h === 0x2d || h === 0x2010;
    },
  };
});

/** One-word site heads ("Checkpoint", "Gate", "Tower"): with a number after them, a name ("Tower 22"). */
const siteHeads = memoByLexicon((lex): ReadonlySet<string> => new Set(lex.words.placeHeads.site.filter((h) => !h.includes(' '))));
/** The number of a numbered site: a space, one to four digits, and no more word. */
const SITE_NUMBER = /^ \d{1,4}(?![\p{L}\p{N}])/u;

/**
 * Where a numbered site's name ends when the one word at [start, end) is a site head and a number follows ("Tower 22",
 * "Checkpoint 7"): the name is the head and its number, never the head alone. Else undefined.
 */
export function numberedSiteEnd(text: string, start: number, end: number, lex: Lexicon): number | undefined {
  if (!siteHeads(lex).has(text.slice(start, end))) return undefined;
  const n = SITE_NUMBER.exec(text.slice(end, end + 6));
  return n ? end + n[0].length : undefined;
}
