/**
 * Word lists as regular-expression sources: literals escaped, longest first,
 * spaces matching any run of whitespace.
 */

/** Escape a literal for a RegExp source. */
export function esc(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A regex alternation of literals, longest first, spaces as `\s+`. */
export function alternation(words: readonly string[]): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => esc(w).replace(/ /g, '\\s+'))
    .join('|');
}
