/**
 * FORMAT READER: military unit designations. Reads the naming convention of
 * armed forces' releases (casualty and deployment notices), not English in
 * general: "2nd Battalion, 5th Special Forces Group" names a battalion of the
 * group. Two force mentions joined by a comma, each ending in an echelon
 * (lexicon words.json `unitEchelons`, smallest first), the first smaller than
 * the second, give `member_of` (smaller -> larger); so do troops "from" a
 * unit ("Airmen from the 507th Air Refueling Wing").
 *
 * Detector: some force mention of the document ends in an echelon word
 * (`looksLikeUnitDesignations`); no rule here can fire without one.
 */
import { memoByLexicon, type Lexicon } from '../lexicon/index.ts';
import { scoreConfidence } from '../confidence.ts';
import type { Sentence } from '../text/sentences.ts';
import type { RawMention, RawRelation } from '../types.ts';

export const FROM_UNIT_RULE = {
  reason: 'member-from-unit',
  type: 'member_of',
  example: 'Ninety-Four Citizen Airmen from the 507th Air Refueling Wing departed for Incirlik Air Base.',
  confidence: 0.7,
} as const;

/** "Airmen from the 507th Air Refueling Wing", "300 Airmen, deployed from the 158th Fighter Wing". */
const FROM = /^\s*,?\s*(?:(?:deployed|visiting|drawn|detached|coming)\s+)?from\s+(?:the\s+)?$/i;

export const UNIT_RULE = {
  reason: 'member-unit-of-unit',
  type: 'member_of',
  example: 'Booker was assigned to 2nd Battalion, 5th Special Forces Group.',
  confidence: 0.8,
} as const;

/** Echelon word (lower case) -> its rank, smallest first. */
const ranks = memoByLexicon((lex): ReadonlyMap<string, number> => new Map(lex.words.unitEchelons.map((e, i) => [e.toLowerCase(), i])));

/** The rank of the echelon a unit's name ends with, if any ("321st Field Artillery Regiment" -> Regiment). */
function echelonRank(name: string, rank: ReadonlyMap<string, number>): number | undefined {
  // the letters that end the name lie after its last space: the regex reads only that word (on the whole name it
  // tried every position)
  const space = name.lastIndexOf(' ');
  const last = /(\p{L}+)$/u.exec(space < 0 ? name : name.slice(space + 1))?.[1]?.toLowerCase();
  return last === undefined ? undefined : rank.get(last);
}

/** The cheap detector: a force mention whose name ends in an echelon ("5th Special Forces Group"). */
export function looksLikeUnitDesignations(mentions: readonly RawMention[], lex?: Lexicon): boolean {
  const rank = ranks(lex);
  return mentions.some((m) => m.kind === 'force' && echelonRank(m.text, rank) !== undefined);
}

/** Which rule, if any, reads the adjacent mentions `a`, `b` as a member and its unit. */
function unitRule(text: string, a: RawMention, b: RawMention, rank: ReadonlyMap<string, number>): typeof UNIT_RULE | typeof FROM_UNIT_RULE | undefined {
  const between = text.slice(a.end, b.start);
  const rb = b.kind === 'force' ? echelonRank(b.text, rank) : undefined;
  if (rb === undefined) return undefined;
  if ((a.kind === 'force' || a.kind === 'actor') && a.type !== 'media' && !a.anaphor && FROM.test(between)) return FROM_UNIT_RULE;
  const ra = a.kind === 'force' ? echelonRank(a.text, rank) : undefined;
  return ra !== undefined && ra < rb && /^\s*,\s*$/.test(between) ? UNIT_RULE : undefined;
}

export function unitHierarchy(
  text: string,
  sentences: readonly Sentence[],
  mentions: readonly RawMention[],
  ranges: ReadonlyArray<readonly [number, number]>,
  lex?: Lexicon,
): RawRelation[] {
  const rank = ranks(lex);
  const out: RawRelation[] = [];
  sentences.forEach((s, k) => {
    const [first, last] = ranges[k]!;
    for (let i = first; i + 1 < last; i++) {
      const rule = unitRule(text, mentions[i]!, mentions[i + 1]!, rank);
      if (!rule) continue;
      out.push({
        type: rule.type,
        source: i,
        target: i + 1,
        evidence: { sentence: s.text, start: s.start, end: s.end, rule: rule.reason, confidence: scoreConfidence(rule.confidence, {}) },
      });
    }
  });
  return out;
}
