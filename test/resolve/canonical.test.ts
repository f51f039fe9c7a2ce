/**
 * Canonical ids across articles: normalisation rules as tables, gazetteer
 * mapping, same-id merges, and the cases that must stay apart.
 */
import { describe, expect, it } from 'vitest';
import { altKeys, nameKey } from '../../src/resolve/normalize.ts';
import { canonicalizeArticle, slugLabel } from '../../src/resolve/canonical.ts';
import { buildGazetteer, defaultGazetteer } from '../../src/resolve/gazetteer.ts';
import { KIND_OF_TYPE } from '../../src/types.ts';
import type { ArticleExtraction, Entity, EntityType, Evidence, Relation } from '../../src/types.ts';

/** A hand-built entity whose mentions all sit at the given offsets. */
function ent(id: string, label: string, type: EntityType, aliases: string[] = [], at: number[] = [0]): Entity {
  return { id, label, type, kind: KIND_OF_TYPE[type], aliases, mentions: at.map((s) => ({ start: s, end: s + label.length, text: label })) };
}

function ev(start: number, s: number, t: number, rule = 'test-rule'): Evidence {
  return { start, end: start + 10, sentence: 'x', sourceMention: { start: s, end: s + 1 }, targetMention: { start: t, end: t + 1 }, rule, confidence: 0.8 };
}

function article(entities: Entity[], relations: Relation[] = [], quotes: ArticleExtraction['quotes'] = []): ArticleExtraction {
  return { article: { id: 'a1', title: 'T' }, entities, relations, quotes };
}

const ids = (ex: ArticleExtraction): string[] => ex.entities.map((e) => e.id).sort();

describe('nameKey: one key for spellings of one name', () => {
  const same: Array<[string, string, boolean?]> = [
    ['ISIS', "ISIS's"],
    ['ISIS', 'isis'],
    ['Islamic State', 'the Islamic State'],
    ['Deir ez-Zor', 'Deir al-Zour'],
    ['Deir ez-Zor', 'Deir el-Zor'],
    ['Raqqa', 'Ar-Raqqah'],
    ['Raqqa', 'Raqqah'],
    ['al-Hol', 'al Hol'],
    ['al-Hol', 'el-Hol'],
    ['al-Hol', 'Al-Hol'],
    ['U.S.', 'US'],
    ['Öcalan', 'Ocalan'],
    ['Erdoğan', 'Erdogan'],
    ["Kurdistan Workers' Party", 'Kurdistan Workers Party'],
    ["People's Protection Units", 'Peoples Protection Units'],
    ["Hay'at Tahrir al-Sham", 'Hayat Tahrir al-Sham'],
    ['Qasem Soleimani', 'Qassem Suleimani'],
    ['Jaysh al-Islam', 'Jaish al-Islam'],
    ['Deir Ez Zor', 'Deir ez-Zor'],
    ['north-eastern Syria', 'northeastern Syria'],
    ['Popular Mobilization Force', 'Popular Mobilization Forces'],
    ['Special Operation Forces', 'Special Operations Forces'],
    ['Department of the Treasury', 'Department of Treasury'],
    ['President Assad', 'Assad', true],
    ['Gen. Rohilat Afrin', 'Rohilat Afrin', true],
    ['Brig. Gen. Ali al-Hassan', 'Ali al-Hassan', true],
    ['Syrian President Bashar al-Assad', 'Bashar al-Assad', true],
    // who a camp holds never changes which camp it is (lexicon identity campDescriptors; fresh rows)
    ['Kessar refugee camp', 'Kessar camp'],
    ['the Dalan displacement camp', 'Dalan camp'],
  ];
  it.each(same)('%s = %s', (a, b, person) => {
    expect(nameKey(a, { person: !!person })).toBe(nameKey(b, { person: !!person }));
  });

  const different: Array<[string, string]> = [
    ['Hayat Tahrir al-Sham', 'al-Nusra Front'],
    ['Islamic State', 'Islamic State of Iraq'],
    ['Hafez al-Assad', 'Bashar al-Assad'],
    ['Ali al-Hassan', 'Suheil al-Hassan'],
    ['RAAF', 'RAF'],
    ['United States', 'US forces'],
    ['Abdi', 'Abadi'],
    ['Hamas', 'Hama'],
    ['Homs', 'Hom'],
    ['Kessar refugee camp', 'Kessar camp attack'], // only a camp's name loses its descriptors
    ['Refugee Camp', 'Camp'],
  ];
  it.each(different)('%s != %s', (a, b) => {
    expect(nameKey(a)).not.toBe(nameKey(b));
  });

  it('a title never starts with a joining word: "of the United States" keeps its words', () => {
    expect(nameKey('of the United States', { person: true })).not.toBe(nameKey('United States'));
  });

  it('titles are stripped only for people', () => {
    expect(nameKey('General Command')).not.toBe(nameKey('Command'));
  });

  it('a fused article is a loose key: Deir Ezzor -> Deir ez-Zor', () => {
    expect(altKeys('Deir Ezzor')).toContain(nameKey('Deir ez-Zor'));
    expect(nameKey('Deir Ezzor')).not.toBe(nameKey('Deir ez-Zor'));
  });
});

describe('the gazetteer', () => {
  const gaz = defaultGazetteer();
  it('indexes every entity file of the lexicon', () => {
    expect(gaz.entries.has('isis')).toBe(true);
    expect(new Set([...gaz.entries.values()].map((e) => e.file))).toEqual(
      new Set(['groups.json', 'camps.json', 'forces.json', 'media.json', 'organizations.json', 'people.json', 'places.json', 'countries.json', 'sports.json']),
    );
  });

  const aliasGroups: Array<[string, string[]]> = [
    ['isis', ['ISIS', 'ISIL', 'IS', 'Islamic State', 'Islamic State of Iraq and the Levant', 'Daesh', "Da'esh"]],
    ['syrian-democratic-forces', ['SDF', 'QSD', 'Syrian Democratic Forces']],
    ['ypg', ['YPG', "People's Protection Units"]],
    ['hayat-tahrir-al-sham', ['HTS', 'Hayat Tahrir al-Sham']],
    ['al-nusra-front', ['Al-Nusra Front', 'Nusra Front', 'Jabhat al-Nusra']],
    ['popular-mobilization-forces', ['PMF', 'Popular Mobilization Forces', 'Hashd al-Shaabi']],
    ['syrian-arab-army', ['SAA', 'Syrian Arab Army']],
  ];
  it.each(aliasGroups)('%s carries all its aliases', (id, names) => {
    for (const n of names) expect(gaz.lookup(n).map((h) => h.entry.id)).toContain(id);
  });

  it('links HTS to al-Nusra Front as predecessor without merging', () => {
    expect(gaz.entries.get('hayat-tahrir-al-sham')!.related).toContainEqual({ id: 'al-nusra-front', relation: 'predecessor' });
    expect(gaz.lookup('al-Nusra Front').map((h) => h.entry.id)).not.toContain('hayat-tahrir-al-sham');
  });

  it('indexes validated entity files; the first file to name an id owns it', () => {
    const file = (path: string, id: string, label: string) => ({ path, reason: 'test', entries: [{ id, label, type: 'armed_group' as const, aliases: [], reason: 'test' }] });
    const g = buildGazetteer([file('a.json', 'x-front', 'X Front'), file('b.json', 'y-front', 'Y Front')]);
    expect(g.lookup('X Front').map((h) => h.entry.id)).toEqual(['x-front']);
    expect(g.entries.get('y-front')!.file).toBe('b.json');
  });
});

describe('canonicalizeArticle: mapping to gazetteer ids', () => {
  const table: Array<[string, EntityType, string[], string]> = [
    ['Daesh', 'armed_group', [], 'isis'],
    ['ISIL', 'armed_group', [], 'isis'],
    ['Islamic State', 'armed_group', ['ISIS'], 'isis'],
    ['QSD', 'force', [], 'syrian-democratic-forces'],
    ['Syrian Democratic Forces', 'force', ['SDF'], 'syrian-democratic-forces'],
    ["People's Protection Units", 'force', [], 'ypg'],
    ['Hashd al-Shaabi', 'force', [], 'popular-mobilization-forces'],
    ['Syrian Arab Army', 'force', [], 'syrian-arab-army'],
    ['President Assad', 'person', [], 'bashar-al-assad'],
    ['Bashar al-Assad', 'person', [], 'bashar-al-assad'],
    ['Deir al-Zour', 'city', [], 'deir-ez-zor'],
    ['Deir Ezzor', 'city', [], 'deir-ez-zor'],
    ['Ar-Raqqah', 'city', [], 'raqqa'],
    ['Hayat Tahrir al-Sham', 'armed_group', [], 'hayat-tahrir-al-sham'],
    ['Jabhat al-Nusra', 'armed_group', [], 'al-nusra-front'],
    // unknown label, known alias
    ['the jihadist group', 'armed_group', ['ISIS'], 'isis'],
    // unknown names keep a readable slug: titles off, no Arabic article, one spelling
    ['Rohilat Afrin', 'person', [], 'rohilat-afrin'],
    ['Gen. Rohilat Afrin', 'person', [], 'rohilat-afrin'],
    ['US Defense Secretary Ash Carter', 'person', [], 'ash-carter'],
    ['Major-General Igor Konashenkov', 'person', [], 'igor-konashenkov'],
    ['of State Antony Blinken', 'person', [], 'antony-blinken'],
    ['of the United States', 'person', [], 'of-united-states'],
    ['Prime Minister of Syria', 'person', [], 'prime-minister-of-syria'],
    ['Ali el-Hassan', 'person', [], 'ali-hassan'],
    ['Ali al Hassan', 'person', [], 'ali-hassan'],
    ['Ali Hassan', 'person', [], 'ali-hassan'],
    ['Maqsoud', 'person', [], 'maqsoud'],
    ['Binali Yıldırım', 'person', [], 'binali-yildirim'],
    ['Armoured Brigade', 'force', [], 'armored-brigade'],
    ['U.S.-backed forces', 'force', [], 'us-backed-force'],
    ['US-backed force', 'force', [], 'us-backed-force'],
    ['north-eastern Syria', 'region', [], 'northeastern-syria'],
    ['Department of the Treasury', 'government', [], 'department-of-treasury'],
    ['As-Safira District', 'region', [], 'safira-district'],
    ['al-Sofiyah District', 'region', [], 'sofiyah-district'],
  ];
  it.each(table)('%s (%s, aliases %j) -> %s', (label, type, aliases, id) => {
    const out = canonicalizeArticle(article([ent('tmp', label, type, aliases)]));
    expect(out.entities.map((e) => e.id)).toEqual([id]);
  });

  it('an unknown person keeps the name without titles as label, the titles apart', () => {
    const [e] = canonicalizeArticle(article([ent('x', 'US Defense Secretary Ash Carter', 'person')])).entities;
    expect(e).toMatchObject({ id: 'ash-carter', label: 'Ash Carter', titles: ['US Defense Secretary'], aliases: ['US Defense Secretary Ash Carter'] });
  });

  it('takes the gazetteer label and type, keeps the seen names as aliases', () => {
    const [e] = canonicalizeArticle(article([ent('x', 'Daesh', 'organization', ["Da'esh"])])).entities;
    expect(e).toMatchObject({ id: 'isis', label: 'Islamic State', type: 'armed_group', kind: 'actor' });
    expect(e!.aliases.sort()).toEqual(["Da'esh", 'Daesh']);
  });

  it('merges two entities of one article that land on one id, and rewrites relations and quotes', () => {
    const ex = article(
      [ent('e1', 'ISIS', 'armed_group', [], [0]), ent('e2', 'Daesh', 'armed_group', [], [50]), ent('e3', 'Syria', 'country', [], [20]), ent('e4', 'Rohilat Afrin', 'person', [], [80])],
      [
        { type: 'located_in', source: 'e1', target: 'e3', evidence: [ev(0, 0, 20)] },
        { type: 'located_in', source: 'e2', target: 'e3', evidence: [ev(40, 50, 20)] },
        { type: 'attacks', source: 'e1', target: 'e2', evidence: [ev(0, 0, 50)] },
      ],
      [{ speaker: 'e4', text: 'we defeated them', start: 90, end: 106, addressee: 'e2' }],
    );
    const out = canonicalizeArticle(ex);
    expect(ids(out)).toEqual(['isis', 'rohilat-afrin', 'syria']);
    const isis = out.entities.find((e) => e.id === 'isis')!;
    expect(isis.mentions.map((m) => m.start)).toEqual([0, 50]);
    expect(out.relations).toHaveLength(1); // the self-loop is dropped, the two located_in fold
    expect(out.relations[0]).toMatchObject({ type: 'located_in', source: 'isis', target: 'syria' });
    expect(out.relations[0]!.evidence.map((e) => e.start)).toEqual([0, 40]);
    expect(out.quotes[0]).toMatchObject({ speaker: 'rohilat-afrin', addressee: 'isis' });
  });
});

describe('canonicalizeArticle: must stay apart', () => {
  it('two different people sharing a short name', () => {
    const out = canonicalizeArticle(article([ent('a', 'Ali al-Hassan', 'person'), ent('b', 'Suheil al-Hassan', 'person')]));
    expect(ids(out)).toEqual(['ali-hassan', 'suheil-al-hassan']);
  });

  it('two unknown people with one surname, and the surname alone, stay three', () => {
    const out = canonicalizeArticle(article([ent('a', 'Ali Hassan', 'person'), ent('b', 'Omar Hassan', 'person', [], [20]), ent('c', 'Hassan', 'person', [], [40])]));
    expect(ids(out)).toEqual(['ali-hassan', 'hassan', 'omar-hassan']);
  });

  it('a one-word alias is not trusted when the article names another person with that surname', () => {
    const out = canonicalizeArticle(article([ent('a', 'Hafez al-Assad', 'person'), ent('b', 'Assad', 'person', [], [30])]));
    expect(ids(out)).toEqual(['assad', 'hafez-al-assad']);
    expect(out.entities.find((e) => e.id === 'assad')!.possiblySameAs).toEqual(['bashar-al-assad']);
  });

  it('a shorter form of the gazetteer name does not contest its one-word alias', () => {
    const out = canonicalizeArticle(article([ent('a', 'Recep Erdoğan', 'person'), ent('b', 'Erdoğan', 'person', [], [30])]));
    expect(ids(out)).toEqual(['recep-tayyip-erdogan']);
  });

  it('the same one-word alias maps when no other person shares it', () => {
    const out = canonicalizeArticle(article([ent('b', 'Assad', 'person')]));
    expect(ids(out)).toEqual(['bashar-al-assad']);
  });

  it('United States (place), US forces (force) and US government stay three nodes', () => {
    const out = canonicalizeArticle(
      article([ent('a', 'United States', 'country'), ent('b', 'US forces', 'force', [], [20]), ent('c', 'US government', 'government', [], [40]), ent('d', 'U.S.', 'country', [], [60])]),
    );
    expect(ids(out)).toEqual(['united-states', 'us-forces', 'us-government']);
    expect(out.entities.find((e) => e.id === 'us-forces')!.kind).toBe('force');
    expect(out.entities.find((e) => e.id === 'united-states')!.kind).toBe('place');
  });

  it('HTS and al-Nusra Front stay two nodes', () => {
    const out = canonicalizeArticle(article([ent('a', 'HTS', 'armed_group'), ent('b', 'Nusra Front', 'armed_group', [], [10])]));
    expect(ids(out)).toEqual(['al-nusra-front', 'hayat-tahrir-al-sham']);
  });

  const notTheCountry: Array<[string, EntityType]> = [
    ['Prime Minister of Syria', 'person'],
    ['President of Turkey', 'person'],
  ];
  it.each(notTheCountry)('%s (%s) is not the country', (label, type) => {
    const out = canonicalizeArticle(article([ent('a', label, type)]));
    expect(ids(out)).not.toContain('syria');
    expect(ids(out)).not.toContain('turkey');
  });

  const bareFirstNames: Array<[string, string[]]> = [
    ['Omar Abdullah', ['Abdullah']],
    ['Roni Ibrahim', ['Ibrahim']],
  ];
  it.each(bareFirstNames)('%s is no gazetteer person through a title-stripped first name', (label, aliases) => {
    const out = canonicalizeArticle(article([ent('a', label, 'person', aliases)]));
    expect(out.entities[0]!.id).toBe(slugLabel({ label, type: 'person' }));
  });

  it('a short acronym is not a folded word: "al-Eiss" is not IS', () => {
    expect(ids(canonicalizeArticle(article([ent('a', 'al-Eiss', 'city')])))).toEqual(['eiss']);
  });

  it('a multi-word name the extractor took for a person takes the gazetteer entry', () => {
    expect(ids(canonicalizeArticle(article([ent('a', 'Huras al-Din', 'person')])))).toEqual(['hurras-al-din']);
  });

  it('a person with titles never crosses over to a non-person entry', () => {
    const e = { ...ent('a', 'Deir ez-Zor', 'person'), titles: ['Gen.'] };
    expect(ids(canonicalizeArticle(article([e])))).toEqual(['deir-zor']);
  });

  it('a person never takes a place id: General Afrin is not the city', () => {
    const out = canonicalizeArticle(article([ent('a', 'Afrin', 'person'), ent('b', 'Afrin', 'city', [], [30])]));
    expect(ids(out)).toEqual(['afrin', 'afrin-city']);
  });

  it('aliases that point at two different entries decide nothing and leave a hint', () => {
    const out = canonicalizeArticle(article([ent('a', 'the militants', 'armed_group', ['HTS', 'ISIS'])]));
    expect(out.entities[0]!.id).toBe('militant');
    expect(out.entities[0]!.possiblySameAs).toEqual(['hayat-tahrir-al-sham', 'isis']);
  });

  it('slugLabel never collides with a gazetteer id of another kind', () => {
    expect(slugLabel({ label: 'the Observers', type: 'organization' })).toBe('observers');
  });
});

describe('canonicalizeArticle: a wrong upstream cluster is split by mention', () => {
  it('"Syria" with mentions "ISIS" and "Daesh" gives Syria and ISIS, evidence routed by mention', () => {
    const syria: Entity = {
      id: 'syria',
      label: 'Syria',
      type: 'country',
      kind: 'place',
      aliases: ['ISIS', 'Daesh'],
      mentions: [
        { start: 0, end: 5, text: 'Syria' },
        { start: 10, end: 14, text: 'ISIS' },
        { start: 30, end: 35, text: 'Daesh' },
      ],
    };
    const iraq = ent('iraq', 'Iraq', 'country', [], [50]);
    const out = canonicalizeArticle(
      article([syria, iraq], [
        { type: 'attacks', source: 'syria', target: 'iraq', evidence: [ev(10, 10, 50), ev(0, 0, 50, 'other')] },
      ]),
    );
    expect(ids(out)).toEqual(['iraq', 'isis', 'syria']);
    expect(out.entities.find((e) => e.id === 'isis')!.mentions.map((m) => m.text)).toEqual(['ISIS', 'Daesh']);
    expect(out.entities.find((e) => e.id === 'syria')!.aliases).toEqual([]);
    const ends = out.relations.map((r) => `${r.source}>${r.target}:${r.evidence.map((e) => e.rule).join(',')}`).sort();
    expect(ends).toEqual(['isis>iraq:test-rule', 'syria>iraq:other']);
  });

  it('mentions of one entry under an unknown label are not split', () => {
    const e: Entity = { ...ent('x', 'the jihadists', 'armed_group'), mentions: [{ start: 0, end: 4, text: 'ISIS' }, { start: 9, end: 13, text: 'ISIL' }] };
    expect(ids(canonicalizeArticle(article([e])))).toEqual(['isis']);
  });
});

