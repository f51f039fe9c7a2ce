/**
 * The countries the curated places lack are generated from the Phoenix country dictionary
 * (scripts/convert/countries-lexicon.ts): the shipped file is what the converter writes, and it fills the gaps.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countriesLexicon } from '../../../scripts/convert/countries-lexicon.ts';
import { extract } from '../../../src/extract/index.ts';

const FILE = new URL('../../../src/extract/lexicon/entities/countries.json', import.meta.url);

describe('countries from the Phoenix dictionary', () => {
  it('the shipped file is what the converter writes', () => {
    expect(readFileSync(FILE, 'utf8')).toBe(countriesLexicon());
  });

  it.each([
    ['Gangs attacked two prisons in Haiti.', 'Haiti'],
    ['Fighting spread across South Sudan.', 'South Sudan'],
    ['Rebels entered the Central African Republic.', 'Central African Republic'],
  ])('%s -> %s is a country', (text, name) => {
    const m = extract({ id: 't', title: 't', text }).mentions.find((x) => x.text === name);
    expect(m?.type).toBe('country');
  });

  it('a demonym it gives names the country\'s forces', () => {
    const m = extract({ id: 't', title: 't', text: 'Burundian soldiers crossed the border.' }).mentions.find((x) => x.rule === 'generic-actor' || x.rule === 'name-force-descriptive');
    expect(m?.label ?? m?.canonical).toMatch(/burundi/i);
  });
});
