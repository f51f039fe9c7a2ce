/**
 * The clause reader's structures in detail: verb groups, noun-phrase
 * modifiers, appositions, relatives, roles with the voice undone, and what
 * must NOT be read. Sentences are written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { ClauseInputError, actorsOf, patientsOf, readClauses, type Clause, type VerbGroup } from '../../src/extract/clauses/index.ts';
import { parseTagged } from './tagged.ts';

function read(tagged: string) {
  const t = parseTagged(tagged);
  return { ...readClauses(t.tokens, { mentions: t.mentions }), text: t.text, mentions: t.mentions };
}
const clauseOf = (tagged: string, lemma: string): Clause => {
  const c = read(tagged).clauses.find((x) => x.verb.lemma === lemma);
  if (!c) throw new Error(`no clause with lemma ${lemma} in ${tagged}`);
  return c;
};
const texts = (nps: { text: string }[]) => nps.map((n) => n.text);

type VgFacts = Partial<Pick<VerbGroup, 'lemma' | 'tense' | 'aspect' | 'voice' | 'form' | 'negated' | 'hedged' | 'modal' | 'copula' | 'particle'>>;

describe('verb groups', () => {
  const CASES: Array<[string, string, VgFacts]> = [
    ['Rebels/NNS attacked/VBD ./.', 'attack', { tense: 'past', aspect: 'simple', voice: 'active', form: 'finite', negated: false, hedged: false }],
    ['Rebels/NNS attack/VBP ./.', 'attack', { tense: 'present', aspect: 'simple', voice: 'active', form: 'finite' }],
    ['Rebels/NNS have/VBP attacked/VBN ./.', 'attack', { tense: 'present', aspect: 'perfect', voice: 'active' }],
    ['Rebels/NNS were/VBD attacking/VBG ./.', 'attack', { tense: 'past', aspect: 'progressive', voice: 'active' }],
    ['Rebels/NNS had/VBD been/VBN attacking/VBG ./.', 'attack', { tense: 'past', aspect: 'perfect-progressive', voice: 'active' }],
    ['Rebels/NNS were/VBD attacked/VBN ./.', 'attack', { tense: 'past', voice: 'passive' }],
    ['Rebels/NNS have/VBP been/VBN attacked/VBN ./.', 'attack', { aspect: 'perfect', voice: 'passive' }],
    ['Rebels/NNS are/VBP being/VBG attacked/VBN ./.', 'attack', { aspect: 'progressive', voice: 'passive' }],
    ['Rebels/NNS got/VBD killed/VBN ./.', 'kill', { voice: 'passive' }],
    ['Rebels/NNS will/MD attack/VB ./.', 'attack', { tense: 'future', modal: 'will', hedged: false }],
    ['Rebels/NNS are/VBP going/VBG to/TO attack/VB ./.', 'attack', { tense: 'future', aspect: 'simple', hedged: false }],
    ['Rebels/NNS could/MD attack/VB ./.', 'attack', { modal: 'could', hedged: true }],
    ['Rebels/NNS might/MD have/VB attacked/VBN ./.', 'attack', { modal: 'might', hedged: true, aspect: 'perfect' }],
    ['Rebels/NNS have/VBP to/TO withdraw/VB ./.', 'withdraw', { modal: 'have to' }],
    ['Rebels/NNS did/VBD not/RB attack/VB ./.', 'attack', { negated: true, tense: 'past' }],
    ['Rebels/NNS have/VBP never/RB attacked/VBN ./.', 'attack', { negated: true, aspect: 'perfect' }],
    ['Rebels/NNS allegedly/RB attacked/VBD ./.', 'attack', { hedged: true, negated: false }],
    ['Rebels/NNS struck/VBD ./.', 'strike', {}],
    ['Rebels/NNS overran/VBD the/DT base/NN ./.', 'overrun', {}],
    ['The/DT base/NN was/VBD overrun/VBN ./.', 'overrun', { voice: 'passive' }],
    // a regular past whose stem the lexicon knows as a verb, where the model guesses another stem ("martyre")
    ['Two/CD guards/NNS were/VBD martyred/VBN ./.', 'martyr', { voice: 'passive' }],
    ['Troops/NNS withdrew/VBD ./.', 'withdraw', {}],
    ['Troops/NNS have/VBP withdrawn/VBN ./.', 'withdraw', { aspect: 'perfect' }],
    ['Troops/NNS pulled/VBD back/RP ./.', 'pull', { particle: 'back' }],
    ['The/DT town/NN is/VBZ quiet/JJ ./.', 'be', { copula: true, tense: 'present' }],
    ['The/DT militia/NN has/VBZ 300/CD fighters/NNS ./.', 'have', { copula: false }],
  ];
  it.each(CASES)('%s', (tagged, lemma, facts) => {
    const c = clauseOf(tagged, lemma);
    expect(c.verb).toMatchObject({ lemma, ...facts });
  });

  it('keeps the auxiliaries with their lemmas', () => {
    const c = clauseOf('The/DT town/NN had/VBD been/VBN shelled/VBN ./.', 'shell');
    expect(c.verb.auxiliaries.map((a) => [a.text, a.lemma])).toEqual([['had', 'have'], ['been', 'be']]);
    expect(c.verb.text).toBe('had been shelled');
    expect(c.verb.head.text).toBe('shelled');
  });
});

describe('noun phrases', () => {
  it('possessor, head and the PP on it', () => {
    const r = read('[ISIS/NNP] ~\'s/POS attack/NN on/IN [Mosul/NNP] failed/VBD ./.');
    const subj = r.clauses[0]!.subject[0]!;
    expect(subj.head.text).toBe('attack');
    const pos = subj.modifiers.find((m) => m.kind === 'possessor')!;
    expect(pos.text).toBe('ISIS');
    expect(pos.mention).toBe(0);
    expect(subj.pps.map((p) => [p.prep, texts(p.objects), p.attach])).toEqual([['on', ['Mosul'], 'noun']]);
    expect(subj.pps[0]!.objects[0]!.mention).toBe(1);
  });

  it('hyphen participles give the agent and the verb, with the mention inside the token', () => {
    const r = read('The/DT {US}-led/JJ coalition/NN struck/VBD {ISIS}-held/JJ [Raqqa/NNP] ./.');
    const [subj] = r.clauses[0]!.subject;
    const [obj] = r.clauses[0]!.objects;
    expect(subj!.modifiers).toEqual([expect.objectContaining({ kind: 'participle', text: 'US', lemma: 'lead', mention: 0, start: 4, end: 6 })]);
    expect(obj!.modifiers).toEqual([expect.objectContaining({ kind: 'participle', text: 'ISIS', lemma: 'hold', mention: 1 })]);
    expect(obj!.head.text).toBe('Raqqa');
    expect(obj!.mention).toBe(2);
  });

  it('hyphen participle over three tokens', () => {
    const r = read('The/DT [US/NNP] ~-/HYPH ~backed/VBN government/NN fell/VBD ./.');
    expect(r.clauses[0]!.subject[0]!.modifiers).toEqual([expect.objectContaining({ kind: 'participle', text: 'US', lemma: 'back', mention: 0 })]);
  });

  it('a hyphen word that is not a participle is no participle modifier', () => {
    const r = read('The/DT pro-government/JJ militia/NN attacked/VBD ./.');
    expect(r.clauses[0]!.subject[0]!.modifiers.map((m) => m.kind)).toEqual(['adjective']);
  });

  it('compounds: a mention in front of the head', () => {
    const r = read('[Hezbollah/NNP] fighters/NNS crossed/VBD the/DT border/NN ./.');
    const subj = r.clauses[0]!.subject[0]!;
    expect(subj.head.text).toBe('fighters');
    expect(subj.mention).toBeUndefined();
    expect(subj.modifiers).toEqual([expect.objectContaining({ kind: 'compound', text: 'Hezbollah', mention: 0 })]);
  });

  it('a multi-word mention is one head', () => {
    const r = read('[The/DT Free/NNP Syrian/NNP Army/NNP] retreated/VBD ./.');
    const subj = r.clauses[0]!.subject[0]!;
    expect(subj.head.text).toBe('The Free Syrian Army');
    expect(subj.mention).toBe(0);
    expect(subj.det).toBe('the');
  });

  it('counts', () => {
    const r = read('Gunmen/NNS killed/VBD at/IN least/JJS 12/CD villagers/NNS ./.');
    expect(r.clauses[0]!.objects[0]!.quantity?.text).toBe('at least 12');
    expect(r.clauses[0]!.objects[0]!.head.text).toBe('villagers');
  });

  it('appositions hang on their phrase, with their own PPs', () => {
    const r = read('[Omar/NNP Saleh/NNP] ,/, a/DT commander/NN of/IN [the/DT Ansar/NNP Front/NNP] ,/, was/VBD killed/VBN ./.');
    const subj = r.clauses[0]!.subject[0]!;
    expect(texts(subj.appositions)).toEqual(['a commander']);
    expect(subj.appositions[0]!.pps.map((p) => [p.prep, p.objects[0]!.mention])).toEqual([['of', 1]]);
  });

  it('a bracketed acronym is an apposition', () => {
    const r = read('[The/DT Syrian/NNP Democratic/NNP Forces/NNPS] (/( [SDF/NNP] )/) captured/VBD the/DT dam/NN ./.');
    expect(texts(r.clauses[0]!.subject[0]!.appositions)).toEqual(['SDF']);
  });

  it('a relative clause is listed on its antecedent', () => {
    const r = read('[ISIS/NNP] ,/, which/WDT seized/VBD [Mosul/NNP] in/IN 2014/CD ,/, announced/VBD a/DT caliphate/NN ./.');
    const isis = r.nounPhrases.find((n) => n.mention === 0)!;
    expect(isis.relatives.map((id) => r.clauses[id]!.verb.lemma)).toEqual(['seize']);
    expect(texts(r.clauses[isis.relatives[0]!]!.antecedent!)).toEqual(['ISIS']);
  });
});

describe('roles undo the voice', () => {
  const ROLES: Array<[string, string, string[], string[]]> = [
    ['[ISIS/NNP] fighters/NNS were/VBD killed/VBN by/IN an/DT airstrike/NN ./.', 'kill', ['an airstrike'], ['ISIS fighters']],
    ['An/DT airstrike/NN killed/VBD [ISIS/NNP] fighters/NNS ./.', 'kill', ['An airstrike'], ['ISIS fighters']],
    ['The/DT town/NN was/VBD shelled/VBN ./.', 'shell', [], ['The town']],
    ['Villagers/NNS killed/VBN by/IN the/DT militia/NN were/VBD buried/VBN ./.', 'kill', ['the militia'], ['Villagers']],
    ['The/DT town/NN that/WDT the/DT militia/NN shelled/VBD burned/VBD ./.', 'shell', ['the militia'], ['The town']],
  ];
  it.each(ROLES)('%s', (tagged, lemma, actors, patients) => {
    const c = clauseOf(tagged, lemma);
    expect(texts(actorsOf(c))).toEqual(actors);
    expect(texts(patientsOf(c))).toEqual(patients);
  });
});

/** What must NOT be read: each row names a reading that would be wrong. */
describe('false positives', () => {
  const NOT: Array<[string, string, (c: Clause) => boolean]> = [
    ['[ISIS/NNP] fighters/NNS were/VBD killed/VBN by/IN an/DT airstrike/NN ./.', 'ISIS fighters as the killers', (c) => texts(actorsOf(c)).includes('ISIS fighters')],
    ['He/PRP did/VBD not/RB attack/VB ./.', 'an asserted attack', (c) => c.verb.lemma === 'attack' && !c.verb.negated],
    ['[ISIS/NNP] could/MD attack/VB [Mosul/NNP] ./.', 'an attack that is not hedged', (c) => c.verb.lemma === 'attack' && !c.verb.hedged],
    ['The/DT group/NN threatened/VBD to/TO attack/VB [Mosul/NNP] ./.', 'a threatened attack read as done', (c) => c.verb.lemma === 'attack' && !c.verb.hedged],
    ['The/DT group/NN denied/VBD that/IN it/PRP attacked/VBD the/DT convoy/NN ./.', 'a denied attack read as done', (c) => c.verb.lemma === 'attack' && !c.verb.negated],
    ['The/DT army/NN failed/VBD to/TO retake/VB the/DT town/NN ./.', 'a failed retaking read as done', (c) => c.verb.lemma === 'retake' && !c.verb.negated],
    ['Troops/NNS surrounded/VBD the/DT village/NN and/CC the/DT insurgents/NNS surrendered/VBD ./.', 'the insurgents as surrounded', (c) => c.verb.lemma === 'surround' && texts(c.objects).includes('the insurgents')],
    ['Troops/NNS surrounded/VBD the/DT village/NN and/CC the/DT insurgents/NNS surrendered/VBD ./.', 'troops surrendering', (c) => c.verb.lemma === 'surrender' && texts(c.subject).includes('Troops')],
    ['Officials/NNS said/VBD militants/NNS burned/VBD two/CD schools/NNS ./.', 'officials burning schools', (c) => c.verb.lemma === 'burn' && texts(c.subject).includes('Officials')],
    ['Officials/NNS said/VBD militants/NNS burned/VBD two/CD schools/NNS ./.', 'militants as what was said', (c) => c.verb.lemma === 'say' && texts(c.objects).includes('militants')],
    ['Militants/NNS who/WP stormed/VBD the/DT hotel/NN took/VBD 40/CD hostages/NNS ./.', 'the hotel taking hostages', (c) => c.verb.lemma === 'take' && texts(c.subject).includes('the hotel')],
    ['[Omar/NNP Saleh/NNP] ,/, a/DT commander/NN of/IN [the/DT Ansar/NNP Front/NNP] ,/, was/VBD killed/VBN ./.', 'the Ansar Front killed', (c) => texts(c.subject).some((s) => s.includes('Ansar'))],
    ['The/DT convoy/NN was/VBD ambushed/VBN on/IN Tuesday/NNP ./.', 'Tuesday as the agent', (c) => c.agent.length > 0],
    ['The/DT army/NN retook/VBD the/DT town/NN last/JJ week/NN ./.', 'last week as an object', (c) => texts(c.objects).includes('last week')],
    ['Yesterday/NN ,/, the/DT army/NN retook/VBD the/DT town/NN ./.', 'yesterday as the subject', (c) => texts(c.subject).includes('Yesterday')],
    ['After/IN [ISIS/NNP] seized/VBD [Mosul/NNP] ,/, the/DT army/NN withdrew/VBD ./.', 'ISIS withdrawing', (c) => c.verb.lemma === 'withdraw' && texts(c.subject).includes('ISIS')],
    ['The/DT rebels/NNS fought/VBD in/IN [Homs/NNP] ./.', 'Homs as fought', (c) => texts(c.objects).includes('Homs')],
  ];
  it.each(NOT)('%s: not %s', (tagged, _what, wrong) => {
    const r = read(tagged);
    expect(r.clauses.length).toBeGreaterThan(0);
    expect(r.clauses.filter(wrong).map((c) => c.verb.lemma)).toEqual([]);
  });
});

describe('text with no verbs', () => {
  it.each([
    ['headline', 'Rebels/NNS in/IN [Aleppo/NNP] :/: the/DT last/JJ stand/NN'],
    ['table row', 'Aleppo/NNP |/SYM 2,300/CD |/SYM 14/CD %/NN'],
    ['list', '-/: Syria/NNP ;/: Iraq/NNP ;/: Libya/NNP'],
    ['punctuation only', './. ,/, ;/:'],
  ])('%s gives no clauses and no error', (_name, tagged) => {
    const r = read(tagged);
    expect(r.clauses).toEqual([]);
  });

  it('no tokens gives an empty reading', () => {
    expect(readClauses([])).toEqual({ clauses: [], nounPhrases: [] });
  });
});

describe('bad input is a named error', () => {
  it.each([
    ['tokens out of order', [{ start: 5, end: 8, text: 'ran', pos: 'VBD' }, { start: 0, end: 4, text: 'They', pos: 'PRP' }], []],
    ['a token ending before it starts', [{ start: 4, end: 2, text: 'x', pos: 'NN' }], []],
    ['a token without a tag', [{ start: 0, end: 4, text: 'They' }], []],
    ['an empty mention', [{ start: 0, end: 4, text: 'They', pos: 'PRP' }], [{ start: 2, end: 2 }]],
  ])('%s', (_name, tokens, mentions) => {
    expect(() => readClauses(tokens as never, { mentions: mentions as never })).toThrowError(ClauseInputError);
    try {
      readClauses(tokens as never, { mentions: mentions as never });
    } catch (e) {
      expect((e as Error).name).toBe('ClauseInputError');
    }
  });

  it('odd English is never an error: tags in any order', () => {
    const r = read('./. the/DT ,/, ,/, and/CC which/WDT by/IN to/TO (/( )/) was/VBD ~n\'t/RB ./.');
    expect(Array.isArray(r.clauses)).toBe(true);
  });

  it('mentions that overlap or cut tokens are read, not refused', () => {
    const t = parseTagged('The/DT Free/NNP Syrian/NNP Army/NNP attacked/VBD ./.');
    const r = readClauses(t.tokens, { mentions: [{ start: 4, end: 20 }, { start: 9, end: 15 }, { start: 5, end: 7 }] });
    expect(r.clauses[0]!.subject[0]!.mention).toBe(0);
  });
});

describe('long input', () => {
  // runs that once grew a phrase, a chain or a lookahead without bound (each would take minutes or run out of memory)
  it.each([
    ['possessors', "ISIS/NNP ~'s/POS", 0],
    ['counts', 'dozens/NNS of/IN', 0],
    ['coordination', 'and/CC the/DT town/NN', 0],
    ['appositions', ',/, a/DT man/NN', 0],
    ['adverbs', 'not/RB', 0],
    ['control chain', 'to/TO attack/VB', 1],
    ['complement chain', 'said/VBD that/IN', 1],
  ])('a run-on line of %s (20,000 repeats) is read', (_name, unit, clausesPerRepeat) => {
    const t = parseTagged(Array(20_000).fill(unit).join(' '));
    const r = readClauses(t.tokens);
    expect(r.clauses.length).toBe(20_000 * (clausesPerRepeat as number));
  });

  it('a sentence of 224,000 tokens with no stop is read in one pass', () => {
    const unit = 'the/DT rebels/NNS attacked/VBD the/DT town/NN ,/, killing/VBG 12/CD people/NNS and/CC the/DT army/NN withdrew/VBD ,/,';
    const n = 16_000; // 14 tokens per repeat
    const t = parseTagged(Array(n).fill(unit).join(' '));
    expect(t.tokens.length).toBe(n * 14);
    const r = readClauses(t.tokens);
    expect(r.clauses.filter((c) => c.verb.lemma === 'attack').length).toBe(n);
    expect(r.clauses.filter((c) => c.verb.lemma === 'kill' && c.subject[0]?.text === 'the rebels').length).toBe(n);
  });
});
