/**
 * A title right before a dictionary name makes the name a person with that title, whatever type the entity file
 * gives it: event-coder dictionaries (PETRARCH's actors) list a head of state under the country's code, and a user's
 * file may list a ruler as an alias of the state. Sentences written for this test; the entity file is made up.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.ts';
import { makeLexicon, shippedFiles } from '../../src/extract/lexicon/index.ts';

const files = shippedFiles();
const dictionary = {
  reason: 'test',
  entries: [
    { id: 'valdoria', label: 'Valdoria', type: 'country', aliases: ['Ostrik'] },
    { id: 'merrow-council', label: 'Merrow Council', type: 'organization', aliases: [] },
  ],
};
const lexicon = makeLexicon({ ...files, entities: [['<test>/valdoria.json', dictionary], ...files.entities] });
const mention = (text: string, name: string) => {
  const m = extract({ id: 't', title: 't', text, published: '2026-05-14' }, { lexicon }).mentions.find((x) => x.text === name);
  return m && { type: m.type, titles: m.titles ?? [] };
};

describe('a title before a dictionary name', () => {
  it.each([
    ['Prime Minister Ostrik will meet the envoys on Sunday.', 'Ostrik', { type: 'person', titles: ['Prime Minister'] }],
    ['Valdoria President Ostrik arrived in the capital.', 'Ostrik', { type: 'person', titles: ['President'] }],
  ])('%s', (text, name, expected) => {
    expect(mention(text, name)).toEqual(expected);
  });

  // false positives: no title, or the title is part of a longer dictionary name
  it.each([
    ['Ostrik will meet the envoys on Sunday.', 'Ostrik', 'country'],
    ['The envoys flew to Valdoria on Sunday.', 'Valdoria', 'country'],
    ['The Merrow Council met the minister on Sunday.', 'Merrow Council', 'organization'],
  ])('%s', (text, name, type) => {
    expect(mention(text, name)?.type).toBe(type);
  });
});

describe('"General" before one common noun is no title', () => {
  const person = (text: string) => extract({ id: 't', title: 't', text }).mentions.filter((m) => m.type === 'person').map((m) => m.text);
  it.each([
    ['The attack was blamed on the Tarvan General Staff, the largest faction.'],
    ['Orders came from the General Command in Kessar.'],
  ])('%s', (text) => {
    expect(person(text)).toEqual([]);
  });
  it('a name after it is a person', () => {
    expect(person('General Omar Haji met General Allen.')).toEqual(['Omar Haji', 'Allen']);
  });
});
