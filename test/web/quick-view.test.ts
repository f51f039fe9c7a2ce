/**
 * The first screen of a very large graph built straight from the JSON
 * (web/src/quick-view.ts) is the collapsed view the full load draws
 * (parseGraph → visibleSet → buildCommunityGraph) for the same document and
 * the default state: same nodes, edges, attributes and order. And the sliced
 * import (parseGraphInSlices) gives the graph parseGraph gives.
 */
import { describe, expect, it } from 'vitest';
import { centrality } from '../../src/graph/centrality.ts';
import { communitiesOf, describeCommunities, detectCommunities } from '../../src/graph/communities.ts';
import { createGraph } from '../../src/graph/create.ts';
import { seededPositions } from '../../src/layout/seed.ts';
import { NODE_KINDS, RELATION_TYPES } from '../../src/types.ts';
import { prng } from '../../src/util/random.ts';
import { buildCommunityGraph } from '../../web/src/community-view.ts';
import { parseGraph, parseGraphInSlices } from '../../web/src/data.ts';
import { visibleSet } from '../../web/src/filters.ts';
import { quickCommunityGraph, quickEntityGraph, quickEntityNodes } from '../../web/src/quick-view.ts';
import { addingEdgeItems, buildRenderGraph, nodeSizes, type RenderGraph } from '../../web/src/render-graph.ts';
import { toCompact, type SerializedGraph } from '../../src/graph/compact.ts';
import { defaultState } from '../../web/src/state.ts';

/** A graph with planted groups, some isolated nodes, communities and positions, serialized. */
function document(nodes: number, seed: number): ReturnType<ReturnType<typeof createGraph>['export']> {
  const r = prng(seed);
  const g = createGraph();
  for (let i = 0; i < nodes; i++) {
    const kind = NODE_KINDS[i % NODE_KINDS.length]!;
    g.addNode(`n${i}`, { label: `Node ${i % 7 === 0 ? 'x' : i}`, kind, type: kind === 'actor' ? 'person' : kind === 'place' ? 'city' : kind, aliases: [], mentions: 1, articles: 1 } as never);
  }
  const groups = 12;
  for (let i = 0; i < nodes * 3; i++) {
    const s = Math.floor(r() * nodes * 0.9);
    const same = r() < 0.85;
    const t = same ? (s - (s % groups) + Math.floor(r() * groups)) % Math.floor(nodes * 0.9) : Math.floor(r() * nodes * 0.9);
    const type = RELATION_TYPES[Math.floor(r() * RELATION_TYPES.length)]!;
    const key = `n${s}|${type}|n${t}`;
    if (s === t || g.hasEdge(key)) continue;
    g.addDirectedEdgeWithKey(key, `n${s}`, `n${t}`, { type, weight: 1 + Math.floor(r() * 4), confidence: Math.round(r() * 100) / 100, evidence: [] });
  }
  const { of } = detectCommunities(g, { seed: 7 });
  g.forEachNode((n) => {
    g.setNodeAttribute(n, 'community', of.get(n) ?? -1);
    g.setNodeAttribute(n, 'x', Math.round(r() * 2000 - 1000));
    g.setNodeAttribute(n, 'y', Math.round(r() * 2000 - 1000));
  });
  g.setAttribute('evidence', 'omitted');
  return g.export();
}

/** What the full load shows first for a large graph: the collapsed view under the default state. */
function fullPath(raw: unknown): RenderGraph {
  const { graph } = parseGraph(raw);
  const of = communitiesOf(graph)!;
  const positions = seededPositions(graph, 42, { groupOf: (n) => of.get(n) ?? -1 });
  const state = defaultState();
  const visible = visibleSet(graph, state);
  const degree = centrality(graph, 'degree');
  const infos = describeCommunities(graph, of, { score: (n) => degree.get(n) ?? 0 });
  return buildCommunityGraph(graph, visible, positions, nodeSizes(graph, 'degree', degree, visible.nodes.size), of, new Set(), infos, { colorBy: 'community' });
}

const dump = (g: RenderGraph) => ({
  nodes: g.mapNodes((n, a) => [n, a]),
  edges: g.mapEdges((e, a, s, t) => [e, s, t, a]),
});

describe('quickCommunityGraph', () => {
  it.each([
    [400, 1],
    [1500, 2],
  ])('equals the full collapsed view (%i nodes)', (n, seed) => {
    const raw = document(n, seed);
    const quick = quickCommunityGraph(structuredClone(raw))!;
    expect(quick).toBeDefined();
    const full = fullPath(structuredClone(raw));
    expect(full.order).toBeGreaterThan(3);
    expect(full.size).toBeGreaterThan(3);
    expect(dump(quick.graph)).toEqual(dump(full));
    expect([quick.nodes, quick.edges]).toEqual([raw.nodes.length, raw.edges.length]);
  });

  it('gives up (undefined) when a node has no community or no position, or the document is not a graph', () => {
    const raw = document(200, 3);
    const noCommunity = structuredClone(raw);
    delete noCommunity.nodes[5]!.attributes!.community;
    expect(quickCommunityGraph(noCommunity)).toBeUndefined();
    const noPosition = structuredClone(raw);
    delete noPosition.nodes[9]!.attributes!.x;
    expect(quickCommunityGraph(noPosition)).toBeUndefined();
    expect(quickCommunityGraph({ nodes: 'x' })).toBeUndefined();
    expect(quickCommunityGraph(null)).toBeUndefined();
  });
});

/** What the full load shows first for a large graph shown entity by entity (the overview, not collapsed). */
function fullEntityPath(raw: unknown, colorBy: 'community' | 'kind'): RenderGraph {
  const { graph } = parseGraph(raw);
  const of = communitiesOf(graph)!;
  const positions = seededPositions(graph, 42, { groupOf: (n) => of.get(n) ?? -1 });
  const visible = visibleSet(graph, defaultState());
  return buildRenderGraph(graph, visible, positions, nodeSizes(graph, 'degree', centrality(graph, 'degree'), visible.nodes.size), { colorBy });
}

describe('quickEntityGraph', () => {
  it.each([
    [400, 1, 'community', false],
    [1500, 2, 'kind', false],
    [1500, 5, 'community', true],
  ] as const)('equals the full entity view (%i nodes, seed %i, by %s, compact form %s)', (n, seed, colorBy, compact) => {
    const doc = document(n, seed);
    const raw = compact ? toCompact(doc as unknown as SerializedGraph) : doc;
    const quick = quickEntityGraph(structuredClone(raw), { colorBy })!;
    expect(quick).toBeDefined();
    const full = fullEntityPath(structuredClone(raw), colorBy);
    // Isolated nodes are left out, as the full view does.
    expect(full.order).toBeLessThan(doc.nodes.length);
    expect(full.size).toBe(doc.edges.length);
    expect(dump(quick.graph)).toEqual(dump(full));
    expect([quick.nodes, quick.edges]).toEqual([doc.nodes.length, doc.edges.length]);
  });

  it('gives up (undefined) on what the importer would skip or where the layout must run first', () => {
    const raw = document(200, 3);
    expect(quickEntityGraph(structuredClone(raw), { colorBy: 'community' })).toBeDefined();
    const noPosition = structuredClone(raw);
    delete noPosition.nodes[9]!.attributes!.x;
    expect(quickEntityGraph(noPosition, { colorBy: 'community' })).toBeUndefined();
    const badKind = structuredClone(raw);
    (badKind.nodes[4]!.attributes as unknown as Record<string, unknown>).kind = 'planet';
    expect(quickEntityGraph(badKind, { colorBy: 'community' })).toBeUndefined();
    const unknownEnd = structuredClone(raw);
    unknownEnd.edges.push({ key: 'bad', source: 'n1', target: 'nobody', attributes: { type: 'attacks', weight: 1, confidence: 1, evidence: [] } });
    expect(quickEntityGraph(unknownEnd, { colorBy: 'community' })).toBeUndefined();
    const duplicate = structuredClone(raw);
    duplicate.edges.push(structuredClone(duplicate.edges[0]!));
    expect(quickEntityGraph(duplicate, { colorBy: 'community' })).toBeUndefined();
    const noWeight = structuredClone(raw);
    delete (noWeight.edges[2]!.attributes as unknown as Record<string, unknown>).weight;
    expect(quickEntityGraph(noWeight, { colorBy: 'community' })).toBeUndefined();
    expect(quickEntityGraph({ nodes: 'x' }, { colorBy: 'kind' })).toBeUndefined();
  });
});

describe('quickEntityNodes', () => {
  it.each([
    [1500, 6, false],
    [1500, 8, true],
  ] as const)('the nodes first, then the edges step by step, give quickEntityGraph\'s graph (%i nodes, seed %i, compact form %s)', (n, seed, compact) => {
    const doc = document(n, seed);
    const raw = compact ? toCompact(doc as unknown as SerializedGraph) : doc;
    const whole = quickEntityGraph(structuredClone(raw), { colorBy: 'community' })!;
    const first = quickEntityNodes(structuredClone(raw), { colorBy: 'community' })!;
    expect(first.graph.size).toBe(0);
    expect(first.graph.order).toBe(whole.graph.order);
    expect(first.edgeItems.length).toBe(doc.edges.length);
    const full = first.graph.copy();
    let steps = 0;
    for (const _ of addingEdgeItems(full, first.edgeItems)) steps++;
    expect(steps).toBeGreaterThan(1);
    expect(dump(full)).toEqual(dump(whole.graph));
    // The first graph is left as it was: nodes only.
    expect(first.graph.size).toBe(0);
  });

  it('gives up before the first frame on an edge the importer would refuse (a key twice, an unknown end)', () => {
    const raw = document(300, 9);
    const duplicate = structuredClone(raw);
    duplicate.edges.push({ ...structuredClone(duplicate.edges[1]!), source: 'n2', target: 'n3' });
    expect(quickEntityNodes(duplicate, { colorBy: 'kind' })).toBeUndefined();
    const unknownEnd = structuredClone(raw);
    unknownEnd.edges.push({ key: 'x', source: 'nobody', target: 'n1', attributes: { type: 'attacks', weight: 1, confidence: 1, evidence: [] } });
    expect(quickEntityNodes(unknownEnd, { colorBy: 'kind' })).toBeUndefined();
    expect(quickEntityNodes(structuredClone(raw), { colorBy: 'kind' })).toBeDefined();
  });
});

describe('parseGraphInSlices', () => {
  it('imports the same graph as parseGraph, warnings included, in more than one task', async () => {
    const raw = document(1500, 4);
    raw.edges.push({ key: 'bad', source: 'n1', target: 'nobody', attributes: { type: 'attacks', weight: 1, confidence: 1, evidence: [] } });
    const sync = parseGraph(structuredClone(raw));
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const sliced = await parseGraphInSlices(structuredClone(raw), 'graph', 0);
    clearInterval(timer);
    expect(JSON.stringify(sliced.graph.export())).toBe(JSON.stringify(sync.graph.export()));
    expect(sliced.warnings).toEqual(sync.warnings);
    expect(sliced.warnings).toEqual(['graph: edge bad: unknown end']);
    expect(ticks).toBeGreaterThan(0);
  });
});
