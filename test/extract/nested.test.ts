/**
 * Nested mentions (src/extract/mentions/nested.ts): a place inside a name is
 * also a mention of its own entity; mentions of different entities may
 * overlap. [text, outer, inner] tables and names that hold no place, written
 * fresh for this test.
 */
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/resolve/index.ts';
import { extract } from '../../src/extract/index.ts';
import { NESTED_RULE } from '../../src/extract/mentions/nested.ts';

function entityAt(text: string, words: string, from = 0): string | undefined {
  const ex = analyzeArticle({ id: 't', title: 't', text });
  const start = text.indexOf(words, from);
  return ex.entities.find((e) => e.mentions.some((m) => m.start === start && m.end === start + words.length))?.id;
}

const CASES: [string, string, string, string][] = [
  // [text, outer name, inner words, inner entity id]
  ['Cells of al-Qaeda in Iraq struck a checkpoint.', 'al-Qaeda in Iraq', 'Iraq', 'iraq'],
];

describe('a site or a camp named after a town lies in it (fresh rows)', () => {
  it.each([
    // the lexicon's town, and a town only the document names
    ['Shells hit the Jenin refugee camp overnight.', 'Jenin refugee camp', 'Jenin'],
    ['Shells hit the Dorum camp on Monday. Dorum is a town near the border.', 'Dorum camp', 'Dorum'],
  ])('%s', (text, outer, inner) => {
    const ex = analyzeArticle({ id: 't', title: 't', text });
    const got = ex.relations.filter((r) => r.type === 'located_in' && r.evidence.some((e) => e.rule === NESTED_RULE.located.reason)).map((r) => `${ex.entities.find((e) => e.id === r.source)!.label} -> ${ex.entities.find((e) => e.id === r.target)!.label}`);
    expect(got).toEqual([`${outer} -> ${inner}`]);
  });
});

describe('a place inside a name is a mention of its own', () => {
  it.each(CASES)('%s', (text, outer, inner, id) => {
    const at = text.indexOf(outer);
    expect(entityAt(text, outer)).toBeDefined();
    expect(entityAt(text, inner, at)).toBe(id);
    expect(entityAt(text, outer)).not.toBe(id);
  });

  it('"X in <place>" gives located_in from the outer name to the place, with overlapping ends', () => {
    const text = NESTED_RULE.example;
    const ex = analyzeArticle({ id: 't', title: 't', text });
    const r = ex.relations.find((x) => x.type === 'located_in' && x.target === 'iraq');
    expect(r?.evidence[0]).toMatchObject({ rule: NESTED_RULE.located.reason });
    const ev = r!.evidence[0]!;
    expect(ev.targetMention.start).toBeGreaterThanOrEqual(ev.sourceMention.start);
    expect(ev.targetMention.end).toBeLessThanOrEqual(ev.sourceMention.end);
  });
});

const NONE: [string, string][] = [
  // a demonym opening a name is not taken out (measured: it costs named F1 and gives no reach)
  ['The Syrian Observatory for Human Rights counted the dead.', 'Syrian'],
  ['The Syrian Arab Army shelled the outskirts overnight.', 'Syrian'],
  // "of <place>" in a name is part of the title, no location: no located_in
  ['The Islamic State of Iraq claimed the bombing.', 'located_in'],
  // a person's nom de guerre after a town names no place (only "of": "Abdullah II of Jordan")
  ['The commander, known by his nom de guerre Dilan Kobani, was killed near Gao.', 'Kobani'],
];

describe('names that hold no nested place (or no relation)', () => {
  it.each(NONE)('%s (%s)', (text, what) => {
    const ex = analyzeArticle({ id: 't', title: 't', text });
    if (what === 'located_in') expect(ex.relations.filter((r) => r.type === 'located_in')).toEqual([]);
    else expect(entityAt(text, what)).toBeUndefined();
  });
});

// a backer before an actor ("<country or demonym>-backed"), sentences written fresh for this table
describe('a backer named before an actor is allied with it', () => {
  const allies = (text: string) => {
    const ex = analyzeArticle({ id: 't', title: 't', text });
    const label = new Map(ex.entities.map((e) => [e.id, e.label]));
    return ex.relations.filter((r) => r.type === 'allied_with').map((r) => [label.get(r.source), label.get(r.target)].sort().join(' ~ '));
  };
  it.each([
    ['Iranian-backed militias fired rockets at the airport.', 'Iran ~ Iranian-backed militias'],
    ['Fighting spread in Chad. Sudanese-backed factions shelled Faya.', 'Sudan ~ rebels (Chad)'],
    ['US-backed fighters entered the town of Faya.', 'US-backed fighters ~ United States'],
  ])('%s -> %s', (text, pair) => {
    expect(allies(text)).toContain(pair);
    expect(allies(text).filter((x) => x === pair)).toHaveLength(1);
  });
  it.each([
    ['Government-backed loans helped farmers in Chad.'], // no country backs them
    ['The Iranian backed down after the talks in Faya.'], // no hyphen: "backed down"
    ['Sudanese officials backed the plan for Faya.'],
  ])('%s (no allied_with)', (text) => {
    expect(allies(text)).toEqual([]);
  });
  it('"Turkish-backed Syrian forces" are a proxy, not the Syrian army', () => {
    const ex = analyzeArticle({ id: 't', title: 't', text: 'Turkish-backed Syrian forces entered Afrin. Syrian troops had left Afrin in 2012.' });
    const at = (words: string) => ex.entities.find((e) => e.mentions.some((m) => m.text === words))?.id;
    expect(at('Syrian forces')).not.toBe(at('Syrian troops'));
    expect(at('Syrian troops')).toBe('syrian-arab-army');
  });
  it('"Syrian rebel forces" are not the Syrian army', () => {
    const ex = analyzeArticle({ id: 't', title: 't', text: 'Syrian rebel forces captured the town. Syrian troops withdrew.' });
    const at = (words: string) => ex.entities.find((e) => e.mentions.some((m) => m.text === words))?.id;
    expect(at('Syrian rebel forces')).not.toBe('syrian-arab-army');
  });
  it('has its rule example', () => {
    expect(allies(NESTED_RULE.backer.example)).toContain('Iran ~ Iranian-backed militias');
  });
});

describe('a branch named as its group, a place and a branch head is a member of that group (lexicon branchHeads)', () => {
  const members = (text: string) => {
    const raw = extract({ id: 't', title: 't', text });
    return raw.relations.filter((r) => r.type === 'member_of').map((r) => `${raw.mentions[r.source]!.text} member_of ${raw.mentions[r.target]!.text}`);
  };
  it('has its rule example', () => {
    expect(members(NESTED_RULE.branch.example)).toEqual([NESTED_RULE.branch.expect]);
  });
  it.each([
    // a name the lexicon gives the branch itself, whose first words it also lists as the branch's own alias
    ['Boko Haram clashed with the Islamic State West Africa Province near Kessar.', 'Islamic State West Africa Province member_of Islamic State'],
  ])('%s', (text, expected) => {
    expect(members(text)).toContain(expected);
  });
  it.each([
    // no group's name opens it, or no branch head ends it
    ['The Kessar Province council met on Monday.'],
    ['The Islamic State group claimed the attack in Kessar.'],
  ])('no branch: %s', (text) => {
    expect(members(text)).toEqual([]);
  });
});

describe("a party's allies named by a demonym after its possessive pronoun are that country, on its side", () => {
  const allies = (text: string) => {
    const raw = extract({ id: 't', title: 't', text });
    return raw.relations.filter((r) => r.type === 'allied_with' && r.evidence.rule === NESTED_RULE.allies.reason).map((r) => `${raw.mentions[r.source]!.text} allied_with ${raw.mentions[r.target]!.text}`);
  };
  it('has its rule example', () => {
    expect(allies(NESTED_RULE.allies.example)).toContain(NESTED_RULE.allies.expect);
  });
  it.each([['The Kessar Brigades and their Nigerien backers withdrew from Faya.', 'Nigerien allied_with Kessar Brigades']])('%s', (text, expected) => {
    expect(allies(text)).toContain(expected);
  });
  it.each([
    // a demonym before another noun, or no possessive pronoun before it
    ['The Tarvan Front and its Libyan fighters shelled Faya.'],
    ['The Tarvan Front shelled Faya with Libyan allies.'],
  ])('no ally: %s', (text) => {
    expect(allies(text)).toEqual([]);
  });
});

describe('a place described by a demonym and a kind of place lies in the demonym\'s country (fresh rows)', () => {
  const located = (text: string) => {
    const raw = extract({ id: 't', title: 't', text });
    return raw.relations.filter((r) => r.type === 'located_in' && (r.evidence.rule === NESTED_RULE.kindOf.reason || r.evidence.rule === NESTED_RULE.kindApposed.reason)).map((r) => `${raw.mentions[r.source]!.text} located_in ${raw.mentions[r.target]!.text}`);
  };
  it.each([
    [NESTED_RULE.kindOf.example, NESTED_RULE.kindOf.expect],
    ['Drones hit a depot in the Syrian border town of Tarsa overnight.', 'Tarsa located_in Syrian'],
    ['Protests spread to the southern Iraqi province of Kessar.', 'Kessar located_in Iraqi'],
    // ... also in apposition after the place
    [NESTED_RULE.kindApposed.example, NESTED_RULE.kindApposed.expect],
    ['Gunmen attacked Tessali, a Nigerien border town, at dawn.', 'Tessali located_in Nigerien'],
  ])('%s', (text, expected) => {
    expect(located(text)).toContain(expected);
  });
  it.each([
    ['The Syrian army took the town of Tarsa.'], // the demonym is the army's
    ['Kurdish fighters left the city of Tarsa.'], // a people's word is no country
    ['Rebels shelled Tarsa, the Kurdish town, on Monday.'], // ... in apposition neither
    ['Rebels shelled Tarsa, the Syrian army stronghold, on Monday.'], // the demonym is the army's
  ])('none: %s', (text) => {
    expect(located(text)).toEqual([]);
  });
});
