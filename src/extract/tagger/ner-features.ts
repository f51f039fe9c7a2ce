/**
 * Name-tagger features for one token of a sentence: the word, its lower case,
 * shapes and affixes; neighbouring words and shapes; POS tags; sentence
 * position and line casing (ALL-CAPS lines, Title Case headlines); name-list
 * hits (the lexicon and any other list, as hints); word clusters; and
 * document-level evidence (the same word seen lower-cased, or capitalised
 * inside a sentence, elsewhere in the article).
 *
 * `nerFeatureSet(clusters)` names this code plus the cluster map: a
 * fingerprint of the keys produced on a fixed probe, so any change to the
 * templates makes an old model refuse to load.
 */
import { digest, hashString, key1, key2 } from './hash.ts';
import { small, tokenInfo, type TokenInfo } from './token-info.ts';

export const NER_FEATURE_VERSION = 'ner-v1';

export interface NerSentence {
  infos: TokenInfo[];
  /** hash of each token's POS tag */
  pos: Int32Array;
  /** one array per name list: per-token hit value (0: none) */
  lists: Int32Array[];
  /** the lists' id hashes, parallel to `lists` */
  listIds: readonly number[];
  /** per-token packed cluster id (0: unknown word) */
  clusters: Int32Array;
  /** the sentence is an ALL-CAPS line */
  capsLine: boolean;
  /** the sentence is a Title Case line (headline) */
  titleLine: boolean;
  /** per token: bit 1 = its lower-cased form occurs lower-cased elsewhere in the document; bit 2 = capitalised inside a sentence elsewhere */
  doc: Uint8Array;
}

export const nerMaxFeatures = (lists: number): number => 48 + 3 * lists;

const BOS = small(2000);
const BOS2 = small(2001);
const EOS = small(2002);
const EOS2 = small(2003);
const NONE = small(2004);
/** The POS-tag and name-list values standing for the sentence edges. */
export const NER_BOS = BOS;
export const NER_EOS = EOS;

/**
 * The features fall in groups by what they read, so a scorer can cache the
 * summed weights of the groups that read one word only (with its cluster),
 * per word form: SELF, AS_PREV (read as the word before), AS_PREV2, AS_NEXT,
 * AS_NEXT2 (undefined = the sentence edge); the rest (`nerContextFeatures`)
 * reads POS tags, pairs of words, name lists, line and document flags, in
 * parts a scorer can tabulate or probe apart. `nerFeatures` is the union.
 */
export function nerSelfFeatures(w: TokenInfo, c: number, out: Int32Array, n: number): number {
  out[n++] = key1(1, w.hLower);
  out[n++] = key1(2, w.hWord);
  out[n++] = key1(3, w.hShape);
  out[n++] = key1(4, w.hShort);
  out[n++] = key1(5, w.hPre2);
  out[n++] = key1(6, w.hPre3);
  out[n++] = key1(7, w.hSuf2);
  out[n++] = key1(8, w.hSuf3);
  out[n++] = key1(9, w.hSuf4);
  if (c) {
    out[n++] = key1(31, small(c >>> 16));
    out[n++] = key1(32, small(c));
    out[n++] = key2(33, small(c), w.hShort);
  } else out[n++] = key1(34, w.hShort);
  return n;
}
export function nerAsPrevFeatures(p: TokenInfo | undefined, c: number, out: Int32Array, n: number): number {
  out[n++] = key1(10, p ? p.hLower : BOS);
  out[n++] = key1(14, p ? p.hShort : BOS);
  out[n++] = key1(35, small(p ? c : -1));
  return n;
}
export function nerAsPrev2Features(p2: TokenInfo | undefined, out: Int32Array, n: number): number {
  out[n++] = key1(11, p2 ? p2.hLower : BOS2);
  return n;
}
export function nerAsNextFeatures(nx: TokenInfo | undefined, c: number, out: Int32Array, n: number): number {
  out[n++] = key1(12, nx ? nx.hLower : EOS);
  out[n++] = key1(15, nx ? nx.hShort : EOS);
  out[n++] = key1(36, small(nx ? c : -1));
  return n;
}
export function nerAsNext2Features(nx2: TokenInfo | undefined, out: Int32Array, n: number): number {
  out[n++] = key1(13, nx2 ? nx2.hLower : EOS2);
  return n;
}

/**
 * The POS tags around the word, and the bias: the part that reads the tags of
 * the word and the one before it, and the part that reads the tags of the word
 * and the one after it (a scorer tabulates each per pair of tags).
 * `posP` / `posN` are BOS / EOS at the sentence edges.
 */
export function nerPosLeftFeatures(posP: number, posI: number, out: Int32Array, n: number): number {
  out[n++] = key1(0, 0);
  out[n++] = key1(20, posI);
  out[n++] = key1(21, posP);
  out[n++] = key2(23, posP, posI);
  return n;
}
export function nerPosRightFeatures(posI: number, posN: number, out: Int32Array, n: number): number {
  out[n++] = key1(22, posN);
  out[n++] = key2(24, posI, posN);
  return n;
}
/** The word with a neighbour (shapes, words) and with its own POS tag (undefined = the sentence edge). */
export function nerPairFeatures(p: TokenInfo | undefined, w: TokenInfo, nx: TokenInfo | undefined, posI: number, out: Int32Array, n: number): number {
  out[n++] = key2(16, p ? p.hShort : BOS, w.hShort);
  out[n++] = key2(17, w.hShort, nx ? nx.hShort : EOS);
  out[n++] = key2(18, p ? p.hLower : BOS, w.hLower);
  out[n++] = key2(19, w.hLower, nx ? nx.hLower : EOS);
  out[n++] = key2(39, w.hLower, posI);
  return n;
}
/** The word's shape as the first word, on an ALL-CAPS line, on a Title Case line. */
export function nerLineFeatures(w: TokenInfo, first: boolean, capsLine: boolean, titleLine: boolean, out: Int32Array, n: number): number {
  if (first) out[n++] = key1(25, w.hShort);
  if (capsLine) out[n++] = key1(26, w.hShort);
  if (titleLine) out[n++] = key1(27, w.hShort);
  return n;
}
/** Name-list hits of the word and its neighbours: `hit`, `before`, `after` are hit values (0: none; BOS/EOS at the edges). */
export function nerListFeatures(listId: number, before: number, hit: number, after: number, out: Int32Array, n: number): number {
  if (hit) out[n++] = key2(28, listId, hit);
  out[n++] = key2(29, listId, before || NONE);
  out[n++] = key2(30, listId, after || NONE);
  return n;
}
/** Document flags of a capitalised word (see NerSentence.doc). */
export function nerDocFeatures(w: TokenInfo, d: number, first: boolean, out: Int32Array, n: number): number {
  if (w.cap) {
    out[n++] = key2(37, small(d), small(first ? 1 : 0));
    out[n++] = key2(38, small(d), w.hShort);
  }
  return n;
}
/** A capitalised word next to a capitalised word: which word that is. */
export function nerCapPairFeatures(p: TokenInfo | undefined, w: TokenInfo, nx: TokenInfo | undefined, out: Int32Array, n: number): number {
  if (p && p.cap && w.cap) out[n++] = key2(40, p.hLower, small(1));
  if (nx && nx.cap && w.cap) out[n++] = key2(41, nx.hLower, small(1));
  return n;
}

/** Every feature that reads more than one word form, POS tags, name lists, line or document flags. */
export function nerContextFeatures(s: NerSentence, i: number, out: Int32Array, n: number): number {
  const w = s.infos[i]!;
  const len = s.infos.length;
  const p = i > 0 ? s.infos[i - 1] : undefined;
  const nx = i + 1 < len ? s.infos[i + 1] : undefined;
  const posI = s.pos[i]!;
  n = nerPosLeftFeatures(i > 0 ? s.pos[i - 1]! : BOS, posI, out, n);
  n = nerPosRightFeatures(posI, i + 1 < len ? s.pos[i + 1]! : EOS, out, n);
  n = nerPairFeatures(p, w, nx, posI, out, n);
  n = nerLineFeatures(w, i === 0, s.capsLine, s.titleLine, out, n);
  for (let l = 0; l < s.lists.length; l++) {
    const hits = s.lists[l]!;
    n = nerListFeatures(s.listIds[l]!, i > 0 ? hits[i - 1]! : BOS, hits[i]!, i + 1 < len ? hits[i + 1]! : EOS, out, n);
  }
  n = nerDocFeatures(w, s.doc[i]!, i === 0, out, n);
  return nerCapPairFeatures(p, w, nx, out, n);
}

export function nerFeatures(s: NerSentence, i: number, out: Int32Array): number {
  const len = s.infos.length;
  let n = nerSelfFeatures(s.infos[i]!, s.clusters[i]!, out, 0);
  n = nerAsPrevFeatures(i > 0 ? s.infos[i - 1] : undefined, i > 0 ? s.clusters[i - 1]! : 0, out, n);
  n = nerAsPrev2Features(i > 1 ? s.infos[i - 2] : undefined, out, n);
  n = nerAsNextFeatures(i + 1 < len ? s.infos[i + 1] : undefined, i + 1 < len ? s.clusters[i + 1]! : 0, out, n);
  n = nerAsNext2Features(i + 2 < len ? s.infos[i + 2] : undefined, out, n);
  return nerContextFeatures(s, i, out, n);
}

/** Sentence-level flags from its words. */
export function lineFlags(infos: readonly TokenInfo[]): { capsLine: boolean; titleLine: boolean } {
  let letters = 0;
  let upper = 0;
  let longWords = 0;
  let capped = 0;
  for (let i = 0; i < infos.length; i++) {
    const info = infos[i]!;
    if (!info.alpha) continue;
    const len = info.text.length;
    // letters counted by token: an all-caps word is all upper case, a capitalised one has one capital
    letters += len;
    if (info.allCaps) upper += len;
    else if (info.cap) upper += 1;
    if (len > 3) {
      longWords++;
      if (info.cap) capped++;
    }
  }
  const capsLine = letters >= 8 && upper / letters > 0.7;
  const titleLine = !capsLine && longWords >= 3 && capped / longWords >= 0.8;
  return { capsLine, titleLine };
}

/** Document flags per token for every sentence of a document (see NerSentence.doc). */
export function documentFlags(sentences: ReadonlyArray<readonly TokenInfo[]>): Uint8Array[] {
  const lowerSeen = new Set<string>();
  const capMid = new Map<string, number>();
  for (const infos of sentences) {
    for (let i = 0; i < infos.length; i++) {
      const info = infos[i]!;
      if (!info.alpha) continue;
      if (!info.cap) lowerSeen.add(info.lower);
      else if (i > 0 && !info.allCaps) capMid.set(info.lower, (capMid.get(info.lower) ?? 0) + 1);
    }
  }
  return sentences.map((infos) => {
    const out = new Uint8Array(infos.length);
    for (let i = 0; i < infos.length; i++) {
      const info = infos[i]!;
      if (!info.cap) continue;
      const mid = (capMid.get(info.lower) ?? 0) - (i > 0 && !info.allCaps ? 1 : 0);
      out[i] = (lowerSeen.has(info.lower) ? 1 : 0) | (mid > 0 ? 2 : 0);
    }
    return out;
  });
}

const PROBE = ['BAGHDAD', '-', 'Gen.', 'Kofi', 'Mensah', 'of', 'the', 'Halvorsen', 'Group', 'met', 'Iraqi', 'officials', 'in', 'al-Bab', '.'];

/** The feature-set id of this code with a given cluster map digest. */
export function nerFeatureSet(clusterDigest: string): string {
  const infos = PROBE.map(tokenInfo);
  const s: NerSentence = {
    infos,
    pos: Int32Array.from(PROBE, (_, i) => hashString(`T${i % 5}`)),
    lists: [Int32Array.from(PROBE, (_, i) => (i % 3 === 0 ? hashString(`v${i}`) : 0))],
    listIds: [hashString('probe')],
    clusters: Int32Array.from(PROBE, (_, i) => (i % 2 ? i * 65536 + i + 1 : 0)),
    capsLine: false,
    titleLine: true,
    doc: Uint8Array.from(PROBE, (_, i) => i % 4),
  };
  const keys = new Int32Array(nerMaxFeatures(1));
  const parts = [NER_FEATURE_VERSION];
  for (let i = 0; i < infos.length; i++) parts.push(Array.from(keys.subarray(0, nerFeatures(s, i, keys))).sort((a, b) => a - b).join(','));
  parts.push(lineFlags(infos).titleLine ? 't' : 'f');
  return `${NER_FEATURE_VERSION}:${digest(parts)}:clusters-${clusterDigest}`;
}
