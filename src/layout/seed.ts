/**
 * Seeded, deterministic starting positions: each node kind gets its own
 * sector of a circle, and a node's place in it comes from a hash of its id,
 * so the same graph always starts (and so ends) in the same place.
 */
import { NODE_KINDS } from '../types.ts';
import type { NewsGraph, NodeKind } from '../types.ts';

/** FNV-1a: a small stable string hash. */
export function hashString(s: string, seed = 0): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** mulberry32: a seeded PRNG in [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SECTOR: Record<NodeKind, number> = Object.fromEntries(NODE_KINDS.map((k, i) => [k, i])) as Record<NodeKind, number>;

/** Position of a node before the layout runs. */
export function seedPosition(id: string, kind: NodeKind, seed: number, spread: number): { x: number; y: number } {
  const rand = prng(hashString(id, seed));
  const sector = SECTOR[kind];
  const angle = ((sector + 0.15 + 0.7 * rand()) / NODE_KINDS.length) * 2 * Math.PI;
  const radius = spread * (0.3 + 0.7 * Math.sqrt(rand()));
  return { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
}

/** Give every node its seeded starting position. */
export function seedPositions(graph: NewsGraph, seed: number): void {
  const spread = 10 * Math.sqrt(Math.max(1, graph.order));
  graph.forEachNode((id, attrs) => {
    const { x, y } = seedPosition(id, attrs.kind, seed, spread);
    graph.mergeNodeAttributes(id, { x, y });
  });
}
