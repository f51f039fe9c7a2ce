/**
 * The lexicon's one loader: every shipped file passes its schema, and a bad
 * file is a LexiconError naming the file and the entry. A lexicon of one's
 * own (tests, evaluation folds) goes through the same check and is what
 * extract() then reads.
 */
import { describe, expect, it } from 'vitest';
import { defaultLexicon, makeLexicon, shippedFiles, type LexiconFiles } from '../../../src/extract/lexicon/index.ts';
import { verbClasses } from '../../../src/extract/lexicon/verbs.ts';
import { extract } from '../../../src/extract/index.ts';

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

/** The shipped files with one change made to a copy. */
function withChange(change: (f: { [K in keyof LexiconFiles]: any }) => void): LexiconFiles {
  const files = clone(shippedFiles()) as { [K in keyof LexiconFiles]: any };
  change(files);
  return files as LexiconFiles;
}

describe('the shipped lexicon', () => {
  it('passes its schema and knows its entities', () => {
    const lex = defaultLexicon();
    expect(lex.entities.length).toBeGreaterThan(1000);
    expect(lex.entityFiles[0]!.path).toMatch(/groups\.json$/);
    expect('speechVerbs' in lex.words).toBe(false); // speech verbs are the `speech` verb class now
  });

  it('every verb class expands, "@class" entries included', () => {
    const classes = verbClasses();
    expect(classes.get('speech')!.verbs).toEqual(expect.arrayContaining(['say', 'warn', 'insist']));
    for (const c of classes.values()) expect(c.forms.every((f) => f.past.length > 0)).toBe(true);
  });
});

describe('a bad lexicon file is a LexiconError naming the file and the entry', () => {
  const CASES: [string, (f: { [K in keyof LexiconFiles]: any }) => void, RegExp][] = [
    ['a word list that is not a list', (f) => (f.words.hedges = 'might'), /words\.json: hedges: expected an array/],
    ['a number in a word list', (f) => f.words.negations.splice(2, 0, 12), /words\.json: negations\[2\]: expected a non-empty string, got 12/],
    ['a misspelt key', (f) => (f.words.hedgez = []), /words\.json: \(top level\): unknown key "hedgez"/],
    ['a missing list', (f) => delete f.roles.member, /roles\.json: member: missing/],
    ['an entity of no known type', (f) => (f.entities[0][1].entries[0].type = 'militia'), /groups\.json: entries\[0\] \(id "isis"\)\.type: expected one of/],
    ['an id that is no slug', (f) => (f.entities[1][1].entries[0].id = 'Al Hol'), /camps\.json: entries\[0\] \(id "Al Hol"\)\.id: expected a lower-case id/],
    ['an id defined twice', (f) => f.entities[1][1].entries.push({ id: 'isis', label: 'ISIS', type: 'armed_group' }), /camps\.json: entries\[\d+\] \(id "isis"\): duplicate id \(first in .*groups\.json\)/],
    ['a related id nobody defines', (f) => (f.entities[0][1].entries[0].related = [{ id: 'nobody', relation: 'predecessor' }]), /groups\.json: entries\[0\] \(id "isis"\): related id "nobody"/],
    ['countries that name no country', (f) => (f.entities[0][1].entries[0].countries = ['syria', 'isis']), /groups\.json: entries\[0\] \(id "isis"\): "countries" id "isis" is no country/],
    ['countries that are no list', (f) => (f.entities[0][1].entries[0].countries = 'syria'), /groups\.json: entries\[0\] \(id "isis"\)\.countries: expected an array/],
    ['a verb written inflected', (f) => f.verbs.classes.attack.verbs.push('Attacked'), /verbs\.json: classes\.attack\.verbs\[\d+\]: a verb is written in lower case, as its base form/],
    ['a class that includes no class', (f) => f.verbs.classes.speech.verbs.push('@nothing'), /verbs\.json: classes\.speech\.verbs\[\d+\]: no class "nothing"/],
    ['a bad irregular form', (f) => (f.inflections.irregular.strike.past = 3), /inflections\.json: irregular\.strike\.past: no alternative fits 3/],
  ];
  it.each(CASES)('%s', (_what, change, message) => {
    let err: unknown;
    try {
      makeLexicon(withChange(change));
    } catch (e) {
      err = e;
    }
    expect(err).toMatchObject({ name: 'LexiconError' });
    expect((err as Error).message).toMatch(message);
  });
});

describe('extract reads the lexicon it is given', () => {
  const text = 'The Velmar Brotherhood attacked Kessendorf.';
  it('knows an entity only its own lexicon names', () => {
    const mine = makeLexicon(
      withChange((f) => {
        f.entities[0][1].entries.push({ id: 'velmar-brotherhood', label: 'Velmar Brotherhood', type: 'armed_group' });
        f.entities[6][1].entries.push({ id: 'kessendorf', label: 'Kessendorf', type: 'city' });
      }),
    );
    const shipped = extract({ id: 't', title: 't', text });
    const own = extract({ id: 't', title: 't', text }, { lexicon: mine });
    expect(shipped.mentions.some((m) => m.canonical === 'velmar-brotherhood')).toBe(false);
    expect(own.mentions.filter((m) => m.canonical).map((m) => m.canonical)).toEqual(['velmar-brotherhood', 'kessendorf']);
    expect(own.relations.map((r) => `${own.mentions[r.source]!.text} ${r.type} ${own.mentions[r.target]!.text}`)).toContain('Velmar Brotherhood attacks Kessendorf');
  });

  it('reads a verb its own lexicon adds to a class, in every form', () => {
    // "whack": in no verb class and not in the CAMEO verbs (the events pass reads "pummel")
    const mine = makeLexicon(withChange((f) => f.verbs.classes.attack.verbs.push('whack')));
    const types = (text: string, o?: Parameters<typeof extract>[1]) => extract({ id: 't', title: 't', text }, o).relations.map((r) => r.type);
    expect(types('Hezbollah whacked the Free Syrian Army.')).not.toContain('attacks');
    expect(types('Hezbollah whacked the Free Syrian Army.', { lexicon: mine })).toContain('attacks');
    expect(types('Hezbollah was whacking the Free Syrian Army.', { lexicon: mine })).toContain('attacks');
  });
});
