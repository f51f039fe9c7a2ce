/**
 * All PETRARCH2 conversions, in memory: the shared dictionaries in, the
 * newsgraph data files (name -> exact bytes) and the problems out.
 * `scripts/convert/petrarch.ts` writes them; test/petrarch checks that the
 * committed files are exactly what this produces.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ActorFile, AgentFile, CameoVerbFile, CountryFile, DiscardFile } from '../../../src/extract/lexicon/petrarch/types.ts';
import { latestDate, parseActorRecords, splitCountries, toActorRow, toCountryRow } from './actors.ts';
import { parseAgents, parseDiscards } from './agents.ts';
import { Problems, writeJson, type Problem } from './source.ts';
import { parseVerbs } from './verbs.ts';

export const SOURCE_FILES = {
  verbs: 'CAMEO.2.0.txt',
  agents: 'Phoenix.agents.txt',
  countries: 'Phoenix.Countries.actors.txt',
  international: 'Phoenix.International.actors.txt',
  nonstate: 'Phoenix.MilNonState.actors.txt',
  discards: 'Phoenix.discards.txt',
} as const;

export const GENERATED_BY = 'scripts/convert/petrarch.ts (npm run convert:petrarch)';
export const LICENSE_FILE = 'LICENSE.petrarch2';

/** The dictionaries folder of the shared PETRARCH2 data. */
export function dictionariesDir(petrarchDir: string): string {
  return join(petrarchDir, 'dictionaries');
}

/** Version and copyright lines of a dictionary's leading comment, for the header. */
function provenance(text: string, file: string): { source: string; licence: string } {
  const head = text.split(/\r?\n/).slice(0, 80);
  const lines = head.map((l) => l.replace(/^[#<!\-\s]+|[-\s>]+$/g, ''));
  const version = [/^last update\b/i, /^generated at\b/i, /^version\b/i].map((re) => lines.find((l) => re.test(l))).find(Boolean);
  const copyright = head.map((l) => l.replace(/^#\s*/, '').trim()).find((l) => /^copyright \(c\)/i.test(l));
  return {
    source: `PETRARCH2 dictionaries/${file}${version ? ` (${version})` : ''}, github.com/openeventdata/petrarch2`,
    licence: `MIT License, ${copyright ?? 'Copyright (c) 2014 Open Event Data'}; the notice is in ${LICENSE_FILE} beside this file`,
  };
}

export interface Conversion {
  /** Output file name -> exact content. */
  files: Map<string, string>;
  problems: Problem[];
  /** Counts for the report. */
  stats: Record<string, unknown>;
}

export function convertAll(petrarchDir: string): Conversion {
  const dir = dictionariesDir(petrarchDir);
  const read = (f: string) => readFileSync(join(dir, f), 'utf8');
  const files = new Map<string, string>();
  const problems: Problem[] = [];
  const stats: Record<string, unknown> = {};
  const licence = join(petrarchDir, 'LICENSE');
  if (existsSync(licence)) files.set(LICENSE_FILE, readFileSync(licence, 'utf8'));

  // verbs
  {
    const f = SOURCE_FILES.verbs;
    const text = read(f);
    const p = new Problems(f);
    const d = parseVerbs(text, f, { strictCodes: true }, p);
    const header: Omit<CameoVerbFile, 'synsets' | 'blocks' | 'transformations'> = {
      about: 'CAMEO verb dictionary: synsets, verb blocks (verbs as base forms, with the forms the source lists) and their patterns with CAMEO codes, and verb transformations. Types: ./types.ts (CameoVerbFile).',
      ...provenance(text, f),
      generatedBy: GENERATED_BY,
      dropped: [
        `${d.stats.duplicates} exact repeats of a pattern within a block`,
        'lines reported as malformed by the converter (see its output)',
        'comments other than a pattern\'s note (the synonym it was written for)',
      ],
    };
    files.set('cameo-verbs.json', writeJson(header, { synsets: d.synsets, blocks: d.blocks, transformations: d.transformations }, { blocks: ['verbs', 'patterns'] }));
    problems.push(...p.list);
    stats.verbs = d.stats;
  }

  // agents first: their nouns are the titles read off actor aliases
  let titleNouns: Set<string>;
  {
    const f = SOURCE_FILES.agents;
    const text = read(f);
    const p = new Problems(f);
    const d = parseAgents(text, p);
    // offices only: "president" (~GOV) is a title, "dean" (~EDU) and "christian" (~CHR) are also given names
    const office = /(GOV|MIL|COP|LEG|JUD|SPY|REB|UAF|ELI|IGO|MED)/;
    titleNouns = new Set(d.agents.filter((a) => office.test(a.code)).map((a) => a.noun));
    const header: Omit<AgentFile, 'agents'> = {
      about: 'Generic agents (police, rebels, civilians, ministers...) with their agent codes. Sector names and newsgraph kinds: sectors.json. Types: ./types.ts (AgentFile).',
      ...provenance(text, f),
      generatedBy: GENERATED_BY,
      dropped: [
        `!MARKER! substitutions expanded (${d.stats.expanded} entries)`,
        `${d.stats.folded} entries that are the plural of another entry with the same code, folded into its plural`,
        `${d.stats.duplicates} exact repeats; ${d.stats.redefined} nouns given a second code (the later one kept, as PETRARCH does)`,
      ],
    };
    files.set('agents.json', writeJson(header, { agents: d.agents }));
    problems.push(...p.list);
    stats.agents = d.stats;
  }

  // countries and the office holders / institutions of the countries file
  {
    const f = SOURCE_FILES.countries;
    const text = read(f);
    const p = new Problems(f);
    const recs = parseActorRecords(text, { strictCodes: true }, p);
    const { countries, rest } = splitCountries(recs);
    const entries = countries.map((c) => toCountryRow(c.raw, c.iso3));
    const latest = latestDate(recs);
    const prov = provenance(text, f);
    const cHeader: Omit<CountryFile, 'countries'> = {
      about: 'Countries: ISO-3 code, names, demonyms and related phrases (cities, provinces...) that Phoenix codes as the country. Names, demonyms and related are sorted by a rule (scripts/convert/petrarch/actors.ts sortCountryAliases), not by the source. Types: ./types.ts (CountryFile).',
      ...prov,
      generatedBy: GENERATED_BY,
      dropped: ['parenthesised disambiguations in names ("america (united states)" -> "america")', 'a leading "the"'],
      latestDate: latest,
    };
    files.set('countries.json', writeJson(cHeader, { countries: entries }));
    const actors = rest.map((r) => toActorRow(r, titleNouns));
    const aHeader: Omit<ActorFile, 'actors'> = {
      about: 'Office holders (CountryInfo: heads of state and government, ministers) and national institutions, with dated roles. Types: ./types.ts (ActorFile).',
      ...prov,
      generatedBy: GENERATED_BY,
      dropped: ['comments (a coder\'s initials, sources)', 'parenthesised disambiguations in names'],
      latestDate: latest,
    };
    files.set('country-actors.json', writeJson(aHeader, { actors }));
    problems.push(...p.list);
    stats.countries = { countries: entries.length, actors: actors.length, persons: actors.filter((a) => a.person).length, titled: actors.filter((a) => a.titles).length, withDemonym: entries.filter((c) => c.demonyms.length).length, latestDate: latest };
  }

  // groups
  for (const [key, name, about] of [
    ['nonstate', 'groups-nonstate.json', 'Armed and non-state groups (rebels, militant and terrorist organisations) with aliases, acronyms and codes.'],
    ['international', 'groups-international.json', 'International organisations (IGOs), NGOs and multinational companies, and some of their office holders, with codes.'],
  ] as const) {
    const f = SOURCE_FILES[key];
    const text = read(f);
    const p = new Problems(f);
    const recs = parseActorRecords(text, { strictCodes: true }, p);
    const actors = recs.map((r) => toActorRow(r, titleNouns));
    const header: Omit<ActorFile, 'actors'> = {
      about: `${about} Types: ./types.ts (ActorFile).`,
      ...provenance(text, f),
      generatedBy: GENERATED_BY,
      dropped: ['comments (a coder\'s initials, sources)', 'text after the codes (company sectors and revenues)'],
      latestDate: latestDate(recs),
    };
    files.set(name, writeJson(header, { actors }));
    problems.push(...p.list);
    stats[key] = { actors: actors.length, withAcronym: actors.filter((a) => a.acronyms).length };
  }

  // discards
  {
    const f = SOURCE_FILES.discards;
    const text = read(f);
    const p = new Problems(f);
    const discards = parseDiscards(text, p);
    const header: Omit<DiscardFile, 'discards'> = {
      about: 'Discard phrases: a sentence (or, for scope story, an article) that holds one is about sports, entertainment or history and codes no event. Types: ./types.ts (DiscardFile).',
      ...provenance(text, f),
      generatedBy: GENERATED_BY,
    };
    files.set('discards.json', writeJson(header, { discards }));
    problems.push(...p.list);
    stats.discards = discards.length;
  }
  return { files, problems, stats };
}
