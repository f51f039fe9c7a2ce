/**
 * Military unit hierarchy: "2nd Battalion, 5th Special Forces Group" names a
 * battalion of the group. Two force mentions joined by a comma, each ending
 * in an echelon (lexicons/words.json `unitEchelons`, smallest first), the
 * first smaller than the second, give `member_of` (smaller -> larger); so do
 * troops "from" a unit ("Airmen from the 507th Air Refueling Wing").
 */
import { WORDS } from './lexicon.ts';
import { scoreConfidence } from './confidence.ts';
import type { Sentence } from './text.ts';
import type { RawMention, RawRelation } from './types.ts';

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

const RANK = new Map(WORDS.unitEchelons.map((e, i) => [e.toLowerCase(), i]));

/** The rank of the echelon a unit's name ends with, if any ("321st Field Artillery Regiment" -> Regiment). */
export function echelonRank(name: string): number | undefined {
  const last = /(\p{L}+)$/u.exec(name)?.[1]?.toLowerCase();
  return last === undefined ? undefined : RANK.get(last);
}

export function unitHierarchy(text: string, sentences: readonly Sentence[], mentions: readonly RawMention[]): RawRelation[] {
  const out: RawRelation[] = [];
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i]!;
    const b = mentions[i + 1]!;
    if ((a.kind === 'force' || a.kind === 'actor') && a.type !== 'media' && !a.anaphor && b.kind === 'force' && echelonRank(b.text) !== undefined && FROM.test(text.slice(a.end, b.start))) {
      const s = sentences.find((x) => x.start <= a.start && b.end <= x.end);
      if (s) {
        out.push({
          type: FROM_UNIT_RULE.type,
          source: i,
          target: i + 1,
          evidence: { sentence: s.text, start: s.start, end: s.end, rule: FROM_UNIT_RULE.reason, confidence: scoreConfidence(FROM_UNIT_RULE.confidence, {}) },
        });
      }
      continue;
    }
    if (a.kind !== 'force' || b.kind !== 'force' || !/^\s*,\s*$/.test(text.slice(a.end, b.start))) continue;
    const ra = echelonRank(a.text);
    const rb = echelonRank(b.text);
    if (ra === undefined || rb === undefined || ra >= rb) continue;
    const s = sentences.find((x) => x.start <= a.start && b.end <= x.end);
    if (!s) continue;
    out.push({
      type: UNIT_RULE.type,
      source: i,
      target: i + 1,
      evidence: { sentence: s.text, start: s.start, end: s.end, rule: UNIT_RULE.reason, confidence: scoreConfidence(UNIT_RULE.confidence, {}) },
    });
  }
  return out;
}
