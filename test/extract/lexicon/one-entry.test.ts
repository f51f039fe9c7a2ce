/**
 * One entry per real entity in the shipped entity dictionaries: no name (label
 * or alias) belongs to two entries, and no one-word organisation is the
 * first word of another organisation's name ("Amnesty" and "Amnesty
 * International" were two nodes). Names two places really share are listed; an
 * acronym two entries share is read by the article's countries (`countries`).
 */
import { describe, expect, it } from 'vitest';
import { defaultLexicon } from '../../../src/extract/lexicon/index.ts';

/** Names two different real entities carry (the Russian Duma; Douma, the Syrian town, spelled "Duma" too). */
const SHARED = new Set(['duma']);

describe('the entity dictionaries hold one entry per entity', () => {
  const entries = defaultLexicon().entities;
  it('loads the dictionaries', () => expect(entries.length).toBeGreaterThan(1000));

  it('gives no name to two entries', () => {
    const owner = new Map<string, (typeof entries)[number]>();
    const clashes: string[] = [];
    for (const e of entries) {
      for (const [name, written] of new Map([e.label, ...e.aliases].map((x) => [x.toLowerCase(), x]))) {
        const first = owner.get(name);
        const scoped = /^\p{Lu}{2,6}$/u.test(written) && (first?.countries !== undefined || e.countries !== undefined);
        if (first !== undefined && first.id !== e.id && !SHARED.has(name) && !scoped) clashes.push(`${name}: ${first.id} / ${e.id}`);
        owner.set(name, e);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('shares an acronym only where an entry is read in its countries alone', () => {
    const byName = new Map<string, typeof entries>();
    for (const e of entries) for (const a of e.aliases) if (/^\p{Lu}{2,6}$/u.test(a)) byName.set(a, [...(byName.get(a) ?? []), e]);
    const shared = [...byName].filter(([, es]) => es.length > 1);
    expect(shared.length).toBeGreaterThan(0);
    for (const [name, es] of shared) expect(es.filter((e) => e.countries).length, name).toBeGreaterThanOrEqual(es.length - 1);
  });

  it('has no one-word organisation that is the short form of another', () => {
    const orgs = entries.filter((e) => e.type === 'organization');
    const short = orgs.filter((e) => !/\s/.test(e.label));
    const found = short.flatMap((s) => orgs.filter((o) => o !== s && o.label.startsWith(`${s.label} `) && o.label.split(/\s+/).length === 2).map((o) => `${s.label} / ${o.label}`));
    expect(found).toEqual([]);
  });
});
