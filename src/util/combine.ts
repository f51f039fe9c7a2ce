/**
 * How facts from many articles combine, in one place: the store's aggregates
 * (src/store) and the in-memory fold (src/graph/accumulate.ts) both call
 * these, so a node's label and type, an edge's orientation and its combined
 * confidence are decided by the same rule everywhere. Pure.
 */
import { SYMMETRIC_TYPES, type RelationType } from '../types.ts';

/**
 * The value most articles give; ties go to `prefer` (default: the smaller
 * string). Node labels (ties: the fuller name) and types are decided this
 * way, by the store and by `graphFromExtractions` alike.
 */
export function vote<T extends string>(votes: Map<T, number>, prefer: (a: T, b: T) => T = (a, b) => (a < b ? a : b)): T {
  let best: T | undefined;
  let bestN = -1;
  for (const [v, n] of votes) {
    if (n > bestN) {
      best = v;
      bestN = n;
    } else if (n === bestN && best !== undefined) {
      best = prefer(best, v);
    }
  }
  return best!;
}

/** The fuller of two names is the label ("Syrian Democratic Forces" over "SDF"); ties by order. */
export function preferLabel(a: string, b: string): string {
  if (a.length !== b.length) return a.length > b.length ? a : b;
  return a < b ? a : b;
}

/** Orient a relation: symmetric types get their ends in sorted order. */
export function orient(type: RelationType, source: string, target: string): [string, string] {
  if (SYMMETRIC_TYPES.has(type) && target < source) return [target, source];
  return [source, target];
}

export function combineConfidence(values: readonly number[]): number {
  let miss = 1;
  for (const c of values) miss = addMiss(miss, c);
  return confidenceOfMiss(miss);
}

/**
 * `combineConfidence` one value at a time (no array): start from a miss of 1,
 * `addMiss` each confidence in order, then `confidenceOfMiss`. The same
 * arithmetic in the same order, so the same result to the last bit.
 */
export function addMiss(miss: number, confidence: number): number {
  return miss * (1 - Math.max(0, Math.min(1, confidence)));
}

export function confidenceOfMiss(miss: number): number {
  return Math.round((1 - miss) * 1000) / 1000;
}


/** Evidence and quotes in a stable order: by date (undated first), article, offset. */
export function byOccurrence(a: { articleId: string; published?: string | undefined; start: number }, b: { articleId: string; published?: string | undefined; start: number }): number {
  const da = a.published ?? '';
  const db = b.published ?? '';
  if (da !== db) return da < db ? -1 : 1;
  if (a.articleId !== b.articleId) return a.articleId < b.articleId ? -1 : 1;
  return a.start - b.start;
}
