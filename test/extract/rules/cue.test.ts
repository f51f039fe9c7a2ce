/**
 * Cues derived from patterns: the required literals of a regular expression.
 * A cue may be looser than its pattern, never stricter.
 */
import { describe, expect, it } from 'vitest';
import { requiredLiterals } from '../../../src/extract/rules/cue.ts';
import { compiledCues, compiledRules } from '../../../src/extract/rules/compile.ts';
import { scannable } from '../../../src/extract/rules/cue-scan.ts';
import { RELATION_RULES } from '../../../src/extract/rules/index.ts';

describe('requiredLiterals', () => {
  const CASES: [string, string[] | undefined][] = [
    ['claimed\\s+responsibility', ['responsibility']],
    ['(?:attacked|attacking)\\s+the', ['attacked', 'attacking']],
    ['attacks?\\s+on', ['attack', 'attacks']],
    ['(?:fired|firing)\\s+(?:rockets\\s+)?(?:on|at)', ['fired', 'firing']],
    ['⟦(?<s>\\d+)[^⟧]*⟧\\s+in\\s+⟦(?<t>\\d+)[^⟧]*⟧', ['in']],
    ['(?<!\\bagainst\\s+)backed\\s+by', ['backed']],
    ['[-‐]held', ['-held', '‐held']],
    ['(?:the\\s+)?\\w+', undefined],
    ['x|\\w+', undefined],
    ['^(?:In|At)\\s', ['at', 'in']],
    // a placeholder's fields (kind, type) are in the masked sentence only, never in the raw one
    ['⟦\\d+\\|(?:place|camp)\\|[^⟧]*⟧\\s+envoy', ['envoy']],
    ['⟦(?<s>\\d+)(?=[^⟧]*\\|(?:person)(?:\\||⟧))[^⟧]*⟧,\\s+⟦\\d+\\|place\\|[^⟧]*⟧', [',']],
  ];
  it.each(CASES)('%s', (source, expected) => {
    expect(requiredLiterals(source)).toEqual(expected);
  });

  it('prefers a rarer literal to a common word', () => {
    expect(requiredLiterals('(?:ally|side)\\s+with')).toEqual(['with']);
    expect(requiredLiterals('(?:ally|side)\\s+with', new Set(['with']))).toEqual(['ally', 'side']);
  });
});

describe('every rule has a cue, and its examples pass it', () => {
  const compiled = compiledRules();
  it.each(compiled.map((c) => [c.rule.reason, c] as const))('%s', (_reason, c) => {
    expect(c.cue, `${c.rule.reason} has no cue: every sentence would run its pattern`).toBeDefined();
    for (const ex of [c.rule.example, ...(c.rule.examples ?? [])]) expect(c.cue!.test(ex), ex).toBe(true);
  });

  it('no rule carries a hand-written cue', () => {
    for (const r of RELATION_RULES) expect(Object.keys(r)).not.toContain('cue');
  });
});

describe('one scan for every cue (cue-scan.ts) lets through every sentence the cue regexes do', () => {
  const compiled = compiledRules();
  const scan = compiledCues();
  const ruleText = (c: (typeof compiled)[number]) => [c.rule.example, ...(c.rule.examples ?? [])];
  // the rules' own examples, then the same sentences shouted, title-cased and with odd characters
  const sentences = compiled.flatMap(ruleText);
  const variants = sentences.flatMap((t) => [
    t,
    t.toUpperCase(),
    t.replace(/\b\w/g, (c) => c.toUpperCase()),
    t.replace(/s/g, 'ſ').replace(/k/g, '\u212a'), // long s and the Kelvin sign fold to "s" and "k"
    t.replace(/-/g, '‐').replace(/'/g, '’'),
    `İ${t}Σ`,
  ]);
  it('never stricter than the regexes', () => {
    for (const t of variants) {
      const got = scan.rules(t);
      compiled.forEach((c, k) => {
        if (!c.cue || c.cue.test(t)) expect(got[k], `${c.rule.reason}: ${t}`).toBe(1);
      });
    }
  });
  it('as strict as the regexes on these sentences (no rule let through without its words)', () => {
    let extra = 0;
    for (const t of variants) {
      const got = scan.rules(t);
      compiled.forEach((c, k) => {
        if (got[k] && c.cue && !c.cue.test(t)) extra++;
      });
    }
    expect(extra).toBe(0);
  });
  it('a sentence without any cue word runs no rule that has a cue', () => {
    const got = scan.rules('Xyz qwv.');
    compiled.forEach((c, k) => expect(got[k], c.rule.reason).toBe(c.cue ? 0 : 1));
  });
  it('scannable: ASCII lower case and caseless characters only', () => {
    expect(['in', '‐backed', '’s', ', ', 'as well as'].every(scannable)).toBe(true);
    expect(['In', 'é', 'σ', ''].some(scannable)).toBe(false);
    expect(scannable('é')).toBe(false);
  });
});

describe('the scan of a masked sentence says where each rule\'s last cue word ends (cue-scan.ts `ends`)', () => {
  const compiled = compiledRules();
  const scan = compiledCues();
  /** The end of the last case-insensitive occurrence of any of the rule's words, by regex. */
  const lastEnd = (words: readonly string[], text: string): number => {
    const re = new RegExp(`(?=(${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')}))`, 'giu');
    let end = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      for (const w of words) if (text.slice(m.index, m.index + w.length).toLowerCase() === w) end = Math.max(end, m.index + w.length);
      re.lastIndex = m.index + 1;
    }
    return end;
  };
  const sentences = compiled.flatMap((c) => [c.rule.example, ...(c.rule.examples ?? [])]);
  const variants = sentences.flatMap((t) => [t, t.toUpperCase(), `⟦0|actor|armed_group|lexicon⟧ ${t} ⟦1|place|city|lexicon⟧`, t.replace(/-/g, '‐')]);
  it('the same end as a regex search for the words, on the examples and variants', () => {
    let some = 0;
    for (const t of variants) {
      const ends = scan.ends(t)!;
      compiled.forEach((c, k) => {
        if (!c.cueWords || !c.cueWords.every(scannable)) return void expect(ends[k], c.rule.reason).toBe(-1);
        const want = lastEnd(c.cueWords, t);
        if (want) some++;
        expect(ends[k], `${c.rule.reason}: ${t}`).toBe(want);
      });
    }
    expect(some).toBeGreaterThan(500);
  });
  it('no positions when lower-casing changes the length', () => {
    expect(scan.ends('İstanbul attacked')).toBeUndefined();
    expect(scan.ends('Istanbul attacked')).toBeDefined();
  });
});
