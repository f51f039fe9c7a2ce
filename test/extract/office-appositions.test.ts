/**
 * An office or a generic person set beside a person's name between commas is that person
 * (src/extract/mentions/office-appositions.ts): [text, office words, name] tables written fresh for this test, with
 * the lists and phrases that must keep two entities.
 */
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/resolve/index.ts';
import { OFFICE_APPOSITION_RULE, PERSON_APPOSITION_RULE } from '../../src/extract/mentions/office-appositions.ts';

/** The id of the entity that the first mention with exactly these words belongs to. */
function entityOf(text: string, words: string): string | undefined {
  const ex = analyzeArticle({ id: 't', title: 't', text });
  return ex.entities.find((e) => e.mentions.some((m) => m.text === words))?.id;
}

describe('an office apposed to a name is the named person', () => {
  it.each([
    [OFFICE_APPOSITION_RULE.example, OFFICE_APPOSITION_RULE.expect[1]!, OFFICE_APPOSITION_RULE.expect[0]!],
    [PERSON_APPOSITION_RULE.example, PERSON_APPOSITION_RULE.expect[1]!, PERSON_APPOSITION_RULE.expect[0]!],
    ["The Nigerien Interior Minister, Mohamed Toumba, said the border would stay shut.", 'Nigerien Interior Minister', 'Mohamed Toumba'],
    ['Mohamed Toumba, the Nigerien interior minister, said the border would stay shut.', 'Nigerien interior minister', 'Mohamed Toumba'],
    ['The envoy met Assane Diallo, the Senegalese Foreign Minister.', 'Senegalese Foreign Minister', 'Assane Diallo'],
    // a later mention of the office finds the holder the apposition named
    ['The Chadian Defence Minister, Daoud Yaya, toured Abeche. The Defence Minister said the army was ready.', 'Defence Minister', 'Daoud Yaya'],
  ])('%s', (text, office, name) => {
    const id = entityOf(text, name);
    expect(id).toBeDefined();
    expect(entityOf(text, office)).toBe(id);
  });
});

describe('an office and a name that stay two entities', () => {
  it.each([
    // a list, not an apposition
    ['The Foreign Secretary, Alan Reyes and the Defence Secretary met in Gao.', 'Foreign Secretary', 'Alan Reyes'],
    ['Mohamed Toumba, the Nigerien interior minister and the army chief met in Niamey.', 'Nigerien interior minister', 'Mohamed Toumba'],
    // no comma between them: the office is someone else's words
    ['Mohamed Toumba met the Nigerien interior minister in Niamey.', 'Nigerien interior minister', 'Mohamed Toumba'],
  ])('%s', (text, office, name) => {
    const id = entityOf(text, name);
    expect(id).toBeDefined();
    expect(entityOf(text, office)).not.toBe(id);
  });
});
