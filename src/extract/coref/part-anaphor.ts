/**
 * A group told of before and named again as a part of another group ("JNIM ... The al-Qaeda affiliate claimed the
 * attack": the part noun after a group's name, an anaphor of its own, mentions/patterns.ts) is a member of that group.
 * A pattern cannot read it: the anaphor's only word is the part noun inside its placeholder, so no cue could pre-test it
 * (rules/cue.ts); the anaphor's antecedent is found later (resolve/article-cluster.ts), and the relation goes with it.
 */
import type { RawMention, RawRelation } from '../types.ts';
import type { Sentence } from '../text/sentences.ts';
import { memoByLexicon, type Lexicon } from '../lexicon/index.ts';

export const PART_ANAPHOR_MEMBER = {
  reason: 'member-part-anaphor',
  example: 'The Tarvan Front shelled Faya overnight. The Islamic State affiliate later claimed the raid.',
  expect: 'affiliate member_of Islamic State',
  confidence: 0.65,
} as const;

/** The lexicon's part nouns of such anaphors ("affiliate", "branch"), lower case. */
const partNouns = memoByLexicon((lex): ReadonlySet<string> => new Set(lex.words.anaphorPartNouns.map((w) => w.toLowerCase())));
/** What has affiliates and branches: a group, not a state's forces or government. */
const GROUPS = new Set(['armed_group', 'organization']);

/** member_of relations from each sentence's [first, last) mentions (sorted by start). */
export function partAnaphors(text: string, sentences: readonly Sentence[], ranges: ReadonlyArray<readonly [number, number]>, mentions: readonly RawMention[], lex: Lexicon): RawRelation[] {
  const out: RawRelation[] = [];
  const parts = partNouns(lex);
  sentences.forEach((s, k) => {
    const [first, last] = ranges[k]!;
    for (let i = first + 1; i < last; i++) {
      const a = mentions[i]!;
      if (!a.anaphor || !parts.has(a.text.toLowerCase())) continue;
      // the group's name right before the part noun, spaces only between
      const g = mentions[i - 1]!;
      if (!GROUPS.has(g.type) || g.anaphor || g.via || !/^[ \t]+$/.test(text.slice(g.end, a.start))) continue;
      out.push({ type: 'member_of', source: i, target: i - 1, evidence: { sentence: s.text, start: s.start, end: s.end, rule: PART_ANAPHOR_MEMBER.reason, confidence: PART_ANAPHOR_MEMBER.confidence } });
    }
  });
  return out;
}
