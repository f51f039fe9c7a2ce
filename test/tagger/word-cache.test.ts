/**
 * The per-form cache of summed groups (src/extract/tagger/word-cache.ts): a
 * small pool filled far past its capacity must give every form its own
 * vector (as computed fresh) at every lookup, and keep the forms that come
 * back often while forms seen once are dropped.
 */
import { describe, expect, it } from 'vitest';
import { WordCache } from '../../src/extract/tagger/word-cache.ts';
import { tokenInfo, type TokenInfo } from '../../src/extract/tagger/token-info.ts';

const STRIDE = 3;
/** A form's vector: numbers from its text (so a wrong slot shows). */
function vectorOf(w: TokenInfo, out: Float32Array, o: number): void {
  out[o] = w.text.length;
  out[o + 1] = w.text.charCodeAt(0);
  out[o + 2] = w.text.charCodeAt(w.text.length - 1) + w.text.length * 1000;
}

function counting(capacity: number): { cache: WordCache; fills: Map<string, number> } {
  const fills = new Map<string, number>();
  const cache = new WordCache(STRIDE, capacity, (w, out, o) => {
    fills.set(w.text, (fills.get(w.text) ?? 0) + 1);
    vectorOf(w, out, o);
  });
  return { cache, fills };
}

const expected = (text: string): number[] => {
  const out = new Float32Array(STRIDE);
  vectorOf(tokenInfo(text), out, 0);
  return Array.from(out);
};

// sentences of frequent words ("the", "of", ...) and words seen once ("w17-3")
const FREQUENT = ['the', 'of', 'in', 'and', 'forces', 'said'];
const sentences: string[][] = [];
for (let k = 0; k < 200; k++) sentences.push([FREQUENT[k % 6]!, `w${k}-a`, FREQUENT[(k + 1) % 6]!, `w${k}-b`, FREQUENT[(k + 2) % 6]!, `w${k}-c`]);

describe('WordCache', () => {
  it('gives each token its own vector from getAll, all valid together, past the capacity many times', () => {
    const { cache } = counting(16);
    const offsets = new Int32Array(8);
    for (const words of sentences) {
      const infos = words.map(tokenInfo);
      expect(cache.getAll(infos, offsets)).toBe(true);
      words.forEach((w, i) => expect(Array.from(cache.data.subarray(offsets[i]!, offsets[i]! + STRIDE))).toEqual(expected(w)));
    }
  });

  it('gives each form its own vector from get, one lookup at a time', () => {
    const { cache } = counting(5);
    for (const words of sentences.slice(0, 50))
      for (const w of words) {
        const o = cache.get(tokenInfo(w));
        expect(Array.from(cache.data.subarray(o, o + STRIDE))).toEqual(expected(w));
      }
  });

  it('keeps the forms that come back when the pool fills: each frequent form computed once, each rare form once', () => {
    // a pool of 32: it fills about 25 times over the 200 sentences (3 new forms each) and every frequent form comes back
    // between two fills; emptied each time, it would compute them again each time
    const { cache, fills } = counting(32);
    const offsets = new Int32Array(8);
    for (const words of sentences) cache.getAll(words.map(tokenInfo), offsets);
    for (const w of FREQUENT) expect([w, fills.get(w)]).toEqual([w, 1]);
    for (const k of [0, 99, 199]) expect(fills.get(`w${k}-a`)).toBe(1);
    expect([...fills.values()].reduce((a, b) => a + b, 0)).toBe(600 + FREQUENT.length);
  });

  it('refuses a sentence longer than the pool (the caller looks forms up one by one)', () => {
    const { cache } = counting(4);
    expect(cache.getAll(['a', 'b', 'c', 'd', 'e'].map(tokenInfo), new Int32Array(5))).toBe(false);
  });
});
