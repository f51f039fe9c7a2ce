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
import { documentFlags, lineFlags, nerFeatures, nerMaxFeatures, type NerSentence } from './ner-features.ts';
import { posTagIndices } from './pos.ts';
import { tokenInfo } from './token-info.ts';

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

/** Label scores (n x L) of a prepared sentence under a model. */
export function emissions(model: { addRows: LinearModel['addRows'] }, L: number, s: NerSentence, lists: number): Float32Array {
  const n = s.infos.length;
  const emit = new Float32Array(n * L);
  const keys = new Int32Array(nerMaxFeatures(lists));
  for (let i = 0; i < n; i++) model.addRows(keys, nerFeatures(s, i, keys), emit, i * L);
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
export function tagDocument(t: Tagger, sentences: ReadonlyArray<readonly string[]>, decoding: 'viterbi' | 'greedy' = 'viterbi'): ScoredSpan[][] {
  if (!t.ner) throw new ModelError('NER model', 'no NER model in this tagger');
  checkLists(t.ner, t.lists);
  return prepareDocument(t, sentences).map((s) => tagPrepared(t.ner!, s, decoding));
}
