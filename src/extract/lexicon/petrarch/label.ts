/**
 * A readable label for a lower-case dictionary phrase (the PETRARCH
 * dictionaries are all upper case, so case is not recorded): words
 * capitalised except small words inside the phrase; Arabic article prefixes
 * stay lower case ("al-qaeda" -> "al-Qaeda"); dotted initials are upper case
 * ("u.s." -> "U.S."). A display aid only. Pure.
 */
const SMALL = new Set(['a', 'an', 'and', 'at', 'de', 'del', 'des', 'du', 'for', 'in', 'of', 'on', 'the', 'to', 'with', 'la', 'le', 'y']);

export function label(phrase: string): string {
  // the common case: plain words
  if (/^[a-z ]+$/.test(phrase)) {
    const words = phrase.split(' ');
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      if (w && !(i > 0 && SMALL.has(w))) words[i] = w[0]!.toUpperCase() + w.slice(1);
    }
    return words.join(' ');
  }
  return phrase
    .split(' ')
    .map((w, i) => {
      if (i > 0 && SMALL.has(w)) return w;
      if (/^(al|el|ad|ash|as|an|ar|at|az|ibn|bin|bint|abu)-./.test(w)) {
        const k = w.indexOf('-');
        return `${w.slice(0, k + 1)}${cap(w.slice(k + 1))}`;
      }
      if (/^([a-z]\.)+[a-z]?\.?$/.test(w)) return w.toUpperCase();
      return w
        .split('-')
        .map((p) => cap(p))
        .join('-');
    })
    .join(' ');
}

function cap(w: string): string {
  if (!w) return w;
  // O'Brien, D'Ivoire
  const m = /^([a-z])'([a-z])(.*)$/.exec(w);
  if (m) return `${m[1]!.toUpperCase()}'${m[2]!.toUpperCase()}${m[3]}`;
  return w[0]!.toUpperCase() + w.slice(1);
}
