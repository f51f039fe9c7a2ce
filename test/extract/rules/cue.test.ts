/**
 * Cues derived from patterns: the required literals of a regular expression.
 * A cue may be looser than its pattern, never stricter.
 */
import { describe, expect, it } from 'vitest';
import { requiredLiterals } from '../../../src/extract/rules/cue.ts';
import { compiledRules } from '../../../src/extract/rules/compile.ts';
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
