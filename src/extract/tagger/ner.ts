/**
 * Name tagging: person / organisation / place / nationality-group (NORP)
 * spans in sentences of words, by a first-order structured perceptron over
 * BILOU labels (./ner-features.ts), decoded by constrained Viterbi (or
 * greedily). A `Tagger` bundles what tagging needs: the POS model, the NER
 * model, the cluster map and the name lists the model was trained with.
 */
import { allowedTransitions, decodeBilou, type LabelSpan } from './bilou.ts';
import type { ClusterMap } from './clusters.ts';
import { greedy, viterbi } from './decode.ts';
import { ModelError } from './errors.ts';
import { hashString } from './hash.ts';
import type { LinearModel } from './linear.ts';
import { matchNameList, type CompiledNameList } from './name-lists.ts';
import {
  documentFlags,
  lineFlags,
  nerAsNext2Features,
  nerAsNextFeatures,
  nerAsPrev2Features,
  nerAsPrevFeatures,
  nerContextFeatures,
  nerMaxFeatures,
  nerSelfFeatures,
  type NerSentence,
} from './ner-features.ts';
import { posTagIndices } from './pos.ts';
import { tokenInfo, type TokenInfo } from './token-info.ts';

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

const posHashCache = new WeakMap<LinearModel, Int32Array>();
function posHashes(m: LinearModel): Int32Array {
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

/** The features' view of one sentence (document flags filled in by the caller). */
export function prepareSentence(t: Tagger, words: readonly string[], doc?: Uint8Array): NerSentence {
  const infos = words.map(tokenInfo);
  const tags = posTagIndices(t.pos, infos);
  const ph = posHashes(t.pos);
  const pos = Int32Array.from(tags, (k) => ph[k]!);
  const lists = t.lists.map((l) => matchNameList(l, words));
  const clusters = Int32Array.from(infos, (inf) => t.clusters.ids.get(inf.lower) ?? 0);
  const { capsLine, titleLine } = lineFlags(words);
  return { infos, pos, lists, listIds: t.lists.map((l) => l.hId), clusters, capsLine, titleLine, doc: doc ?? new Uint8Array(words.length) };
}

/** Prepared sentences of a whole document (with document-level flags). */
export function prepareDocument(t: Tagger, sentences: ReadonlyArray<readonly string[]>): NerSentence[] {
  const flags = documentFlags(sentences);
  return sentences.map((ws, k) => prepareSentence(t, ws, flags[k]));
}

const constraintCache = new WeakMap<LinearModel, { allowed: Uint8Array; final: Uint8Array }>();

const GROUPS = 5;
const CACHE_LIMIT = 50_000;
/** Stand-in for the missing neighbour at a sentence edge. */
const EDGE = {} as TokenInfo;
const caches = new WeakMap<LinearModel, Map<TokenInfo, Float32Array>>();

/** Summed weights of the one-word feature groups of a word form (see ner-features.ts), cached per form. */
function wordVectors(model: LinearModel, info: TokenInfo, cluster: number, cache: Map<TokenInfo, Float32Array>): Float32Array {
  let v = cache.get(info);
  if (v) return v;
  const L = model.nLabels;
  v = new Float32Array(GROUPS * L);
  const keys = new Int32Array(16);
  const w = info === EDGE ? undefined : info;
  if (w) model.addRows(keys, nerSelfFeatures(w, cluster, keys, 0), v, 0);
  model.addRows(keys, nerAsPrevFeatures(w, cluster, keys, 0), v, L);
  model.addRows(keys, nerAsPrev2Features(w, keys, 0), v, 2 * L);
  model.addRows(keys, nerAsNextFeatures(w, cluster, keys, 0), v, 3 * L);
  model.addRows(keys, nerAsNext2Features(w, keys, 0), v, 4 * L);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(info, v);
  return v;
}

/** Label scores (n x L) of a prepared sentence under a model. */
export function emissions(model: LinearModel, L: number, s: NerSentence, lists: number): Float32Array {
  const n = s.infos.length;
  const emit = new Float32Array(n * L);
  const keys = new Int32Array(nerMaxFeatures(lists));
  let cache = caches.get(model);
  if (!cache) caches.set(model, (cache = new Map()));
  const vec = (i: number) => (i >= 0 && i < n ? wordVectors(model, s.infos[i]!, s.clusters[i]!, cache!) : wordVectors(model, EDGE, 0, cache!));
  for (let i = 0; i < n; i++) {
    const self = vec(i);
    const prev = vec(i - 1);
    const prev2 = vec(i - 2);
    const next = vec(i + 1);
    const next2 = vec(i + 2);
    const o = i * L;
    for (let j = 0; j < L; j++) emit[o + j] = self[j]! + prev[L + j]! + prev2[2 * L + j]! + next[3 * L + j]! + next2[4 * L + j]!;
    model.addRows(keys, nerContextFeatures(s, i, keys, 0), emit, o);
  }
  return emit;
}

/** Spans of one prepared sentence. */
export function tagPrepared(ner: LinearModel, s: NerSentence, decoding: 'viterbi' | 'greedy' = 'viterbi'): ScoredSpan[] {
  const n = s.infos.length;
  if (n === 0) return [];
  const L = ner.nLabels;
  const emit = emissions(ner, L, s, s.lists.length);
  let c = constraintCache.get(ner);
  if (!c) {
    c = allowedTransitions(ner.labels);
    constraintCache.set(ner, c);
  }
  const best = decoding === 'viterbi' ? viterbi(emit, n, L, ner.transitions, c.allowed, c.final) : greedy(emit, n, L);
  const spans = decodeBilou(Array.from(best, (k) => ner.labels[k]!));
  return spans.map((sp) => {
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

/** Name spans of a document given as sentences of words. */
export function tagDocument(
  t: Tagger,
  sentences: ReadonlyArray<readonly string[]>,
  decoding: 'viterbi' | 'greedy' = 'viterbi',
  /** tag only these sentences (the others get no spans; document flags still read them all) */
  only?: (k: number) => boolean,
): ScoredSpan[][] {
  if (!t.ner) throw new ModelError('NER model', 'no NER model in this tagger');
  checkLists(t.ner, t.lists);
  const flags = documentFlags(sentences);
  return sentences.map((ws, k) => (only && !only(k) ? [] : tagPrepared(t.ner!, prepareSentence(t, ws, flags[k]), decoding)));
}
