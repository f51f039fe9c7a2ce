import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/resolve/index.ts';

/** The names of each entity in one sentence, as sets of mention texts. */
function names(text: string): string[][] {
  const ex = analyzeArticle({ id: 't', title: 't', text });
  return ex.entities.map((e) => [...new Set(e.mentions.map((m) => m.text))].sort()).sort();
}

describe('"also known as" names one entity twice', () => {
  it.each([
    ['ISIS is strengthening its presence in the North Arabian Desert, also known as the Jordanian steppe, where it trains recruits.', ['Jordanian steppe', 'North Arabian Desert']],
    ['Fighters gathered in the Badia Desert, also known as the Syrian steppe, before the raid.', ['Badia Desert', 'Syrian steppe']],
    ['The Islamic State, otherwise known as Daesh, lost Raqqa.', ['Daesh', 'Islamic State']],
    ['Abu Mohammad al-Julani, a.k.a. Ahmed al-Sharaa, spoke in Idlib.', ['Abu Mohammad al-Julani', 'Ahmed al-Sharaa']],
  ])('%s', (text, together) => {
    expect(names(text)).toContainEqual(together);
  });

  it.each([
    ['The Kurdistan Region, also known for its oil fields, voted in 2017.'],
    ['Raqqa, also called on the coalition to help, was quiet.'],
  ])('does not fire: %s', (text) => {
    for (const group of names(text)) expect(group).toHaveLength(1);
  });
});
