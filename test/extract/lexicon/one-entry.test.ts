/**
 * One entry per real entity in the shipped entity dictionaries: no name (label
 * or alias) belongs to two entries, and no one-word organisation is the
 * first word of another organisation's name ("Amnesty" and "Amnesty
 * International" were two nodes). Names two places really share are listed.
 */
import { describe, expect, it } from 'vitest';
import { defaultLexicon } from '../../../src/extract/lexicon/index.ts';

/** Names two different real entities carry (the Russian Duma; Douma, the Syrian town, spelled "Duma" too). */
const SHARED = new Set(['duma']);

describe('the entity dictionaries hold one entry per entity', () => {
  const entries = defaultLexicon().entities;
  it('loads the dictionaries', () => expect(entries.length).toBeGreaterThan(1000));

  it('gives no name to two entries', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const e of entries) {
      for (const name of new Set([e.label, ...e.aliases].map((x) => x.toLowerCase()))) {
        const first = owner.get(name);
        if (first !== undefined && first !== e.id && !SHARED.has(name)) clashes.push(`${name}: ${first} / ${e.id}`);
        owner.set(name, e.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('has no one-word organisation that is the short form of another', () => {
    const orgs = entries.filter((e) => e.type === 'organization');
    const short = orgs.filter((e) => !/\s/.test(e.label));
    const found = short.flatMap((s) => orgs.filter((o) => o !== s && o.label.startsWith(`${s.label} `) && o.label.split(/\s+/).length === 2).map((o) => `${s.label} / ${o.label}`));
    expect(found).toEqual([]);
  });
});
