/**
 * Readable, stable ids: `Syrian Democratic Forces` -> `syrian-democratic-forces`,
 * `Deir ez-Zor` -> `deir-ez-zor`. Diacritics are folded, apostrophes dropped.
 */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
