/**
 * The evaluation's scorers on tiny hand-made cases: perfect predictions score
 * 1, empty ones 0, overlap versus exact spans, one-to-one matching, relations
 * in either direction, the named-mention rule, the seed's name matching, the
 * CoNLL reader and the contract checks.
 */
import { describe, expect, it } from 'vitest';
import { matchOneToOne, prf } from '../../scripts/eval/match.ts';
import { isNamedMention } from '../../scripts/eval/named.ts';
import { goldUnits, scoreRe3d, type Re3dDoc } from '../../scripts/eval/score-re3d.ts';
import { rulePrecision } from '../../scripts/eval/rules-publisher.ts';
import { namesMatch, quoteMatches, scoreSeed, type SeedGold } from '../../scripts/eval/score-seed.ts';
import { parseConll } from '../../scripts/eval/load-conll.ts';
import { scoreConll } from '../../scripts/eval/score-conll.ts';
import { parseJsonl, verifyContract } from '../../scripts/eval/contract.ts';
import { raiseFloors, roundDown, type Floors } from '../../scripts/eval/floors.ts';
import type { ArticleExtraction, Entity, Relation } from '../../src/types.ts';

// ---------- helpers: build outputs from (text, spans) ----------
const TEXT = 'The Kurdish YPG fought ISIL in Raqqa. He said Raqqa fell.';
const at = (s: string, from = 0) => {
  const start = TEXT.indexOf(s, from);
  if (start < 0) throw new Error(`no "${s}" in text`);
  return { start, end: start + s.length, text: s };
};

function entity(id: string, kind: Entity['kind'], type: Entity['type'], mentions: Array<{ start: number; end: number; text: string }>): Entity {
  return { id, label: mentions[0]?.text ?? id, kind, type, aliases: [], mentions };
}
function extraction(entities: Entity[], relations: Relation[] = []): ArticleExtraction {
  return { article: { id: 'd1', title: 't' }, entities, relations, quotes: [] };
}
function rel(type: Relation['type'], source: string, target: string, a: { start: number; end: number }, b: { start: number; end: number }): Relation {
  return {
    type,
    source,
    target,
    evidence: [{ sentence: TEXT, start: 0, end: TEXT.length, sourceMention: a, targetMention: b, rule: 'r', confidence: 1 }],
  };
}

const ypg = at('The Kurdish YPG');
const isil = at('ISIL');
const raqqa1 = at('Raqqa');
const raqqa2 = at('Raqqa', raqqa1.end);
const he = at('He');

const DOC: Re3dDoc = {
  id: 'd1',
  title: 't',
  text: TEXT,
  entities: [
    { type: 'Organisation', begin: ypg.start, end: ypg.end, value: ypg.text },
    { type: 'Organisation', begin: isil.start, end: isil.end, value: 'ISIL' },
    { type: 'Location', begin: raqqa1.start, end: raqqa1.end, value: 'Raqqa' },
    { type: 'Location', begin: raqqa2.start, end: raqqa2.end, value: 'Raqqa' },
    { type: 'Person', begin: he.start, end: he.end, value: 'He' },
  ],
  relations: [
    { type: 'FightingAgainst', sourceBegin: ypg.start, sourceEnd: ypg.end, targetBegin: isil.start, targetEnd: isil.end },
    // The same fact annotated in the other direction counts once.
    { type: 'FightingAgainst', sourceBegin: isil.start, sourceEnd: isil.end, targetBegin: ypg.start, targetEnd: ypg.end },
    { type: 'CoLocated', sourceBegin: isil.start, sourceEnd: isil.end, targetBegin: raqqa1.start, targetEnd: raqqa1.end },
    { type: 'Dislikes', sourceBegin: ypg.start, sourceEnd: ypg.end, targetBegin: isil.start, targetEnd: isil.end },
  ],
};

const PERFECT = extraction(
  [
    entity('ypg', 'force', 'force', [ypg]),
    entity('isis', 'actor', 'armed_group', [isil]),
    entity('raqqa', 'place', 'city', [raqqa1, raqqa2]),
    entity('he', 'actor', 'person', [he]),
  ],
  [rel('attacks', 'ypg', 'isis', ypg, isil), rel('located_in', 'isis', 'raqqa', isil, raqqa1)],
);

describe('prf and matching', () => {
  it.each([
    [[3, 0, 0], { precision: 1, recall: 1, f1: 1 }],
    [[0, 0, 3], { precision: 0, recall: 0, f1: 0 }],
    [[0, 0, 0], { precision: 0, recall: 0, f1: 0 }],
    [[1, 1, 1], { precision: 0.5, recall: 0.5, f1: 0.5 }],
  ] as const)('prf(%j)', ([tp, fp, fn], want) => {
    expect(prf(tp, fp, fn)).toMatchObject(want);
  });

  it('finds a maximal one-to-one matching (augmenting past a greedy choice)', () => {
    // gold 0 fits preds 0,1 (prefers 0); gold 1 fits only pred 0.
    const fits = [
      [true, true],
      [true, false],
    ];
    const pairs = matchOneToOne(2, 2, (g, p) => fits[g]![p]!, (g, p) => (p === 0 ? 1 : 0));
    expect(pairs.filter((p) => p >= 0)).toHaveLength(2);
    expect(new Set(pairs).size).toBe(2);
  });
});

describe('named-mention rule', () => {
  it.each([
    ['ISIL', true],
    ['the Kurdish YPG', true],
    ['The United States', true],
    ['al-Qaida', true],
    ['US', true],
    ['He', false],
    ['We', false],
    ['I', false],
    ['the group', false],
    ['an ISIL tactical unit', false],
    ['northern Iraq', false],
    ['coalition', false],
  ] as const)('%s -> %s', (value, want) => {
    expect(isNamedMention(value)).toBe(want);
  });
});

describe('re3d entity scoring', () => {
  it('scores a perfect prediction 1 in every scope and mode', () => {
    const s = scoreRe3d([DOC], [PERFECT]);
    for (const scope of ['named', 'all'] as const)
      for (const mode of ['overlap', 'exact'] as const) expect(s.entities[scope][mode].micro.f1).toBe(1);
  });

  it('scores an empty prediction 0, and a missing output like an empty one', () => {
    for (const out of [extraction([]), undefined]) {
      const s = scoreRe3d([DOC], [out]);
      expect(s.entities.all.overlap.micro).toMatchObject({ tp: 0, fp: 0, fn: 5, f1: 0 });
      expect(s.entities.named.overlap.micro).toMatchObject({ tp: 0, fp: 0, fn: 4 }); // "He" is not named
      expect(s.relations.micro).toMatchObject({ tp: 0, fn: 2, f1: 0 });
    }
  });

  it('counts a shorter span as right by overlap but wrong when exact', () => {
    const short = at('Kurdish YPG');
    const s = scoreRe3d([DOC], [extraction([entity('ypg', 'force', 'force', [short])])]);
    expect(s.entities.all.overlap.byClass.Organisation).toMatchObject({ tp: 1, fp: 0, fn: 1 });
    expect(s.entities.all.exact.byClass.Organisation).toMatchObject({ tp: 0, fp: 1, fn: 2 });
  });

  it('matches one-to-one: two predictions inside one gold mention are one hit and one false positive', () => {
    const s = scoreRe3d([DOC], [extraction([entity('k', 'force', 'force', [at('Kurdish'), at('YPG')])])]);
    expect(s.entities.all.overlap.byClass.Organisation).toMatchObject({ tp: 1, fp: 1 });
  });

  it('needs the class to match: a place predicted as an organisation is wrong', () => {
    const s = scoreRe3d([DOC], [extraction([entity('raqqa', 'actor', 'government', [raqqa1])])]);
    expect(s.entities.all.overlap.byClass.Organisation.fp).toBe(1);
    expect(s.entities.all.overlap.byClass.Location).toMatchObject({ tp: 0, fn: 2 });
  });

  it('ignores, in the named scope, predictions of unnamed gold and unnamed unmatched predictions', () => {
    const s = scoreRe3d([DOC], [extraction([entity('he', 'actor', 'person', [he]), entity('x', 'actor', 'person', [at('fought')])])]);
    expect(s.entities.named.overlap.byClass.Person).toMatchObject({ tp: 0, fp: 0, fn: 0 });
    expect(s.entities.all.overlap.byClass.Person).toMatchObject({ tp: 1, fp: 1, fn: 0 });
  });

  it('groups overlapping gold spans of one class into one unit', () => {
    const units = goldUnits(
      [
        { type: 'Person', begin: 0, end: 26, value: 'Iraqi President Fuad Masum' },
        { type: 'Person', begin: 6, end: 20, value: 'President Fuad' },
        { type: 'Person', begin: 30, end: 35, value: 'Obama' },
      ],
      'Person',
    );
    expect(units.map((u) => u.spans.length)).toEqual([2, 1]);
  });

  it('counts a span annotated with two classes once', () => {
    const doc: Re3dDoc = {
      ...DOC,
      entities: [
        { type: 'Location', begin: raqqa1.start, end: raqqa1.end, value: 'Raqqa' },
        { type: 'Organisation', begin: raqqa1.start, end: raqqa1.end, value: 'Raqqa' },
      ],
      relations: [],
    };
    const s = scoreRe3d([doc], [extraction([entity('raqqa', 'place', 'city', [raqqa1])])]);
    expect(s.entities.all.exact.micro).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  it('counts "the X" (one class) around "X" (another class) once, but not a different nested name', () => {
    const doc: Re3dDoc = {
      ...DOC,
      entities: [
        { type: 'Organisation', begin: ypg.start, end: ypg.end, value: 'The Kurdish YPG' },
        { type: 'Location', begin: ypg.start + 4, end: ypg.end, value: 'Kurdish YPG' },
        { type: 'Organisation', begin: raqqa1.start, end: raqqa1.end, value: 'Raqqa' },
        { type: 'Location', begin: raqqa1.start, end: raqqa1.end + 1, value: 'Raqqa.' },
      ],
      relations: [],
    };
    const out = extraction([entity('ypg', 'place', 'region', [at('Kurdish YPG')]), entity('r', 'place', 'city', [{ ...raqqa1, end: raqqa1.end + 1, text: 'Raqqa.' }])]);
    const s = scoreRe3d([doc], [out]);
    expect(s.entities.all.exact.byClass.Location).toMatchObject({ tp: 2, fn: 0 });
    expect(s.entities.all.exact.byClass.Organisation).toMatchObject({ tp: 0, fn: 1 });
  });
});

describe('re3d relation scoring', () => {
  it('scores the perfect relations 1 and ignores unmapped gold types', () => {
    const s = scoreRe3d([DOC], [PERFECT]);
    expect(s.relations.micro).toMatchObject({ tp: 2, fp: 0, fn: 0, f1: 1 });
  });

  it('is direction-insensitive', () => {
    const reversed = extraction(PERFECT.entities, [rel('attacks', 'isis', 'ypg', isil, ypg), rel('located_in', 'raqqa', 'isis', raqqa1, isil)]);
    expect(scoreRe3d([DOC], [reversed]).relations.micro.f1).toBe(1);
  });

  it('needs both ends to overlap the gold ends, and the type to map', () => {
    const wrong = extraction(PERFECT.entities, [
      rel('attacks', 'ypg', 'raqqa', ypg, raqqa2), // wrong target mention
      rel('allied_with', 'ypg', 'isis', ypg, isil), // wrong type
      rel('quotes', 'ypg', 'isis', ypg, isil), // unmapped type: not scored
    ]);
    const s = scoreRe3d([DOC], [wrong]);
    expect(s.relations.micro).toMatchObject({ tp: 0, fp: 2, fn: 2 });
  });
});

describe('per-rule precision by publisher', () => {
  it('counts each rule\'s evidence that fits a gold relation, per publisher, events also pooled', () => {
    const ruled = (r: Relation, rule: string): Relation => ({ ...r, evidence: r.evidence.map((e) => ({ ...e, rule })) });
    const out = extraction(PERFECT.entities, [
      ruled(rel('attacks', 'ypg', 'isis', ypg, isil), 'event-assault'), // right
      ruled(rel('located_in', 'isis', 'raqqa', isil, raqqa1), 'located-in'), // right
      ruled(rel('attacks', 'ypg', 'raqqa', ypg, raqqa2), 'event-assault'), // wrong
      ruled(rel('quotes', 'ypg', 'isis', ypg, isil), 'quotes-said'), // unmapped type: not counted
    ]);
    const r = rulePrecision([{ ...DOC, source: 'Pub A' }, { ...DOC, id: 'd2', source: 'Pub B' }], [out, undefined]);
    expect(r.publishers).toEqual(['Pub A', 'Pub B']);
    const by = Object.fromEntries(r.rules.map((f) => [f.rule, f]));
    expect(by['event-assault']).toMatchObject({ fired: 2, right: 1, precision: 0.5, byPublisher: { 'Pub A': { fired: 2, right: 1 } } });
    expect(by['event-*']).toMatchObject({ fired: 2, right: 1 });
    expect(by['located-in']).toMatchObject({ fired: 1, right: 1, precision: 1 });
    expect(by['quotes-said']).toBeUndefined();
  });
});

describe('seed scoring', () => {
  it.each([
    ['The Islamic State', 'Islamic State', true],
    ['U.S. forces', 'US forces', true],
    ['al-Hol camp', 'al Hol camp', true],
    ['northeast Syria’s internal security force', "northeast Syria's internal security force", true],
    ['ISIS', 'IS', false],
    ['Syria', 'Iraq', false],
  ] as const)('names %s ~ %s -> %s', (a, b, want) => {
    expect(namesMatch(a, b)).toBe(want);
  });

  it.each([
    ['“We’ll see chaos like we’ve never seen before. Any withdrawal…”', "We'll see chaos like we've never seen before", true],
    ['Attention has shifted elsewhere,', 'Attention has shifted elsewhere', true],
    ['Attention', 'Attention has shifted elsewhere', false],
  ] as const)('quote %s ~ %s -> %s', (a, b, want) => {
    expect(quoteMatches(a, b)).toBe(want);
  });

  const gold: SeedGold = {
    entities: [
      { key: 'isis', kinds: ['actor'], names: ['ISIS', 'Islamic State'], required: true },
      { key: 'sdf', kinds: ['force', 'actor'], names: ['SDF'], required: true },
      { key: 'syria', kinds: ['place'], names: ['Syria'], required: true },
      { key: 'iran', kinds: ['place'], names: ['Iran'], required: false },
    ],
    relations: [
      { types: ['allied_with'], symmetric: true, source: ['sdf'], target: ['syria'], required: true },
      { types: ['attacks'], source: ['isis'], target: ['sdf'], required: true },
      { types: ['located_in'], source: ['isis'], target: ['syria'], required: false },
    ],
    quotes: [{ speaker: ['sdf'], text: 'We won', required: true }],
  };
  const m = { start: 0, end: 1, text: 'x' };
  const ents: Entity[] = [
    { id: 'isis', label: 'ISIS', kind: 'actor', type: 'armed_group', aliases: ['the Islamic State'], mentions: [m] },
    { id: 'sdf', label: 'SDF', kind: 'force', type: 'force', aliases: [], mentions: [m] },
    { id: 'syria', label: 'Syria', kind: 'place', type: 'country', aliases: [], mentions: [m] },
  ];
  const r = (type: Relation['type'], source: string, target: string): Relation => ({
    type,
    source,
    target,
    evidence: [{ sentence: 's', start: 0, end: 1, sourceMention: m, targetMention: m, rule: 'rule-x', confidence: 1 }],
  });

  it('scores a perfect output fully; optional facts are not false positives; symmetric either way', () => {
    const out: ArticleExtraction = {
      article: { id: 'a', title: 't' },
      entities: ents,
      relations: [r('allied_with', 'syria', 'sdf'), r('attacks', 'isis', 'sdf'), r('located_in', 'isis', 'syria')],
      quotes: [{ speaker: 'sdf', text: '“We won.”', start: 0, end: 1 }],
    };
    const s = scoreSeed(gold, out);
    expect(s.entities).toMatchObject({ found: 3, required: 3, missing: [], split: [] });
    expect(s.relations).toMatchObject({ found: 2, required: 2 });
    expect(s.quotes).toMatchObject({ found: 1, required: 1 });
    expect(s.precision).toMatchObject({ right: 3, total: 3, value: 1 });
  });

  it('scores an empty output 0 and lists what is missing', () => {
    const s = scoreSeed(gold, undefined);
    expect(s.entities.found).toBe(0);
    expect(s.entities.missing).toEqual(['isis', 'sdf', 'syria']);
    expect(s.relations.found).toBe(0);
    expect(s.quotes.found).toBe(0);
    expect(s.precision.value).toBe(0);
  });

  it('keeps direction for directed types, needs the kind, and reports splits and false positives', () => {
    const out: ArticleExtraction = {
      article: { id: 'a', title: 't' },
      entities: [...ents, { id: 'is2', label: 'Islamic State', kind: 'actor', type: 'armed_group', aliases: [], mentions: [m] },
        { id: 'syria-actor', label: 'Syria', kind: 'actor', type: 'government', aliases: [], mentions: [m] }],
      relations: [r('attacks', 'sdf', 'isis')],
      quotes: [],
    };
    const s = scoreSeed(gold, out);
    expect(s.entities.split).toEqual([{ key: 'isis', nodes: ['isis', 'is2'] }]);
    expect(s.unmatchedEntities).toEqual(['Syria (actor/government)']);
    expect(s.relations.found).toBe(0);
    expect(s.precision.falsePositives).toEqual([{ type: 'attacks', source: 'sdf', target: 'isis', sentence: 's', rule: 'rule-x' }]);
  });
});

describe('CoNLL reader and scorer', () => {
  const CONLL = [
    '-DOCSTART- -X- O O',
    '',
    'EU NNP I-NP I-ORG',
    'rejects VBZ I-VP O',
    'German JJ I-NP I-MISC',
    'call NN I-NP O',
    '',
    'Peter NNP I-NP I-PER',
    'Blackburn NNP I-NP I-PER',
    'Paris NNP I-NP I-LOC',
    'London NNP I-NP B-LOC',
    '',
    '-DOCSTART- -X- O O',
    '',
    'Bonn NNP I-NP I-LOC',
    '',
  ].join('\n');

  it('rebuilds text with single spaces and newlines, and IOB1 spans', () => {
    const docs = parseConll(CONLL, 't');
    expect(docs.map((d) => d.text)).toEqual(['EU rejects German call\nPeter Blackburn Paris London', 'Bonn']);
    const d = docs[0]!;
    expect(d.entities.map((e) => [e.type, d.text.slice(e.start, e.end)])).toEqual([
      ['ORG', 'EU'],
      ['MISC', 'German'],
      ['PER', 'Peter Blackburn'],
      ['LOC', 'Paris'],
      ['LOC', 'London'],
    ]);
  });

  it('scores perfect 1, empty 0, exact spans only, MISC spans not counted', () => {
    const docs = parseConll(CONLL, 't');
    const d = docs[0]!;
    const span = (s: string) => ({ start: d.text.indexOf(s), end: d.text.indexOf(s) + s.length, text: s });
    const perfect = [
      extraction([
        entity('eu', 'actor', 'organization', [span('EU')]),
        entity('pb', 'actor', 'person', [span('Peter Blackburn')]),
        entity('paris', 'place', 'city', [span('Paris'), span('London')]),
        entity('german', 'actor', 'government', [span('German')]),
      ]),
      extraction([entity('bonn', 'place', 'city', [{ start: 0, end: 4, text: 'Bonn' }])]),
    ];
    const s = scoreConll(docs, perfect);
    expect(s.micro).toMatchObject({ tp: 5, fp: 0, fn: 0, f1: 1 });
    expect(s.absorbedByMisc).toBe(1);
    expect(scoreConll(docs, [undefined, undefined]).micro).toMatchObject({ tp: 0, fn: 5, f1: 0 });
    const partial = scoreConll(docs, [extraction([entity('pb', 'actor', 'person', [span('Blackburn')])]), undefined]);
    expect(partial.byType.PER).toMatchObject({ tp: 0, fp: 1, fn: 1 });
  });
});

describe('contract checks', () => {
  it('parses JSONL output and reports bad lines without throwing', () => {
    const problems: string[] = [];
    const rows = parseJsonl(`${JSON.stringify(PERFECT)}\n{oops\n\n{"article":{"id":"x"}}\n`, problems);
    expect(rows.map((r) => r.article.id)).toEqual(['d1']);
    expect(problems.map((p) => p.split(':')[0])).toEqual(['output line 2', 'output line 4']);
  });

  it('accepts a consistent extraction', () => {
    expect(verifyContract(TEXT, PERFECT, 'd1')).toEqual([]);
  });

  it('counts bad mention text, unknown relation ends and out-of-range evidence', () => {
    const bad = extraction(
      [entity('ypg', 'force', 'force', [{ ...ypg, text: 'YPG' }])],
      [rel('attacks', 'ypg', 'ghost', ypg, { start: 0, end: TEXT.length + 5 })],
    );
    expect(verifyContract(TEXT, bad, 'd1').map((v) => v.rule).sort()).toEqual(['evidence-range', 'mention-text', 'relation-end']);
  });
});

describe('floors', () => {
  it.each([
    [0.874, 0.86],
    [0.9, 0.89],
    [0.005, 0],
  ])('roundDown(%s) = %s', (x, want) => {
    expect(roundDown(x)).toBe(want);
  });

  it('raises floors, never lowers them', () => {
    const old: Floors = {
      seed: { entities: 10, relations: 5, quotes: 2, precision: 0.5, maxSplit: 2 },
      re3d: { namedOverlapF1: 0.7, namedExactF1: 0.6, allOverlapF1: 0.5, allExactF1: 0.4, relationF1: 0.3 },
      conll: { f1: 0.6 },
    };
    const next = raiseFloors(old, {
      seed: { entities: 12, relations: 4, quotes: 2, precision: 0.95, maxSplit: 0 },
      conll: { f1: 0.5 },
    });
    expect(next.seed).toEqual({ entities: 12, relations: 5, quotes: 2, precision: 0.9, maxSplit: 0 });
    expect(next.conll).toEqual({ f1: 0.6 });
    expect(next.re3d).toEqual(old.re3d);
  });
});
