/**
 * A node's edges from the store under the neighbour filters (types,
 * direction, confidence, neighbour kinds, evidence dates), as the steps the
 * traversals of ./traverse.ts walk. One store call per batch of nodes, plus
 * one for the kinds and one for the evidence dates when a filter needs them.
 */
import { SYMMETRIC_TYPES } from '../types.ts';
import type { EdgeTuple, StoreReader } from '../store/index.ts';
import type { NormalizedNeighborOptions } from './query-options.ts';
import { inRange } from './query-options.ts';
import { edgeSummary } from './summarize.ts';
import type { Adjacency, Step } from './traverse.ts';

/**
 * The adjacency of the store under `o`. Out-edges come first (by type,
 * target), then in-edges (by type, source); a symmetric type counts in both
 * directions. `kinds` caches neighbour kinds across calls.
 */
export function storeAdjacency(store: Pick<StoreReader, 'adjacency' | 'kinds' | 'evidenceDates'>, o: NormalizedNeighborOptions, kinds = new Map<string, string>()): Adjacency {
  const wantOut = o.direction !== 'in';
  const wantIn = o.direction !== 'out';
  const dated = Boolean(o.since || o.until);
  const step = (r: EdgeTuple, other: string, weight: number): Step => ({
    edge: edgeSummary(`${r[1]}|${r[2]}|${r[3]}`, r[2], r[1], r[3], weight, r[5], r[6], r[7], r[8]),
    other,
  });
  return async (ids) => {
    const adj = await store.adjacency(ids);
    if (!o.kinds && !dated) {
      // Filters known from the row alone: one pass.
      return ids.map((id) => {
        const steps: Step[] = [];
        const a = adj.get(id);
        if (!a) return steps;
        for (const r of a.out) if ((wantOut || SYMMETRIC_TYPES.has(r[2])) && (!o.types || o.types.has(r[2])) && r[5] >= o.minConfidence) steps.push(step(r, r[3], r[4]));
        for (const r of a.in) if ((wantIn || SYMMETRIC_TYPES.has(r[2])) && (!o.types || o.types.has(r[2])) && r[5] >= o.minConfidence) steps.push(step(r, r[1], r[4]));
        return steps;
      });
    }
    // The edges that pass the filters known from the row alone, with the id at the other end.
    const candidates: Array<Array<[EdgeTuple, string]>> = [];
    const unknownKinds = new Set<string>();
    const relIds: number[] = [];
    const keep = (list: Array<[EdgeTuple, string]>, r: EdgeTuple, other: string) => {
      if (o.types && !o.types.has(r[2])) return;
      if (r[5] < o.minConfidence) return;
      if (dated) {
        const first = r[6];
        const last = r[7];
        if (last === null || (o.since && last < o.since)) return;
        if (o.until && first !== null && first.slice(0, o.until.length) > o.until) return;
      }
      if (o.kinds && !kinds.has(other)) unknownKinds.add(other);
      list.push([r, other]);
    };
    for (const id of ids) {
      const list: Array<[EdgeTuple, string]> = [];
      const a = adj.get(id);
      if (a) {
        for (const r of a.out) if (wantOut || SYMMETRIC_TYPES.has(r[2])) keep(list, r, r[3]);
        for (const r of a.in) if (wantIn || SYMMETRIC_TYPES.has(r[2])) keep(list, r, r[1]);
      }
      candidates.push(list);
    }
    if (unknownKinds.size) {
      const found = await store.kinds([...unknownKinds]);
      for (const id of unknownKinds) kinds.set(id, found.get(id) ?? '');
    }
    const kindOk = (other: string) => !o.kinds || o.kinds.has(kinds.get(other) as never);
    if (dated) for (const list of candidates) for (const [r, other] of list) if (kindOk(other)) relIds.push(r[0]);
    const dates = dated && relIds.length ? await store.evidenceDates(relIds) : undefined;
    return candidates.map((list) => {
      const steps: Step[] = [];
      for (const [r, other] of list) {
        if (!kindOk(other)) continue;
        let weight = r[4];
        if (dated) {
          weight = 0;
          for (const d of dates?.get(r[0]) ?? []) if (inRange(d, o.since, o.until)) weight++;
          if (weight === 0) continue;
        }
        steps.push(step(r, other, weight));
      }
      return steps;
    });
  };
}
