/**
 * The PETRARCH2 dictionary readers, line by line: tables of [source text,
 * expected data] and of malformed lines that must be reported (file, line,
 * reason) and skipped. The dictionary lines here are written for the test in
 * the dictionaries' format; none needs ../shared.
 */
import { describe, expect, it } from 'vitest';
import { parseActorRecords, parseDate, parseRole, readPhrase, roleText, sortCountryAliases, splitCountries, titlesOf, toActorRow, toCountryRow } from '../../scripts/convert/petrarch/actors.ts';
import { parseAgents, parseDiscards } from '../../scripts/convert/petrarch/agents.ts';
import { Problems, readLines, writeJson } from '../../scripts/convert/petrarch/source.ts';
import { parseCode, parsePatternBody, parseVerbs } from '../../scripts/convert/petrarch/verbs.ts';

const verbs = (text: string, strict = true) => {
  const p = new Problems('test.verbs');
  const d = parseVerbs(text, 'test.verbs', { strictCodes: strict }, p);
  return { d, problems: p.list };
};

describe('readLines: comments and damaged lines', () => {
  it('drops # and <!-- --> comments (also over several lines) and keeps the note after #', () => {
    const p = new Problems('f');
    const lines = readLines(['# header', 'A  # note here', '<!-- one -->B', '<!-- open', 'still comment', 'end -->', '<! -- sloppy -->', 'C', ''].join('\n'), p);
    expect(lines).toEqual([
      { n: 2, text: 'A', comment: 'note here' },
      { n: 3, text: 'B', comment: '' },
      { n: 8, text: 'C', comment: '' },
    ]);
    expect(p.list).toEqual([]);
  });
  it('reports a line with a replacement character or Latin-1 mojibake, with its line number, and skips it', () => {
    const p = new Problems('f.txt');
    const lines = readLines('+GOOD_NAME\n+BAD\uFFFDNAME\n+CAF\u00C3\u00A9_NAME\n', p);
    expect(lines.map((l) => l.text)).toEqual(['+GOOD_NAME']);
    expect(p.list.map((x) => [x.file, x.line])).toEqual([
      ['f.txt', 2],
      ['f.txt', 3],
    ]);
  });
});

describe('verb patterns', () => {
  const cases: Array<[string, unknown]> = [
    ['* RAID', { before: [], after: [{ t: 'word', w: ['raid'] }] }],
    ['* {AIR RAID} (AGAINST)', { before: [], after: [{ t: 'np', w: ['air', 'raid'] }, { t: 'pp', prep: 'against', obj: [] }] }],
    ['* (FOR {FINANCIAL AID}) (IN &SECURITY)', { before: [], after: [{ t: 'pp', prep: 'for', obj: [{ t: 'np', w: ['financial', 'aid'] }] }, { t: 'pp', prep: 'in', obj: [{ t: 'word', w: ['&security'] }] }] }],
    ['&MILITARY * (TO +)', { before: [{ t: 'word', w: ['&military'] }], after: [{ t: 'pp', prep: 'to', obj: [{ t: 'target' }] }] }],
    ['$ TROOP * (TOWARD RETREAT)', { before: [{ t: 'source' }, { t: 'word', w: ['troop'] }], after: [{ t: 'pp', prep: 'toward', obj: [{ t: 'word', w: ['retreat'] }] }] }],
    ['* OFF (FROM ^)', { before: [], after: [{ t: 'word', w: ['off'] }, { t: 'pp', prep: 'from', obj: [{ t: 'skip' }] }] }],
    // '_' joins: consecutive words, and an element joined to the verb is `adjacent`
    ['IN_*', { before: [{ t: 'word', w: ['in'], adjacent: true }], after: [] }],
    ['IN_ *', { before: [{ t: 'word', w: ['in'] }], after: [] }],
    ['*_DOWN', { before: [], after: [{ t: 'word', w: ['down'], adjacent: true }] }],
    ['SO IN_AND_*_OUT_AGAIN NOW', { before: [{ t: 'word', w: ['so'] }, { t: 'word', w: ['in', 'and'], adjacent: true }], after: [{ t: 'word', w: ['out', 'again'], adjacent: true }, { t: 'word', w: ['now'] }] }],
    ['SAID_+ * NEW_&TIETYPES_LINKS', { before: [{ t: 'word', w: ['said'], adjacent: true }, { t: 'target' }], after: [{ t: 'word', w: ['new', '&tietypes', 'links'] }] }],
    ['% *', { before: [{ t: 'compound' }], after: [] }],
  ];
  it.each(cases)('%s', (body, expected) => {
    expect(parsePatternBody(body)).toEqual(expected);
  });
  const bad: Array<[string, string]> = [
    ['RAID', "no '*'"],
    ['* RAID * RAID', "more than one '*'"],
    ['* (WITH VISIT) VISIT)', "unbalanced ')'"],
    ['* {AIR RAID', "'{' without '}'"],
  ];
  it.each(bad)('malformed: %s', (body, reason) => {
    expect(() => parsePatternBody(body)).toThrow(reason);
  });
});

describe('codes', () => {
  const cases: Array<[string, boolean, unknown]> = [
    ['190', true, { code: '190' }],
    ['0874', true, { code: '0874' }],
    ['---', true, { code: null }],
    ['042:043', true, { code: '042', paired: '043' }],
    [':173', true, { code: null, paired: '173' }],
    ['080!', true, undefined],
    ['210', true, undefined], // root 21 is not CAMEO
    ['1', true, undefined],
    ['174L', true, undefined],
    ['174L', false, { code: '174L' }], // the validation suite's made-up codes
  ];
  it.each(cases)('[%s] strict=%s', (raw, strict, expected) => {
    expect(parseCode(raw, strict)).toEqual(expected);
  });
});

describe('verb dictionary: synsets, blocks, verbs, patterns, transformations', () => {
  const text = [
    '&WEAPONRY',
    '+RIFLE',
    '+MORTAR_SHELL',
    '+AMMO_',
    '&MOTION_',
    '+FORWARD',
    '---  STORM   [190]  ---',
    'STORM',
    'OVERRUN {OVERRUNS OVERRAN OVERRUNNING}  [193]',
    '+BREAK_INTO {+BROKE_INTO +BROKEN_INTO +BREAKS_INTO +BREAKING_INTO} # stormed',
    'RE_+TAKE {RE_+TOOK RE_+TAKEN RE_+TAKES RE_+TAKING}',
    '- * (WITH &WEAPONRY)   [194]  # storm',
    '- * (INTO +)   [190]',
    '- * (INTO +)   [1823]',
    '- * BARRACKS   [190]',
    '- * BARRACKS   [190]',
    '---  MEET   [040:040]  ---',
    'MEET {MEETS MET MEETING}',
    '~ a (a b STORM) SAY = a b 138',
  ].join('\n');
  const { d, problems } = verbs(text);
  it('reads synsets with their plural rules', () => {
    expect(d.synsets).toEqual({
      weaponry: { members: ['rifle', 'mortar shell', 'ammo'], plural: true, singular: ['ammo'], line: 1 },
      motion: { members: ['forward'], plural: false, line: 5 },
    });
  });
  it('reads verbs as base forms with the forms the file lists and their codes', () => {
    expect(d.blocks[0]!.verbs).toEqual([
      { phrase: 'storm', head: 0, line: 8 },
      { phrase: 'overrun', head: 0, code: '193', forms: ['overruns', 'overran', 'overrunning'], line: 9 },
      { phrase: 'break into', head: 0, forms: ['broke', 'broken', 'breaks', 'breaking'], line: 10 },
      { phrase: 're take', head: 1, forms: ['took', 'taken', 'takes', 'taking'], line: 11 },
    ]);
    expect(d.blocks[1]).toMatchObject({ name: 'MEET', code: '040', paired: '040', verbs: [{ phrase: 'meet', forms: ['meets', 'met', 'meeting'] }] });
  });
  it('keeps each pattern with its code and note; marks the one PETRARCH overrides; drops exact repeats', () => {
    expect(d.blocks[0]!.patterns).toEqual([
      { code: '194', before: [], after: [{ t: 'pp', prep: 'with', obj: [{ t: 'word', w: ['&weaponry'] }] }], note: 'storm', line: 12 },
      { code: '190', before: [], after: [{ t: 'pp', prep: 'into', obj: [{ t: 'target' }] }], shadowed: true, line: 13 },
      { code: '1823', before: [], after: [{ t: 'pp', prep: 'into', obj: [{ t: 'target' }] }], line: 14 },
      { code: '190', before: [], after: [{ t: 'word', w: ['barracks'] }], line: 15 },
    ]);
    expect(d.stats.duplicates).toBe(1);
  });
  it('reads transformations', () => {
    expect(d.transformations).toEqual([{ source: 'a', inner: { source: 'a', target: 'b', verb: 'STORM' }, verb: 'SAY', result: { source: 'a', target: 'b', code: '138' }, line: 19 }]);
  });
  it('reports nothing on a well-formed dictionary', () => {
    expect(problems).toEqual([]);
  });

  const malformed: Array<[string, number, RegExp]> = [
    ['---  STORM  [190]  ---\nSTORM\n- * RAID  [190!]', 3, /bad code/],
    ['---  STORM  [190]  ---\nSTORM\n- * RAID', 3, /without a \[code\]/],
    ['---  STORM  [190]  ---\nSTORM\n- * (WITH VISIT) VISIT) [042]', 3, /unbalanced/],
    ['---  STORM  [190]  ---\nSTORM\n- * &NOSUCH [190]', 3, /undefined synset &NOSUCH/],
    ['---  STORM  [190]  ---\nWIRE_TAP', 2, /without '\+'/],
    ['---  STORM  [190]  ---\n+WIRE_TAP {+WIRE_TAPS}', 2, /does not fit/],
    ['- * RAID [190]', 1, /outside a verb block/],
    ['---  STORM  [19]  ---\nSTORM', 1, /bad block code/],
  ];
  it.each(malformed)('malformed line is reported with its line number and skipped: %s', (src, line, reason) => {
    const r = verbs(src);
    expect(r.problems.length).toBeGreaterThan(0);
    expect(r.problems[0]).toMatchObject({ file: 'test.verbs', line });
    expect(r.problems[0]!.reason).toMatch(reason);
    expect(r.d.blocks.flatMap((b) => b.patterns)).toEqual([]);
  });
  it('a block header with a second code after its own keeps the block with the first code and reports the second', () => {
    const r = verbs('---  STALL  [120]  [031:031]  ---\nSTALL\n- % HAVE *  [191]');
    expect(r.problems.map((p) => [p.line, p.reason])).toEqual([[1, 'a second code [031:031] after the block\'s code: ignored']]);
    expect(r.d.blocks).toMatchObject([{ name: 'STALL', code: '120', patterns: [{ code: '191', line: 3 }] }]);
    expect(r.d.blocks[0]!.paired).toBeUndefined();
  });
});

describe('actor dictionaries', () => {
  it('dates: YYYYMMDD and YYMMDD (00-30 is 20YY), checked against the calendar', () => {
    expect(parseDate('20090120')).toBe('2009-01-20');
    expect(parseDate('090120')).toBe('2009-01-20');
    expect(parseDate('450703')).toBe('1945-07-03');
    expect(parseDate('20120229')).toBe('2012-02-29');
    for (const bad of ['20100229', '20100931', '9008223', '1920030320', '2004017', '201313']) expect(parseDate(bad), bad).toBeUndefined();
  });
  const roles: Array<[string, unknown]> = [
    ['USAGOV 20090120-20170120', { code: 'USAGOV', from: '2009-01-20', to: '2017-01-20' }],
    ['AFGGOV >011222', { code: 'AFGGOV', from: '2001-12-22' }],
    ['HOB < 950601', { code: 'HOB', to: '1995-06-01' }],
    ['HOBGOV 19950601 - 19990815', { code: 'HOBGOV', from: '1995-06-01', to: '1999-08-15' }],
    ['AFGELI', { code: 'AFGELI' }],
    ['IRQOCC 1920030320-20060520', 'bad date "1920030320"'],
    ['USAGOV 20120802-20121207', { code: 'USAGOV', from: '2012-08-02', to: '2012-12-07' }],
    ['USAGOV 20121207-20120802', 'date range ends before it starts (20121207-20120802)'],
    ['USAGOV 20090120', `date without '<', '>' or a range ("20090120")`],
    ['usagov', 'bad actor code "usagov"'],
  ];
  it.each(roles)('[%s]', (inside, expected) => {
    expect(parseRole(inside, true)).toEqual(expected);
  });
  it('roles are stored compactly', () => {
    expect(roleText({ code: 'AFGGOV', from: '2001-12-22' })).toBe('AFGGOV 2001-12-22..');
    expect(roleText({ code: 'HOB', to: '1995-06-01' })).toBe('HOB ..1995-06-01');
    expect(roleText({ code: 'AFGELI' })).toBe('AFGELI');
  });
  it('names: acronyms in parentheses kept apart, other parentheses dropped', () => {
    expect(readPhrase('NORTHERN_HILLS_LIBERATION_FRONT_(NHLF)_')).toEqual({ words: ['northern', 'hills', 'liberation', 'front'], acronyms: ['NHLF'] });
    expect(readPhrase('GEORGIA_(COUNTRY)_')).toEqual({ words: ['georgia'], acronyms: [] });
    expect(readPhrase('AMERICA_(UNITED_STATES)_')).toEqual({ words: ['america'], acronyms: [] });
    expect(readPhrase('AL-SHAM_BRIGADE+_RIVER_FRONT')).toBe('unexpected character in a name');
  });
  it('records: primary, synonyms, inline and tab-indented restrictions; malformed ones reported by line', () => {
    const p = new Problems('a.actors');
    const recs = parseActorRecords(
      [
        'NORTHLAND_  [NRL]',
        '+NORTHLANDER_',
        '+NORTH_CAPITAL_CITY',
        'JANE_DOE_  # CountryInfo.txt',
        '+PRESIDENT_DOE_',
        '+DOE_',
        '\t[NRLELI 19700101-20050301]',
        '\t[NRLGOV >20050301]',
        '\t[NRLGOV 9008223-911221]',
        'NAMELESS_GROUP_',
        'LIBERATION_ARMY_ [NRLREB 20010101-20091231] [NRLGOV >20100101]',
      ].join('\n'),
      { strictCodes: true },
      p,
    );
    expect(recs.map((r) => r.primary.join(' '))).toEqual(['northland', 'jane doe', 'liberation army']);
    expect(recs[1]!.roles).toEqual([
      { code: 'NRLELI', from: '1970-01-01', to: '2005-03-01' },
      { code: 'NRLGOV', from: '2005-03-01' },
    ]);
    expect(recs[2]!.roles.length).toBe(2);
    expect(p.list.map((x) => [x.line, x.reason])).toEqual([
      [9, 'bad date "9008223" (restriction skipped)'],
      [10, 'actor without any code (PETRARCH codes it as null): skipped'],
    ]);
    const row = toActorRow(recs[1]!, new Set(['president']));
    expect(row).toEqual({ names: ['jane doe', 'president doe', 'doe'], titles: ['president'], roles: ['NRLELI 1970-01-01..2005-03-01', 'NRLGOV 2005-03-01..'], person: true, line: 4 });
  });
  it('titles come from agent nouns only: a given name is not a title', () => {
    const nouns = new Set(['president', 'vice president', 'foreign minister', 'dean', 'christian']);
    expect(titlesOf([['amal', 'haddad'], ['foreign', 'minister', 'haddad'], ['haddad']], nouns)).toEqual(['foreign minister']);
    expect(titlesOf([['amal', 'haddad'], ['deputy', 'foreign', 'minister', 'haddad']], nouns)).toEqual(['deputy foreign minister']);
    expect(titlesOf([['dean', 'christian', 'morrow'], ['morrow']], nouns)).toEqual([]);
    expect(titlesOf([['vice', 'president', 'lu'], ['lu']], nouns)).toEqual(['vice president']);
  });
  it('countries: the header entry of each code; names, demonyms and related places sorted by rule', () => {
    const p = new Problems('c.actors');
    const recs = parseActorRecords(
      ['OLD_NORTHLAND_SSR', '\t[NRL <19910101]', 'NORTHLAND_  [NRL]', '+NORTHLANDER_', '+NORTHLANDISH_', '+NORTLAND_', '+THE_NORTHLAND_REPUBLIC', '+FROSTBURG_', '+NORTHLAND_DEFENCE_FORCE'].join('\n'),
      { strictCodes: true },
      p,
    );
    const { countries, rest } = splitCountries(recs);
    expect(countries.map((c) => [c.iso3, c.raw.primary.join(' ')])).toEqual([['NRL', 'northland']]);
    expect(rest.map((r) => r.primary.join(' '))).toEqual(['old northland ssr']);
    expect(toCountryRow(countries[0]!.raw, 'NRL')).toEqual({
      iso3: 'NRL',
      names: ['northland', 'nortland', 'northland republic', 'northland defence force'],
      demonyms: ['northlander', 'northlandish'],
      related: ['frostburg'],
      line: 3,
    });
  });
  it('demonym rule: endings of a name word, not misspellings or cities', () => {
    const s = sortCountryAliases(['kaltovia'], [['kaltovian'], ['kaltovians'], ['kaltavia'], ['kaltovian', 'republic'], ['south', 'kaltovian'], ['bremavan'], ['kalto'], ['kaltovistan']]);
    expect(s.demonyms).toEqual(['kaltovian', 'kaltovians', 'south kaltovian']);
    expect(s.names).toContain('kaltavia');
    expect(s.related).toEqual(['bremavan']);
    expect(s.demonyms).not.toContain('kaltovistan');
    expect(sortCountryAliases(['united', 'states', 'of', 'america'], [['u.s.'], ['usa'], ['us', 'of', 'a'], ['americans']])).toEqual({ names: ['united states of america', 'u.s.', 'usa'], demonyms: ['americans'], related: ['us of a'] });
  });
});

describe('agents and discards', () => {
  it('expands substitution markers, keeps {} / {plural}, folds plural entries, reports malformed lines', () => {
    const p = new Problems('a.agents');
    const { agents, stats } = parseAgents(
      [
        '!PERSON! = MAN, WOMAN',
        'POLICE {} [~COP]',
        'GUNMAN {} [~UAF]',
        'GUNMEN [~UAF]',
        'MARKSMAN [~MIL]',
        'MARKSMEN [~MIL]',
        'FIGHTER_BOMBER [~MIL]',
        'FIGHTER_BOMBERS [~MIL]',
        'ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]',
        'MILITIA!PERSON! [~UAF]',
        'CHIEF EXECUTIVE [~BUS]',
        'HUMAN_RIGHTS_BODY [NGO~]',
        'EXTREMIST',
        'DEPARTMENT_OF_RIVERS [~ENV}',
        '!NOPE!_OFFICER [~GOV]',
        'POLICE {} [~MIL]',
      ].join('\n'),
      p,
    );
    expect(agents).toEqual([
      { noun: 'gunman', code: '~UAF', line: 3, plural: ['gunmen'] },
      { noun: 'marksman', code: '~MIL', line: 5, plural: ['marksmen'] },
      { noun: 'fighter bomber', code: '~MIL', line: 7 },
      { noun: 'attorney general', code: '~JUD', line: 9, plural: ['attorneys general'] },
      { noun: 'militiaman', code: '~UAF', line: 10, plural: [] },
      { noun: 'militiawoman', code: '~UAF', line: 10, plural: [] },
      { noun: 'chief executive', code: '~BUS', line: 11, loose: true },
      { noun: 'human rights body', code: 'NGO~', line: 12 },
      { noun: 'police', code: '~MIL', line: 16, plural: [] },
    ]);
    expect(stats.folded).toBe(3);
    expect(p.list.map((x) => [x.line, x.reason])).toEqual([
      [13, 'no [code] (PETRARCH requires one)'],
      [14, 'malformed [code]'],
      [15, 'substitution marker !NOPE! is not defined'],
      [16, '"police" was given ~COP on line 2; PETRARCH keeps this later ~MIL'],
    ]);
  });
  it('discards: story (+) or sentence scope, whole word (_) or stem', () => {
    const p = new Problems('d');
    expect(parseDiscards('+CHESS OLYMPIAD\nROWING REGATTA_\nROWING REGATTA_\n', p)).toEqual([
      { phrase: 'chess olympiad', scope: 'story', line: 1 },
      { phrase: 'rowing regatta', scope: 'sentence', exact: true, line: 2 },
    ]);
  });
});

describe('writeJson', () => {
  it('is valid JSON with one entry per line, nested lists one item per line', () => {
    const text = writeJson({ about: 'x' }, { blocks: [{ name: 'A', verbs: [{ v: 1 }, { v: 2 }], patterns: [] }], map: { k: [1] } }, { blocks: ['verbs', 'patterns'] });
    expect(JSON.parse(text)).toEqual({ about: 'x', blocks: [{ name: 'A', verbs: [{ v: 1 }, { v: 2 }], patterns: [] }], map: { k: [1] } });
    expect(text).toBe('{\n "about": "x",\n "blocks": [\n  {"name":"A",\n   "verbs":[\n    {"v":1},\n    {"v":2}],\n   "patterns":[]}\n ],\n "map": {\n  "k": [1]\n }\n}\n');
  });
});
