/**
 * Binary search, the one implementation: the first index in [0, length) at
 * which `before(i)` is false, for a `before` that is true on a prefix and
 * false after it (length when it is true everywhere). Used wherever a sorted
 * array is searched instead of scanned, which keeps per-article work linear.
 */
export function lowerBound(length: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
