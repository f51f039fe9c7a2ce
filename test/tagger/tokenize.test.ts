import { describe, expect, it } from 'vitest';
import { tagTokens, tokenSentences } from '../../src/extract/tagger/tokenize.ts';

const words = (s: string) => tagTokens(s).map((t) => t.text);

// [text, expected tokens] - sentences written for this test
const TABLE: Array<[string, string[]]> = [
  ["ISIS's fighters", ['ISIS', "'s", 'fighters']],
  ["They don't know", ['They', 'do', "n't", 'know']],
  ["We can't stay", ['We', 'ca', "n't", 'stay']],
  ['the U.S.-led coalition', ['the', 'U.S.-led', 'coalition']],
  ['in the U.S. today', ['in', 'the', 'U.S.', 'today']],
  ['al-Qaeda and al-Nusra', ['al-Qaeda', 'and', 'al-Nusra']],
  ['About 2,500 troops', ['About', '2,500', 'troops']],
  ['rose 3.5% in 2016.', ['rose', '3.5', '%', 'in', '2016', '.']],
  ['(near Raqqa)', ['(', 'near', 'Raqqa', ')']],
  ['"We will stay," he said.', ['"', 'We', 'will', 'stay', ',', '"', 'he', 'said', '.']],
  ['\u201cNo,\u201d she said', ['\u201c', 'No', ',', '\u201d', 'she', 'said']],
  ['Gen. J. Smith arrived', ['Gen.', 'J.', 'Smith', 'arrived']],
  ["the soldiers' base", ['the', 'soldiers', "'", 'base']],
  ['Raqqa\u2014the capital', ['Raqqa', '\u2014', 'the', 'capital']],
  ['war--and peace', ['war', '--', 'and', 'peace']],
  ['costs $5 million', ['costs', '$', '5', 'million']],
  ['see https://example.org/a.b, then', ['see', 'https://example.org/a.b', ',', 'then']],
  ['at 10:30 a.m. on Monday', ['at', '10:30', 'a.m.', 'on', 'Monday']],
  ['the ISIS\u2019s leader', ['the', 'ISIS', '\u2019s', 'leader']],
];

describe('tagTokens: Penn-Treebank-like tokens', () => {
  it.each(TABLE)('%s', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it('every token is the text at its offsets', () => {
    const text = 'In 2016, the U.S.-led coalition\u2019s strikes near al-Bab (Aleppo) killed 2,500 "fighters"... Officials didn\u2019t say.\n\nHEADLINE';
    for (const t of tagTokens(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('tokenizes a range of the text with offsets into the whole text', () => {
    const text = 'First sentence. Second one here.';
    const toks = tagTokens(text, 16, text.length);
    expect(toks[0]).toEqual({ text: 'Second', start: 16, end: 22 });
  });
});

describe('tokenSentences', () => {
  it('ends sentences at final punctuation and at line breaks, keeping closing quotes', () => {
    const text = 'BAGHDAD BLAST\nA car bomb exploded. "We are safe." Police said so';
    const toks = tagTokens(text);
    const sents = tokenSentences(text, toks).map(([a, b]) => toks.slice(a, b).map((t) => t.text).join(' '));
    expect(sents).toEqual(['BAGHDAD BLAST', 'A car bomb exploded .', '" We are safe . "', 'Police said so']);
  });
});
