/**
 * `s.toLowerCase()`, and `s` itself when it holds no capital and no character beyond ASCII: the same string, without
 * the copy. V8 lower-cases a two-byte string (any slice of an article with one curly quote or dash in it) through ICU,
 * a few times slower than a scan of its characters; most words the readers lower-case are lower case already.
 */
export function lowerCase(s: string): string {
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && (c <= 90 || c >= 128)) return s.toLowerCase();
  }
  return s;
}
