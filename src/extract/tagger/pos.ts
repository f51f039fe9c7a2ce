/**
 * Part-of-speech tagging (Penn Treebank tags): greedy left-to-right with an
 * averaged-perceptron model over ./pos-features.ts. `posTag(words)` in
 * ./models.ts uses the shipped model (loaded on first use).
 *
 * Frequent words that the training data tags one way (the model's tag
 * dictionary, `meta.tagdict`, after Honnibal) take that tag unscored. The
 * others are scored with the same sums as adding every feature's row, read
 * where little is looked up: the one-word groups of the word and its
 * neighbours from the per-form cache (./word-cache.ts), the tag history from
 * a table per pair of previous tags, and only the three features that pair
 * the word with a neighbour or the previous tag are probed in the model.
 *
 * The tags of the last few thousand sentences are kept by their words
 * (`recent`, found by a hash of the forms' ids and checked form by form, no
 * string built): a sentence's tags depend on its words alone, and the same
 * words come back (the name tagger and the clause reader tag most sentences
 * of an article alike; headings and list lines repeat), so a second ask costs
 * a lookup. On 40 wiki-syria articles: 16,066 taggings, 7,016 scored.
 */
import type { LinearModel } from './linear.ts';
import {
  POS_START,
  POS_START2,
  posAsNext2Features,
  posAsNextFeatures,
  posAsPrev2Features,
  posAsPrevFeatures,
  posHistoryFeatures,
  posPairFeatures,
  posPositionFeatures,
  posSelfFeatures,
  tagHash,
} from './pos-features.ts';
import { mix } from './hash.ts';
import { infoAt, tokenInfo, type TokenInfo } from './token-info.ts';
import type { TagToken } from './tokenize.ts';
import { WordCache, wordCache } from './word-cache.ts';

/**
 * Word forms whose groups are cached per model (about 1 kB each), per thread. 8,000 (8 MB): with the NER cache's
 * 12,000 and the worker cap of DEFAULTS.workerHeapMb, ingest's peak RSS on wiki-syria x10 (2 workers) 643 -> 606-610
 * MB against 16,000 and 24,000, the same CPU (283 / 290 s, measured alternating); the frequent forms stay (word-cache.ts).
 */
const CACHE_FORMS = 8_000;
// the groups of one form, in this order, then one number: 1 + its tag-dictionary tag, or 0
const SELF_MID = 0;
const SELF_FIRST = 1;
const AS_PREV = 2;
const AS_PREV2 = 3;
const AS_NEXT = 4;
const AS_NEXT2 = 5;
const GROUPS = 6;

/** The tag dictionary of a model: word -> tag index (from `meta.tagdict`, word -> tag). */
export function tagDictionary(model: LinearModel): Map<string, number> {
  const out = new Map<string, number>();
  const raw = model.meta.tagdict as Record<string, string> | undefined;
  if (!raw) return out;
  const index = new Map(model.labels.map((l, i) => [l, i]));
  for (const [w, t] of Object.entries(raw)) {
    const k = index.get(t);
    if (k !== undefined) out.set(w, k);
  }
  return out;
}

interface PosState {
  L: number;
  words: WordCache;
  /** where a form's tag-dictionary entry sits in its cached vector */
  fixedAt: number;
  /** where the sentence edge as a neighbour sits in the word cache's data: AS_PREV, AS_PREV2, AS_NEXT, AS_NEXT2 (4 x L) */
  edgeAt: number;
  /** tag history: (p1, p2) -> L scores; tag index, L = start, L + 1 = before start */
  history: Float32Array;
  historyDone: Uint8Array;
  /** hashes of tag indices (with the two start values) */
  hashes: Int32Array;
  scores: Float32Array;
  keys: Int32Array;
  /** per token of the sentence being tagged: the offset of its groups in the word cache */
  offsets: Int32Array;
  /** hash of a sentence's forms (`formsKey`) -> its forms and their tag indices; when full, it becomes `older` */
  recent: Map<number, Recent>;
  /** the `recent` before (a clear never forgets the sentences just tagged: the clause reader asks for an article's again) */
  older: Map<number, Recent>;
}

interface Recent {
  infos: readonly TokenInfo[];
  tags: Int32Array;
}

/** Sentences whose tags are kept, twice over (`recent` and `older`: about 4 MB of keys at most). */
const RECENT_SENTENCES = 4096;

const states = new WeakMap<LinearModel, PosState>();

function stateOf(model: LinearModel): PosState {
  let st = states.get(model);
  if (st) return st;
  const L = model.nLabels;
  const keys = new Int32Array(16);
  const dict = tagDictionary(model);
  const fixedAt = GROUPS * L;
  const words = wordCache(
    model,
    'pos',
    () =>
      new WordCache(GROUPS * L + 1, CACHE_FORMS, (w, out, o) => {
        model.addRows(keys, posSelfFeatures(w, keys, 0), out, o + SELF_MID * L);
        out.copyWithin(o + SELF_FIRST * L, o + SELF_MID * L, o + SELF_MID * L + L);
        model.addRows(keys, posPositionFeatures(w, false, keys, 0), out, o + SELF_MID * L);
        model.addRows(keys, posPositionFeatures(w, true, keys, 0), out, o + SELF_FIRST * L);
        model.addRows(keys, posAsPrevFeatures(w, keys, 0), out, o + AS_PREV * L);
        model.addRows(keys, posAsPrev2Features(w, keys, 0), out, o + AS_PREV2 * L);
        model.addRows(keys, posAsNextFeatures(w, keys, 0), out, o + AS_NEXT * L);
        model.addRows(keys, posAsNext2Features(w, keys, 0), out, o + AS_NEXT2 * L);
        const fixed = dict.get(w.text);
        out[o + fixedAt] = fixed === undefined ? 0 : fixed + 1;
      }, 4 * L),
  );
  const edgeAt = words.reservedAt;
  const edge = words.data;
  edge.fill(0, edgeAt, edgeAt + 4 * L);
  model.addRows(keys, posAsPrevFeatures(undefined, keys, 0), edge, edgeAt);
  model.addRows(keys, posAsPrev2Features(undefined, keys, 0), edge, edgeAt + L);
  model.addRows(keys, posAsNextFeatures(undefined, keys, 0), edge, edgeAt + 2 * L);
  model.addRows(keys, posAsNext2Features(undefined, keys, 0), edge, edgeAt + 3 * L);
  const hashes = new Int32Array(L + 2);
  for (let j = 0; j < L; j++) hashes[j] = tagHash(j);
  hashes[L] = POS_START;
  hashes[L + 1] = POS_START2;
  st = {
    L,
    words,
    fixedAt,
    edgeAt,
    history: new Float32Array((L + 2) * (L + 2) * L),
    historyDone: new Uint8Array((L + 2) * (L + 2)),
    hashes,
    scores: new Float32Array(L),
    keys,
    offsets: new Int32Array(64),
    recent: new Map(),
    older: new Map(),
  };
  states.set(model, st);
  return st;
}

/** scores[0 .. L) += src[from .. from + L) */
function add(scores: Float32Array, src: Float32Array, from: number, L: number): void {
  for (let j = 0; j < L; j++) scores[j]! += src[from + j]!;
}

/**
 * A hash of a sentence's forms (their TokenInfo ids, which no other form has while the cache holds it): the key of
 * memos of what depends on the words alone. Equal keys do not prove equal words: `sameForms` checks.
 */
export function formsKey(infos: readonly TokenInfo[]): number {
  let h = mix(0x2f0b3d1d, infos.length);
  for (let i = 0; i < infos.length; i++) h = mix(h, infos[i]!.id);
  return h;
}

/** Are two sentences the same forms (the same TokenInfo objects, in order)? */
export function sameForms(a: readonly TokenInfo[], b: readonly TokenInfo[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function remember(st: PosState, key: number, infos: readonly TokenInfo[], tags: Int32Array, n: number): void {
  if (st.recent.size >= RECENT_SENTENCES) {
    st.older = st.recent;
    st.recent = new Map();
  }
  st.recent.set(key, { infos: infos.slice(), tags: tags.slice(0, n) });
}

/** Tag indices (into model.labels) of one sentence's tokens. */
export function posTagIndices(model: LinearModel, infos: readonly TokenInfo[], out: Int32Array = new Int32Array(infos.length)): Int32Array {
  return tagIndices(model, infos, formsKey(infos), out);
}

/** `posTagIndices` with the sentence's key (`formsKey(infos)`) already made (the name tagger makes it once for its own memo). */
export function tagIndices(model: LinearModel, infos: readonly TokenInfo[], key: number, out: Int32Array = new Int32Array(infos.length)): Int32Array {
  const n = infos.length;
  if (n === 0) return out;
  const st = stateOf(model);
  const hit = st.recent.get(key);
  if (hit && sameForms(hit.infos, infos)) {
    out.set(hit.tags);
    return out;
  }
  const old = st.older.get(key);
  if (old && sameForms(old.infos, infos)) {
    out.set(old.tags);
    return out;
  }
  scoreSentence(model, st, infos, out);
  remember(st, key, infos, out, n);
  return out;
}

function scoreSentence(model: LinearModel, st: PosState, infos: readonly TokenInfo[], out: Int32Array): void {
  const n = infos.length;
  if (st.offsets.length < n) st.offsets = new Int32Array(Math.max(n, st.offsets.length * 2));
  const offsets = st.offsets;
  // every token's cached groups at once (valid together for this sentence), else one lookup each as before
  const all = st.words.getAll(infos, offsets);
  const { L, words, edgeAt, history, historyDone, hashes, scores, keys, fixedAt } = st;
  const data = words.data;
  let p1 = L;
  let p2 = L + 1;
  for (let i = 0; i < n; i++) {
    const w = infos[i]!;
    // without `all`, an offset from the cache is used before the next lookup (a lookup may refill the pool)
    const o = all ? offsets[i]! : words.get(w);
    let best = data[o + fixedAt]! - 1;
    if (best < 0) {
      const pair = p1 * (L + 2) + p2;
      if (!historyDone[pair]) {
        model.addRows(keys, posHistoryFeatures(hashes[p1]!, hashes[p2]!, keys, 0), history, pair * L);
        historyDone[pair] = 1;
      }
      if (all) {
        // the same float32 sums in the same order as adding group by group, in one loop (Math.fround: each step
        // rounded to float32 as a store to a Float32Array rounds it); the edge rows are in `data` too (one array)
        const self = o + (i === 0 ? SELF_FIRST : SELF_MID) * L;
        const prevAt = i >= 1 ? offsets[i - 1]! + AS_PREV * L : edgeAt;
        const prev2At = i >= 2 ? offsets[i - 2]! + AS_PREV2 * L : edgeAt + L;
        const nextAt = i + 1 < n ? offsets[i + 1]! + AS_NEXT * L : edgeAt + 2 * L;
        const next2At = i + 2 < n ? offsets[i + 2]! + AS_NEXT2 * L : edgeAt + 3 * L;
        const hist = pair * L;
        for (let j = 0; j < L; j++) {
          let v = Math.fround(0 + data[self + j]!);
          v = Math.fround(v + data[prevAt + j]!);
          v = Math.fround(v + data[prev2At + j]!);
          v = Math.fround(v + data[nextAt + j]!);
          v = Math.fround(v + data[next2At + j]!);
          scores[j] = v + history[hist + j]!;
        }
      } else {
        scores.fill(0);
        add(scores, data, o + (i === 0 ? SELF_FIRST : SELF_MID) * L, L);
        add(scores, data, i >= 1 ? words.get(infos[i - 1]!) + AS_PREV * L : edgeAt, L);
        add(scores, data, i >= 2 ? words.get(infos[i - 2]!) + AS_PREV2 * L : edgeAt + L, L);
        add(scores, data, i + 1 < n ? words.get(infos[i + 1]!) + AS_NEXT * L : edgeAt + 2 * L, L);
        add(scores, data, i + 2 < n ? words.get(infos[i + 2]!) + AS_NEXT2 * L : edgeAt + 3 * L, L);
        add(scores, history, pair * L, L);
      }
      model.addRows(keys, posPairFeatures(i > 0 ? infos[i - 1] : undefined, w, i + 1 < n ? infos[i + 1] : undefined, hashes[p1]!, keys, 0), scores, 0);
      best = 0;
      let bestScore = scores[0]!;
      for (let j = 1; j < L; j++) {
        if (scores[j]! > bestScore) {
          best = j;
          bestScore = scores[j]!;
        }
      }
    }
    out[i] = best;
    p2 = p1;
    p1 = best;
  }
}

/** `posTagWith` for tokens of `text` (their infos found by their offsets: ./token-info.ts `infoAt`). */
export function posTagAt(model: LinearModel, text: string, words: readonly TagToken[]): string[] {
  const infos: TokenInfo[] = new Array(words.length);
  for (let i = 0; i < words.length; i++) infos[i] = infoAt(text, words[i]!.start, words[i]!.end);
  return labelsOf(model, tagIndices(model, infos, formsKey(infos)));
}

/** The labels of tag indices. */
function labelsOf(model: LinearModel, idx: Int32Array): string[] {
  const out: string[] = new Array(idx.length);
  for (let i = 0; i < idx.length; i++) out[i] = model.labels[idx[i]!]!;
  return out;
}

/** Penn Treebank tags of one sentence (words as strings or tokens); `posTag` in ./models.ts uses the shipped model. */
export function posTagWith(model: LinearModel, words: ReadonlyArray<string | TagToken>): string[] {
  const infos = words.map((w) => tokenInfo(typeof w === 'string' ? w : w.text));
  return Array.from(tagIndices(model, infos, formsKey(infos)), (i) => model.labels[i]!);
}
