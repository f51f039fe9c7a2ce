/**
 * `edgeJson` (src/export/edge-fold.ts), the JSON export workers' line per
 * edge, must be exactly `JSON.stringify({ key, source, target, attributes })`
 * of the record: a table of evidence rows as the store gives them
 * (`evidenceFromArray` of EVIDENCE_ARRAY_COLS), including text that must be
 * escaped, missing optional columns, flags (written by JSON.stringify
 * itself), several pieces of evidence and values of unusual types.
 */
import { describe, expect, it } from 'vitest';
import { edgeJson, edgeRecord } from '../../src/export/edge-fold.ts';
import { EVIDENCE_ARRAY_COLS, evidenceFromArray } from '../../src/store/sql-rows.ts';
import type { RelationType } from '../../src/types.ts';

type Row = Record<(typeof EVIDENCE_ARRAY_COLS)[number], unknown>;
const base: Row = {
  'ev.article_id': 'a17',
  'a.title': 'Ceasefire talks stall in the north',
  'a.source': 'Example Wire',
  'a.url': 'https://news.example/x?id=4&lang=en',
  'ev.published': '2024-05-02T08:00:00Z',
  'ev.sentence': 'The militia shelled the depot near the river.',
  'ev.start': 120,
  'ev.end': 165,
  'ev.source_start': 124,
  'ev.source_end': 131,
  'ev.target_start': 144,
  'ev.target_end': 149,
  'ev.rule': 'svo:attack',
  'ev.confidence': 0.8,
  'ev.hedged': 0,
  'ev.negated': 0,
  'ev.described': null,
  'ev.quantity': null,
  'ev.quote': null,
  'ev.event': null,
};
const row = (over: Partial<Row> = {}): unknown[] => EVIDENCE_ARRAY_COLS.map((c) => (c in over ? over[c] : base[c]));

const CASES: Array<[string, Array<Partial<Row>>, RelationType?]> = [
  ['plain', [{}]],
  ['no source, url or date', [{ 'a.source': null, 'a.url': '', 'ev.published': null }]],
  ['hedged and negated', [{ 'ev.hedged': 1, 'ev.negated': 1 }]],
  ['quotes and backslashes', [{ 'ev.sentence': 'He said "leave" \\ now', 'a.title': 'C:\\path' }]],
  ['control characters', [{ 'ev.sentence': 'tab\there\nline\r\u0000\u001f\u0008\u000c', 'a.title': '\u007fdel' }]],
  ['non-ASCII, paired and lone surrogates, line separators', [{ 'ev.sentence': 'café “x” 😀 \u2028\u2029', 'a.title': 'lone \ud800 high', 'a.source': 'lone \udc00 low' }]],
  ['described, quantity, quote, event (flags)', [{ 'ev.described': 'source,target', 'ev.quantity': 12.5, 'ev.quote': 'we will stay', 'ev.event': '{"code":"190","root":"19"}' }]],
  ['quantity zero only', [{ 'ev.quantity': 0 }]],
  ['numbers of unusual types', [{ 'ev.start': 3.25, 'ev.end': Number.NaN, 'ev.confidence': Number.POSITIVE_INFINITY, 'ev.source_start': -0, 'ev.target_end': '17' }]],
  ['a confidence like 0.1 + 0.2', [{ 'ev.confidence': 0.1 + 0.2 }]],
  ['text where a number is', [{ 'ev.rule': 42, 'ev.article_id': 7 }]],
  [
    'several pieces, some undated, out of order',
    [{ 'ev.published': '2024-06-01', 'ev.hedged': 1 }, { 'ev.published': null, 'ev.article_id': 'a2', 'ev.hedged': 1 }, { 'ev.published': '2024-01-09T10:00:00Z', 'ev.start': 3, 'ev.hedged': 1 }],
  ],
  ['symmetric type, ends swapped', [{}], 'allied_with'],
];

describe('edgeJson writes what JSON.stringify writes', () => {
  it.each(CASES)('%s', (_name, rows, type = 'attacks' as RelationType) => {
    const record = edgeRecord(type === 'allied_with' ? 'zeta' : 'alpha "A"', type, type === 'allied_with' ? 'alpha' : 'b\\eta', rows.map((r) => evidenceFromArray(row(r))));
    const expected = JSON.stringify({ key: record.key, source: record.source, target: record.target, attributes: record.attrs });
    expect(edgeJson(record)).toBe(expected);
  });

  it('covers every column the store reads (a new one must be added to the template)', () => {
    const all = evidenceFromArray(row({ 'ev.hedged': 1, 'ev.negated': 1 }));
    expect(Object.keys(all)).toEqual(['articleId', 'articleTitle', 'articleSource', 'articleUrl', 'published', 'sentence', 'start', 'end', 'sourceMention', 'targetMention', 'rule', 'confidence', 'hedged', 'negated']);
  });
});
