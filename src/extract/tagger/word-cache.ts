/**
 * Per word form, the summed weights of the feature groups that read that one
 * form (as the word itself, as the word before, two before, after, two
 * after): computed once per form and kept in one Float32Array, found by the
 * form's TokenInfo id (./token-info.ts), so a frequent word costs an array
 * read instead of a dozen hash probes. The POS and the NER scorers each keep
 * one per model (`wordCache`).
 *
 * `get(info)` returns an offset into `data` that stays valid until the next
 * `get`: callers add the groups where they belong at once (scatter), never
 * keep offsets. When the pool is full, the forms looked up again since they
 * were last kept stay (up to half the pool, moved to its front) and the others
 * go (second chance, as a clock): frequent forms are not computed again every
 * time the pool fills, forms seen once are. Memory is bounded by `capacity`
 * forms.
 */
import { INFO_ID_SPAN, infoIdBase, type TokenInfo } from './token-info.ts';
import type { LinearModel } from './linear.ts';

export type FillGroups = (info: TokenInfo, out: Float32Array, offset: number) => void;

export class WordCache {
  /** groups x labels floats per form */
  readonly stride: number;
  /** form vectors; slot 0 is scratch (forms older than the id base); then the caller's reserved floats */
  readonly data: Float32Array;
  /**
   * Where the caller's `reserved` floats start in `data` (never touched here): rows read in the same loops as the
   * forms' groups, kept in the same array so that the compiled loop checks one array, not two.
   */
  readonly reservedAt: number;
  /** (id - base) -> slot (0: not cached) */
  private readonly slots: Int32Array;
  /** slot -> (id - base) of its form, -1 when the slot holds a form that is not kept (from before the last rebase) */
  private readonly keyOf: Int32Array;
  /** slot -> 1 when its form was looked up again since it was filled or last kept */
  private readonly again: Uint8Array;
  private base: number;
  private used = 0;

  constructor(
    stride: number,
    private readonly capacity: number,
    private readonly fill: FillGroups,
    reserved = 0,
  ) {
    this.stride = stride;
    this.reservedAt = (capacity + 1) * stride;
    this.data = new Float32Array(this.reservedAt + reserved);
    this.slots = new Int32Array(INFO_ID_SPAN);
    this.keyOf = new Int32Array(capacity + 1);
    this.again = new Uint8Array(capacity + 1);
    this.base = infoIdBase();
  }

  /** Offset in `data` of the groups of `info` (valid until the next call). */
  get(info: TokenInfo): number {
    let k = info.id - this.base;
    if (k >= INFO_ID_SPAN) {
      // the token-info cache was emptied since: rebase on its live ids
      this.base = infoIdBase();
      this.clear();
      k = info.id - this.base;
    }
    const stride = this.stride;
    if (k < 0) {
      // a form from before the last rebase: computed, not kept
      this.data.fill(0, 0, stride);
      this.fill(info, this.data, 0);
      return 0;
    }
    const s = this.slots[k]!;
    if (s !== 0) {
      this.again[s] = 1;
      return s * stride;
    }
    if (this.used >= this.capacity) this.evict(1);
    const slot = ++this.used;
    const o = slot * stride;
    this.data.fill(0, o, o + stride);
    this.fill(info, this.data, o);
    this.slots[k] = slot;
    this.keyOf[slot] = k;
    this.again[slot] = 0;
    return o;
  }

  /**
   * Offsets in `data` of the groups of each of `infos` into `out`, all valid
   * together until the next call (`get` or `getAll`): the pool is emptied
   * first when the sentence might not fit, never in the middle of it. A
   * sentence longer than the pool gets -1 for every token (the caller falls
   * back to `get` per lookup).
   */
  getAll(infos: readonly TokenInfo[], out: Int32Array): boolean {
    const n = infos.length;
    if (n > this.capacity) return false;
    for (let i = 0; i < n; i++) {
      if (infos[i]!.id - this.base >= INFO_ID_SPAN) {
        this.base = infoIdBase();
        this.clear();
        break;
      }
    }
    if (this.used + n > this.capacity) this.evict(n);
    const stride = this.stride;
    for (let i = 0; i < n; i++) {
      const info = infos[i]!;
      const k = info.id - this.base;
      const s = k < 0 ? 0 : this.slots[k]!;
      if (s !== 0) {
        this.again[s] = 1;
        out[i] = s * stride;
        continue;
      }
      // a new form, or one from before the last rebase (given a slot of its own, not kept)
      const slot = ++this.used;
      const o = slot * stride;
      this.data.fill(0, o, o + stride);
      this.fill(info, this.data, o);
      if (k >= 0) this.slots[k] = slot;
      this.keyOf[slot] = k >= 0 ? k : -1;
      this.again[slot] = 0;
      out[i] = o;
    }
    return true;
  }

  /**
   * Make room for `n` more forms: the forms looked up again since they were filled or last kept stay (moved to the
   * front of the pool, at most half of it and at most capacity - n), the others go. Offsets given before are void.
   */
  private evict(n: number): void {
    const keep = Math.min(this.capacity >> 1, this.capacity - n);
    const { data, slots, keyOf, again, stride } = this;
    let kept = 0;
    for (let s = 1; s <= this.used; s++) {
      const k = keyOf[s]!;
      if (again[s] && k >= 0 && kept < keep) {
        const to = ++kept;
        if (to !== s) {
          data.copyWithin(to * stride, s * stride, (s + 1) * stride);
          keyOf[to] = k;
        }
        again[to] = 0;
        slots[k] = to;
      } else if (k >= 0) slots[k] = 0;
    }
    this.used = kept;
  }

  private clear(): void {
    this.slots.fill(0);
    this.used = 0;
  }
}

const caches = new WeakMap<LinearModel, Map<string, WordCache>>();

/** The word cache of `name` for `model`, made by `make` on first use. */
export function wordCache(model: LinearModel, name: string, make: () => WordCache): WordCache {
  let m = caches.get(model);
  if (!m) caches.set(model, (m = new Map()));
  let c = m.get(name);
  if (!c) m.set(name, (c = make()));
  return c;
}

/** Reusable scratch arrays (one per purpose), grown as needed: nothing allocated per sentence. */
export class Scratch {
  private f32 = new Float32Array(0);
  private f64 = new Float64Array(0);
  private i32 = new Int32Array(0);
  private i32b = new Int32Array(0);

  /** n floats, zeroed */
  floats(n: number): Float32Array {
    if (this.f32.length < n) this.f32 = new Float32Array(Math.max(n, this.f32.length * 2));
    const a = this.f32.subarray(0, n);
    a.fill(0);
    return a;
  }
  doubles(n: number): Float64Array {
    if (this.f64.length < n) this.f64 = new Float64Array(Math.max(n, this.f64.length * 2));
    return this.f64.subarray(0, n);
  }
  ints(n: number): Int32Array {
    if (this.i32.length < n) this.i32 = new Int32Array(Math.max(n, this.i32.length * 2));
    return this.i32.subarray(0, n);
  }
  ints2(n: number): Int32Array {
    if (this.i32b.length < n) this.i32b = new Int32Array(Math.max(n, this.i32b.length * 2));
    return this.i32b.subarray(0, n);
  }
}
