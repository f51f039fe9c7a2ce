/**
 * The relation-rule engine: runs the compiled rules (compile.ts) over a
 * masked sentence (mask.ts) and scores what fires. Negated matches ("did not
 * attack") are dropped; hedged ones are kept with `hedged: true` and a lower
 * confidence (see confidence.ts).
 */
import type { RawMention, RawRelation } from '../types.ts';
import { alternation, defaultLexicon, lexiconEntry, memoByLexicon, type Lexicon } from '../lexicon/index.ts';
import { classAlternation, classForms } from '../lexicon/verbs.ts';
import { pluralize } from '../lexicon/inflect.ts';

/** Verb classes whose participle after a conjunct makes it a modifier of what follows ("trained", "led", "based"). */
const MODIFIERS = ['back', 'lead', 'base', 'ally'] as const;
import { scoreConfidence } from '../confidence.ts';
import type { Sentence } from '../text/sentences.ts';
import { FIRST_PERSON_POSSESSIVE, compiledCues, compiledRules, type LeadGap } from './compile.ts';
import { CLOSE, OPEN, withoutSubjectAside, type Masked } from './mask.ts';
import { fitsSlot, sentenceKinds, slotsFillable, type SentenceKinds } from './slots.ts';
import { firstMatch, type PrefixScan } from './prefix.ts';
import type { RelationRule } from './types.ts';
import { apposedPerson } from '../coref/apposed-person.ts';

/** The last word of a name, in lower case (its unit: "district" of "Koro District"). */
const lastWordLower = (name: string): string => name.slice(name.search(/\S+$/u)).toLowerCase();

export type { Masked } from './mask.ts';

/** A date or time between two conjuncts: "visited Turkey on 4 April and Uzbekistan". */
const WHEN = '(?:\\s+(?:on|from|in|during|between|since)\\s+(?:\\d|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)[^,.;⟦⟧]{0,20}?)?';

/** Negations, hedges, conjuncts and reporting verbs, from the lexicon. */
// (NEG and HEDGE, tested on every match's span, open with a look-behind, not with "(?:^|[^\p{L}])": the same test, about
// twice as fast, since a consumed non-letter before the word lets the regex skip no position)
const cues = memoByLexicon((lex) => ({
  // (a contraction's "n't" stands right after its verb's letters: "hadn't left")
  NEG: new RegExp(`(?:(?<![\\p{L}])(?:${alternation(lex.words.negations.filter((w) => w !== 'without' && !/^n['’]t$/.test(w)))})|n['’]t)(?![\\p{L}])`, 'iu'),
  HEDGE: new RegExp(`(?<![\\p{L}])(?:${alternation(lex.words.hedges)})(?![\\p{L}])`, 'iu'),
  /**
   * After a name: the rest of a conflict's name, a conflict noun in capitals ("the 2006 Lebanon War", "the Iran–Iraq War",
   * "the Syrian Civil War"): the name is part of the event's, no party acting in the sentence.
   */
  EVENT_NAME_AFTER: new RegExp(`^(?:[-–‐]${OPEN}[^${CLOSE}]*${CLOSE})?\\s+(?:Civil\\s+)?(?:${lex.words.conflictNouns.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('|')})s?(?![\\p{L}])(?!\\s+\\p{Lu})`, 'u'),
  /** A name that is itself a conflict's ("Syrian Civil War"). */
  EVENT_NAME_OWN: new RegExp(`\\s(?:${lex.words.conflictNouns.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('|')})s?$`, 'u'),
  /**
   * A conjunct after the match ("in Syria and Iraq"), unless a participle
   * follows it and makes it a modifier ("... and Coalition trained forces"),
   * past a person's age after the one before ("A (28) and B", "A, 28, and B").
   */
  COORD: new RegExp(
    `^(?:\\s*\\(\\s*\\d{1,3}\\s*\\)|\\s*,\\s*\\d{1,3}(?=\\s*,))?${WHEN}(?:\\s*,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or|as\\s+well\\s+as)\\s+)(?:(?:the|our|its|their)\\s+)?(?:(?<n>\\d[\\d,.]*)\\s+(?:[\\w-]+\\s+)?(?:in\\s+|on\\s+|at\\s+)?)?${OPEN}(?<t>\\d+)\\|(?<k>[^${CLOSE}]*)${CLOSE}(?!\\s+(?:${MODIFIERS.flatMap((c) => classForms(c, ['pp'], lex)).join('|')})\\b)`,
    'u',
  ),
  /** Reported speech: "Cook said the campaign against ISIL ...". */
  // (and "say" after a plural subject: "which UN experts say is backed by X"; not the places named "Tell")
  SPEECH: new RegExp(`\\b(?:${classAlternation('report-speech', ['past'], lex)}|${classAlternation('say', ['s'], lex)}|(?<=[a-z]s\\s+)(?:${classAlternation('say', ['base'], lex)})|according\\s+to)\\b`, 'i'),
  /** Reacting to an attack ("condemned the attacks on X") or repelling it: who reacts did not attack (verb classes `react`, `repel`). */
  REACT: new RegExp(`(?<![\\p{L}])(?:${classAlternation('react', undefined, lex)}|${classAlternation('repel', undefined, lex)})(?![\\p{L}])`, 'iu'),
  /**
   * Before a deed's doer: a verb that asks for the deed ("demanded that X leave Y", "urged X to withdraw from Y", "that
   * W disband and that X leave Y"; verb class `demand`): asked, not done.
   */
  MANDATE: new RegExp(`(?<![\\p{L}])(?:${classAlternation('demand', undefined, lex)})\\s+(?:that\\s+|on\\s+|upon\\s+)?(?:[^.;:]{0,80}?\\s+and\\s+that\\s+)?(?:the\\s+)?$`, 'iu'),
  /**
   * Right before an attack's target: a verb of opposing in words or at law and "against" ("voted against X", "warned
   * against X"; verb class `speak-against`, past and -ing forms): no attack.
   */
  SPOKEN_AGAINST: new RegExp(`(?<![\\p{L}])(?:${classAlternation('speak-against', ['past', 'ing'], lex)})\\s+(?:[\\p{L}-]+\\s+)?against\\s+(?:the\\s+)?$`, 'iu'),
  /** Stopping a deed ("to end its attacks"): asked of a party, it says the party does the deed (verb class `stop`). */
  STOPPING: new RegExp(`(?<![\\p{L}])(?:${classAlternation('stop', undefined, lex)})(?![\\p{L}])`, 'iu'),
  /** Claiming an attack ("claimed an attack that killed"): the claimer did what the attack's relative clause says. */
  CLAIM: new RegExp(`(?<![\\p{L}])(?:${classAlternation('claim', undefined, lex)})(?![\\p{L}])`, 'iu'),
  /**
   * An attack named as the topic of something ("a Statement on the Attack against X", "talks about the war on Y"): a
   * preposition of topic before the attack's noun; who states or talks did not attack (lexicon attackNouns, conflictNouns).
   */
  // (not after a verb: "focused on the final assault on ISIS" is the assault of who focused)
  TOPIC: new RegExp(`(?<![\\p{L}])(?<!\\p{L}(?:ed|ing)\\s+)(?:on|about|over|regarding|concerning)\\s+(?:the\\s+|an?\\s+)?(?:[\\p{L}-]+\\s+)?(?:${alternation([...lex.words.attackNouns, ...lex.words.conflictNouns].flatMap((n) => [n, pluralize(n)]))})\\s+(?:on|against)(?![\\p{L}])`, 'iu'),
}));
/** What follows a target when the "targeting" is not violence. */
const NOT_AN_ATTACK = /^[^.;⟦]{0,80}?\bfor\s+(?:recruitment|recruiting|radicali[sz]ation|propaganda|indoctrination)\b/iu;
/** Relations whose source acts (a place may act as a state, never from inside a locative phrase: "in Chad, ..."). */
const ACTOR_SOURCE_TYPES: ReadonlySet<string> = new Set(['attacks', 'allied_with', 'captures', 'recruits', 'withdraws_from']);
/** Words that make the place after them a where or a part ("parts of Syria, including bombing ..."; "support for Iraq in the fight" keeps Iraq a party). */
// (a word of direction between: "Kurdish forces in northern Syria clashed with ISIS" is no attack by Syria)
const WHERE_BEFORE = /\b(?:in|into|inside|within|at|near|across|throughout|around|from|on|over|of)\s+(?:the\s+)?(?:(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western|neighbou?ring)\s+)?$/i;
/**
 * A hyphen and a participle right after a mention: a compound modifier ("Iran-aligned", "ISIS-held"); not "-led", whose
 * leader does what the led do ("US-led strikes", "YPG-led forces captured X").
 */
const COMPOUND_PARTICIPLE_AFTER = /^[-‐–](?!led(?![\p{L}-]))\p{Ll}+(?:ed|en|held|run|built|made|hit)(?![\p{L}-])/u;
/** A rule that reads the hyphen after its source itself ("{S}[-‐–]..."). */
const HYPHEN_RULE = /\{S:[^}]*\}\[-/;
/** A hyphen right after a mention: a compound ("Turkey-backed", "US-led"), the place no where. */
const HYPHEN_AFTER = /^[-‐–]\p{L}/u;
/** After a comma, words that open an aside around a mention ("X, led by Y, ...", "X, which fought Y, ..."). */
const ASIDE_OPENER = /,[^,⟦⟧]*?\b(?:by|with|of|against|from|to|for|in|on|at|which|who|whose|that)\b[^,⟦⟧]*$/i;
/** ... or a participle's agent coordinated after names inside the aside ("X, known as Y and led by Z, ..."). */
const ASIDE_AGENT_COORDINATED = /,[^,]*?\band\s+\p{Ll}+(?:ed|en)\s+by\b[^,⟦⟧]*$/u;
/** A first-person possessive right before a trigger's noun ("our efforts", "our continued fight"), and first-person mentions. */
const FIRST_PERSON_POSSESSIVE_BEFORE = new RegExp(`${FIRST_PERSON_POSSESSIVE}$`, 'iu');
const FIRST_PERSON = /^(?:we|us|our|i|me|my)$/i;
/**
 * A past tense of a verb done to someone (fighting, harming, taking, backing) right before a mention (and its
 * article): the mention is that verb's object, not the subject of a later trigger ("Hezbollah fought Israel in support
 * of X": Hezbollah's support). Verbs that take a clause ("believed X was planning") are not among them.
 */
const OBJECT_VERB_CLASSES = ['attack', 'fire', 'fight', 'confront', 'defeat', 'harm', 'injure', 'hurt', 'target', 'counter', 'seize', 'capture', 'take-people', 'retake', 'liberate', 'drive-out', 'back', 'help'];
const pastVerbBefore = memoByLexicon((lex) => {
  const forms = new Set<string>();
  for (const name of OBJECT_VERB_CLASSES) for (const f of classForms(name, ['past'], lex)) if (!/\s/.test(f)) forms.add(f);
  return new RegExp(`(?<![\\p{L}-])(?:${alternation([...forms])})\\s+(?:the\\s+)?$`, 'iu');
});
/** ... or its perfect participle ("have overrun police stations, freed inmates and taken X": the police took nothing). */
const doneVerbBefore = memoByLexicon((lex) => {
  const forms = new Set<string>();
  // (not backing or helping: "helped the army in its fight against X", "assisted troops battling X": the army fights)
  for (const name of OBJECT_VERB_CLASSES) if (name !== 'back' && name !== 'help') for (const f of classForms(name, ['past', 'pp'], lex)) if (!/\s/.test(f)) forms.add(f);
  return new RegExp(`(?<![\\p{L}-])(?:${alternation([...forms])})\\s+(?:the\\s+)?$`, 'iu');
});
/** Prepositions whose object a mention after them is. */
const OBJECT_PREPOSITIONS = 'in|into|from|to|of|at|near|on|by|with|for|against|across|inside';
/** A mention after a preposition is an object, never the subject of a later verb. */
const OBJECT_BEFORE = new RegExp(`\\b(?:${OBJECT_PREPOSITIONS})\\s+(?:the\\s+)?$`, 'i');
/** The plural noun of a party's men opening the sentence before "of" ("Troops of the X, deployed ..."): X is the subject's owner, no object. */
const MEN_OF_OPENER = /^[\s"“]*\p{Lu}\p{Ll}+s\s+(?:of|from)\s+(?:the\s+)?$/u;
/** ... also with a word of its own phrase between ("a camp for internally displaced people"). */
const OBJECT_OF_PREPOSITION = new RegExp(`\\b(?:${OBJECT_PREPOSITIONS})\\s+(?:the\\s+)?(?:\\p{Ll}+\\s+)?$`, 'iu');


/** "by" after an attack noun (lexicon attackNouns) or a verb of claiming or launching: what follows is the attack's doer. */
const attackAgent = memoByLexicon((lex): RegExp => new RegExp(`(?<![\\p{L}])(?:${alternation([...lex.words.attackNouns.flatMap((n) => [n, pluralize(n)]), ...classForms('claim', ['pp', 'past'], lex), ...classForms('launch', ['pp', 'past'], lex)])})\\s+by\\s+(?:the\\s+)?$`, 'iu'));

/** A comma, then a participle ("..., killing"), between a source and its target (places may stand before the comma). */
const PARTICIPLE_AFTER_COMMA = /^(?:[^⟦⟧]|⟦\d+\|(?:place|camp)\|[^⟧]*⟧)*?,\s+(?:\p{Ll}+ly\s+)?\p{Ll}+ing\b/u;

/** Source `src` is a preposition's object (not a "by" agent) and the rule's trigger a participle after a comma before target `t`. */
function participleOfObject(masked: Masked, src: number, t: number, lex?: Lexicon): boolean {
  const s = masked.at.find((a) => a.mention === src);
  const target = masked.at.find((a) => a.mention === t);
  if (!s || !target || target.pos < s.end) return false;
  // (the agent of an attack or a claim does what it does: "two bombings, claimed by X, killing 14": X; not the agent of
  // another participle: "a convoy escorted by X, killing 48")
  const before = masked.text.slice(Math.max(0, s.pos - 40), s.pos);
  return OBJECT_OF_PREPOSITION.test(before.slice(-28)) && !attackAgent(lex).test(before) && PARTICIPLE_AFTER_COMMA.test(masked.text.slice(s.end, target.pos));
}

function kindOk(kinds: string | undefined, m: RawMention): boolean {
  if (!kinds) return true;
  return kinds.split(',').some((k) => k === m.kind || k === m.type || k === m.rule);
}

function targetKinds(rule: RelationRule): string | undefined {
  return /\{T:([\w,-]+)\}/.exec(rule.pattern)?.[1];
}

function quantity(n: string | undefined): number | undefined {
  if (!n) return undefined;
  const v = Number(n.replace(/,/g, ''));
  return Number.isFinite(v) && /\d/.test(n) ? v : undefined;
}

/**
 * Words that open another phrase after a comma or "and", no conjunct's modifier: a preposition ("A and B, both in C, and
 * to D": D is no conjunct of A and B), "both", "all"; after a noun a preposition may come ("A and soldiers from B").
 */
const NOT_CONJUNCT_WORDS = '(?:to|in|into|of|from|at|on|by|for|with|near|both|all)';
/** Rule types whose source may be a coordination ("A, B and C attacked ..."). */
const BACK_COORD_TYPES: ReadonlySet<string> = new Set(['attacks', 'allied_with', 'located_in', 'captures', 'withdraws_from', 'recruits']);
const BACK_COORD = new RegExp(
  `^${OPEN}(?<i>\\d+)\\|[^${CLOSE}]*${CLOSE}(?:[-–‐]|(?:\\s*,\\s*(?:and\\s+)?|\\s+(?:and|as\\s+well\\s+as)\\s+)(?:(?:other|several|many|some)\\s+)?(?:the\\s+)?(?:(?!${NOT_CONJUNCT_WORDS}\\s)[a-z][\\w-]*\\s+(?:[a-z][\\w-]*\\s+)?)?)$`,
  'u',
);

/**
 * A member is coordinated with the parties before it only as the subject of a verb ("A and B are part of Y", "A and B
 * joined Y"), never in an apposition ("A and B, a wing of Y": B's alone).
 */
const VERB_AFTER = /^\s+(?:(?:also|both|now|later|all)\s+)?(?:are|were|is|was|have|has|had|became|become|remain|remained|joined)\s/;
function subjectOfVerb(masked: Masked, src: number): boolean {
  const at = masked.at.find((a) => a.mention === src);
  return at !== undefined && VERB_AFTER.test(masked.text.slice(at.end, at.end + 24));
}

/** The mentions coordinated before mention `src` ("A, B and src"), nearest first; same kind of party only. */
export function coordinatedBefore(masked: Masked, src: number, mentions: readonly RawMention[]): number[] {
  const out: number[] = [];
  const party = (m: RawMention): string =>
    m.type === 'country' ? 'group' : m.kind === 'place' || m.kind === 'camp' ? 'place' : m.type === 'person' ? 'person' : 'group';
  const want = party(mentions[src]!);
  let k = masked.at.findIndex((a) => a.mention === src);
  while (k > 0) {
    const here = masked.at[k]!;
    const m = BACK_COORD.exec(masked.text.slice(masked.at[k - 1]!.pos, here.pos));
    if (!m || Number(m.groups!.i) !== masked.at[k - 1]!.mention) break;
    // the conjunct next to `src` is joined by "and" ("A, B and src"); a bare comma there is an apposition
    if (out.length === 0 && !/\b(?:and|as\s+well\s+as)\s|⟧[-–‐]$/.test(m[0])) break; // "U.S.-Iraq partnership" joins too
    const prev = mentions[masked.at[k - 1]!.mention]!;
    if (party(prev) !== want || prev.anaphor) break;
    out.push(masked.at[k - 1]!.mention);
    k--;
  }
  return out;
}

/** "for control of", "for possession of": words of what two sides fight over (lexicon `contestNouns`) after "for". */
const contestCue = memoByLexicon((lex) => new RegExp(`\\bfor\\s+(?:the\\s+)?(?:${lex.words.contestNouns.join('|')})\\b`, 'i'));
const contestIn = (text: string, lex: Lexicon) => contestCue(lex).test(text);

/** The rule behind allied_with edges between co-belligerents (relations.ts adds them; it has no pattern of its own). */
export const CO_BELLIGERENTS = {
  reason: 'allied-co-belligerents',
  example: 'The UK, the wider Global Coalition and the Government of Iraq are committed to defeating Daesh.',
  confidence: 0.6,
} as const;

/**
 * The next match of a rule in a masked sentence: `re.exec(masked.text)`, the first match that starts at or after
 * `re.lastIndex`, which it moves to the match's end (the loop below sets it further when it reads a match to its
 * end). A rule that starts with a slot (`lead`) can only match at a placeholder that fits the slot and starts
 * before the end of its last cue word in the sentence (`end`; cue-scan.ts): its sticky regex is tried there only,
 * in order, with the same result. When a gap follows the slot (compile.ts `LeadGap`), the first match of the rest
 * of the pattern after the placeholder, searched once for all the placeholders before it, makes the match there
 * (`matchAcrossGap`): the slot's, the gap up to that first match, and it, or none when the gap cannot reach it. A
 * search over the sentence (`re` with `scan`, the gap's rest) tries its regex only where one of its prefixes starts
 * (prefix.ts), and, the end known, before `end`: a match holds a cue word, so it starts before the last one ends.
 */
export function nextMatch(
  re: RegExp,
  lead: { kinds: readonly string[] | undefined; re: RegExp; gap?: LeadGap } | undefined,
  masked: Masked,
  kinds: SentenceKinds | undefined,
  end: number,
  scan?: PrefixScan,
): RegExpExecArray | null {
  if (!lead || !kinds || end < 0) {
    // (a match holds one of the rule's cue words, so it starts before the last one's end, when known)
    const m = scan ? firstMatch(scan, masked.text, re.lastIndex, end > 0 ? end : Infinity) : undefined;
    if (m === undefined) return re.exec(masked.text);
    re.lastIndex = m ? scan!.sticky.lastIndex : 0;
    return m;
  }
  const at = masked.at;
  const from = re.lastIndex;
  const gap = lead.gap;
  // the first match of the gap's rest at or after `restFrom` is `rest`, which starts at `restAt` (-1: none; restFrom -1:
  // not searched)
  let restFrom = -1;
  let restAt = -1;
  let rest: RegExpExecArray | null = null;
  for (let j = 0; j < at.length; j++) {
    const pos = at[j]!.pos;
    if (pos < from) continue;
    if (pos >= end) break;
    if (!fitsSlot(lead.kinds, kinds, j)) continue;
    if (gap) {
      const after = at[j]!.end;
      if (restFrom < 0 || restFrom > after || (restAt >= 0 && restAt < after)) {
        restFrom = after;
        // (the rest holds the cue word: it starts before `end` too)
        const first = gap.scan && firstMatch(gap.scan, masked.text, after, end);
        if (first === undefined) {
          gap.rest.lastIndex = after;
          rest = gap.rest.exec(masked.text);
        } else rest = first;
        restAt = rest?.index ?? -1;
      }
      if (restAt < 0) break; // no rest after this placeholder, so none after a later one
      const m = gap.split && matchAcrossGap(masked, j, gap.split, rest!);
      if (m === null) continue;
      if (m) {
        re.lastIndex = m.index + m[0].length;
        return m;
      }
    }
    lead.re.lastIndex = pos;
    const m = lead.re.exec(masked.text);
    if (m) {
      re.lastIndex = lead.re.lastIndex;
      return m;
    }
  }
  re.lastIndex = 0;
  return null;
}

/**
 * The match of a pattern `{S}{_p}rest` at placeholder `j`, assembled from its parts (compile.ts `LeadGap.split`)
 * instead of running the whole regex, whose lazy gap tries the rest at every position the gap can end at, one unit
 * further each time (the rest's verb alternations and look-behinds at each). `rest` is the first match of the rest
 * after the placeholder: the rest matches at no position before it. Every unit of a gap is one way to read the text
 * where it starts, so the gap can end at the points of one chain of units from the slot's end, up to where the
 * greedy gap (`reach`) ends; the first of them where the rest matches is `rest`'s start, if it is one of them, and
 * the whole regex matches there as `rest` does (its look-behinds read the same text), its groups the slot's and
 * then the rest's. Null: no match at this placeholder (the slot does not match, or the gap cannot reach `rest`);
 * undefined: not known here (`rest` starts inside a unit the gap steps over), for the whole regex to tell.
 */
function matchAcrossGap(masked: Masked, j: number, split: NonNullable<LeadGap['split']>, rest: RegExpExecArray): RegExpExecArray | null | undefined {
  const { text, at } = masked;
  const { pos, end: after } = at[j]!;
  split.slot.lastIndex = pos;
  const slot = split.slot.exec(text);
  if (!slot) return null;
  if (split.slot.lastIndex !== after) return undefined;
  split.reach.lastIndex = after;
  const reach = after + split.reach.exec(text)![0].length;
  if (rest.index > reach) return null;
  if (!gapEndsAt(masked, j, rest.index)) return undefined;
  const m = [text.slice(pos, rest.index + rest[0].length), ...slot.slice(1), ...rest.slice(1)] as unknown as RegExpExecArray;
  m.index = pos;
  m.input = text;
  // (the groups in the order the whole regex has them, on an object with no prototype as a match's are)
  m.groups = slot.groups || rest.groups ? Object.assign(Object.create(null) as Record<string, string>, slot.groups, rest.groups) : undefined;
  return m;
}

/**
 * Whether a gap after placeholder `j` that reaches `p` can end at `p`: `p` is not inside a placeholder after `j`
 * (the gap steps over a whole one) nor between the two halves of a surrogate pair (a unit is a code point).
 */
function gapEndsAt(masked: Masked, j: number, p: number): boolean {
  const at = masked.at;
  for (let x = j + 1; x < at.length && at[x]!.pos < p; x++) if (p < at[x]!.end) return false;
  const hi = masked.text.charCodeAt(p - 1);
  const lo = masked.text.charCodeAt(p);
  return !(hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff);
}

/**
 * All relations the rules find in one masked sentence. `skip` names format
 * readers that have read this sentence: rules that yield to them do not run.
 */
/** A relative pronoun at most two words before the end of the text ("that killed", "who had attacked"). */
const RELATIVE_BEFORE = /(?<![\p{L}-])(?:that|which|who)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
/**
 * Whether a match's first verb opens a relative clause whose antecedent is not the match's first mention: a relative
 * pronoun right before the verb, with words other than a comma between the mention and the pronoun.
 */
function verbOfOtherRelative(match: string, verb: string, claim: RegExp): boolean {
  const close = match.indexOf(CLOSE);
  if (close < 0) return false;
  const at = match.indexOf(verb, close + 1);
  if (at < 0) return false;
  const rel = RELATIVE_BEFORE.exec(match.slice(close + 1, at));
  if (!rel) return false;
  const between = match.slice(close + 1, close + 1 + rel.index);
  // the mention's own phrase may end in a word or two ("ISIS fighters who attacked"), and the antecedent may be the
  // mention's own doing ("ISIL's attacks in X, which killed", "the regime ... its strikes that kill")
  // ... or an attack the mention claimed ("Al-Shabaab claimed an attack that killed")
  return !/^(?:\s+[\p{Ll}-]+){0,2}\s*,?\s*$/u.test(between) && !/^['’]s?\s|(?<![\p{L}])(?:its|their)\s/iu.test(between) && !claim.test(between);
}

/** Whether a rule's pattern asks for an active verb ({ACTIVE}). */
const activeRule = (rule: RelationRule): boolean => rule.pattern.includes('{ACTIVE}');
/** The words of a match's first verb slot that matched (v0, v1, ...: a pattern's alternatives leave the others unset). */
function firstVerb(g: Record<string, string | undefined>): string | undefined {
  for (let k = 0; ; k++) {
    if (!(`v${k}` in g)) return undefined;
    if (g[`v${k}`] !== undefined) return g[`v${k}`];
  }
}
/** Whether the match's first verb, after its first mention, is followed by "by": the agent of a passive participle. */
function agentAfterVerb(match: string, verb: string | undefined): boolean {
  if (verb === undefined) return false;
  const close = match.indexOf(CLOSE);
  const at = match.indexOf(verb, close + 1);
  return at >= 0 && /^\s+by\s/u.test(match.slice(at + verb.length, at + verb.length + 5));
}

/** Whether the mention a match opens with sits in an aside opened by an earlier comma and closed by one before the match's last mention. */
function closesAside(text: string, at: number, match: string): boolean {
  const close = match.indexOf(CLOSE);
  if (close < 0 || !match.slice(close + 1, match.lastIndexOf(OPEN)).includes(',')) return false;
  return ASIDE_OPENER.test(text.slice(Math.max(0, at - 60), at)) || ASIDE_AGENT_COORDINATED.test(text.slice(Math.max(0, at - 120), at));
}

/** Whether the lexicon puts `place` in `country` (Berlin in Germany): "Berlin, Germany" is one place, named twice. */
function liesIn(place: RawMention, country: RawMention, lex?: Lexicon): boolean {
  if (country.type !== 'country' || !country.canonical) return false;
  if (place.canonical) return lexiconEntry(place.canonical, lex)?.in === country.canonical;
  // (a lexicon place named with a region's head after it, "the Catatumbo region": that place's country)
  const { heads, places } = placesIn(lex);
  const bare = place.text.replace(/^the\s+/i, '').replace(heads, '').toLowerCase();
  return places.get(bare) === country.canonical;
}
/** The lexicon's places that lie in a country, by lower-case name, and a region's head words at a name's end. */
const placesIn = memoByLexicon((lex) => {
  const places = new Map<string, string>();
  for (const e of lex.entities) if (e.in !== undefined) for (const n of [e.label, ...e.aliases]) places.set(n.toLowerCase(), e.in);
  return { places, heads: new RegExp(`\\s+(?:${alternation(lex.words.placeHeads.region)})$`, 'i') };
});

/** Before a mention: "by", the agent of a passive participle or verb ("founded by X"). */
const AGENT_BEFORE = /(?<![\p{L}-])by\s+(?:the\s+)?$/iu;
/** "led by", "commanded by" (the verb class lead): the agent leads the doers. */
const ledBy = memoByLexicon((lex): RegExp => new RegExp(`(?<![\\p{L}-])(?:${alternation(classForms('lead', ['pp'], lex))})\\s+by\\s+(?:the\\s+)?$`, 'iu'));
/** A past participle right before "by ... " ("backed by", "led by", "held by", "driven out by"): a reduced relative's agent follows. */
const PARTICIPLE_BY = /(?<![\p{L}-])(?<!\b(?:is|are|was|were|be|been|being|get|gets|got)\s+(?:\p{Ll}+ly\s+)?)\p{Ll}+(?:ed|en|led|held|hit|shot|fought|sent|built|run|kept)(?:\s+(?:out|off|away|back|up|down))?\s+by\s+(?:the\s+)?$/u;
/** The edges a reduced relative's agent is kept out of as a subject: actions (an alliance or a place read from a compound stays). */
const ACTION_TYPES: ReadonlySet<string> = new Set(['attacks', 'captures', 'withdraws_from']);
/**
 * After a mention: "and" and a predicate, not another name: an auxiliary and its word ("and is active in"), or a
 * participle or verb in -ed, -en or -ing followed by a preposition, an article or a name ("and based in", "and stationed
 * at", "and launched an assault"); not "and allied groups in" (a participle before its noun) nor "and airstrikes".
 */
const AND_PREDICATE = /^\s*,?\s*and\s+(?:(?:is|are|was|were|has|have|had|remains?|remained)\s+(?:\p{L}+ly\s+)?\p{Ll}|(?:\p{L}+ly\s+)?\p{Ll}+(?:ed|en|ing)\s+(?:in|at|on|to|into|from|by|with|near|inside|across|throughout|the|an?|its|their|⟦))/iu;
/** Before a mention: a conjunction that joins it to the mention before it ("Iraq and Syria", "Iraq, Syria", "Sudan (mostly Darfur), and Yemen"). */
const JOINED_BEFORE = /^\s*(?:\)\s*|\([^()⟦⟧]*(?:⟦[^⟧]*⟧[^()⟦⟧]*)*\)\s*)?(?:,\s*)?(?:and|or)?\s*(?:the\s+)?$/i;
/** Before a mention: what may open a clause it is the subject of (punctuation, a conjunction); not a verb whose object it is ("reiterates UK support"). */
const CLAUSE_OPENS_BEFORE = /(?:^|[,;:*—–]\s*|(?<![\p{L}-])(?:and|but|while|as|when|after|before|then|where|because|since|until|once|so)\s+)(?:the\s+)?$/iu;
/**
 * Whether a country named between a match's first mention and its first verb is that verb's subject, nearer than the
 * mention, when it opens a clause: "After the Lebanon War, Israel attacked X" (Israel attacked, not Lebanon), "Six-Day
 * War; Egypt, Syria; * Israel captured X". A country after a verb (its object or a noun's modifier: "reiterates UK
 * support for Iraq in the fight against X"), after a preposition, joined to an object ("fighters from Iraq and Syria"), inside a
 * relative clause ("which Turkey ignored"), a possessor ("Iran's proxy"), the match's target or a conjunct of the
 * mention itself ("Russia, Iran and Hezbollah attacked X") is no other subject.
 */
function nearerCountrySubject(match: string, verb: string, target: number, mentions: readonly RawMention[]): boolean {
  const close = match.indexOf(CLOSE);
  if (close < 0) return false;
  const at = match.indexOf(verb, close + 1);
  if (at < 0) return false;
  const gap = match.slice(0, at);
  let objectBefore = false;
  // the mentions joined to the first one ("Russia, Iran and X"): conjuncts of the subject, not another subject
  let conjunct = true;
  let prevEnd = close + 1;
  for (const p of gap.slice(close + 1).matchAll(new RegExp(`${OPEN}(\\d+)\\|[^${CLOSE}]*${CLOSE}`, 'gu'))) {
    const start = close + 1 + p.index;
    const before = gap.slice(prevEnd, start);
    const joined = JOINED_BEFORE.test(before);
    const object: boolean = OBJECT_BEFORE.test(gap.slice(Math.max(0, start - 14), start)) || (objectBefore && joined);
    conjunct = conjunct && joined && !object;
    const end = start + p[0].length;
    const i = Number(p[1]);
    const m = mentions[i];
    if (
      i !== target &&
      m?.type === 'country' &&
      !object &&
      !conjunct &&
      CLAUSE_OPENS_BEFORE.test(gap.slice(Math.max(0, start - 30), start)) &&
      !/^['’]s?\s/u.test(gap.slice(end)) &&
      !/(?<![\p{L}-])(?:that|which|who|whom|whose)\b/iu.test(gap.slice(close + 1, start))
    )
      return true;
    objectBefore = object;
    prevEnd = end;
  }
  return false;
}

/**
 * A verb of accusing or reacting, another party (a mention, or words the generic actors read later: "Turkish-backed
 * factions"), then "of" or "for": what follows is that party's deed.
 */
const ACCUSED = memoByLexicon((lex: Lexicon) => {
  const verbs = `(?:${classAlternation('accuse', undefined, lex)}|${classAlternation('react', undefined, lex)})`;
  // (or the accuser right before the verb, its object the antecedent of a relative clause: "which X('s government) accuses
  // of"; not a passive, "X was accused of", whose subject is the accused)
  // (or a deed laid "on" or "to" another: "blamed the strike on X", "attributed the raid to X")
  return new RegExp(`(?<![\\p{L}])${verbs}\\s+(?:the\\s+)?(?:[\\w'’-]+\\s+){0,3}(?:⟦[^⟧]*⟧|[\\w'’-]+)\\s+(?:of|for)\\s|(?<![\\p{L}])${verbs}\\s+(?:the\\s+|an?\\s+)?(?:[\\w'’-]+\\s+){1,3}?(?:on|to)\\s|^(?:['’]s?)?\\s+(?:(?!(?:has|have|had|been|being|was|were|is|are|be|get|gets|got)\\s)[\\w-]+\\s+){0,2}?${verbs}\\s+(?:of|for)\\s`, 'iu');
});

/** A passive verb of accusing right before its agent: "was accused by", "were blamed by the" (text before the agent). */
const ACCUSED_BY = memoByLexicon((lex: Lexicon) => new RegExp(`(?<![\\p{L}])(?:${classAlternation('accuse', ['pp'], lex)})\\s+by\\s+(?:the\\s+)?$`, 'iu'));

/**
 * The relations the rules read in one masked sentence. `types`: only the rules of these relation types run (a second
 * reading that keeps only those; the attack rules also run for `allied_with`, whose co-belligerents they give).
 */
export function matchSentence(masked: Masked, s: Sentence, mentions: readonly RawMention[], lex?: Lexicon, skip?: ReadonlySet<string>, types?: ReadonlySet<string>): RawRelation[] {
  let out = matchMasked(masked, s, mentions, lex, skip, types);
  // a second reading without the aside after the opening subject ("The RSF, led by Gen. X, has been at war with the
  // army"): the subject's relations across it, those the first reading did not find
  const aside = withoutSubjectAside(masked, lex);
  if (aside) {
    // ... and what the first reading gave a party inside the aside towards one after it is the subject's to do
    // ("Malian troops, backed by Russia's Wagner Group, have fought JNIM": Wagner fought nobody here)
    const pos = new Map(masked.at.map((a) => [a.mention, a.pos]));
    const inside = (m: number) => { const p = pos.get(m); return p !== undefined && p >= aside.aside.start && p < aside.aside.end; };
    const after = (m: number) => (pos.get(m) ?? -1) >= aside.aside.end;
    out = out.filter((r) => !(inside(r.source) && after(r.target)));
    const seen = new Set(out.map((r) => `${r.type}|${r.source}|${r.target}`));
    for (const r of matchMasked(aside.masked, s, mentions, lex, skip, types)) {
      if (r.source !== aside.subject || seen.has(`${r.type}|${r.source}|${r.target}`)) continue;
      seen.add(`${r.type}|${r.source}|${r.target}`);
      out.push(r);
    }
  }
  return out;
}

/** Acts done to a party, whose target may be a person named with a country's titles. */
const DONE_TO_TYPES: ReadonlySet<string> = new Set(['attacks', 'captures']);
/** Between a country and a titled person it owns: its possessive or nothing ("Niger Interior Minister X"), then the titles. */
const OWNER_BETWEEN = /^(?:['’]s?)?\s+(?:[\p{L}.-]+\s+){1,6}$/u;

/**
 * The titled person a country target owns ("the killing of Iran's General X", "abducted Niger Interior Minister X"):
 * the act is done to the person; the title rules read the country (leads-country-title, member-country-title).
 */
function ownedPerson(t: number, s: Sentence, mentions: readonly RawMention[]): number | undefined {
  const c = mentions[t];
  const p = mentions[t + 1];
  if (!c || !p || c.type !== 'country' || p.type !== 'person' || !p.titles?.length || p.end > s.end) return undefined;
  return OWNER_BETWEEN.test(s.text.slice(c.end - s.start, p.start - s.start)) ? t + 1 : undefined;
}

function matchMasked(masked: Masked, s: Sentence, mentions: readonly RawMention[], lex?: Lexicon, skip?: ReadonlySet<string>, types?: ReadonlySet<string>): RawRelation[] {
  const { NEG, HEDGE, SPEECH, COORD, CLAIM, REACT, TOPIC, MANDATE, STOPPING, SPOKEN_AGAINST, EVENT_NAME_AFTER, EVENT_NAME_OWN } = cues(lex);
  const PAST_VERB_BEFORE = pastVerbBefore(lex);
  // a mention inside or of a conflict's name ("the 2006 Lebanon War") acts in nothing
  const eventNamed = (pos: number, mention: number): boolean => EVENT_NAME_OWN.test(mentions[mention]!.text) || EVENT_NAME_AFTER.test(masked.text.slice(masked.text.indexOf(CLOSE, pos) + 1));
  const out: RawRelation[] = [];
  const rules = compiledRules(lex);
  // which rules' cues the sentence meets, in one scan (read before the next sentence's scan)
  const cued = compiledCues(lex).rules(s.text);
  // the kinds of the sentence's mentions, for the rules' slot pre-test (slots.ts); undefined: no pre-test
  const kinds = sentenceKinds(masked);
  // where each rule's last cue word ends in the masked sentence (undefined: not known; -1: the rule has no cue)
  const ends = kinds ? compiledCues(lex).ends(masked.text) : undefined;
  for (let k = 0; k < rules.length; k++) {
    // (the cue test first: it drops two rules in three, read from a typed array before anything of the rule)
    if (!cued[k]) continue;
    const { rule, re, slots, lead, scan } = rules[k]!;
    if (skip && rule.yieldsTo?.some((f) => skip.has(f))) continue;
    if (types && !types.has(rule.type) && !(rule.type === 'attacks' && types.has('allied_with'))) continue;
    if (kinds && !slotsFillable(slots, kinds)) continue;
    const end = ends ? ends[k]! : -1;
    if (end === 0) continue; // no cue word in the masked sentence: no match
    re.lastIndex = 0;
    for (let m = nextMatch(re, lead, masked, kinds, end, scan); m; m = nextMatch(re, lead, masked, kinds, end, scan)) {
      // (a rule whose target may be a speaker reads no match a speech verb follows: "Rebels shell X, Chad says")
      if (rule.notSpeaker && SPEECH.test(masked.text.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
      const g = m.groups ?? {};
      const t0 = Number(g.t);
      // (a titled person a country owns, or one named in apposition to a role's phrase: coref/apposed-person.ts)
      const t = DONE_TO_TYPES.has(rule.type) ? (ownedPerson(t0, s, mentions) ?? apposedPerson(s.text, s.start, mentions, t0, lex ?? defaultLexicon()) ?? t0) : t0;
      let src: number | undefined = g.s !== undefined ? Number(g.s) : undefined;
      let inferred = false;
      let spanStart = m.index;
      if (rule.source === 'subject') {
        // the nearest fitting mention before the trigger (its subject, in news prose)
        const sourceKinds = rule.sourceKinds?.join(',');
        // (the filter reads consts of this block, not `rule` nor `m`: a closure over the loops' own variables would make
        // a context for every rule tried on every sentence, some 180 MB of garbage a pass over wiki-syria)
        const trigger = m.index;
        const actorSource = ACTOR_SOURCE_TYPES.has(rule.type);
        const fits = [...masked.at].reverse().filter(
          (a) => a.pos < trigger && kindOk(sourceKinds, mentions[a.mention]!) && !mentions[a.mention]!.anaphor && (!OBJECT_BEFORE.test(masked.text.slice(Math.max(0, a.pos - 12), a.pos)) || MEN_OF_OPENER.test(masked.text.slice(0, a.pos))) && !PAST_VERB_BEFORE.test(masked.text.slice(Math.max(0, a.pos - 24), a.pos)) && !HYPHEN_AFTER.test(masked.text.slice(a.end, a.end + 2)) && !(actorSource && eventNamed(a.pos, a.mention)),
        );
        let cand = fits.find((a) => mentions[a.mention]!.kind !== 'place' || mentions[a.mention]!.type === 'country') ?? fits[0];
        // "... to continue discussions on our efforts to defeat X": a first-person possessive on the trigger's noun says
        // whose it is, the speaker's: only a first-person mention ("we") is its doer
        if (cand && FIRST_PERSON_POSSESSIVE_BEFORE.test(masked.text.slice(Math.max(0, m.index - 40), m.index)) && !FIRST_PERSON.test(mentions[cand.mention]!.text)) cand = undefined;
        if (!cand) continue;
        src = cand.mention;
        inferred = true;
        spanStart = cand.pos;
      }
      if (src === undefined || Number.isNaN(t) || src === t) continue;
      // (a country that sends troops to a place inside it is not there itself: types.ts sendsForces; a host in its own
      // capital stays)
      if (rule.sendsForces && liesIn(mentions[t]!, mentions[src]!, lex)) continue;
      if (rule.unitsDiffer && lastWordLower(mentions[src]!.text) === lastWordLower(mentions[t]!.text)) continue;
      // a participle after a comma has the main clause's subject, never a preposition's object before the comma ("shelled
      // a camp for displaced people on Monday, killing 40 civilians": the displaced killed no one)
      if (!inferred && participleOfObject(masked, src, t, lex)) {
        re.lastIndex = m.index + 1;
        continue;
      }
      if (!inferred && ACTOR_SOURCE_TYPES.has(rule.type)) {
        const at = masked.at.find((a) => a.mention === src);
        // (nor a source that makes a compound with a participle after it: it modifies the noun that follows, "Iran-aligned
        // factions shelled X": the factions did; unless the rule reads the compound itself, "Iran-backed X": allied-hyphen-backed)
        // (nor, where the match opens with it, the object of a verb of doing right before it: "they have overrun police
        // stations and taken X")
        if (at && (eventNamed(at.pos, src) || (at.pos === m.index && doneVerbBefore(lex).test(masked.text.slice(Math.max(0, at.pos - 24), at.pos))) || (at.pos < m.index + m[0].length && !HYPHEN_RULE.test(rule.pattern) && COMPOUND_PARTICIPLE_AFTER.test(masked.text.slice(at.end, at.end + 24))))) {
          re.lastIndex = m.index + 1;
          continue;
        }
      }
      // a place after a preposition is where, not who: "In Chad, rebels attacked the troops" is no attack by Chad (the
      // rebels are a generic actor, found after the rules)
      // (so is a place that a located_in rule reads as the doer of its verb: "four jets from a base in Cyprus carried out
      // strikes in Syria")
      const doerVerb = Object.keys(g).some((k) => /^v\d+$/.test(k) && g[k] !== undefined);
      if (!inferred && (ACTOR_SOURCE_TYPES.has(rule.type) || (rule.type === 'located_in' && doerVerb)) && mentions[src]!.kind === 'place') {
        const at = masked.at.find((a) => a.mention === src);
        const k = masked.at.findIndex((a) => a.mention === src);
        const prev = k > 0 ? masked.at[k - 1]! : undefined;
        // (not a place that makes a compound with a participle after it: "a commander in the Turkey-backed X" is Turkey's doing)
        const where =
          (at && WHERE_BEFORE.test(masked.text.slice(Math.max(0, at.pos - 32), at.pos)) && !HYPHEN_AFTER.test(masked.text.slice(at.end, at.end + 2))) ||
          // "fighters in Raqqa, Syria attacked X": the country after a place that lies in it names where that place is
          (prev && at && /^⟦[^⟧]*⟧\s*,\s*$/u.test(masked.text.slice(prev.pos, at.pos)) && liesIn(mentions[prev.mention]!, mentions[src]!, lex) && WHERE_BEFORE.test(masked.text.slice(Math.max(0, prev.pos - 32), prev.pos)));
        if (where) {
          // (a later match may start at the next mention: "in Libya, Egypt conducted strikes ...")
          if (rule.type === 'located_in') re.lastIndex = m.index + 1;
          continue;
        }
      }
      // "Hamas accused Israel of targeting civilians", "X condemned Y for shelling Z": the doer is the one accused, never
      // the accuser (verb classes accuse, react), also where the accused is a relative clause's antecedent ("Z, which X
      // accuses of arming Y")
      if (ACTOR_SOURCE_TYPES.has(rule.type)) {
        const at = masked.at.find((a) => a.mention === src);
        // (nor the agent of a passive accusation: "X was accused by Y of striking Z" is X's deed)
        const accuserBy = at && /^\s*,?\s+(?:of|for)\s/u.test(masked.text.slice(at.end, at.end + 8)) && ACCUSED_BY(lex).test(masked.text.slice(Math.max(0, at.pos - 48), at.pos));
        if (at && (accuserBy || ACCUSED(lex).test(masked.text.slice(at.end, Math.max(at.end, m.index + m[0].length))))) {
          re.lastIndex = m.index + 1;
          continue;
        }
      }
      // "attacks on US troops, including a raid on a base that killed three soldiers": the verb is a relative clause's
      // on another antecedent, not the subject's
      if (!inferred && ACTOR_SOURCE_TYPES.has(rule.type) && g.s !== undefined && g.v0 !== undefined && verbOfOtherRelative(m[0], g.v0, CLAIM)) continue;
      // "Civilians driven out by X fled to Y": a verb its agent's "by" follows is a passive participle (a reduced relative),
      // whatever its tense looks like, so the mention before it did not do it (a rule that asks for the active: {ACTIVE})
      if (g.s !== undefined && activeRule(rule) && agentAfterVerb(m[0], firstVerb(g))) continue;
      // "After the Lebanon War, Israel attacked X": a country between the mention and the verb is the verb's subject
      // (a later match may start at that country: the search goes on from the next position)
      if (!inferred && BACK_COORD_TYPES.has(rule.type) && g.s !== undefined && m.index === masked.at.find((a) => a.mention === src)?.pos) {
        const verb = Object.keys(g).filter((k) => /^v\d+$/.test(k) && g[k] !== undefined).sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)))[0];
        // "founded by X and headquartered in Y", "backed by X and stationed in Y attacked Z": the agent of a passive is no
        // subject of a predicate coordinated after it, nor of the verb after that (coordinated predicates share the subject
        // before them); a doer named by "by" right before a verb is left alone ("a raid by the YPG captured X"), and so is
        // "by X and airstrikes struck Y" (a coordinated name)
        const byAgent = AGENT_BEFORE.test(masked.text.slice(Math.max(0, m.index - 12), m.index));
        // ... nor of the verb after a reduced relative ("M23 rebels backed by Rwanda seized the airport": the rebels did),
        // unless "by" names the doer of an attack or a claim ("an attack claimed by X killed ...")
        const before = masked.text.slice(Math.max(0, m.index - 40), m.index);
        // (where the agent is, it is: "the last town held by ISIL in Hasakah" puts ISIL in Hasakah)
        // (nor who leads those who did it: "rebels led by the Nusra Front captured Raqqa" is the Nusra Front's doing too)
        const agent = byAgent && (AND_PREDICATE.test(m[0].slice(m[0].indexOf(CLOSE) + 1)) || ((ACTION_TYPES.has(rule.type) || rule.motion) && PARTICIPLE_BY.test(before) && !attackAgent(lex).test(before) && !ledBy(lex).test(before)));
        if (agent || (verb && nearerCountrySubject(m[0], g[verb]!, t, mentions))) {
          re.lastIndex = m.index + 1;
          continue;
        }
      }
      // "The army, led by Y, withdrew from X": Y is in an aside (an aside's words before it, its closing comma after), no subject
      if (!inferred && ACTOR_SOURCE_TYPES.has(rule.type) && g.s !== undefined && m.index === masked.at.find((a) => a.mention === src)?.pos && closesAside(masked.text, m.index, m[0])) continue;
      const span = masked.text.slice(spanStart, m.index + m[0].length);
      // "Kenya condemned the attacks on the convoy": an attack named as a noun after a verb of reacting is another's
      if (rule.type === 'attacks' && !Object.keys(g).some((k) => /^v\d+$/.test(k) && g[k] !== undefined) && (REACT.test(span) || TOPIC.test(span))) continue;
      if (NEG.test(span)) continue;
      if (rule.type === 'attacks') {
        const tAt = masked.at.find((x) => x.mention === t)?.pos;
        if (tAt !== undefined && SPOKEN_AGAINST.test(masked.text.slice(Math.max(0, tAt - 40), tAt))) continue;
      }
      if (ACTION_TYPES.has(rule.type) && MANDATE.test(masked.text.slice(Math.max(0, spanStart - 100), spanStart)) && !STOPPING.test(span)) continue;
      // "Cook said the campaign against ISIL": the speaker is not the actor of what he reports (the rule's own verb may be
      // one of speech: "announced an alliance with X", lexicon class sign)
      if (rule.type !== 'reports' && SPEECH.test(withoutVerbs(span, g))) continue;
      if (/[“”"]/.test(span)) continue; // never across a quotation mark
      // "targeting displaced people in the camps for recruitment" is not an attack
      if (rule.type === 'attacks' && NOT_AN_ATTACK.test(masked.text.slice(m.index + m[0].length, m.index + m[0].length + 90))) continue;
      const hedged = HEDGE.test(span);
      const base = {
        sentence: s.text,
        start: s.start,
        end: s.end,
        rule: rule.reason,
      };
      // (push reads the rule's type and confidence from these consts, not from `rule`: a closure over the rules loop's own
      // variable would make a context for every rule tried on every sentence)
      const ruleType = rule.type;
      const ruleConfidence = rule.confidence;
      const push = (target: number, q: number | undefined, coord: boolean, source = src!): void => {
        const a = mentions[source]!;
        const b = mentions[target]!;
        const distance = Math.max(0, Math.max(a.start, b.start) - Math.min(a.end, b.end));
        const ev = {
          ...base,
          confidence: scoreConfidence(ruleConfidence, { hedged, distance, inferred: inferred || coord }),
          ...(hedged ? { hedged: true } : {}),
          ...(q !== undefined ? { quantity: q } : {}),
        };
        out.push({ type: ruleType, source, target, evidence: ev });
      };
      push(t, quantity(g.n), false);
      if ((BACK_COORD_TYPES.has(rule.type) || (rule.type === 'member_of' && subjectOfVerb(masked, src!))) && rule.coord !== 'source') {
        // "Royal Air Force and other Coalition forces provided air support for ...": every conjunct acts
        const co = coordinatedBefore(masked, src, mentions);
        for (const c of co) if (c !== t) push(t, quantity(g.n), true, c);
        if (rule.type === 'attacks' && mentions[src]!.type !== 'person' && !(lex && contestIn(m[0], lex))) {
          // co-belligerents against one enemy, in one clause, are allies (groups and states, not people)
          // (not parties fighting for what two sides fight over: "troops and rebels fought for control of the town" fight
          // each other)
          const side = [src, ...co];
          for (let a = 0; a < side.length; a++) {
            for (let b = a + 1; b < side.length; b++) {
              const x = mentions[side[a]!]!;
              const y = mentions[side[b]!]!;
              const distance = Math.max(0, Math.max(x.start, y.start) - Math.min(x.end, y.end));
              out.push({
                type: 'allied_with',
                source: side[b]!,
                target: side[a]!,
                evidence: { ...base, rule: CO_BELLIGERENTS.reason, confidence: scoreConfidence(CO_BELLIGERENTS.confidence, { hedged, distance }) },
              });
            }
          }
        }
      }
      if (rule.coord) {
        let rest = masked.text.slice(m.index + m[0].length);
        let last = mentions[rule.coord === 'source' ? src! : t]!;
        const kinds = rule.coord === 'source' ? /\{S:([\w,-]+)\}/.exec(rule.pattern)?.[1] : targetKinds(rule);
        for (let c = COORD.exec(rest); c; c = COORD.exec(rest)) {
          const ti = Number(c.groups!.t);
          const a = mentions[ti]!;
          const b = mentions[rule.coord === 'source' ? src! : t]!;
          // the same kind of party: places with places, groups with groups (a country acting counts as both)
          const sameKind = a.kind === b.kind || (rule.type !== 'located_in' && [a, b].every((x) => x.kind !== 'place' || x.type === 'country'));
          if (!kindOk(kinds, a) || !sameKind || (a.type === 'person') !== (b.type === 'person')) break;
          if (SPEECH.test(rest.slice(c[0].length, c[0].length + 12))) break; // "..., Davis said
          // "to Berlin, Germany (and Rome)": a country after a comma, where the place before it lies, is an apposition, not a
          // conjunct: passed over
          const joint = c[0].slice(0, c[0].indexOf(OPEN));
          if (joint.includes(',') && !/\b(?:and|or)\b/iu.test(joint) && liesIn(last, a, lex)) {
            rest = rest.slice(c[0].length);
            continue;
          }
          last = a;
          if (rule.coord === 'source') push(t, undefined, true, ti);
          else push(ti, quantity(c.groups!.n), true);
          rest = rest.slice(c[0].length);
        }
      }
      if (m[0].length === 0) re.lastIndex++;
      else re.lastIndex = m.index + 1; // allow overlapping matches with a later source
    }
  }
  return out;
}

/** A match's text with its verb slots' words ({V:...}, groups v0, v1, ...) blanked: what the rest of the match says. */
function withoutVerbs(span: string, groups: Record<string, string | undefined>): string {
  let out = span;
  for (const [k, v] of Object.entries(groups)) if (v && /^v\d+$/.test(k)) out = out.replace(v, ' '.repeat(v.length));
  return out;
}
