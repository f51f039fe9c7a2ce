/**
 * The loaders of src/extract/lexicon/petrarch/: the committed data loads and
 * says what issue 12 needs (generic agents with sectors and kinds, countries
 * with demonyms, office holders by dated role, the CAMEO -> edge table); a
 * damaged file is refused with a PetrarchDataError naming the file and the
 * entry. No ../shared needed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  PetrarchDataError,
  actorsFrom,
  agentsFrom,
  cameoEvent,
  cameoMapFrom,
  cameoVerbsFrom,
  countriesFrom,
  loadAgents,
  loadCameoMap,
  loadCameoVerbs,
  loadCountries,
  loadCountryActors,
  loadDiscards,
  loadGroups,
  loadSectors,
  parseRoleText,
  sectorsFrom,
  synsetMembers,
  type Json,
} from '../../src/extract/lexicon/petrarch/load.ts';
import { actorCountry, officeHolders, roleAt } from '../../src/extract/lexicon/petrarch/roles.ts';

const raw = (file: string): Json => JSON.parse(readFileSync(new URL(`../../src/extract/lexicon/petrarch/${file}`, import.meta.url), 'utf8')) as Json;

function refused(fn: () => unknown, file: string, entry: RegExp): void {
  let err: unknown;
  try {
    fn();
  } catch (e) {
    err = e;
  }
  expect(err, 'expected a PetrarchDataError').toBeInstanceOf(PetrarchDataError);
  const e = err as PetrarchDataError;
  expect(e.name).toBe('PetrarchDataError');
  expect(e.file).toBe(file);
  expect(e.entry).toMatch(entry);
  expect(e.message).toContain(`src/extract/lexicon/petrarch/${file}`);
  expect(e.message).toContain('npm run convert:petrarch');
}

describe('CAMEO -> newsgraph edge and PLOVER (cameo-map.json)', () => {
  // [code, edge, PLOVER]: issue 12's mapping and the refinements the table documents
  const table: Array<[string, string | null, string | null]> = [
    ['180', 'attacks', 'ASSAULT'],
    ['1823', 'attacks', 'ASSAULT'],
    ['190', 'attacks', 'ASSAULT'],
    ['195', 'attacks', 'ASSAULT'],
    ['200', 'attacks', 'ASSAULT'],
    ['154', 'attacks', 'MOBILIZE'],
    ['173', 'captures', 'COERCE'],
    ['181', 'captures', 'ASSAULT'],
    ['192', 'captures', 'COERCE'],
    ['087', 'withdraws_from', 'RETREAT'],
    ['0874', 'withdraws_from', 'RETREAT'],
    ['0871', null, 'RETREAT'],
    ['050', 'allied_with', 'SUPPORT'],
    ['057', 'allied_with', 'SUPPORT'],
    ['055', null, 'SUPPORT'],
    ['062', 'allied_with', 'COOPERATE'],
    ['073', 'allied_with', 'AID'],
    ['010', 'quotes', null],
    ['020', 'quotes', 'REQUEST'],
    ['1041', 'quotes', 'DEMAND'],
    ['112', 'quotes', 'ACCUSE'],
    ['120', 'quotes', 'REJECT'],
    ['138', 'interacts', 'THREATEN'],
    ['163', 'interacts', 'COERCE'],
    ['174', 'interacts', 'COERCE'],
    ['036', null, 'AGREE'],
    ['042', null, 'CONSULT'],
    ['090', null, 'ACCUSE'],
  ];
  it.each(table)('%s -> %s / %s', (code, edge, plover) => {
    expect(cameoEvent(code)).toMatchObject({ edge, plover });
  });
  it('statements map to quotes only with a quotation; codes outside CAMEO have no row', () => {
    expect(cameoEvent('010')!.needsQuote).toBe(true);
    expect(cameoEvent('190')!.needsQuote).toBe(false);
    expect(cameoEvent('903')).toBeUndefined();
    expect(cameoEvent('21')).toBeUndefined();
  });
  it("a ceasefire's violation leaves the edge to the verb; a bad flag is refused", () => {
    expect(cameoEvent('196')!.edgeOfVerb).toBe(true);
    expect(cameoEvent('190')!.edgeOfVerb).toBe(false);
    const d = raw('cameo-map.json');
    const rows = (d.rows as Json[]).map((r) => (r.code === '196' ? { ...r, edgeOfVerb: 'yes' } : r));
    refused(() => cameoMapFrom({ ...d, rows }), 'cameo-map.json', /^row 196$/);
  });
  it('every row has a reason', () => {
    for (const r of loadCameoMap().rows) expect(r.reason.length, r.code).toBeGreaterThan(10);
  });
  it('refuses an edge type that does not exist, naming the row', () => {
    const d = raw('cameo-map.json');
    const rows = (d.rows as Json[]).map((r) => (r.code === '19' ? { ...r, edge: 'fights' } : r));
    refused(() => cameoMapFrom({ ...d, rows }), 'cameo-map.json', /^row 19$/);
    refused(() => cameoMapFrom({ ...d, rows: (d.rows as Json[]).filter((r) => r.code !== '07') }), 'cameo-map.json', /root 7/);
  });
});

describe('verbs (cameo-verbs.json)', () => {
  it('loads every block with verbs as base forms and patterns with CAMEO codes', () => {
    const v = loadCameoVerbs();
    expect(v.blocks.length).toBe(397);
    expect(v.source).toMatch(/CAMEO\.2\.0\.txt/);
    const patterns = v.blocks.flatMap((b) => b.patterns);
    expect(patterns.length).toBeGreaterThan(4500);
    expect(patterns.every((p) => p.code === null || /^\d{3,4}$/.test(p.code))).toBe(true);
    // the fight verbs: a block whose verbs include "fire" and whose patterns code 19x
    const fire = v.blocks.filter((b) => b.verbs.some((x) => x.phrase === 'fire'));
    expect(fire.flatMap((b) => b.patterns).some((p) => p.code?.startsWith('19'))).toBe(true);
  });
  it('expands synsets, nested ones included', () => {
    expect(synsetMembers('&WEAPON')).toEqual(expect.arrayContaining(['gun', 'missile']));
    expect(synsetMembers('currency')).toContain('dollar');
  });
  it('refuses a pattern with a bad code or an undefined synset, naming the block', () => {
    const d = raw('cameo-verbs.json');
    const blocks = d.blocks as Json[];
    const bad = (i: number, patch: Json) => ({ ...d, blocks: blocks.map((b, k) => (k === i ? { ...b, patterns: [{ ...(b.patterns as Json[])[0], ...patch }] } : b)) });
    const i = blocks.findIndex((b) => (b.patterns as Json[]).length > 0);
    refused(() => cameoVerbsFrom(bad(i, { code: '080!' })), 'cameo-verbs.json', new RegExp(`^block ${String(blocks[i]!.name)} pattern`));
    refused(() => cameoVerbsFrom(bad(i, { after: [{ t: 'word', w: ['&nosuchset'] }] })), 'cameo-verbs.json', /pattern/);
  });
});

describe('generic agents (agents.json + sectors.json)', () => {
  const find = (noun: string) => loadAgents().find((a) => a.noun === noun);
  // [noun, code, sector, kind, type]: issue 12 item 3
  const table: Array<[string, string, string, string, string | null]> = [
    ['police', '~COP', 'police', 'force', 'force'],
    ['soldier', '~MIL', 'military', 'force', 'force'],
    ['rebel', '~REB', 'rebels', 'actor', 'armed_group'],
    ['gunman', '~UAF', 'armed groups', 'actor', 'armed_group'],
    ['civilian', '~CVL', 'civilians', 'actor', null],
    ['protester', '~OPP', 'opposition', 'actor', 'organization'],
    ['journalist', '~MED', 'media', 'actor', 'media'],
    ['prime minister', '~GOV', 'government', 'actor', 'government'],
  ];
  it.each(table)('%s', (noun, code, sector, kind, type) => {
    expect(find(noun)).toMatchObject({ code, sector, kind, type });
  });
  it('plurals: police has none, gunman has gunmen, soldier gets the regular one', () => {
    expect(find('police')!.plural).toEqual([]);
    expect(find('gunman')!.plural).toEqual(['gunmen']);
    expect(find('soldier')!.plural).toBeUndefined();
    expect(find('gunmen')).toBeUndefined();
  });
  it('every agent code has a known sector part', () => {
    for (const a of loadAgents()) expect(['actor', 'force'], a.noun).toContain(a.kind);
  });
  it('refuses an agent code with no known sector, naming the agent', () => {
    const d = raw('agents.json');
    const agents = (d.agents as Json[]).map((a) => (a.noun === 'police' ? { ...a, code: '~QQQ' } : a));
    refused(() => agentsFrom({ ...d, agents }, loadSectors()), 'agents.json', /^agent "police"$/);
    refused(() => sectorsFrom({ ...raw('sectors.json'), rows: [{ code: 'cop', name: 'x', class: 'sector', kind: 'force', reason: 'x' }] }), 'sectors.json', /row cop/);
  });
});

describe('countries and actors', () => {
  it('countries carry ISO-3 codes, names, demonyms and related places', () => {
    const { byIso3, countries } = loadCountries();
    expect(countries.length).toBe(208);
    expect(byIso3.get('AFG')).toMatchObject({ label: 'Afghanistan', demonyms: ['afghan'] });
    expect(byIso3.get('AFG')!.related).toContain('kabul');
    expect(byIso3.get('KEN')!.demonyms).toContain('kenyan');
    expect(byIso3.get('SOM')!.demonyms).toContain('somali');
    expect(byIso3.get('SYR')!.demonyms).toContain('syrian');
    expect(byIso3.get('USA')!.names).toEqual(expect.arrayContaining(['united states', 'u.s.', 'usa']));
    expect(byIso3.get('GBR')!.demonyms).toContain('british');
    expect(byIso3.get('IRQ')!.roles).toEqual([
      { code: 'IRQ', to: '2003-03-20' },
      { code: 'IRQ', from: '2006-05-20' },
    ]);
  });
  it('non-state groups have codes, acronyms and countries', () => {
    const { nonstate, international } = loadGroups();
    expect(nonstate.length).toBe(1021);
    const shabaab = nonstate.find((g) => g.label === 'al-Shabaab');
    expect(shabaab).toMatchObject({ country: 'SOM', roles: [{ code: 'SOMREB' }] });
    expect(nonstate.some((g) => g.acronyms?.includes('ETA'))).toBe(true);
    expect(international.some((g) => g.names.includes('world food programme'))).toBe(true);
  });
  it('discards load', () => {
    expect(loadDiscards().some((d) => d.phrase === 'basketball')).toBe(true);
  });
  it('refuses a malformed role, naming the actor', () => {
    const d = raw('groups-nonstate.json');
    const actors = (d.actors as Json[]).map((a, i) => (i === 3 ? { ...a, roles: ['SOMREB 2009-13-01..'] } : a));
    refused(() => actorsFrom({ ...d, actors }, 'groups-nonstate.json', loadCountries().byIso3), 'groups-nonstate.json', /^actor 3 /);
    refused(() => countriesFrom({ ...raw('countries.json'), latestDate: 'yesterday' }), 'countries.json', /header/);
  });
});

describe('dated roles', () => {
  it('stored roles read back', () => {
    expect(parseRoleText('AFGGOV 2001-12-22..')).toEqual({ code: 'AFGGOV', from: '2001-12-22' });
    expect(parseRoleText('HOB ..1995-06-01')).toEqual({ code: 'HOB', to: '1995-06-01' });
    expect(parseRoleText('AFGELI')).toEqual({ code: 'AFGELI' });
    for (const bad of ['AFGGOV 2001-12-22', 'AFGGOV ..', 'afggov', 'AFGGOV 2005-01-01..2001-01-01']) expect(parseRoleText(bad), bad).toBeUndefined();
  });
  // PETRARCH's rule: the first dated role that covers the date, in the dictionary's order; else the default
  const roles = [
    { code: 'NRLCVL', to: '2008-01-20' },
    { code: 'NRLREB', from: '2010-01-09', to: '2010-01-12' },
    { code: 'NRLMIL', from: '2008-01-20', to: '2012-11-09' },
    { code: 'NRLGOV', from: '2012-11-09' },
    { code: 'NRL' },
  ];
  const table: Array<[string, string | undefined]> = [
    ['2001-05-05', 'NRLCVL'],
    ['2008-01-20', 'NRLCVL'],
    ['2009-06-30', 'NRLMIL'],
    ['2010-01-10', 'NRLREB'],
    ['2010-01-10T12:00:00Z', 'NRLREB'],
    ['2012-11-09', 'NRLMIL'],
    ['2020-01-01', 'NRLGOV'],
  ];
  it.each(table)('on %s: %s', (date, code) => {
    expect(roleAt(roles, date)?.code).toBe(code);
  });
  it('the default applies when no dated role covers the date; none without a default', () => {
    expect(roleAt([{ code: 'NRLGOV', from: '2012-11-09' }, { code: 'NRLELI' }], '2000-01-01')?.code).toBe('NRLELI');
    expect(roleAt([{ code: 'NRLGOV', from: '2012-11-09' }], '2000-01-01')).toBeUndefined();
  });
  it('"the Afghan president" in a 2010 article is the person who held it then; in 2020 the dictionary cannot vouch', () => {
    const in2010 = officeHolders({ country: 'AFG', title: 'president', date: '2010-06-01' });
    expect(in2010.map((h) => [h.actor.label, h.role.code, h.beyondData])).toEqual([['Hamid Karzai', 'AFGGOV', false]]);
    const in2020 = officeHolders({ country: 'AFG', title: 'president', date: '2020-06-01' });
    expect(in2020.every((h) => h.beyondData)).toBe(true);
    expect(loadCountryActors().latestDate).toBe('2015-02-17');
  });
  it('the country a name serves, whatever the date; none for a name it does not know', () => {
    expect(actorCountry('Vladimir Putin')).toBe('RUS');
    expect(actorCountry('hamid karzai')).toBe('AFG');
    expect(actorCountry('Idris Naro')).toBeUndefined();
  });
  it('a vice president is not the president', () => {
    expect(officeHolders({ country: 'USA', title: 'president', date: '2010-06-01' }).map((h) => h.actor.label)).toEqual(['Barack Obama']);
    expect(officeHolders({ country: 'USA', title: 'president', date: '1995-06-01' }).map((h) => h.actor.label)).toContain('Bill Clinton');
  });
});
