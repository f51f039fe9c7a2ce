/**
 * Every rule's example sentences are real: the rule fires on each of them.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.ts';
import { RELATION_RULES } from '../../src/extract/rules/index.ts';
import { namePatterns } from '../../src/extract/mentions/patterns.ts';
import { QUOTE_RULES } from '../../src/extract/quotes.ts';
import { UNKNOWN_RULE } from '../../src/extract/mentions/unknown.ts';
import { FRAME_RULES, REPORT_RULES, SENTENCE_RULES } from '../../src/extract/formats/strike-report-rules.ts';
import { CO_BELLIGERENTS } from '../../src/extract/rules/engine.ts';
import { GENERIC_ROLE } from '../../src/extract/pipeline.ts';
import { PART_ANAPHOR_MEMBER } from '../../src/extract/coref/part-anaphor.ts';
import { POSSESSED_GROUP } from '../../src/extract/coref/possessed.ts';
import { FROM_UNIT_RULE, UNIT_RULE } from '../../src/extract/formats/unit-hierarchy.ts';
import { CONTAINMENT_RULE } from '../../src/extract/containment.ts';
import { STATEMENT_RULE } from '../../src/extract/formats/statements.ts';

const run = (text: string) => extract({ id: 't', title: 't', text });

describe('relation rules fire on their examples', () => {
  const cases = RELATION_RULES.flatMap((r) => [r.example, ...(r.examples ?? [])].map((ex) => [r.reason, ex, r] as const));
  it.each(cases)('%s: %s', (_reason, example, rule) => {
    const raw = run(example);
    const fired = raw.relations.filter((r) => r.evidence.rule === rule.reason);
    expect(fired.length, `${rule.reason} on "${example}"`).toBeGreaterThan(0);
    expect(fired.every((r) => r.type === rule.type)).toBe(true);
    for (const r of fired) {
      expect(r.evidence.confidence).toBeGreaterThan(0);
      expect(r.evidence.confidence).toBeLessThanOrEqual(1);
    }
  });
});

describe('rules without a pattern fire on their examples', () => {
  const FRAME = 'Coalition military forces conducted 23 strikes against ISIL terrorists.\n';
  const rules = [
    ...Object.values(REPORT_RULES).map((r) => [r.reason, FRAME + r.example, r.type] as const),
    ...Object.values(SENTENCE_RULES).map((r) => [r.reason, r.example, r.type] as const),
    ...Object.values(FRAME_RULES).map((r) => [r.reason, r.example, r.type] as const),
    [CO_BELLIGERENTS.reason, CO_BELLIGERENTS.example, 'allied_with'] as const,
    [UNIT_RULE.reason, UNIT_RULE.example, UNIT_RULE.type] as const,
    [FROM_UNIT_RULE.reason, FROM_UNIT_RULE.example, FROM_UNIT_RULE.type] as const,
    [CONTAINMENT_RULE.reason, CONTAINMENT_RULE.example, CONTAINMENT_RULE.type] as const,
    [STATEMENT_RULE.reason, STATEMENT_RULE.example, 'quotes'] as const,
    [GENERIC_ROLE.reason, GENERIC_ROLE.example, 'member_of'] as const,
    [POSSESSED_GROUP.reason, POSSESSED_GROUP.example, 'member_of'] as const,
    [PART_ANAPHOR_MEMBER.reason, PART_ANAPHOR_MEMBER.example, 'member_of'] as const,
  ];
  it.each(rules)('%s', (reason, example, type) => {
    const fired = run(example).relations.filter((r) => r.evidence.rule === reason);
    expect(fired.length, `${reason} on "${example}"`).toBeGreaterThan(0);
    expect(fired.every((r) => r.type === type)).toBe(true);
  });
});

describe('name patterns find their examples', () => {
  it.each([...namePatterns(), UNKNOWN_RULE].map((p) => [p.reason, p] as const))('%s', (_reason, p) => {
    const raw = run(p.example);
    const m = raw.mentions.find((x) => x.text === p.expect);
    expect(m, `${p.reason}: "${p.expect}" in "${p.example}"`).toBeDefined();
  });
});

describe('quote rules fire on their examples', () => {
  it.each(QUOTE_RULES.map((q) => [q.reason, q] as const))('%s', (reason, q) => {
    const raw = run(q.example);
    const rules = new Set(raw.relations.filter((r) => r.type === 'quotes').map((r) => r.evidence.rule));
    const speakers = raw.quotes.map((x) => raw.mentions[x.speaker]!.text);
    expect(raw.quotes.length).toBeGreaterThan(0);
    expect(speakers.every((s) => s.length > 0)).toBe(true);
    if (reason === 'quote-about') expect(rules.has('quote-about')).toBe(true);
    if (reason === 'quote-continue') expect(raw.quotes.length).toBe(2);
  });
});
