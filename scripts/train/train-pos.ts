/**
 * Training the POS tagger: greedy averaged perceptron over
 * src/extract/tagger/pos-features.ts, with the tags predicted so far as
 * history (as at run time). Features seen fewer than `minCount` times in the
 * training data are not learned. Deterministic for a given seed.
 */
import { POS_FEATURE_SET, POS_MAX_FEATURES, POS_START, POS_START2, posFeatures, tagHash } from '../../src/extract/tagger/pos-features.ts';
import { PerceptronTrainer, seededRandom, shuffledOrder } from '../../src/extract/tagger/perceptron.ts';
import type { LinearModelData } from '../../src/extract/tagger/linear.ts';
import { LinearModel } from '../../src/extract/tagger/linear.ts';
import { posTagIndices } from '../../src/extract/tagger/pos.ts';
import { tokenInfo } from '../../src/extract/tagger/token-info.ts';

export interface PosSentence {
  words: string[];
  pos: string[];
}

export interface PosTrainOptions {
  epochs: number;
  seed: number;
  minCount: number;
  log?: (s: string) => void;
}

export function trainPos(sentences: PosSentence[], opts: PosTrainOptions): LinearModelData {
  const log = opts.log ?? (() => {});
  const labels = [...new Set(sentences.flatMap((s) => s.pos))].sort();
  const index = new Map(labels.map((l, i) => [l, i]));
  const infos = sentences.map((s) => s.words.map(tokenInfo));
  const gold = sentences.map((s) => Int32Array.from(s.pos, (p) => index.get(p)!));
  const keys = new Int32Array(POS_MAX_FEATURES);
  // features seen often enough, with the gold history
  const counts = new Map<number, number>();
  infos.forEach((inf, k) => {
    let p1 = POS_START;
    let p2 = POS_START2;
    for (let i = 0; i < inf.length; i++) {
      const n = posFeatures(inf, i, p1, p2, keys);
      for (let f = 0; f < n; f++) counts.set(keys[f]!, (counts.get(keys[f]!) ?? 0) + 1);
      p2 = p1;
      p1 = tagHash(gold[k]![i]!);
    }
  });
  const kept = Int32Array.from([...counts].filter(([, c]) => c >= opts.minCount).map(([k]) => k));
  log(`pos: ${sentences.length} sentences, ${labels.length} tags, ${counts.size} features, ${kept.length} kept (count >= ${opts.minCount})`);
  const tr = new PerceptronTrainer(labels.length, kept, false);
  const rand = seededRandom(opts.seed);
  const L = labels.length;
  const scores = new Float32Array(L);
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    let right = 0;
    let total = 0;
    for (const k of shuffledOrder(sentences.length, rand)) {
      const inf = infos[k]!;
      const g = gold[k]!;
      let p1 = POS_START;
      let p2 = POS_START2;
      for (let i = 0; i < inf.length; i++) {
        const n = posFeatures(inf, i, p1, p2, keys);
        scores.fill(0);
        tr.addRows(keys, n, scores, 0);
        let best = 0;
        for (let j = 1; j < L; j++) if (scores[j]! > scores[best]!) best = j;
        if (best !== g[i]) {
          tr.update(keys, n, g[i]!, 1);
          tr.update(keys, n, best, -1);
        } else right++;
        total++;
        tr.tick();
        p2 = p1;
        p1 = tagHash(best);
      }
    }
    log(`pos: epoch ${epoch}: training accuracy ${(right / total).toFixed(4)}`);
  }
  return tr.average('pos', labels, POS_FEATURE_SET, { epochs: opts.epochs, seed: opts.seed, minCount: opts.minCount, sentences: sentences.length });
}

/** Token accuracy of a model on tagged sentences. */
export function posAccuracy(model: LinearModel, sentences: PosSentence[]): { accuracy: number; tokens: number } {
  let right = 0;
  let total = 0;
  for (const s of sentences) {
    const tags = posTagIndices(model, s.words.map(tokenInfo));
    s.pos.forEach((p, i) => {
      if (model.labels[tags[i]!] === p) right++;
      total++;
    });
  }
  return { accuracy: total ? right / total : 0, tokens: total };
}
