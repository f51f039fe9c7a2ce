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

/**
 * Per-token feature values of one list over a sentence's words: 0 where no
 * listed name covers the token, else a hash of (value, position).
 */
export function matchNameList(list: CompiledNameList, words: readonly string[], out: Int32Array = new Int32Array(words.length)): Int32Array {
  out.fill(0);
  for (let i = 0; i < words.length; ) {
    const cands = list.byFirst.get(words[i]!);
    let len = 0;
    let hv = 0;
    if (cands) {
      for (const c of cands) {
        if (i + c.tokens.length > words.length) continue;
        let ok = true;
        for (let k = 1; k < c.tokens.length; k++) if (words[i + k] !== c.tokens[k]) { ok = false; break; }
        if (ok) {
          len = c.tokens.length;
          hv = c.hValue;
          break;
        }
      }
    }
    if (!len) {
      i++;
      continue;
    }
    if (len === 1) out[i] = mix(hv, POS_U) || 1;
    else {
      out[i] = mix(hv, POS_B) || 1;
      for (let k = 1; k < len - 1; k++) out[i + k] = mix(hv, POS_I) || 1;
      out[i + len - 1] = mix(hv, POS_L) || 1;
    }
    i += len;
  }
  return out;
}
