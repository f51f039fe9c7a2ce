/**
 * The event matcher on hand-tagged sentences with a small dictionary written
 * for this test in the shape of CAMEO verb blocks (not taken from CAMEO).
 */
import { describe, expect, it } from 'vitest';
import { readClauses } from '../../src/extract/clauses/index.ts';
import { describeCode, dictionaryOf, matchClause, matchEvents, type VerbEntry } from '../../src/extract/events/index.ts';
import { wordsOf } from '../../src/extract/events/match.ts';
import { parseTagged } from '../clauses/tagged.ts';

const WEAPONS = ['rocket', 'missile', 'mortar', 'shell', 'grenade'];
const ENTRIES: VerbEntry[] = [
  {
    block: 'KILL', lemma: 'kill', code: '190',
    patterns: [
      { code: null, preps: [{ prep: 'in', object: { heads: ['accident', 'crash'] } }], source: '- * (IN ACCIDENT) [---]' },
      { code: '195', actor: { heads: ['airstrike', 'jet', 'drone'] }, source: '- AIRSTRIKE * [195]' },
      { code: '1831', actor: { heads: ['bomber'], before: ['suicide'] }, source: '- {SUICIDE BOMBER} * [1831]' },
    ],
  },
  { block: 'ATTACK', lemma: 'attack', code: '190', patterns: [] },
  {
    block: 'FIRE', lemma: 'fire', code: null,
    patterns: [
      { code: '190', patient: { heads: WEAPONS }, preps: [{ prep: 'at' }], source: '- * &WEAPON (AT) [190]' },
      { code: '190', preps: [{ prep: 'on' }], source: '- * (ON) [190]' },
      { code: '1041', patient: { heads: ['minister', 'official'] }, source: '- * MINISTER [---] (dismissal)' },
    ],
  },
  { block: 'ARREST', lemma: 'arrest', code: '173', patterns: [] },
  { block: 'AMBUSH', lemma: 'ambush', code: '190', patterns: [{ code: '190', patient: { heads: ['convoy', 'patrol'] }, source: '- * CONVOY [190]' }] },
  { block: 'RETREAT', lemma: 'withdraw', code: '087', patterns: [{ code: '0874', preps: [{ prep: 'from' }], source: '- * (FROM) [0874]' }] },
  { block: 'RETREAT', lemma: 'pull', particle: 'out', code: '0874', patterns: [{ code: '0874', preps: [{ prep: 'of' }], source: '- +PULL_OUT (OF) [0874]' }] },
  { block: 'EXTEND', lemma: 'extend', code: null, patterns: [{ code: '072', patient: { heads: ['aid'], beforeRun: [['new'], ['military', 'armed forces']] }, source: '- * {NEW &ARMED AID} [072]' }] },
  { block: 'OFFER', lemma: 'offer', code: null, patterns: [{ code: '072', patient: { heads: ['aid'], beforeRun: [['new'], ['military', 'armed forces']], beforeOpen: true }, source: '- * NEW &ARMED AID [072]' }] },
  { block: 'CELEBRATE', lemma: 'celebrate', code: '181', patterns: [{ code: '043', patient: { heads: ['feast'] }, preps: [{ prep: 'at', skipped: true }, { prep: 'with' }], source: '- * FEAST AT ^ WITH + [043]' }] },
  { block: 'ALLOW', lemma: 'permit', code: '080', patterns: [{ code: '025', auxiliaries: [['lately']], auxiliariesAdjacent: true, source: '- LATELY_* [025]' }] },
  { block: 'RELEASE', lemma: 'free', code: '066', patterns: [{ code: '066', subjectIsTarget: true, preps: [{ prep: 'from', source: true }], source: '- + * FROM $ [066]' }] },
  { block: 'TAKE', lemma: 'take', code: null, patterns: [{ code: '192', patient: { heads: ['control'] }, source: '- * CONTROL [192]' }] },
  { block: 'DISPUTE', lemma: 'clash', code: null, patterns: [{ code: '121', preps: [{ prep: 'over', object: { heads: ['plan', 'effort'] } }], source: '- * OVER PLAN [121]' }] },
  { block: 'SIGN', lemma: 'sign', code: null, patterns: [{ code: '057', patient: { heads: ['agreement', 'accord', 'treaty'] }, source: '- * AGREEMENT [057]' }] },
];
const DICT = dictionaryOf(ENTRIES);

function events(tagged: string) {
  const t = parseTagged(tagged);
  return matchEvents(readClauses(t.tokens, { mentions: t.mentions }), DICT).map((m) => ({
    code: m.code,
    edge: m.edge,
    source: m.source.map((n) => n.text),
    target: m.target.map((n) => n.text),
    from: m.targetFrom,
    flags: [m.negated ? 'neg' : '', m.hedged ? 'hedged' : ''].filter(Boolean).join(' '),
  }));
}

describe('event matcher', () => {
  const CASES: Array<[string, string, Array<{ code: string; edge: string | null; source: string[]; target: string[]; from: string; flags?: string }>]> = [
    ['the verb alone', '[Hezbollah/NNP] attacked/VBD [the/DT Free/NNP Syrian/NNP Army/NNP] ./.', [{ code: '190', edge: 'attacks', source: ['Hezbollah'], target: ['the Free Syrian Army'], from: 'patient' }]],
    ['passive: the voice undone', '[The/DT Free/NNP Syrian/NNP Army/NNP] was/VBD attacked/VBN by/IN [Hezbollah/NNP] ./.', [{ code: '190', edge: 'attacks', source: ['Hezbollah'], target: ['The Free Syrian Army'], from: 'patient' }]],
    ['passive without agent', 'Two/CD policemen/NNS were/VBD killed/VBN ./.', [{ code: '190', edge: 'attacks', source: [], target: ['Two policemen'], from: 'patient' }]],
    ['open preposition gives the target', '[Hezbollah/NNP] fired/VBD rockets/NNS at/IN [the/DT army/NN] ./.', [{ code: '190', edge: 'attacks', source: ['Hezbollah'], target: ['the army'], from: 'preposition' }]],
    ['the same through "on"', 'Gunmen/NNS fired/VBD on/IN the/DT bus/NN ./.', [{ code: '190', edge: 'attacks', source: ['Gunmen'], target: ['the bus'], from: 'preposition' }]],
    ['a verb that is no event alone', 'The/DT president/NN fired/VBD his/PRP$ driver/NN ./.', []],
    ['an explicit no-event pattern', 'Two/CD soldiers/NNS were/VBD killed/VBN in/IN an/DT accident/NN ./.', []],
    ['a pattern on the actor', 'An/DT airstrike/NN killed/VBD nine/CD fighters/NNS ./.', [{ code: '195', edge: 'attacks', source: ['An airstrike'], target: ['nine fighters'], from: 'patient' }]],
    ['an actor pattern after the voice is undone', 'Nine/CD fighters/NNS were/VBD killed/VBN by/IN a/DT drone/NN ./.', [{ code: '195', edge: 'attacks', source: ['a drone'], target: ['Nine fighters'], from: 'patient' }]],
    ['words before the head', 'A/DT suicide/NN bomber/NN killed/VBD 12/CD people/NNS ./.', [{ code: '1831', edge: 'attacks', source: ['A suicide bomber'], target: ['12 people'], from: 'patient' }]],
    ['a named patient: its owner is the target', 'Militants/NNS ambushed/VBD [the/DT army/NN] ~\'s/POS convoy/NN ./.', [{ code: '190', edge: 'attacks', source: ['Militants'], target: ['the army'], from: 'modifier' }]],
    ['capture', 'Police/NNS arrested/VBD three/CD [al-Shabaab/NNP] members/NNS ./.', [{ code: '173', edge: 'captures', source: ['Police'], target: ['three al-Shabaab members'], from: 'patient' }]],
    ['withdraw from', 'The/DT rebels/NNS withdrew/VBD from/IN [Sirte/NNP] ./.', [{ code: '0874', edge: 'withdraws_from', source: ['The rebels'], target: ['Sirte'], from: 'preposition' }]],
    ['a phrasal verb', 'The/DT rebels/NNS pulled/VBD out/RP of/IN [Sirte/NNP] ./.', [{ code: '0874', edge: 'withdraws_from', source: ['The rebels'], target: ['Sirte'], from: 'preposition' }]],
    ['coordinated actors and a relative clause', '[ISIS/NNP] ,/, which/WDT attacked/VBD [Kobani/NNP] ,/, and/CC [Hezbollah/NNP] signed/VBD an/DT agreement/NN ./.', [
      { code: '190', edge: 'attacks', source: ['ISIS'], target: ['Kobani'], from: 'patient' },
      { code: '057', edge: 'allied_with', source: ['ISIS', 'Hezbollah'], target: [], from: 'none' },
    ]],
    ['what a named patient is of', 'The/DT rebels/NNS took/VBD control/NN of/IN [Goma/NNP] ./.', [{ code: '192', edge: 'captures', source: ['The rebels'], target: ['Goma'], from: 'of' }]],
    ['not when the named word only modifies the head', 'The/DT rebels/NNS took/VBD the/DT control/NN tower/NN of/IN [Goma/NNP] ./.', [{ code: '192', edge: 'captures', source: ['The rebels'], target: [], from: 'none' }]],
    ['what a named object of a preposition is of', '[Ruritania/NNP] clashed/VBD over/IN the/DT plans/NNS of/IN [Carpathia/NNP] ./.', [{ code: '121', edge: null, source: ['Ruritania'], target: ['Carpathia'], from: 'of' }]],
    ['not a preposition after a patient', '[Ruritania/NNP] clashed/VBD with/IN its/PRP$ neighbours/NNS over/IN a/DT plan/NN ./.', [{ code: '121', edge: null, source: ['Ruritania'], target: [], from: 'none' }]],
    ['not an object of the named word\'s other prepositions', '[Ruritania/NNP] clashed/VBD over/IN the/DT plans/NNS for/IN [Carpathia/NNP] ./.', [{ code: '121', edge: null, source: ['Ruritania'], target: [], from: 'none' }]],
    ['one member of a set right before the head', '[Russia/NNP] extended/VBD new/JJ armed/JJ forces/NNS aid/NN to/TO [Syria/NNP] ./.', [{ code: '072', edge: 'allied_with', source: ['Russia'], target: [], from: 'none' }]],
    ['no member of the set before the head', '[Russia/NNP] extended/VBD new/JJ food/NN aid/NN to/TO [Syria/NNP] ./.', []],
    ['a word between the run and the head', '[Russia/NNP] extended/VBD new/JJ military/JJ food/NN aid/NN to/TO [Syria/NNP] ./.', []],
    // words written apart in the pattern ("NEW &ARMED AID"): in order before the head, others may come between
    ['words written apart, a word between', '[Russia/NNP] offered/VBD new/JJ military/JJ food/NN aid/NN to/TO [Syria/NNP] ./.', [{ code: '072', edge: 'allied_with', source: ['Russia'], target: [], from: 'none' }]],
    ['words written apart, out of order', '[Russia/NNP] offered/VBD military/JJ new/JJ aid/NN to/TO [Syria/NNP] ./.', []],
    // a skipped object (CAMEO `^`): the preposition must be there, its object is no end
    ['a skipped object is not the target', '[Ruritania/NNP] celebrated/VBD the/DT feast/NN at/IN [Vandalia/NNP] with/IN [Carpathia/NNP] ./.', [{ code: '043', edge: null, source: ['Ruritania'], target: ['Carpathia'], from: 'preposition' }]],
    ['... and the preposition is needed', '[Ruritania/NNP] celebrated/VBD the/DT feast/NN with/IN [Carpathia/NNP] ./.', [{ code: '181', edge: 'captures', source: ['Ruritania'], target: ['the feast'], from: 'patient' }]],
    // words joined to the verb by `_` ("LATELY_*") come right before it
    ['a word joined to the verb right before it', '[Ruritania/NNP] lately/RB permitted/VBD visits/NNS ./.', [{ code: '025', edge: null, source: ['Ruritania'], target: ['visits'], from: 'patient' }]],
    ['... not with another word between', '[Ruritania/NNP] lately/RB did/VBD permit/VB visits/NNS ./.', [{ code: '080', edge: null, source: ['Ruritania'], target: ['visits'], from: 'patient' }]],
    // the target before the verb, the source after a preposition (CAMEO "+ * FROM $"): the subject as written is the target
    ['the source after the preposition', 'The/DT hostages/NNS were/VBD freed/VBN from/IN [Vandalia/NNP] ./.', [{ code: '066', edge: 'allied_with', source: ['Vandalia'], target: ['The hostages'], from: 'patient' }]],
    ['negated events are flagged', 'The/DT army/NN did/VBD not/RB attack/VB the/DT town/NN ./.', [{ code: '190', edge: 'attacks', source: ['The army'], target: ['the town'], from: 'patient', flags: 'neg' }]],
    ['hedged events are flagged', 'The/DT group/NN plans/VBZ to/TO attack/VB the/DT pipeline/NN ./.', [{ code: '190', edge: 'attacks', source: ['The group'], target: ['the pipeline'], from: 'patient', flags: 'hedged' }]],
    ['the understood subject acts', 'The/DT militants/NNS stormed/VBD the/DT town/NN ,/, killing/VBG 12/CD civilians/NNS ./.', [{ code: '190', edge: 'attacks', source: ['The militants'], target: ['12 civilians'], from: 'patient' }]],
  ];
  it.each(CASES)('%s', (_name, tagged, expected) => {
    expect(events(tagged)).toEqual(expected.map((e) => ({ flags: '', ...e })));
  });

  it('keeps the pattern and the evidence spans', () => {
    const t = parseTagged('[Hezbollah/NNP] fired/VBD rockets/NNS at/IN [the/DT army/NN] ./.');
    const [m] = matchEvents(readClauses(t.tokens, { mentions: t.mentions }), DICT);
    expect(m!.pattern?.source).toBe('- * &WEAPON (AT) [190]');
    expect(m!.entry.block).toBe('FIRE');
    expect(t.text.slice(m!.verb.start, m!.verb.end)).toBe('fired');
    expect(t.text.slice(m!.span.start, m!.span.end)).toBe('Hezbollah fired rockets at the army');
    expect(m!.plover).toBe('ASSAULT');
  });
});

describe("a verb listed in an inflected form, and CAMEO's paired codes", () => {
  // written for this test in the shape of the validation file's `--- LEAVE [012] ---` and `--- LEFT [032:033] ---`
  const dict = dictionaryOf([
    { block: 'LEAVE', lemma: 'leave', code: '012', patterns: [] },
    { block: 'LEFT', lemma: 'left', code: '032', paired: '033', patterns: [] },
    { block: 'MEET', lemma: 'meet', code: '031', paired: '031', patterns: [{ code: '012', patient: { heads: ['demand'] }, source: '- * DEMANDS [012]' }] },
  ]);
  const read = (tagged: string, writtenForms: boolean) => {
    const t = parseTagged(tagged);
    return matchEvents(readClauses(t.tokens, { mentions: t.mentions }), dict, undefined, { writtenForms }).map((m) => `${m.code}${m.paired ? `:${m.paired}` : ''}`);
  };
  it.each([
    // the written form codes when asked (the coder's output); the lemma otherwise (the graph)
    ['[Ruritania/NNP] ~\'s/POS envoy/NN left/VBD for/IN [Carpathia/NNP] ./.', true, ['032:033']],
    ['[Ruritania/NNP] ~\'s/POS envoy/NN left/VBD for/IN [Carpathia/NNP] ./.', false, ['012']],
    // other forms of the verb are the lemma's
    ['[Ruritania/NNP] ~\'s/POS envoy/NN will/MD leave/VB for/IN [Carpathia/NNP] ./.', true, ['012']],
    ['[Ruritania/NNP] ~\'s/POS envoy/NN is/VBZ leaving/VBG for/IN [Carpathia/NNP] ./.', true, ['012']],
    // a block's paired code, and a pattern that has none
    ['[Ruritania/NNP] met/VBD [Carpathia/NNP] ./.', true, ['031:031']],
    ['[Ruritania/NNP] met/VBD [Carpathia/NNP] ~\'s/POS demands/NNS ./.', true, ['012']],
  ])('%s (written forms: %s)', (tagged, written, codes) => {
    expect(read(tagged, written)).toEqual(codes);
  });
});

describe("the coder's reading of a pattern's words in a row, and of a clause's content", () => {
  // written for this test in the shape of CAMEO blocks: `- * REALLY_GOOD [024]`, `- * NOTES_ON_&TIETYPES FROM [911]`
  const dict = dictionaryOf([
    {
      block: 'PRAISE', lemma: 'praise', code: '051',
      patterns: [
        { code: '024', patient: { heads: ['good'], before: ['really'] }, source: '- * REALLY_GOOD [024]' },
        { code: '911', patient: { heads: ['economic', 'military'], before: ['notes', 'on'] }, preps: [{ prep: 'from' }], source: '- * NOTES_ON_&TIETYPES FROM [911]' },
        { code: '102', patient: { heads: ['plan'] }, source: '- * PLAN [102]' },
      ],
    },
  ]);
  const read = (tagged: string, coder: boolean) => {
    const t = parseTagged(tagged);
    const reading = readClauses(t.tokens, { mentions: t.mentions });
    const c = reading.clauses[0]!;
    const content = reading.clauses.filter((x) => x.parent === c.id && x.link === 'complement').flatMap((x) => [...x.objects, ...x.complement]);
    const options = coder ? { linear: true, verbPhrase: (x: typeof c) => wordsOf(t.text.slice(x.verb.end, x.end)), contentPatients: content } : {};
    return matchClause(c, dict, undefined, undefined, options)?.code;
  };
  it.each([
    // words in a row inside the object ("a really good idea"), or across its prepositional phrases
    ['[Ruritania/NNP] praised/VBD a/DT really/RB good/JJ idea/NN ./.', '024', '051'],
    ['[Ruritania/NNP] praised/VBD notes/NNS on/IN economic/JJ issues/NNS from/IN [Carpathia/NNP] ./.', '911', '051'],
    // the words apart are no such phrase; a single word is a head, not a word anywhere in the phrase
    ['[Ruritania/NNP] praised/VBD a/DT good/JJ and/CC really/RB new/JJ idea/NN ./.', '051', '051'],
    ['[Ruritania/NNP] praised/VBD a/DT copy/NN of/IN the/DT plan/NN ./.', '051', '051'],
    // a clause with no object: its content's phrases
    ['[Ruritania/NNP] praised/VBD that/IN [Carpathia/NNP] is/VBZ a/DT really/RB good/JJ neighbour/NN ./.', '024', '051'],
  ])('%s', (tagged, coder, graph) => {
    expect(read(tagged, true)).toBe(coder);
    expect(read(tagged, false)).toBe(graph);
  });
});

describe('CAMEO codes (lexicon/petrarch cameo-map.json through describeCode)', () => {
  it.each([
    ['190', 'attacks', 'ASSAULT'],
    ['1831', 'attacks', 'ASSAULT'],
    ['202', 'attacks', 'ASSAULT'],
    ['154', 'attacks', 'MOBILIZE'],
    ['173', 'captures', 'COERCE'],
    ['181', 'captures', 'ASSAULT'],
    ['0874', 'withdraws_from', 'RETREAT'],
    ['087', 'withdraws_from', 'RETREAT'],
    ['084', null, 'RETREAT'],
    ['057', 'allied_with', 'SUPPORT'],
    ['064', 'allied_with', 'COOPERATE'],
    ['073', 'allied_with', 'AID'],
    ['111', null, 'ACCUSE'],
    // a statement is a `quotes` edge only where a quotation carries it: no edge from a clause alone
    ['010', null, null],
    ['020', null, 'REQUEST'],
  ])('%s -> %s, %s', (code, edge, plover) => {
    expect(describeCode(code)).toEqual({ edge, plover });
  });
});

describe("the coder's reading of words before the verb: anywhere before it in the clause (PETRARCH's pre-verb words)", () => {
  // written for this test in the shape of the validation file's `- NEITHER * [081]` under BOYCOTT
  const dict = dictionaryOf([{ block: 'BOYCOTT', lemma: 'boycott', code: '191', patterns: [{ code: '081', auxiliaries: [['neither']], source: '- NEITHER * [081]' }] }]);
  const read = (tagged: string, coder: boolean) => {
    const t = parseTagged(tagged);
    const options = coder ? { linear: true, preVerb: (c: { start: number; verb: { head: { start: number } } }) => wordsOf(t.text.slice(c.start, c.verb.head.start)) } : {};
    return matchEvents(readClauses(t.tokens, { mentions: t.mentions }), dict, undefined, options).map((m) => m.code);
  };
  it.each([
    // in the subject, not in the verb group: the coder's output only
    ['Neither/DT [Ruritania/NNP] nor/CC [Carpathia/NNP] boycotted/VBD the/DT games/NNS ./.', true, ['081']],
    ['Neither/DT [Ruritania/NNP] nor/CC [Carpathia/NNP] boycotted/VBD the/DT games/NNS ./.', false, ['191']],
    // after the verb it is no word before it
    ['[Ruritania/NNP] boycotted/VBD neither/DT the/DT games/NNS nor/CC the/DT talks/NNS ./.', true, ['191']],
    ['[Ruritania/NNP] boycotted/VBD the/DT games/NNS ./.', true, ['191']],
  ])('%s (coder: %s)', (tagged, coder, codes) => {
    expect(read(tagged, coder)).toEqual(codes);
  });
});

describe("the coder's reading of a lone preposition for the noun after the verb (`* FOR`): a prepositional phrase of the clause", () => {
  // written for this test in the shape of the validation file's `--- CALLED [010] ---` with `- * FOR [096]`
  const dict = dictionaryOf([{ block: 'CALL', lemma: 'call', code: '010', patterns: [{ code: '096', patient: { heads: ['for'] }, lonePrep: 'for', source: '- * FOR [096]' }] }]);
  const read = (tagged: string, coder: boolean) => {
    const t = parseTagged(tagged);
    return matchEvents(readClauses(t.tokens, { mentions: t.mentions }), dict, undefined, coder ? { linear: true } : {}).map((m) => `${m.code} ${m.target.map((x) => x.text).join('+')}`);
  };
  it.each([
    ['[Ruritania/NNP] called/VBD for/IN [Carpathia/NNP] ./.', true, ['096 Carpathia']],
    // the graph keeps the noun that never matches
    ['[Ruritania/NNP] called/VBD for/IN [Carpathia/NNP] ./.', false, ['010 ']],
    // another preposition: the verb's own code
    ['[Ruritania/NNP] called/VBD on/IN [Carpathia/NNP] ./.', true, ['010 ']],
  ])('%s (coder: %s)', (tagged, coder, codes) => {
    expect(read(tagged, coder)).toEqual(codes);
  });
});

describe("a pre-compound verb (`WIRE_+TAP`): the entry only when its words come right before the verb", () => {
  // written for this test in the shape of a CAMEO block with `WIRE_+TAP` beside a plain `TAP`
  const dict = dictionaryOf([
    { block: 'CONFISCATE', lemma: 'tap', before: 'wire', code: '1711', patterns: [] },
    { block: 'USE', lemma: 'tap', code: '061', patterns: [] },
  ]);
  const read = (tagged: string) => {
    const t = parseTagged(tagged);
    const preVerb = (c: { start: number; verb: { head: { start: number } } }) => wordsOf(t.text.slice(c.start, c.verb.head.start));
    return matchEvents(readClauses(t.tokens, { mentions: t.mentions }), dict, undefined, { linear: true, preVerb }).map((m) => m.code);
  };
  it.each([
    ['[Ruritania/NNP] wire/RB tapped/VBD the/DT phones/NNS ./.', ['1711']],
    // the plain verb: the other entry
    ['[Ruritania/NNP] tapped/VBD the/DT phones/NNS ./.', ['061']],
    ['[Ruritania/NNP] quietly/RB tapped/VBD the/DT wire/NN ./.', ['061']],
  ])('%s', (tagged, codes) => {
    expect(read(tagged)).toEqual(codes);
  });
});

describe("the coder's reading of pattern words along the text after the verb (`* PLEDGES_ON &X FROM`): words the clause cannot hold as one noun", () => {
  // written for this test: a block shaped like the validation file's WELCOME with `- * ASSURANCES_ON &TIETYPES FROM [913]`
  const dict = dictionaryOf([
    { block: 'PRAISE', lemma: 'praise', code: '051', patterns: [{ code: '057', afterWords: [['pledges'], ['on'], ['naval', 'trade']], source: '- * PLEDGES_ON &SECTOR [057]' }] },
  ]);
  const read = (tagged: string, coder: boolean) => {
    const t = parseTagged(tagged);
    const options = coder ? { linear: true, verbPhrase: (x: { verb: { end: number }; end: number }) => wordsOf(t.text.slice(x.verb.end, x.end)) } : {};
    return matchEvents(readClauses(t.tokens, { mentions: t.mentions }), dict, undefined, options).map((m) => m.code);
  };
  it.each([
    // the words in order, others between them
    ['[Ruritania/NNP] praised/VBD pledges/NNS on/IN naval/JJ patrols/NNS from/IN [Carpathia/NNP] ./.', true, ['057']],
    // the graph never passes such a pattern: the verb's own code
    ['[Ruritania/NNP] praised/VBD pledges/NNS on/IN naval/JJ patrols/NNS from/IN [Carpathia/NNP] ./.', false, ['051']],
    // false positives: a word missing, or the words out of order
    ['[Ruritania/NNP] praised/VBD pledges/NNS on/IN river/NN patrols/NNS from/IN [Carpathia/NNP] ./.', true, ['051']],
    ['[Ruritania/NNP] praised/VBD naval/JJ pledges/NNS on/IN patrols/NNS from/IN [Carpathia/NNP] ./.', true, ['051']],
  ])('%s (coder: %s)', (tagged, coder, codes) => {
    expect(read(tagged, coder)).toEqual(codes);
  });
});
