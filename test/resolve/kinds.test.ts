/**
 * Canonical ids keep the text's typing across the place/actor line (a team
 * named after its city, a country acting as its government), and offices
 * without a name ("Defence Minister") never collapse to a bare title.
 */
import { describe, expect, it } from 'vitest';
import { canonicalizeArticle, slugLabel, splitTitles } from '../../src/resolve/canonical.ts';
import { KIND_OF_TYPE } from '../../src/types.ts';
import type { ArticleExtraction, Entity, EntityType } from '../../src/types.ts';

function ent(id: string, label: string, type: EntityType, at: number[] = [0]): Entity {
  return { id, label, type, kind: KIND_OF_TYPE[type], aliases: [], mentions: at.map((s) => ({ start: s, end: s + label.length, text: label })) };
}
function article(entities: Entity[]): ArticleExtraction {
  return { article: { id: 'a1', title: 'T' }, entities, relations: [], quotes: [] };
}
const one = (e: Entity): Entity => canonicalizeArticle(article([e])).entities[0]!;

describe('the text types across the place/actor line; the lexicon types the rest', () => {
  const cases: Array<[string, EntityType, string, EntityType]> = [
    // [label, extraction type, expected id, expected type]
    ['Leeds', 'organization', 'leeds-organization', 'organization'],
    ['United Kingdom', 'government', 'united-kingdom', 'government'],
    ['United States', 'government', 'united-states', 'government'],
    ['Syria', 'country', 'syria', 'country'],
    ['ISIS', 'force', 'isis', 'armed_group'],
    ['Hezbollah', 'organization', 'hezbollah', 'armed_group'],
  ];
  it.each(cases)('%s (%s) -> %s / %s', (label, type, id, outType) => {
    const e = one(ent('x', label, type));
    expect(e.id).toBe(id);
    expect(e.type).toBe(outType);
    expect(e.kind).toBe(KIND_OF_TYPE[outType]);
  });

  it('a team named after its city keeps a hint to the city', () => {
    expect(one(ent('x', 'Leeds', 'organization')).possiblySameAs).toEqual(['leeds']);
  });

  it('the city and its team in one article stay two nodes', () => {
    const out = canonicalizeArticle(article([ent('a', 'Leeds', 'city'), ent('b', 'Leeds', 'organization', [40])]));
    expect(out.entities.map((e) => `${e.id}:${e.kind}`).sort()).toEqual(['leeds-organization:actor', 'leeds:place']);
  });
});

describe('offices without a name keep the whole office', () => {
  const cases: Array<[string, string]> = [
    ['Defence Minister', 'defense-minister'],
    ['British Foreign Secretary', 'british-foreign-secretary'],
    ['Brig. Gen. Ali al-Hassan', 'ali-hassan'],
    ['Syrian President Bashar al-Assad', 'bashar-assad'],
  ];
  it.each(cases)('%s -> %s', (label, slug) => {
    expect(slugLabel({ label, type: 'person' })).toBe(slug);
  });
  const titleOnly: string[] = ['Defence Minister', 'Prime Minister', 'Foreign Secretary', 'Minister of Foreign Affairs', 'Minister of State for the Middle East', 'Secretary of State'];
  it.each(titleOnly)('%s is not split into a title and a bare title', (label) => {
    expect(splitTitles(label)).toEqual({ name: label });
  });
  const titled: Array<[string, string, string]> = [
    ['Minister of Foreign Affairs Lena Havel', 'Lena Havel', 'Minister of Foreign Affairs'],
    ['Secretary of State Maria Okafor', 'Maria Okafor', 'Secretary of State'],
    ['Sen. Lt. Oksana Melnik', 'Oksana Melnik', 'Sen. Lt.'],
  ];
  it.each(titled)('%s -> %s, titled %s', (label, name, title) => {
    expect(splitTitles(label)).toEqual({ name, title });
  });
});
