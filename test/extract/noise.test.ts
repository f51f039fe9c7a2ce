/**
 * Noise (src/extract/mentions/noise.ts and the lexicon's notNames): technical
 * tokens, foreign alternates after a name, metadata, citation and table lines
 * name no actor. [text, names that must not appear, names that must] tables,
 * written fresh for this test.
 */
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/resolve/index.ts';
import { extract } from '../../src/extract/index.ts';
import { NOISE_RULE, noiseSpans } from '../../src/extract/mentions/noise.ts';
import { defaultLexicon } from '../../src/extract/lexicon/index.ts';

function names(text: string): string[] {
  return analyzeArticle({ id: 't', title: 't', text }).entities.flatMap((e) => e.mentions.map((m) => m.text));
}

const CASES: [string, string[], string[]][] = [
  ['Radio Sawt broadcasts on 98.2 MHz FM from a 5 kW transmitter in Mosul.', ['MHz', 'MHz FM', 'FM', 'kW'], ['Mosul']],
  ['A 40 MW plant near Kirkuk was shelled.', ['MW'], ['Kirkuk']],
  ['Masoud Barzani (Kurdish: مسعود بارزانی) met envoys in Erbil.', ['مسعود بارزانی'], ['Masoud Barzani', 'Erbil']],
  ['Nuri al-Maliki (Arabic: نوري المالكي; Kurdish: Nûrî Malikî) spoke in Baghdad.', ['Nûrî Malikî'], ['Nuri al-Maliki', 'Baghdad']],
  ['---\ntitle: Siege of Kobani\nauthor: Wikipedia\nlanguage: en\n---\nISIS besieged Kobani for months.', ['Wikipedia'], ['ISIS', 'Kobani']],
  ['ISIS besieged Kobani.\n* Harlan Voss. Desert Wars. Meridian Press, 2011. ISBN 978-1-23456-789-0.', ['Harlan Voss', 'Meridian Press'], ['ISIS', 'Kobani']],
  ['Standings after the derby in Aleppo:\n| 1 | Tishreen Stars | 22 | 15 | 4 | 3 | 49 |\n| 2 | Jabal Rovers | 22 | 14 | 3 | 5 | 45 |', ['Tishreen Stars', 'Jabal Rovers'], ['Aleppo']],
  // a headline's last word is no role before the next paragraph's first; a masthead in capitals is no person
  ['Gunmen kill village head in Tarvel, wound police commander\n\nHeavily armed gunmen stormed the village of Tarvel on Friday.', ['Heavily'], ['Tarvel']],
  ['Survivors told DAILY TRUST that the gunmen came at dawn.', ['DAILY TRUST'], []],
];

describe('noise names no actor', () => {
  it.each(CASES)('%s', (text, absent, present) => {
    const got = names(text);
    for (const a of absent) expect(got).not.toContain(a);
    for (const p of present) expect(got).toContain(p);
  });

  it('the rule example drops what it says', () => {
    const got = names(NOISE_RULE.example);
    for (const d of NOISE_RULE.dropped) expect(got).not.toContain(d);
    expect(got).toContain('Bashar al-Assad');
  });

  it('a parenthesis that is prose is no alternate; a long line is never a noise line', () => {
    expect(noiseSpans('The Syrian Democratic Forces (SDF) took Raqqa.', defaultLexicon())).toEqual([]);
    const long = `author: ${'ISIS attacked Raqqa. '.repeat(60)}`;
    expect(noiseSpans(long, defaultLexicon())).toEqual([]);
    expect(extract({ id: 't', title: 't', text: long }).mentions.length).toBeGreaterThan(0);
  });

  it('asked again for a text (kept from the last ask) or for another, gives that text\'s spans', () => {
    const a = 'ISIS took Raqqa.\nauthor: Wikipedia\n';
    const b = 'Raqqa fell.\n| 1 | Tishreen Stars | 22 | 15 | 4 | 3 | 49 |\n';
    const spansA: Array<[number, number]> = [[17, 34]];
    const spansB: Array<[number, number]> = [[12, 57]];
    for (const [text, want] of [[a, spansA], [a, spansA], [b, spansB], [a, spansA], [b, spansB], [b, spansB]] as const) {
      expect(noiseSpans(text, defaultLexicon())).toEqual(want);
    }
  });
});
