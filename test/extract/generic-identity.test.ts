/**
 * Unnamed armed men a news report names as one armed group are that group in every mention
 * (src/extract/pipeline.ts identifiedGenerics): by a name given to them ("known as") or by their membership ("the
 * insurgents, who belong to X"); not when only some of them are, when the article ties them to two groups, or when
 * they fight that group. Fresh texts.
 */
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/resolve/index.ts';

function graph(text: string) {
  const ex = analyzeArticle({ id: 'g', title: 'g', text });
  const label = new Map(ex.entities.map((e) => [e.id, e.label]));
  return {
    labels: ex.entities.map((e) => e.label),
    edges: ex.relations.map((r) => `${label.get(r.source)} ${r.type} ${label.get(r.target)}`),
  };
}

describe('unnamed armed men named as one group', () => {
  it('are the group in every mention, by their membership', () => {
    const g = graph('Islamist insurgents stormed Gouro overnight, killing six civilians. The insurgents, who belong to the Tarvan Front, entered the town from the south. Later the insurgents burned a clinic in Faya.');
    expect(g.edges).toContain('Tarvan Front attacks civilians (in g)');
    expect(g.labels.filter((l) => l.startsWith('rebels'))).toEqual([]);
  });

  it('are the group in every mention, by a name given to them', () => {
    const g = graph('Islamist insurgents stormed the town of Gouro overnight. The insurgents, known as the Kessar Lions, entered from the south.');
    expect(g.edges).toContain('Kessar Lions attacks Gouro');
    expect(g.labels.filter((l) => l.startsWith('rebels'))).toEqual([]);
  });

  it.each([
    // (a part of them)
    ['Insurgents stormed Gouro overnight. Two of the insurgents belong to the Tarvan Front, police said.'],
    // (two groups)
    ['Insurgents stormed Gouro overnight. The insurgents, who belong to the Tarvan Front, fled north. Other insurgents, who belong to the Kessar Brigades, stayed.'],
    // (men who fight the group are another side)
    ['Insurgents attacked the Tarvan Front in Gouro on Monday. Police said the insurgents were members of the Tarvan Front.'],
  ])('stay unnamed men: %s', (text) => {
    expect(graph(text).labels.some((l) => l.startsWith('rebels'))).toBe(true);
  });
});
