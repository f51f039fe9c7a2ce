/**
 * The stored raw extraction round-trips exactly: on the real extractor's
 * output for the bundled corpus, and on hand-made extractions whose text
 * fields differ from their slices and whose evidence carries every flag.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decodeExtraction, encodeExtraction } from '../../src/store/extraction-codec.ts';
import type { ArticleExtraction } from '../../src/types.ts';
import { WITH_GROUPS, fixtureAnalyze } from './fixture-analyze.ts';

const corpus = fileURLToPath(new URL('../../corpus/', import.meta.url));

const roundTrip = (ex: ArticleExtraction, text: string) => decodeExtraction(encodeExtraction(ex, text), text, ex.article);

describe('the stored raw extraction', () => {
  it.each(WITH_GROUPS.map((a) => [a.id, a] as const))('round-trips the fixture extraction of %s (trimmed sentences kept whole)', (_, a) => {
    const ex = fixtureAnalyze(a);
    expect(roundTrip(ex, a.text)).toStrictEqual(JSON.parse(JSON.stringify(ex)));
  });

  it('keeps every optional field, and the texts that differ from their slices', () => {
    const text = 'ISIS may have attacked Syria. We struck three times, he said.';
    const ex: ArticleExtraction = {
      article: { id: 'x', title: 'X' },
      entities: [
        // a pronoun mention carries `via`, with its text as sliced and as not sliced
        { id: 'isis', label: 'ISIS', kind: 'actor', type: 'armed_group', aliases: ['IS'], mentions: [{ start: 0, end: 4, text: 'ISIS' }, { start: 30, end: 32, text: 'We', via: 'pronoun' }, { start: 53, end: 55, text: 'HE', via: 'pronoun' }], titles: ['t'], roles: ['r'], possiblySameAs: ['isil'] },
        { id: 'syria', label: 'Syria', kind: 'place', type: 'country', aliases: [], mentions: [{ start: 23, end: 28, text: 'SYRIA' }] },
      ],
      relations: [
        {
          type: 'attacks',
          source: 'isis',
          target: 'syria',
          evidence: [
            { sentence: 'ISIS may have attacked Syria.', start: 0, end: 29, sourceMention: { start: 0, end: 4 }, targetMention: { start: 23, end: 28 }, rule: 'r1', confidence: 0.5, hedged: true, negated: false, quantity: 3, quote: 'q', described: ['source'] },
            { sentence: 'not the slice', start: 30, end: 60, sourceMention: { start: 30, end: 32 }, targetMention: { start: 23, end: 28 }, rule: 'r2', confidence: 0.25 },
          ],
        },
      ],
      quotes: [{ speaker: 'isis', text: 'We struck three times', start: 30, end: 51, addressee: 'syria' }],
    };
    expect(roundTrip(ex, text)).toStrictEqual(ex);
    expect(encodeExtraction(ex, text)).not.toContain('ISIS may have attacked');
  });

  it.skipIf(!existsSync(corpus))('round-trips the real extractor on the corpus, at well under the size of the plain JSON', async () => {
    const { readAll } = await import('../../src/ingest/index.ts');
    const { analyzeArticle } = await import('../../src/resolve/index.ts');
    const { articles } = await readAll([corpus]);
    let stored = 0;
    let plain = 0;
    for (const a of articles) {
      const ex = analyzeArticle(a);
      expect(roundTrip(ex, a.text)).toEqual(ex);
      stored += encodeExtraction(ex, a.text).length;
      plain += JSON.stringify({ entities: ex.entities, relations: ex.relations, quotes: ex.quotes }).length;
    }
    expect(stored / plain).toBeLessThan(0.4);
  });

  it('refuses a format it does not know, naming the article', () => {
    expect(() => decodeExtraction('{"v":9}', '', { id: 'a1', title: 'T' })).toThrow(/a1: unknown format 9/);
  });
});
