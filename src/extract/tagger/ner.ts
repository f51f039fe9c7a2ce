/**
 * Name tagging: person / organisation / place / nationality-group (NORP)
 * spans in sentences of words, by a first-order structured perceptron over
 * BILOU labels (./ner-features.ts), decoded by constrained Viterbi (or
 * greedily). A `Tagger` bundles what tagging needs: the POS model, the NER
 * model, the cluster map and the name lists the model was trained with.
 *
 * Scoring gives the same sums as adding every feature's row (training does
 * that, ./ner-features.ts `nerFeatures`), arranged so that little is looked
 * up per token: the one-word groups of the word and its neighbours come from
 * the per-form cache (./word-cache.ts), the POS-tag features from two tables
 * per pair of tags, and only the pairs of words, list hits, line and
 * document flags are probed in the model.
 */
import { allowedTransitions, decodeBilouIndices, labelParts, type LabelParts, type LabelSpan } from './bilou.ts';
import type { ClusterMap } from './clusters.ts';
import { greedy, viterbi } from './decode.ts';
import { ModelError } from './errors.ts';
import { hashString, mix } from './hash.ts';
import type { LinearModel } from './linear.ts';
import { matchNameLists, type CompiledNameList } from './name-lists.ts';
import {
  documentFlags,
  lineFlags,
  nerAsNext2Features,
  nerAsNextFeatures,
  nerAsPrev2Features,
  nerAsPrevFeatures,
  nerCapPairFeatures,
  nerDocFeatures,
  nerLineFeatures,
  nerListFeatures,
  nerMaxFeatures,
  nerPairFeatures,
  nerPosLeftFeatures,
  nerPosRightFeatures,
  nerSelfFeatures,
  NER_BOS,
  NER_EOS,
  type NerSentence,
} from './ner-features.ts';
import { formsKey, posTagIndices, sameForms, tagIndices } from './pos.ts';
import { tokenInfo, type TokenInfo } from './token-info.ts';
import { WordCache, wordCache } from './word-cache.ts';

export interface Tagger {
  pos: LinearModel;
  /** absent: a tagger for POS only (training the NER model) */
  ner?: LinearModel;
  clusters: ClusterMap;
  lists: CompiledNameList[];
}

export interface ScoredSpan extends LabelSpan {
  /** in (0, 1): how clearly the model prefers this span's labels (mean margin, squashed) */
  score: number;
}

/** What the scorer reads of one sentence. */
export interface ScoringSentence {
  infos: readonly TokenInfo[];
  /** POS tag indices (into the tagger's POS model labels) */
  posIdx: Int32Array;
  /** one array per name list: per-token hit value (0: none) */
  lists: Int32Array[];
  capsLine: boolean;
  titleLine: boolean;
  /** document flags per token (NerSentence.doc) */
  doc: Uint8Array;
}

const posHashCache = new WeakMap<LinearModel, Int32Array>();
/** The feature hash of each POS label of a POS model. */
export function posHashes(m: LinearModel): Int32Array {
  let h = posHashCache.get(m);
  if (!h) {
    h = Int32Array.from(m.labels, (l) => hashString(l));
    posHashCache.set(m, h);
  }
  return h;
}

/** Check that a NER model was trained with these lists (same ids, same order). */
export function checkLists(ner: LinearModel, lists: readonly CompiledNameList[], path = 'NER model'): void {
  const want = (ner.meta.lists as string[] | undefined) ?? [];
  const have = lists.map((l) => l.id);
  if (want.join(',') !== have.join(','))
    throw new ModelError(path, `trained with name lists [${want.join(', ')}], given [${have.join(', ')}]`);
}

const asInfos = (words: ReadonlyArray<string | TokenInfo>): TokenInfo[] => words.map((w) => (typeof w === 'string' ? tokenInfo(w) : w));

/** The features' view of one sentence (document flags filled in by the caller). */
export function prepareSentence(t: Tagger, words: ReadonlyArray<string | TokenInfo>, doc?: Uint8Array): NerSentence & ScoringSentence {
  const infos = asInfos(words);
  const posIdx = posTagIndices(t.pos, infos);
  const ph = posHashes(t.pos);
  const pos = Int32Array.from(posIdx, (k) => ph[k]!);
  const lists = t.lists.map(() => new Int32Array(infos.length));
  matchNameLists(t.lists, infos, lists);
  const clusters = Int32Array.from(infos, (inf) => t.clusters.ids.get(inf.lower) ?? 0);
  const { capsLine, titleLine } = lineFlags(infos);
  return { infos, pos, posIdx, lists, listIds: t.lists.map((l) => l.hId), clusters, capsLine, titleLine, doc: doc ?? new Uint8Array(infos.length) };
}

/** Prepared sentences of a whole document (with document-level flags). */
export function prepareDocument(t: Tagger, sentences: ReadonlyArray<ReadonlyArray<string | TokenInfo>>): Array<NerSentence & ScoringSentence> {
  const infos = sentences.map(asInfos);
  const flags = documentFlags(infos);
  return infos.map((ws, k) => prepareSentence(t, ws, flags[k]));
}

// ---- scoring -------------------------------------------------------------

const GROUPS = 5;
const SELF = 0;
const AS_PREV = 1;
const AS_PREV2 = 2;
const AS_NEXT = 3;
const AS_NEXT2 = 4;
/** `nerPairFeatures` writes the two shape pairs first (few values: through the memo), then the word pairs. */
const SHAPE_PAIRS = 2;
/** Word forms whose groups are cached per model (about 350 bytes each), per thread (pos.ts CACHE_FORMS says what was measured). */
const CACHE_FORMS = 12_000;

interface PosTables {
  /** (posP or BOS = Lp) x posI -> L scores: bias and the left POS features */
  left: Float32Array;
  leftDone: Uint8Array;
  /** posI x (posN or EOS = Lp) -> L scores */
  right: Float32Array;
  rightDone: Uint8Array;
  hashes: Int32Array;
  Lp: number;
}

interface NerState {
  L: number;
  words: WordCache;
  /** the sentence edge as a neighbour: AS_PREV, AS_PREV2, AS_NEXT, AS_NEXT2 */
  edge: Float32Array;
  /** per POS model (by its label hashes) */
  posTables: WeakMap<Int32Array, PosTables>;
  keys: Int32Array;
  allowed: Uint8Array;
  final: Uint8Array;
  parts: LabelParts;
}

const states = new WeakMap<LinearModel, NerState>();

function stateOf(model: LinearModel, clusters: ClusterMap, lists: number): NerState {
  let st = states.get(model);
  if (st) {
    if (st.keys.length < nerMaxFeatures(lists)) st.keys = new Int32Array(nerMaxFeatures(lists));
    return st;
  }
  const L = model.nLabels;
  const keys = new Int32Array(16);
  const words = wordCache(
    model,
    `ner:${clusters.digest}`,
    () =>
      new WordCache(GROUPS * L, CACHE_FORMS, (w, out, o) => {
        const c = clusters.ids.get(w.lower) ?? 0;
        model.addRows(keys, nerSelfFeatures(w, c, keys, 0), out, o + SELF * L);
        model.addRows(keys, nerAsPrevFeatures(w, c, keys, 0), out, o + AS_PREV * L);
        model.addRows(keys, nerAsPrev2Features(w, keys, 0), out, o + AS_PREV2 * L);
        model.addRows(keys, nerAsNextFeatures(w, c, keys, 0), out, o + AS_NEXT * L);
        model.addRows(keys, nerAsNext2Features(w, keys, 0), out, o + AS_NEXT2 * L);
      }),
  );
  const edge = new Float32Array(4 * L);
  model.addRows(keys, nerAsPrevFeatures(undefined, 0, keys, 0), edge, 0);
  model.addRows(keys, nerAsPrev2Features(undefined, keys, 0), edge, L);
  model.addRows(keys, nerAsNextFeatures(undefined, 0, keys, 0), edge, 2 * L);
  model.addRows(keys, nerAsNext2Features(undefined, keys, 0), edge, 3 * L);
  const { allowed, final } = allowedTransitions(model.labels);
  st = {
    L,
    words,
    edge,
    posTables: new WeakMap(),
    keys: new Int32Array(nerMaxFeatures(lists)),
    allowed,
    final,
    parts: labelParts(model.labels),
  };
  states.set(model, st);
  return st;
}

/** Where the row of a (previous tag, tag) pair starts in `pt.left` (tag index `Lp`: no previous word), its weights summed on first use. */
function posLeftRow(model: LinearModel, keys: Int32Array, pt: PosTables, pP: number, pI: number, L: number): number {
  const left = pP * pt.Lp + pI;
  if (!pt.leftDone[left]) {
    model.addRows(keys, nerPosLeftFeatures(pP === pt.Lp ? NER_BOS : pt.hashes[pP]!, pt.hashes[pI]!, keys, 0), pt.left, left * L);
    pt.leftDone[left] = 1;
  }
  return left * L;
}

/** Where the row of a (tag, next tag) pair starts in `pt.right` (tag index `Lp`: no next word), its weights summed on first use. */
function posRightRow(model: LinearModel, keys: Int32Array, pt: PosTables, pI: number, pN: number, L: number): number {
  const right = pI * (pt.Lp + 1) + pN;
  if (!pt.rightDone[right]) {
    model.addRows(keys, nerPosRightFeatures(pt.hashes[pI]!, pN === pt.Lp ? NER_EOS : pt.hashes[pN]!, keys, 0), pt.right, right * L);
    pt.rightDone[right] = 1;
  }
  return right * L;
}

function posTablesOf(st: NerState, hashes: Int32Array): PosTables {
  let t = st.posTables.get(hashes);
  if (!t) {
    const Lp = hashes.length;
    t = {
      left: new Float32Array((Lp + 1) * Lp * st.L),
      leftDone: new Uint8Array((Lp + 1) * Lp),
      right: new Float32Array(Lp * (Lp + 1) * st.L),
      rightDone: new Uint8Array(Lp * (Lp + 1)),
      hashes,
      Lp,
    };
    st.posTables.set(hashes, t);
  }
  return t;
}

function add(row: Float32Array, at: number, src: Float32Array, from: number, L: number): void {
  for (let j = 0; j < L; j++) row[at + j]! += src[from + j]!;
}

let emitBuf = new Float32Array(4096);

/**
 * Label scores (n x L, row-major) of a sentence under a NER model. The
 * returned array is reused by the next call.
 *
 * Each score is the sum of the same rows added in the same order as ever
 * (float sums depend on the order): the cached groups of the words two
 * before, one before, the word, one after, two after; the sentence edges;
 * the two POS tables; then the probed features in `nerContextFeatures`
 * order. Of those, the keys that take few values (shape pairs, line flags,
 * name-list hits, document flags) are found through the model's memo.
 */
export function emissions(model: LinearModel, t: Pick<Tagger, 'pos' | 'clusters' | 'lists'>, s: ScoringSentence): Float32Array {
  const n = s.infos.length;
  const nLists = s.lists.length;
  const st = stateOf(model, t.clusters, nLists);
  const L = st.L;
  if (emitBuf.length < n * L) emitBuf = new Float32Array(Math.max(n * L, emitBuf.length * 2));
  const emit = emitBuf.subarray(0, n * L);
  const { words, edge, keys } = st;
  const data = words.data;
  const pt = posTablesOf(st, posHashes(t.pos));
  const { Lp, hashes } = pt;
  const infos = s.infos;
  const posIdx = s.posIdx;
  if (offsetBuf.length < n) offsetBuf = new Int32Array(Math.max(n, offsetBuf.length * 2));
  if (words.getAll(infos, offsetBuf)) {
    // every token's groups at once (valid together for this sentence): each row summed in one loop, the same float32
    // sums in the same order as the scatter below (the word groups two before .. two after, then the sentence edges
    // where a neighbour is missing, then the two POS tables; Math.fround rounds each step as a Float32Array store does)
    for (let i = 0; i < n; i++) {
      const pI = posIdx[i]!;
      const pP = i > 0 ? posIdx[i - 1]! : Lp;
      const pN = i + 1 < n ? posIdx[i + 1]! : Lp;
      rowSum(emit, i, n, L, data, offsetBuf, edge, pt.left, posLeftRow(model, keys, pt, pP, pI, L), pt.right, posRightRow(model, keys, pt, pI, pN, L));
    }
  } else {
    emit.fill(0);
    scatterRows(emit, n, L, words, infos, edge);
    for (let i = 0; i < n; i++) {
      const at = i * L;
      const pI = posIdx[i]!;
      const pP = i > 0 ? posIdx[i - 1]! : Lp;
      const pN = i + 1 < n ? posIdx[i + 1]! : Lp;
      add(emit, at, pt.left, posLeftRow(model, keys, pt, pP, pI, L), L);
      add(emit, at, pt.right, posRightRow(model, keys, pt, pI, pN, L), L);
    }
  }
  for (let i = 0; i < n; i++) {
    const at = i * L;
    const w = infos[i]!;
    const pI = posIdx[i]!;
    // the rest, in nerContextFeatures order: the pairs (two shape pairs through the memo, then the word pairs and the
    // word with its tag probed), line flags, name lists and document flags (memo), capitalised neighbours (probed)
    const p = i > 0 ? infos[i - 1] : undefined;
    const nx = i + 1 < n ? infos[i + 1] : undefined;
    const k0 = nerPairFeatures(p, w, nx, hashes[pI]!, keys, 0);
    model.addRowsMemo(keys, 0, SHAPE_PAIRS, emit, at);
    model.addRowsRange(keys, SHAPE_PAIRS, k0, emit, at);
    let k = nerLineFeatures(w, i === 0, s.capsLine, s.titleLine, keys, k0);
    for (let l = 0; l < nLists; l++) {
      const hits = s.lists[l]!;
      k = nerListFeatures(t.lists[l]!.hId, i > 0 ? hits[i - 1]! : NER_BOS, hits[i]!, i + 1 < n ? hits[i + 1]! : NER_EOS, keys, k);
    }
    k = nerDocFeatures(w, s.doc[i]!, i === 0, keys, k);
    model.addRowsMemo(keys, k0, k, emit, at);
    const k1 = nerCapPairFeatures(p, w, nx, keys, k);
    model.addRowsRange(keys, k, k1, emit, at);
  }
  return emit;
}

let offsetBuf = new Int32Array(256);

/**
 * Row i of the emissions from the word groups (offsets of every token's groups in `data`), the sentence edges and
 * the two POS table rows, summed in the order `scatterRows` and the POS adds give.
 */
function rowSum(
  emit: Float32Array,
  i: number,
  n: number,
  L: number,
  data: Float32Array,
  offsets: Int32Array,
  edge: Float32Array,
  left: Float32Array,
  leftAt: number,
  right: Float32Array,
  rightAt: number,
): void {
  const at = i * L;
  // word groups present (a missing one adds nothing here: its edge comes after all the words)
  const p2 = i >= 2 ? offsets[i - 2]! + AS_PREV2 * L : -1;
  const p1 = i >= 1 ? offsets[i - 1]! + AS_PREV * L : -1;
  const self = offsets[i]! + SELF * L;
  const n1 = i + 1 < n ? offsets[i + 1]! + AS_NEXT * L : -1;
  const n2 = i + 2 < n ? offsets[i + 2]! + AS_NEXT2 * L : -1;
  for (let j = 0; j < L; j++) {
    let v = 0;
    if (p2 >= 0) v = Math.fround(v + data[p2 + j]!);
    if (p1 >= 0) v = Math.fround(v + data[p1 + j]!);
    v = Math.fround(v + data[self + j]!);
    if (n1 >= 0) v = Math.fround(v + data[n1 + j]!);
    if (n2 >= 0) v = Math.fround(v + data[n2 + j]!);
    // the edges: as the word before (row 0), two before (rows 0 and 1), after (the last row), two after (the last two)
    if (i === 0) v = Math.fround(v + edge[j]!);
    if (i <= 1) v = Math.fround(v + edge[L + j]!);
    if (i === n - 1) v = Math.fround(v + edge[2 * L + j]!);
    if (i >= n - 2) v = Math.fround(v + edge[3 * L + j]!);
    v = Math.fround(v + left[leftAt + j]!);
    emit[at + j] = v + right[rightAt + j]!;
  }
}

/** The word groups scattered to the rows they score, one lookup at a time, then the sentence edges. */
function scatterRows(emit: Float32Array, n: number, L: number, words: WordCache, infos: readonly TokenInfo[], edge: Float32Array): void {
  const data = words.data;
  // the one-word groups of each form, scattered to the tokens they score
  // (an offset from the cache is used before the next lookup: a lookup may refill the pool)
  for (let i = 0; i < n; i++) {
    const o = words.get(infos[i]!);
    const at = i * L;
    add(emit, at, data, o + SELF * L, L);
    if (i + 1 < n) add(emit, at + L, data, o + AS_PREV * L, L);
    if (i + 2 < n) add(emit, at + 2 * L, data, o + AS_PREV2 * L, L);
    if (i >= 1) add(emit, at - L, data, o + AS_NEXT * L, L);
    if (i >= 2) add(emit, at - 2 * L, data, o + AS_NEXT2 * L, L);
  }
  // the sentence edges as neighbours
  const last = (n - 1) * L;
  add(emit, 0, edge, 0, L);
  add(emit, 0, edge, L, L);
  if (n > 1) add(emit, L, edge, L, L);
  add(emit, last, edge, 2 * L, L);
  add(emit, last, edge, 3 * L, L);
  if (n > 1) add(emit, last - L, edge, 3 * L, L);
}

let bestBuf = new Int32Array(1024);

/** Spans of one sentence. */
export function tagPrepared(
  ner: LinearModel,
  t: Pick<Tagger, 'pos' | 'clusters' | 'lists'>,
  s: ScoringSentence,
  decoding: 'viterbi' | 'greedy' = 'viterbi',
): ScoredSpan[] {
  const n = s.infos.length;
  if (n === 0) return [];
  const emit = emissions(ner, t, s);
  const st = states.get(ner)!;
  const L = st.L;
  if (bestBuf.length < n) bestBuf = new Int32Array(Math.max(n, bestBuf.length * 2));
  const out = bestBuf.subarray(0, n);
  const best = decoding === 'viterbi' ? viterbi(emit, n, L, ner.transitions, st.allowed, st.final, out) : greedy(emit, n, L, out);
  return decodeBilouIndices(best, st.parts).map((sp) => {
    let margin = 0;
    for (let i = sp.start; i < sp.end; i++) {
      const chosen = best[i]!;
      let other = -Infinity;
      for (let j = 0; j < L; j++) if (j !== chosen && emit[i * L + j]! > other) other = emit[i * L + j]!;
      margin += emit[i * L + chosen]! - other;
    }
    margin /= sp.end - sp.start;
    return { ...sp, score: 1 / (1 + Math.exp(-margin / 4)) };
  });
}

/** Name spans of a document given as sentences of words (strings or token infos). */
export function tagDocument(
  t: Tagger,
  sentences: ReadonlyArray<ReadonlyArray<string | TokenInfo>>,
  decoding: 'viterbi' | 'greedy' = 'viterbi',
  /** tag only these sentences (the others get no spans; document flags still read them all) */
  only?: (k: number) => boolean,
  /** POS tag indices already computed per sentence (by `posTagIndices` with t.pos), or undefined where not */
  pos?: ReadonlyArray<Int32Array | undefined>,
): ScoredSpan[][] {
  if (!t.ner) throw new ModelError('NER model', 'no NER model in this tagger');
  checkLists(t.ner, t.lists);
  const infos = sentences.map(asInfos);
  const flags = documentFlags(infos);
  const lists: Int32Array[] = t.lists.map(() => new Int32Array(64));
  // a sentence's spans depend on its words and its document flags alone: a sentence that comes back with both
  // (a reference line, a heading, a repeated caption) is tagged once per document (found by a hash of its forms and
  // flags, checked form by form and flag by flag)
  const seen = new Map<number, { infos: readonly TokenInfo[]; doc: Uint8Array; spans: ScoredSpan[] }>();
  return infos.map((ws, k) => {
    if (only && !only(k)) return [];
    const n = ws.length;
    const words = pos?.[k] ? undefined : formsKey(ws);
    const key = words === undefined ? undefined : repeatKey(words, flags[k]!);
    const again = key === undefined ? undefined : seen.get(key);
    if (again && sameForms(again.infos, ws) && sameFlags(again.doc, flags[k]!)) return again.spans.map((sp) => ({ ...sp }));
    if (lists.length && lists[0]!.length < n) for (let l = 0; l < lists.length; l++) lists[l] = new Int32Array(Math.max(n, lists[l]!.length * 2));
    matchNameLists(t.lists, ws, lists);
    const { capsLine, titleLine } = lineFlags(ws);
    const posIdx = pos?.[k] ?? (words === undefined ? posTagIndices(t.pos, ws) : tagIndices(t.pos, ws, words));
    const spans = tagPrepared(t.ner!, t, { infos: ws, posIdx, lists, capsLine, titleLine, doc: flags[k]! }, decoding);
    if (key !== undefined) seen.set(key, { infos: ws, doc: flags[k]!, spans: spans.map((sp) => ({ ...sp })) });
    return spans;
  });
}

/** A sentence's forms (`formsKey`) with its document flags. */
function repeatKey(words: number, doc: Uint8Array): number {
  let h = words;
  for (let i = 0; i < doc.length; i++) h = mix(h, doc[i]!);
  return h;
}

function sameFlags(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
