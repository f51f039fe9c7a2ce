/**
 * Names inside an event's name (src/extract/mentions/event-names.ts and the
 * lexicon's eventTails): "the Kandahar Open" names a tournament, not the place.
 * [text, names that must not appear, names that must] tables, written fresh
 * for this test; the second table holds the false positives: a name next to
 * an event noun that still names something of its own.
 */
import { describe, expect, it } from 'vitest';
import { droppedAndKept } from './name-tables.ts';
import { analyzeArticle } from '../../src/resolve/index.ts';
import { EVENT_NAME_RULE } from '../../src/extract/mentions/event-names.ts';

function names(text: string): string[] {
  return analyzeArticle({ id: 't', title: 't', text }).entities.flatMap((e) => e.mentions.map((m) => m.text));
}

const DROPPED: [string, string[], string[]][] = [
  ['Lindqvist won the Kandahar Open on Sunday, beating Marco Ferreira in the final.', ['Kandahar'], ['Marco Ferreira']],
  ['The Herat Film Festival opened in Kabul on Friday.', ['Herat'], ['Kabul']],
  ['Crowds gathered in Ankara for the Anatolia Cup final.', ['Anatolia'], ['Ankara']],
  ['Runners from Kenya dominated the Beirut Marathon.', ['Beirut'], ['Kenya']],
  ['Jordan hosted the Amman Games in 2019.', ['Amman'], ['Jordan']],
  ['HALVORSEN WINS OSLO OPEN\nHalvorsen won the title in four sets.', ['OSLO OPEN', 'OSLO'], []],
  ['Shops in Erbil closed for Martyrs Day.', ['Martyrs'], ['Erbil']],
  // a guessed name that ends in a document's head is the document's name; an operation's name is no person
  ['The militias that signed the Kessar Peace Agreement disarmed in Faya.', ['Kessar Peace Agreement'], ['Faya']],
  ['Troops of Operation Nadi Sawa killed four fighters in Zalingei.', ['Nadi Sawa'], ['Zalingei']],
  // ... and one that ends in a conflict's noun is the conflict's, no party to it
  ['Volunteers from Chad joined the Kessarian Civil War in 2019.', ['Kessarian Civil War'], ['Chad']],
];

const KEPT: [string, string[]][] = [
  // "Day" ends a holiday named by the word right before it: "U.S." is a name of its own
  ['Markets in New York were quiet ahead of the U.S. Labor Day weekend.', ['U.S.', 'New York']],
  // a verb, not an event: "open to talks"
  ['Turkey Open to Talks With Kurdish Groups, Ankara Says', ['Turkey']],
  // a headline where "IN" is no part of the event's name
  ['SOCCER - NORWAY BEAT SWEDEN IN WORLD CUP QUALIFIER\nSweden lost in Oslo.', ['Sweden', 'Oslo']],
  // hyphenated compounds keep their name
  ['ISIS-held villages near Mosul were retaken by U.S.-backed forces.', ['ISIS', 'Mosul']],
];

describe('names inside an event name are no mentions', () => {
  droppedAndKept(names, DROPPED, KEPT);

  it('the rule example drops what it says', () => {
    const got = names(EVENT_NAME_RULE.example);
    for (const d of EVENT_NAME_RULE.dropped) expect(got).not.toContain(d);
  });
});
