/**
 * Names on lines in capitals (src/extract/mentions/headlines.ts): the body
 * decides which words of a headline are names. [text, names that must not
 * appear, names that must] tables, written fresh for this test; the second
 * table holds the false positives (what the step must leave alone).
 */
import { describe, expect, it } from 'vitest';
import { droppedAndKept } from './name-tables.ts';
import { analyzeArticle } from '../../src/resolve/index.ts';
import { HEADLINE_RULE } from '../../src/extract/mentions/headlines.ts';

function mentions(text: string) {
  return analyzeArticle({ id: 't', title: 't', text }).entities.flatMap((e) => e.mentions.map((m) => ({ text: m.text, kind: e.kind, type: e.type })));
}
const names = (text: string) => mentions(text).map((m) => m.text);

const CASES: [string, string[], string[]][] = [
  // the sport's name is no organisation; the surname is the body's person
  [HEADLINE_RULE.example, HEADLINE_RULE.dropped, [HEADLINE_RULE.expect, 'Leila Zahrani', 'Iraq']],
  ['VOLLEYBALL - OKAFOR STARS AS LAGOS CLUB WINS\nLAGOS 2026-04-11\nChidi Okafor scored 30 points for Lagos Spikers on Saturday.', ['VOLLEYBALL'], ['OKAFOR', 'Chidi Okafor']],
  ['HALVORSEN AND BRANDT TO MEET IN FINAL\nOSLO 2026-03-09\nIngrid Halvorsen will face Maria Brandt in Oslo.', [], ['HALVORSEN', 'BRANDT', 'Ingrid Halvorsen', 'Maria Brandt']],
  // a headline in title case: its capitals are no names either, the body's names are
  ['Militiamen Storm Border Post as Police Retreat From Kaldora\n\nGunmen of the Varna Front attacked a border post near Kaldora on Monday.', ['Militiamen Storm Border Post', 'Police Retreat'], ['Kaldora', 'Varna Front']],
  ['# Army Units Executed Dozens of Villagers, Watchdog Says\n\nSoldiers killed 40 villagers near Kaldora, the Ostra Rights Watch said.', ['Army Units Executed Dozens'], ['Kaldora', 'Ostra Rights Watch']],
];

const KEPT: [string, string[]][] = [
  // a dateline with a cased word is no headline
  ['Rebels shelled the town.\nKALDORA , Velmar 2026-02-01\nTwo people were hurt, officials in Kaldora said.', ['Kaldora']],
  // known places in a headline stay, named in the body or not
  ['SYRIA AND TURKEY HOLD TALKS IN ANKARA\nThe ministers met on Monday.', ['SYRIA', 'TURKEY', 'ANKARA']],
  // an article all in capitals has no body to read it by: left as it is
  ['CJTF-OIR STRIKES NEAR MOSUL\nCOALITION FORCES STRUCK ISIS NEAR MOSUL ON MONDAY.', ['MOSUL', 'ISIS']],
  // a first line in title case with no verb is a name, not a headline
  ['Kessar Liberation Front Brigade\n\nThe group was founded in Kaldora.', ['Kessar Liberation Front Brigade']],
  // a title-case line that is no headline (not the first line, no heading) is left as it is
  ['Fighting went on near Kaldora.\nVarna Front Fighters Took Hill Farm\nThe ministry said so.', ['Hill Farm']],
];

describe('names on lines in capitals are read by the body', () => {
  droppedAndKept(names, CASES, KEPT);

  it("a headline surname is the body's person", () => {
    const got = mentions(HEADLINE_RULE.example).find((m) => m.text === HEADLINE_RULE.expect);
    expect(got?.type).toBe('person');
  });
});
