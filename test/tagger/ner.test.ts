/**
 * The shipped name tagger on sentences written for this test: the names it
 * must find (text and class), and sentences where it must find none.
 * Names chosen to be outside the product's lexicon where possible.
 */
import { describe, expect, it } from 'vitest';
import { proposeNames } from '../../src/extract/tagger/propose.ts';
import { defaultTagger } from '../../src/extract/tagger/models.ts';
import { tagDocument } from '../../src/extract/tagger/ner.ts';
import { posTagIndices } from '../../src/extract/tagger/pos.ts';
import { tokenInfo } from '../../src/extract/tagger/token-info.ts';

const names = (text: string) => proposeNames(text).map((p) => `${p.cls}:${p.text}`);

// [text, names that must be proposed (class:text)]
const TABLE: Array<[string, string[]]> = [
  ['Talks between Kofi Mensah and the Halvorsen Group resumed in Tromsdal.', ['PER:Kofi Mensah', 'ORG:Halvorsen Group', 'LOC:Tromsdal']],
  ['Fighters of the Liwa Suqour al-Jabal attacked a checkpoint outside Tal Nasri on Sunday.', ['ORG:Liwa Suqour al-Jabal']],
  ['Colonel Anwar Hadidi, a spokesman for the Northern Shield Brigade, denied the report.', ['PER:Anwar Hadidi', 'ORG:Northern Shield Brigade']],
  ['The refugee council said 4,000 families had fled Tal Abyad.', ['LOC:Tal Abyad']],
  ['Officials met Kurdish envoys from Ankara and Baghdad.', ['LOC:Ankara', 'LOC:Baghdad']],
  ['Ahmed Darwish was arrested in March. Darwish denied the charges.', ['PER:Ahmed Darwish', 'PER:Darwish']],
];

// texts with no names at all
const NO_NAMES: string[] = [
  'The group said it would attack the town again if the talks failed.',
  'Police said three men were killed and two others were wounded in the blast.',
  'Heavy fighting continued for a third day, officials said on condition of anonymity.',
  'After the strike, residents fled north with what they could carry.',
];

/**
 * Known errors of the shipped model, kept as tests that are expected to fail
 * (\`it.fails\`: a model that gets them right makes them fail, so they move up):
 * an unknown village after "outside" typed as a person; a demonym opening an
 * organisation's name split off as NORP (GMB's convention); a sentence-initial
 * demonym before a plural noun left untagged.
 */
const KNOWN_ERRORS: Array<[string, string[]]> = [
  ['Fighters attacked a checkpoint outside Kafr Ruma on Sunday.', ['LOC:Kafr Ruma']],
  ['The Norwegian Refugee Council said 4,000 families had fled.', ['ORG:Norwegian Refugee Council']],
  ['Kurdish officials met envoys from Ankara.', ['NORP:Kurdish']],
];

describe('name tagger (shipped model)', () => {
  it.fails.each(KNOWN_ERRORS)('known error: %s', (text, expected) => {
    expect(names(text)).toEqual(expect.arrayContaining(expected));
  });

  it.each(TABLE)('%s', (text, expected) => {
    expect(names(text)).toEqual(expect.arrayContaining(expected));
  });

  it.each(NO_NAMES.map((t) => [t]))('no name in: %s', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('proposeNames: document-level consistency and taken text', () => {
  it('proposes an untagged later occurrence of a tagged form, with the same class', () => {
    const text = 'Militants shelled Tromsdal overnight. By morning Tromsdal was quiet, and TROMSDAL radio was off air.';
    const ps = proposeNames(text).filter((p) => p.text === 'Tromsdal');
    expect(ps.map((p) => p.start)).toEqual([18, 49]);
    expect(new Set(ps.map((p) => p.cls)).size).toBe(1);
  });

  it('proposes nothing over text another rule has taken', () => {
    const text = 'Talks between Kofi Mensah and the Halvorsen Group resumed in Tromsdal.';
    const taken = new Uint8Array(text.length);
    for (let i = 34; i < 49; i++) taken[i] = 1; // "Halvorsen Group"
    const ps = proposeNames(text, { taken });
    expect(ps.some((p) => p.start < 49 && p.end > 34)).toBe(false);
    expect(ps.map((p) => p.text)).toContain('Kofi Mensah');
  });

  it('reads the sentences it is given, with offsets into the whole text', () => {
    const text = 'Headline words here\nRebels entered Tromsdal.';
    const ps = proposeNames(text, { sentences: [{ start: 0, end: 19 }, { start: 20, end: text.length }] });
    const t = ps.find((p) => p.text === 'Tromsdal');
    expect(t && text.slice(t.start, t.end)).toBe('Tromsdal');
  });
});

describe('tagDocument: sentences that come back in a document are tagged once', () => {
  // the same line three times (a reference line, a caption), once where its words' document flags differ; every
  // sentence's spans must be those of tagging it afresh (POS tags given: no memo is used then)
  const doc = [
    'Reporting by Lena Okafor in Tromsdal .',
    'Fighting reached the Harrow Valley on Monday .',
    'Reporting by Lena Okafor in Tromsdal .',
    'reporting continued through the night .',
    'Reporting by Lena Okafor in Tromsdal .',
    'Reporting by Lena Okafor in Tromsdal today .',
  ].map((s) => s.split(' '));
  it('gives each sentence the spans it gets alone, in a fresh copy', () => {
    const t = defaultTagger();
    const fresh = tagDocument(t, doc, 'viterbi', undefined, doc.map((ws) => posTagIndices(t.pos, ws.map(tokenInfo))));
    const memo = tagDocument(t, doc);
    expect(memo).toEqual(fresh);
    expect(memo[0]!.length).toBeGreaterThan(0);
    expect(memo[2]).not.toBe(memo[0]);
    memo[0]![0]!.start = 99;
    expect(memo[2]![0]!.start).not.toBe(99);
  });
});
