/**
 * Later repetitions of names (mentions/repeats.ts): a table of sentences with
 * what must and must not repeat, then the scan by the forms' first characters
 * compared with what one alternation regex of the forms (longest first, as a
 * whole word) finds, on random texts of the forms, their parts, letters,
 * hyphens, digits, spaces, punctuation and characters outside the BMP.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findRepeats } from '../../src/extract/mentions/repeats.ts';
import { esc, defaultLexicon } from '../../src/extract/lexicon/index.ts';
import type { RawMention } from '../../src/extract/types.ts';

const lex = defaultLexicon();

function mention(text: string, name: string, type: RawMention['type'], rule = 'name-caps'): RawMention {
  const start = text.indexOf(name);
  const kind = type === 'person' ? 'person' : type === 'city' ? 'place' : 'actor';
  return { start, end: start + name.length, text: name, kind, type, rule } as RawMention;
}

function covered(text: string, ms: readonly RawMention[]): Uint8Array {
  const u = new Uint8Array(text.length);
  for (const m of ms) u.fill(1, m.start, m.end);
  return u;
}

/** The repetitions one alternation regex of the forms finds (the scan before the first-character index). */
function byRegex(text: string, forms: readonly string[], used: Uint8Array): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  const u = used.slice();
  const re = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${[...forms].sort((a, b) => b.length - a.length).map(esc).join('|')})(?![\\p{L}\\p{N}-])`, 'gu');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (u.subarray(start, end).some((x) => x === 1)) continue;
    u.fill(1, start, end);
    out.push([start, m[0]]);
  }
  return out;
}

describe('findRepeats', () => {
  const rows: Array<[string, string, RawMention['type'], string[]]> = [
    // [text, the name found first, its type, the repetitions expected]
    ['Leila Zahrani spoke first. Later Zahrani left.', 'Leila Zahrani', 'person', ['Zahrani']],
    ['Rohilat Afrin was formed in 2015. Rohilat Afrin grew.', 'Rohilat Afrin', 'organization', ['Rohilat Afrin']],
    // false positives: inside a longer word, after a hyphen, before a digit
    ['Leila Zahrani spoke. Zahranis, al-Zahrani2 and pro-Zahrani voices.', 'Leila Zahrani', 'person', []],
    // a bare form of "al-" surnames
    ['Omar al-Hadi spoke. Then Hadi and al-Hadi left.', 'Omar al-Hadi', 'person', ['Hadi', 'al-Hadi']],
    // the longest form wins where both start
    ['Dar Salam Front met. Dar Salam Front Council and Dar Salam Front.', 'Dar Salam Front', 'organization', ['Dar Salam Front', 'Dar Salam Front']],
  ];
  it.each(rows)('%s', (text, name, type, want) => {
    const first = mention(text, name, type);
    const got = findRepeats(text, [first], covered(text, [first]), lex);
    expect(got.map((m) => m.text)).toEqual(want);
    for (const m of got) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('finds what one alternation regex of the forms finds, on random texts', () => {
    const names = ['Zahrani', 'Leila Zahrani', 'Rohilat Afrin', 'Afrin Front', 'al-Hadi', 'Omar al-Hadi', 'Dar', 'Dar Salam', '𝐀bc Def'];
    const piece = fc.oneof(
      fc.constantFrom(...names, 'Zahra', 'Afrin', 'Hadi', 'Salam', 'Leila', 'Omar'),
      fc.constantFrom(' ', '  ', '-', ',', '.', '7', 'x', 'é', '𝐀', '\u00a0', '(', '"', '\n'),
    );
    const text = fc.array(piece, { maxLength: 40 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, fc.subarray(names, { minLength: 1 }), fc.nat(), (body, chosen, seed) => {
        // the first mentions stand before the body; some of the body is covered by other names
        const head = chosen.join('; ') + '. ';
        const t = head + body;
        const ms = chosen.map((n) => {
          const start = head.indexOf(n);
          return { start, end: start + n.length, text: n, kind: 'actor', type: 'organization', rule: 'name-caps' } as RawMention;
        });
        const used = covered(t, ms);
        if (body.length > 4) used.fill(1, head.length + (seed % body.length), head.length + (seed % body.length) + 3);
        const got = findRepeats(t, ms, used, lex).map((m) => [m.start, m.text] as [number, string]);
        expect(got).toEqual(byRegex(t, chosen.filter((n) => n.length >= 3), used));
      }),
      { numRuns: 1000 },
    );
  });
});
