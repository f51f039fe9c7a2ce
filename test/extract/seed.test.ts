/**
 * The seed article through extract + resolveArticle (ids before the
 * cross-article canonical step): the extraction contract holds
 * (spans equal their slices, evidence points at mentions of its ends) and the
 * user's example graph is there. Skipped when ../shared is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.ts';
import { resolveArticle } from '../../src/resolve/article.ts';

const SHARED = resolve(fileURLToPath(new URL('../../../shared', import.meta.url)));
const ARTICLE = resolve(SHARED, 'gold', 'seed.article.txt');

describe.skipIf(!existsSync(ARTICLE))('seed article', () => {
  const text = existsSync(ARTICLE) ? readFileSync(ARTICLE, 'utf8') : '';
  const ex = resolveArticle(extract({ id: 'seed', title: 'seed', text }));
  const byId = new Map(ex.entities.map((e) => [e.id, e]));

  it('keeps the span contract', () => {
    for (const e of ex.entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    for (const r of ex.relations) {
      for (const ev of r.evidence) {
        expect(text.slice(ev.start, ev.end)).toBe(ev.sentence);
        // an end is one of the entity's mentions, or, when `described` says so, a description inside the sentence ("we")
        const fits = (end: 'source' | 'target', id: string, span: { start: number; end: number }) =>
          ev.described?.includes(end)
            ? span.start >= ev.start && span.end <= ev.end
            : byId.get(id)!.mentions.some((m) => m.start === span.start && m.end === span.end);
        const src = fits('source', r.source, ev.sourceMention);
        const tgt = fits('target', r.target, ev.targetMention);
        expect(src && tgt, `${r.source} ${r.type} ${r.target} ${ev.rule}`).toBe(true);
        expect(ev.confidence).toBeGreaterThan(0);
        expect(ev.confidence).toBeLessThanOrEqual(1);
      }
    }
    for (const q of ex.quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  });

  const EDGES: [string, string, string][] = [
    ['isis', 'attacks', 'syria'],
    ['isis', 'attacks', 'iraq'],
    ['isis', 'attacks', 'us-forces'],
    ['isis', 'located_in', 'north-arabian-desert'],
    ['syrian-democratic-forces', 'captures', 'isis'],
    ['syrian-democratic-forces', 'allied_with', 'united-states'],
    ['rohilat-afrin', 'leads', 'syrian-democratic-forces'],
    ['united-states', 'located_in', 'syria'],
    ['united-states', 'located_in', 'iraq'],
    ['jerusalem-post', 'reports', 'wall-street-journal'],
    ['us-special-forces', 'quotes', 'northeast-syria'],
    ['isis', 'located_in', 'al-hol-camp'],
  ];
  it.each(EDGES)('%s %s %s', (s, type, t) => {
    expect(ex.relations.some((r) => r.type === type && r.source === s && r.target === t)).toBe(true);
  });

  it('attributes all four quotes', () => {
    expect(ex.quotes.map((q) => q.speaker)).toEqual(['rohilat-afrin', 'ali-al-hassan', 'us-special-forces', 'us-special-forces']);
  });

  it('merges the aliases of one entity', () => {
    expect(byId.get('isis')!.aliases).toContain('ISIS');
    expect(byId.get('north-arabian-desert')!.aliases).toContain('Jordanian steppe');
    expect(byId.get('syrian-democratic-forces')!.aliases).toContain('SDF');
  });
});
