import { describe, expect, it } from 'vitest';
import { graphFromExtractions } from '../../src/graph/from-extractions.ts';
import { vote, preferLabel } from '../../src/util/combine.ts';
import type { ArticleExtraction, EntityType } from '../../src/types.ts';
import { KIND_OF_TYPE } from '../../src/types.ts';

/** One article naming one entity with the given label and type. */
function art(id: string, label: string, type: EntityType): ArticleExtraction {
  return {
    article: { id, title: id },
    entities: [{ id: 'united-kingdom', label, kind: KIND_OF_TYPE[type], type, aliases: [], mentions: [{ start: 0, end: label.length, text: label }] }],
    relations: [],
    quotes: [],
  };
}

describe('a node takes the label and type most articles give', () => {
  it.each([
    [[['UK', 'country'], ['United Kingdom', 'country'], ['UK', 'government']], 'UK', 'country', 'place'],
    [[['UK', 'government'], ['United Kingdom', 'government'], ['UK', 'country']], 'UK', 'government', 'actor'],
    [[['UK', 'country'], ['United Kingdom', 'country']], 'United Kingdom', 'country', 'place'],
  ] as Array<[Array<[string, EntityType]>, string, EntityType, string]>)('%j -> %s, %s', (seen, label, type, kind) => {
    const g = graphFromExtractions(seen.map(([l, t], i) => art(`a${i}`, l, t)));
    expect(g.getNodeAttributes('united-kingdom')).toMatchObject({ label, type, kind, articles: seen.length });
    expect(g.getNodeAttribute('united-kingdom', 'aliases')).not.toContain(label);
  });

  it.each([
    [[['a', 1], ['b', 2]], undefined, 'b'],
    [[['b', 1], ['a', 1]], undefined, 'a'],
    [[['SDF', 2], ['Syrian Democratic Forces', 2]], preferLabel, 'Syrian Democratic Forces'],
  ] as Array<[Array<[string, number]>, ((a: string, b: string) => string) | undefined, string]>)('vote(%j) = %s', (votes, prefer, expected) => {
    expect(vote(new Map(votes), prefer)).toBe(expected);
  });
});
