/**
 * A given name, a nickname in quotes and a surname are one person (src/extract/mentions/nicknames.ts); the surname
 * alone later refers back to it. Sentences written for this test; the false-positive table holds quotations between
 * two names.
 */
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/resolve/index.ts';
import { NICKNAME_RULE } from '../../src/extract/mentions/nicknames.ts';

const people = (text: string) =>
  analyzeArticle({ id: 't', title: 't', text })
    .entities.filter((e) => e.type === 'person')
    .map((e) => ({ label: e.label, said: e.mentions.map((m) => m.text) }));

describe('a nickname in quotes between a given name and a surname', () => {
  it.each([
    [NICKNAME_RULE.example, 'Idris Kamal', [NICKNAME_RULE.expect, 'Kamal']],
    ['The gang is run by Omar “Scorpion” Haji, police said. Haji denied it.', 'Omar Haji', ['Omar “Scorpion” Haji', 'Haji']],
    // a nickname the tagger read as a name of its own, or as part of the surname (fresh rows)
    ['Marines captured Tomás "El Güero" Robles near the port. Robles was flown out.', 'Tomás Robles', ['Tomás "El Güero" Robles', 'Robles']],
    ['The cartel was built by Rafael "El Flaco" Urías in the 1990s. Urías died in 2019.', 'Rafael Urías', ['Rafael "El Flaco" Urías', 'Urías']],
    // a surname's particle after the closing mark; the nickname alone later is the person too (fresh rows)
    ['Police arrested Paulo "Bigode" dos Reis in the port on Monday.', 'Paulo dos Reis', ['Paulo "Bigode" dos Reis']],
    ['Troops detained Amir "Tiger" Sallah near Faya. Tiger had led the raid.', 'Amir Sallah', ['Amir "Tiger" Sallah', 'Tiger']],
    // in single marks, the surname read from the text where no pass found it (fresh rows)
    ["The Delmas gang is headed by Wilson 'Grenade' Jeannot. Grenade denied it.", 'Wilson Jeannot', ["Wilson 'Grenade' Jeannot", 'Grenade']],
    ["Police named the gang's leader as Omar ‘Scorpion’ Haji.", 'Omar Haji', ['Omar ‘Scorpion’ Haji']],
  ])('%s', (text, label, said) => {
    expect(people(text)).toContainEqual({ label, said });
  });

  it.each([
    ['Omar said "leave now" Kamal shouted.'], // a quotation in lower case, no nickname
    ['Witnesses told Omar "They came at night." Kamal agreed.'], // a quoted sentence
    ["Witnesses told Omar 'they came at night' and left."], // a quotation in single marks, in lower case
  ])('no merge: %s', (text) => {
    expect(people(text).some((p) => p.said.some((s) => /["'‘]/.test(s)))).toBe(false);
  });
});
