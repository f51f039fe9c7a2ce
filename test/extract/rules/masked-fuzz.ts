/**
 * Random masked sentences for the rules' property tests: placeholders
 * `⟦i|kind|type|rule⟧` of random fields between words the patterns read.
 */
import fc from 'fast-check';
import type { Masked } from '../../../src/extract/rules/mask.ts';

const KINDS = ['actor', 'force', 'place', 'camp'];
const TYPES = ['armed_group', 'force', 'government', 'organization', 'person', 'country', 'city', 'region', 'site', 'media', 'camp'];

/** Sentences of `words` and placeholders whose name rule is one of `rules`, 1 to `maxParts` parts. */
export function maskedSentences(words: readonly string[], rules: readonly string[], maxParts: number): fc.Arbitrary<Masked> {
  const placeholder = fc.tuple(fc.constantFrom(...KINDS), fc.constantFrom(...TYPES), fc.constantFrom(...rules)).map((t) => t.join('|'));
  return fc.array(fc.oneof(placeholder.map((p) => ({ p })), fc.constantFrom(...words).map((w) => ({ w }))), { minLength: 1, maxLength: maxParts }).map((parts) => {
    let text = '';
    const at: Masked['at'] = [];
    for (const part of parts) {
      if ('p' in part) {
        const pos = text.length;
        text += `⟦${at.length}|${part.p}⟧`;
        at.push({ pos, end: text.length, mention: at.length });
      } else text += part.w;
      text += ' ';
    }
    return { text, at };
  });
}
