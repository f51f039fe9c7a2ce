/**
 * Part-of-speech tagging (Penn Treebank tags): greedy left-to-right with an
 * averaged-perceptron model over ./pos-features.ts. `posTag(words)` uses the
 * shipped model (loaded on first use, ./models.ts).
 */
import type { LinearModel } from './linear.ts';
import { POS_MAX_FEATURES, POS_START, POS_START2, posFeatures, tagHash } from './pos-features.ts';
import { tokenInfo, type TokenInfo } from './token-info.ts';
import { defaultModels } from './models.ts';
import type { TagToken } from './tokenize.ts';

/** Tag indices (into model.labels) of one sentence's tokens. */
export function posTagIndices(model: LinearModel, infos: readonly TokenInfo[], out: Int32Array = new Int32Array(infos.length)): Int32Array {
  const L = model.nLabels;
  const keys = new Int32Array(POS_MAX_FEATURES);
  const scores = new Float32Array(L);
  let p1 = POS_START;
  let p2 = POS_START2;
  for (let i = 0; i < infos.length; i++) {
    const n = posFeatures(infos, i, p1, p2, keys);
    scores.fill(0);
    model.addRows(keys, n, scores, 0);
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
