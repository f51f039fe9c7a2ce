/**
 * The strings a regex's matches begin with (prefix.ts `matchPrefixes`), and
 * the search that tries a rule's regex only where one of them starts
 * (`firstMatch`, engine.ts `nextMatch`): the same first match as `re.exec`
 * from the same position, for every rule's pattern and the rest of the
 * pattern after a lead gap.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compiledCues, compiledRules } from '../../../src/extract/rules/compile.ts';
import { firstMatch, matchPrefixes, prefixScan } from '../../../src/extract/rules/prefix.ts';
import { maskedSentences } from './masked-fuzz.ts';

describe('matchPrefixes: the strings every match begins with', () => {
  const cases: Array<[RegExp, string[] | undefined]> = [
    [/abc|abd/giu, ['abc', 'abd']],
    // look-arounds and word boundaries consume nothing; a gap after a literal ends what is known
    [/\b(?<![\p{L}-])(?:Attacked|fired\s+on)\s+x/giu, ['attacked', 'fired']],
    // an optional part: with it and without it; prefixes cut to eight characters
    [/(?:air)?strikes?\s+on/giu, ['airstrik', 'strike']],
    [/(?:the\s+)?army/giu, ['army', 'the']],
    [/defen[cs]e/giu, ['defence', 'defense']],
    // a placeholder opens with its bracket; a string that begins with another adds nothing
    [/⟦(?<s>\d+)\|[^⟧]*⟧\s+in/giu, ['⟦']],
    [/at|attack/giu, ['at']],
    [/a{2}b/giu, ['aab']],
    // case kept without the i flag
    [/War/gu, ['War']],
    // nothing known: a match may be empty, or begin with a class, a range, a cased letter beyond ASCII
    [/x?/giu, undefined],
    [/\w+ed/giu, undefined],
    [/[a-z]ed/giu, undefined],
    [/éx/giu, undefined],
    [/(?:a|\p{L})b/giu, undefined],
    // (the i flag without u folds case by toUpperCase: "ı" matches "i")
    [/in/gi, undefined],
  ];
  it.each(cases)('%s', (re, expected) => {
    expect(matchPrefixes(re)).toEqual(expected);
  });
});

// words the patterns read (cue words among them), some in capitals or with characters that case-fold to ASCII letters
// ("ſ" to s, the Kelvin sign to k) or lower-case to two characters ("İ": no scan)
const WORDS = [
  'attacked', 'Fought', 'against', 'in', 'of', ',', 'the', 'forces', 'led by', 'CAPTURED', 'from', 'backed by', 'said', 'and',
  'withdrew from', 'based in', 'a member of', 'leader of', 'commander', 'clashed with', 'ſeized', 'presence in', 'allied with',
  'troops in', 'not', 'fighters', '-based', 'supported', 'joined', 'is', 'was', '\u212Aidnapped', 'at war with', 'strikes on',
  'İ', 'claimed responsibility for the attack', 'were killed by', 'airstrikes against', 'to defeat', 'fighting between',
];

const show = (m: RegExpExecArray | null) => m && `${m.index}:${m[0]}:${JSON.stringify(m.groups ?? {})}`;

describe('firstMatch: the first match of re.exec, tried where a prefix starts', () => {
  const rules = compiledRules();
  const scans = rules.flatMap((c) => [
    { name: c.rule.reason, re: c.re, scan: c.scan },
    ...(c.lead?.gap ? [{ name: `${c.rule.reason} (rest)`, re: c.lead.gap.rest, scan: c.lead.gap.scan }] : []),
  ]);
  it('most rules and rests have prefixes', () => {
    expect(scans.filter((x) => x.scan).length).toBeGreaterThan(scans.length * 0.9);
  });
  it('on sentences of random mentions and pattern words, from any position', () => {
    let found = 0;
    fc.assert(
      fc.property(maskedSentences(WORDS, ['lexicon', 'tagger', 'title-lead'], 9), fc.integer({ min: 0, max: 99 }), ({ text }, percent) => {
        for (const [{ name, re, scan }, from] of scans.flatMap((x) => [[x, 0], [x, Math.floor((text.length * percent) / 100)]] as const)) {
          if (!scan) continue;
          re.lastIndex = from;
          const want = re.exec(text);
          const got = firstMatch(scan, text, from);
          if (got === undefined) {
            expect(text).toContain('İ');
            continue;
          }
          expect(show(got), `${name} on ${text} from ${from}`).toBe(show(want));
          if (want) expect(scan.sticky.lastIndex).toBe(re.lastIndex);
          found += want ? 1 : 0;
        }
      }),
      { numRuns: 300, seed: 7 },
    );
    expect(found).toBeGreaterThan(100);
  });
  it("tried only before the end of the rule's last cue word: the same match (a match holds a cue word)", () => {
    const cues = compiledCues();
    let bounded = 0;
    fc.assert(
      fc.property(maskedSentences(WORDS, ['lexicon', 'tagger', 'title-lead'], 9), ({ text }) => {
        const ends = cues.ends(text);
        if (!ends) return;
        rules.forEach((c, k) => {
          const end = ends[k]!;
          if (end < 0) return;
          for (const [re, scan] of [[c.re, c.scan], ...(c.lead?.gap ? [[c.lead.gap.rest, c.lead.gap.scan] as const] : [])] as const) {
            re.lastIndex = 0;
            const want = re.exec(text);
            // (no cue word: no match)
            if (end === 0 || !scan) {
              if (end === 0) expect(want, `${c.rule.reason} on ${text}`).toBeNull();
              continue;
            }
            const got = firstMatch(scan, text, 0, end);
            if (got === undefined) continue;
            expect(show(got), `${c.rule.reason} on ${text} before ${end}`).toBe(show(want));
            bounded++;
          }
        });
      }),
      { numRuns: 200, seed: 11 },
    );
    expect(bounded).toBeGreaterThan(100);
  });
  it('a scan needs prefixes', () => {
    expect(prefixScan(/\w+/g, matchPrefixes(/\w+/g))).toBeUndefined();
  });
});
