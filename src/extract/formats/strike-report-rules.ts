/**
 * Strike-report rules, as data.
 *
 * Military press releases (CENTCOM, CJTF-OIR, ministries of defence) list
 * strikes one location per line, under a frame sentence that names who
 * struck whom:
 *
 *   Coalition military forces conducted 23 strikes against ISIL terrorists.
 *   Near Mosul, three strikes engaged three ISIL tactical units and destroyed two vehicles.
 *
 * The line names neither side: the attacker is the frame's subject and the
 * target is the frame's enemy (or the group named inside a target, "ISIL-held
 * building"). The evidence ends of these rules are therefore *descriptions*,
 * not names: the source end is the strikes ("three strikes"), the target end
 * the thing hit ("two vehicles", with its count). See strike-report.ts.
 */
import type { RelationType } from '../../types.ts';
import { memoByLexicon } from '../lexicon/index.ts';
import { classAlternation } from '../lexicon/verbs.ts';

export interface ReportRule {
  reason: string;
  type: RelationType;
  example: string;
  confidence: number;
}

/** The verbs of strike reports (lexicon verb classes `strike-frame`, `strike-effect`, `report-speech`), in the past tense: reports are. */
export const strikeVocabulary = memoByLexicon((lex) => ({
  /** "X conducted 23 strikes ... against Y": who strikes whom, for the lines that follow. */
  frameVerb: new RegExp(
    `\\b(?:${classAlternation('strike-frame', ['past'], lex)})\\s+(?:a\\s+total\\s+of\\s+|more\\s+than\\s+|over\\s+|some\\s+)?(?:\\d[\\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens\\s+of|several)?\\s*(?:[\\w-]+\\s+){0,2}?(?:air\\s*strikes|strikes|airstrikes|strike|airstrike|sorties|raids)\\b`,
    'i',
  ),
  /** A frame's verb right before the strikes it counts ("conducted 23 strikes"). */
  frameBefore: new RegExp(`\\b(?:${classAlternation('strike-frame', ['past'], lex)})\\s*$`, 'i'),
  /** The effect verbs of a strike line; each opens a list of things hit. */
  effect: new RegExp(`\\b(?:and\\s+)?(${classAlternation('strike-effect', ['past'], lex)})\\s+`, 'giu'),
  /** Where a list of things hit ends: an attribution (", Cook said") or a relative clause ("that had departed ..."). */
  listStop: new RegExp(`,\\s+[^,]{0,80}?\\b(?:${classAlternation('report-speech', ['past'], lex)}|${classAlternation('say', ['s'], lex)})\\b|\\s(?:that|which|who)\\s`, 'iu'),
  numberWords: lex.words.numberWords,
}));

/** "X conducted 23 strikes ... against Y": who strikes whom, for the lines that follow. */
export const FRAME = {
  against: /\bagainst\s+(?:the\s+)?$/i,
  /** "using attack, bomber, fighter and remotely piloted aircraft": the platforms that struck. */
  using: /\busing\s+((?:[\w-]+,?\s+){0,10}?(?:aircraft|artillery|drones|helicopters|jets|bombers|fighters|missiles|rockets))\b/i,
} as const;

/** Words that head a strike line: "Near Mosul, three strikes ...". */
export const LINE =
  /^[\s.•·*–-]*(?:Near|In|At|Around|Outside|West\s+of|East\s+of|North\s+of|South\s+of|Northwest\s+of|Northeast\s+of|Southwest\s+of|Southeast\s+of)\s+(?<place>[^,;]{2,60}?),\s+(?<strikes>(?:\d[\d,]*|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\s+(?:[\w-]+\s+)?(?:air\s*strikes?|airstrikes?|strikes?))\s+(?<rest>.+)$/diu;

export const REPORT_RULES = {
  attacks: {
    reason: 'attacks-strike-report',
    type: 'attacks',
    example: 'Near Mosul, three strikes engaged three ISIL tactical units and destroyed two vehicles.',
    confidence: 0.75,
  },
  located: {
    reason: 'located-strike-report',
    type: 'located_in',
    example: 'Near Mosul, three strikes engaged three ISIL tactical units and destroyed two vehicles.',
    confidence: 0.75,
  },
} as const satisfies Record<string, ReportRule>;

/** Strikes named in a sentence: "A series of precision U.S. airstrikes", "These strikes", "the coalition's four airstrikes". */
export const STRIKES_NP =
  /(?<![\p{L}-])(?:(?:these|the|those|such|its|their)\s+|(?:\d{1,3}(?:,\d{3})+|\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+)?(?:(?![a-z]+ed\s|[a-z]+ing\s)[\p{L}\d.’'-]+\s+){0,4}?(?:air\s*strikes?|airstrikes?|strikes?)(?![\p{L}-])/giu;

/** The same two rules for strike sentences outside the lines (see STRIKES_NP). */
export const SENTENCE_RULES = {
  attacks: {
    reason: 'attacks-strike-sentence',
    type: 'attacks',
    example: 'A series of U.S. airstrikes against al-Qaida operatives in Idlib province killed more than 20 militants and destroyed eight vehicles.',
    confidence: 0.75,
  },
  located: {
    reason: 'located-strike-sentence',
    type: 'located_in',
    example: 'A series of U.S. airstrikes against al-Qaida operatives in Idlib province killed more than 20 militants and destroyed eight vehicles.',
    confidence: 0.7,
  },
} as const satisfies Record<string, ReportRule>;

/** What a frame sentence says by itself: with what the strikes were made. */
export const FRAME_RULES = {
  attacks: {
    reason: 'attacks-strike-frame',
    type: 'attacks',
    example: 'In Syria, Coalition military forces conducted 15 strikes using attack, bomber, fighter and remotely piloted aircraft against ISIL targets.',
    confidence: 0.75,
  },
} as const satisfies Record<string, ReportRule>;
