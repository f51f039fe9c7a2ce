import { describe, expect, it } from 'vitest';
import { sentenceWords } from '../../src/extract/events/words.ts';

const words = (t: string) => sentenceWords(t, 0, t.length).map((w) => w.text);

describe('sentenceWords', () => {
  const table: Array<[string, string[]]> = [
    // a prefix written apart from its word keeps its hyphen, one word
    ['Rebels stormed an anti- Kiev rally.', ['Rebels', 'stormed', 'an', 'anti-', 'Kiev', 'rally', '.']],
    ['They held a pro- government march.', ['They', 'held', 'a', 'pro-', 'government', 'march', '.']],
    // not: compounds written whole, prefixes before "and"/"or", numbers, a dash between words
    ['The US-led coalition struck.', ['The', 'US-led', 'coalition', 'struck', '.']],
    ['Both pre- and post-war talks failed.', ['Both', 'pre', '-', 'and', 'post-war', 'talks', 'failed', '.']],
    ['In the 2010- 2012 period.', ['In', 'the', '2010', '-', '2012', 'period', '.']],
    ['The army - which had left - returned.', ['The', 'army', '-', 'which', 'had', 'left', '-', 'returned', '.']],
    ['It happened in May -', ['It', 'happened', 'in', 'May', '-']],
    // contractions and "cannot" as Penn Treebank splits them
    ["The envoys can't come.", ['The', 'envoys', 'ca', "n't", 'come', '.']],
    ['The envoys cannot come.', ['The', 'envoys', 'can', 'not', 'come', '.']],
    ['Cannot be reached.', ['Can', 'not', 'be', 'reached', '.']],
    // not: a word that only starts so
    ['The cannoneer fired.', ['The', 'cannoneer', 'fired', '.']],
    // an abbreviation keeps its period inside the sentence; a period at the end stays the sentence's
    ['Forces led by Gen. Ruto attacked.', ['Forces', 'led', 'by', 'Gen.', 'Ruto', 'attacked', '.']],
    ['Lt. Col. Amara spoke.', ['Lt.', 'Col.', 'Amara', 'spoke', '.']],
    ['They met in Feb.', ['They', 'met', 'in', 'Feb', '.']],
    // not: a word that is no abbreviation
    ['The talks ended. Gen Ruto left.', ['The', 'talks', 'ended', '.', 'Gen', 'Ruto', 'left', '.']],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });
  it('offsets cover the written text', () => {
    const t = 'an anti- Kiev rally';
    for (const w of sentenceWords(t, 0, t.length)) expect(t.slice(w.start, w.end)).toBe(w.text);
  });
});
