/**
 * Within-article resolution (issue 4): [text, expectation] tables.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.ts';
import { resolveArticle } from '../../src/resolve/article.ts';

const resolve = (text: string) => resolveArticle(extract({ id: 't', title: 't', text }));
const idsOf = (text: string, surface: string): string[] => {
  const ex = resolve(text);
  return ex.entities.filter((e) => e.mentions.some((m) => m.text === surface)).map((e) => e.id);
};

describe('within-article links', () => {
  const SAME: [string, string, string][] = [
    ['The Zenobia Liberation Front (ZLF) took the town. Later the ZLF withdrew.', 'Zenobia Liberation Front', 'ZLF'],
    ['General Rohilat Afrin, co-commander of the SDF, spoke. Afrin said more.', 'Rohilat Afrin', 'Afrin'],
    ['Col. Karim Haddad spoke first. Later, Haddad left.', 'Karim Haddad', 'Haddad'],
    ['Hayat Tahrir al-Sham took Idlib. The group then fought rivals.', 'Hayat Tahrir al-Sham', 'The group'],
    ['US coalition forces are at risk. ISIS is targeting allied troops.', 'US coalition forces', 'allied troops'],
    ['ISIS’s resurgence worries the SDF. ISIS is strong.', 'ISIS', 'ISIS'],
    ['The Syrian Democratic Forces advanced. SDF forces took Raqqa.', 'Syrian Democratic Forces', 'SDF forces'],
    // the attackers are the armed group that attacked (words.json anaphors)
    ['The Tarvan Front attacked an army post near Gao. Soldiers killed two of the attackers.', 'Tarvan Front', 'the attackers'],
    // a country's institution defined by its acronym: scoped to the country, still the acronym's ("Chad's ... (NSC)")
    ["Chad's General Staff Command (GSC) met on Monday. The GSC then ordered a curfew.", 'General Staff Command', 'GSC'],
    // a camp named with and without whom it holds (fresh row)
    ['Troops raided the Kessar refugee camp on Monday. They left the Kessar camp at dawn.', 'Kessar refugee camp', 'Kessar camp'],
    // a description in apposition to an organisation's name is that organisation (fresh rows)
    ['Gunmen linked to La Tarasca, the faction now led by Omar Haji, burned a ranch.', 'La Tarasca', 'the faction'],
    ['Police blamed Nueva Alianza, the group that controls the port, for the killings.', 'Nueva Alianza', 'the group'],
    // a country's force named by what it is, then its acronym in brackets: the acronym is that force (fresh row)
    ['Residents blamed the Zambian Military (ZDF) for the raid. The ZDF denied it.', 'Zambian Military', 'ZDF'],
    // a description with the name apposed after it is that name (fresh row)
    ['Gunmen opened fire on a patrol of the state police, the Kessar Guard, near Faya.', 'Kessar Guard', 'police'],
    // unnamed armed men given a name are the named group, its node (fresh row)
    ['Local fighters, known as the Kessar Lions, attacked the M23 near Goma.', 'Kessar Lions', 'fighters'],
    // a generic actor the text introduces with "a" or "an" right after a name is that name's description (fresh row)
    ['Residents blamed the Kessar Front (KF), an armed group led by Omar Haji, for the raid.', 'Kessar Front', 'armed group'],
    // "the" and a word that describes a group as armed or outlawed before a group's noun is an anaphor (lexicon
    // anaphorGroupAdjectives; fresh rows)
    ['The Tarvan Front withdrew from Dalan. The paramilitary group has held the road since May.', 'Tarvan Front', 'The paramilitary group'],
    ['Police raided homes of Kessar Liberation Front members. The banned organisation denies any link to the attack.', 'Kessar Liberation Front', 'The banned organisation'],
    ['The Tarvan Front took Faya in May. The movement said its fighters would stay.', 'Tarvan Front', 'The movement'],
    // ... and with a name right after it, it is that name's description, not the group named before (fresh row)
    ['The Tarvan Front shelled Dalan, where the paramilitary organisation Kessar Shield holds the bridge.', 'Kessar Shield', 'the paramilitary organisation'],
  ];
  it.each(SAME)('%s: "%s" = "%s"', (text, a, b) => {
    const x = idsOf(text, a);
    expect(x.length).toBe(1);
    expect(idsOf(text, b)).toEqual(x);
  });
  // ... but not an item of a list (fresh row)
  it('keeps a list item apart from the name after it', () => {
    const text = 'Gunmen attacked the police, the Kessar Guard, and the army near Faya.';
    expect(idsOf(text, 'police')).not.toEqual(idsOf(text, 'Kessar Guard'));
  });

  it.each([
    // of two forms of one length, the one in mixed case labels the entity (a dateline writes the town in capitals)
    ['FAYA, Chad, May 3 (Reuters) - Rebels entered Faya on Monday.', 'Faya'],
    ['Rebels entered Faya on Monday. FAYA was quiet by dusk.', 'Faya'],
    // unnamed armed men given a name: the name labels them (fresh row)
    ['Local fighters, known as the Kessar Lions, attacked the M23 near Goma.', 'Kessar Lions'],
  ])('labels %s with %s', (text, label) => {
    expect(resolve(text).entities.map((e) => e.label)).toContain(label);
  });

  // (fresh row) a lexicon person's one-word name before another person's full name ending in it is the lexicon's person
  it("keeps a son named after his father's surname apart from the father", () => {
    const ex = resolve("The 106th Brigade, led by Haftar's son Khaled Haftar, secured the road.");
    const khaled = ex.entities.find((e) => e.label === 'Khaled Haftar');
    expect(khaled?.mentions.map((m) => m.text)).toEqual(['Khaled Haftar']);
  });

  // (fresh rows) "movement" with its own "of" is motion, and a group's capitalised noun after "the" opens a name
  it.each([
    ['The Tarvan Front took Faya. Troops then restricted the movement of goods.', 'the movement'],
    ['The Tarvan Front took Faya. It joined the Movement for a Free Dalan in May.', 'the Movement'],
  ])('no anaphor: %s', (text, surface) => {
    expect(resolve(text).entities.some((e) => e.mentions.some((m) => m.text === surface))).toBe(false);
  });

  it('drops an ambiguous "the group"', () => {
    const ex = resolve('Hayat Tahrir al-Sham and Hurras al-Din clashed. The group lost.');
    expect(ex.entities.some((e) => e.mentions.some((m) => m.text === 'The group'))).toBe(false);
  });

  // (fresh rows) ... but two groups near it, when it opens its sentence, leave it to the one that opened the sentence before
  it('takes "the group" that opens a sentence to the group that opened the last one', () => {
    const ex = resolve('The Tarvan Front is a militia founded by a former commander of the Kessar Front. The group is part of the Nasr Alliance.');
    const tarvan = ex.entities.find((e) => e.label === 'Tarvan Front')!;
    expect(tarvan.mentions.map((m) => m.text)).toContain('The group');
  });

  // (fresh rows) ... and a group that names the phrase opening its sentence opened it ("The al-Qaeda affiliate known as X")
  it.each([
    ['The al-Qaeda affiliate known as the Nasr Front claimed the raid. The group has fought the Chadian army since 2015.'],
    ["Al-Qaeda's branch in Diyala, the Nasr Front, seized the town. The group has fought the Iraqi army since 2015."],
  ])('takes "the group" to the group that names the last opener: %s', (text) => {
    const ex = resolve(text);
    const nasr = ex.entities.find((e) => e.label === 'Nasr Front')!;
    expect(nasr.mentions.map((m) => m.text)).toContain('The group');
  });
  // (its full name after it is no second group)
  it('takes "the group" past the full name after the opener', () => {
    const ex = resolve("The al-Qaeda affiliate known as JNIM, or Jama'at Nusrat al-Islam wal-Muslimin, claimed the raid. The group has fought the Malian army since 2017.");
    const jnim = ex.entities.find((e) => e.mentions.some((m) => m.text === 'JNIM'))!;
    expect(jnim.mentions.map((m) => m.text)).toContain('The group');
  });

  it('keeps two people who share a surname apart', () => {
    const ex = resolve('Gen. Karim Haddad and Col. Samir Haddad met. Haddad spoke.');
    const people = ex.entities.filter((e) => e.type === 'person').map((e) => e.id).sort();
    expect(people).toEqual(['karim-haddad', 'samir-haddad']);
  });

  // (fresh rows) a lexicon person's one-word name is the article's own person when the article has named others by it
  it("takes a surname to the person the article named first by it, not to the lexicon's", () => {
    const ex = resolve('Hafez al-Assad seized power in 1970. His brother Rifaat al-Assad led the Defence Companies. In 1982 Assad crushed the revolt.');
    const hafez = ex.entities.find((e) => e.label === 'Hafez al-Assad')!;
    expect(hafez.mentions.map((m) => m.text)).toContain('Assad');
    expect(ex.entities.map((e) => e.id)).not.toContain('bashar-al-assad');
  });
  it("reads a given name before a lexicon person's surname as another person's name", () => {
    const ex = resolve('There were no casualties, a coalition spokesman, Turki al-Maliki, told reporters.');
    expect(ex.entities.filter((e) => e.type === 'person').map((e) => e.label)).toEqual(['Turki al-Maliki']);
  });

  it('keeps the country apart from its forces', () => {
    const ex = resolve('The US maintains 900 personnel in Syria. US forces might withdraw.');
    expect(idsOf('The US maintains 900 personnel in Syria. US forces might withdraw.', 'US')).toEqual(['united-states']);
    expect(ex.entities.map((e) => e.id)).toContain('us-forces');
  });

  it('strips titles into titles and roles into roles', () => {
    const ex = resolve('Brig. Gen. Ali al-Hassan, a spokesman for the Asayish, warned.');
    const p = ex.entities.find((e) => e.id === 'ali-al-hassan')!;
    expect(p.label).toBe('Ali al-Hassan');
    expect(p.titles).toEqual(['Brig. Gen.']);
    expect(p.roles).toEqual(['spokesman']);
  });

  it("titles and roles stay a person's: a titled mention put in a group's cluster gives the group none", () => {
    const text = 'ISIS attacked Mosul. Rear Admiral IS denied it.';
    const raw = extract({ id: 't', title: 't', text });
    const at = text.indexOf('IS denied');
    // a stray titled mention of the group's own name, as a coreference slip can give
    raw.mentions.push({ start: at, end: at + 2, text: 'IS', kind: 'actor', type: 'armed_group', rule: 'lexicon-groups', canonical: 'isis', titles: ['Rear Admiral'], role: 'spokesman' } as (typeof raw.mentions)[number]);
    const isis = resolveArticle(raw).entities.find((e) => e.id === 'isis')!;
    expect([isis.titles, isis.roles]).toEqual([undefined, undefined]);
  });

  it('drops relations whose ends are one entity and sorts output', () => {
    const ex = resolve('The Islamic State (ISIS) attacked ISIS positions. ISIS attacked the Peshmerga.');
    expect(ex.relations.every((r) => r.source !== r.target)).toBe(true);
    const ids = ex.entities.map((e) => e.id);
    expect(ids).toEqual([...ids].sort());
  });
});

/**
 * Common nouns that describe a group instead of naming it are mentions of the
 * group's own node with via "generic"; a name never is. [text, generic
 * mentions (sorted), names that must stay names]. Sentences written fresh.
 */
const GENERIC: [string, string[], string[]][] = [
  ['Police said rebels attacked the convoy near Tarnak.', ['Police', 'rebels'], ['Tarnak']],
  ['Kurdish fighters and government forces shelled the village.', ['Kurdish fighters', 'government forces'], []],
  ['Gunmen killed four civilians on Sunday.', ['Gunmen', 'civilians'], []],
  ['Aid workers reached Idlib.', ['Aid workers'], ['Idlib']],
  ['The world community condemned the siege of Darayya.', ['world community'], ['Darayya']],
  // names, never generic
  ['The Kurdistan Workers Party denied the report.', [], ['Kurdistan Workers Party']],
  ['The Free Syrian Army and the Syrian Democratic Forces met in Azaz.', [], ['Free Syrian Army', 'Syrian Democratic Forces', 'Azaz']],
];

describe('resolveArticle: generic descriptions are not names', () => {
  it.each(GENERIC)('%s', (text, generic, names) => {
    const mentions = resolve(text).entities.flatMap((e) => e.mentions);
    expect(mentions.filter((m) => m.via === 'generic').map((m) => m.text).sort()).toEqual(generic);
    for (const n of names) expect(mentions.find((m) => m.text === n && !m.via), n).toBeDefined();
  });
});
