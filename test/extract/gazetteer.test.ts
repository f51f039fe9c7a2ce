/**
 * The lexicon matcher (src/extract/mentions/gazetteer.ts): longest matches, left to right, and a match that yields to
 * a longer one starting inside it. Sentences written for this test; the entity file is made up.
 */
import { describe, expect, it } from 'vitest';
import { findLexiconNames } from '../../src/extract/mentions/gazetteer.ts';
import { makeLexicon, shippedFiles } from '../../src/extract/lexicon/index.ts';
import { tokenize } from '../../src/extract/text/tokens.ts';

const files = shippedFiles();
const dictionary = {
  reason: 'test',
  entries: [
    { id: 'the-bay', label: 'the Bay', type: 'region', aliases: [] },
    { id: 'bay-of-tarvel', label: 'Bay of Tarvel', type: 'region', aliases: [] },
    { id: 'tarvel', label: 'Tarvel', type: 'city', aliases: [] },
    { id: 'kessar-front', label: 'Kessar Front', type: 'armed_group', aliases: [] },
  ],
};
const lexicon = makeLexicon({ ...files, entities: [['<test>/bay.json', dictionary], ...files.entities] });
const names = (text: string) => findLexiconNames(text, tokenize(text), lexicon).map((h) => `${text.slice(h.start, h.end)}=${h.entry.id}`);

describe('lexicon matches', () => {
  it.each([
    // a match yields to a longer one that starts inside it
    ['Ships sailed into the Bay of Tarvel at dawn.', ['Bay of Tarvel=bay-of-tarvel']],
    // ... not to a shorter one
    ['Ships sailed into the Bay near Tarvel.', ['the Bay=the-bay', 'Tarvel=tarvel']],
    ['The Kessar Front shelled Tarvel.', ['Kessar Front=kessar-front', 'Tarvel=tarvel']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
