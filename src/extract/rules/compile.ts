/**
 * Rule patterns compiled to regular expressions over masked sentences, with
 * their derived cues; built once per lexicon, on first use. Slot syntax: see
 * types.ts.
 */
import { alternation, defaultLexicon, esc, memoByLexicon, type Lexicon } from '../lexicon/index.ts';
import { classAlternation, classForms, parseForms } from '../lexicon/verbs.ts';
import { pluralize, type VerbForm } from '../lexicon/inflect.ts';
import { LexiconError } from '../../errors.ts';
import { requiredLiterals } from './cue.ts';
import { matchPrefixes, prefixScan, type PrefixScan } from './prefix.ts';
import { cueAutomaton, cueScan, cueScanOf, type CueScan } from './cue-scan.ts';
import { CLOSE, GAP_STOP, OPEN } from './mask.ts';
import { leadingLookarounds, leadingSlot, requiredSlots, type RequiredSlot } from './slots.ts';
import { RELATION_RULES } from './index.ts';
import type { RelationRule } from './types.ts';
import { cachedTable } from '../../util/disk-cache.ts';
import { BE_FORMS, GET_FORMS, VERB_PARTICLES } from '../clauses/grammar.ts';

/**
 * `{ACTIVE}`, before a verb slot: the verb starts a word, and it is not the participle of a passive ("were captured by X", "had been
 * defeated", "got arrested"): the mention before it is then what the verb is done to, not its doer. A form of
 * "be" or "get" (the clause reader's auxiliaries, clauses/grammar.ts), at most two adverbs between, before a form
 * not in -ing, is the passive. A form in -ing right after an article is a noun ("the bombing"), no verb, unless "of" follows.
 */
const ACTIVE = (() => {
  const aux = [...BE_FORMS, ...GET_FORMS].filter((w) => /^\p{L}+$/u.test(w) && w !== 're' && w !== 's' && w !== 'm');
  // (a form in -ing after "be" is the progressive, active: "was attacking"; right after an article it is a noun, no verb,
  // unless "of" names what it is done to: "claimed the killing of 3 commanders" reads, "claimed the bombing through its
  // news agency" and "the fighting between X and Y" do not; a possessive's is its doer's: "ended its bombing campaign")
  return `(?<![\\p{L}-])(?=\\p{L})(?!(?<=(?:^|[^\\p{L}])(?:the|a|an|this|that)\\s+)\\p{L}+ing(?!\\p{L})(?!\\s+of\\s))(?:(?=\\p{L}+ing(?!\\p{L}))|(?<!(?:^|[^\\p{L}'’])(?:${aux.join('|')})\\s+(?:(?:\\p{L}+ly|not|also|then|since|already|later|just|now|once|again|never)\\s+){0,2}))`;
})();

/**
 * `{ACTIVE}` also reads no verb of an infinitive whose doer is the object of a verb of directing before it (verb class
 * `direct-to`: "urged the tribes to fight X", "called on his followers to expel X"): the rule's subject only asked.
 * The object is up to four words or mentions; "vowed to fight X" has none and reads.
 */
const notDirected = (lex: Lexicon): string =>
  `(?<!(?<![\\p{L}])(?:${classAlternation('direct-to', undefined, lex)})\\s+(?:(?:[^\\s${OPEN}${CLOSE}]+|${OPEN}[^${CLOSE}]*${CLOSE})\\s+){1,4}to\\s+(?:\\p{L}+ly\\s+)?)`;

/**
 * `{NOT_OURS}`, before a trigger: no first-person possessive on it ("our fight against X", "our efforts to defeat X"):
 * what is "ours" is the speaker's doing, not that of a name before it ("The envoy will discuss our efforts to ...").
 */
/** A first-person possessive and up to two words after it, before a trigger: the one home of this reading (engine.ts uses it too). */
export const FIRST_PERSON_POSSESSIVE = `(?:^|[^\\p{L}])(?:our|my)\\s+(?:[\\p{L}-]+\\s+){0,2}`;
const NOT_OURS = `(?=\\p{L})(?<!${FIRST_PERSON_POSSESSIVE}(?:to\\s+)?)`;

function slot(name: string, kinds: string | undefined): string {
  const group = name === 'S' ? 's' : name === 't' ? 't' : name.toLowerCase();
  const cons = kinds ? `(?=[^${CLOSE}]*\\|(?:${kinds.split(',').map((k) => k.trim()).join('|')})(?:\\||${CLOSE}))` : '';
  return `${OPEN}(?<${group}>\\d+)${cons}[^${CLOSE}]*${CLOSE}`;
}

/** A verb slot of a pattern: `{V:attack}`, `{V:back:pp}`. */
export interface VerbSlot {
  cls: string;
  forms: VerbForm[] | undefined;
}

/** The verb slots of a pattern, in order. */
export function verbSlots(pattern: string): VerbSlot[] {
  return [...pattern.matchAll(/\{V:([\w-]+)(?::([\w,]+))?\}/g)].map((m) => ({ cls: m[1]!, forms: parseForms(m[2]) }));
}

/**
 * The gaps of a pattern (types.ts): at most `units` units, each a character that is no bracket or a whole placeholder
 * the gap may hold (`unit`, one regex), as few as will do. Every unit is one way to read the text where it starts:
 * the gap can end at the points of one chain of units (engine.ts reads a leading gap by that chain).
 */
// ({_} and {_p}: a subject and its verb are never apart across a colon, "Iraq: Drone strike kills X" has no subject
// "Iraq", nor across a word that opens another clause: mask.ts GAP_STOP)
const GAPS: Readonly<Record<string, { units: number; holds: GapSources['holds']; unit: string }>> = {
  '{_}': { units: 40, holds: 'none', unit: `(?:(?!${GAP_STOP})[^${OPEN}${CLOSE}])` },
  '{_p}': { units: 80, holds: 'place', unit: `(?:(?!${GAP_STOP})[^${OPEN}${CLOSE}]|${OPEN}\\d+\\|(?:place|camp)\\|[^${CLOSE}]*${CLOSE})` },
  '{__}': { units: 120, holds: 'any', unit: `(?:[^${OPEN}${CLOSE}]|${OPEN}[^${CLOSE}]*${CLOSE})` },
};

/** The regex source of a gap (`{_}`, `{_p}`, `{__}`): lazy, as a pattern reads it; greedy, the furthest it reaches. */
function gapSource(gap: string, greedy = false): string {
  const { units, unit } = GAPS[gap]!;
  return `${unit}{0,${units}}${greedy ? '' : '?'}`;
}

/**
 * The regex source of a rule pattern: slots, verb classes and role nouns
 * expanded. With `captureVerbs`, the k-th verb slot is the named group `vk`
 * (for tests that need to know which words a verb slot read).
 */
export function patternSource(pattern: string, lex: Lexicon = defaultLexicon(), opts: { captureVerbs?: boolean } = {}): string {
  return unicodeWords(slotsSource(pattern, lex, opts));
}

/**
 * A pattern's `\w` as a word character of any script ("Burkinabè", "Tibú" are words): JavaScript's `\w` is ASCII
 * only, even under the `u` flag. Outside a character class it becomes `[\p{L}\p{N}_]`, inside one its members.
 */
export function unicodeWords(source: string): string {
  if (!source.includes('\\w')) return source;
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const next = source[i + 1];
      if (next === 'w') out += inClass ? '\\p{L}\\p{N}_' : '[\\p{L}\\p{N}_]';
      else out += c + (next ?? '');
      i++;
      continue;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    out += c;
  }
  return out;
}

/**
 * A word that may stand between a verb of several words and the rest of it: an object pronoun, a determiner, an
 * adjective ("took full control of", "held them captive", "pledged their allegiance to", "gunned him down"); not a
 * negation ("took no control") nor a particle that makes another verb ("fell back to" is no falling to: the clause
 * grammar's VERB_PARTICLES).
 */
const INSERTED_WORD = `(?:(?!(?:not|no|never|and|or|${[...VERB_PARTICLES].join('|')})\\s)\\p{Ll}+\\s+)?`;

/**
 * A verb slot's forms as a regex source: `classAlternation`'s, one word allowed after the first of a verb and its noun
 * ("take control of", "hold captive"; not a verb and its particle, "pull out of", whose forms stay as written: a
 * smaller regex, compiled at every start).
 */
function verbSlotSource(cls: string, forms: readonly VerbForm[] | undefined, lex: Lexicon): string {
  const all = classForms(cls, forms, lex);
  const spread = (f: string) => {
    const i = f.indexOf(' ');
    // (a verb's second word that is a particle or a preposition: no word comes between it and the verb)
    return i > 0 && !VERB_PARTICLES.has(f.slice(i + 1).split(' ')[0]!);
  };
  if (!all.some(spread)) return classAlternation(cls, forms, lex);
  return [...new Set(all)]
    .sort((a, b) => b.length - a.length)
    .map((f) => {
      if (!spread(f)) return esc(f).replace(/ /g, '\\s+');
      const [first, ...rest] = f.split(' ');
      return `${esc(first!)}\\s+${INSERTED_WORD}${rest.map(esc).join('\\s+')}`;
    })
    .join('|');
}

function slotsSource(pattern: string, lex: Lexicon, opts: { captureVerbs?: boolean }): string {
  let k = 0;
  return pattern
    .replace(/\{ACTIVE\}/g, () => `${ACTIVE}${notDirected(lex)}`)
    .replace(/\{NOT_OURS\}/g, NOT_OURS)
    // a verb slot starts a word ("expelled" holds no "led")
    // (a word start, but not the second half of a compound word: "air-supported operations" holds no verb "supported";
    // "⟦X⟧-backed", a name's compound, does)
    .replace(/\{V:([\w-]+)(?::([\w,]+))?\}/g, (_, cls: string, forms: string | undefined) => `\\b(?<!\\p{L}[-‐])(?${opts.captureVerbs ? `<v${k++}>` : ':'}${verbSlotSource(cls, parseForms(forms), lex)})`)
    .replace(/\{([ST])(?::([\w,-]+))?\}/g, (_, n: string, k: string | undefined) => slot(n, k))
    .replace(/\{N\}/g, '(?<n>\\d[\\d,.]*|dozens|scores|hundreds|thousands|several|a\\s+dozen)')
    .replace(/\{X\}/g, `${OPEN}\\d+\\|[^${CLOSE}]*${CLOSE}`)
    // {__np}: as {__}, across no purpose clause ("met the minister to discuss the fighting in Iraq": what follows is the
    // talk's topic) but one whose verb is a meeting's or a visit's ("flew to visit troops at X": the meet class)
    .replace(/\{__np\}/g, () => `(?:(?!(?<![\\p{L}-])to\\s+(?!the\\b|an?\\b|(?:${classAlternation('meet', ['base'], lex)})\\b)\\p{Ll})(?:[^${OPEN}${CLOSE}]|${OPEN}[^${CLOSE}]*${CLOSE})){0,120}?`)
    .replace(/\{(?:__|_p|_)\}/g, (gap) => gapSource(gap))
    .replace(/\{W:(\w+)(:bare)?\}/g, (_, list: string, bare: string | undefined) => `(?:${alternation(bare ? wordList(list, lex) : wordList(list, lex).flatMap((w) => [w, pluralize(w)]))})`)
    .replace(/\{LEAD\}/g, () => `(?:${alternation(lex.roles.leads)})`)
    .replace(/\{MEMBER\}/g, () => `(?:${alternation(lex.roles.member)})`)
    .replace(/\{ROLES\}/g, () => `(?:${alternation([...lex.roles.leads, ...lex.roles.member].map((r) => pluralize(r)))})`);
}

/**
 * A word list of lexicon/words.json a pattern names (`{W:conflictNouns}`: every word and its plural;
 * `{W:placePrepositions:bare}`: the words alone); a table of words to numbers gives its words (`{W:numberWords:bare}`).
 */
function wordList(name: string, lex: Lexicon): readonly string[] {
  const list = (lex.words as unknown as Record<string, unknown>)[name];
  if (list && typeof list === 'object' && !Array.isArray(list) && Object.values(list).every((n) => typeof n === 'number')) return Object.keys(list);
  if (!Array.isArray(list) || !list.every((w) => typeof w === 'string')) throw new LexiconError('src/extract/lexicon/words.json', `no word list "${name}" for a rule pattern's {W:${name}}`);
  return list as string[];
}

export function compilePattern(pattern: string, lex?: Lexicon): RegExp {
  return new RegExp(patternSource(pattern, lex), 'giu');
}

export interface CompiledRule {
  rule: RelationRule;
  re: RegExp;
  /** Literal strings one of which must occur for the rule to possibly fire (derived from the pattern). */
  cue: RegExp | undefined;
  /** The same strings, for tests and documentation. */
  cueWords: readonly string[] | undefined;
  /** The mention slots every match fills (slots.ts): a sentence whose mentions cannot fill them is not matched. */
  slots: readonly RequiredSlot[];
  /**
   * When the pattern starts with a slot (slots.ts `leadingSlot`): that slot's kinds and the pattern as a sticky
   * regex, to be tried at the placeholders that fit the slot instead of at every position of the sentence; when a
   * gap follows the slot (`leadGap`), the gap and the rest of the pattern, for a pre-test (engine.ts `nextMatch`).
   */
  lead: { kinds: RequiredSlot; re: RegExp; gap?: LeadGap } | undefined;
  /** The strings every match of `re` begins with, for a search of the whole sentence (prefix.ts); undefined: none known. */
  scan: PrefixScan | undefined;
}

/**
 * A gap right after a pattern's leading slot (`{S}{_p}...`, types.ts) and the regex of the rest of the pattern:
 * a match at a placeholder holds a match of `rest` that starts where the gap ends, no further than the gap's units
 * allow after the placeholder (a unit: a character that is no bracket, or a whole placeholder the gap may hold).
 * The first match of `rest` after the placeholder, found once for all the placeholders before it, tells whether
 * and where the pattern matches there (engine.ts `nextMatch`).
 */
export interface LeadGap {
  /** The rest of the pattern, its verb slots captured as in the whole pattern's regex (v0, v1, ...). */
  rest: RegExp;
  /** The strings every match of `rest` begins with (prefix.ts). */
  scan: PrefixScan | undefined;
  /**
   * When the pattern's regex is the slot's, the gap's and the rest's sources one after the other: the slot and the
   * gap as sticky regexes, the gap greedy (the furthest it reaches), to assemble a match from the slot and the
   * first match of `rest` (engine.ts `matchAcrossGap`).
   */
  split?: { slot: RegExp; reach: RegExp };
}

/** The regex sources of a pattern's leading slot, its gap (as the pattern reads it, and greedy) and the rest. */
interface GapSources {
  units: number;
  /** Which placeholders the gap may hold: none, places and camps, any. */
  holds: 'none' | 'place' | 'any';
  slot: string;
  gap: string;
  reach: string;
  rest: string;
}

/** The gap after a pattern's leading slot and the regex sources around it, or null (no leading slot, or no gap after it). */
export function leadGap(pattern: string, lex: Lexicon = defaultLexicon()): GapSources | null {
  if (!leadingSlot(pattern)) return null;
  // (the look-arounds before the slot are the slot's: they are tried where it is)
  const from = leadingLookarounds(pattern);
  const m = /^(\{[STX](?::[\w,-]+)?\})(\{(?:_|_p|__)\})/.exec(pattern.slice(from));
  if (!m) return null;
  const after = pattern.slice(from + m[0].length);
  // a quantified gap ("{_}?") or a rest that opens with a quantifier is no plain gap
  if (/^[?*+{]/.test(after) && !/^\{[A-Z_]/.test(after)) return null;
  const { units, holds } = GAPS[m[2]!]!;
  return { units, holds, slot: patternSource(pattern.slice(0, from) + m[1]!, lex), gap: gapSource(m[2]!), reach: gapSource(m[2]!, true), rest: patternSource(after, lex, { captureVerbs: true }) };
}

/** A cue regex from required literals (case-insensitive, like the patterns). */
export function cueOf(words: readonly string[] | undefined): RegExp | undefined {
  return words ? new RegExp(words.map(esc).join('|'), 'iu') : undefined;
}

/** Words too common to make a good cue ("with", "from"): the lexicon's stop words, lower case. */
const commonWords = memoByLexicon((lex): ReadonlySet<string> => new Set(lex.words.stopCaps.map((w) => w.toLowerCase())));

/** What compiling a rule derives from its pattern (the costly part: the cue words), kept in the disk cache for the shipped lexicon. */
interface RuleTable {
  /** The pattern's regex source with the verb slots as named groups (v0, v1, ...). */
  captured: string;
  cueWords: readonly string[] | undefined;
  slots: readonly RequiredSlot[];
  lead: { kinds: RequiredSlot } | null;
  gap: GapSources | null;
  /** The strings every match of the pattern, and of the rest after its gap, begins with (prefix.ts). */
  prefixes: readonly string[] | undefined;
  restPrefixes: readonly string[] | undefined;
}

function ruleTable(rule: RelationRule, lex: Lexicon): RuleTable {
  const source = patternSource(rule.pattern, lex);
  // the verb slots captured (v0, v1, ...): the engine reads where the first verb stands
  const captured = patternSource(rule.pattern, lex, { captureVerbs: true });
  const gap = leadGap(rule.pattern, lex);
  return {
    captured,
    cueWords: requiredLiterals(source, commonWords(lex)) ?? titleSlotCue(rule.pattern, lex),
    slots: requiredSlots(rule.pattern),
    lead: leadingSlot(rule.pattern),
    gap,
    prefixes: matchPrefixes(new RegExp(captured, 'giu')),
    restPrefixes: gap ? matchPrefixes(new RegExp(gap.rest, 'giu')) : undefined,
  };
}

/**
 * The cue of a pattern with no literal of its own but a slot that asks for a person's title role (`{S:title-lead}`,
 * `{S:title-member}`: mask.ts): the title is in the sentence, inside the person's placeholder where the pattern's
 * literals cannot see it, and every such title is a role noun of roles.json or ends in one, so the last words of the
 * role nouns are in the sentence; in the masked sentence, the placeholder holds the slot's field ("title-lead"), so
 * a match holds one of the cue's words (cue-scan.ts `ends`).
 */
function titleSlotCue(pattern: string, lex: Lexicon): string[] | undefined {
  const fields = requiredSlots(pattern).find((k) => k?.length && k.every((x) => x === 'title-lead' || x === 'title-member'));
  if (!fields) return undefined;
  return [...new Set([...fields, ...[...lex.roles.leads, ...lex.roles.member].map((r) => r.slice(r.lastIndexOf(' ') + 1).toLowerCase())])].sort();
}

function compiledOf(rule: RelationRule, { captured, cueWords, slots, lead, gap, prefixes, restPrefixes }: RuleTable): CompiledRule {
  const re = new RegExp(captured, 'giu');
  return {
    rule,
    re,
    cue: cueOf(cueWords),
    cueWords,
    slots,
    lead: lead ? { kinds: lead.kinds, re: new RegExp(captured, 'yiu'), ...(gap ? { gap: leadGapOf(captured, gap, restPrefixes) } : {}) } : undefined,
    scan: prefixScan(re, prefixes),
  };
}

function leadGapOf(captured: string, gap: GapSources, restPrefixes: readonly string[] | undefined): LeadGap {
  const rest = new RegExp(gap.rest, 'giu');
  // (a match is assembled from the parts only where they make the very regex the pattern compiles to)
  const split = captured === gap.slot + gap.gap + gap.rest ? { slot: new RegExp(gap.slot, 'yiu'), reach: new RegExp(gap.reach, 'yiu') } : undefined;
  return { rest, scan: prefixScan(rest, restPrefixes), ...(split ? { split } : {}) };
}

export function compileRule(rule: RelationRule, lex: Lexicon = defaultLexicon()): CompiledRule {
  return compiledOf(rule, ruleTable(rule, lex));
}

/** Every relation rule, compiled, in order; the shipped lexicon's derived parts from the disk cache (util/disk-cache.ts). */
export const compiledRules = memoByLexicon((lex): readonly CompiledRule[] => {
  const tables = () => RELATION_RULES.map((r) => ruleTable(r, lex));
  const t = lex === defaultLexicon() ? cachedTable('relation-rules', tables) : tables();
  return RELATION_RULES.map((r, i) => compiledOf(r, t[i]!));
});

/** The cues of `compiledRules(lex)`, by rule index, tested in one scan of a sentence (cue-scan.ts). */
export const compiledCues = memoByLexicon((lex): CueScan => {
  const cues = compiledRules(lex).map((c) => ({ words: c.cueWords, re: c.cue }));
  return lex === defaultLexicon() ? cueScanOf(cachedTable('rule-cues', () => cueAutomaton(cues)), cues) : cueScan(cues);
});
