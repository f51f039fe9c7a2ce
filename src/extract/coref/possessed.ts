/**
 * A group named right after a possessive pronoun that coreference resolved to another group is part of it ("The Tarvan
 * Front said its elite Kessar Brigades had taken Faya": the Brigades are the Front's), as after a name's possessive
 * (rules/membership.ts `member-group-possessive`). A pattern cannot read it: its only words are the pronoun, which the
 * mask turns into a placeholder, so no cue could pre-test it (rules/cue.ts).
 */
import type { RawMention, RawRelation } from '../types.ts';
import type { Sentence } from '../text/sentences.ts';

export const POSSESSED_GROUP = {
  reason: 'member-pronoun-possessive',
  example: 'The Tarvan Front said on Monday that its elite Kessar Brigades had taken Faya.',
  expect: 'Kessar Brigades member_of Tarvan Front',
  confidence: 0.65,
} as const;

const POSSESSIVE = /^(?:its|their)$/i;
/** Between the pronoun and the group's name: spaces, maybe "own", "elite" or "main". */
const BETWEEN = /^\s+(?:(?:own|elite|main)\s+)?$/i;
/**
 * Not a name that is the head of a phrase of "of", "for", "to" or "against" ("a leader of its elite Radwan Force" leads
 * the force); "carried out by its Kessar Brigade", "fighters from its Radwan Force" are its parts.
 */
const PREPOSITION_BEFORE = /(?:^|\s)(?:of|for|to|against)\s+$/i;
const GROUPS = new Set(['armed_group', 'force']);
const OWNERS = new Set(['armed_group', 'force', 'government']);

/** member_of relations from each sentence's [first, last) mentions (sorted by start). */
export function possessedGroups(text: string, sentences: readonly Sentence[], ranges: ReadonlyArray<readonly [number, number]>, mentions: readonly RawMention[]): RawRelation[] {
  const out: RawRelation[] = [];
  sentences.forEach((s, k) => {
    const [first, last] = ranges[k]!;
    for (let i = first; i + 1 < last; i++) {
      const p = mentions[i]!;
      if (p.via !== 'pronoun' || !POSSESSIVE.test(p.text) || !OWNERS.has(p.type)) continue;
      const g = mentions[i + 1]!;
      // (a name of two words or more: one capitalised word is as often a people or an agent, "their Peshmerga")
      if (!GROUPS.has(g.type) || g.via || g.anaphor || !/\s/.test(g.text) || (p.canonical !== undefined && p.canonical === g.canonical)) continue;
      if (!BETWEEN.test(text.slice(p.end, g.start)) || PREPOSITION_BEFORE.test(text.slice(Math.max(s.start, p.start - 12), p.start))) continue;
      out.push({ type: 'member_of', source: i + 1, target: i, evidence: { sentence: s.text, start: s.start, end: s.end, rule: POSSESSED_GROUP.reason, confidence: POSSESSED_GROUP.confidence } });
    }
  });
  return out;
}
