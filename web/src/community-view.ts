/**
 * The collapsed community view: each community becomes one node (at its
 * members' centre, sized by their number, labelled by its top entities), and
 * the edges between communities are folded by type and direction, weighted by
 * their evidence. An opened community shows its members again; their edges to
 * a collapsed community are folded the same way. Pure: no DOM, no sigma.
 */
import Graph from 'graphology';
import { SIZE_RANGE } from '../../src/config.ts';
import type { CommunityInfo } from '../../src/graph/communities.ts';
import { SYMMETRIC_TYPES } from '../../src/types.ts';
import type { NewsGraph, RelationType } from '../../src/types.ts';
import type { Positions } from '../../src/layout/seed.ts';
import type { Visible } from './filters.ts';
import { addEdgeItems, communityColor, nodeColors, type EdgeItem, type Look, type RenderGraph } from './render-graph.ts';

const PREFIX = 'community:';

export const communityKey = (c: number): string => `${PREFIX}${c}`;

/** The community of a community node's key, or undefined for an entity. */
export function communityOfKey(key: string): number | undefined {
  if (!key.startsWith(PREFIX)) return undefined;
  const n = Number(key.slice(PREFIX.length));
  return Number.isInteger(n) ? n : undefined;
}

/** Size of a community node: square root of its members, within twice SIZE_RANGE. */
export function communitySize(members: number, largest: number): number {
  const t = Math.sqrt(members / Math.max(1, largest));
  return SIZE_RANGE.min + t * (SIZE_RANGE.max * 2 - SIZE_RANGE.min);
}

export function buildCommunityGraph(
  data: NewsGraph,
  visible: Visible,
  positions: Positions,
  sizes: Map<string, number>,
  of: Map<string, number>,
  open: ReadonlySet<number>,
  infos: Map<number, CommunityInfo>,
  look: Look,
): RenderGraph {
  const g: RenderGraph = new Graph({ type: 'directed', multi: true, allowSelfLoops: false });
  const where = new Map<string, string>();
  const sums = new Map<number, { x: number; y: number; n: number }>();
  for (const n of visible.nodes) {
    const c = of.get(n) ?? -1;
    const p = positions.get(n) ?? { x: 0, y: 0 };
    if (open.has(c)) {
      const a = data.getNodeAttributes(n);
      const size = sizes.get(n) ?? SIZE_RANGE.min;
      g.addNode(n, { x: p.x, y: p.y, size, label: a.label, kind: a.kind, zIndex: size, ...nodeColors(a.kind, c, look.colorBy) });
      where.set(n, n);
    } else {
      const s = sums.get(c) ?? { x: 0, y: 0, n: 0 };
      s.x += p.x;
      s.y += p.y;
      s.n++;
      sums.set(c, s);
      where.set(n, communityKey(c));
    }
  }
  const largest = Math.max(1, ...[...sums.values()].map((s) => s.n));
  for (const [c, s] of sums) {
    const size = communitySize(s.n, largest);
    const top = infos.get(c)?.label ?? '';
    const label = c < 0 ? `unconnected (${s.n})` : `${top}${s.n > 1 ? ` (${s.n})` : ''}`;
    const color = communityColor(c);
    g.addNode(communityKey(c), { x: s.x / s.n, y: s.y / s.n, size, label, kind: 'actor', zIndex: size, type: 'circle', color, borderColor: color, community: c, members: s.n });
  }
  // Edges: entity to entity as they are; anything touching a collapsed community folded.
  const items: EdgeItem[] = [];
  const folded = new Map<string, EdgeItem>();
  data.forEachEdge((e, a, s, t) => {
    if (!visible.edges.has(e)) return;
    let rs = where.get(s);
    let rt = where.get(t);
    if (rs === undefined || rt === undefined || rs === rt) return;
    if (rs === s && rt === t) {
      items.push({ key: e, source: s, target: t, type: a.type, weight: a.weight, confidence: a.confidence });
      return;
    }
    if (SYMMETRIC_TYPES.has(a.type) && rs > rt) [rs, rt] = [rt, rs];
    const key = `fold:${rs}|${a.type}|${rt}`;
    const f = folded.get(key);
    if (f) {
      f.weight += a.weight;
      f.confidence = Math.max(f.confidence, a.confidence);
    } else folded.set(key, { key, source: rs, target: rt, type: a.type as RelationType, weight: a.weight, confidence: a.confidence });
  });
  addEdgeItems(g, [...items, ...folded.values()]);
  return g;
}
