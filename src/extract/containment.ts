/**
 * Known containment: when the lexicon knows that a place lies in a country
 * (`in` on its entry: Mosul -> Iraq) and one sentence names both, the place
 * is `located_in` the country. Real-world knowledge, not a reading of the
 * sentence, so it only fires where the text puts the two side by side, by
 * name: "we" or "the country" standing for the country does not name it.
 */
import { lexiconEntry, type Lexicon } from './lexicon/index.ts';
import { scoreConfidence } from './confidence.ts';
import type { Sentence } from './text/sentences.ts';
import type { RawMention, RawRelation } from './types.ts';

export const CONTAINMENT_RULE = {
  reason: 'located-known-containment',
  type: 'located_in',
  example: 'Iraqi forces advanced on Mosul, the largest city held by ISIS in Iraq.',
  confidence: 0.85,
} as const;

/** The country a lexicon place lies in, if known. */
function countryOf(m: RawMention, lex?: Lexicon): string | undefined {
  return m.canonical ? lexiconEntry(m.canonical, lex)?.in : undefined;
}

/** The mention is a name ("the UK", "Mosul"; a part of one), not a pronoun or a description that refers to one ("we", "the country"). */
const names = (m: RawMention): boolean => m.via === undefined || m.via === 'name-part';

export function knownContainment(
  sentences: readonly Sentence[],
  mentions: readonly RawMention[],
  ranges: ReadonlyArray<readonly [number, number]>,
  lex?: Lexicon,
): RawRelation[] {
  const out: RawRelation[] = [];
  sentences.forEach((s, k) => {
    const [first, last] = ranges[k]!;
    const here: number[] = [];
    for (let j = first; j < last; j++) here.push(j);
    const countries = new Map<string, number>();
    for (const j of here) {
      const m = mentions[j]!;
      if (m.type === 'country' && m.canonical && names(m) && !countries.has(m.canonical)) countries.set(m.canonical, j);
    }
    if (countries.size === 0) return;
    const seen = new Set<string>();
    for (const j of here) {
      const m = mentions[j]!;
      if ((m.kind !== 'place' && m.kind !== 'camp') || !names(m)) continue;
      const c = countryOf(m, lex);
      const at = c === undefined ? undefined : countries.get(c);
      if (at === undefined || seen.has(m.canonical!)) continue;
      seen.add(m.canonical!);
      const a = mentions[at]!;
      const distance = Math.max(0, Math.max(a.start, m.start) - Math.min(a.end, m.end));
      out.push({
        type: CONTAINMENT_RULE.type,
        source: j,
        target: at,
        evidence: { sentence: s.text, start: s.start, end: s.end, rule: CONTAINMENT_RULE.reason, confidence: scoreConfidence(CONTAINMENT_RULE.confidence, { distance }) },
      });
    }
  });
  return out;
}
