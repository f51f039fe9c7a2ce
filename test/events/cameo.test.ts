/**
 * From converted CAMEO blocks (the converter's shape: PETRARCH pattern elements
 * as data) to matcher entries. The blocks are written for this test.
 */
import { describe, expect, it } from 'vitest';
import { readClauses } from '../../src/extract/clauses/index.ts';
import { dictionaryOf, entriesFromCameo, matchEvents, patternFromCameo, type CameoVerbsLike } from '../../src/extract/events/index.ts';
import { parseTagged } from '../clauses/tagged.ts';

const FILE: CameoVerbsLike = {
  synsets: {
    weapon: { members: ['rocket', 'mortar', '&explosive'] },
    explosive: { members: ['bomb', 'car bomb'] },
    armed: { members: ['military', 'armed forces'] },
  },
  blocks: [
    {
      name: 'FIRE', code: null, line: 10,
      verbs: [{ phrase: 'fire', head: 0, line: 11 }, { phrase: 'open up', head: 0, line: 12, code: '190' }, { phrase: 'wire tap', head: 1, line: 13 }],
      patterns: [
        { code: '190', before: [], after: [{ t: 'word', w: ['&weapon'] }, { t: 'pp', prep: 'at', obj: [] }], line: 14 },
        { code: null, before: [], after: [{ t: 'word', w: ['salute'] }], line: 15, note: 'fire a salute' },
        { code: '195', before: [{ t: 'np', w: ['fighter', 'jet'] }], after: [], line: 16 },
        { code: '190', before: [], after: [{ t: 'word', w: ['up'] }, { t: 'word', w: ['demonstrations'] }], line: 17 },
        { code: '190', before: [], after: [{ t: 'word', w: ['when'] }, { t: 'word', w: ['a'] }, { t: 'word', w: ['crash'] }], line: 18 },
        { code: '193', before: [], after: [{ t: 'pp', prep: 'on', obj: [{ t: 'target' }] }], line: 19 },
        { code: '190', before: [], after: [{ t: 'word', w: ['shells'] }], line: 20, shadowed: true },
        { code: '190', before: [], after: [{ t: 'word', w: ['when'] }, { t: 'word', w: ['a'] }, { t: 'target' }, { t: 'word', w: ['crash'] }], line: 21 },
        { code: '+++', before: [], after: [{ t: 'word', w: ['when'] }, { t: 'word', w: ['a'] }, { t: 'word', w: ['crash'] }], line: 22 },
      ],
    },
  ],
};

describe('entries from converted CAMEO blocks', () => {
  const { entries, skipped } = entriesFromCameo(FILE);

  it('one entry per readable verb; the verb before a particle is the lemma; words before the verb are kept (a pre-compound)', () => {
    expect(entries.map((e) => [e.lemma, e.particle ?? null, e.code, e.block, e.before ?? null])).toEqual([
      ['fire', null, null, 'FIRE', null],
      ['open', 'up', '190', 'FIRE', null],
      ['tap', null, null, 'FIRE', 'wire'],
    ]);
  });

  it('reports what a clause cannot hold, by line, and drops shadowed patterns', () => {
    // (words only, as line 18, are read along the text by the coder; a target among them, or a code that is none, cannot be)
    expect(skipped.map((s) => [s.line, s.reason])).toEqual([
      [21, 'more than one noun after the verb, or a noun after a preposition'],
      [22, 'more than one noun after the verb, or a noun after a preposition'],
    ]);
    expect(entries[0]!.patterns.length).toBe(6);
  });

  it('a particle right after the verb is the verb\'s ("* UP DEMONSTRATIONS")', () => {
    expect(patternFromCameo(FILE.blocks[0]!.patterns[3]!, FILE.synsets)).toMatchObject({ code: '190', particle: 'up', patient: { heads: ['demonstrations'] } });
  });

  it('a synonym set before the head is one of its members right before it ("{&ARMED AID}"); a preposition word before a noun or last is a prepositional phrase', () => {
    const p = (after: CameoVerbsLike['blocks'][number]['patterns'][number]['after']) => patternFromCameo({ code: '072', before: [], after, line: 40 }, FILE.synsets);
    expect(p([{ t: 'np', w: ['&armed', 'aid'] }])).toEqual({ code: '072', patient: { heads: ['aid'], beforeRun: [['military', 'armed forces']] }, source: 'line 40' });
    expect(p([{ t: 'np', w: ['new', '&armed', 'aid'] }])).toMatchObject({ patient: { heads: ['aid'], beforeRun: [['new'], ['military', 'armed forces']] } });
    expect(p([{ t: 'word', w: ['sanctions'] }, { t: 'word', w: ['against'] }])).toMatchObject({ patient: { heads: ['sanctions'] }, preps: [{ prep: 'against' }] });
    expect(p([{ t: 'word', w: ['from'] }, { t: 'word', w: ['prison'] }])).toMatchObject({ preps: [{ prep: 'from', object: { heads: ['prison'] } }] });
  });

  it('reads words in a row after the verb as one noun phrase when the tagger does ("* DIPLOMATIC TIES")', () => {
    const p = (w: string[]) => patternFromCameo({ code: '064', before: [], after: w.map((x) => ({ t: 'word' as const, w: [x] })), line: 30 }, FILE.synsets);
    expect(p(['diplomatic', 'ties'])).toMatchObject({ code: '064', patient: { heads: ['ties'], before: ['diplomatic'] } });
    expect(p(['military', 'cooperation'])).toMatchObject({ patient: { heads: ['cooperation'], before: ['military'] } });
    // words that read as no noun phrase: the coder's words along the text
    expect(p(['when', 'a', 'crash'])).toEqual({ code: '064', afterWords: [['when'], ['a'], ['crash']], source: 'line 30' });
    // a synonym set before the head, alone or after a word ("* &ARMED AID", "* NEW &ARMED AID"): the words right before it
    expect(p(['&armed', 'aid'])).toMatchObject({ patient: { heads: ['aid'], beforeRun: [['military', 'armed forces']] } });
    expect(p(['new', '&armed', 'aid'])).toMatchObject({ patient: { heads: ['aid'], beforeRun: [['new'], ['military', 'armed forces']] } });
    // words written apart may have others between them ("IMPROVED &TIETYPES RELATIONS"); joined by `_` they touch
    expect(p(['new', '&armed', 'aid'])).toMatchObject({ patient: { beforeOpen: true } });
    expect(patternFromCameo({ code: '072', before: [], after: [{ t: 'word', w: ['new', '&armed', 'aid'] }], line: 30 }, FILE.synsets)).not.toHaveProperty('patient.beforeOpen');
    // a preposition with a skipped object (`AT ^`): the preposition with any object, not the target's slot; an unknown word
    // the tagger reads as a particle before an object but as a noun after one is no particle ("EID AT ^ WITH +")
    expect(patternFromCameo({ code: '043', before: [], after: [{ t: 'word', w: ['eid'] }, { t: 'word', w: ['at'] }, { t: 'skip' }, { t: 'word', w: ['with'] }, { t: 'target' }], line: 32 }, FILE.synsets)).toEqual({
      code: '043',
      patient: { heads: ['eid'] },
      preps: [{ prep: 'at', skipped: true }, { prep: 'with' }],
      source: 'line 32',
    });
    expect(patternFromCameo({ code: '190', before: [], after: [{ t: 'word', w: ['up'] }, { t: 'word', w: ['protests'] }], line: 33 }, FILE.synsets)).toMatchObject({ particle: 'up' });
    // the target before the verb and the source after a preposition ("+ * FROM $"); a target before with no such source is skipped
    expect(patternFromCameo({ code: '066', before: [{ t: 'target' }], after: [{ t: 'word', w: ['from'] }, { t: 'source' }], line: 35 }, FILE.synsets)).toEqual({
      code: '066',
      subjectIsTarget: true,
      preps: [{ prep: 'from', source: true }],
      source: 'line 35',
    });
    expect(patternFromCameo({ code: '193', before: [{ t: 'target' }], after: [{ t: 'word', w: ['rocket'] }], line: 36 }, FILE.synsets)).toBe('the target before the verb');
    // a compound subject (`% HAVE *`): its members do it to each other; the auxiliary stays the verb group's
    expect(patternFromCameo({ code: '191', before: [{ t: 'compound' }, { t: 'word', w: ['have'] }], after: [], line: 37 }, FILE.synsets)).toEqual({
      code: '191',
      compound: true,
      auxiliaries: [['have']],
      source: 'line 37',
    });
    expect(patternFromCameo({ code: '191', before: [{ t: 'word', w: ['have'] }], after: [], line: 38 }, FILE.synsets)).not.toHaveProperty('compound');
    // a particle alone after the verb is the verb's ("*_UP": "blew up")
    const one = (after: Array<{ t: 'word'; w: string[] }>) => patternFromCameo({ code: '095', before: [], after, line: 34 }, FILE.synsets);
    expect(one([{ t: 'word', w: ['up'] }])).toEqual({ code: '095', particle: 'up', source: 'line 34' });
    // ... but not before words that read as no noun phrase
    // (nor as one noun: the coder's words along the text, a synonym set's members one step)
    expect(p(['&armed', 'when', 'a', 'crash'])).toEqual({ code: '064', afterWords: [['military', 'armed forces'], ['when'], ['a'], ['crash']], source: 'line 30' });
    // a preposition joined by `_` to its object's words is a prepositional phrase ("* FOR_ASYLUM": "bargained for asylum")
    expect(one([{ t: 'word', w: ['for_asylum'] }])).toEqual({ code: '095', preps: [{ prep: 'for', object: { heads: ['asylum'] } }], source: 'line 34' });
    expect(one([{ t: 'word', w: ['for', 'talks'] }])).toEqual({ code: '095', preps: [{ prep: 'for', object: { heads: ['talks'] } }], source: 'line 34' });
    // a lone preposition stays a noun, marked for the coder ("* FOR")
    expect(one([{ t: 'word', w: ['for'] }])).toEqual({ code: '095', patient: { heads: ['for'] }, lonePrep: 'for', source: 'line 34' });
    expect(one([{ t: 'word', w: ['talks'] }])).not.toHaveProperty('lonePrep');
    // ... not before a verb ("* TO_WITHDRAW")
    expect(one([{ t: 'word', w: ['to_withdraw'] }])).not.toHaveProperty('preps');
  });

  it('reads words in a row before the verb as one noun phrase when the tagger does ("DEATH TOLL *"), and keeps paired codes', () => {
    const p = (w: string[], paired?: string) =>
      patternFromCameo({ code: '223', ...(paired ? { paired } : {}), before: w.map((x) => ({ t: 'word' as const, w: [x] })), after: [], line: 31 }, FILE.synsets);
    expect(p(['death', 'toll'])).toMatchObject({ code: '223', actor: { heads: ['toll'], before: ['death'] } });
    expect(p(['death', 'toll'], '224')).toMatchObject({ code: '223', paired: '224' });
    // words that are no noun phrase stay two elements: no reading
    expect(p(['when', 'police'])).toBe('more than one element before the verb');
  });

  it('expands synonym sets, nested ones too, and keeps braced phrases', () => {
    expect(patternFromCameo(FILE.blocks[0]!.patterns[0]!, FILE.synsets)).toMatchObject({
      code: '190',
      patient: { heads: ['rocket', 'mortar', 'bomb', 'car bomb'] },
      preps: [{ prep: 'at' }],
    });
    expect(patternFromCameo(FILE.blocks[0]!.patterns[2]!, FILE.synsets)).toMatchObject({ actor: { heads: ['jet'], before: ['fighter'] } });
    expect(patternFromCameo(FILE.blocks[0]!.patterns[5]!, FILE.synsets)).toMatchObject({ preps: [{ prep: 'on' }] });
  });

  it('modals, auxiliaries and adverbs before the verb test its verb group, not the actor ("WILL NOT *", "&NEG EVER *")', () => {
    const synsets = { ...FILE.synsets, negaux: { members: ["did n't", "wo n't", 'will not'] } };
    const p = (before: CameoVerbsLike['blocks'][number]['patterns'][number]['before']) =>
      patternFromCameo({ code: '030', before, after: [{ t: 'pp', prep: 'towards', obj: [{ t: 'target' }] }], line: 50 }, synsets);
    expect(p([{ t: 'word', w: ['will'] }, { t: 'word', w: ['not'] }])).toMatchObject({ auxiliaries: [['will'], ['not']] });
    expect(p([{ t: 'word', w: ['&negaux', 'ever'] }])).toMatchObject({ auxiliaries: [["did n't", "wo n't", 'will not'], ['ever']] });
    expect(p([{ t: 'word', w: ['sharply'] }])).toMatchObject({ auxiliaries: [['sharply']] });
    // a noun before the verb stays the actor's test
    expect(p([{ t: 'word', w: ['police'] }])).toMatchObject({ actor: { heads: ['police'] } });
    expect(p([{ t: 'np', w: ['fighter', 'jet'] }])).not.toHaveProperty('auxiliaries');
  });

  it('a pattern with auxiliaries matches only a verb group that has them, in order', () => {
    const dict = dictionaryOf([
      {
        lemma: 'budge', code: '010', block: 'MOVE',
        patterns: [{ code: '030', auxiliaries: [['will', 'wo'], ['not', "n't"]], preps: [{ prep: 'towards' }] }],
      },
    ]);
    const codes = (tagged: string) => {
      const t = parseTagged(tagged);
      return matchEvents(readClauses(t.tokens, { mentions: t.mentions }), dict).map((m) => [m.code, m.negated, m.target.map((n) => n.text)]);
    };
    expect(codes('Ruritania/NNP will/MD not/RB budge/VB towards/IN Borduria/NNP ./.')).toEqual([['030', true, ['Borduria']]]);
    expect(codes("Ruritania/NNP wo/MD n't/RB ever/RB budge/VB towards/IN Borduria/NNP ./.")).toEqual([['030', true, ['Borduria']]]);
    // not in the group, or not in that order: the verb's own code
    expect(codes('Ruritania/NNP will/MD budge/VB towards/IN Borduria/NNP ./.')).toEqual([['010', false, []]]);
    expect(codes('Ruritania/NNP did/VBD not/RB budge/VB towards/IN Borduria/NNP ./.')).toEqual([['010', true, []]]);
  });

  it('the entries match clauses', () => {
    const dict = dictionaryOf(entries);
    const codes = (tagged: string) => {
      const t = parseTagged(tagged);
      return matchEvents(readClauses(t.tokens, { mentions: t.mentions }), dict).map((m) => [m.code, m.source.map((n) => n.text), m.target.map((n) => n.text)]);
    };
    expect(codes('Militants/NNS fired/VBD a/DT car/NN bomb/NN at/IN the/DT base/NN ./.')).toEqual([['190', ['Militants'], ['the base']]]);
    // one pattern word may be a modifier of the head, as PETRARCH's words in order may be
    expect(codes('Militants/NNS fired/VBD rocket/NN launchers/NNS at/IN the/DT base/NN ./.')).toEqual([['190', ['Militants'], ['the base']]]);
    expect(codes('Fighter/NN jets/NNS fired/VBD on/IN the/DT convoy/NN ./.')).toEqual([['195', ['Fighter jets'], []]]);
    expect(codes('Gunmen/NNS fired/VBD on/IN the/DT convoy/NN ./.')).toEqual([['193', ['Gunmen'], ['the convoy']]]);
    expect(codes('Soldiers/NNS fired/VBD a/DT salute/NN ./.')).toEqual([]);
    expect(codes('Troops/NNS opened/VBD up/RP on/IN the/DT crowd/NN ./.')).toEqual([['193', ['Troops'], ['the crowd']]]);
    // a pattern's particle must be the verb's
    expect(codes('Students/NNS fired/VBD up/RP demonstrations/NNS ./.')).toEqual([['190', ['Students'], []]]);
    expect(codes('Students/NNS fired/VBD demonstrations/NNS ./.')).toEqual([]);
  });
});
