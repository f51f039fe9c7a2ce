/**
 * The shared traversals (src/graph/traverse.ts) on a tiny graph given as an
 * edge list: shortest path found / not found / cut by maxDepth / by
 * direction; neighbourhood order, limit and cap; ids within n hops; one
 * adjacency call per hop.
 */
import { describe, expect, it } from 'vitest';
import type { EdgeSummary, NodeSummary } from '../../src/graph/query-types.ts';
import { neighborhood, reachable, shortestPath, type Adjacency, type Step } from '../../src/graph/traverse.ts';
import type { RelationType } from '../../src/types.ts';

//   e --attacks(1)--> b --attacks(1)--> c --attacks(2)--> d        f (no edges)
//   a --attacks(3)--> b,  a --quotes(1)--> b
const EDGES: Array<[string, RelationType, string, number]> = [
  ['b', 'attacks', 'c', 1],
  ['a', 'attacks', 'b', 3],
  ['a', 'quotes', 'b', 1],
  ['c', 'attacks', 'd', 2],
  ['e', 'attacks', 'b', 1],
];

const edge = ([source, type, target, weight]: (typeof EDGES)[number]): EdgeSummary => ({
  id: `${source}|${type}|${target}`,
  type,
  source,
  target,
  weight,
  confidence: 1,
});

type Direction = 'in' | 'out' | 'both';

/** Out-edges, then in-edges, in list order; `calls` records the ids of each call. */
function adjacency(direction: Direction, calls: string[][] = []): Adjacency {
  return async (ids) => {
    calls.push(ids);
    return ids.map((id) => {
      const steps: Step[] = [];
      if (direction !== 'in') for (const e of EDGES) if (e[0] === id) steps.push({ edge: edge(e), other: e[2] });
      if (direction !== 'out') for (const e of EDGES) if (e[2] === id) steps.push({ edge: edge(e), other: e[0] });
      return steps;
    });
  };
}

const summaries = async (ids: string[]): Promise<NodeSummary[]> =>
  ids.map((id) => ({ id, label: id.toUpperCase(), kind: 'actor', type: 'organization', mentions: 1, articles: 1, degree: 0 }));

describe('shortestPath', () => {
  const cases: Array<[string, string, Direction, number, string[] | undefined, string[]]> = [
    ['a', 'd', 'both', 4, ['a', 'b', 'c', 'd'], ['a|attacks|b', 'b|attacks|c', 'c|attacks|d']],
    ['a', 'd', 'both', 3, ['a', 'b', 'c', 'd'], ['a|attacks|b', 'b|attacks|c', 'c|attacks|d']],
    ['a', 'd', 'both', 2, undefined, []],
    ['d', 'a', 'both', 4, ['d', 'c', 'b', 'a'], ['c|attacks|d', 'b|attacks|c', 'a|attacks|b']],
    ['a', 'd', 'out', 4, ['a', 'b', 'c', 'd'], ['a|attacks|b', 'b|attacks|c', 'c|attacks|d']],
    ['d', 'a', 'out', 4, undefined, []],
    ['d', 'a', 'in', 4, ['d', 'c', 'b', 'a'], ['c|attacks|d', 'b|attacks|c', 'a|attacks|b']],
    ['e', 'c', 'both', 4, ['e', 'b', 'c'], ['e|attacks|b', 'b|attacks|c']],
    ['a', 'e', 'both', 2, ['a', 'b', 'e'], ['a|attacks|b', 'e|attacks|b']],
    ['a', 'f', 'both', 6, undefined, []],
    ['c', 'c', 'both', 1, ['c'], []],
  ];
  it.each(cases)('%s -> %s (%s, maxDepth %i)', async (from, to, direction, maxDepth, nodes, edges) => {
    const route = await shortestPath(from, to, adjacency(direction), maxDepth);
    if (nodes === undefined) expect(route).toBeUndefined();
    else expect({ nodes: route?.nodes, edges: route?.edges.map((e) => e.id) }).toEqual({ nodes, edges });
  });

});

describe('neighborhood', () => {
  // [start, direction, depth, limit, cap, neighbours as id@depth:edges, total, truncated]
  const cases: Array<[string, Direction, number, number, number, string[], number, boolean]> = [
    ['b', 'both', 1, 10, 100, ['a@1:a|attacks|b,a|quotes|b', 'c@1:b|attacks|c', 'e@1:e|attacks|b'], 3, false],
    ['b', 'both', 2, 10, 100, ['a@1:a|attacks|b,a|quotes|b', 'c@1:b|attacks|c', 'e@1:e|attacks|b', 'd@2:c|attacks|d'], 4, false],
    ['b', 'both', 2, 2, 100, ['a@1:a|attacks|b,a|quotes|b', 'c@1:b|attacks|c'], 4, true],
    ['b', 'out', 3, 10, 100, ['c@1:b|attacks|c', 'd@2:c|attacks|d'], 2, false],
    ['b', 'in', 3, 10, 100, ['a@1:a|attacks|b,a|quotes|b', 'e@1:e|attacks|b'], 2, false],
    ['b', 'both', 1, 10, 1, ['c@1:b|attacks|c'], 1, true],
    ['f', 'both', 3, 10, 100, [], 0, false],
  ];
  it.each(cases)('%s %s depth %i limit %i cap %i', async (start, direction, depth, limit, cap, expected, total, truncated) => {
    const near = await neighborhood(start, adjacency(direction), depth, limit, summaries, cap);
    expect(near.neighbors.map((n) => `${n.id}@${n.depth}:${n.edges.map((e) => e.id).join(',')}`)).toEqual(expected);
    expect([near.total, near.truncated]).toEqual([total, truncated]);
  });

  it('sums the weights of the edges it keeps and carries the summaries', async () => {
    const [first] = (await neighborhood('b', adjacency('both'), 1, 1, summaries)).neighbors;
    expect(first).toMatchObject({ id: 'a', label: 'A', evidenceCount: 4, depth: 1 });
  });

  it('asks for the edges of a whole frontier at once (one call per hop)', async () => {
    const calls: string[][] = [];
    await neighborhood('b', adjacency('both', calls), 2, 10, summaries);
    expect(calls).toEqual([['b'], ['c', 'a', 'e']]);
  });
});

describe('reachable', () => {
  const cases: Array<[string, Direction, number, number, string[]]> = [
    ['a', 'both', 0, 100, ['a']],
    ['a', 'both', 1, 100, ['a', 'b']],
    ['a', 'both', 2, 100, ['a', 'b', 'c', 'e']],
    ['a', 'out', 5, 100, ['a', 'b', 'c', 'd']],
    ['d', 'out', 5, 100, ['d']],
    ['a', 'both', 3, 2, ['a', 'b']],
  ];
  it.each(cases)('%s %s depth %i cap %i', async (start, direction, depth, cap, expected) => {
    expect([...(await reachable(start, adjacency(direction), depth, cap))].sort()).toEqual(expected);
  });
});
