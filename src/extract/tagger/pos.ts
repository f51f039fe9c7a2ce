/**
 * Part-of-speech tagging (Penn Treebank tags): greedy left-to-right with an
 * averaged-perceptron model over ./pos-features.ts. `posTag(words)` uses the
 * shipped model (loaded on first use, ./models.ts).
 */
import type { LinearModel } from './linear.ts';
import {
  POS_MAX_FEATURES,
  POS_START,
  POS_START2,
  posAsNext2Features,
  posAsNextFeatures,
  posAsPrev2Features,
  posAsPrevFeatures,
  posContextFeatures,
  posSelfFeatures,
  tagHash,
} from './pos-features.ts';
import { tokenInfo, type TokenInfo } from './token-info.ts';
import { defaultModels } from './models.ts';
import type { TagToken } from './tokenize.ts';

const GROUPS = 5;
const CACHE_LIMIT = 50_000;
/** Stand-in for the missing neighbour at a sentence edge. */
const EDGE = {} as TokenInfo;
const caches = new WeakMap<LinearModel, Map<TokenInfo, Float32Array>>();

/**
 * The summed weights of the feature groups that read one word form (as the
 * word itself, as the word before, two before, after, two after), cached per
 * form: a frequent word costs one map lookup instead of twelve probes.
 */
function wordVectors(model: LinearModel, info: TokenInfo, cache: Map<TokenInfo, Float32Array>): Float32Array {
  let v = cache.get(info);
  if (v) return v;
  const L = model.nLabels;
  v = new Float32Array(GROUPS * L);
  const keys = new Int32Array(8);
  const w = info === EDGE ? undefined : info;
  if (w) model.addRows(keys, posSelfFeatures(w, keys, 0), v, 0);
  model.addRows(keys, posAsPrevFeatures(w, keys, 0), v, L);
  model.addRows(keys, posAsPrev2Features(w, keys, 0), v, 2 * L);
  model.addRows(keys, posAsNextFeatures(w, keys, 0), v, 3 * L);
  model.addRows(keys, posAsNext2Features(w, keys, 0), v, 4 * L);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(info, v);
  return v;
}

/** Tag indices (into model.labels) of one sentence's tokens. */
export function posTagIndices(model: LinearModel, infos: readonly TokenInfo[], out: Int32Array = new Int32Array(infos.length)): Int32Array {
  const L = model.nLabels;
  const keys = new Int32Array(POS_MAX_FEATURES);
  const scores = new Float32Array(L);
  let cache = caches.get(model);
  if (!cache) caches.set(model, (cache = new Map()));
  const n = infos.length;
  const vec = (i: number) => wordVectors(model, i >= 0 && i < n ? infos[i]! : EDGE, cache!);
  let p1 = POS_START;
  let p2 = POS_START2;
  for (let i = 0; i < n; i++) {
    const self = vec(i);
    const prev = vec(i - 1);
    const prev2 = vec(i - 2);
    const next = vec(i + 1);
    const next2 = vec(i + 2);
    for (let j = 0; j < L; j++) scores[j] = self[j]! + prev[L + j]! + prev2[2 * L + j]! + next[3 * L + j]! + next2[4 * L + j]!;
    model.addRows(keys, posContextFeatures(infos, i, p1, p2, keys, 0), scores, 0);
    let best = 0;
    for (let j = 1; j < L; j++) if (scores[j]! > scores[best]!) best = j;
    out[i] = best;
    p2 = p1;
    p1 = tagHash(best);
  }
  return out;
}

/** Penn Treebank tags of one sentence (words as strings or tokens). */
export function posTag(words: ReadonlyArray<string | TagToken>, model: LinearModel = defaultModels().pos): string[] {
  const infos = words.map((w) => tokenInfo(typeof w === 'string' ? w : w.text));
  return Array.from(posTagIndices(model, infos), (i) => model.labels[i]!);
}
