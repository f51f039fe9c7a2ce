/**
 * An institution every country has, named by common words, is the country's named right before it
 * (src/extract/mentions/institutions.ts): [text, words, expected entity label] tables written fresh for this test,
 * and names that must keep their own entity.
 */
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/resolve/index.ts';
import { INSTITUTION_RULE, LOWER_INSTITUTION_RULE } from '../../src/extract/mentions/institutions.ts';

/** The label of the entity that the first mention with exactly these words belongs to. */
function labelOf(text: string, words: string, id = 't'): string | undefined {
  const ex = analyzeArticle({ id, title: 't', text });
  return ex.entities.find((e) => e.mentions.some((m) => m.text === words))?.label;
}

describe('an institution is the country named before it', () => {
  it.each([
    [INSTITUTION_RULE.example, 'Defense Ministry', INSTITUTION_RULE.expect],
    ["Chad's Interior Ministry banned the march.", 'Interior Ministry', 'Interior Ministry (Chad)'],
    ['Envoys met the Malian Foreign Minister at the Foreign Ministry. Later the Malian Foreign Ministry spoke.', 'Malian Foreign Ministry', 'Malian Foreign Ministry'],
    ["Niger's Air Force struck a convoy near Tillaberi.", 'Air Force', 'Air Force (Niger)'],
    // a dictionary's body with no country of its own ("Ministry of Defence", "MoD")
    ['The Russian MoD said 25 drones were downed.', 'MoD', 'Ministry of Defence (Russia)'],
    // later mentions of the same words in the article follow it
    ["Chad's National Assembly met on Monday. The National Assembly named a new premier.", 'National Assembly', 'National Assembly (Chad)'],
    // written in lower case, as Reuters writes them
    [LOWER_INSTITUTION_RULE.example, 'defence ministry', LOWER_INSTITUTION_RULE.expect],
    ['The Malian foreign ministry summoned the envoy.', 'foreign ministry', 'Foreign Ministry (Mali)'],
    ["Gunmen stormed Niger's embassy in Bamako.", 'embassy', 'Embassy (Niger)'],
    // ... or after "the" with no country before it: the country of the one country's forces its sentence names, else
    // the country the text is about (fresh rows)
    ['Chadian troops killed two smugglers near the border with Libya, the defence ministry said.', 'defence ministry', 'Defence Ministry (Chad)'],
    ['Rebels shelled Faya in northern Chad on Monday, the interior ministry said.', 'interior ministry', 'Interior Ministry (Chad)'],
    // a legislature is the generic actors' lawmakers
    ['The Malian parliament voted on Monday.', 'Malian parliament', 'lawmakers (Mali)'],
    // a country's own armed forces are the dictionary's force of that country
    ["Turkey's Armed Forces shelled positions near Afrin.", 'Armed Forces', 'Turkish Armed Forces'],
  ])('%s', (text, words, label) => {
    expect(labelOf(text, words)).toBe(label);
  });

  it('two articles with two countries give two nodes, not one world-wide ministry', () => {
    expect(labelOf("Chad's Interior Ministry banned the march.", 'Interior Ministry', 'a')).not.toBe(labelOf("Mali's Interior Ministry banned the march.", 'Interior Ministry', 'b'));
  });
});

describe('names that stay as they are', () => {
  it.each([
    // no country before it
    ['The Interior Ministry banned the march.', 'Interior Ministry', 'Interior Ministry'],
    ['The Ministry of Defence said a jet struck Raqqa.', 'Ministry of Defence', 'Ministry of Defence'],
    // a name of its own, not words every country uses ("Mobilization"); an event, not a body ("Civil War")
    ["Iraq's Popular Mobilization Forces entered Tikrit.", 'Popular Mobilization Forces', 'Popular Mobilization Forces'],
    ["Fighting in Chad's Civil War displaced thousands.", 'Civil War', undefined],
    // two countries' ministries of the same words in one article: neither takes the other's later mentions
    ["Chad's Interior Ministry met Mali's Interior Ministry. The Interior Ministry said little.", 'Interior Ministry', 'Interior Ministry (Chad)'],
    // lower-case words with no country before them name nobody
    ['The defence ministry said two soldiers were wounded.', 'defence ministry', undefined],
    // ... nor a body that is no ministry, nor one whose country follows it (fresh rows)
    ['Rebels shelled Faya in northern Chad, the state court heard.', 'state court', undefined],
    ['Rebels shelled Faya in northern Chad, the foreign ministry of Niger said.', 'foreign ministry', undefined],
  ])('%s', (text, words, label) => {
    expect(labelOf(text, words)).toBe(label);
  });
});
