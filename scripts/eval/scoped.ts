/**
 * Scoring inside a scope: match predictions one-to-one to the in-scope gold,
 * let the leftover predictions be absorbed by out-of-scope gold (neither
 * right nor wrong: e.g. a prediction of an unnamed mention when only named
 * mentions are scored), and count the rest as false positives when they are
 * themselves in scope.
 */
import { matchOneToOne } from './match.ts';

export interface ScopedResult {
  tp: number;
  fp: number;
  fn: number;
  /** For every gold index: the prediction index matched to it, or -1. */
  pairs: number[];
  /** Prediction indexes counted as false positives. */
  falsePositives: number[];
}

export function scoreScoped(
  goldCount: number,
  predCount: number,
  fits: (g: number, p: number) => boolean,
  score: (g: number, p: number) => number,
  goldInScope: (g: number) => boolean,
  predInScope: (p: number) => boolean,
): ScopedResult {
  const inScope: number[] = [];
  const outScope: number[] = [];
  for (let g = 0; g < goldCount; g++) (goldInScope(g) ? inScope : outScope).push(g);
  const pairs = new Array<number>(goldCount).fill(-1);
  const used = new Uint8Array(predCount);

  const first = matchOneToOne(inScope.length, predCount, (i, p) => fits(inScope[i]!, p), (i, p) => score(inScope[i]!, p));
  first.forEach((p, i) => {
    if (p >= 0) {
      pairs[inScope[i]!] = p;
      used[p] = 1;
    }
  });
  const free: number[] = [];
  for (let p = 0; p < predCount; p++) if (!used[p]) free.push(p);
  const second = matchOneToOne(outScope.length, free.length, (i, j) => fits(outScope[i]!, free[j]!), (i, j) => score(outScope[i]!, free[j]!));
  second.forEach((j, i) => {
    if (j >= 0) {
      pairs[outScope[i]!] = free[j]!;
      used[free[j]!] = 1;
    }
  });
  const tp = first.filter((p) => p >= 0).length;
  const fn = inScope.length - tp;
  const falsePositives: number[] = [];
  for (let p = 0; p < predCount; p++) if (!used[p] && predInScope(p)) falsePositives.push(p);
  return { tp, fp: falsePositives.length, fn, pairs, falsePositives };
}
