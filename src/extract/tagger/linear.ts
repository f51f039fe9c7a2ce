/**
 * A trained linear model at run time: hashed feature keys -> one row of
 * label weights, in an open-addressing table (linear probing), plus the
 * label-transition scores of a sequence model. Scoring a token adds the rows
 * of its feature keys; nothing is allocated per token.
 */

export interface LinearModelData {
  /** 'pos' or 'ner'. */
  kind: string;
  labels: string[];
  /** The feature-set id the model was trained with (`ner-v1:abcd...`). */
  featureSet: string;
  /** Sorted feature keys, one per row. */
  keys: Int32Array;
  /** keys.length x labels.length weights, row-major. */
  weights: Float32Array;
  /** (L + 1) x L transition scores (row L = sentence start), or empty. */
  transitions: Float32Array;
  /** Free-form provenance (training data, epochs, figures). */
  meta: Record<string, unknown>;
}

export class LinearModel {
  readonly kind: string;
  readonly labels: readonly string[];
  readonly nLabels: number;
  readonly featureSet: string;
  readonly transitions: Float32Array;
  readonly meta: Record<string, unknown>;
  readonly rows: number;
  private readonly slots: Int32Array;
  private readonly rowOf: Int32Array;
  private readonly mask: number;
  private readonly weights: Float32Array;

  constructor(d: LinearModelData) {
    this.kind = d.kind;
    this.labels = d.labels;
    this.nLabels = d.labels.length;
    this.featureSet = d.featureSet;
    this.transitions = d.transitions;
    this.meta = d.meta;
    this.weights = d.weights;
    this.rows = d.keys.length;
    let size = 1024;
    while (size < d.keys.length * 2) size <<= 1;
    this.mask = size - 1;
    this.slots = new Int32Array(size);
    this.rowOf = new Int32Array(size);
    for (let r = 0; r < d.keys.length; r++) {
      const k = d.keys[r]!;
      let i = k & this.mask;
      while (this.slots[i] !== 0) i = (i + 1) & this.mask;
      this.slots[i] = k;
      this.rowOf[i] = r;
    }
  }

  /** Row index of a feature key, or -1. */
  row(key: number): number {
    const slots = this.slots;
    let i = key & this.mask;
    for (;;) {
      const s = slots[i]!;
      if (s === key) return this.rowOf[i]!;
      if (s === 0) return -1;
      i = (i + 1) & this.mask;
    }
  }

  /** scores[offset .. offset + L) += the rows of keys[0 .. n). */
  addRows(keys: Int32Array, n: number, scores: Float32Array, offset: number): void {
    const L = this.nLabels;
    const w = this.weights;
    for (let f = 0; f < n; f++) {
      const r = this.row(keys[f]!);
      if (r < 0) continue;
      const base = r * L;
      for (let j = 0; j < L; j++) scores[offset + j]! += w[base + j]!;
    }
  }
}
