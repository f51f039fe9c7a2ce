/**
 * A title before a person's name, with a country named right before it, says whose office it is: "Chad's President
 * X" leads Chad, "Kenya Defence Minister Y" serves Kenya (rules/membership.ts `leads-country-title`,
 * `member-country-title`; the title's role is in the person's placeholder, rules/mask.ts). And the title's words
 * are no name of their own ("Prime" of "Prime Minister X": mentions/names.ts). Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.ts';

const run = (text: string) => extract({ id: 't', title: 't', text, published: '2026-05-14' });
const relations = (text: string) => {
  const r = run(text);
  return r.relations.filter((x) => x.type === 'leads' || x.type === 'member_of').map((x) => `${r.mentions[x.source]!.text} ${x.type} ${r.mentions[x.target]!.text}`);
};

describe('a country before a titled person', () => {
  it.each([
    ["Chad's President Mahamat Deby flew to Paris on Monday.", 'Mahamat Deby leads Chad'],
    ['Niger Prime Minister Ali Zeine resigned on Monday.', 'Ali Zeine leads Niger'],
    ["Kenya's Foreign Minister Musalia Mudavadi met the envoys.", 'Musalia Mudavadi member_of Kenya'],
    ['Ghana Defence Minister Dominic Nitiwul visited the base.', 'Dominic Nitiwul member_of Ghana'],
    ["The talks ended after Sudan's Minister of Finance resigned.", 'Minister of Finance member_of Sudan'],
    ['Mali Deputy Prime Minister Abdoulaye Maiga spoke to reporters.', 'Abdoulaye Maiga member_of Mali'],
    // a title before a name the dictionary knows, whose mention leaves the title out
    ["Iraq's Prime Minister Mohammed Shia al-Sudani flew to Ankara on Monday.", 'Mohammed Shia al-Sudani leads Iraq'],
  ])('%s', (text, expected) => {
    expect(relations(text)).toContain(expected);
  });

  // false positives: the country is where the sentence is; the office leads something else; no country; no role title
  it.each([
    ['In Turkey Minister Tobias Ellwood met refugee groups on Monday.', 'Turkey'],
    ["Kenya's President of the Senate opened the session.", 'leads Kenya'],
    ['President Mahamat Deby flew to Paris on Monday.', 'Deby'],
    ['Chad Dr. Amina Saleh opened the clinic.', 'Chad'],
    // a demonym before the title names no country's mention: re3d annotates "Iraqi President X" as one person, and
    // reading the demonym as the country (leads Iraq) was measured twice, in sessions 25 and 31, at one false relation
    // in each small publisher (mean per-publisher relation F1 0.619 -> 0.609 for leads alone) and left out
    ['Nigerien Prime Minister Ali Zeine resigned on Monday.', 'Nigerien'],
    ['Kenyan Defence Minister Aden Duale visited the base.', 'Kenyan'],
  ])('%s', (text, absent) => {
    expect(relations(text).filter((r) => r.includes(absent))).toEqual([]);
  });
});

describe('the words of a title are no name', () => {
  it.each([
    ['Niger Prime Minister Ali Zeine resigned on Monday.', ['Niger', 'Ali Zeine']],
    ['Pakistani Prime Minister Imran Khan met Vice President Mike Pence.', ['Imran Khan', 'Mike Pence']],
    ['Yemen Deputy Prime Minister Salem al-Khanbashi arrived in Aden.', ['Yemen', 'Salem al-Khanbashi', 'Aden']],
  ])('%s', (text, names) => {
    expect(run(text).mentions.filter((m) => !m.via).map((m) => m.text)).toEqual(names);
  });
});
