/**
 * Names of weapon models (src/extract/mentions/weapon-names.ts and the
 * lexicon's weaponModelHeads): "Grad rockets" names a rocket, not a party.
 * [text, names that must not appear, names that must] tables, written fresh
 * for this test; the second table holds the false positives: a name next to a
 * weapon noun that still names a party of its own.
 */
import { describe, expect, it } from 'vitest';
import { droppedAndKept } from './name-tables.ts';
import { analyzeArticle } from '../../src/resolve/index.ts';
import { WEAPON_NAME_RULE } from '../../src/extract/mentions/weapon-names.ts';

function names(text: string): string[] {
  return analyzeArticle({ id: 't', title: 't', text }).entities.flatMap((e) => e.mentions.map((m) => m.text));
}

const DROPPED: [string, string[], string[]][] = [
  ['The attackers, who were armed with AK-47 rifles and machetes, raided Bakassi.', ['AK-47'], []],
  ['The militia used Kalashnikov rifles against the M23 near Goma.', ['Kalashnikov'], ['M23', 'Goma']],
  ['Rebels fired Grad rockets at the airport in Sittwe.', ['Grad'], ['Sittwe']],
  ['Russia launched Shahed drones at Odesa overnight.', ['Shahed'], ['Russia', 'Odesa']],
];

const KEPT: [string, string[]][] = [
  // a party the lexicon knows keeps its mention before its weapons
  ['Hezbollah drones struck a base near Haifa.', ['Hezbollah', 'Haifa']],
  // a hyphenated compound keeps its name
  ['Iranian-made drones hit Kyiv.', ['Kyiv']],
];

describe('names of weapon models are no mentions', () => {
  droppedAndKept(names, DROPPED, KEPT);

  it('the rule example drops what it says', () => {
    const got = names(WEAPON_NAME_RULE.example);
    for (const d of WEAPON_NAME_RULE.dropped) expect(got).not.toContain(d);
  });
});
