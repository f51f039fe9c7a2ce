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
    // "known as" and its kin without "also"; the second name takes the first one's kind
    ['The rebel chief Dalan Sorek, known as Hadaro, spoke in Faya.', ['Dalan Sorek', 'Hadaro']],
    ['Kamal Idris, better known as Abu Hafs, denied the report.', ['Abu Hafs', 'Kamal Idris']],
    // "alias", the word of police and court reports
    ['The gang is run by Jean-Marc Tessier, alias Le Borgne, from a farm near Jacmel.', ['Jean-Marc Tessier', 'Le Borgne']],
    // a former name
    ['The Tarvan Brigades, formerly known as the Dalan Movement, took the pass.', ['Dalan Movement', 'Tarvan Brigades']],
    // in brackets (fresh row)
    ['The brigade is led by Idris Kamal (known as Abu Hafs), who spoke in Faya.', ['Abu Hafs', 'Idris Kamal']],
    // after a short apposition that describes the name (fresh row)
    ['Okello Tarvan, a former customs officer better known as Scorpion, runs the gang.', ['Okello Tarvan', 'Scorpion']],
    // a name given to a generic actor (found after the names' own definitions)
    ["Chad's army, known as the ANT, retreated from Faya.", ['ANT', "Chad's army"]],
    // a group's description that the name after it defines is a mention of that name (fresh rows)
    ['The breakaway faction, known as the Tarvan Front, shelled Faya on Sunday.', ['Tarvan Front', 'The breakaway faction']],
    ['Police blamed the militia (known as the Kessar Brigades) for the raid.', ['Kessar Brigades', 'the militia']],
    // the other name in quotation marks, after a comma or in brackets (fresh rows)
    ['Soldiers detained Héctor Ruelas, alias "El Tigre," a cell leader, in Culiacán.', ['El Tigre', 'Héctor Ruelas']],
    ['Rebel fighter Amina Dorr (a.k.a. "Sila Kamal") threw a grenade at the tank.', ['Amina Dorr', 'Sila Kamal']],
  ])('%s', (text, together) => {
    expect(names(text)).toContainEqual(together);
  });

  it.each([
    ['The Kurdistan Region, also known for its oil fields, voted in 2017.'],
    ['Raqqa, also called on the coalition to help, was quiet.'],
    ['Kamal Idris, known as a hardliner, denied the report.'], // no name after the cue
    ['Okello Tarvan, a former officer known for his temper, met Sila Dorr.'], // no naming cue after the apposition
    // a former name the lexicon gives another entity stays that entity's
    ['Hayat Tahrir al-Sham, formerly known as the Nusra Front, took the town.'],
    // a place's name in quotation marks is often another place's, named on (fresh row)
    ['Jets struck a depot near Tarsa known as the "Red Barn" on Monday.'],
  ])('does not fire: %s', (text) => {
    for (const group of names(text)) expect(group).toHaveLength(1);
  });
});

it("a person's other name in quotation marks labels no one (fresh row)", () => {
  const ex = analyzeArticle({ id: 't', title: 't', text: 'Rebel fighter Amina Dorr (a.k.a. "Sila Kamal") threw a grenade. Dorr died.' });
  expect(ex.entities.filter((e) => e.type === 'person').map((e) => e.label)).toEqual(['Amina Dorr']);
});

it('an acronym in brackets after a name in quotation marks is that name\'s (fresh row)', () => {
  expect(names('Troops clashed with the self-styled "Workers Liberation Front" (WLF) near Tarsa. The WLF fled.')).toContainEqual(['WLF', 'Workers Liberation Front']);
});

describe("a body's acronym in its own language, in brackets after its name", () => {
  it.each([
    ['The Varanian Main Military Intelligence Directorate (HUR) said 300 soldiers had crossed. The HUR gave no names.', ['HUR', 'Varanian Main Military Intelligence Directorate']],
  ])('%s', (text, together) => {
    expect(names(text)).toContainEqual(together);
  });
  it.each([
    // a known name in brackets, a person's party, a short name: no acronym of it
    ['Islamic Relief Worldwide (UK) opened a clinic.', 'UK'],
    ['Prime Minister Omar Tessali (KDP) resigned on Monday.', 'KDP'],
  ])('does not fire: %s', (text, acronym) => {
    expect(names(text).find((g) => g.includes(acronym))).toEqual([acronym]);
  });
});

describe('"the group, which calls itself X" is X', () => {
  const edges = (text: string) => {
    const ex = analyzeArticle({ id: 't', title: 't', text });
    const label = new Map(ex.entities.map((e) => [e.id, e.label]));
    return ex.relations.map((r) => `${label.get(r.source)} ${r.type} ${label.get(r.target)}`);
  };
  it('the anaphor takes the name it gives itself, and what it claims', () => {
    expect(edges('Gunmen attacked the village of Gouro on Monday. The group, which calls itself the Kessar Liberation Army, claimed the attack.')).toContain('Kessar Liberation Army attacks Gouro');
  });
  // (fresh rows) the description a name defines is the subject, not the name of its leader in the aside after it
  it('a described group named in an aside with its leader: the group acts, not the leader', () => {
    const got = edges('The splinter group, known as the Kessar Liberation Army and led by a cleric called Idris Naro, has been at war with the Tarvan Front since 2019.');
    expect(got).toContain('Kessar Liberation Army attacks Tarvan Front');
    expect(got).not.toContain('Idris Naro attacks Tarvan Front');
  });
  it('not a description it gives itself', () => {
    const ex = analyzeArticle({ id: 't', title: 't', text: 'The Tarvan Front attacked the town of Gouro. The group, which calls itself a movement, claimed the attack.' });
    expect(ex.relations.some((r) => r.type === 'attacks' && ex.entities.find((e) => e.id === r.source)?.label === 'Tarvan Front')).toBe(true);
  });
});

describe('an acronym the text uses without defining it spells one earlier name', () => {
  it.each([
    ['The Northern Defence Brigades shelled Faya on Sunday. The NDB said the town was a military target.', ['NDB', 'Northern Defence Brigades']],
    ['Talks with the Popular Liberation Front of Darfur broke down. Later the PLFD attacked a convoy.', ['PLFD', 'Popular Liberation Front of Darfur']],
  ])('%s', (text, together) => {
    expect(names(text)).toContainEqual(together);
  });

  it.each([
    // two names spell the same letters: neither
    ['The Northern Defence Brigades met the Nile Development Bank. The NDB said nothing.', 'NDB'],
    // the acronym comes before the name: not an abbreviation of it
    ['The NDB said nothing. The Northern Defence Brigades shelled Faya.', 'NDB'],
    // the letters do not spell the name's words
    ['The Northern Defence Brigades shelled Faya. The NBD said the town was hit.', 'NBD'],
  ])('does not fire: %s', (text, acronym) => {
    expect(names(text).find((g) => g.includes(acronym))).toEqual([acronym]);
  });
});

describe("a group's acronym in its own language", () => {
  it.each([
    // (the fighters "from" the group are the group too, a description of it)
    ['Fighters from the Kessar National Liberation Army (EKLN) attacked Faya. The EKLN withdrew.', ['EKLN', 'Fighters', 'Kessar National Liberation Army']],
    // the group's place after its name, inside the acronym (a UN mission)
    ['A convoy of the United Nations Integrated Support Mission in Niger (MINUSNI) was hit. MINUSNI said two died.', ['MINUSNI', 'United Nations Integrated Support Mission']],
  ])('%s', (text, together) => {
    expect(names(text)).toContainEqual(together);
  });
  it.each([
    // a person followed by a group's acronym in brackets is no definition
    ['Omar Dalmar (ISIS) was killed near Faya.'],
  ])('does not join: %s', (text) => {
    expect(names(text).some((g) => g.includes('Omar Dalmar') && g.includes('ISIS'))).toBe(false);
  });
});
