/**
 * A deterministic starting layout: nodes grouped by kind, each kind in its
 * own disc around the origin, placed on a sunflower spiral in an order fixed
 * by a seeded hash of the node id. Positions already stored on the node are
 * kept. Pure: same graph and seed, same positions.
 */
import { NODE_KINDS } from '../../src/types.ts';
import type { NewsGraph, NodeKind } from '../../src/types.ts';

export type Positions = Map<string, { x: number; y: number }>;

/** FNV-1a over the id, mixed with the seed. */
export function hashId(id: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export function seededPositions(graph: NewsGraph, seed: number): Positions {
  const out: Positions = new Map();
  const groups = new Map<NodeKind, string[]>();
  graph.forEachNode((n, a) => {
    if (typeof a.x === 'number' && typeof a.y === 'number') {
      out.set(n, { x: a.x, y: a.y });
      return;
    }
    const list = groups.get(a.kind) ?? [];
    list.push(n);
    groups.set(a.kind, list);
  });
  const total = graph.order || 1;
  const ring = Math.sqrt(total) * 6;
  NODE_KINDS.forEach((kind, k) => {
    const ids = groups.get(kind);
    if (!ids) return;
    ids.sort((a, b) => hashId(a, seed) - hashId(b, seed) || (a < b ? -1 : 1));
    const angle = (2 * Math.PI * k) / NODE_KINDS.length;
    const cx = Math.cos(angle) * ring;
    const cy = Math.sin(angle) * ring;
    ids.forEach((id, i) => {
      const r = Math.sqrt(i + 0.5) * 3;
      const t = i * 2.399963229728653; // golden angle
      out.set(id, { x: cx + r * Math.cos(t), y: cy + r * Math.sin(t) });
    });
  });
  return out;
}
