/**
 * The view's pure code, without a browser: loading and validation, filters,
 * URL state, highlighting, search, the seeded start layout, the rendering
 * graph, neighbour grouping and the GEXF writer. Fixture: the seed graph.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseGexf } from 'graphology-gexf';
import Graph from 'graphology';
import { NODE_KINDS, RELATION_TYPES } from '../../src/types.ts';
import { parseGraph } from '../../web/src/data.ts';
import { graphDates, visibleSet } from '../../web/src/filters.ts';
import { exportGexf, exportJson, visibleSubgraph } from '../../web/src/export.ts';
import { highlightSegments } from '../../web/src/highlight.ts';
import { needsPreview, previewGraph } from '../../web/src/layout.ts';
import { bySentence, groupNeighbours } from '../../web/src/panel.ts';
import type { EdgeEvidence } from '../../src/types.ts';
import { addEdgeItems, buildRenderGraph, DENSE_EDGES, nodeSizes, type EdgeItem, type RenderGraph } from '../../web/src/render-graph.ts';
import { normalize, searchIndex, searchNodes } from '../../web/src/search.ts';
import { seededPositions } from '../../src/layout/seed.ts';
import { decodeState, defaultState, encodeState } from '../../web/src/state.ts';

const raw = JSON.parse(readFileSync(new URL('../fixtures/seed-graph.json', import.meta.url), 'utf8')) as {
  nodes: Array<{ key: string; attributes: Record<string, unknown> }>;
  edges: Array<{ key: string; source: string; target: string; attributes: Record<string, unknown> }>;
};
const load = () => parseGraph(structuredClone(raw), 'seed').graph;

describe('parseGraph', () => {
  it('imports the fixture whole', () => {
    const { graph, warnings } = parseGraph(structuredClone(raw), 'seed');
    expect([graph.order, graph.size, warnings]).toEqual([raw.nodes.length, raw.edges.length, []]);
  });

  it.each([
    ['a node of unknown kind', (r: typeof raw) => void (r.nodes[0]!.attributes.kind = 'alien'), 'unknown kind alien', 1, 0],
    ['an edge of unknown type', (r: typeof raw) => void (r.edges[0]!.attributes.type = 'hugs'), 'unknown type hugs', 0, 1],
    ['an edge to a missing node', (r: typeof raw) => void (r.edges[0]!.target = 'nobody'), 'unknown end', 0, 1],
    ['a duplicate node', (r: typeof raw) => void r.nodes.push(structuredClone(r.nodes[0]!)), 'duplicate', 0, 0],
    ['a duplicate edge', (r: typeof raw) => void r.edges.push(structuredClone(r.edges[0]!)), 'duplicate', 0, 0],
    ['a self-loop', (r: typeof raw) => void (r.edges[0]!.target = r.edges[0]!.source), 'loop', 0, 1],
  ])('skips %s with a warning naming it, and keeps the rest', (_name, mutate, reason, lostNodes, minLostEdges) => {
    const r = structuredClone(raw);
    mutate(r);
    const { graph, warnings } = parseGraph(r, 'bad.json');
    expect(warnings.some((w) => w.startsWith('bad.json:') && w.includes(reason))).toBe(true);
    expect(graph.order).toBe(raw.nodes.length - lostNodes);
    expect(graph.size).toBeLessThanOrEqual(raw.edges.length - minLostEdges);
    expect(graph.size).toBeGreaterThan(0);
  });

  it.each([[null], [[]], [{ nodes: [] }], ['text']])('refuses a document that is not a graph: %j', (doc) => {
    expect(() => parseGraph(doc, 'x.json')).toThrow(/x\.json: not a serialized graph/);
  });
});

describe('filters', () => {
  const graph = load();
  const kindOf = (n: string) => graph.getNodeAttribute(n, 'kind');

  it.each(NODE_KINDS.map((k) => [k]))('turning off %s removes exactly that kind, and its edges', (kind) => {
    const s = { ...defaultState(), showIsolated: true };
    s.kinds.delete(kind);
    const v = visibleSet(graph, s);
    expect([...v.nodes].filter((n) => kindOf(n) === kind)).toEqual([]);
    expect(v.nodes.size).toBe(graph.filterNodes((_n, a) => a.kind !== kind).length);
    for (const e of v.edges) expect([kindOf(graph.source(e)), kindOf(graph.target(e))]).not.toContain(kind);
  });

  it.each(RELATION_TYPES.map((t) => [t]))('turning off edge type %s hides those edges only', (type) => {
    const s = defaultState();
    s.types.delete(type);
    const v = visibleSet(graph, s);
    expect(v.edges.size).toBe(graph.filterEdges((_e, a) => a.type !== type).length);
  });

  it.each([
    [0, 22],
    [0.7, 16],
    [0.9, 1],
  ])('min confidence %s keeps %i edges', (min, expected) => {
    const v = visibleSet(graph, { ...defaultState(), minConfidence: min });
    expect(v.edges.size).toBe(expected);
    expect(v.edges.size).toBe(graph.filterEdges((_e, a) => a.confidence >= min).length);
  });

  it('date range outside the article hides dated edges and nodes', () => {
    expect(visibleSet(graph, { ...defaultState(), from: '2025-01-01' }).nodes.size).toBe(0);
    expect(visibleSet(graph, { ...defaultState(), to: '2024-07-20' }).edges.size).toBe(graph.size);
    expect(graphDates(graph)).toEqual(['2024-07-20']);
  });

  it('ego network: k hops around the selection', () => {
    const one = visibleSet(graph, { ...defaultState(), selected: 'rohilat-afrin', ego: 1 });
    expect([...one.nodes].sort()).toEqual(['rohilat-afrin', 'sdf', 'wsj']);
    const two = visibleSet(graph, { ...defaultState(), selected: 'rohilat-afrin', ego: 2 });
    expect(two.nodes.has('isis')).toBe(true);
    expect(two.nodes.size).toBeGreaterThan(one.nodes.size);
  });

  it('nodes without a visible edge are hidden by default and counted; showIsolated brings them back', () => {
    const s = defaultState();
    s.types = new Set(['attacks']);
    const iso = visibleSet(graph, s);
    expect([...iso.nodes].sort()).toEqual(['iraq', 'isis', 'syria', 'us-forces']);
    expect(iso.isolated).toBe(graph.order - 4);
    const all = visibleSet(graph, { ...s, showIsolated: true });
    expect([all.nodes.size, all.isolated]).toEqual([graph.order, 0]);
    const deg3 = visibleSet(graph, { ...s, minDegree: 3 });
    expect([...deg3.nodes]).toEqual(['isis']);
  });

  it('the selected node stays even without a visible edge', () => {
    const s = { ...defaultState(), types: new Set(['attacks'] as const), selected: 'wsj' };
    expect(visibleSet(graph, s).nodes.has('wsj')).toBe(true);
  });

  it('ego network following one edge type', () => {
    const any = visibleSet(graph, { ...defaultState(), selected: 'sdf', ego: 1 });
    const allied = visibleSet(graph, { ...defaultState(), selected: 'sdf', ego: 1, egoType: 'allied_with' });
    expect(allied.nodes.size).toBeLessThan(any.nodes.size);
    expect(allied.nodes.has('sdf')).toBe(true);
    for (const e of allied.edges) expect(graph.getEdgeAttribute(e, 'type')).toBe('allied_with');
  });
});

describe('URL state', () => {
  it('round-trips a full state', () => {
    const s = {
      ...defaultState(),
      selected: 'isis',
      minConfidence: 0.5,
      from: '2024-01-01',
      to: '2024-12-31',
      minDegree: 2,
      showIsolated: true,
      sizeBy: 'pagerank' as const,
      colorBy: 'kind' as const,
      collapsed: true,
      open: new Set([0, 4]),
      community: 4,
      ego: 2,
      egoType: 'attacks' as const,
    };
    s.kinds.delete('place');
    s.types = new Set(['attacks', 'captures']);
    const back = decodeState(encodeState(s));
    expect(back).toEqual(s);
  });

  it.each([
    ['', defaultState()],
    ['?minConf=7&minDeg=-1&from=yesterday&size=huge&ego=9&color=red&communities=x&open=a,-5', { ...defaultState(), ego: 2 }],
    ['?kinds=place,alien', { ...defaultState(), kinds: new Set(['place']) }],
    ['?hideIsolated=0', { ...defaultState(), showIsolated: true }],
    ['?isolated=1&size=weighted&color=community&communities=0&open=2,1&egoType=attacks,leads', { ...defaultState(), showIsolated: true, sizeBy: 'weighted', colorBy: 'community', collapsed: false, open: new Set([2, 1]) }],
  ])('decodes %j leniently', (search, expected) => {
    expect(decodeState(search)).toEqual(expected);
  });

  it('keeps ?graph= and writes nothing for the default state', () => {
    expect(encodeState(defaultState())).toBe('');
    expect(encodeState(defaultState(), new URLSearchParams('graph=g.json'))).toBe('?graph=g.json');
  });
});

describe('highlightSegments', () => {
  type Row = [string, string, number, Array<[number, number, 'source' | 'target']>, Array<{ text: string; role?: string }>];
  const rows: Row[] = [
    ['both mentions', 'ISIS attacked Syria.', 100, [[100, 104, 'source'], [114, 119, 'target']], [{ text: 'ISIS', role: 'source' }, { text: ' attacked ' }, { text: 'Syria', role: 'target' }, { text: '.' }]],
    ['target first', 'Syria was hit by ISIS', 0, [[17, 21, 'source'], [0, 5, 'target']], [{ text: 'Syria', role: 'target' }, { text: ' was hit by ' }, { text: 'ISIS', role: 'source' }]],
    ['overlap keeps the first', 'US-SDF coalition', 0, [[0, 6, 'source'], [3, 6, 'target']], [{ text: 'US-SDF', role: 'source' }, { text: ' coalition' }]],
    ['out of range is clamped or dropped', 'short', 10, [[0, 5, 'source'], [12, 99, 'target']], [{ text: 'sh' }, { text: 'ort', role: 'target' }]],
  ];
  it.each(rows)('%s', (_name, sentence, start, spans, expected) => {
    const segs = highlightSegments(sentence, start, spans.map(([s, e, role]) => ({ start: s, end: e, role })));
    expect(segs).toEqual(expected);
    expect(segs.map((x) => x.text).join('')).toBe(sentence);
  });
});

describe('search', () => {
  const index = searchIndex(load());
  it.each([
    ['ISIS', 'isis'],
    ['islamic state', 'isis'],
    ['SDF', 'sdf'],
    ['syrian demo', 'sdf'],
    ['jordanian', 'north-arabian-desert'],
    ['al hol', 'al-hol-camp'],
    ['hassan', 'ali-al-hassan'],
  ])('%j → %s first', (q, id) => {
    expect(searchNodes(index, q)[0]?.node).toBe(id);
  });
  it.each([[''], ['   '], ['zzzz']])('%j finds nothing', (q) => {
    expect(searchNodes(index, q)).toEqual([]);
  });
  it('one hit per node', () => {
    const hits = searchNodes(index, 'syria', 20).map((h) => h.node);
    expect(new Set(hits).size).toBe(hits.length);
    expect(normalize('Syria’s  US-allied')).toBe('syrias us allied');
  });
});

describe('seeded layout and rendering graph', () => {
  const graph = load();
  it('is deterministic and reuses stored positions', () => {
    const a = seededPositions(graph, 42);
    expect([...seededPositions(load(), 42)]).toEqual([...a]);
    expect([...seededPositions(graph, 7)]).not.toEqual([...a]);
    const g2 = load();
    g2.setNodeAttribute('isis', 'x', 123);
    g2.setNodeAttribute('isis', 'y', -4);
    expect(seededPositions(g2, 42).get('isis')).toEqual({ x: 123, y: -4 });
  });

  it('keeps relation types apart from sigma program types; curves parallel edges, arrows on directed types', () => {
    const v = visibleSet(graph, { ...defaultState(), showIsolated: true });
    const rg = buildRenderGraph(graph, v, seededPositions(graph, 42), nodeSizes(graph, 'degree'));
    expect([rg.order, rg.size]).toEqual([graph.order, graph.size]);
    expect(rg.getEdgeAttribute('isis|attacks|syria', 'relType')).toBe('attacks');
    expect(rg.getEdgeAttribute('isis|attacks|syria', 'type')).toBe('arrow');
    expect(rg.getEdgeAttribute('internal-security-force|allied_with|united-states', 'type')).toBe('line');
    const parallel = ['rohilat-afrin|leads|sdf', 'rohilat-afrin|member_of|sdf'].map((e) => rg.getEdgeAttributes(e));
    expect(parallel.map((a) => a.type)).toEqual(['curvedArrow', 'curvedArrow']);
    expect(parallel[0]!.curvature).toBe(-parallel[1]!.curvature);
  });

  it.each([
    [DENSE_EDGES, false],
    [DENSE_EDGES + 1, true],
  ])('%i edges: dense (straight lines, the arrow or curve kept for the focus) is %s', (count, dense) => {
    const g: RenderGraph = new Graph({ type: 'directed', multi: true, allowSelfLoops: false });
    const nodes = 200;
    for (let i = 0; i < nodes; i++) g.addNode(`n${i}`, { x: 0, y: 0, size: 1, color: '#000', label: '', kind: 'actor', zIndex: 0, type: 'circle', borderColor: '#000' });
    const items: EdgeItem[] = [];
    // Pairs (i, i + k): the first two edges of pair (0, 1) are parallel, one type is symmetric.
    for (let k = 0; items.length < count; k++) {
      const s = `n${k % nodes}`;
      const t = `n${(k % nodes) + 1 + Math.floor(k / nodes) < nodes ? (k % nodes) + 1 + Math.floor(k / nodes) : 0}`;
      items.push({ key: `x${k}`, source: s, target: t, type: k % 7 === 0 ? 'allied_with' : 'attacks', weight: 1, confidence: 1 });
    }
    items.push({ key: 'parallel', source: 'n0', target: 'n1', type: 'leads', weight: 1, confidence: 1 });
    items.splice(items.length - 2, 1);
    addEdgeItems(g, items);
    expect(g.size).toBe(count);
    const types = new Set(g.mapEdges((_e, a) => a.type));
    const a = g.getEdgeAttributes('x1');
    const par = g.getEdgeAttributes('parallel');
    if (dense) {
      expect([...types]).toEqual(['line']);
      expect(a.focusType).toBe('arrow');
      expect(g.getEdgeAttributes('x0').focusType).toBe('curve');
      expect(par.focusType).toBe('curvedArrow');
    } else {
      expect(types.has('arrow') && types.has('line')).toBe(true);
      expect(a.type).toBe('arrow');
      expect(a.focusType).toBeUndefined();
      expect(par.type).toBe('curvedArrow');
    }
  });

  it('sizes by degree or mentions within SIZE_RANGE', () => {
    const byDeg = nodeSizes(graph, 'degree');
    const byMen = nodeSizes(graph, 'mentions');
    expect(Math.max(...byDeg.values())).toBe(byDeg.get('isis'));
    expect(byMen.get('isis')).toBeGreaterThan(byMen.get('kurdistan-region')!);
  });

  it('the preview for large layouts keeps the biggest nodes and no edges', () => {
    const rg = buildRenderGraph(graph, visibleSet(graph, defaultState()), seededPositions(graph, 42), nodeSizes(graph, 'degree'));
    const p = previewGraph(rg, 3);
    expect(p.nodes()).toContain('isis');
    expect([p.order, p.size]).toEqual([3, 0]);
    // The seed graph is smaller than a preview: never worth one.
    expect(needsPreview(rg, 100)).toBe(false);
  });

  it.each([
    [undefined, 1000, 4000, false],
    [undefined, 2000, 8000, true],
    [0.001, 10_000, 40_000, false],
    [0.07, 10_000, 40_000, true],
    [0.07, 250, 0, false],
  ])('needsPreview(msPerItem %s) for %i nodes, %i edges → %s', (ms, nodes, edges, expected) => {
    const g = buildRenderGraph(load(), { nodes: new Set(), edges: new Set(), isolated: 0 }, new Map(), new Map());
    for (let i = 0; i < nodes; i++) g.addNode(`n${i}`, { x: 0, y: 0, size: 1, color: '#000', label: '', kind: 'actor', zIndex: 0, type: 'circle', borderColor: '#000' });
    for (let i = 0; i < edges; i++) g.addEdge(`n${i % nodes}`, `n${(i * 7 + 1) % nodes}`);
    expect(needsPreview(g, ms)).toBe(expected);
  });
});

describe('groupNeighbours', () => {
  it('groups by type and direction, symmetric types as both', () => {
    const groups = groupNeighbours(load(), 'sdf', () => true);
    expect([...groups.keys()]).toEqual(['allied_with:both', 'member_of:in', 'leads:in', 'captures:out']);
    expect(groups.get('captures:out')!.map((x) => x.other)).toEqual(['isis']);
  });
});

describe('evidence by sentence', () => {
  const ev = (articleId: string, start: number, target: number): EdgeEvidence => ({
    articleId,
    sentence: 'Near Mosul, three strikes destroyed two vehicles and a tank.',
    start,
    end: start + 60,
    sourceMention: { start: start + 12, end: start + 25 },
    targetMention: { start: start + target, end: start + target + 5 },
    rule: 'attacks-strike-report',
    confidence: 0.65,
    described: ['source', 'target'],
  });
  it('puts the things hit in one sentence together, in first-seen order, and keeps other sentences apart', () => {
    const a = ev('a1', 0, 36);
    const b = ev('a1', 0, 51);
    const c = ev('a1', 100, 36);
    const d = ev('a2', 0, 36);
    expect(bySentence([a, c, b, d])).toEqual([[a, b], [c], [d]]);
  });
  it('keeps well-formed described ends, and drops a malformed marker instead of trusting it', () => {
    const g = structuredClone(raw);
    const edge = g.edges.find((e) => (e.attributes.evidence as unknown[]).length >= 2)!;
    const list = edge.attributes.evidence as Array<Record<string, unknown>>;
    list[0]!.described = ['source'];
    list[1]!.described = 'source';
    const graph = parseGraph(g, 'seed').graph;
    const evs = graph.getEdgeAttribute(edge.key, 'evidence');
    expect(evs).toHaveLength(2);
    expect(evs[0]!.described).toEqual(['source']);
    expect(evs[1]!.described).toBeUndefined();
  });
});

describe('exports of the visible graph', () => {
  const visibleOf = (graph: ReturnType<typeof load>, drop: string) => ({
    nodes: new Set(graph.nodes().filter((n) => n !== drop)),
    edges: new Set(graph.edges().filter((e) => graph.source(e) !== drop && graph.target(e) !== drop)),
  });

  it('GEXF parses back with graphology-gexf to the visible nodes and edges, with positions', () => {
    const graph = load();
    const visible = visibleOf(graph, 'syria');
    const sub = visibleSubgraph(graph, visible as never, seededPositions(graph, 42), nodeSizes(graph, 'degree'));
    const back = parseGexf(Graph, exportGexf(sub), { allowUndeclaredAttributes: true });
    expect([back.order, back.size]).toEqual([visible.nodes.size, visible.edges.size]);
    expect(back.hasNode('syria')).toBe(false);
    expect(back.getNodeAttribute('isis', 'kind')).toBe('actor');
    expect(back.getNodeAttribute('isis', 'label')).toBe('ISIS');
    expect(typeof back.getNodeAttribute('isis', 'x')).toBe('number');
  });

  it('JSON reloads with the same nodes and evidence, and leaves the data graph alone', () => {
    const graph = load();
    const before = JSON.stringify(graph.export());
    const visible = visibleOf(graph, 'syria');
    const data = JSON.parse(exportJson(visibleSubgraph(graph, visible as never, seededPositions(graph, 42), nodeSizes(graph, 'degree'))));
    expect(data.nodes.map((n: { key: string }) => n.key).sort()).toEqual([...visible.nodes].sort());
    expect(data.edges.every((e: { attributes: { evidence: unknown[] } }) => e.attributes.evidence.length > 0)).toBe(true);
    expect(JSON.stringify(graph.export())).toBe(before);
  });
});
