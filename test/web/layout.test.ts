/**
 * The pure code the server and the view share: the one seeded layout
 * (src/layout/seed.ts), ForceAtlas2 with a convergence stop and noverlap
 * (src/layout/forceatlas.ts), communities (src/graph/communities.ts) and
 * centralities (src/graph/centrality.ts).
 */
import { describe, expect, it } from 'vitest';
import { createGraph } from '../../src/graph/create.ts';
import { centrality, pageRanks } from '../../src/graph/centrality.ts';
import { communityLinks, describeCommunities, detectCommunities, UNCONNECTED } from '../../src/graph/communities.ts';
import { layoutGraph } from '../../src/layout/index.ts';
import { extentOf, fa2Settings, iterationBudget, removeOverlaps, runForceAtlas2, BARNES_HUT_FROM } from '../../src/layout/forceatlas.ts';
import { prepareViewGraph } from '../../src/layout/prepare.ts';
import { seedGroups, seededPositions, seedPositions, SEED_SPACING } from '../../src/layout/seed.ts';
import type { NewsGraph, NodeKind, RelationType } from '../../src/types.ts';
import { prng } from '../../src/util/random.ts';

function node(g: NewsGraph, id: string, kind: NodeKind = 'actor'): void {
  g.addNode(id, { label: id.toUpperCase(), kind, type: kind === 'actor' ? 'organization' : kind === 'place' ? 'city' : kind, aliases: [], mentions: 1, articles: 1 });
}
function edge(g: NewsGraph, s: string, t: string, type: RelationType = 'attacks', weight = 1): void {
  g.addDirectedEdgeWithKey(`${s}|${type}|${t}`, s, t, { type, weight, confidence: 0.5, evidence: [] });
}

/** Two dense groups (a0..a5, b0..b5) joined by one edge, a small pair, and two nodes without edges. */
function twoGroups(): NewsGraph {
  const g = createGraph();
  for (const p of ['a', 'b']) for (let i = 0; i < 6; i++) node(g, `${p}${i}`, i % 2 ? 'place' : 'actor');
  for (const p of ['a', 'b']) for (let i = 0; i < 6; i++) for (let j = i + 1; j < 6; j++) edge(g, `${p}${i}`, `${p}${j}`, 'allied_with', p === 'a' ? 3 : 1);
  edge(g, 'a0', 'b0', 'attacks', 2);
  edge(g, 'a1', 'b1', 'attacks', 1);
  edge(g, 'b2', 'a3', 'captures', 1);
  node(g, 'c0');
  node(g, 'c1');
  edge(g, 'c0', 'c1', 'leads');
  node(g, 'lone1', 'camp');
  node(g, 'lone2', 'force');
  return g;
}

/** A synthetic graph with `k` planted communities of `size`, mostly inside edges. */
function planted(k: number, size: number, seed = 1): NewsGraph {
  const r = prng(seed);
  const g = createGraph();
  for (let i = 0; i < k * size; i++) node(g, `n${i}`);
  for (let i = 0; i < k * size; i++) {
    for (let e = 0; e < 3; e++) {
      const base = Math.floor(i / size) * size;
      const j = r() < 0.9 ? base + Math.floor(r() * size) : Math.floor(r() * k * size);
      if (j !== i && !g.hasEdge(`n${i}|attacks|n${j}`)) edge(g, `n${i}`, `n${j}`);
    }
  }
  return g;
}

const dist = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

describe('the one seeded layout (src/layout/seed.ts)', () => {
  it('is deterministic, depends on the seed, and keeps stored positions unless told not to', () => {
    const a = seededPositions(twoGroups(), 42);
    expect([...seededPositions(twoGroups(), 42)]).toEqual([...a]);
    expect([...seededPositions(twoGroups(), 7)]).not.toEqual([...a]);
    const g = twoGroups();
    g.mergeNodeAttributes('a0', { x: 5, y: -5 });
    expect(seededPositions(g, 42).get('a0')).toEqual({ x: 5, y: -5 });
    expect(seededPositions(g, 42, { keepStored: false }).get('a0')).toEqual(a.get('a0'));
  });

  it('the server writes on the nodes exactly what the view computes', () => {
    const g = twoGroups();
    const view = seededPositions(g, 42);
    seedPositions(g, 42);
    g.forEachNode((n, attrs) => expect({ x: attrs.x, y: attrs.y }).toEqual(view.get(n)));
  });

  it('puts each group in a disc of its own: no member lies inside another group\'s disc', () => {
    const items = ['x', 'y', 'z', 'w'].flatMap((g, k) => Array.from({ length: [40, 15, 5, 5][k]! }, (_, i) => ({ id: `${g}${i}`, group: g })));
    const pos = seedGroups(items, 42);
    const groups = ['x', 'y', 'z', 'w'].map((g) => {
      const ps = items.filter((i) => i.group === g).map((i) => pos.get(i.id)!);
      const c = { x: ps.reduce((s, p) => s + p.x, 0) / ps.length, y: ps.reduce((s, p) => s + p.y, 0) / ps.length };
      return { g, c, r: Math.max(...ps.map((p) => dist(p, c))) };
    });
    for (const it of items) {
      for (const other of groups.filter((o) => o.g !== it.group)) expect(dist(pos.get(it.id)!, other.c)).toBeGreaterThan(other.r);
    }
    // The biggest group sits in the middle; no two seeded nodes closer than the spacing allows.
    expect(dist(groups[0]!.c, { x: 0, y: 0 })).toBeLessThan(SEED_SPACING);
    const all = [...pos.values()];
    let closest = Infinity;
    for (let i = 0; i < all.length; i++) for (let j = i + 1; j < all.length; j++) closest = Math.min(closest, dist(all[i]!, all[j]!));
    expect(closest).toBeGreaterThan(SEED_SPACING * 0.3);
  });

  it('groups by community when every node has one, else by kind', () => {
    const g = twoGroups();
    const byKind = seededPositions(g, 42);
    g.forEachNode((n) => g.setNodeAttribute(n, 'community', n.startsWith('a') ? 0 : 1));
    const byCommunity = seededPositions(g, 42);
    expect([...byCommunity]).not.toEqual([...byKind]);
    // a* all in one disc: the a-centre is nearer every a than the b-centre is.
    const mean = (p: string) => {
      const ps = g.filterNodes((n) => n.startsWith(p)).map((n) => byCommunity.get(n)!);
      return { x: ps.reduce((s, q) => s + q.x, 0) / ps.length, y: ps.reduce((s, q) => s + q.y, 0) / ps.length };
    };
    for (const n of g.filterNodes((x) => x.startsWith('a'))) expect(dist(byCommunity.get(n)!, mean('a'))).toBeLessThan(dist(byCommunity.get(n)!, mean('b')));
  });
});

describe('ForceAtlas2 and noverlap (src/layout/forceatlas.ts)', () => {
  it('infers settings by size: Barnes-Hut and LinLog above the threshold', () => {
    expect(fa2Settings(100)).toMatchObject({ barnesHutOptimize: false, linLogMode: false });
    expect(fa2Settings(BARNES_HUT_FROM + 1)).toMatchObject({ barnesHutOptimize: true, linLogMode: true });
  });

  it.each([
    [100, 200, 300, 300],
    [10_000, 50_000, 500, 67],
    [100_000, 500_000, 500, 15],
  ])('gives %i nodes / %i edges a budget (max %i) of %i iterations', (order, size, max, expected) => {
    expect(iterationBudget(order, size, max)).toBe(expected);
  });

  it('stops on convergence before its budget, deterministically', () => {
    const run = () => {
      const g = twoGroups();
      seedPositions(g, 42);
      const res = runForceAtlas2(g, { maxIterations: 2000 });
      return { res, pos: g.nodes().map((n) => [g.getNodeAttribute(n, 'x'), g.getNodeAttribute(n, 'y')]) };
    };
    const a = run();
    expect(a.res.converged).toBe(true);
    expect(a.res.iterations).toBeLessThan(2000);
    expect(run()).toEqual(a);
  });

  it('noverlap pushes apart nodes that cover each other at the zoom that fits the graph', () => {
    const g = planted(4, 30);
    seedPositions(g, 42);
    // A tight clump (as LinLog makes of a community) between two far nodes that set the extent.
    g.forEachNode((n, a) => g.mergeNodeAttributes(n, { x: a.x! * 0.02, y: a.y! * 0.02, size: 6 }));
    g.mergeNodeAttributes('n0', { x: -200, y: 0 });
    g.mergeNodeAttributes('n1', { x: 200, y: 0 });
    const overlaps = () => {
      const e = extentOf(g);
      const unit = Math.max(e.maxX - e.minX, e.maxY - e.minY) / 900;
      const ps = g.nodes().map((n) => g.getNodeAttributes(n));
      let count = 0;
      for (let i = 0; i < ps.length; i++) for (let j = i + 1; j < ps.length; j++) if (dist(ps[i] as never, ps[j] as never) < 2 * 6 * unit * 0.95) count++;
      return count;
    };
    const before = overlaps();
    expect(before).toBeGreaterThan(1000);
    removeOverlaps(g);
    // noverlap moves one node of each pair a step at a time: nearly all, not always all.
    expect(overlaps()).toBeLessThan(before / 100);
  });

  it('noverlap is skipped when the nodes could not all be kept apart at the fitted zoom', () => {
    const g = planted(40, 50);
    seedPositions(g, 42);
    g.forEachNode((n) => g.setNodeAttribute(n, 'size', 12));
    const before = g.nodes().map((n) => g.getNodeAttribute(n, 'x'));
    // 2,000 discs of radius 12 px cover more than a 900 px square holds.
    expect(removeOverlaps(g)).toBe(false);
    expect(g.nodes().map((n) => g.getNodeAttribute(n, 'x'))).toEqual(before);
  });

  it('layoutGraph sets unconnected nodes aside, outside the laid-out graph', () => {
    const g = layoutGraph(twoGroups());
    const connected = g.filterNodes((n) => g.degree(n) > 0).map((n) => g.getNodeAttribute(n, 'x')!);
    for (const n of ['lone1', 'lone2']) expect(g.getNodeAttribute(n, 'x')).toBeGreaterThan(Math.max(...connected));
  });
});

describe('communities (src/graph/communities.ts)', () => {
  it('finds the planted groups, numbers them by size, and puts nodes without edges in UNCONNECTED', () => {
    const c = detectCommunities(twoGroups());
    expect(c.of.get('lone1')).toBe(UNCONNECTED);
    expect(c.of.get('lone2')).toBe(UNCONNECTED);
    const a = new Set(['a0', 'a1', 'a2', 'a3', 'a4', 'a5'].map((n) => c.of.get(n)));
    const b = new Set(['b0', 'b1', 'b2', 'b3', 'b4', 'b5'].map((n) => c.of.get(n)));
    expect([a.size, b.size]).toEqual([1, 1]);
    expect([...a][0]).not.toBe([...b][0]);
    // The pair is the smallest community: numbered last.
    expect(c.of.get('c0')).toBe(c.of.get('c1'));
    expect(c.of.get('c0')).toBe(2);
    expect(c.count).toBe(3);
    expect(c.modularity).toBeGreaterThan(0.3);
  });

  it('is deterministic for a seed, and recovers planted communities in a bigger graph', () => {
    const g = planted(8, 50);
    const a = detectCommunities(g, { seed: 3 });
    expect([...detectCommunities(planted(8, 50), { seed: 3 }).of]).toEqual([...a.of]);
    // Most pairs of one planted block share a community.
    let same = 0, pairs = 0;
    for (let b = 0; b < 8; b++) for (let i = 0; i < 50; i += 5) for (let j = i + 5; j < 50; j += 5) {
      pairs++;
      if (a.of.get(`n${b * 50 + i}`) === a.of.get(`n${b * 50 + j}`)) same++;
    }
    expect(same / pairs).toBeGreaterThan(0.9);
  });

  it('describes a community: members by importance, a label of its top entities, its strongest edges', () => {
    const g = twoGroups();
    const c = detectCommunities(g);
    const info = describeCommunities(g, c.of, { labelCount: 2, edgeCount: 3 });
    const a = info.get(c.of.get('a0')!)!;
    expect(a.members).toHaveLength(6);
    expect(a.label.split(' · ')).toHaveLength(2);
    expect(a.strongest).toHaveLength(3);
    expect(a.strongest.every((e) => e.weight === 3)).toBe(true);
    expect(a.internalEdges).toBe(15);
    expect(a.kinds).toEqual({ actor: 3, place: 3 });
  });

  it('folds the edges between communities by type and direction, and keeps none inside one', () => {
    const g = twoGroups();
    const c = detectCommunities(g);
    const A = c.of.get('a0')!;
    const B = c.of.get('b0')!;
    const links = communityLinks(g, c.of).sort((x, y) => (x.type < y.type ? -1 : 1));
    expect(links).toEqual([
      { source: A, target: B, type: 'attacks', edges: 2, weight: 3 },
      { source: B, target: A, type: 'captures', edges: 1, weight: 1 },
    ]);
  });
});

describe('centralities (src/graph/centrality.ts)', () => {
  it('degree counts edges, weighted degree sums evidence, mentions reads the attribute', () => {
    const g = twoGroups();
    expect(centrality(g, 'degree').get('a0')).toBe(6);
    expect(centrality(g, 'weighted').get('a0')).toBe(5 * 3 + 2);
    expect(centrality(g, 'mentions').get('a0')).toBe(1);
  });

  it('PageRank sums to 1 and ranks a node everyone points at first', () => {
    const g = createGraph();
    for (const n of ['hub', 'x', 'y', 'z']) node(g, n);
    for (const n of ['x', 'y', 'z']) edge(g, n, 'hub');
    const pr = pageRanks(g);
    expect([...pr.values()].reduce((s, v) => s + v, 0)).toBeCloseTo(1, 6);
    expect(Math.max(...pr.values())).toBe(pr.get('hub'));
    // A stored value wins over recomputing.
    g.forEachNode((n) => g.setNodeAttribute(n, 'pagerank', n === 'x' ? 0.9 : 0.01));
    expect(centrality(g, 'pagerank').get('x')).toBe(0.9);
  });
});

describe('prepareViewGraph (src/layout/prepare.ts)', () => {
  it('puts community, PageRank and positions on every node, and the figures on the graph', () => {
    const g = twoGroups();
    const f = prepareViewGraph(g);
    expect(g.everyNode((_n, a) => Number.isInteger(a.community) && typeof a.pagerank === 'number' && Number.isFinite(a.x) && Number.isFinite(a.y))).toBe(true);
    expect(f).toMatchObject({ nodes: g.order, edges: g.size, communities: 3 });
    expect(g.getAttribute('view')).toEqual(f);
    // Same graph, same picture.
    const h = twoGroups();
    prepareViewGraph(h);
    expect(h.nodes().map((n) => [h.getNodeAttribute(n, 'x'), h.getNodeAttribute(n, 'y')])).toEqual(g.nodes().map((n) => [g.getNodeAttribute(n, 'x'), g.getNodeAttribute(n, 'y')]));
  });
});
