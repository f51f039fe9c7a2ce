/**
 * Sentence splitting (src/extract/text.ts): [text, sentences] tables.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { splitSentences } from '../../src/extract/text.ts';
import { normToken, tokenize } from '../../src/extract/text/tokens.ts';

const CASES: [string, string[]][] = [
  ['ISIS attacked. The SDF responded.', ['ISIS attacked.', 'The SDF responded.']],
  ['Gen. Joseph Votel spoke. He left.', ['Gen. Joseph Votel spoke.', 'He left.']],
  ['George W. Bush spoke.', ['George W. Bush spoke.']],
  // a soft line break: the line has no end punctuation and the next starts in lower case
  ['Also, the U.S.-led \ncoalition\n conducted five airstrikes. These strikes hit.', ['Also, the U.S.-led \ncoalition\n conducted five airstrikes.', 'These strikes hit.']],
  // a heading, a bullet, a paragraph break: hard breaks
  ['Syria\n. Near Ar Raqqah, two strikes hit.', ['Syria', '.', 'Near Ar Raqqah, two strikes hit.']],
  ['Ends here.\nlower case start', ['Ends here.', 'lower case start']],
  ['A title\n\nlower paragraph', ['A title', 'lower paragraph']],
  // run-together web text: a period between a lower-case word and a capitalised one, no space
  ['Aid reached Idlib.The convoy turned back.', ['Aid reached Idlib.', 'The convoy turned back.']],
  // not a boundary: initials, abbreviations, host names
  ['Mr.Okafor met U.S.Army staff at www.state.Gov today.', ['Mr.Okafor met U.S.Army staff at www.state.Gov today.']],
];

describe('splitSentences', () => {
  it.each(CASES)('%j', (text, expected) => {
    const got = splitSentences(text);
    expect(got.map((s) => s.text)).toEqual(expected);
    for (const s of got) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('tokenize: each token norm is normToken of its text', () => {
  it.each([
    ['The ‘rebels’ — and al‑Qaeda`s men – left İstanbul’s ſtreets, 2014–15.'],
    ['ΣΊΣΥΦΟΣ ÉTÉ 😀 x—y don’t'],
  ])('%s', (text) => {
    for (const t of tokenize(text)) expect(t.norm).toBe(normToken(text.slice(t.start, t.end)));
  });
  it('random text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('A', 'b', 'İ', 'Σ', 'ſ', '’', '‘', '`', '–', '—', '-', ' ', '.', '😀', '1', 'é') }), (text) => {
        for (const t of tokenize(text)) expect(t.norm).toBe(normToken(text.slice(t.start, t.end)));
      }),
    );
  });
});
