/**
 * Generalise, don't fit: every example of every rule is written fresh: none
 * shares a run of six words with the development data (re3d-dev, the
 * bundled corpus, the seed article). Skips cleanly without ../shared.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { RELATION_RULES } from '../../../src/extract/rules/index.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SHARED = join(ROOT, '../shared');
const RUN = 6;

function devTexts(): string[] {
  const out: string[] = [];
  const re3d = join(SHARED, 'data/re3d-dev');
  for (const pub of readdirSync(re3d)) {
    const f = join(re3d, pub, 'documents.json');
    if (!existsSync(f)) continue;
    for (const line of readFileSync(f, 'utf8').split('\n')) if (line.trim()) out.push((JSON.parse(line) as { text: string }).text);
  }
  for (const f of readdirSync(join(ROOT, 'corpus'))) {
    const path = join(ROOT, 'corpus', f);
    if (f.endsWith('.jsonl')) {
      for (const line of readFileSync(path, 'utf8').split('\n')) if (line.trim()) out.push((JSON.parse(line) as { text: string }).text);
    } else if (f.endsWith('.txt')) {
      out.push(readFileSync(path, 'utf8'));
    }
  }
  const seed = join(SHARED, 'gold/seed.article.txt');
  if (existsSync(seed)) out.push(readFileSync(seed, 'utf8'));
  return out;
}

const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}'’-]+/gu) ?? [];

describe.skipIf(!existsSync(join(SHARED, 'data/re3d-dev')))('rule examples are not copied from the development data', () => {
  const runs = new Set<string>();
  // (read before the tests, not while they are collected: a skipped suite's body still runs without ../shared)
  beforeAll(() => {
    for (const t of devTexts()) {
      const w = words(t);
      for (let i = 0; i + RUN <= w.length; i++) runs.add(w.slice(i, i + RUN).join(' '));
    }
  });
  const copied = (ex: string): boolean => {
    const w = words(ex);
    for (let i = 0; i + RUN <= w.length; i++) if (runs.has(w.slice(i, i + RUN).join(' '))) return true;
    return false;
  };

  it.each(RELATION_RULES.map((r) => [r.reason, r] as const))('%s: every example is fresh', (_reason, rule) => {
    const examples = [rule.example, ...(rule.examples ?? [])];
    expect(examples.filter(copied), `${rule.reason}: examples that share ${RUN} words in a row with the dev data`).toEqual([]);
  });
});
