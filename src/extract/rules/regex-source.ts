/**
 * Reading a regex source, the pieces the rules' two readers share (cue.ts: the words a match must hold; prefix.ts:
 * the strings a match begins with): a quantifier and a group's opening. Each reader builds its own value from them.
 */

/** The quantifier at `i` of `src` ("*", "+", "?", "{m}", "{m,}", "{m,n}", each maybe lazy): its bounds and where it ends; undefined when there is none ("{" that is no quantifier included). */
export function quantifierAt(src: string, i: number): { min: number; max: number; next: number } | undefined {
  const c = src[i];
  let min: number;
  let max: number;
  let end = i + 1;
  if (c === '*') [min, max] = [0, Infinity];
  else if (c === '+') [min, max] = [1, Infinity];
  else if (c === '?') [min, max] = [0, 1];
  else if (c === '{') {
    const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(src.slice(i, i + 24));
    if (!m) return undefined;
    min = Number(m[1]);
    max = m[2] ? (m[3] ? Number(m[3]) : Infinity) : min;
    end = i + m[0].length;
  } else return undefined;
  if (src[end] === '?') end++; // lazy
  return { min, max, next: end };
}

/** The opening of the group whose "(" is at `i - 1`: where its body starts and whether it is a look-around (which consumes nothing); `unknown` for a "(?" of another kind. */
export function groupOpening(src: string, i: number): { next: number; look: boolean; unknown: boolean } {
  if (src.startsWith('?:', i)) return { next: i + 2, look: false, unknown: false };
  if (src.startsWith('?=', i) || src.startsWith('?!', i)) return { next: i + 2, look: true, unknown: false };
  if (src.startsWith('?<=', i) || src.startsWith('?<!', i)) return { next: i + 3, look: true, unknown: false };
  if (src.startsWith('?<', i)) return { next: src.indexOf('>', i) + 1, look: false, unknown: false };
  return { next: i, look: false, unknown: src[i] === '?' };
}
