/**
 * Token infos by offsets (src/extract/tagger/token-info.ts `infoAt`): found by
 * the characters of the range, never by a slice, they must be the very
 * objects `tokenInfo` gives for the slice, text after text (the same forms at
 * other offsets, forms that share a prefix, a form found only by
 * `tokenInfo` before).
 */
import { describe, expect, it } from 'vitest';
import { hashRange, hashString } from '../../src/extract/tagger/hash.ts';
import { infoAt, tokenInfo } from '../../src/extract/tagger/token-info.ts';

const TEXTS = [
  'Assad met Putin in Damascus on 3 May.',
  'In Damascus, Assad met Putin; Damascu and Damascuses are not Damascus.',
  'damascus DAMASCUS Damascus al-Bab al-Bāb',
];

describe('infoAt', () => {
  it('gives the object tokenInfo gives for the slice', () => {
    tokenInfo('Putin');
    for (let round = 0; round < 2; round++)
      for (const text of TEXTS)
        for (const m of text.matchAll(/[\p{L}-]+|\d+|[^\p{L}\d\s]/gu)) {
          const got = infoAt(text, m.index, m.index + m[0].length);
          expect(got).toBe(tokenInfo(m[0]));
          expect(got.text).toBe(m[0]);
        }
  });

  it('hashes a range as its slice', () => {
    const text = TEXTS[1]!;
    for (let a = 0; a < text.length; a += 3) for (let b = a; b <= Math.min(text.length, a + 9); b++) expect(hashRange(text, a, b)).toBe(hashString(text.slice(a, b)));
  });
});
