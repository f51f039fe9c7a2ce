/**
 * Nested mentions: a name that holds another name. The outer entity keeps
 * its mention; the place inside it is also a mention of its own entity:
 *
 *   "al-Qaeda in Iraq"      holds Iraq (a place after "in": also `located_in`)
 *   "X of <place>"          holds the place (no `located_in`: "of" names a claim)
 *
 * A demonym opening a name ("Syrian Arab Army" -> Syria) is not taken out:
 * measured leave-one-publisher-out it cost 0.008 mean named F1 (37 such
 * mentions on re3d-dev, none in the gold) and gave no reach.
 *
 * Only places are taken out of names (an organisation inside an
 * organisation's name is usually part of its title: "UN Security Council").
 * Nested mentions overlap their outer mention (the contract allows mentions
 * of different entities to overlap); they are added after the relation rules
 * ran on the non-overlapping names, so masking never sees them.
 * Linear: each name is looked at once, over its own tokens.
 */
import { KIND_OF_TYPE } from '../../types.ts';
import type { RawMention, RawRelation } from '../types.ts';
import type { Sentence } from '../text/sentences.ts';
import type { Token } from '../text/tokens.ts';
import type { Lexicon } from '../lexicon/index.ts';
import { lowerBound } from '../../util/search.ts';
import { findLexiconNames } from './gazetteer.ts';

export const NESTED_RULE = {
  reason: 'name-nested-place',
  example: 'Fighters of al-Qaeda in Iraq regrouped.',
  expect: 'Iraq',
  located: { reason: 'located-name-holds-place', confidence: 0.7 },
};

/** Outer names a place is taken from: actors and forces. */
const OUTER_KINDS = new Set(['actor', 'force']);

export function nestedMentions(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  mentions: readonly RawMention[],
  lex: Lexicon,
): { mentions: RawMention[]; relations: RawRelation[] } {
  const out: RawMention[] = [];
  const relations: RawRelation[] = [];
  let sent = 0;
  mentions.forEach((m, outer) => {
    if (m.via || m.anaphor || !OUTER_KINDS.has(m.kind) || !/\s/.test(m.text)) return;
    const first = lowerBound(tokens.length, (k) => tokens[k]!.start < m.start);
    const last = lowerBound(tokens.length, (k) => tokens[k]!.start < m.end);
    if (last - first < 2 || last - first > 12) return;
    const inner: RawMention[] = [];
    // a place known to the lexicon inside the name, not the whole name
    let hits = findLexiconNames(text, tokens.slice(first, last), lex);
    // the whole name is a lexicon name: look inside it, after its first word
    if (hits.some((h) => h.start === m.start && h.end === m.end)) hits = findLexiconNames(text, tokens.slice(first + 1, last), lex);
    for (const h of hits) {
      if (h.start === m.start && h.end === m.end) continue;
      if (KIND_OF_TYPE[h.entry.type] !== 'place' || h.entry.id === m.canonical) continue;
      inner.push({ start: h.start, end: h.end, text: text.slice(h.start, h.end), kind: 'place', type: h.entry.type, canonical: h.entry.id, rule: NESTED_RULE.reason });
    }
    for (const n of inner) {
      const at = mentions.length + out.length;
      out.push(n);
      // "X in <place>": the outer is located in the inner place ("X of <place>" is a name's claim, not a location)
      if (!/\sin\s+(?:the\s+)?$/.test(text.slice(m.start, n.start))) continue;
      while (sent + 1 < sentences.length && sentences[sent + 1]!.start <= m.start) sent++;
      const s = sentences[sent];
      if (!s || s.start > m.start || s.end < m.end) continue;
      relations.push({
        type: 'located_in',
        source: outer,
        target: at,
        evidence: { sentence: s.text, start: s.start, end: s.end, rule: NESTED_RULE.located.reason, confidence: NESTED_RULE.located.confidence },
      });
    }
  });
  return { mentions: out, relations };
}
