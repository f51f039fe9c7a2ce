/**
 * Confidence, in one place.
 *
 *   confidence = base(rule)
 *              - 0.20 if hedged ("might withdraw", "reportedly")
 *              - 0.10 if the two ends are far apart (> 90 characters of text)
 *              - 0.10 if one end was inferred (the sentence subject, a
 *                coordinated target "in Syria and Iraq")
 *   clamped to [0.05, 1] and rounded to two decimals.
 *
 * The base is the rule's own estimate of its precision (see rules/relations.ts).
 */
export const PENALTY = { hedged: 0.2, distance: 0.1, inferred: 0.1 } as const;
export const FAR_CHARS = 90;

export function scoreConfidence(base: number, opts: { hedged?: boolean; distance?: number; inferred?: boolean }): number {
  let c = base;
  if (opts.hedged) c -= PENALTY.hedged;
  if ((opts.distance ?? 0) > FAR_CHARS) c -= PENALTY.distance;
  if (opts.inferred) c -= PENALTY.inferred;
  return Math.round(Math.min(1, Math.max(0.05, c)) * 100) / 100;
}
