/**
 * `edgeJson` (src/export/edge-fold.ts), the JSON export workers' line per
 * edge, must be exactly `JSON.stringify({ key, source, target, attributes })`
 * of the record: a table of evidence rows as the store gives them
 * (`evidenceFromArray` of EVIDENCE_ARRAY_COLS), including text that must be
 * escaped, missing optional columns, flags (written by JSON.stringify
 * itself), several pieces of evidence and values of unusual types. And
 * `JsonEdgeRows`, which writes the same lines from the store's row arrays
 * (a relation with one plain row without any object), must give exactly the
 * lines `EdgeFolder` folds and `edgeJson` writes, under every kind of filter.
 */
import { describe, expect, it } from 'vitest';
import { EdgeFolder, edgeJson, edgeRecord, JsonEdgeRows } from '../../src/export/edge-fold.ts';
import type { NormalizedGraphFilter } from '../../src/graph/query-options.ts';
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

/** Relations as the store reads them for the JSON workers: [source, type, target, ...EVIDENCE_ARRAY_COLS], a relation's rows together. */
const RELATIONS: Array<[string, RelationType, string, Array<Partial<Row>>]> = [
  ...CASES.map(([, rows, type = 'attacks' as RelationType], i): [string, RelationType, string, Array<Partial<Row>>] => [`s${i}`, type, `t${i}`, rows]),
  ['zeta', 'allied_with', 'alpha', [{}]],
  ['loop', 'attacks', 'loop', [{}]],
  ['gone', 'attacks', 't1', [{}]],
  ['s1', 'attacks', 'gone', [{ 'ev.hedged': 1 }]],
  ['s2', 'reports', 't2', [{ 'ev.confidence': 0.4 }]],
  ['s3', 'attacks', 't3', [{}, {}]],
  ['s4', 'attacks', 't4', [{ 'ev.published': '2023-12-31' }]],
  ['s5', 'attacks', 't5', [{ 'ev.published': '' }]],
  ['s6', 'attacks', 't6', [{ 'ev.confidence': 0.3 }, { 'ev.confidence': 0.5, 'ev.article_id': 'a3' }]],
];
const rowsOf = (rels: typeof RELATIONS): unknown[][] => rels.flatMap(([s, type, t, rows]) => rows.map((r) => [s, type, t, ...row(r)]));
const ends = new Set(RELATIONS.flatMap(([s, , t]) => [s, t]).filter((id) => id !== 'gone'));
const FILTERS: Array<[string, NormalizedGraphFilter]> = [
  ['no filter', { minConfidence: 0 }],
  ['min confidence 0.5', { minConfidence: 0.5 }],
  ['types', { minConfidence: 0, types: new Set<RelationType>(['attacks', 'allied_with']) }],
  ['since', { minConfidence: 0, since: '2024-01-01' }],
  ['until', { minConfidence: 0, until: '2024-05-31' }],
];

describe('JsonEdgeRows writes the lines EdgeFolder and edgeJson write', () => {
  it.each(FILTERS)('%s', (_name, f) => {
    for (const endsWritten of [false, true]) {
      const written = endsWritten ? new Set([...ends, 'gone']) : ends;
      const rows = rowsOf(RELATIONS);
      const folder = new EdgeFolder(f, written, endsWritten);
      const expected: string[] = [];
      for (const r of rows) {
        const e = folder.add({ source: r[0] as string, type: r[1] as RelationType, target: r[2] as string, evidence: evidenceFromArray(r, 3) });
        if (e) expected.push(edgeJson(e));
      }
      const last = folder.end();
      if (last) expected.push(edgeJson(last));
      const got: string[] = [];
      // In two batches, split between relations (as the store splits them).
      const cut = rowsOf(RELATIONS.slice(0, 7)).length;
      const lines = new JsonEdgeRows(f, written, endsWritten);
      const n = lines.batch(rows.slice(0, cut), (l) => got.push(l)) + lines.batch(rows.slice(cut), (l) => got.push(l));
      expect(got).toEqual(expected);
      expect(n).toBe(expected.length);
      expect(expected.length).toBeGreaterThan(3);
    }
  });

  it('leaves out what the filter leaves out (false positives)', () => {
    const got: string[] = [];
    new JsonEdgeRows({ minConfidence: 0.5 }, ends).batch(rowsOf(RELATIONS), (l) => got.push(l));
    const keys = got.map((l) => (JSON.parse(l) as { key: string }).key);
    for (const key of ['loop|attacks|loop', 'gone|attacks|t1', 's1|attacks|gone', 's2|reports|t2']) expect(keys).not.toContain(key);
    expect(keys).toContain('alpha|allied_with|zeta');
    expect(keys).toContain('s6|attacks|t6');
  });
});
