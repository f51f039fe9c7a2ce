/**
 * The overview's pure code, without a browser: colours by community with the
 * kind as a ring, sizes by centrality, the collapsed community view, the
 * neighbour count, label placement without overlap, and `?graph=` limited to
 * the page's own site.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KIND_COLORS } from '../../src/config.ts';
import { describeCommunities, detectCommunities } from '../../src/graph/communities.ts';
import { seededPositions } from '../../src/layout/seed.ts';
import { buildCommunityGraph, communityKey, communityOfKey } from '../../web/src/community-view.ts';
import { parseGraph } from '../../web/src/data.ts';
import { visibleSet, visibleSetSteps } from '../../web/src/filters.ts';
import { searchIndex, searchIndexSteps } from '../../web/src/search.ts';
import { itemCountsSteps } from '../../web/src/controls.ts';
import { groupNeighbours, neighbourCount } from '../../web/src/panel.ts';
import { buildRenderGraph, communityColor, COMMUNITY_PALETTE, nodeColors, nodeSizes, UNCONNECTED_COLOR } from '../../web/src/render-graph.ts';
import { intersects, LabelPlacer, overlappingPairs, type LabelBox } from '../../web/src/labels.ts';
import { sameOriginGraphUrl } from '../../web/src/source.ts';
import { defaultState, resolveOptions, OVERVIEW_FROM, COLLAPSED_FROM } from '../../web/src/state.ts';

const raw = JSON.parse(readFileSync(new URL('../fixtures/seed-graph.json', import.meta.url), 'utf8'));
const load = () => parseGraph(structuredClone(raw), 'seed').graph;

describe('colour and size', () => {
  it('colours by community with the kind as a ring, or by kind alone', () => {
    expect(nodeColors('place', 0, 'community')).toEqual({ color: COMMUNITY_PALETTE[0], borderColor: KIND_COLORS.place, type: 'bordered' });
    expect(nodeColors('place', 0, 'kind')).toEqual({ color: KIND_COLORS.place, borderColor: KIND_COLORS.place, type: 'circle' });
    expect(communityColor(-1)).toBe(UNCONNECTED_COLOR);
    expect(communityColor(undefined)).toBe(UNCONNECTED_COLOR);
    // Past the palette: distinct hues, stable per community.
    expect(communityColor(40)).toBe(communityColor(40));
    expect(communityColor(40)).not.toBe(communityColor(41));
  });

  it.each([
    [100, 'kind', false],
    [OVERVIEW_FROM + 1, 'community', false],
    [COLLAPSED_FROM + 1, 'community', true],
  ])('a graph of %i nodes opens coloured by %s, collapsed: %s (unless the URL says otherwise)', (order, colorBy, collapsed) => {
    expect(resolveOptions(defaultState(), order)).toEqual({ colorBy, collapsed });
    expect(resolveOptions({ ...defaultState(), colorBy: 'kind', collapsed: false }, order)).toEqual({ colorBy: 'kind', collapsed: false });
  });

  it('sizes by each centrality, the biggest node largest', () => {
    const g = load();
    for (const by of ['degree', 'weighted', 'pagerank', 'mentions'] as const) {
      const sizes = nodeSizes(g, by);
      expect(sizes.size).toBe(g.order);
      expect([...sizes.values()].every((v) => v > 0 && Number.isFinite(v))).toBe(true);
    }
    expect(Math.max(...nodeSizes(g, 'pagerank').values())).toBeGreaterThan(Math.min(...nodeSizes(g, 'pagerank').values()));
  });

  it('a rendering graph coloured by community carries ring colour = kind colour', () => {
    const g = load();
    const of = detectCommunities(g).of;
    g.forEachNode((n) => g.setNodeAttribute(n, 'community', of.get(n)));
    const rg = buildRenderGraph(g, visibleSet(g, defaultState()), seededPositions(g, 42), nodeSizes(g, 'degree'), { colorBy: 'community' });
    rg.forEachNode((n, a) => {
      expect(a.borderColor).toBe(KIND_COLORS[g.getNodeAttribute(n, 'kind')]);
      expect(a.color).toBe(communityColor(of.get(n)));
      expect(a.type).toBe('bordered');
    });
  });
});

describe('the collapsed community view', () => {
  const g = load();
  const of = detectCommunities(g).of;
  const infos = describeCommunities(g, of);
  const visible = visibleSet(g, { ...defaultState(), showIsolated: true });
  const pos = seededPositions(g, 42, { groupOf: (n) => of.get(n)! });
  const sizes = nodeSizes(g, 'degree');
  const communities = new Set(of.values());

  it('one node per community, at its members\' centre, labelled by its top entities, counting its members', () => {
    const rg = buildCommunityGraph(g, visible, pos, sizes, of, new Set(), infos, { colorBy: 'community' });
    expect(rg.order).toBe(communities.size);
    for (const c of communities) {
      const a = rg.getNodeAttributes(communityKey(c));
      const members = g.filterNodes((n) => of.get(n) === c);
      expect(a.members).toBe(members.length);
      expect(a.x).toBeCloseTo(members.reduce((s, n) => s + pos.get(n)!.x, 0) / members.length, 6);
      if (c >= 0) expect(a.label.startsWith(infos.get(c)!.label)).toBe(true);
      expect(communityOfKey(communityKey(c))).toBe(c);
    }
    expect(communityOfKey('isis')).toBeUndefined();
  });

  it('folds the edges between communities by type and direction, weights summed, none inside a community', () => {
    const rg = buildCommunityGraph(g, visible, pos, sizes, of, new Set(), infos, { colorBy: 'community' });
    rg.forEachEdge((e) => {
      expect(e.startsWith('fold:')).toBe(true);
      expect(rg.source(e)).not.toBe(rg.target(e));
    });
    // Each folded edge's weight sums its members: the edge sizes grow with log2(1 + weight).
    const weights = new Map<string, number>();
    g.forEachEdge((_e, a, s, t) => {
      if (of.get(s) === of.get(t)) return;
      let cs = communityKey(of.get(s)!);
      let ct = communityKey(of.get(t)!);
      if (a.type === 'allied_with' && cs > ct) [cs, ct] = [ct, cs];
      const k = `fold:${cs}|${a.type}|${ct}`;
      weights.set(k, (weights.get(k) ?? 0) + a.weight);
    });
    expect(rg.edges().sort()).toEqual([...weights.keys()].sort());
    for (const [k, w] of weights) expect(rg.getEdgeAttribute(k, 'size')).toBeCloseTo(1 + Math.min(4, Math.log2(1 + w)), 6);
  });

  it('an opened community shows its members, their edges to other communities folded', () => {
    const c = of.get('isis')!;
    const rg = buildCommunityGraph(g, visible, pos, sizes, of, new Set([c]), infos, { colorBy: 'community' });
    const members = g.filterNodes((n) => of.get(n) === c);
    for (const n of members) expect(rg.hasNode(n)).toBe(true);
    expect(rg.hasNode(communityKey(c))).toBe(false);
    expect(rg.order).toBe(communities.size - 1 + members.length);
    // Edges among members are the data edges themselves.
    g.forEachEdge((e, _a, s, t) => {
      if (of.get(s) === c && of.get(t) === c) expect(rg.hasEdge(e)).toBe(true);
    });
    rg.forEachEdge((e) => {
      if (e.startsWith('fold:')) expect(e.includes('community:')).toBe(true);
    });
  });
});

describe('the visible set in steps is the visible set', () => {
  const g = load();
  const hub = g.nodes().reduce((a, b) => (g.degree(b) > g.degree(a) ? b : a));
  const type = g.getEdgeAttribute(g.edges()[0]!, 'type');
  const STATES: Array<[string, Partial<ReturnType<typeof defaultState>>]> = [
    ['the default filters', {}],
    ['unconnected shown', { showIsolated: true }],
    ['minimum degree 3', { minDegree: 3 }],
    ['confidence 0.8 and up', { minConfidence: 0.8 }],
    ['one edge type', { types: new Set([type]) }],
    ['ego network, 1 hop', { selected: hub, ego: 1 }],
    ['ego network, 2 hops of one type', { selected: hub, ego: 2, egoType: type }],
    ['ego network of an unknown node', { selected: 'no such node', ego: 1 }],
  ];
  it.each(STATES)('%s', (_name, change) => {
    const f = { ...defaultState(), ...change };
    const whole = visibleSet(g, f);
    for (const every of [1, 7, 1000]) {
      const steps = visibleSetSteps(g, f, every);
      let yields = 0;
      let r = steps.next();
      while (!r.done) {
        yields++;
        r = steps.next();
      }
      expect([[...r.value.nodes], [...r.value.edges], r.value.isolated]).toEqual([[...whole.nodes], [...whole.edges], whole.isolated]);
      if (every === 1) expect(yields).toBeGreaterThanOrEqual(g.size);
    }
    expect(whole.edges.size).toBeGreaterThan(0);
  });

  it('the search index and the legend\'s counts in steps are the same as at once', () => {
    const g = load();
    const drain = <T>(steps: Generator<void, T>): { value: T; yields: number } => {
      let yields = 0;
      for (;;) {
        const r = steps.next();
        if (r.done) return { value: r.value, yields };
        yields++;
      }
    };
    const index = searchIndex(g);
    const kinds = new Map<string, number>();
    g.forEachNode((_n, a) => kinds.set(a.kind, (kinds.get(a.kind) ?? 0) + 1));
    const types = new Map<string, number>();
    g.forEachEdge((_e, a) => types.set(a.type, (types.get(a.type) ?? 0) + 1));
    // One entry per label and alias, in node order.
    let names = 0;
    g.forEachNode((_n, a) => (names += 1 + a.aliases.length));
    expect(index.length).toBe(names);
    expect(index[0]!.node).toBe(g.nodes()[0]);
    for (const every of [0, 1, 7, 1000]) {
      const s = drain(searchIndexSteps(g, every));
      expect(s.value).toEqual(index);
      const c = drain(itemCountsSteps(g, every));
      expect([[...c.value.kinds].sort(), [...c.value.types].sort()]).toEqual([[...kinds].sort(), [...types].sort()]);
      if (every === 0) expect([s.yields, c.yields]).toEqual([0, 0]);
      if (every === 1) expect([s.yields, c.yields]).toEqual([g.order, g.order + g.size]);
    }
  });
});

describe('the neighbour count counts neighbours', () => {
  it('a node linked to one neighbour by two edge types has 1 neighbour and 2 edges', () => {
    const g = load();
    const groups = groupNeighbours(g, 'sdf', () => true);
    const { neighbours, edges } = neighbourCount(groups);
    const distinct = new Set(g.neighbors('sdf'));
    expect(neighbours).toBe(distinct.size);
    expect(edges).toBe(g.degree('sdf'));
    // Two types between one pair: more edges than neighbours.
    g.addDirectedEdgeWithKey('sdf|attacks|isis', 'sdf', 'isis', { type: 'attacks', weight: 1, confidence: 0.5, evidence: [] });
    const after = neighbourCount(groupNeighbours(g, 'sdf', () => true));
    expect(after).toEqual({ neighbours: distinct.size, edges: g.degree('sdf') });
    expect(after.edges).toBeGreaterThan(after.neighbours);
  });
});

describe('labels never overlap', () => {
  const box = (x: number, y: number, w = 10, h = 10): LabelBox => ({ node: `${x},${y}`, x, y, w, h });
  it.each([
    [box(0, 0), box(5, 5), true],
    [box(0, 0), box(10, 0), false],
    [box(0, 0), box(0, 10), false],
    [box(0, 0, 100, 2), box(50, 1, 1, 1), true],
  ])('%j and %j intersect: %s', (a, b, expected) => {
    expect(intersects(a, b)).toBe(expected);
  });

  it('counts intersecting pairs', () => {
    expect(overlappingPairs([box(0, 0), box(5, 5), box(8, 8), box(100, 100)])).toBe(3);
  });

  /** A canvas context that records what is drawn; text is 7 px per character. */
  function fakeContext() {
    const texts: string[] = [];
    return {
      texts,
      ctx: { font: '', fillStyle: '', measureText: (t: string) => ({ width: t.length * 7 }), fillText: (t: string) => texts.push(t) } as unknown as CanvasRenderingContext2D,
    };
  }
  const settings = { labelSize: 13, labelWeight: '500', labelFont: 'sans-serif', labelColor: { color: '#222' } } as never;

  it('skips a label that would cover one already drawn, unless its node is in focus', () => {
    const placer = new LabelPlacer();
    const { ctx, texts } = fakeContext();
    placer.draw(ctx, { key: 'a', x: 0, y: 50, size: 5, label: 'Islamic State', color: '#000' }, settings);
    placer.draw(ctx, { key: 'b', x: 10, y: 55, size: 5, label: 'Syrian Democratic Forces', color: '#000' }, settings);
    placer.draw(ctx, { key: 'c', x: 0, y: 200, size: 5, label: 'Iraq', color: '#000' }, settings);
    expect(texts).toEqual(['Islamic State', 'Iraq']);
    expect(overlappingPairs(placer.drawn)).toBe(0);
    placer.force = new Set(['d']);
    placer.draw(ctx, { key: 'd', x: 12, y: 52, size: 5, label: 'Turkey', color: '#000' }, settings);
    expect(texts).toContain('Turkey');
    placer.reset();
    expect(placer.drawn).toEqual([]);
  });
});

describe('?graph= stays on this site', () => {
  const page = 'http://127.0.0.1:4173/?graph=x';
  it.each([
    ['/exports/graph.json', 'http://127.0.0.1:4173/exports/graph.json'],
    ['graph.json', 'http://127.0.0.1:4173/graph.json'],
    ['./a/b.json?x=1', 'http://127.0.0.1:4173/a/b.json?x=1'],
  ])('%s -> %s', (value, url) => {
    expect(sameOriginGraphUrl(value, page)).toBe(url);
  });

  it.each([
    ['https://evil.example/g.json'],
    ['//evil.example/g.json'],
    ['/\\evil.example/g.json'],
    ['\\\\evil.example/g.json'],
    ['data:application/json,{"nodes":[],"edges":[]}'],
    ['javascript:alert(1)'],
    ['JaVaScRiPt:alert(1)'],
    ['http://127.0.0.1:9999/g.json'],
    ['/g.json\n//evil'],
  ])('refuses %j', (value) => {
    expect(() => sameOriginGraphUrl(value, page)).toThrow(/only a path on this site/);
  });
});
