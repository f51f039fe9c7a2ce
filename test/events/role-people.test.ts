/**
 * People of standing named only by their role, as the ones an event is done to
 * (src/extract/events/role-people.ts, generic-actors.json rolePeople). Tables
 * of [text, expected edge] written fresh for this test; the false-positive
 * table holds roles that must make no node.
 */
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/resolve/index.ts';
import { ROLE_PEOPLE_RULE } from '../../src/extract/events/role-people.ts';

function analyze(text: string) {
  return analyzeArticle({ id: 't', title: 't', text });
}
function edges(text: string): string[] {
  const ex = analyze(text);
  const label = new Map(ex.entities.map((e) => [e.id, e.label]));
  return ex.relations.map((r) => `${label.get(r.source)} ${r.type} ${label.get(r.target)}`);
}
// (a role node's label holds its scope in brackets: "opposition leader (Zambia)")
const roleNodes = (text: string): string[] => analyze(text).entities.filter((e) => e.type === 'person' && /\s\([^()]+\)$/.test(e.label)).map((e) => e.label);

describe('people named by their role', () => {
  it.each([
    ['Zambian police arrested the opposition leader at his home in Lusaka.', 'Zambian police captures opposition leader (Zambia)'],
    ['Gunmen shot dead a local official in Tessit, Mali.', 'gunmen (Mali) attacks local official (Mali)'],
    ['A municipal councillor was abducted in Sikasso, Mali, by armed men.', 'captures municipal councillor (Mali)'],
    ['Kenyan police detained an opposition MP in Nairobi.', 'Kenyan police captures opposition MP (Kenya)'],
    ['Chadian soldiers arrested two rebel commanders near Abeche.', 'captures rebel commander (Chad)'],
    // people counted by any noun after a verb of taking people, or before its passive (fresh rows)
    ['Gunmen kidnapped seventeen missionaries near Gao, Mali.', 'captures missionaries (Mali)'],
    ['Twelve geologists were abducted near Gao, Mali, by armed men.', 'captures geologists (Mali)'],
    ['The Tarvan Front recruited dozens of herdboys near Gao, Mali.', 'recruits herdboys (Mali)'],
    // a military rank named alone (fresh row)
    ['Soldiers detained a retired general in Gao, Mali.', 'captures retired general (Mali)'],
    // ... and by a noun of people's ending after a verb of killing or injuring
    ['Bandits wounded six surveyors near Gao, Mali.', 'attacks surveyors (Mali)'],
  ])('%s -> %s', (text, edge) => {
    expect(edges(text).some((e) => e.includes(edge))).toBe(true);
  });

  it.each([
    // a bare role after "the" refers back
    ['Troops arrested the leader in Gao, Mali.'],
    // a title before a name: the name is the person
    ['Zambian police arrested the opposition leader Hakainde Sichilima in Lusaka.'],
    // a group's member: the group is read
    ['Chadian soldiers arrested a commander of the Tarvan Front near Abeche.'],
    // a leading role alone, counted, names nobody in particular
    ['Zambian police arrested numerous leaders of the opposition party in Lusaka.'],
    ['Zambian police arrested several leaders in Lusaka.'],
    // not done to: only the deeds of attack, abduction and injury
    ['The minister met a local official in Tessit, Mali.'],
    // counted words that name no people: "shot three times"; "others" are people named before
    ['Gunmen shot three times at a car in Gao, Mali.'],
    ['The blast killed two soldiers and wounded three others in Gao, Mali.'],
  ])('no role node: %s', (text) => {
    expect(roleNodes(text)).toEqual([]);
  });

  it('the rule example gives its roles', () => {
    const got = analyze(ROLE_PEOPLE_RULE.example).entities.flatMap((e) => e.mentions.map((m) => m.text));
    for (const x of ROLE_PEOPLE_RULE.expect) expect(got).toContain(x);
  });
});
