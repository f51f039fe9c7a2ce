/**
 * Training the name tagger: a first-order structured perceptron (Collins
 * 2002) over BILOU labels with constrained Viterbi decoding, averaged. The
 * features of every token are computed once (they do not depend on labels);
 * features seen fewer than `minCount` times are not learned. Sentences are
 * visited in a seeded random order; a source can be repeated per epoch
 * (`repeat`, e.g. the in-domain re3d documents). Deterministic.
 */
import { allowedTransitions, bilouLabels } from '../../src/extract/tagger/bilou.ts';
import { viterbi } from '../../src/extract/tagger/decode.ts';
import type { LinearModelData } from '../../src/extract/tagger/linear.ts';
import { prepareDocument, type Tagger } from '../../src/extract/tagger/ner.ts';
import { nerFeatureSet, nerFeatures, nerMaxFeatures } from '../../src/extract/tagger/ner-features.ts';
import { PerceptronTrainer, seededRandom, shuffledOrder } from '../../src/extract/tagger/perceptron.ts';
import type { NerDoc } from './ner-data.ts';

export interface NerTrainOptions {
  epochs: number;
  seed: number;
  minCount: number;
  /** per source: how many times its sentences are visited per epoch (default 1) */
  repeat?: Record<string, number>;
  log?: (s: string) => void;
  meta?: Record<string, unknown>;
}

export function trainNer(docs: NerDoc[], tagger: Tagger, opts: NerTrainOptions): LinearModelData {
  const log = opts.log ?? (() => {});
  const labels = bilouLabels();
  const L = labels.length;
  const index = new Map(labels.map((l, i) => [l, i]));
  const nLists = tagger.lists.length;
  const keysBuf = new Int32Array(nerMaxFeatures(nLists));
  // every token's feature keys, once
  const sentStart: number[] = [];
  const gold: Int32Array[] = [];
  const tokStart: number[] = [0];
  let keys = new Int32Array(1 << 22);
  let used = 0;
  const t0 = performance.now();
  for (const doc of docs) {
    const prepared = prepareDocument(tagger, doc.sentences.map((s) => s.words));
    prepared.forEach((s, k) => {
      sentStart.push(tokStart.length - 1);
      gold.push(Int32Array.from(doc.sentences[k]!.labels, (l) => index.get(l) ?? 0));
      for (let i = 0; i < s.infos.length; i++) {
        const n = nerFeatures(s, i, keysBuf);
        if (used + n > keys.length) {
          const bigger = new Int32Array(keys.length * 2);
          bigger.set(keys);
          keys = bigger;
        }
        keys.set(keysBuf.subarray(0, n), used);
        used += n;
        tokStart.push(used);
      }
    });
  }
  sentStart.push(tokStart.length - 1);
  const counts = new Map<number, number>();
  for (let f = 0; f < used; f++) counts.set(keys[f]!, (counts.get(keys[f]!) ?? 0) + 1);
  const kept = Int32Array.from([...counts].filter(([, c]) => c >= opts.minCount).map(([k]) => k));
  counts.clear();
  const tr = new PerceptronTrainer(L, kept, true);
  // keys -> row indices, dropping unlearned keys (token offsets shift accordingly)
  const rows = new Int32Array(used);
  const tokRowStart = new Int32Array(tokStart.length);
  let r = 0;
  for (let t = 0; t + 1 < tokStart.length; t++) {
    tokRowStart[t] = r;
    for (let f = tokStart[t]!; f < tokStart[t + 1]!; f++) {
      const row = tr.row(keys[f]!);
      if (row >= 0) rows[r++] = row;
    }
  }
  tokRowStart[tokStart.length - 1] = r;
  const nSent = gold.length;
  log(`ner: ${docs.length} documents, ${nSent} sentences, ${tokStart.length - 1} tokens; ${kept.length} features kept (count >= ${opts.minCount}); prepared in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  const { allowed, final } = allowedTransitions(labels);
  const trans = new Float32Array((L + 1) * L);
  const sourceOf: string[] = docs.flatMap((d) => d.sentences.map(() => d.source));
  const visits: number[] = [];
  for (let k = 0; k < nSent; k++) for (let x = 0; x < (opts.repeat?.[sourceOf[k]!] ?? 1); x++) visits.push(k);
  const rand = seededRandom(opts.seed);
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    let wrong = 0;
    let total = 0;
    for (const v of shuffledOrder(visits.length, rand)) {
      const k = visits[v]!;
      const first = sentStart[k]!;
      const n = sentStart[k + 1]! - first;
      if (n === 0) continue;
      const emit = new Float32Array(n * L);
      for (let i = 0; i < n; i++) tr.addRowIndices(rows, tokRowStart[first + i]!, tokRowStart[first + i + 1]!, emit, i * L);
      tr.transitionScores(trans);
      const pred = viterbi(emit, n, L, trans, allowed, final);
      const g = gold[k]!;
      let prevG = L;
      let prevP = L;
      for (let i = 0; i < n; i++) {
        const gi = g[i]!;
        const pi = pred[i]!;
        if (gi !== pi) {
          wrong++;
          tr.updateRowIndices(rows, tokRowStart[first + i]!, tokRowStart[first + i + 1]!, gi, 1);
          tr.updateRowIndices(rows, tokRowStart[first + i]!, tokRowStart[first + i + 1]!, pi, -1);
        }
        if (gi !== pi || prevG !== prevP) {
          tr.updateTransition(prevG, gi, 1);
          tr.updateTransition(prevP, pi, -1);
        }
        prevG = gi;
        prevP = pi;
      }
      total += n;
      tr.tick();
    }
    log(`ner: epoch ${epoch}: ${wrong} token errors of ${total} (${((wrong / total) * 100).toFixed(2)}%)`);
  }
  const meta = {
    ...opts.meta,
    epochs: opts.epochs,
    seed: opts.seed,
    minCount: opts.minCount,
    repeat: opts.repeat ?? {},
    lists: tagger.lists.map((l) => l.id),
    sources: [...new Set(docs.map((d) => d.source))].sort(),
    sentences: nSent,
  };
  return tr.average('ner', labels, nerFeatureSet(tagger.clusters.digest), meta);
}
