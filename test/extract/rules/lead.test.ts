/**
 * A rule that starts with a slot runs its sticky regex at the placeholders
 * that fit the slot and start before its last cue word (engine.ts
 * `nextMatch`), instead of scanning the whole masked sentence: the matches,
 * their order and where the search goes on from must be those of `re.exec`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compiledCues, compiledRules, leadGap, patternSource } from '../../../src/extract/rules/compile.ts';
import { nextMatch } from '../../../src/extract/rules/engine.ts';
import type { Masked } from '../../../src/extract/rules/mask.ts';
import { sentenceKinds } from '../../../src/extract/rules/slots.ts';
import { maskedSentences } from './masked-fuzz.ts';

const rules = compiledRules();
// words the patterns read between mentions (cue words among them), so that matches happen
const WORDS = [
  'attacked', 'fought', 'against', 'in', 'of', ',', 'the', 'forces', 'led by', 'captured', 'from', 'backed by', 'said', 'and',
  'withdrew from', 'based in', 'a member of', 'leader of', 'commander', 'clashed with', 'seized', 'presence in', 'İ', 'allied with',
  'troops in', 'not', 'fighters', '-based', 'supported', 'joined', 'is', 'was',
];

/** Every match as the engine reads them: after a match the search goes on from its end, or one past its start. */
function matches(text: string, at: Masked['at'], k: number, lead: boolean, step: (i: number) => boolean): string[] {
  const { re, lead: l } = rules[k]!;
  const masked = { text, at };
  const kinds = sentenceKinds(masked);
  const ends = kinds ? compiledCues().ends(text) : undefined;
  const end = ends ? ends[k]! : -1;
  const out: string[] = [];
  if (lead && end === 0) return out;
  re.lastIndex = 0;
  for (let m = lead ? nextMatch(re, l, masked, kinds, end) : re.exec(text); m; m = lead ? nextMatch(re, l, masked, kinds, end) : re.exec(text)) {
    out.push(`${m.index}:${m[0]}:${JSON.stringify(m.groups ?? {})}`);
    if (step(out.length)) re.lastIndex = m.index + 1;
  }
  return out;
}

describe('nextMatch: the matches of re.exec, found at placeholders', () => {
  it('on sentences of random mentions and pattern words, whichever way the search goes on', () => {
    let found = 0;
    let leadFound = 0;
    fc.assert(
      fc.property(
        maskedSentences(WORDS, ['lexicon', 'tagger', 'name-victim-group', 'naïve'], 9),
        fc.integer({ min: 0, max: 7 }),
        ({ text, at }, salt) => {
          const step = (i: number) => ((i + salt) & 1) === 0;
          rules.forEach((c, k) => {
            const want = matches(text, at, k, false, step);
            expect(matches(text, at, k, true, step), `${c.rule.reason} on ${text}`).toEqual(want);
            found += want.length;
            if (c.lead) leadFound += want.length;
          });
        },
      ),
      { numRuns: 400, seed: 11 },
    );
    expect(found).toBeGreaterThan(50);
    expect(leadFound).toBeGreaterThan(25);
  });
  it('across what a gap stops at (mask.ts GAP_STOP) and characters of two code units (a unit of a gap is one code point)', () => {
    let gapFound = 0;
    fc.assert(
      fc.property(maskedSentences([...WORDS, 'until', ':', 'because of', '𝒳'], ['lexicon', 'naïve'], 9), ({ text, at }) => {
        rules.forEach((c, k) => {
          if (!c.lead?.gap) return;
          const want = matches(text, at, k, false, () => true);
          expect(matches(text, at, k, true, () => true), `${c.rule.reason} on ${text}`).toEqual(want);
          gapFound += want.length;
        });
      }),
      { numRuns: 400, seed: 12 },
    );
    expect(gapFound).toBeGreaterThan(10);
  });
  it('most rules start with a slot', () => {
    expect(rules.filter((c) => c.lead).length).toBeGreaterThan(rules.length / 2);
  });
  it('a fifth of the rules start with a slot and a gap, whose pre-test the random sentences above exercise', () => {
    expect(rules.filter((c) => c.lead?.gap).length).toBeGreaterThan(rules.length / 5);
  });
});

describe('leadGap: the gap after a leading slot, and the rest of the pattern', () => {
  const cases: Array<[string, { units: number; holds: string } | null]> = [
    ['{S:actor}{_p}{V:attack}\\s+{T}', { units: 80, holds: 'place' }],
    ['{T:place}{_}(?:was|were)\\s+{S}', { units: 40, holds: 'none' }],
    ['{S:person}{__}(?:died)\\s+in\\s+{T}', { units: 120, holds: 'any' }],
    // (look-arounds before the slot go with it)
    ['(?<!\\bby\\s+(?:the\\s+)?){S:actor}{_p}{V:attack}\\s+{T}', { units: 80, holds: 'place' }],
    // no gap right after the slot, a quantified gap, no leading slot, a top-level alternative
    ['{S:actor}\\s+in\\s+{T}', null],
    ['{S:actor}{_}?in\\s+{T}', null],
    ['in\\s+{T}{_}{S}', null],
    ['{S}{_}x{T}|y{T}', null],
  ];
  it.each(cases)('%s', (pattern, expected) => {
    const g = leadGap(pattern);
    expect(g && { units: g.units, holds: g.holds }).toEqual(expected);
    if (g) expect(g.rest).toBe(patternSource(pattern.replace(/^(?:\(\?<!\\bby\\s\+\(\?:the\\s\+\)\?\))?\{[ST](?::[\w,-]+)?\}\{_{0,2}p?\}/, ''), undefined, { captureVerbs: true }));
    // the slot, the gap and the rest make the pattern's regex
    if (g) expect(g.slot + g.gap + g.rest).toBe(patternSource(pattern, undefined, { captureVerbs: true }));
  });
});
