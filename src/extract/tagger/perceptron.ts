/**
 * Averaged perceptron training over hashed features (Collins 2002; the
 * averaging is lazy: each weight keeps its running total and the time it was
 * last changed). The feature keys are fixed up front (those seen often enough
 * in the training data); unknown keys are ignored. Pure: no I/O.
 */
import type { LinearModelData } from './linear.ts';

export class PerceptronTrainer {
  readonly L: number;
  readonly keys: Int32Array;
  private readonly slots: Int32Array;
  private readonly rowOf: Int32Array;
  private readonly mask: number;
  private readonly w: Float32Array;
  private readonly tot: Float64Array;
  private readonly ts: Int32Array;
  private readonly tw: Float64Array;
  private readonly ttot: Float64Array;
  private readonly tts: Int32Array;
  /** Instances seen (the averaging clock). */
  time = 1;

  /** `keys`: the feature keys to learn (distinct, non-zero). */
  constructor(nLabels: number, keys: Int32Array, withTransitions: boolean) {
    this.L = nLabels;
    this.keys = Int32Array.from(keys).sort();
    let size = 1024;
    while (size < this.keys.length * 2) size <<= 1;
    this.mask = size - 1;
    this.slots = new Int32Array(size);
    this.rowOf = new Int32Array(size);
    this.keys.forEach((k, r) => {
      let i = k & this.mask;
      while (this.slots[i] !== 0) i = (i + 1) & this.mask;
      this.slots[i] = k;
      this.rowOf[i] = r;
    });
    const cells = this.keys.length * nLabels;
    this.w = new Float32Array(cells);
    this.tot = new Float64Array(cells);
    this.ts = new Int32Array(cells);
    const tc = withTransitions ? (nLabels + 1) * nLabels : 0;
    this.tw = new Float64Array(tc);
    this.ttot = new Float64Array(tc);
    this.tts = new Int32Array(tc);
  }

  row(key: number): number {
    let i = key & this.mask;
    for (;;) {
      const s = this.slots[i]!;
      if (s === key) return this.rowOf[i]!;
      if (s === 0) return -1;
      i = (i + 1) & this.mask;
    }
  }

  /** scores[offset .. offset + L) += current weights of keys[0 .. n). */
  addRows(keys: Int32Array, n: number, scores: Float32Array, offset: number): void {
    const L = this.L;
    for (let f = 0; f < n; f++) {
      const r = this.row(keys[f]!);
      if (r < 0) continue;
      const base = r * L;
      for (let j = 0; j < L; j++) scores[offset + j]! += this.w[base + j]!;
    }
  }

  /** scores[offset .. offset + L) += current weights of rows[from .. to) (row indices, see `row`). */
  addRowIndices(rows: Int32Array, from: number, to: number, scores: Float32Array, offset: number): void {
    const L = this.L;
    const w = this.w;
    for (let f = from; f < to; f++) {
      const base = rows[f]! * L;
      for (let j = 0; j < L; j++) scores[offset + j]! += w[base + j]!;
    }
  }

  /** Add `delta` to label `label`'s weight of rows[from .. to). */
  updateRowIndices(rows: Int32Array, from: number, to: number, label: number, delta: number): void {
    const t = this.time;
    for (let f = from; f < to; f++) {
      const c = rows[f]! * this.L + label;
      this.tot[c]! += (t - this.ts[c]!) * this.w[c]!;
      this.ts[c] = t;
      this.w[c]! += delta;
    }
  }

  /** Current transition scores ((L + 1) x L), for decoding during training. */
  transitionScores(out: Float32Array): Float32Array {
    for (let i = 0; i < this.tw.length; i++) out[i] = this.tw[i]!;
    return out;
  }

  /** Add `delta` to label `label`'s weight of each key. */
  update(keys: Int32Array, n: number, label: number, delta: number): void {
    const t = this.time;
    for (let f = 0; f < n; f++) {
      const r = this.row(keys[f]!);
      if (r < 0) continue;
      const c = r * this.L + label;
      this.tot[c]! += (t - this.ts[c]!) * this.w[c]!;
      this.ts[c] = t;
      this.w[c]! += delta;
    }
  }

  /** Add `delta` to the transition from `from` (L = start) to `to`. */
  updateTransition(from: number, to: number, delta: number): void {
    const c = from * this.L + to;
    const t = this.time;
    this.ttot[c]! += (t - this.tts[c]!) * this.tw[c]!;
    this.tts[c] = t;
    this.tw[c]! += delta;
  }

  /** Advance the averaging clock by one instance. */
  tick(): void {
    this.time++;
  }

  /** The averaged weights. */
  average(kind: string, labels: string[], featureSet: string, meta: Record<string, unknown>): LinearModelData {
    const t = this.time;
    const weights = new Float32Array(this.w.length);
    for (let c = 0; c < weights.length; c++) weights[c] = (this.tot[c]! + (t - this.ts[c]!) * this.w[c]!) / t;
    const transitions = new Float32Array(this.tw.length);
    for (let c = 0; c < transitions.length; c++) transitions[c] = (this.ttot[c]! + (t - this.tts[c]!) * this.tw[c]!) / t;
    return { kind, labels, featureSet, keys: this.keys, weights, transitions, meta };
  }
}

/** A small deterministic PRNG (mulberry32) for shuffling with a fixed seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher-Yates shuffle of 0..n-1 with `rand`. */
export function shuffledOrder(n: number, rand: () => number): Int32Array {
  const o = new Int32Array(n);
  for (let i = 0; i < n; i++) o[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    const x = o[i]!;
    o[i] = o[j]!;
    o[j] = x;
  }
  return o;
}
