/**
 * applyCuration: each override kind on a graph folded from hand-built
 * extractions, the input left untouched, and overrides that survive a
 * re-ingest (the same curation applied to a graph rebuilt with more articles).
 */
import { describe, expect, it } from 'vitest';
import { applyCuration, applyCurationReport, curateInPlace } from '../../src/graph/curate.ts';
import { graphFromExtractions } from '../../src/graph/from-extractions.ts';
import { emptyCuration, parseCuration, type Curation } from '../../src/resolve/curation.ts';
import { KIND_OF_TYPE } from '../../src/types.ts';
import type { ArticleExtraction, Entity, EntityType, Relation } from '../../src/types.ts';

/**
 * One article: sentence text is built so that evidence offsets point at the
 * real names (split relies on them).
 */
function article(id: string, published: string, sentence: string, names: Array<[string, string, EntityType]>, rels: Array<[Relation['type'], string, string]>): ArticleExtraction {
  const at = (name: string): number => {
    const i = sentence.indexOf(name);
    if (i < 0) throw new Error(`fixture: "${name}" not in "${sentence}"`);
    return i;
  };
  const entities: Entity[] = names.map(([eid, name, type]) => ({
    id: eid,
    label: name,
    type,
    kind: KIND_OF_TYPE[type],
    aliases: [],
    mentions: [{ start: at(name), end: at(name) + name.length, text: name }],
  }));
  const span = (eid: string) => {
    const e = entities.find((x) => x.id === eid)!;
    return { start: e.mentions[0]!.start, end: e.mentions[0]!.end };
  };
  const relations: Relation[] = rels.map(([type, s, t]) => ({
    type,
    source: s,
    target: t,
    evidence: [{ start: 0, end: sentence.length, sentence, sourceMention: span(s), targetMention: span(t), rule: 'fixture', confidence: 0.5 }],
  }));
  return { article: { id, title: id, published }, entities, relations, quotes: [] };
}

const A1 = article('a1', '2024-01-01', 'ISIL attacked Syria.', [['isil', 'ISIL', 'armed_group'], ['syria', 'Syria', 'country']], [['attacks', 'isil', 'syria']]);
const A2 = article('a2', '2024-02-01', 'ISIS attacked Iraq.', [['isis', 'ISIS', 'armed_group'], ['iraq', 'Iraq', 'country']], [['attacks', 'isis', 'iraq']]);
const A3 = article('a3', '2024-03-01', 'IS fighters attacked Syria.', [['isis', 'IS', 'armed_group'], ['syria', 'Syria', 'country']], [['attacks', 'isis', 'syria']]);
const A4 = article('a4', '2024-04-01', 'ISIL attacked Iraq.', [['isil', 'ISIL', 'armed_group'], ['iraq', 'Iraq', 'country']], [['attacks', 'isil', 'iraq']]);

const cur = (c: Partial<Curation>): Curation => ({ ...emptyCuration(), ...c });

describe('applyCuration: each override kind', () => {
  const base = graphFromExtractions([A1, A2, A3]);

  it('merge: A into B moves edges, counts, aliases and dates; the input is untouched', () => {
    const g = applyCuration(base, cur({ merge: [{ from: 'isil', into: 'isis' }] }));
    expect(g.hasNode('isil')).toBe(false);
    expect(g.getNodeAttributes('isis')).toMatchObject({ label: 'ISIS', mentions: 3, articles: 3, firstSeen: '2024-01-01', lastSeen: '2024-03-01' });
    expect(g.getNodeAttribute('isis', 'aliases')).toEqual(['IS', 'ISIL']);
    expect(g.getEdgeAttributes('isis|attacks|syria')).toMatchObject({ weight: 2, confidence: 0.75 });
    expect(base.hasNode('isil')).toBe(true);
    expect(base.getEdgeAttribute('isis|attacks|syria', 'weight')).toBe(1);
  });

  it('merge into an id not in the graph renames the node', () => {
    const g = applyCuration(base, cur({ merge: [{ from: 'isil', into: 'islamic-state' }] }));
    expect(g.hasNode('islamic-state')).toBe(true);
    expect(g.hasEdge('islamic-state|attacks|syria')).toBe(true);
    expect(g.getNodeAttribute('islamic-state', 'mentions')).toBe(1);
  });

  it('split: a name out of a node moves the evidence of that name to a new node', () => {
    const g = applyCuration(base, cur({ split: [{ node: 'isis', name: 'IS', id: 'is-other', type: 'organization' }] }));
    expect(g.getNodeAttributes('is-other')).toMatchObject({ label: 'IS', type: 'organization', kind: 'actor', mentions: 1, articles: 1 });
    expect(g.hasEdge('is-other|attacks|syria')).toBe(true);
    expect(g.hasEdge('isis|attacks|syria')).toBe(false);
    expect(g.hasEdge('isis|attacks|iraq')).toBe(true);
    expect(g.getNodeAttributes('isis')).toMatchObject({ mentions: 1, aliases: [] });
  });

  it('rename: new label, the old one kept as alias', () => {
    const g = applyCuration(base, cur({ rename: [{ node: 'isis', label: 'Islamic State' }] }));
    expect(g.getNodeAttribute('isis', 'label')).toBe('Islamic State');
    expect(g.getNodeAttribute('isis', 'aliases')).toContain('ISIS');
  });

  it('retype: type and kind follow', () => {
    const g = applyCuration(base, cur({ retype: [{ node: 'syria', type: 'government' }] }));
    expect(g.getNodeAttributes('syria')).toMatchObject({ type: 'government', kind: 'actor' });
  });

  it('reject: a node with its edges, or one edge', () => {
    const g1 = applyCuration(base, cur({ reject: [{ node: 'iraq' }] }));
    expect(g1.hasNode('iraq')).toBe(false);
    expect(g1.hasEdge('isis|attacks|iraq')).toBe(false);
    const g2 = applyCuration(base, cur({ reject: [{ edge: 'isis|attacks|iraq' }] }));
    expect(g2.hasNode('iraq')).toBe(true);
    expect(g2.hasEdge('isis|attacks|iraq')).toBe(false);
  });

  it('pin: marks a node, or keeps an absent one by label and type', () => {
    const g = applyCuration(base, cur({ pin: [{ node: 'syria' }, { node: 'rohilat-afrin', label: 'Rohilat Afrin', type: 'person' }, { node: 'ghost' }] }));
    expect(g.getNodeAttribute('syria', 'pinned')).toBe(true);
    expect(g.getNodeAttributes('rohilat-afrin')).toMatchObject({ label: 'Rohilat Afrin', kind: 'actor', mentions: 0, pinned: true });
    expect(g.hasNode('ghost')).toBe(false);
  });

  it('later overrides follow merges, and the report says what was skipped', () => {
    const r = applyCurationReport(
      base,
      cur({ merge: [{ from: 'isil', into: 'isis' }], rename: [{ node: 'isil', label: 'Islamic State' }], reject: [{ edge: 'isil|attacks|iraq' }, { node: 'nowhere' }] }),
    );
    expect(r.graph.getNodeAttribute('isis', 'label')).toBe('Islamic State');
    expect(r.graph.hasEdge('isis|attacks|iraq')).toBe(false);
    expect(r.applied).toHaveLength(3);
    expect(r.skipped).toEqual(['reject nowhere: no node "nowhere"']);
  });

  it('reject wins over pin', () => {
    const g = applyCuration(base, cur({ pin: [{ node: 'iraq' }], reject: [{ node: 'iraq' }] }));
    expect(g.hasNode('iraq')).toBe(false);
  });
});

describe('overrides survive later ingests and re-ingests', () => {
  const curation = parseCuration({ version: 1, merge: [{ from: 'isil', into: 'isis' }], reject: [{ edge: 'isis|attacks|syria' }] }, 'x');
  const check = (articles: ArticleExtraction[]) => applyCuration(graphFromExtractions(articles), curation);

  it('the same result after re-ingesting the same articles', () => {
    const a = check([A1, A2, A3]);
    const b = check([A1, A2, A3, A1, A3]);
    expect(b.order).toBe(a.order);
    expect(b.hasNode('isil')).toBe(false);
    expect(b.hasEdge('isis|attacks|syria')).toBe(false);
  });

  it('a later article naming the merged-away entity lands on the kept node', () => {
    const g = check([A1, A2, A3, A4]);
    expect(g.hasNode('isil')).toBe(false);
    expect(g.getEdgeAttributes('isis|attacks|iraq')).toMatchObject({ weight: 2 });
  });
});

describe('curateInPlace (for build hooks)', () => {
  it('validates raw JSON and curates the given graph', () => {
    const g = graphFromExtractions([A1, A2]);
    curateInPlace(g, { version: 1, merge: [{ from: 'isil', into: 'isis' }] });
    expect(g.hasNode('isil')).toBe(false);
    expect(g.hasEdge('isis|attacks|syria')).toBe(true);
    expect(() => curateInPlace(g, { version: 9 }, 'z.curation.json')).toThrow(expect.objectContaining({ name: 'InputError', path: 'z.curation.json' }));
  });
});
