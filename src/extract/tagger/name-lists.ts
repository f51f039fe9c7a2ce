/**
 * Name lists as tagger features (a pluggable gazetteer): each list is a set
 * of names, each with a value (its class or type). A token inside a listed
 * name gets the feature (list, value, position B/I/L/U) - a hint the model
 * weighs, never a decision. The product's entity lexicon is one list
 * (./lexicon-source.ts); the Phoenix actor dictionaries can be added as more.
 * Names match whole tokens, case-sensitively, longest first.
 */
import { hashString, mix } from './hash.ts';
import { small } from './token-info.ts';
import { tagTokens } from './tokenize.ts';

export interface NameList {
  /** Stable id ("lexicon", "phoenix-actors"); part of the feature. */
  id: string;
  names: ReadonlyArray<{ name: string; value: string }>;
}

export interface CompiledNameList {
  id: string;
  hId: number;
  /** first token -> candidates (token arrays with value hash), longest first */
  byFirst: Map<string, Array<{ tokens: string[]; hValue: number }>>;
}

export function compileNameList(list: NameList): CompiledNameList {
  const byFirst = new Map<string, Array<{ tokens: string[]; hValue: number }>>();
  const seen = new Set<string>();
  for (const { name, value } of list.names) {
    const tokens = tagTokens(name).map((t) => t.text);
    if (!tokens.length) continue;
    const k = `${tokens.join(' ')}\u0000${value}`;
    if (seen.has(k)) continue;
    seen.add(k);
    const arr = byFirst.get(tokens[0]!) ?? [];
    arr.push({ tokens, hValue: hashString(value) });
    byFirst.set(tokens[0]!, arr);
  }
  for (const arr of byFirst.values()) arr.sort((a, b) => b.tokens.length - a.tokens.length);
  return { id: list.id, hId: hashString(list.id), byFirst };
}

const POS_B = small(1);
const POS_I = small(2);
const POS_L = small(3);
const POS_U = small(4);

/** Every list's names by first token, for one lookup per token whatever the number of lists. */
interface ListIndex {
  /** first token -> candidates of every list: list index, tokens, value hash; per list longest first */
  byFirst: Map<string, Array<{ list: number; tokens: string[]; hValue: number }>>;
}

const indexes = new WeakMap<readonly CompiledNameList[], ListIndex>();

function indexOf(lists: readonly CompiledNameList[]): ListIndex {
  let ix = indexes.get(lists);
  if (ix) return ix;
  const byFirst: ListIndex['byFirst'] = new Map();
  lists.forEach((l, li) => {
    for (const [first, cands] of l.byFirst) {
      let arr = byFirst.get(first);
      if (!arr) byFirst.set(first, (arr = []));
      for (const c of cands) arr.push({ list: li, tokens: c.tokens, hValue: c.hValue });
    }
  });
  ix = { byFirst };
  indexes.set(lists, ix);
  return ix;
}

/**
 * Per-token feature values of each list over a sentence's words, into
 * `out[list]` (one array per list, at least as long as the sentence): 0 where
 * no listed name covers the token, else a hash of (value, position). Each
 * list matches left to right, longest name first, names not overlapping.
 */
export function matchNameLists(
  lists: readonly CompiledNameList[],
  words: ArrayLike<{ readonly text: string }>,
  out: Int32Array[],
): void {
  const n = words.length;
  for (let l = 0; l < lists.length; l++) out[l]!.fill(0, 0, n);
  if (!lists.length) return;
  const { byFirst } = indexOf(lists);
  // per list, the first token it may match at again
  const free = new Int32Array(lists.length);
  for (let i = 0; i < n; i++) {
    const cands = byFirst.get(words[i]!.text);
    if (!cands) continue;
    let done = -1;
    for (const c of cands) {
      if (c.list === done || free[c.list]! > i) continue;
      const len = c.tokens.length;
      if (i + len > n) continue;
      let ok = true;
      for (let k = 1; k < len; k++) {
        if (words[i + k]!.text !== c.tokens[k]) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      // the longest match of this list here (its candidates come longest first)
      done = c.list;
      free[c.list] = i + len;
      const hits = out[c.list]!;
      const hv = c.hValue;
      if (len === 1) hits[i] = mix(hv, POS_U) || 1;
      else {
        hits[i] = mix(hv, POS_B) || 1;
        for (let k = 1; k < len - 1; k++) hits[i + k] = mix(hv, POS_I) || 1;
        hits[i + len - 1] = mix(hv, POS_L) || 1;
      }
    }
  }
}
