/**
 * The slot pre-test (rules/slots.ts): the mention slots a pattern cannot
 * match without, and whether a masked sentence's mentions can fill them.
 * Like a cue, it may be looser than the pattern, never stricter: on every
 * masked sentence where a rule's pattern matches, the pre-test lets it run.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leadingSlot, requiredSlots, sentenceKinds, slotsFillable } from '../../../src/extract/rules/slots.ts';
import { compiledRules } from '../../../src/extract/rules/compile.ts';
import type { Masked } from '../../../src/extract/rules/mask.ts';
import { maskedSentences } from './masked-fuzz.ts';

describe('requiredSlots', () => {
  const CASES: [string, Array<string[] | undefined>][] = [
    ['{S:actor,force}\\s+attacked\\s+{T}', [['actor', 'force'], undefined]],
    ['{S:Person},\\s+of\\s+{T:city}', [['person'], ['city']]],
    // in a group, an alternative or quantified: not required
    ['(?:{S:actor}\\s+)?hit\\s+{T:place}', [['place']]],
    ['{S:actor}|{T:place}', []],
    ['{S:actor}?\\s+{T:place}', [['place']]],
    ['{S:actor}{0,1}\\s+{T:place}', [['place']]],
    ['{S:actor}{_p}in\\s+{X}', [['actor'], undefined]],
    // escaped parentheses and character classes do not open groups
    ['\\({S:actor}\\)[(|]{T:place}', [['actor'], ['place']]],
    ['(?<!⟧\\s*,\\s*){S:city}\\s*,\\s+{T:country}', [['city'], ['country']]],
  ];
  it.each(CASES)('%s', (pattern, expected) => {
    expect(requiredSlots(pattern)).toEqual(expected);
  });
});

const masked = (...ps: string[]): Masked => {
  let text = 'x ';
  const at: Masked['at'] = [];
  ps.forEach((p, i) => {
    const pos = text.length;
    text += `⟦${i}|${p}⟧`;
    at.push({ pos, end: text.length, mention: i });
    text += ' y ';
  });
  return { text, at };
};

describe('slotsFillable', () => {
  const CASES: [string, Array<string[] | undefined>, Masked, boolean][] = [
    ['kinds present', [['actor'], ['place']], masked('actor|armed_group|lexicon', 'place|city|lexicon'), true],
    ['by type', [['armed_group'], ['city']], masked('actor|armed_group|lexicon', 'place|city|lexicon'), true],
    ['by rule', [['name-victim-group']], masked('actor|group|name-victim-group'), true],
    ['no place', [['actor'], ['place']], masked('actor|armed_group|lexicon', 'actor|person|tagger'), false],
    ['too few mentions', [['actor'], undefined], masked('actor|armed_group|lexicon'), false],
    ['any mention', [undefined, undefined], masked('actor|person|x', 'place|city|x'), true],
    ['a field out of ASCII is not read', [['place']], masked('actor|person|naïve'), true],
    // in the pattern's order: a source before its target
    ['in order', [['actor'], ['place']], masked('place|city|x', 'actor|armed_group|x', 'place|region|x'), true],
    ['out of order', [['actor'], ['place']], masked('place|city|x', 'actor|armed_group|x'), false],
    ['one placeholder fills one slot', [['actor'], ['actor']], masked('actor|armed_group|x', 'place|city|x'), false],
    ['the earliest fit leaves room', [undefined, ['place'], ['actor']], masked('place|city|x', 'place|city|x', 'actor|person|x'), true],
    ['an unreadable field fits any slot, in its place', [['actor'], ['place']], masked('actor|person|x', 'actor|person|naïve'), true],
    ['an unreadable field fills one slot only', [['actor'], ['place'], ['place']], masked('actor|person|x', 'actor|person|naïve'), false],
  ];
  it.each(CASES)('%s', (_name, slots, m, expected) => {
    expect(slotsFillable(slots, sentenceKinds(m)!)).toBe(expected);
  });

  it('reads nothing when the words hold a bracket', () => {
    const m = masked('actor|person|x');
    expect(sentenceKinds({ ...m, text: m.text + ' ⟦9|place|city|x⟧' })).toBeUndefined();
    expect(sentenceKinds({ ...m, text: m.text + ' ⟧' })).toBeUndefined();
  });
});

describe('never stricter than the pattern', () => {
  const rules = compiledRules();
  // words the patterns read between mentions, so that matches happen
  const WORDS = ['attacked', 'fought', 'against', 'in', 'of', ',', 'the', 'forces', 'led by', 'captured', 'from', 'backed by', 'said', 'and', 'withdrew from', 'based in', 'a member of', 'leader of', 'commander'];
  it('on sentences of random mentions and pattern words, a match implies the pre-test passes', () => {
    let matches = 0;
    fc.assert(
      fc.property(maskedSentences(WORDS, ['lexicon', 'tagger', 'name-victim-group', 'name-people-group'], 8), ({ text, at }) => {
        const kinds = sentenceKinds({ text, at })!;
        for (const { re, slots, rule } of rules) {
          re.lastIndex = 0;
          if (re.test(text)) {
            matches++;
            expect(slotsFillable(slots, kinds), `${rule.reason} on ${text}`).toBe(true);
          }
        }
      }),
      { numRuns: 3000, seed: 5 },
    );
    expect(matches).toBeGreaterThan(20);
  });
});

describe('leadingSlot', () => {
  const CASES: [string, { kinds: string[] | undefined } | null][] = [
    ['{S:actor,Force}\\s+attacked\\s+{T}', { kinds: ['actor', 'force'] }],
    ['{T}{_}was\\s+hit\\s+by\\s+{S:actor}', { kinds: undefined }],
    ['{X}\\s+and\\s+{S:actor}', { kinds: undefined }],
    ['{S:actor}?\\s+hit\\s+{T}', null],
    ['{S:actor}{0,1}\\s+hit\\s+{T}', null],
    ['{S:actor}\\s+hit|{T}\\s+fell', null],
    ['(?:{S:actor})\\s+hit\\s+{T}', null],
    // (look-arounds before the slot consume nothing: a match starts at the slot's placeholder)
    ['(?<!⟧\\s*,\\s*){S:city}\\s*,\\s+{T:country}', { kinds: ['city'] }],
    ['(?<!\\bby\\s+)(?=⟦){S:actor}\\s+hit\\s+{T}', { kinds: ['actor'] }],
    ['(?<!x)?{S:actor}\\s+hit\\s+{T}', null],
    ['(?:(?<!x)|(?<=y)){S:actor}\\s+hit\\s+{T}', null],
    ['attacks\\s+on\\s+{T}', null],
  ];
  it.each(CASES)('%s', (pattern, expected) => {
    expect(leadingSlot(pattern)).toEqual(expected);
  });
});
