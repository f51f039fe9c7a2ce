/**
 * The traversals behind the queries (./query.ts) and ego graphs
 * (./build.ts): the neighbourhood BFS, the ids within n hops, and the
 * bidirectional shortest path. Each takes a batched, asynchronous adjacency
 * function (the edges of many nodes in one call: one round trip per hop to a
 * remote store), so where the edges come from and how they are filtered is
 * the caller's business. Pure: no node or store imports.
 */
import type { EdgeSummary, Neighbor, NodeSummary } from './query-types.ts';

/** One edge of a node, with the id at its other end. */
export interface Step {
  edge: EdgeSummary;
  other: string;
}

/** The edges of each node under the caller's filter, in a stable order, one list per id. */
export type Adjacency = (ids: string[]) => Promise<Step[][]>;

/** The node-visiting cap of a multi-hop neighbourhood or path search. */
export const VISIT_CAP = 20000;

/** Nodes asked for at once: a wide frontier goes in chunks, so a search that stops early asks for little more. */
const CHUNK = 256;

/** The steps of `ids`, in order, a chunk at a time; stop by returning false from `each`. */
async function forEachStep(ids: string[], adjacent: Adjacency, each: (id: string, steps: Step[]) => boolean | void): Promise<void> {
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    const lists = await adjacent(chunk);
    for (let j = 0; j < chunk.length; j++) if (each(chunk[j]!, lists[j]!) === false) return;
  }
}

export interface Neighborhood {
  neighbors: Neighbor[];
  /** Neighbours found before `limit` cut the list. */
  total: number;
  truncated: boolean;
}

interface Found {
  id: string;
  depth: number;
  edges: EdgeSummary[];
  evidenceCount: number;
}

/**
 * The nodes within `depth` hops of `start`, nearest then heaviest first, the
 * first `limit` of them as Neighbors. A node keeps the edges that reach it
 * from the previous hop. `summaries` gives the summaries of ids, in order.
 */
export async function neighborhood(
  start: string,
  adjacent: Adjacency,
  depth: number,
  limit: number,
  summaries: (ids: string[]) => Promise<NodeSummary[]>,
  cap = VISIT_CAP,
): Promise<Neighborhood> {
  const found = new Map<string, Found>();
  let frontier = [start];
  let capped = false;
  for (let d = 1; d <= depth && frontier.length > 0; d++) {
    const next: string[] = [];
    await forEachStep(frontier, adjacent, (_id, steps) => {
      for (const { edge, other } of steps) {
        if (other === start) continue;
        let n = found.get(other);
        if (!n) {
          if (found.size >= cap) {
            capped = true;
            continue;
          }
          n = { id: other, depth: d, edges: [], evidenceCount: 0 };
          found.set(other, n);
          next.push(other);
        }
        if (n.depth !== d) continue;
        if (!n.edges.some((e) => e.id === edge.id)) {
          n.edges.push(edge);
          n.evidenceCount += edge.weight;
        }
      }
    });
    frontier = next;
  }
  const all = [...found.values()].sort((a, b) => a.depth - b.depth || b.evidenceCount - a.evidenceCount || (a.id < b.id ? -1 : 1));
  const shown = all.slice(0, limit);
  const summary = await summaries(shown.map((n) => n.id));
  const neighbors: Neighbor[] = shown.map((n, i) => {
    n.edges.sort((a, b) => b.weight - a.weight || (a.id < b.id ? -1 : 1));
    // Object.assign, not `{ ...summary, depth, ... }`: on Node 20's V8 a spread followed by more
    // properties is ~20x slower and leaves garbage that survives young-generation GCs (V8 issue
    // 11536), which made every ~100th `neighbors` call pause 3-7 ms in a scavenge (the store bench's p99).
    return Object.assign({}, summary[i]!, { depth: n.depth, edges: n.edges, evidenceCount: n.evidenceCount });
  });
  return { neighbors, total: all.length, truncated: capped || all.length > limit };
}

/** `start` and the ids within `depth` hops of it; stops widening once `cap` ids are reached. */
export async function reachable(start: string, adjacent: Adjacency, depth: number, cap = VISIT_CAP): Promise<Set<string>> {
  const ids = new Set([start]);
  let frontier = [start];
  for (let d = 1; d <= depth && frontier.length > 0 && ids.size < cap; d++) {
    const next: string[] = [];
    await forEachStep(frontier, adjacent, (_id, steps) => {
      for (const { other } of steps) {
        if (ids.has(other)) continue;
        ids.add(other);
        next.push(other);
      }
    });
    frontier = next;
  }
  return ids;
}

export interface Route {
  /** `from` first, `to` last. */
  nodes: string[];
  /** The edges between them, in order. */
  edges: EdgeSummary[];
}

/**
 * A shortest route of at most `maxDepth` hops, by a bidirectional BFS that
 * always widens the smaller frontier (and stops widening a level once its
 * side has visited more than `cap` nodes); undefined when none was found.
 */
export async function shortestPath(from: string, to: string, adjacent: Adjacency, maxDepth: number, cap = VISIT_CAP): Promise<Route | undefined> {
  if (from === to) return { nodes: [from], edges: [] };
  // Each side maps a node to [previous node, edge] (null at its root) and to its depth.
  const parents = [new Map<string, [string, EdgeSummary] | null>([[from, null]]), new Map<string, [string, EdgeSummary] | null>([[to, null]])];
  const depthOf = [new Map([[from, 0]]), new Map([[to, 0]])];
  const frontiers = [[from], [to]];
  let meet: string | undefined;
  let best = Infinity;
  for (let hops = 0; hops < maxDepth && !meet; hops++) {
    const i = frontiers[0]!.length <= frontiers[1]!.length ? 0 : 1;
    const mine = parents[i]!;
    const theirs = parents[1 - i]!;
    const next: string[] = [];
    await forEachStep(frontiers[i]!, adjacent, (id, steps) => {
      const d = depthOf[i]!.get(id)! + 1;
      for (const { edge, other } of steps) {
        if (mine.has(other)) continue;
        mine.set(other, [id, edge]);
        depthOf[i]!.set(other, d);
        next.push(other);
        const j = depthOf[1 - i]!.get(other);
        if (theirs.has(other) && j !== undefined && d + j < best && d + j <= maxDepth) {
          best = d + j;
          meet = other;
        }
      }
      return mine.size <= cap;
    });
    frontiers[i] = next;
    if (next.length === 0) break;
  }
  if (!meet) return undefined;
  const nodes: string[] = [];
  const edges: EdgeSummary[] = [];
  for (let cur: string | undefined = meet; cur !== undefined; ) {
    nodes.unshift(cur);
    const p: [string, EdgeSummary] | null | undefined = parents[0]!.get(cur);
    if (!p) break;
    edges.unshift(p[1]);
    cur = p[0];
  }
  for (let p = parents[1]!.get(meet); p; p = parents[1]!.get(p[0])) {
    edges.push(p[1]);
    nodes.push(p[0]);
  }
  return { nodes, edges };
}
