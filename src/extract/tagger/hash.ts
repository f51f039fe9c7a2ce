/**
 * Integer feature hashing. A feature key is a 32-bit integer mixed from a
 * template id and the 32-bit hashes of its values, so no feature string is
 * ever built: a token's word, lower case, shape and affixes are hashed once
 * (and cached), and every template combines those integers.
 */

import { fmix } from '../../util/fmix.ts';

/** FNV-1a over UTF-16 code units, then a final avalanche. */
export function hashString(s: string): number {
  return hashRange(s, 0, s.length);
}

/** `hashString(s.slice(start, end))` without making the slice. */
export function hashRange(s: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix(h);
}

export { fmix };

/** Combine a running key with one more value (order matters). */
export function mix(a: number, b: number): number {
  return fmix((Math.imul(a, 0x9e3779b1) + b) | 0);
}

/** A feature key from a template id and one value hash; never 0 (0 marks an empty slot). */
export function key1(template: number, v: number): number {
  const k = mix(template + 0x5bd1e995, v);
  return k === 0 ? 1 : k;
}

/** A feature key from a template id and two value hashes. */
export function key2(template: number, a: number, b: number): number {
  const k = mix(mix(template + 0x5bd1e995, a), b);
  return k === 0 ? 1 : k;
}

/** A hex digest of strings (for feature-set and training-data fingerprints). */
export function digest(parts: readonly string[]): string {
  let a = 0x811c9dc5;
  let b = 0x12345678;
  for (const p of parts) {
    const h = hashString(p);
    a = mix(a, h);
    b = mix(b ^ p.length, a);
  }
  return ((a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0'));
}
