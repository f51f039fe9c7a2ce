/**
 * The speaker of a quotation attributed after it, verb first: `"...," said <title> <name>` (src/extract/quotes.ts). A
 * title in capitals may stand between the verb and the name, however long ("Under Secretary for X and Y"); a title
 * alone is nobody. Sentences written fresh for this table.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.ts';

function speakers(text: string): string[] {
  const raw = extract({ id: 't', title: 't', text });
  return raw.quotes.map((q) => raw.mentions[q.speaker]!.text);
}

const CASES: [string, string][] = [
  ['"The corridor stays open," said Colonel Amadou Sylla.', 'Amadou Sylla'],
  ['"We will not negotiate under fire," said Assistant Secretary for Conflict and Stabilization Operations Mark Delaney.', 'Mark Delaney'],
];

// a title the lexicon lists whole is no speaker's name
const MUST_NOT: [string, string][] = [
  ['"We will not negotiate under fire," said Assistant Secretary for Conflict and Stabilization Operations Mark Delaney.', 'Assistant Secretary'],
  ['"The corridor stays open," said Under Secretary Lena Okafor.', 'Under Secretary'],
];

describe('the speaker of a quotation attributed after it (quote-after)', () => {
  it.each(CASES)('%s', (text, expected) => {
    expect(speakers(text)).toEqual([expected]);
  });
  it.each(MUST_NOT)('%s (not %s)', (text, name) => {
    const got = speakers(text);
    expect(got.length).toBe(1);
    expect(got).not.toContain(name);
  });
});
