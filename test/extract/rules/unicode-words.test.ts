/**
 * A rule pattern's `\w` reads a word of any script (src/extract/rules/compile.ts unicodeWords): JavaScript's own `\w`
 * is ASCII only, so a word with an accent ("Burkinabè", "Tibú") broke every `[\w-]+` gap. Sentences written fresh.
 */
import { describe, expect, it } from 'vitest';
import { unicodeWords } from '../../../src/extract/rules/compile.ts';
import { extract } from '../../../src/extract/index.ts';

describe('unicodeWords', () => {
  it.each([
    ['\\w+', '[\\p{L}\\p{N}_]+'],
    ['[\\w-]+\\s+', '[\\p{L}\\p{N}_-]+\\s+'],
    ['[^\\w]', '[^\\p{L}\\p{N}_]'],
    // an escaped backslash before "w" is no word class; other escapes stay
    ['\\\\w\\s\\b', '\\\\w\\s\\b'],
    ['no class here', 'no class here'],
  ])('%s', (source, expected) => {
    expect(unicodeWords(source)).toBe(expected);
  });
  it('keeps every compiled pattern valid under the u flag', () => {
    expect(() => new RegExp(unicodeWords('(?:[\\w-]+\\s+){0,2}?\\w+'), 'u')).not.toThrow();
  });
});

describe('rules read words with accents', () => {
  const relations = (text: string) => {
    const raw = extract({ id: 't', title: 't', text });
    return raw.relations.map((r) => `${raw.mentions[r.source]!.text} ${r.type} ${raw.mentions[r.target]!.text}`);
  };
  it.each([
    // a demonym with an accent between a possessive and a part noun (member-part-possessive-apposed)
    ["Ansar Dine, the Tarvan Front's Nigérien component, is based in Kidal.", 'Ansar Dine member_of Tarvan Front'],
    ["The Kessar Brigades, the Tarvan Front's Burkinabè wing, shelled Djibo.", 'Kessar Brigades member_of Tarvan Front'],
  ])('%s', (text, expected) => {
    expect(relations(text)).toContain(expected);
  });
});
