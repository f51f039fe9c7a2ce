/**
 * The one rule for "named mention" (issue 3: capitalised, not a pronoun),
 * applied alike to gold values and to predicted mention texts:
 *   - a leading "the " is ignored ("the SDF", "the United States" are names);
 *   - the rest starts with an upper-case letter, or with an Arabic article
 *     prefix followed by a letter ("al-Qaida", "al-Hol");
 *   - and it is not a pronoun ("He", "We", "I", "Our").
 * "the group", "coalition", "a VBIED facility", "northern Iraq" are not named.
 */

const PRONOUNS = new Set([
  'i', 'me', 'my', 'mine', 'we', 'us', 'our', 'ours', 'you', 'your', 'yours',
  'he', 'him', 'his', 'she', 'her', 'hers', 'it', 'its', 'they', 'them', 'their', 'theirs',
  'this', 'that', 'these', 'those', 'who', 'whom', 'whose', 'which', 'itself', 'themselves',
  'himself', 'herself', 'ourselves',
]);

export function isNamedMention(value: string): boolean {
  const v = value.trim().replace(/^the\s+/i, '');
  if (!v) return false;
  // "US" is the country, "us" the pronoun: compare with only the first letter lowered.
  const lowered = v.charAt(0).toLowerCase() + v.slice(1);
  if (PRONOUNS.has(lowered)) return false;
  if (/^\p{Lu}/u.test(v)) return true;
  return /^(?:(?:al|el|ad|ar|as|ash|at|az|an)-|(?:al|el)\s)\p{Lu}/u.test(v);
}
