/**
 * The compact wire form (src/graph/compact.ts): the view imports the same
 * graph from it as from graphology's JSON, and it is much smaller.
 */
import { describe, expect, it } from 'vitest';
import { columnValue, compactItems, fromCompact, toCompact, type SerializedGraph } from '../../src/graph/compact.ts';
import { graphItems, parseGraph } from '../../web/src/data.ts';
import { quickCommunityGraph } from '../../web/src/quick-view.ts';
import { plantedGraph } from '../browser/synthetic-store.ts';

const small = (): SerializedGraph => ({
  options: { type: 'directed', multi: true, allowSelfLoops: false },
  attributes: { evidence: 'omitted', view: { nodes: 4, communities: 2 } },
  nodes: [
    { key: 'isis', attributes: { label: 'ISIS', kind: 'actor', type: 'armed_group', aliases: ['IS', 'Daesh'], mentions: 12, articles: 3, community: 0, x: 1.5, y: -2.25, pagerank: 0.4 } },
    { key: 'mosul', attributes: { label: 'Mosul', kind: 'place', type: 'city', aliases: [], mentions: 4, articles: 2, community: 1, x: 10, y: 3 } },
    { key: 'us-forces', attributes: { label: 'US forces', kind: 'force', type: 'force', aliases: [], mentions: 5, articles: 2, community: 0, x: -4, y: 0, titles: ['coalition'], firstSeen: '2024-01-02' } },
    { key: 'x', attributes: { label: 'X', kind: 'actor', type: 'person', aliases: [], mentions: 1, articles: 1, community: -1, x: 0, y: 9, quotes: [{ text: 'We will win.', start: 3, end: 15, articleId: 'a1' }] } },
  ],
  edges: [
    { key: 'isis|attacks|mosul', source: 'isis', target: 'mosul', attributes: { type: 'attacks', weight: 3, confidence: 0.8, evidence: [], firstSeen: '2024-01-02', lastSeen: '2024-02-01' } },
    { key: 'us-forces|attacks|isis', source: 'us-forces', target: 'isis', attributes: { type: 'attacks', weight: 1, confidence: 0.6, evidence: [], hedged: true } },
    // A key the store would not give, and evidence that is kept.
    { key: 'custom-1', source: 'isis', target: 'us-forces', attributes: { type: 'allied_with', weight: 1, confidence: 0.5, evidence: [{ sentence: 'ISIS and US forces.', start: 0, end: 19, sourceMention: { start: 0, end: 4 }, targetMention: { start: 9, end: 18 }, rule: 'r', confidence: 0.5, articleId: 'a1' }] } },
  ],
});

describe('compact graph form', () => {
  it('round-trips: fromCompact(toCompact(g)) is g without empty evidence lists', () => {
    const g = small();
    const back = fromCompact(JSON.parse(JSON.stringify(toCompact(g))));
    const expected = structuredClone(g);
    for (const e of expected.edges) if (Array.isArray(e.attributes!.evidence) && (e.attributes!.evidence as unknown[]).length === 0) delete e.attributes!.evidence;
    expect(back).toEqual(expected);
  });

  it('edge ends are node indexes, store keys are left out, other keys listed, absent values stay absent', () => {
    const c = toCompact(small());
    expect(c.edges.source).toEqual([0, 2, 0]);
    expect(c.edges.target).toEqual([1, 0, 2]);
    expect(c.edges.keys).toEqual({ 2: 'custom-1' });
    const type = c.edges.attributes.type!;
    expect([0, 1, 2].map((i) => columnValue(type, i))).toEqual(['attacks', 'attacks', 'allied_with']);
    // Absent attributes are null (or -1 in a dictionary), not the value of another item.
    expect(columnValue(c.nodes.attributes.firstSeen!, 0)).toBeUndefined();
    expect(columnValue(c.nodes.attributes.firstSeen!, 2)).toBe('2024-01-02');
    expect(columnValue(c.edges.attributes.hedged!, 0)).toBeUndefined();
    expect(columnValue(c.edges.attributes.hedged!, 1)).toBe(true);
  });

  it('the view imports the same data graph and the same quick first screen from either form', () => {
    const raw = plantedGraph({ nodes: 600, edgesPerNode: 3, evidence: false }) as unknown as SerializedGraph;
    // As the server prepares it: communities and positions on every node.
    raw.nodes.forEach((n, i) => Object.assign(n.attributes!, { community: i % 7, x: (i * 37) % 101, y: (i * 53) % 97 }));
    const json = JSON.parse(JSON.stringify(raw));
    const compact = fromCompact(JSON.parse(JSON.stringify(toCompact(raw))));
    const a = parseGraph(json);
    const b = parseGraph(compact);
    expect(b.warnings).toEqual(a.warnings);
    expect(b.graph.export()).toEqual(a.graph.export());
    expect(a.graph.size).toBeGreaterThan(1000);
    const qa = quickCommunityGraph(json)!;
    const qb = quickCommunityGraph(compact)!;
    expect(qb.graph.export()).toEqual(qa.graph.export());
  });

  it('edgeKey(i) is the key edge(i) gives, in either form (a keyless edge: undefined)', () => {
    const g = small();
    g.edges.push({ source: 'mosul', target: 'x', attributes: { type: 'attacks', weight: 1, confidence: 0.5, evidence: [] } });
    const compact = compactItems(toCompact(structuredClone(g)));
    const json = graphItems(structuredClone(g));
    const keys = (items: typeof json) => Array.from({ length: items.edgeCount }, (_, i) => [items.edgeKey(i), items.edge(i).key]);
    expect(keys(compact)).toEqual([
      ['isis|attacks|mosul', 'isis|attacks|mosul'],
      ['us-forces|attacks|isis', 'us-forces|attacks|isis'],
      ['custom-1', 'custom-1'],
      [undefined, undefined],
    ]);
    expect(keys(json)).toEqual(keys(compact));
  });

  it('is much smaller than graphology JSON for a graph sent without evidence', () => {
    const raw = plantedGraph({ nodes: 3000, edgesPerNode: 5, evidence: false }) as unknown as SerializedGraph;
    for (const e of raw.edges) e.attributes!.evidence = [];
    const json = JSON.stringify(raw).length;
    const c = toCompact(raw);
    // Kinds and relation types repeat: dictionaries; labels do not.
    expect(Array.isArray(c.nodes.attributes.kind)).toBe(false);
    expect(Array.isArray(c.edges.attributes.type)).toBe(false);
    expect(Array.isArray(c.nodes.attributes.label)).toBe(true);
    expect(c.edges.attributes.evidence).toBeUndefined();
    const compact = JSON.stringify(c).length;
    expect(compact).toBeLessThan(json * 0.4);
  });

  it('says what is wrong with a document it cannot read; a bad end is left to the importer', () => {
    expect(() => fromCompact({ nodes: [], edges: [] })).toThrow(/not a compact graph/);
    expect(() => fromCompact({ ...toCompact(small()), version: 2 })).toThrow(/version 2/);
    const short = toCompact(small());
    short.edges.source.pop();
    expect(() => fromCompact(short)).toThrow(/edges.count/);
    const badEnd = toCompact(small());
    badEnd.edges.target[0] = 99;
    const { warnings } = parseGraph(fromCompact(badEnd));
    expect(warnings).toEqual(['graph: edge isis|attacks|#99: unknown end']);
    expect(() => toCompact({ nodes: [], edges: [{ source: 'a', target: 'b' }] })).toThrow(/not a node/);
  });
});
