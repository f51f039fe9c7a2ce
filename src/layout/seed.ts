/**
 * The one seeded starting layout, shared by the server (src/layout) and the
 * view (web/): pure, no I/O, imports only the types and src/util/random.ts.
 *
 * Nodes are placed by group (a community when one is known, else the node
 * kind): each group is a disc whose area follows its member count, the discs
 * are packed without overlap by decreasing size (big groups in the middle),
 * and the members of a group sit on a sunflower spiral inside their disc in an
 * order fixed by a seeded hash of their id. The same graph and seed always give
 * the same positions, and a community starts where its members are together,
 * so ForceAtlas2 has little to untangle (and the start already reads).
 */
import { NODE_KINDS } from '../types.ts';
import type { NewsGraph } from '../types.ts';
import { hashString } from '../util/random.ts';

export { hashString, prng } from '../util/random.ts';

export type Position = { x: number; y: number };
export type Positions = Map<string, Position>;

/** The golden angle, in radians: successive points of a sunflower never line up. */
export const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** Distance between neighbouring seeded nodes, in layout units. */
export const SEED_SPACING = 3;

/** A node to place: its id and the group it starts in. */
export interface SeedItem {
  id: string;
  group: string | number;
}

/**
 * Seeded positions for `items`, grouped. Groups are ordered by size
 * (largest first, ties by key), members by their seeded hash (ties by id).
 */
export function seedGroups(items: Iterable<SeedItem>, seed: number, spacing = SEED_SPACING): Positions {
  const groups = new Map<string, string[]>();
  for (const { id, group } of items) {
    const k = String(group);
    const list = groups.get(k);
    if (list) list.push(id);
    else groups.set(k, [id]);
  }
  const ordered = [...groups.entries()].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const out: Positions = new Map();
  const centres = packDiscs(ordered.map(([, ids]) => spacing * (Math.sqrt(ids.length) + 0.5)));
  ordered.forEach(([, ids], g) => {
    const { x: cx, y: cy } = centres[g]!;
    const keyed = ids.map((id) => [hashString(id, seed), id] as const);
    keyed.sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
    keyed.forEach(([, id], i) => {
      const r = spacing * Math.sqrt(i + 0.5);
      const t = i * GOLDEN_ANGLE;
      out.set(id, { x: cx + r * Math.cos(t), y: cy + r * Math.sin(t) });
    });
  });
  return out;
}

/**
 * Centres for discs of the given radii (largest first), packed without
 * overlap around the origin: each disc takes the first free point of a
 * sunflower spiral scaled to its own radius, starting where the previous one
 * went (discs only get smaller), checked against a grid of placed discs.
 */
export function packDiscs(radii: readonly number[]): Position[] {
  const out: Position[] = [];
  if (radii.length === 0) return out;
  const rMax = Math.max(...radii);
  const cell = 2 * rMax;
  const grid = new Map<string, number[]>();
  const key = (x: number, y: number) => `${Math.floor(x / cell)},${Math.floor(y / cell)}`;
  const fits = (x: number, y: number, r: number): boolean => {
    const cx = Math.floor(x / cell);
    const cy = Math.floor(y / cell);
    for (let i = cx - 1; i <= cx + 1; i++) {
      for (let j = cy - 1; j <= cy + 1; j++) {
        for (const k of grid.get(`${i},${j}`) ?? []) {
          const p = out[k]!;
          if (Math.hypot(p.x - x, p.y - y) < r + radii[k]!) return false;
        }
      }
    }
    return true;
  };
  let reach = 0;
  radii.forEach((r, g) => {
    let p: Position = { x: 0, y: 0 };
    if (g > 0) {
      // Start on the spiral at about the distance of the last placement, less room for gaps.
      let k = Math.max(1, Math.floor(((Math.max(0, reach - rMax - r)) / r) ** 2));
      for (; ; k++) {
        const d = r * Math.sqrt(k);
        const x = d * Math.cos(k * GOLDEN_ANGLE);
        const y = d * Math.sin(k * GOLDEN_ANGLE);
        if (fits(x, y, r)) {
          p = { x, y };
          break;
        }
      }
    }
    out.push(p);
    reach = Math.max(reach, Math.hypot(p.x, p.y));
    const c = key(p.x, p.y);
    const list = grid.get(c);
    if (list) list.push(g);
    else grid.set(c, [g]);
  });
  return out;
}

/**
 * Seeded positions for every node of the graph. A node that already has
 * finite `x` and `y` keeps them (a laid-out export reopens as saved) unless
 * `keepStored` is false. Groups: `groupOf(node)` when given, else the node's
 * `community` attribute when every node has one, else its kind.
 */
export function seededPositions(
  graph: NewsGraph,
  seed: number,
  opts: { groupOf?: (node: string) => string | number; keepStored?: boolean } = {},
): Positions {
  const keep = opts.keepStored !== false;
  const byCommunity = opts.groupOf === undefined && graph.order > 0 && graph.everyNode((_n, a) => typeof a.community === 'number');
  const groupOf =
    opts.groupOf ??
    ((n: string) => {
      const a = graph.getNodeAttributes(n);
      return byCommunity ? (a.community as number) : NODE_KINDS.indexOf(a.kind);
    });
  const stored: Positions = new Map();
  const items: SeedItem[] = [];
  graph.forEachNode((n, a) => {
    if (keep && Number.isFinite(a.x) && Number.isFinite(a.y)) stored.set(n, { x: a.x!, y: a.y! });
    else items.push({ id: n, group: groupOf(n) });
  });
  const seeded = seedGroups(items, seed);
  // Keep graph order in the result.
  const out: Positions = new Map();
  graph.forEachNode((n) => out.set(n, stored.get(n) ?? seeded.get(n)!));
  return out;
}

/** Write seeded positions onto the nodes (`x`, `y`), replacing stored ones. */
export function seedPositions(graph: NewsGraph, seed: number, groupOf?: (node: string) => string | number): void {
  const pos = seededPositions(graph, seed, { keepStored: false, ...(groupOf ? { groupOf } : {}) });
  for (const [n, p] of pos) graph.mergeNodeAttributes(n, p);
}
