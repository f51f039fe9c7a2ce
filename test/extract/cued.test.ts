/**
 * Name patterns run near their cues (mentions/cued.ts): the matches must be
 * those of the pattern's global scan over the whole text, on every text.
 * The two things that make it so are tested apart: `canStart` and
 * `nameRunBack` never rule out a position where a capitalised sequence can
 * start; then the matches of every cued pattern are compared with the
 * global scan's on the examples, on random texts of name parts, cues and
 * punctuation, and on wiki-syria (skipped when ../shared is absent).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { namePatterns } from '../../src/extract/mentions/patterns.ts';
import { matchesOf } from '../../src/extract/mentions/candidate.ts';
import { cuePositions, execCued, nameRunBack, type CuedRegExp } from '../../src/extract/mentions/cued.ts';
import { CueWordScan, cueWords } from '../../src/extract/mentions/cue-words.ts';
import { nameKit } from '../../src/extract/mentions/kit.ts';
import { capitalisedSequences, findUnknownNames, sequenceRegExp } from '../../src/extract/mentions/unknown.ts';
import { defaultLexicon } from '../../src/extract/lexicon/index.ts';
import { lowerBody } from '../../src/extract/mentions/institutions.ts';

const lex = defaultLexicon();
const kit = nameKit(lex);
const CUED = [
  ...namePatterns(lex).flatMap((p) => (p.cued ?? []).map((c, i) => [`${p.reason}#${i}`, c as CuedRegExp] as const)),
  // (a country's body in lower case, institutions.ts)
  ['lower-body', lowerBody(lex)] as const,
];
const show = (ms: RegExpExecArray[]) => ms.map((m) => [m.index, ...m]);
/** What the cued scan must find: the global scan's matches (those `only` keeps, when it is set). */
const want = (c: CuedRegExp, t: string) => show(matchesOf(c.re, t).filter((m) => !c.only || c.only(m)));
function same(c: CuedRegExp, t: string): void {
  expect(show(execCued(c, t).filter((m) => !c.only || c.only(m))), JSON.stringify(t)).toEqual(want(c, t));
}

/** Pieces of text near names and cues: capitals, particles, the cues, punctuation, astral and combining letters. */
const PIECES = [
  'Abu', 'Bakr', 'al-Hassan', 'al', 'xal-', 'abdul-', 'El-Bab', "O'Brien", 'Za’atari', 'McDonald', 'Ärzte', 'Ǆemal', '𝐀li', 'Ibn', 'e\u0301',
  'U.S.', 'U.', 'J.', 'Ali', 'Hamrin', 'Mountains', 'Forces', 'the', 'a', 'of', 'for', 'and', 'to', 'in', 'x', 'US', 'UN',
  'province', 'Province', 'camp', 'camps', 'Camp', 'tribe', 'clans', 'fighters', 'militia', 'gunmen', 'refugee', 'displaced persons', '&', 'said', 'says', 'told', 'wrote', 'according to', 'announced',
  'spokesman', 'commander', 'prime minister', 'deputy', '(PFLV)', '(UN)', '(A)', '(NDF-2)', 'region', 'area', 'quarter',
  'Farhad Shami, a spokesman for ', ', the deputy commander of', ', an aide to the minister, ', 'Hamrin Mountains', ' Anbar province', 'Ministry', 'Army', 'Brigades', ' of Defence', ' Sham Revolutionary Brigades',
  'Popular Front for the Liberation of Varania (PFLV)', ' Front of Varania ', ' & ', 'Harrow & Vance', ', known as ', ' also known as ', 'PFLV', ' Mission in Varania, known as MV',
  'Iraqi', 'Syrian', 'Kurdish', 'security', 'forces', 'force', 'troops', 'and', 'innocent', 'civilians', 'residents', 'Foreign Secretary',
  'Secretary of State', 'Defence Minister', 'the', 'The', 'ſ', '\u212a', 'FORCES',
  "the Front's spokesman, ", ' its leader, ', 'nom de guerre', 'kunya', 'alias', ' war name ', 'M23 rebels', '𝐀B12', 'the Sultan Murad faction', 'north', ' Tel Abyad.', 'the international community', 'Coalition', 'Kurds', 'the Iran-backed militia', 'the group', 'the al-Qaeda affiliate', ' branch', ' 3rd Battalion', '158th', ' the 212 Battalion', 'Brigade 47', 'Division', 'Gen.', ' interior ministry',
  ' ', ' ', ' ', '  ', '\t', '\n', '\u00a0', ', ', ',', '. ', '.', ';', '“', '”', '"', '-', '‐', "'", '’', '(', ')', '7', '\ud83d\ude00', '\udc00',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((ps) => ps.join(''));

describe('the tests that choose where a capitalised sequence may start', () => {
  const CAP = new RegExp(kit.capSeq, 'uy');
  it.each([
    ['al-Hassan', 0, true],
    ['xxxxxal-Hassan', 0, false],
    ['xal-Hassan', 1, true],
    ['abdul-Aziz', 0, true],
    ['the army', 0, false],
    [' Ali', 0, false],
    ['Ärzte', 0, true],
    ['7th', 0, false],
  ] as const)('canStart(%j, %i) = %s', (t, at, expected) => {
    expect(kit.canStart(t, at)).toBe(expected);
  });
  it.each([
    ['Ali al-Hassan said', 15, 0],
    ['x, Ali Hassan  said', 15, 2],
    ['x,Ali Hassan said', 13, 2],
    ['(Ali) said', 6, 5],
    ['7 Ärzte 𝐀li said', 13, 1],
  ] as const)('nameRunBack(%j, %i) = %i', (t, at, expected) => {
    expect(nameRunBack(t, at)).toBe(expected);
  });
  it('never rule out a start or a run where a capitalised sequence matches', () => {
    fc.assert(
      fc.property(text, (t) => {
        for (let p = 0; p < t.length; p++) {
          CAP.lastIndex = p;
          const m = CAP.exec(t);
          // (inside a surrogate pair the unicode scan steps back to the pair's start: a start it tries anyway)
          if (!m || m.index !== p) continue;
          expect(kit.canStart(t, p), `${JSON.stringify(t)} at ${p}`).toBe(true);
          // the run back from the end of the sequence, or from after the spaces that follow it, reaches its start
          let e = p + m[0].length;
          expect(nameRunBack(t, e)).toBeLessThanOrEqual(p);
          while (/\s/.test(t[e] ?? '')) expect(nameRunBack(t, ++e)).toBeLessThanOrEqual(p);
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('cued name patterns find what their global scans find', () => {
  it('has cued patterns', () => expect(CUED.length).toBeGreaterThanOrEqual(7));
  const examples = namePatterns(lex).map((p) => p.example);
  it.each(CUED)('%s on the examples and random texts', (_id, c) => {
    for (const ex of examples) same(c, ex);
    fc.assert(
      fc.property(text, (t) => {
        same(c, t);
      }),
      { numRuns: 500 },
    );
  });
  it('finds matches on random texts (the comparison is not empty)', () => {
    const samples = fc.sample(text, { numRuns: 8000, seed: 7 });
    for (const [id, c] of CUED) expect(samples.some((t) => want(c, t).length > 0), id).toBe(true);
  });
});

/** Every position where a regex matches (what cued.ts's own scan of a cue regex finds). */
function regexPositions(re: RegExp, t: string): number[] {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  const out: number[] = [];
  for (let m = g.exec(t); m; m = g.exec(t)) {
    out.push(m.index);
    g.lastIndex = m.index + 1;
  }
  return out;
}
const CUE_RES = [...new Set(CUED.map(([, c]) => c.cue.re))];

describe('cue regexes that are words are read in one pass (cue-words.ts)', () => {
  it.each([
    ['(?:said|told)', 'gu', 2],
    ['(?:factions?|group)', 'gu', 3],
    ['[Cc]oalition|(?:chief\\s+of\\s+staff)', 'gu', 3],
    ['(?:U\\.S\\.|army)', 'giu', 2],
    ['[-‐](?:led|run)', 'gu', 4],
  ] as const)('reads %s (%s) as %i words', (src, flags, n) => {
    expect(cueWords(new RegExp(src, flags))?.length).toBe(n);
  });
  it.each([
    ['\\p{Lu}\\d', 'gu'],
    ['\\d(?:st|nd)\\s', 'gu'],
    ['(?:a|b(?!c))', 'gu'],
    ['(?:\\s+said)', 'gu'],
    ['(?:said|told)', 'g'],
    ['(?:Élysée)', 'giu'],
    ['(?:a b)', 'gu'],
    ['[a-c]x', 'gu'],
  ] as const)('leaves %s (%s) to its regex', (src, flags) => {
    expect(cueWords(new RegExp(src, flags))).toBeUndefined();
  });
  it('reads most of the name patterns\' cues', () => {
    const scan = new CueWordScan(CUE_RES);
    expect(CUE_RES.filter((re) => scan.has(re)).length).toBeGreaterThanOrEqual(15);
  });
  const check = (t: string) => {
    for (const re of CUE_RES) expect(cuePositions(re, t), `${re.source.slice(0, 40)} in ${JSON.stringify(t)}`).toEqual(regexPositions(re, t));
  };
  it('finds the positions of their regexes on the examples and random texts', () => {
    for (const p of namePatterns(lex)) check(p.example);
    fc.assert(fc.property(text, check), { numRuns: 1000 });
    // (white space, case and the characters case-insensitive matching folds, between the words of the cues)
    check('Chief\u00a0of \t staff CHIEF OF STAFF chief  of\nstaff ſaid \u212aurds FACTIONS factions faction coalition Coalition');
  });
});

const WIKI = resolve(fileURLToPath(new URL('../../../shared/data/wiki-syria', import.meta.url)));
describe.skipIf(!existsSync(WIKI))('cued name patterns on wiki-syria', () => {
  it('find what their global scans find in every article', () => {
    const texts = existsSync(WIKI) ? readdirSync(WIKI).filter((f) => f.endsWith('.md')).sort().map((f) => readFileSync(join(WIKI, f), 'utf8')) : [];
    expect(texts.length).toBeGreaterThan(100);
    let n = 0;
    for (const t of texts) {
      for (const [, c] of CUED) {
        const w = want(c, t);
        n += w.length;
        expect(show(execCued(c, t).filter((m) => !c.only || c.only(m)))).toEqual(w);
      }
      for (const re of CUE_RES) expect(cuePositions(re, t)).toEqual(regexPositions(re, t));
    }
    expect(n).toBeGreaterThan(1000);
  });
});

describe('the unknown-name fallback scans its capitalised sequences where one can start', () => {
  const global = sequenceRegExp(lex);
  const showAll = (ms: RegExpExecArray[]) => ms.map((m) => [m.index, m[0]]);
  it.each([
    ['Ali al-Hassan met UN and NGOs in Tel Tamer.', [[0, 'Ali al-Hassan'], [18, 'UN'], [25, 'NGOs'], [33, 'Tel Tamer']]],
    ['talks in Ärzte 𝐀li and abdul-Aziz', [[9, 'Ärzte 𝐀li'], [24, 'abdul-Aziz']]],
    ['no names here', []],
  ] as const)('%j', (t, expected) => {
    expect(showAll(capitalisedSequences(t, lex))).toEqual(expected);
    expect(showAll(capitalisedSequences(t, lex))).toEqual(showAll(matchesOf(global, t)));
  });
  it('finds what the global scan finds on random texts', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(showAll(capitalisedSequences(t, lex)), JSON.stringify(t)).toEqual(showAll(matchesOf(global, t)));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('the unknown-name fallback skips lines mostly in capitals (ASCII counted without case mapping)', () => {
  const names = (t: string) => findUnknownNames(t, new Uint8Array(t.length + 1), new Set([0]), lex).map((c) => t.slice(c.start, c.end));
  it.each([
    ['Talks with Kofi Mensah resumed in Tromsdal.', ['Kofi Mensah', 'Tromsdal']],
    ['TALKS WITH KOFI MENSAH RESUMED IN TROMSDAL', []],
    ['ÉTATS ÉLUS À GENÈVE AVEC KOFI MENSAH', []],
    ['États élus à Genève avec Kofi Mensah', ['Kofi Mensah']],
  ] as const)('%j', (t, expected) => {
    expect(names(t)).toEqual(expected);
  });
});
