/**
 * Name folding for search: case- and diacritic-insensitive, punctuation as
 * spaces, a leading "the" dropped. Pure; shared by the store's search index
 * and the query options.
 */

/** `"Al-Hol Camp"` -> `"al hol camp"`, `"Ḥasakah"` -> `"hasakah"`. */
export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

/** The folded name and the folded suffixes that start at each later word. */
export function nameKeys(name: string): string[] {
  const folded = foldName(name);
  if (!folded) return [];
  const keys = [folded];
  for (let i = folded.indexOf(' '); i >= 0; i = folded.indexOf(' ', i + 1)) {
    keys.push(folded.slice(i + 1));
  }
  return keys;
}
