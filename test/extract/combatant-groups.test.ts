/**
 * A name right before a noun of armed men who are no state's is their group's (mentions/patterns.ts
 * `name-combatant-group`): [sentence, the group's name] written for this test, and the words that describe armed men
 * without naming a group.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.ts';

const groups = (text: string) =>
  extract({ id: 't', title: 't', text })
    .mentions.filter((m) => m.rule === 'name-combatant-group')
    .map((m) => m.text);
/** The names typed as armed groups, whichever pass found them. */
const armed = (text: string) =>
  extract({ id: 't', title: 't', text })
    .mentions.filter((m) => m.type === 'armed_group')
    .map((m) => m.text);

describe('a name before fighters, militants, rebels is their group', () => {
  it.each([
    ['Soldiers killed nine Velmar militiamen near the river.', 'Velmar'],
    ['Troops clashed with SLA-MM fighters outside the town.', 'SLA-MM'],
    ['Villagers fled when Kessa Nord rebels shelled the base.', 'Kessa Nord'],
    ['Police arrested two Dorvan militants in the capital.', 'Dorvan'],
    // a sentence's first word that is no English word (the word clusters' vocabulary, the dictionary) is a name there too
    ['Velmari militants raided the market at dawn.', 'Velmari'],
  ])('%s -> %s', (text, name) => {
    expect(armed(text)).toEqual([name]);
  });

  it.each([
    ['Armed militants attacked a bus near the border.'], // capitalised only as the sentence's first word
    ['Foreign fighters crossed the border.'],
    // (frequent words the dictionary lacks: "local", "rival", "tribal"; an adverb, an adjective's ending)
    ['Local rebels took the hills.'],
    ['Rival militias clashed in the market.'],
    ['Tribal fighters held the road.'],
    ['Heavily armed militants stormed the town.'],
    ['Unlawful combatants were held at the base.'],
    ['Northeastern rebels took the hills.'],
    ['Police said Fulani militiamen burned the village.'], // a community (lexicon communityAdjectives)
    ['Kurdish fighters and Syrian rebels held the town.'], // a community, a country
    ['Salafist militants took the village.'], // a creed
    ['Western-backed rebels were pushed back; pro-Western rebels regrouped.'],
    ['Members of the Rouse the Believers rebels met.'], // the end of a longer name
    ['Gen. Amani told reporters that Commander fighters were ready.'], // a title word
  ])('no group: %s', (text) => {
    expect(groups(text)).toEqual([]);
  });
});

describe('a group named by letters and a number', () => {
  const designated = (text: string) =>
    extract({ id: 't', title: 't', text })
      .mentions.filter((m) => m.type === 'armed_group' && !m.via && m.rule !== 'generic-actor')
      .map((m) => m.text);
  it.each([
    ['K27 rebels seized the airport on Monday.', ['K27']],
    ['The R16 armed group withdrew from the hills. R16 said it would return.', ['R16', 'R16']],
  ])('%s', (text, names) => {
    expect(designated(text)).toEqual(names);
  });
  it.each([
    ['F16 fighters flew over the town.'], // jets, not a group
    ['T72 tanks and 120 soldiers entered the town.'],
    ['Route N23 was closed.'],
  ])('no group: %s', (text) => {
    expect(designated(text)).toEqual([]);
  });
});
