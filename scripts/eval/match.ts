/**
 * Span arithmetic and scoring primitives shared by the scorers: overlap and
 * exact span tests, a one-to-one (maximum cardinality) matching between gold
 * items and predictions, and precision / recall / F1 from counts.
 */

export interface Span {
  start: number;
  end: number;
}

export type MatchMode = 'overlap' | 'exact';

export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Half-open spans share at least one character. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function sameSpan(a: Span, b: Span): boolean {
  return a.start === b.start && a.end === b.end;
}

export function spanMatches(mode: MatchMode, a: Span, b: Span): boolean {
  return mode === 'exact' ? sameSpan(a, b) : overlaps(a, b);
}

/** Intersection over union of two spans, in [0, 1]. */
export function iou(a: Span, b: Span): number {
  const inter = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  const union = Math.max(a.end, b.end) - Math.min(a.start, b.start);
  return union <= 0 ? 0 : inter / union;
}

/** P/R/F1 from counts; an empty side scores 0 (never NaN). */
export function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

export function addPrf(parts: Prf[]): Prf {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const p of parts) {
    tp += p.tp;
    fp += p.fp;
    fn += p.fn;
  }
  return prf(tp, fp, fn);
}

/**
 * One-to-one matching of gold items to predictions: each gold item and each
 * prediction is used at most once, and the number of pairs is maximal
 * (augmenting paths). Candidate predictions of a gold item are tried best
 * first by `score`, so among maximal matchings the better-fitting pairs win.
 * Returns `pairs[g] = p` (or -1) for every gold index.
 */
export function matchOneToOne(
  goldCount: number,
  predCount: number,
  fits: (g: number, p: number) => boolean,
  score: (g: number, p: number) => number = () => 0,
): number[] {
  const cands: number[][] = [];
  for (let g = 0; g < goldCount; g++) {
    const c: number[] = [];
    for (let p = 0; p < predCount; p++) if (fits(g, p)) c.push(p);
    c.sort((a, b) => score(g, b) - score(g, a));
    cands.push(c);
  }
  const goldOf = new Array<number>(predCount).fill(-1);
  const pairs = new Array<number>(goldCount).fill(-1);
  const tryAssign = (g: number, seen: Uint8Array): boolean => {
    for (const p of cands[g] ?? []) {
      if (seen[p]) continue;
      seen[p] = 1;
      const owner = goldOf[p] ?? -1;
      if (owner === -1 || tryAssign(owner, seen)) {
        goldOf[p] = g;
        pairs[g] = p;
        return true;
      }
    }
    return false;
  };
  // First pass: greedy on the best candidate, so ties resolve by score.
  for (let g = 0; g < goldCount; g++) {
    const best = cands[g]?.find((p) => goldOf[p] === -1);
    if (best !== undefined) {
      goldOf[best] = g;
      pairs[g] = best;
    }
  }
  // Then augment until maximal.
  for (let g = 0; g < goldCount; g++) {
    if (pairs[g] !== -1) continue;
    tryAssign(g, new Uint8Array(predCount));
  }
  return pairs;
}
