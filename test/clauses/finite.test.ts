/**
 * A bare past participle that is its clause's only verb is the finite past
 * (src/extract/clauses/finite.ts). Sentences written for this test; tags as a
 * news-trained tagger gives them (the participle where the past is meant), so
 * that no test depends on a tagger.
 */
import { describe, expect, it } from 'vitest';
import { attributiveParticiples, fixedPrepositions, negatedAuxiliaries, perfectAdverbs, promoteBareParticiples } from '../../src/extract/clauses/finite.ts';
import { describeReading, readClauses } from '../../src/extract/clauses/index.ts';
import { parseTagged } from './tagged.ts';

/** The words whose tag a retagging pre-pass changed, as "word/NEW". */
const retaggedBy = (pass: (tokens: ReturnType<typeof parseTagged>['tokens']) => readonly { text: string; pos: string }[]) => (s: string): string[] => {
  const t = parseTagged(s);
  const out = pass(t.tokens);
  return out.filter((x, i) => x.pos !== t.tokens[i]!.pos).map((x) => `${x.text}/${x.pos}`);
};

/** The words whose tag the rule changed, as "word/NEW". */
const promoted = (s: string): string[] => {
  const t = parseTagged(s);
  const out = promoteBareParticiples(t.tokens, t.mentions);
  return out.filter((x, i) => x.pos !== t.tokens[i]!.pos).map((x) => `${x.text}/${x.pos}`);
};

describe('bare participle read as the past tense', () => {
  it.each([
    ['[Somali/NNP troops/NNS] clashed/VBN with/IN [al-Shabaab/NNP] near/IN [Kismayo/NNP] ./.', 'clashed/VBD'],
    ['Police/NNS in/IN [Lusaka/NNP] arrested/VBN two/CD reporters/NNS ./.', 'arrested/VBD'],
    ['Officials/NNS said/VBD the/DT rebels/NNS withdrew/VBN from/IN the/DT valley/NN ./.', 'withdrew/VBD'],
    ['The/DT brigade/NN ,/, which/WDT retreated/VBN last/JJ year/NN ,/, fought/VBN on/RP ./.', 'retreated/VBD'],
    // an irregular past of a class verb read as an adjective before a name
    ['Insurgents/NNS overran/JJ [Tarvel/NNP] in/IN 2021/CD ./.', 'overran/VBD'],
    ['Militiamen/NNS clashed/VBN with/IN herders/NNS ,/, police/NNS said/VBD ./.', 'clashed/VBD'],
    ['The/DT militia/NN attacked/VBN the/DT depot/NN and/CC looted/VBD it/PRP ./.', 'attacked/VBD'],
    ['They/PRP marched/VBN on/IN the/DT capital/NN ./.', 'marched/VBD'],
    ['The/DT convoy/NN stopped/VBN at/IN a/DT bridge/NN that/WDT was/VBD mined/VBN ./.', 'stopped/VBD'],
    // after an aside between commas right after the subject, over its bracketed acronym too (fresh rows)
    ['[Tarvan/NNP Front/NNP] ,/, backed/VBN by/IN [Chad/NNP] ,/, shelled/VBN the/DT port/NN ./.', 'shelled/VBD'],
    ['[Kessar/NNP Brigades/NNPS] (/( [KB/NNP] )/) ,/, supported/VBN by/IN drones/NNS ,/, attacked/VBN the/DT depot/NN ./.', 'attacked/VBD'],
  ])('%s -> %s', (s, expected) => {
    expect(promoted(s)).toContain(expected);
  });

  it.each([
    // a reduced relative: the clause's finite verb comes later
    ['Fighters/NNS killed/VBN in/IN the/DT strike/NN were/VBD buried/VBN on/IN Friday/NNP ./.'],
    ['Villagers/NNS displaced/VBN by/IN the/DT floods/NNS ./.'],
    // a passive with its agent
    ['Civilians/NNS wounded/VBN by/IN shelling/NN reached/VBD the/DT clinic/NN ./.'],
    // after an auxiliary or a finite verb in the same clause
    ['The/DT army/NN has/VBZ withdrawn/VBN its/PRP$ troops/NNS ./.'],
    ['The/DT rebels/NNS were/VBD defeated/VBN ./.'],
    ['The/DT army/NN attacked/VBD rebels/NNS based/VBN in/IN the/DT hills/NNS ./.'],
    // no subject before it, or not a past form
    ['Backed/VBN by/IN drones/NNS ,/, the/DT army/NN advanced/VBD ./.'],
    ['Rebels/NNS taken/VBN prisoner/NN ./.'],
    ['the/DT wounded/VBN ./.'],
    // an attributive participle inside a noun phrase (lexicon attributiveParticiples): "the M23 armed group"
    ['Fighters/NNS of/IN the/DT M23/NNP armed/JJ group/NN took/VBD [Faya/NNP] ./.'],
    // after a clause between commas, not an aside: its own finite verb ("Iran's help will be subtler, confined to ...")
    ['By/IN all/DT accounts/NNS ,/, any/DT help/NN will/MD be/VB subtler/JJR ,/, confined/VBN to/TO planning/NN ./.'],
  ])('kept as a participle: %s', (s) => {
    expect(promoted(s)).toEqual([]);
  });

  it('gives the clause reader an active clause with its subject', () => {
    const t = parseTagged('[Somali/NNP troops/NNS] clashed/VBN with/IN [al-Shabaab/NNP] near/IN [Kismayo/NNP] ./.');
    expect(describeReading(readClauses(t.tokens, { mentions: t.mentions }))).toEqual(['clash S=Somali troops with=al-Shabaab near=Kismayo']);
  });

  it('returns the same array when nothing changes', () => {
    const t = parseTagged('The/DT rebels/NNS were/VBD defeated/VBN ./.');
    expect(promoteBareParticiples(t.tokens, t.mentions)).toBe(t.tokens);
  });
});

describe('a negated auxiliary is one, whatever the tagger says', () => {
  const retagged = retaggedBy(negatedAuxiliaries);
  it.each([
    // a run of names carried on through the contraction
    ['[Valdoria/NNP] Foreign/NNP Minister/NNP [Ostrik/NNP] ca/NNP ~n\'t/NNP attend/VB the/DT talks/NNS ./.', ['ca/MD', "n't/RB"]],
    ['The/DT [Merrow/NNP Council/NNP] did/NNP ~n\'t/NN vote/VB ./.', ['did/VBD', "n't/RB"]],
    ['[Ostrik/NNP] can/NNP not/RB attend/VB ./.', ['can/MD']],
    ['The/DT envoys/NNS wo/NN ~n\'t/RB come/VB ./.', ['wo/MD']],
  ])('%s', (s, expected) => {
    expect(retagged(s)).toEqual(expected);
  });

  it.each([
    // already right; "not" after a word that is no modal; a noun "can"
    ['The/DT envoys/NNS did/VBD ~n\'t/RB come/VB ./.'],
    ['The/DT council/NN is/VBZ not/RB sure/JJ ./.'],
    ['Troops/NNS found/VBD a/DT can/NN ,/, not/RB a/DT mine/NN ./.'],
    ['[Ostrik/NNP] said/VBD not/RB yet/RB ./.'],
  ])('kept: %s', (s) => {
    expect(retagged(s)).toEqual([]);
  });

  it('gives the clause reader a negated verb group after a run of names', () => {
    const t = parseTagged("[Valdoria/NNP] Foreign/NNP Minister/NNP [Ostrik/NNP] ca/NNP ~n't/NNP attend/VB the/DT talks/NNS ./.");
    expect(describeReading(readClauses(t.tokens, { mentions: t.mentions }))).toEqual(['attend[neg modal=can] S=Valdoria Foreign Minister Ostrik O=the talks']);
  });
});

describe('"since" between "have" and a participle is an adverb', () => {
  const retagged = retaggedBy(perfectAdverbs);
  it.each([
    ['[Kessar/NNP] aircraft/NNS have/VBP since/IN conducted/VBN strikes/NNS on/IN [Faya/NNP] ./.', ['since/RB']],
    ['The/DT militia/NN has/VBZ since/IN withdrawn/VBN ./.', ['since/RB']],
  ])('%s', (s, expected) => {
    expect(retagged(s)).toEqual(expected);
  });
  it.each([
    // a subordinator or a preposition of time elsewhere
    ['The/DT militia/NN has/VBZ held/VBN [Faya/NNP] since/IN it/PRP was/VBD retaken/VBN ./.'],
    ['[Faya/NNP] has/VBZ been/VBN quiet/JJ since/IN May/NNP ./.'],
  ])('kept: %s', (s) => {
    expect(retagged(s)).toEqual([]);
  });
  it('gives the clause reader one verb group', () => {
    const t = parseTagged('[Kessar/NNP] aircraft/NNS have/VBP since/IN conducted/VBN strikes/NNS on/IN [Faya/NNP] ./.');
    expect(describeReading(readClauses(perfectAdverbs(t.tokens), { mentions: t.mentions }))[0]).toMatch(/^conduct /);
  });
});

describe('a word in -ing that describes the noun after it is an adjective, not a gerund (lexicon attributiveParticiples)', () => {
  const retagged = retaggedBy(attributiveParticiples);
  it.each([
    ['Refugees/NNS fled/VBD to/TO neighbouring/VBG [Tarvel/NNP] ./.', ['neighbouring/JJ']],
    ['Shells/NNS fell/VBD in/IN surrounding/VBG villages/NNS ./.', ['surrounding/JJ']],
    // ... and after "and" that follows a noun, the second noun phrase's
    ['Jets/NNS struck/VBD [Faya/NNP] and/CC surrounding/VBG villages/NNS ./.', ['surrounding/JJ']],
    ['The/DT warring/VBG factions/NNS met/VBD ./.', ['warring/JJ']],
    // a listed past participle after a determiner and names or adjectives only
    ['Fighters/NNS of/IN the/DT Tarvan/NNP armed/VBN group/NN took/VBD [Faya/NNP] ./.', ['armed/JJ']],
    ['The/DT Sudanese/JJ armed/VBD forces/NNS withdrew/VBD ./.', ['armed/JJ']],
  ])('%s', (s, expected) => {
    expect(retagged(s)).toEqual(expected);
  });
  it.each([
    // a gerund with its object: a word outside the list, or one not before a noun
    ['Troops/NNS succeeded/VBD in/IN shelling/VBG [Faya/NNP] ./.'],
    ['Troops/NNS took/VBD [Faya/NNP] and/CC surrounding/VBG the/DT camp/NN ./.'],
    ['The/DT militia/NN kept/VBD on/IN ruling/VBG over/IN [Faya/NNP] ./.'],
    // after a common noun, or with nothing of a noun phrase before it, the verb ("Iran armed militias")
    ['The/DT group/NN armed/VBD fighters/NNS in/IN [Faya/NNP] ./.'],
    ['[Varania/NNP] armed/VBD militias/NNS ./.'],
  ])('kept: %s', (s) => {
    expect(retagged(s)).toEqual([]);
  });
  it('gives the sentence its real subject', () => {
    const t = parseTagged('In/IN neighbouring/VBG [Tarvel/NNP] ,/, the/DT [Kessar/NNP Front/NNP] took/VBD control/NN of/IN [Faya/NNP] ./.');
    expect(describeReading(readClauses(t.tokens, { mentions: t.mentions }))).toEqual(['take S=the Kessar Front O=control in=neighbouring Tarvel']);
  });
});

describe('a word that is only a preposition is one before a noun phrase, whatever the tagger says', () => {
  const retagged = retaggedBy(fixedPrepositions);
  it.each([
    ['[Tarvan/NNP] fought/VBD alongside/JJ government/NN troops/NNS ./.', ['alongside/IN']],
    ['Herders/NNS camped/VBD beside/RB the/DT river/NN ./.', ['beside/IN']],
  ])('%s', (s, expected) => {
    expect(retagged(s)).toEqual(expected);
  });
  it.each([
    // already right; nothing after it
    ['[Tarvan/NNP] fought/VBD alongside/IN government/NN troops/NNS ./.'],
    ['Others/NNS fought/VBD alongside/RB ./.'],
  ])('kept: %s', (s) => {
    expect(retagged(s)).toEqual([]);
  });
  it('gives the clause reader a prepositional phrase, not an object', () => {
    const t = parseTagged('[Tarvan/NNP] fought/VBD alongside/JJ [government/NN troops/NNS] ./.');
    expect(describeReading(readClauses(t.tokens, { mentions: t.mentions }))).toEqual(['fight S=Tarvan alongside=government troops']);
  });
});
