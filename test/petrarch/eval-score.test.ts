/**
 * The `--petrarch` evaluation on hand-made inputs: the unit-test file reader,
 * the actor codes the validation dictionaries give a phrase, the scorer on
 * hand-made extraction outputs (events on evidence, as the contract will carry
 * them), and the verb-coverage bound. Dictionaries and records here are
 * written for the test in PETRARCH's formats; none needs ../shared.
 */
import { describe, expect, it } from 'vitest';
import { verbCoverage } from '../../scripts/eval/petrarch-coverage.ts';
import { parseUnitTests, type PetrarchRecord } from '../../scripts/eval/petrarch-records.ts';
import { buildValidationLexicon, codesOfPhrase, scoreAll, scoreRecord, words, type ScoredOutput } from '../../scripts/eval/petrarch-score.ts';
import { parseVerbs } from '../../scripts/convert/petrarch/verbs.ts';
import { Problems } from '../../scripts/convert/petrarch/source.ts';

const ACTORS = [
  '<!-- test actors -->',
  'NORTHMARCH_  [NMH]',
  '+NORTHMARCHER',
  'SOUTHWOLD  [SWD]',
  'RIVERLANDS  [RVL]',
  'WARDEN_OF_THE_VALE [VLE]',
  'TOLLEY_BRACK',
  '\t[NMHCVL <20080120]',
  '\t[NMHGOV 20080120-20121109]',
  '\t[NMHREB >20121110]',
  'THE_TWO_FORDS [NMH/SWD]',
].join('\n');
const AGENTS = ['FOREIGN_MINISTER [~GOVFRM]', 'DIPLOMAT [~GOV]', 'POLICE {} [~COP]', 'AIDWORKS {} [NGO~]', 'SOLDIER [~MIL]'].join('\n');

const lex = buildValidationLexicon(ACTORS, AGENTS, []);

describe('codes the validation dictionaries give a phrase', () => {
  const table: Array<[string, string, string[]]> = [
    ['Northmarch', '2010-01-01', ['NMH']],
    ["Northmarch's", '2010-01-01', ['NMH']],
    ['the Northmarcher foreign minister', '2010-01-01', ['NMH', 'NMHGOVFRM']],
    ['Southwold police', '2010-01-01', ['SWD', 'SWDCOP']],
    ['soldiers of Riverlands', '2010-01-01', ['RVL', 'RVLMIL']],
    ['an Aidworks Northmarch diplomat', '2010-01-01', ['NMH', 'NGONMH', 'NMHGOV', 'NGONMHGOV']],
    ['police', '2010-01-01', ['---COP']],
    ['Tolley Brack', '2005-05-05', ['NMHCVL']],
    ['Tolley Brack', '2010-05-05', ['NMHGOV']],
    ['Tolley Brack', '2013-05-05', ['NMHREB']],
    ['The Two Fords', '2013-05-05', ['NMH', 'SWD']],
    ['Warden of the Vale', '2013-05-05', ['VLE']],
    ['the river', '2013-05-05', []],
  ];
  it.each(table)('%s on %s', (phrase, date, codes) => {
    expect([...codesOfPhrase(phrase, date, lex)].sort()).toEqual([...codes].sort());
  });
  it('normalises words: possessives, punctuation, initials, a leading "the"', () => {
    expect(words("The U.N.'s envoy, (acting).")).toEqual(['u.n.', 'envoy', 'acting']);
  });
});

describe('the unit-test file reader', () => {
  const xml = `<Validation>
<Environment>
    <Verbfile>TEST.verbs.txt</Verbfile>
    <Actorfile>TEST.actors.txt</Actorfile>
</Environment>
<Sentences>
<!-- <Sentence id="COMMENTED"> not a record </Sentence> -->
<Sentence date="20100101" id="T-01" category="DEMO" sentence="true">
<EventCoding sourcecode="NMH" targetcode="SWD" eventcode="190"></EventCoding>
<EventCoding sourcecode='"THE HIGH COUNCIL"' targetcode="SWD" eventcode="111"></EventCoding>
<Text>
Northmarch   shelled
Southwold.
</Text>
<Parse>(ROOT (S (NP (NNP Northmarch)) (VP (VBD shelled) (NP (NNP Southwold))) (. .)))</Parse>
</Sentence>
<Config option="require_dyad" value="FALSE"></Config>
<Sentence date = "20100102" id ="T-02"  sentence="true">
<EventCoding noevents = "True"> </EventCoding>
<Text>Rain &amp; hail fell &lt;here&gt; &#38; &#x26; &nbsp;.</Text>
</Sentence>
<Sentence date="20100103" id="T-03" category="ERROR" sentence="false">
<EventCoding error="sentencediscard"></EventCoding>
<Text>The cup final.</Text>
</Sentence>
<Sentence id="T-04"><Text>No date.</Text></Sentence>
</Sentences></Validation>`;
  const problems: string[] = [];
  const f = parseUnitTests(xml, problems);
  it('reads records, codings, text codes, options and parse verbs; skips comments', () => {
    expect(f.environment).toEqual({ Verbfile: 'TEST.verbs.txt', Actorfile: 'TEST.actors.txt' });
    expect(f.records.map((r) => r.id)).toEqual(['T-01', 'T-02', 'T-03']);
    expect(f.records[0]).toMatchObject({
      date: '2010-01-01',
      category: 'DEMO',
      text: 'Northmarch shelled Southwold.',
      codings: [
        { source: { code: 'NMH' }, target: { code: 'SWD' }, event: '190' },
        { source: { text: 'THE HIGH COUNCIL' }, target: { code: 'SWD' }, event: '111' },
      ],
      noEvents: false,
      parseVerbs: ['shelled'],
      options: {},
    });
    // XML's own entities are decoded; others stay as written
    expect(f.records[1]).toMatchObject({ date: '2010-01-02', text: 'Rain & hail fell <here> & & &nbsp;.', noEvents: true, codings: [], options: { require_dyad: 'false' } });
    expect(f.records[2]).toMatchObject({ error: 'sentencediscard', sentence: false });
  });
  it('reports a record it cannot read, by line', () => {
    expect(problems).toEqual([expect.stringMatching(/^PETR\.UnitTest\.records\.xml:\d+: sentence T-04 without a date: skipped$/)]);
  });
});

// ---------------------------------------------------------------------------
// hand-made outputs

const TEXT = 'Northmarch shelled Southwold on Tuesday, and the Riverlands police arrested two men.';
const at = (s: string) => {
  const start = TEXT.indexOf(s);
  return { start, end: start + s.length, text: s };
};
const ent = (id: string, label: string, ...mentions: string[]) => ({ id, label, aliases: [], mentions: mentions.map(at) });
const NMH = ent('northmarch', 'Northmarch', 'Northmarch');
const SWD = ent('southwold', 'Southwold', 'Southwold');
const POL = ent('riverlands-police', 'Riverlands police', 'Riverlands police');
const evidence = (src: string, tgt: string, cameo?: string) => ({ sourceMention: at(src), targetMention: at(tgt), ...(cameo ? { event: { cameo, plover: 'ASSAULT' } } : {}) });

const record = (codings: PetrarchRecord['codings'], extra: Partial<PetrarchRecord> = {}): PetrarchRecord => ({
  id: 'R',
  category: 'TEST',
  date: '2010-01-01',
  sentence: true,
  text: TEXT,
  codings,
  noEvents: false,
  parseVerbs: ['shelled', 'arrested'],
  options: {},
  line: 1,
  ...extra,
});
const shelling = { source: { code: 'NMH' }, target: { code: 'SWD' }, event: '194' };

describe('scoring hand-made outputs', () => {
  it('found: the event code root and both ends match', () => {
    const out: ScoredOutput = { entities: [NMH, SWD], relations: [{ type: 'attacks', source: 'northmarch', target: 'southwold', evidence: [evidence('Northmarch', 'Southwold', '190')] }] };
    const s = scoreRecord(record([shelling]), out, lex);
    expect(s).toMatchObject({ expected: 1, found: 1, foundRelaxed: 1, actorsFound: 1, misses: [], extra: [], predicted: 1 });
  });
  it('a symmetric edge stored in canonical order: the ends are read from the evidence spans', () => {
    const out: ScoredOutput = { entities: [NMH, SWD], relations: [{ type: 'allied_with', source: 'southwold', target: 'northmarch', evidence: [evidence('Northmarch', 'Southwold', '057')] }] };
    expect(scoreRecord(record([{ ...shelling, event: '057' }]), out, lex).found).toBe(1);
  });
  const misses: Array<[string, ScoredOutput, string]> = [
    ['no event on the evidence', { entities: [NMH, SWD], relations: [{ type: 'attacks', source: 'northmarch', target: 'southwold', evidence: [evidence('Northmarch', 'Southwold')] }] }, 'no-event-between-them'],
    ['another root', { entities: [NMH, SWD], relations: [{ type: 'attacks', source: 'northmarch', target: 'southwold', evidence: [evidence('Northmarch', 'Southwold', '042')] }] }, 'wrong-event-code'],
    ['reversed', { entities: [NMH, SWD], relations: [{ type: 'attacks', source: 'southwold', target: 'northmarch', evidence: [evidence('Southwold', 'Northmarch', '190')] }] }, 'wrong-direction'],
    ['target missing', { entities: [NMH], relations: [] }, 'target-not-found'],
    ['both missing', { entities: [], relations: [] }, 'source-and-target-not-found'],
  ];
  it.each(misses)('miss: %s', (_name, out, reason) => {
    const s = scoreRecord(record([shelling]), out, lex);
    expect(s.found).toBe(0);
    expect(s.misses.map((m) => m.reason)).toEqual([reason]);
  });
  it('strict needs the agents too; relaxed takes the actor alone', () => {
    const arrest = { source: { code: 'RVLCOP' }, target: { code: 'SWD' }, event: '173' };
    const riverlands = ent('riverlands', 'Riverlands', 'Riverlands');
    const out: ScoredOutput = { entities: [riverlands, SWD], relations: [{ type: 'captures', source: 'riverlands', target: 'southwold', evidence: [evidence('Riverlands', 'Southwold', '173')] }] };
    expect(scoreRecord(record([arrest]), out, lex)).toMatchObject({ found: 0, foundRelaxed: 1 });
    const withAgent: ScoredOutput = { entities: [POL, SWD], relations: [{ type: 'captures', source: 'riverlands-police', target: 'southwold', evidence: [evidence('Riverlands police', 'Southwold', '173')] }] };
    expect(scoreRecord(record([arrest]), withAgent, lex)).toMatchObject({ found: 1 });
  });
  it("a person's titles code with the name: 'Foreign Minister Northmarcher' is the government's", () => {
    const visit = { source: { code: 'NMHGOVFRM' }, target: { code: 'SWD' }, event: '190' };
    const person = { ...ent('northmarcher', 'Northmarcher'), mentions: [at('Northmarch')] };
    const out = (titles?: string[]): ScoredOutput => ({
      entities: [{ ...person, ...(titles ? { titles } : {}) }, SWD],
      relations: [{ type: 'attacks', source: 'northmarcher', target: 'southwold', evidence: [evidence('Northmarch', 'Southwold', '190')] }],
    });
    expect(scoreRecord(record([visit]), out(['Foreign Minister']), lex).found).toBe(1);
    expect(scoreRecord(record([visit]), out(), lex).misses.map((m) => m.reason)).toEqual(['source-not-found']);
  });
  it("a titled person who leads or serves a country codes with it: 'Northmarch Foreign Minister Tolwin' (a leads/member_of edge)", () => {
    const visit = { source: { code: 'NMHGOVFRM' }, target: { code: 'SWD' }, event: '190' };
    const person = { ...ent('tolwin', 'Tolwin'), mentions: [at('Northmarch')], titles: ['Foreign Minister'] };
    const country: ScoredOutput['entities'][number] = { ...NMH, type: 'country' };
    const out = (edge: string | undefined, target = country): ScoredOutput => ({
      entities: [person, target, SWD],
      relations: [
        ...(edge ? [{ type: edge, source: 'tolwin', target: target.id, evidence: [] }] : []),
        { type: 'attacks', source: 'tolwin', target: 'southwold', evidence: [evidence('Northmarch', 'Southwold', '190')] },
      ],
    });
    expect(scoreRecord(record([visit]), out('member_of'), lex).found).toBe(1);
    expect(scoreRecord(record([visit]), out('leads'), lex).found).toBe(1);
    // no edge, another edge type, or an edge to what is no country: the title alone
    expect(scoreRecord(record([visit]), out(undefined), lex).found).toBe(0);
    expect(scoreRecord(record([visit]), out('located_in'), lex).found).toBe(0);
    expect(scoreRecord(record([visit]), out('member_of', { ...NMH, type: 'organization' }), lex).found).toBe(0);
  });
  it("a generic actor's scope codes with its words: 'forces (Riverlands)' for 'police in Riverlands' is RVLCOP; an article's own scope is none", () => {
    const arrest = { source: { code: 'RVLCOP' }, target: { code: 'SWD' }, event: '173' };
    // the label's own noun ("forces") is no agent of these dictionaries; the mention's ("police") is
    const police = (label: string): ScoredOutput => ({
      entities: [{ id: 'p', label, aliases: [], mentions: [at('police')] }, SWD],
      relations: [{ type: 'captures', source: 'p', target: 'southwold', evidence: [evidence('police', 'Southwold', '173')] }],
    });
    expect(scoreRecord(record([arrest]), police('forces (Riverlands)'), lex).found).toBe(1);
    expect(scoreRecord(record([arrest]), police('forces (Riverlands, 2026-05)'), lex).found).toBe(1);
    expect(scoreRecord(record([arrest]), police('forces (in article-7)'), lex).found).toBe(0);
    expect(scoreRecord(record([arrest]), police('forces'), lex).found).toBe(0);
  });
  it('a quoted text code matches an entity by its words', () => {
    const council = { id: 'council', label: 'High Council', aliases: [], mentions: [] };
    const out: ScoredOutput = { entities: [council, SWD], relations: [{ type: 'quotes', source: 'council', target: 'southwold', evidence: [{ sourceMention: { start: 0, end: 0 }, targetMention: at('Southwold'), event: { cameo: '111' } }] }] };
    expect(scoreRecord(record([{ source: { text: 'THE HIGH COUNCIL' }, target: { code: 'SWD' }, event: '111' }]), out, lex).found).toBe(1);
  });
  it('one prediction satisfies one expected coding; events on records that expect none are false positives', () => {
    const out: ScoredOutput = { entities: [NMH, SWD], relations: [{ type: 'attacks', source: 'northmarch', target: 'southwold', evidence: [evidence('Northmarch', 'Southwold', '190')] }] };
    expect(scoreRecord(record([shelling, shelling]), out, lex)).toMatchObject({ expected: 2, found: 1 });
    const all = scoreAll([record([shelling]), record([], { id: 'N', noEvents: true })], [out, out], lex);
    expect(all).toMatchObject({ codings: 1, found: 1, share: 1, predicted: 2, falsePositives: 1, onNoEventRecords: 1, noEventRecords: 1 });
    expect(all.byCategory.TEST).toEqual({ codings: 1, found: 1, actorsFound: 1 });
  });
  it('one prediction between entities the dictionaries code as several actors satisfies one coding per actor, never two of the same actors', () => {
    // "THE_TWO_FORDS [NMH/SWD]": one phrase, two actors; PETRARCH writes a coding for each, newsgraph has one entity
    const fords = { id: 'fords', label: 'The Two Fords', aliases: [], mentions: [at('Northmarch')] };
    const RVL = ent('riverlands', 'Riverlands', 'Riverlands');
    const out: ScoredOutput = { entities: [fords, RVL], relations: [{ type: 'attacks', source: 'fords', target: 'riverlands', evidence: [evidence('Northmarch', 'Riverlands', '190')] }] };
    const nmh = { source: { code: 'NMH' }, target: { code: 'RVL' }, event: '190' };
    const swd = { source: { code: 'SWD' }, target: { code: 'RVL' }, event: '193' };
    expect(scoreRecord(record([nmh, swd]), out, lex)).toMatchObject({ expected: 2, found: 2, extra: [] });
    // the same two actors twice, or an actor with and without its agent, still need two events
    expect(scoreRecord(record([nmh, nmh]), out, lex)).toMatchObject({ expected: 2, found: 1 });
    const police = { ...RVL, label: 'Riverlands police', mentions: [at('Riverlands police')] };
    const out2: ScoredOutput = { entities: [fords, police], relations: [{ type: 'attacks', source: 'fords', target: 'riverlands', evidence: [evidence('Northmarch', 'Riverlands police', '190')] }] };
    expect(scoreRecord(record([nmh, { ...nmh, target: { code: 'RVLCOP' } }]), out2, lex)).toMatchObject({ expected: 2, found: 1 });
  });
  it('a code no dictionary entry gives is counted apart', () => {
    const s = scoreAll([record([{ source: { code: '###' }, target: { code: 'SWD' }, event: '023' }])], [{ entities: [SWD], relations: [] }], lex);
    expect(s).toMatchObject({ unproducible: 1, misses: expect.objectContaining({ 'code-not-in-dictionaries': 1 }) });
  });
  it('a coding with an absent actor ("---", require_dyad false) is counted apart: no edge can carry it', () => {
    const s = scoreAll([record([{ source: { code: 'NMH' }, target: { code: '---' }, event: '023' }])], [{ entities: [NMH], relations: [] }], lex);
    expect(s).toMatchObject({ absentActor: 1, unproducible: 0, misses: expect.objectContaining({ 'absent-actor': 1 }) });
  });
});

describe('verb coverage: what a verb dictionary could produce at all', () => {
  const p = new Problems('t');
  const dict = parseVerbs(
    ['&ARTY', '+HOWITZER', '---  SHELL  [---]  ---', 'SHELL', 'BOMBARD', '- * (WITH &ARTY) [194]', '- * TOWN [190]', '---  ARREST  [173]  ---', 'ARREST', 'DETAIN'].join('\n'),
    't',
    { strictCodes: true },
    p,
  );
  it('counts root, verb + root, verb + exact code and pattern words + root', () => {
    const recs = [
      record([shelling]), // "shelled": SHELL block gives 194 (pattern) and 190: root 19 yes, exact 194 yes; pattern words (with howitzer) absent, (town) absent
      record([{ source: { code: 'RVLCOP' }, target: { code: 'SWD' }, event: '1731' }]), // ARREST default code 173: root yes, exact no
      record([{ source: { code: 'NMH' }, target: { code: 'SWD' }, event: '042' }]), // no verb with root 04
      record([{ source: { code: 'NMH' }, target: { code: 'SWD' }, event: '903' }]), // not a CAMEO root
    ];
    expect(verbCoverage(recs, dict)).toEqual({ codings: 4, root: 2, verb: 2, exact: 1, pattern: 1, nonCameoRoot: 1 });
    expect(p.list).toEqual([]);
  });
  it('a verb only counts where the parse reads it as a verb', () => {
    const noun = record([shelling], { parseVerbs: ['arrested'] });
    expect(verbCoverage([noun], dict)).toMatchObject({ verb: 0 });
  });
});
