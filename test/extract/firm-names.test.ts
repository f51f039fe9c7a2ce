/**
 * Firm names joined by an ampersand (src/extract/mentions/patterns.ts
 * name-ampersand) or closed by an abbreviation's period (names.ts): [text, name] tables written fresh for this test, and the
 * false positives: known names listed with "&" stay apart.
 */
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/resolve/index.ts';

function mentions(text: string) {
  return analyzeArticle({ id: 't', title: 't', text }).entities.flatMap((e) => e.mentions.filter((m) => !m.via).map((m) => ({ text: m.text, type: e.type })));
}

const FIRMS: [string, string][] = [
  ['Analysts at Harrow & Vance said the deal was fair.', 'Harrow & Vance'],
  ['The contract went to Kessel & Sons of Rotterdam.', 'Kessel & Sons'],
  ['Shares of Brandt & Oyelaran Co rose 4 percent on Friday.', 'Brandt & Oyelaran Co'],
  // the abbreviation's period belongs to the name
  ['The bid came from Halvard Holdings Corp. on Monday.', 'Halvard Holdings Corp.'],
  ['Talks with Norsk Ventures Ltd. stalled.', 'Norsk Ventures Ltd.'],
];

const APART: [string, string[]][] = [
  ['Aid reached Iraq & Syria in May.', ['Iraq', 'Syria']],
  ['Clashes between YPG & FSA units continued near Afrin.', ['YPG', 'FSA']],
  // the authors of a book, and two villages
  ['The study by Simon Varga & Helena Holt was published in 2019.', ['Simon Varga', 'Helena Holt']],
  ['Fighting spread to Tell Rifaat & Tel Jabal in the spring.', ['Tel Jabal']],
];

describe('capitalised words joined by & are one firm', () => {
  it.each(FIRMS)('%s', (text, name) => {
    const m = mentions(text).find((x) => x.text === name);
    expect(m?.type).toBe('organization');
  });
  it('a lone abbreviation takes no period', () => {
    const got = mentions('A bomb exploded in the area of Mt. Dov, near Shebaa.').map((m) => m.text);
    expect(got).not.toContain('Mt.');
  });
  it.each(APART)('known names stay apart: %s', (text, names) => {
    const got = mentions(text).map((m) => m.text);
    expect(got.filter((t) => t.includes('&'))).toEqual([]);
    for (const n of names) expect(got).toContain(n);
  });
});
