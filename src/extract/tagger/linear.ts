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
  /** The same weights quantised (w = q * scale of the row), when read from a file: 4x less memory to scan. */
  quantised?: { q: Int8Array; scales: Float32Array };
  /** (L + 1) x L transition scores (row L = sentence start), or empty. */
  transitions: Float32Array;
  /** Free-form provenance (training data, epochs, figures). */
  meta: Record<string, unknown>;
}

/**
 * A model with its lookup table already built (`LinearModel.image()`): what
 * the tagger's disk cache stores (./image.ts), so that a later process loads
 * the table with one file read instead of building it again.
 */
export interface LinearModelImage {
  kind: string;
  labels: string[];
  featureSet: string;
  meta: Record<string, unknown>;
  rows: number;
  /** The open-addressing table (3 ints a slot); its length / 3 is a power of two. */
  table: Int32Array;
  /** (label, weight) pairs of the rows' non-zero weights; the label is stored as an int32's bits. */
  data: Float32Array;
  transitions: Float32Array;
}

/** Entries of a model's probe memo (`addRowsMemo`): 48 kB. */
const MEMO_ENTRIES = 4096;
/** Bits of a model's key filter (`known`): 128 kB, about one bit in ten set for a model of 115k rows. */
const FILTER_BITS = 1 << 20;
const FILTER_SHIFT = 32 - 20;

/** The bit of a key in a model's key filter (the high bits of a multiplicative hash: not the table's low bits). */
const filterBit = (key: number): number => Math.imul(key, 0x9e3779b1) >>> FILTER_SHIFT;

export class LinearModel {
  readonly kind: string;
  readonly labels: readonly string[];
  readonly nLabels: number;
  readonly featureSet: string;
  readonly transitions: Float32Array;
  readonly meta: Record<string, unknown>;
  readonly rows: number;
  /**
   * Open addressing, 3 ints a slot: key, first and end index of the row's
   * non-zero weights in `data` (rows are sparse: 92% of the POS model's
   * weights and 76% of the NER model's are zero). `data` holds (label, weight)
   * pairs, the label as an int32's bits (read through `labelsOf`, no
   * float-to-index conversion per add). One probe and one row read touch
   * about two cache lines.
   */
  private readonly table: Int32Array;
  private readonly mask: number;
  private readonly data: Float32Array;
  /** `data` as ints: the label of each pair (stored as an int32, read without a float-to-index conversion) */
  private readonly labelsOf: Int32Array;
  /**
   * Recent probes of `addRowsMemo` (direct-mapped, 3 ints an entry: key,
   * first and end index of its row in `data`; an unknown key has first =
   * end): for keys drawn from few values (word shapes, list hits, flags), whose
   * rows it keeps at hand instead of probing the large table again.
   */
  private readonly memo = new Int32Array(MEMO_ENTRIES * 3);
  /**
   * One bit per hash of the model's keys (a Bloom filter with one hash): a clear bit says that the model does not
   * know a key without reading the large table. Most keys probed are unknown (word pairs, rare affixes: 6 in 10 of
   * the POS scorer's probes), and the filter stays in the processor's cache where the table (3 MB) does not.
   */
  private readonly known = new Int32Array(FILTER_BITS >>> 5);

  /** From a model's data (the table is built here), or from an image of a built one (`image()`: taken as it is). */
  constructor(d: LinearModelData | LinearModelImage) {
    this.kind = d.kind;
    this.labels = d.labels;
    this.nLabels = d.labels.length;
    this.featureSet = d.featureSet;
    this.transitions = d.transitions;
    this.meta = d.meta;
    if ('table' in d) {
      this.rows = d.rows;
      this.mask = d.table.length / 3 - 1;
      this.table = d.table;
      this.data = d.data;
      this.labelsOf = new Int32Array(d.data.buffer, d.data.byteOffset, d.data.length);
      this.fillFilter();
      return;
    }
    this.rows = d.keys.length;
    let size = 1024;
    while (size < d.keys.length * 2) size <<= 1;
    this.mask = size - 1;
    this.table = new Int32Array(size * 3);
    const L = this.nLabels;
    const R = d.keys.length;
    // the quantised weights as read from a file (w = q * scale), or the float ones from training
    const q = d.quantised?.q;
    const scales = d.quantised?.scales;
    const w = d.weights;
    let nnz = 0;
    if (q) {
      for (let c = 0; c < R * L; c++) if (q[c] !== 0) nnz++;
    } else for (let c = 0; c < R * L; c++) if (w[c] !== 0) nnz++;
    const data = new Float32Array(nnz * 2);
    const labelsOf = new Int32Array(data.buffer);
    const table = this.table;
    const mask = this.mask;
    let k = 0;
    for (let r = 0; r < R; r++) {
      const key = d.keys[r]!;
      let i = key & mask;
      while (table[i * 3] !== 0) i = (i + 1) & mask;
      table[i * 3] = key;
      table[i * 3 + 1] = k;
      const base = r * L;
      if (q) {
        const scale = scales![r]!;
        for (let j = 0; j < L; j++) {
          const v = q[base + j]!;
          if (v === 0) continue;
          labelsOf[k++] = j;
          data[k++] = v * scale;
        }
      } else {
        for (let j = 0; j < L; j++) {
          const v = w[base + j]!;
          if (v === 0) continue;
          labelsOf[k++] = j;
          data[k++] = v;
        }
      }
      table[i * 3 + 2] = k;
    }
    this.data = data;
    this.labelsOf = labelsOf;
    this.fillFilter();
  }

  /** The filter's bit of every key in the table (and of 0, an empty slot's: `slotOf(0)` reads the table as ever). */
  private fillFilter(): void {
    const { table, known } = this;
    for (let at = 0; at < table.length; at += 3) {
      const b = filterBit(table[at]!);
      known[b >>> 5]! |= 1 << (b & 31);
    }
  }

  /** The built model as it is (shared arrays, not copies): what `new LinearModel(image)` takes back. */
  image(): LinearModelImage {
    const { kind, featureSet, meta, rows, table, data, transitions } = this;
    return { kind, labels: [...this.labels], featureSet, meta, rows, table, data, transitions };
  }

  /** scores[offset .. offset + L) += the row of one key (nothing when the model does not know it). */
  addKey(key: number, scores: Float32Array, offset: number): void {
    const at = this.slotOf(key);
    if (at >= 0) this.addRow(this.table[at + 1]!, this.table[at + 2]!, scores, offset);
  }

  /** scores[offset .. offset + L) += the row stored at data[first .. end). */
  private addRow(first: number, end: number, scores: Float32Array, offset: number): void {
    const data = this.data;
    const lab = this.labelsOf;
    for (let k = first; k < end; k += 2) scores[offset + lab[k]!]! += data[k + 1]!;
  }

  /**
   * scores[offset .. offset + L) += the rows of keys[from .. to), found
   * through the memo: the same sums as `addRows` (the same rows, added in the
   * same order), cheaper for keys that come back often.
   */
  addRowsMemo(keys: Int32Array, from: number, to: number, scores: Float32Array, offset: number): void {
    const memo = this.memo;
    for (let f = from; f < to; f++) {
      const key = keys[f]!;
      const e = (key & (MEMO_ENTRIES - 1)) * 3;
      let first: number;
      let end: number;
      if (memo[e] === key) {
        first = memo[e + 1]!;
        end = memo[e + 2]!;
      } else {
        const at = this.slotOf(key);
        first = at < 0 ? 0 : this.table[at + 1]!;
        end = at < 0 ? 0 : this.table[at + 2]!;
        memo[e] = key;
        memo[e + 1] = first;
        memo[e + 2] = end;
      }
      this.addRow(first, end, scores, offset);
    }
  }

  /** Where `key` sits in the table (index of its first int), or -1 when the model does not know it. */
  private slotOf(key: number): number {
    const b = filterBit(key);
    if ((this.known[b >>> 5]! & (1 << (b & 31))) === 0) return -1;
    const table = this.table;
    const mask = this.mask;
    let i = key & mask;
    for (;;) {
      const at = i * 3;
      const s = table[at]!;
      if (s === key) return at;
      if (s === 0) return -1;
      i = (i + 1) & mask;
    }
  }

  /** scores[offset .. offset + L) += the rows of keys[0 .. n). */
  addRows(keys: Int32Array, n: number, scores: Float32Array, offset: number): void {
    this.addRowsRange(keys, 0, n, scores, offset);
  }

  /** scores[offset .. offset + L) += the rows of keys[from .. to). */
  addRowsRange(keys: Int32Array, from: number, to: number, scores: Float32Array, offset: number): void {
    for (let f = from; f < to; f++) this.addKey(keys[f]!, scores, offset);
  }
}
