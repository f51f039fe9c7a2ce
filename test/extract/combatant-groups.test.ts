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
  ])('%s -> %s', (text, name) => {
    expect(armed(text)).toEqual([name]);
  });

  it.each([
    ['Armed militants attacked a bus near the border.'], // capitalised only as the sentence's first word
    ['Foreign fighters crossed the border.'],
    ['Kurdish fighters and Syrian rebels held the town.'], // a community, a country
    ['Salafist militants took the village.'], // a creed
    ['Western-backed rebels were pushed back; pro-Western rebels regrouped.'],
    ['Members of the Rouse the Believers rebels met.'], // the end of a longer name
    ['Gen. Amani told reporters that Commander fighters were ready.'], // a title word
  ])('no group: %s', (text) => {
    expect(groups(text)).toEqual([]);
  });
});
