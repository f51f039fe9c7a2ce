/**
 * The edge writers' fast paths (src/export/gexf-stream.ts): a value that
 * PLAIN accepts is written as it is, so it must be its own escaped and
 * space-folded form and pure ASCII; anything else must be rejected (and goes
 * through xmlAttr / foldSpace). A confidence's text from the k/1000 table
 * must be String() of it.
 */
import { describe, expect, it } from 'vitest';
import { confidenceText, foldSpace, PLAIN, xmlAttr } from '../../src/export/gexf-stream.ts';

const ACCEPTED = ['', 'e93034', 'Alra Yajab attacks Fajab Wa in synthetic report 0.', '2024-01-01T10:00:00Z', 'a|b|c', '~!#$%()*+,-./:;=?@[]^_`{}'];
const REJECTED = [
  ' leading',
  'trailing ',
  'two  spaces',
  'tab\there',
  'line\nbreak',
  'a & b',
  'x < y',
  'x > y',
  'say "no"',
  "it's",
  'café',
  'naïve “quotes”',
  'nul\u0000',
  'bell\u0007',
  'del\u007f',
  'nbsp\u00a0here',
  'lone \ud800 surrogate',
  '\ufffe',
];

describe('PLAIN', () => {
  it.each(ACCEPTED)('accepts %j, which needs no work', (s) => {
    expect(PLAIN.test(s)).toBe(true);
    expect(xmlAttr(foldSpace(s))).toBe(s);
    expect(Buffer.from(s, 'latin1').equals(Buffer.from(s, 'utf8'))).toBe(true);
  });
  it.each(REJECTED)('rejects %j', (s) => {
    expect(PLAIN.test(s)).toBe(false);
  });
});

describe('confidenceText', () => {
  const values: number[] = [0, -0, 1, 0.5, 0.001, 0.999, 0.1 + 0.2, 1 / 3, 0.0005, -0.25, 1.5, NaN, Infinity, 1e-7];
  for (let k = 0; k <= 1000; k++) values.push(k / 1000, Math.round((1 - (1 - k / 1000)) * 1000) / 1000);
  it('is String() of every value', () => {
    for (const v of values) expect(confidenceText(v)).toBe(String(v));
  });
});
