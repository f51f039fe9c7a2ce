/**
 * Fuzz: `analyzeArticle` (extract, then resolve) on generated text. News-like
 * word soup that fires the rules, mixed with hostile Unicode; any string;
 * random bytes read leniently; huge lines. Properties: no exception, and
 * every guarantee of the extraction contract (each mention's text is its
 * slice, evidence and quotes locate their text, relation ends are entities
 * of the record, confidence in [0, 1]); output deterministic.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyzeArticle } from '../../src/resolve/index.ts';
import { decodeInput } from '../../src/ingest/gate.ts';
import type { Article } from '../../src/types.ts';
import { anyBytes, anyText, newsText } from './arbitraries.ts';
import { contractViolations } from './contract.ts';

const article = (text: string): Article => ({ id: 'fuzz', title: 'Fuzz', text });

function holdsContract(text: string): void {
  const ex = analyzeArticle(article(text));
  expect(contractViolations(text, ex)).toEqual([]);
}

/** Runs and a time bound per property (extraction takes milliseconds per case). */
const RUNS = { numRuns: 150, interruptAfterTimeLimit: 5000 };

describe('fuzz: extraction keeps the contract', () => {
  it('news-like text with hostile Unicode', () => {
    let found = 0;
    fc.assert(
      fc.property(newsText(150), (text) => {
        const ex = analyzeArticle(article(text));
        found += ex.entities.length + ex.relations.length;
        expect(contractViolations(text, ex)).toEqual([]);
      }),
      RUNS,
    );
    expect(found).toBeGreaterThan(0); // the generator does reach the rules
  });

  it('any string', () => {
    fc.assert(fc.property(anyText(1500), holdsContract), RUNS);
  });

  it('random bytes decoded leniently', () => {
    fc.assert(
      fc.property(anyBytes(), (bytes) => {
        let text: string;
        try {
          text = decodeInput(bytes, 'b.txt', { lenient: true }).text;
        } catch {
          return; // binary: refused at the gate
        }
        holdsContract(text);
      }),
      RUNS,
    );
  });

  it('is deterministic: the same text gives the same output', () => {
    fc.assert(
      fc.property(newsText(100), (text) => {
        expect(JSON.stringify(analyzeArticle(article(text)))).toBe(JSON.stringify(analyzeArticle(article(text))));
      }),
      { numRuns: 40, interruptAfterTimeLimit: 4000 },
    );
  });
});

describe('fuzz: huge lines', () => {
  it('a 300 kB article on one line keeps the contract', () => {
    const [soup] = fc.sample(newsText(400), { numRuns: 1, seed: 13 });
    const line = `${soup!.replace(/[\r\n\u2028]+/g, ' ')} `.repeat(Math.ceil(300_000 / Math.max(1, soup!.length)));
    const ex = analyzeArticle(article(line));
    expect(ex.entities.length).toBeGreaterThan(0);
    expect(contractViolations(line, ex)).toEqual([]);
  });

  it('a line of 200 kB without a space or a sentence end', () => {
    holdsContract('ISIS'.repeat(25_000) + 'Raqqa'.repeat(20_000));
  });

  it.each(['U.S.', 'al-', 'Raqqa and ', '“', '\u00a0', 'e\u0301', '𝐀'])('200 kB of %j repeated', (unit) => {
    holdsContract(`The SDF said ${unit.repeat(Math.ceil(200_000 / unit.length))} ISIS attacked Raqqa.`);
  });
});
