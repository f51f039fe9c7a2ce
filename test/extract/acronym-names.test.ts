/**
 * Names defined by their acronym in brackets (src/extract/mentions/patterns.ts
 * name-before-acronym): the acronym says where a name of joining words starts
 * (Schwartz & Hearst). Sentences written fresh for this test, with the false
 * positives: two names joined by "and", documents, other languages' acronyms.
 */
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/resolve/index.ts';

function names(text: string) {
  return analyzeArticle({ id: 't', title: 't', text }).entities.flatMap((e) => e.mentions.filter((m) => !m.via).map((m) => m.text));
}

describe('a name of joining words defined by its acronym is one name', () => {
  it.each([
    ['Fighters of the Popular Front for the Liberation of Varania (PFLV) shelled the port.', 'Popular Front for the Liberation of Varania', 'PFLV'],
    ['The Coordination Council for Relief in Eastern Moravel (CCREM) appealed for aid.', 'Coordination Council for Relief in Eastern Moravel', 'CCREM'],
    // the acronym cuts off what comes before the name it abbreviates
    ['Soldiers of the Tank Brigade and the National Guard of Ostra (NGO) advanced.', 'National Guard of Ostra', 'NGO'],
    // a name that opens with a word capitalised for other reasons, when each capitalised word gives the acronym a letter
    ['The Kurdish Workers Union of Tesra (KWUT) called a strike.', 'Kurdish Workers Union of Tesra', 'KWUT'],
    // no joining word, but a place's name at its end that would cut it there
    ['Fighters of the Harakat-i-Tesra Pakistan (HTP) crossed the border.', 'Harakat-i-Tesra Pakistan', 'HTP'],
    // ... and longer than a name the dictionary knows, whose type it keeps
    ['Islamic State in the Lower Varan Valley (ISLVV) fighters raided a village.', 'Islamic State in the Lower Varan Valley', 'ISLVV'],
    // no joining word, but a title inside it that would cut it there (no general named "Popular")
    ['Fighters of the Ejercito General Popular (EGP) ambushed a patrol.', 'Ejercito General Popular', 'EGP'],
    ['A front of the Estado Mayor Central (EMC) ambushed a patrol in Cauca.', 'Estado Mayor Central', 'EMC'],
    // the acronym it is "known as", after a comma, defines it as a bracket does (with the place it names)
    ['Troops of the Varanian Support and Stabilization Mission in Tesra, known as VSSMT, guard the port.', 'Varanian Support and Stabilization Mission in Tesra', 'VSSMT'],
  ])('%s', (text, name, acr) => {
    const got = names(text);
    expect(got).toContain(name);
    expect(got).toContain(acr);
  });

  it('a longer name over a known head keeps the head\'s type', () => {
    const e = analyzeArticle({ id: 't', title: 't', text: 'Islamic State in the Lower Varan Valley (ISLVV) fighters raided a village.' }).entities.find((x) => x.label === 'Islamic State in the Lower Varan Valley');
    expect(e?.type).toBe('armed_group');
  });

  it.each([
    // the acronym of another language's name fits none of the English words: left to the other finders
    ['The Union of Free Farmers in Tesra (JMRT) held a rally.', 'Union of Free Farmers in Tesra'],
    // a document, not an actor
    ['The ministers signed the Convention on the Protection of River Ports (CPRP) on Monday.', 'Convention on the Protection of River Ports'],
    // two names joined by "and": not one
    ['The Harbour Police and the Customs Office of Leska (COL) seized the cargo.', 'Harbour Police and the Customs Office of Leska'],
  ])('not one name: %s', (text, notName) => {
    expect(names(text)).not.toContain(notName);
  });
});

describe('an acronym the article defines is the name it defines there', () => {
  // the dictionary gives "ADF" to the Australian Defence Force; this article defines it as another group's name
  const labels = (text: string) => analyzeArticle({ id: 't', title: 't', text }).entities.map((e) => e.label);
  it.each([
    ['The Allied Democratic Forces (ADF) raided a village near Beni. The ADF later withdrew.', 'Allied Democratic Forces', 'Australian Defence Force'],
  ])('%s', (text, own, other) => {
    const got = labels(text);
    expect(got).toContain(own);
    expect(got).not.toContain(other);
  });
  // ... or where its context read it ("ADF rebels") and the article writes out the name it spells, after it
  it('an acronym read from its context is the group the article names with its initials later', () => {
    const text = 'Suspected ADF rebels killed 12 villagers near Beni. The Allied Democratic Forces, an armed group of Ugandan origin, has pledged allegiance to the Islamic State.';
    const got = labels(text);
    expect(got).toContain('Allied Democratic Forces');
    expect(got).not.toContain('Australian Defence Force');
  });
  // an acronym of the name in another language, its capitals the name's initials in another order, maybe with a
  // lower-case letter of its last word ("Forces Armées Maliennes")
  it.each([
    ['Rebels ambushed a convoy of the Nigerien Armed Forces (FANi) near Agadez. FANi said ten soldiers died.', 'FANi'],
    ['The Varanian Defence Forces (FDV) shelled the port. The FDV later withdrew.', 'FDV'],
  ])('%s', (text, acr) => {
    const ex = analyzeArticle({ id: 't', title: 't', text });
    const own = ex.entities.filter((e) => e.aliases.includes(acr) || e.label === acr);
    expect(own).toHaveLength(1);
    expect(own[0]!.mentions.length).toBeGreaterThanOrEqual(3);
  });
  it('the dictionary entity keeps its acronym where the article defines it by its own name', () => {
    expect(labels('The Australian Defence Force (ADF) deployed two ships. The ADF said.')).toContain('Australian Defence Force');
  });
});

describe('a name joined by "and" before its acronym in another language', () => {
  // the acronym's letters are the capitalised words' initials in another order ("Forces de défense et de sécurité");
  // words joined by "and" before one head take the head's type
  it.each([
    ['Varanian Defence and Security Forces (FDS) retook the town of Gouro on Monday.', 'Defence and Security Forces', 'FDS', 'force'],
    ['The Unity and Justice Front (FJU) shelled the port of Kessar.', 'Unity and Justice Front', 'FJU', 'armed_group'],
  ])('%s', (text, label, acr, type) => {
    const e = analyzeArticle({ id: 't', title: 't', text }).entities.find((x) => x.aliases.includes(acr) || x.label === acr);
    expect(e?.label.startsWith(label)).toBe(true);
    expect(e?.type).toBe(type);
  });
  // no permutation of another run of words: a list of parties before one party's acronym
  it('reads no name across a list before an acronym of other letters', () => {
    const got = analyzeArticle({ id: 't', title: 't', text: 'Chad and Niger backed the Kessar Brigades (KB) in the fighting.' }).entities.map((x) => x.label);
    expect(got).not.toContain('Chad and Niger backed the Kessar Brigades');
    expect(got).toContain('Kessar Brigades');
  });
});

describe('an acronym two entries share is read by the countries the article names', () => {
  // "ADF", "AA", "SNA": the lexicon's entries that carry them, and the countries (`countries`) whose articles read them so
  const entityOf = (text: string, words: string) => analyzeArticle({ id: 't', title: 't', text }).entities.find((e) => e.mentions.some((m) => text.slice(m.start, m.end) === words))?.label;
  it.each([
    ['BUTEMBO, Congo - ADF fighters raided a health centre overnight, a local official said.', 'ADF', 'Allied Democratic Forces'],
    ['Ugandan troops pursued the ADF into the forest after the raid on the school.', 'ADF', 'Allied Democratic Forces'],
    ['The ADF sent two transport aircraft to the Pacific, the Australian defence minister said.', 'ADF', 'Australian Defence Force'],
    ['Fighting spread across Rakhine State as the AA overran a border post.', 'AA', 'Arakan Army'],
    ['Turkish drones struck a depot in northern Iraq, AA reported.', 'AA', 'Anadolu Agency'],
    ['Clashes broke out near Mogadishu after SNA units moved into the district.', 'SNA', 'Somali National Army'],
    ['The SNA shelled villages outside Afrin, a monitor said.', 'SNA', 'Syrian National Army'],
  ])('%s', (text, acr, label) => {
    expect(entityOf(text, acr)).toBe(label);
  });
  // an acronym whose entries are all read in countries the article does not name is a name of its own
  it.each([
    ['The ADF said it had lost two men in the assault.', 'ADF', ['Allied Democratic Forces', 'Australian Defence Force']],
    ['Somali elders met Kenyan officials, and the ADF was not mentioned.', 'ADF', ['Allied Democratic Forces', 'Australian Defence Force']],
  ])('%s', (text, acr, notLabels) => {
    const label = entityOf(text, acr);
    for (const l of notLabels) expect(label).not.toBe(l);
  });
});

describe('an acronym used without a definition, after the group whose initials it spells, is that group', () => {
  const entityOf = (text: string, words: string) => analyzeArticle({ id: 't', title: 't', text }).entities.find((e) => e.mentions.some((m) => text.slice(m.start, m.end) === words))?.label;
  it.each([
    ['The Kessar Independence Army shelled the port. The KIA said it had lost no men.', 'KIA', 'Kessar Independence Army'],
    ['Fighters of the Tarvan Liberation Front entered Faya. Later the TLF withdrew.', 'TLF', 'Tarvan Liberation Front'],
  ])('%s', (text, acr, label) => {
    expect(entityOf(text, acr)).toBe(label);
  });
  it.each([
    // before the name, or two capitals: no mention
    ['The KIA said it had lost no men. The Kessar Independence Army shelled the port.', 'KIA'],
    ['The Mira Aden Battalion took the base near Hama AB.', 'AB'],
  ])('no mention: %s', (text, acr) => {
    expect(entityOf(text, acr)).toBeUndefined();
  });
});
