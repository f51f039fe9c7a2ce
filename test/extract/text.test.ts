/**
 * Sentence splitting (src/extract/text.ts): [text, sentences] tables.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { splitSentences } from '../../src/extract/text.ts';
import { normToken, tokenize, TOKEN } from '../../src/extract/text/tokens.ts';

const CASES: [string, string[]][] = [
  ['ISIS attacked. The SDF responded.', ['ISIS attacked.', 'The SDF responded.']],
  ['Gen. Joseph Votel spoke. He left.', ['Gen. Joseph Votel spoke.', 'He left.']],
  ['George W. Bush spoke.', ['George W. Bush spoke.']],
  // a soft line break: the line has no end punctuation and the next starts in lower case
  ['Also, the U.S.-led \ncoalition\n conducted five airstrikes. These strikes hit.', ['Also, the U.S.-led \ncoalition\n conducted five airstrikes.', 'These strikes hit.']],
  // a heading, a bullet, a paragraph break: hard breaks
  ['Syria\n. Near Ar Raqqah, two strikes hit.', ['Syria', '.', 'Near Ar Raqqah, two strikes hit.']],
  ['Ends here.\nlower case start', ['Ends here.', 'lower case start']],
  ['A title\n\nlower paragraph', ['A title', 'lower paragraph']],
  // run-together web text: a period between a lower-case word and a capitalised one, no space
  ['Aid reached Idlib.The convoy turned back.', ['Aid reached Idlib.', 'The convoy turned back.']],
  // an agency dateline is a unit of its own: the first sentence starts at its subject
  ['TARVEL, May 3 (Reuters) - Rebels shelled the port. Two died.', ['TARVEL, May 3 (Reuters) -', 'Rebels shelled the port.', 'Two died.']],
  // ... filed from two places
  ['KIDAL/GAO, May 3 (Reuters) - Rebels shelled the port.', ['KIDAL/GAO, May 3 (Reuters) -', 'Rebels shelled the port.']],
  ['KESSAR (AFP) — Gunmen attacked a bus.', ['KESSAR (AFP) —', 'Gunmen attacked a bus.']],
  ['Text before.\nNORTH PORT, Varania (AP) -- The army withdrew.', ['Text before.', 'NORTH PORT, Varania (AP) --', 'The army withdrew.']],
  // ... or ends in a colon, as South Asian papers file (fresh rows)
  ['QUETTA: Gunmen stormed a checkpoint on Sunday.', ['QUETTA:', 'Gunmen stormed a checkpoint on Sunday.']],
  ['Text before.\nNEW DELHI: Police arrested two men.', ['Text before.', 'NEW DELHI:', 'Police arrested two men.']],
  // a speaker's label in capitals is a unit of its own too, also with an aside in brackets: no word of it is the
  // clause's ("ITS" of "TESSALI" read as the subject; fresh rows)
  ['ANSWER: The sanctions remain in force.', ['ANSWER:', 'The sanctions remain in force.']],
  // a numbered paragraph's number is no word of its sentence; a decimal before a lower-case word is (fresh rows)
  ['Overview\n1.2 The Tarvan Front shelled the port.', ['Overview', 'The Tarvan Front shelled the port.']],
  ['2.5 million people fled the fighting.', ['2.5 million people fled the fighting.']],
  ['HOST: Thanks.\nOMAR TESSALI (KESSAR FRONT SPOKESMAN): The group says its men left.', ['HOST:', 'Thanks.', 'OMAR TESSALI (KESSAR FRONT SPOKESMAN):', 'The group says its men left.']],
  // no dateline nor label: a label in mixed case, a headline in capitals, a dash inside a sentence
  ['Note: the figures are provisional.', ['Note: the figures are provisional.']],
  ['KIDAL: HEAVY FIGHTING REPORTED', ['KIDAL: HEAVY FIGHTING REPORTED']],
  ['SOCCER - TARVEL NAMED AS CAPTAIN', ['SOCCER - TARVEL NAMED AS CAPTAIN']],
  ['US-led forces - the coalition - struck.', ['US-led forces - the coalition - struck.']],
  ['The talks - held in Oslo - failed.', ['The talks - held in Oslo - failed.']],
  // a list item's marker is no word of its sentence (fresh rows); a dash or number inside a line stays
  ['- Drones struck the depot near Tarvel.\n* Two fighters died.', ['Drones struck the depot near Tarvel.', 'Two fighters died.']],
  ['• Rebels shelled the port.\n3. The army withdrew.\nb) Talks resumed.', ['Rebels shelled the port.', 'The army withdrew.', 'Talks resumed.']],
  ['– Kessar fighters took the pass on Monday.', ['Kessar fighters took the pass on Monday.']],
  ['2014 was a hard year. 12 people died.', ['2014 was a hard year.', '12 people died.']],
  // not a boundary: initials, abbreviations, host names
  ['Mr.Okafor met U.S.Army staff at www.state.Gov today.', ['Mr.Okafor met U.S.Army staff at www.state.Gov today.']],
];

describe('splitSentences', () => {
  it.each(CASES)('%j', (text, expected) => {
    const got = splitSentences(text);
    expect(got.map((s) => s.text)).toEqual(expected);
    for (const s of got) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('tokenize: each token norm is normToken of its text', () => {
  it.each([
    ['The ‘rebels’ — and al‑Qaeda`s men – left İstanbul’s ſtreets, 2014–15.'],
    ['ΣΊΣΥΦΟΣ ÉTÉ 😀 x—y don’t'],
  ])('%s', (text) => {
    for (const t of tokenize(text)) expect(t.norm).toBe(normToken(text.slice(t.start, t.end)));
  });
  it('random text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('A', 'b', 'İ', 'Σ', 'ſ', '’', '‘', '`', '–', '—', '-', ' ', '.', '😀', '1', 'é') }), (text) => {
        for (const t of tokenize(text)) expect(t.norm).toBe(normToken(text.slice(t.start, t.end)));
      }),
    );
  });
});

/** The tokens as the regular expression TOKEN defines them (what the scanner must give). */
function byRegex(text: string, from = 0, to = text.length): Array<{ start: number; end: number; space: boolean }> {
  const out: Array<{ start: number; end: number; space: boolean }> = [];
  const re = new RegExp(TOKEN.source, TOKEN.flags);
  let prevEnd = -1;
  for (let m = re.exec(text.slice(from, to)); m; m = re.exec(text.slice(from, to))) {
    const start = from + m.index;
    out.push({ start, end: start + m[0].length, space: prevEnd >= 0 && start > prevEnd });
    prevEnd = start + m[0].length;
  }
  return out;
}

describe('tokenize: the scanner gives the tokens of TOKEN', () => {
  const UNITS = [
    'A', 'z', '7', 'é', 'İ', 'ſ', '٣', '\u0301', '’', '-', '.', ',', ' ', '\t', '\n', '\u00a0', '\u1680', '\u2009', '\u2028', '\u202f', '\u3000', '\ufeff',
    '\u200b', '😀', '𝐀', '𝟙', '\ud835', '\udc00', '⟦', '|', '中',
  ];
  it.each([
    ['U.S.-led forces entered al-Bab on 3 March 2017, 𝐀𝐁 😀 x\u0301y\u00a0z'],
    ['lone \ud835 high, lone \udc00 low, pair 𝐀 at end 𝐀'],
    ['٣ ١٢ Ⅻ ½ ²'],
  ])('%j', (text) => {
    expect(tokenize(text).map(({ start, end, space }) => ({ start, end, space }))).toEqual(byRegex(text));
  });
  it('random text and ranges (a range may cut a surrogate pair)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...UNITS), maxLength: 40 }), fc.nat(), fc.nat(), (text, a, b) => {
        const from = text.length ? a % (text.length + 1) : 0;
        const to = from + (text.length - from ? b % (text.length - from + 1) : 0);
        const got = tokenize(text, from, to);
        expect(got.map(({ start, end, space }) => ({ start, end, space }))).toEqual(byRegex(text, from, to));
        for (const t of got) expect(t.norm).toBe(t.end - t.start === 1 ? normToken(text.slice(t.start, t.end)) : text.slice(t.start, t.end).toLowerCase());
      }),
      { numRuns: 3000 },
    );
  });
});
