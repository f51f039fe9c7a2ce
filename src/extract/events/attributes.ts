/**
 * What a sentence says of its event besides who did what: when (a date it
 * names, resolved against the article's date) and how many were killed and
 * wounded. Pure functions over the sentence text; the word lists are the
 * lexicon's (number words) and English's closed classes (day and month names).
 */
import type { Lexicon } from '../lexicon/index.ts';

const DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_RE = `(${MONTHS.join('|')}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?`;

// (built once: the patterns have no flag that keeps state between calls)
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_RE}(?:,?\\s+(\\d{4}))?\\b`);
const MONTH_DAY = new RegExp(`\\b${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?`);
const ON_DAY = new RegExp(`\\b(?:on|last|late|early)\\s+(${DAYS.join('|')})\\b`);
const DAY_TIME = new RegExp(`\\b(${DAYS.join('|')})\\s+(?:morning|afternoon|evening|night)\\b`);

const iso = (d: Date) => d.toISOString().slice(0, 10);
const day0 = (s: string) => new Date(`${s.slice(0, 10)}T00:00:00Z`);

function monthIndex(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  return MONTHS.findIndex((m) => m === w || m.startsWith(w));
}

/** A real calendar day, or undefined ("31 February"). */
function dateOf(y: number, m: number, d: number): Date | undefined {
  const x = new Date(Date.UTC(y, m, d));
  return x.getUTCMonth() === m && x.getUTCDate() === d ? x : undefined;
}

/**
 * The date a sentence names, resolved against the article's date (ISO): "on
 * Tuesday" is the last Tuesday on or before it, "yesterday" the day before,
 * "last week" seven days before, "on 3 March" / "March 3" that day in the
 * article's year (the year before when it would fall after the article),
 * "3 March 2024" as written. Undefined when the sentence names none or the
 * article has no date and the sentence names no year.
 */
export function sentenceDate(sentence: string, published?: string): string | undefined {
  const s = sentence.toLowerCase();
  const base = published && /^\d{4}-\d{2}-\d{2}/.test(published) ? day0(published) : undefined;
  // explicit day and month, with or without a year
  const dm = DAY_MONTH.exec(s);
  const md = MONTH_DAY.exec(s);
  const hit = dm ? { d: +dm[1]!, m: monthIndex(dm[2]!), y: dm[3] } : md ? { d: +md[2]!, m: monthIndex(md[1]!), y: md[3] } : undefined;
  if (hit && hit.m >= 0) {
    if (hit.y) return dateOf(+hit.y, hit.m, hit.d) ? iso(dateOf(+hit.y, hit.m, hit.d)!) : undefined;
    if (!base) return undefined;
    let x = dateOf(base.getUTCFullYear(), hit.m, hit.d);
    if (x && x > base) x = dateOf(base.getUTCFullYear() - 1, hit.m, hit.d);
    return x ? iso(x) : undefined;
  }
  if (!base) return undefined;
  const back = (n: number) => iso(new Date(base.getTime() - n * 86_400_000));
  if (/\byesterday\b/.test(s)) return back(1);
  if (/\b(?:today|this morning|this afternoon|this evening|tonight)\b/.test(s)) return back(0);
  if (/\blast week\b/.test(s)) return back(7);
  if (/\blast month\b/.test(s)) return iso(new Date(Date.UTC(base.getUTCFullYear(), base.getUTCMonth() - 1, 1))).slice(0, 7);
  const dayHit = ON_DAY.exec(s) ?? DAY_TIME.exec(s);
  if (dayHit) {
    const want = DAYS.indexOf(dayHit[1]!);
    let n = (base.getUTCDay() - want + 7) % 7;
    if (/^last\b/.test(dayHit[0]) && n === 0) n = 7;
    return back(n);
  }
  return undefined;
}

/** A count as written: digits ("1,200") or a number word of the lexicon ("twelve"). */
function countOf(word: string, lex: Lexicon): number | undefined {
  const w = word.toLowerCase().replace(/,/g, '');
  if (/^\d+$/.test(w)) return +w;
  const n = lex.words.numberWords[w];
  return typeof n === 'number' && w !== 'a' && w !== 'an' ? n : undefined;
}

const NUM = `(\\d[\\d,]*|[a-z]+)`;
const KILL = 'kill(?:ing|ed|s)?|dead|died|deaths?|lives|lifeless|slain|executed|massacred|shot dead';
const WOUND = 'wound(?:ing|ed|s)?|injur(?:ing|ed|ies|e|es|y)|hurt';

interface CountPatterns {
  /** Words one of which each verb holds. */
  cue: RegExp;
  patterns: readonly RegExp[];
}

/** The patterns of a count of people with these verbs (matchAll copies a pattern: its state is never shared). */
function countPatterns(verbs: string, cue: RegExp): CountPatterns {
  return {
    cue,
    patterns: [
      // "killing 12", "killed at least 35 people", "left 5 dead" is below
      new RegExp(`\\b(?:${verbs})\\s+(?:at least |some |about |around |nearly |more than |over |up to )?${NUM}\\b`, 'g'),
      // "12 people were killed", "at least 35 dead", "5 soldiers died", "three civilians wounded"
      new RegExp(`\\b${NUM}\\s+(?:[a-z-]+\\s+){0,3}?(?:(?:were|was|have been|had been|are|got)\\s+)?(?:reportedly |also )?(?:${verbs})\\b`, 'g'),
    ],
  };
}
const KILLED = countPatterns(KILL, /kill|dead|died|death|lives|lifeless|slain|executed|massacred/);
const WOUNDED = countPatterns(WOUND, /wound|injur|hurt/);

/** People killed and wounded as the sentence counts them; the largest count of each wins. */
export function casualties(sentence: string, lex: Lexicon): { killed?: number; wounded?: number } {
  const s = sentence.toLowerCase();
  const out: { killed?: number; wounded?: number } = {};
  const take = (key: 'killed' | 'wounded', { cue, patterns }: CountPatterns) => {
    // (every match holds one of the verbs, and each verb one of the cue's words: no cue, no match)
    if (!cue.test(s)) return;
    for (const re of patterns) {
      for (const m of s.matchAll(re)) {
        const n = countOf(m[1]!, lex);
        if (n !== undefined && n > 0 && n < 100000 && !(n >= 1900 && n <= 2100 && /^\d{4}$/.test(m[1]!))) out[key] = Math.max(out[key] ?? 0, n);
      }
    }
  };
  take('killed', KILLED);
  take('wounded', WOUNDED);
  return out;
}
