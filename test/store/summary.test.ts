/**
 * Relation summaries (src/store/summary.ts): the fold of a relation's
 * evidence that GEXF, GraphML and CSV write per edge. The one-row fast path
 * must equal the general fold; ties, dates and orientation as the graph has
 * them. (The backends' summaries against their evidence rows: store.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { RS, summarize, summarizeOne, type SummaryEvidence } from '../../src/store/summary.ts';
import { combineConfidence } from '../../src/util/combine.ts';

const ev = (published: string | undefined, confidence: number, sentence: string, hedged = false): SummaryEvidence => ({
  ...(published ? { published } : {}),
  confidence,
  sentence,
  ...(hedged ? { hedged } : {}),
});

describe('summarize', () => {
  it('counts, combines in order, keeps first/last as stored, days cut to 10 characters, the first of the most confident', () => {
    const s = summarize('b', 'attacks', 'a', [
      ev(undefined, 0.5, 'undated'),
      ev('2024-03-05T10:00:00Z', 0.9, 'first of the best'),
      ev('2024-03-05T11:00:00Z', 0.9, 'second of the best', true),
      ev('2024-04-01', 0.3, 'last'),
    ], { sentence: true })!;
    expect(s).toEqual(['b', 'attacks', 'a', 4, combineConfidence([0.5, 0.9, 0.9, 0.3]), '2024-03-05T10:00:00Z', '2024-04-01', false, ['2024-03-05', '2024-04-01'], 'first of the best', 4]);
  });

  it('hedged only when every piece is; no sentence unless asked; a symmetric type ordered by its ends', () => {
    const s = summarize('z', 'allied_with', 'a', [ev('2024-01-01', 0.4, 'x', true), ev('2024-01-02', 0.6, 'y', true)])!;
    expect([s[RS.source], s[RS.target], s[RS.hedged], s[RS.sentence]]).toEqual(['a', 'z', true, '']);
  });

  it('drops evidence outside the dates, and the relation when none is left', () => {
    const keepDate = (p: string | undefined) => Boolean(p && p >= '2024-02');
    const s = summarize('a', 'attacks', 'b', [ev('2024-01-10', 0.9, 'old'), ev('2024-02-10', 0.2, 'new'), ev(undefined, 0.8, 'undated')], { sentence: true, keepDate })!;
    expect([s[RS.weight], s[RS.confidence], s[RS.sentence], s[RS.dates]]).toEqual([1, 0.2, 'new', ['2024-02-10']]);
    expect(summarize('a', 'attacks', 'b', [ev('2024-01-10', 0.9, 'old')], { keepDate })).toBeUndefined();
  });
});

describe('summarizeOne (the one-row path)', () => {
  it.each<[string | undefined, number, boolean]>([
    ['2024-03-05T10:00:00Z', 0.3, false],
    ['2024-03-05', 0.1 + 0.2, true],
    [undefined, 1.2, false],
    ['', -0.1, false],
    ['2024', 0.999, true],
  ])('equals summarize of one piece: published %s, confidence %s, hedged %s', (published, confidence, hedged) => {
    for (const opts of [{}, { sentence: true }, { keepDate: (p: string | undefined) => p !== undefined }]) {
      const one = summarizeOne('y', 'allied_with', 'x', published, confidence, hedged, 'The sentence.', opts);
      const e: SummaryEvidence = { confidence, sentence: 'The sentence.', ...(published !== undefined ? { published } : {}), ...(hedged ? { hedged } : {}) };
      expect(one).toEqual(summarize('y', 'allied_with', 'x', [e], opts));
    }
  });
});
