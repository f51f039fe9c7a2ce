/**
 * Part-of-speech features (after Honnibal's averaged-perceptron tagger): the
 * word and its neighbours, affixes, shape, and the two tags already chosen
 * to the left (greedy left-to-right decoding). `POS_FEATURE_SET` names this
 * feature code: a fingerprint of the keys it produces on a fixed probe, so
 * that any change to the templates makes old models fail to load.
 */
import { digest, key1, key2 } from './hash.ts';
import { small, tokenInfo, type TokenInfo } from './token-info.ts';

export const POS_MAX_FEATURES = 24;
const START = small(1000);
const START2 = small(1001);
const END = small(1002);
const END2 = small(1003);

/**
 * The features of token i fall in groups by what they read, so a scorer can
 * cache the summed weights of the groups that read one word only (per word
 * form): SELF (the word), AS_PREV (read as the word before), AS_PREV2,
 * AS_NEXT, AS_NEXT2; the word's position in the sentence (two values: a
 * scorer caches both); the tag history (a scorer tabulates it per pair of
 * tags); and pairs of a word with a neighbour or the previous tag.
 * `posFeatures` is the union, in one order (training uses it).
 */
export function posSelfFeatures(w: TokenInfo, out: Int32Array, n: number): number {
  out[n++] = key1(1, w.hSuf3);
  out[n++] = key1(2, w.hPre1);
  out[n++] = key1(6, w.hLower);
  out[n++] = key1(14, w.hShape);
  out[n++] = key1(15, w.hSuf2);
  out[n++] = key1(16, w.hWord);
  out[n++] = key1(18, w.hSuf4);
  return n;
}
export function posAsPrevFeatures(p: TokenInfo | undefined, out: Int32Array, n: number): number {
  out[n++] = key1(8, p ? p.hLower : START);
  out[n++] = key1(9, p ? p.hSuf3 : START);
  return n;
}
export function posAsPrev2Features(p2: TokenInfo | undefined, out: Int32Array, n: number): number {
  out[n++] = key1(10, p2 ? p2.hLower : START2);
  return n;
}
export function posAsNextFeatures(nx: TokenInfo | undefined, out: Int32Array, n: number): number {
  out[n++] = key1(11, nx ? nx.hLower : END);
  out[n++] = key1(12, nx ? nx.hSuf3 : END);
  return n;
}
export function posAsNext2Features(nx2: TokenInfo | undefined, out: Int32Array, n: number): number {
  out[n++] = key1(13, nx2 ? nx2.hLower : END2);
  return n;
}
/** The tag history (and the bias): reads only the two previous tags' hashes. */
export function posHistoryFeatures(p1: number, p2: number, out: Int32Array, n: number): number {
  out[n++] = key1(0, 0);
  out[n++] = key1(3, p1);
  out[n++] = key1(4, p2);
  out[n++] = key2(5, p1, p2);
  return n;
}
/** The word's position: first in the sentence or not (read with its shape). */
export function posPositionFeatures(w: TokenInfo, first: boolean, out: Int32Array, n: number): number {
  out[n++] = key2(17, small(first ? 1 : 0), w.hShort);
  return n;
}
/** The previous tag with the word, and the word with each neighbour (undefined = sentence edge). */
export function posPairFeatures(prev: TokenInfo | undefined, w: TokenInfo, next: TokenInfo | undefined, p1: number, out: Int32Array, n: number): number {
  out[n++] = key2(7, p1, w.hLower);
  out[n++] = key2(19, w.hLower, next ? next.hLower : END);
  out[n++] = key2(20, prev ? prev.hLower : START, w.hLower);
  return n;
}
/** Every feature that reads more than one word form, or the tag history. */
export function posContextFeatures(infos: readonly TokenInfo[], i: number, p1: number, p2: number, out: Int32Array, n: number): number {
  const w = infos[i]!;
  n = posHistoryFeatures(p1, p2, out, n);
  n = posPositionFeatures(w, i === 0, out, n);
  return posPairFeatures(i > 0 ? infos[i - 1] : undefined, w, i + 1 < infos.length ? infos[i + 1] : undefined, p1, out, n);
}

/** Keys of token i into `out`; returns how many. `p1`, `p2`: hashes of the two previous tags. */
export function posFeatures(infos: readonly TokenInfo[], i: number, p1: number, p2: number, out: Int32Array): number {
  let n = posSelfFeatures(infos[i]!, out, 0);
  n = posAsPrevFeatures(i > 0 ? infos[i - 1] : undefined, out, n);
  n = posAsPrev2Features(i > 1 ? infos[i - 2] : undefined, out, n);
  n = posAsNextFeatures(i + 1 < infos.length ? infos[i + 1] : undefined, out, n);
  n = posAsNext2Features(i + 2 < infos.length ? infos[i + 2] : undefined, out, n);
  return posContextFeatures(infos, i, p1, p2, out, n);
}

const PROBE = ['The', 'U.S.-led', 'coalition', "'s", 'ABC', 'struck', '2,500', 'targets', 'near', 'al-Bab', '.'];

/** The feature-set id of this code: version tag + fingerprint of the keys on a probe. */
export const POS_FEATURE_SET: string = (() => {
  const infos = PROBE.map(tokenInfo);
  const keys = new Int32Array(POS_MAX_FEATURES);
  const parts: string[] = ['pos-v1'];
  for (let i = 0; i < infos.length; i++) {
    const n = posFeatures(infos, i, small(i), small(i + 7), keys);
    parts.push(Array.from(keys.subarray(0, n)).sort((a, b) => a - b).join(','));
  }
  return `pos-v1:${digest(parts)}`;
})();

/** Penn Treebank tags by index are the model's labels; this maps a tag to its feature hash. */
export const tagHash = (index: number): number => small(index);
export const POS_START = START;
export const POS_START2 = START2;
