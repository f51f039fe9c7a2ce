/**
 * Loaders of the PETRARCH2 data of this folder: each reads its JSON file on
 * first call (never at import), validates every entry against ./types.ts and
 * memoises the result. A bad file throws PetrarchDataError naming the file,
 * the entry and the fix; nothing falls back silently.
 *
 *   loadCameoVerbs()     verb blocks, patterns, synsets, transformations (cameo-verbs.json)
 *   loadCameoMap()       CAMEO code -> edge type + PLOVER (cameo-map.json, hand-written)
 *   loadSectors()        actor-code parts -> readable sector, kind, type (sectors.json, hand-written)
 *   loadAgents()         generic agents with sector, kind and type joined in (agents.json)
 *   loadCountries()      countries with names, demonyms, related places (countries.json)
 *   loadCountryActors()  office holders and national institutions with dated roles (country-actors.json)
 *   loadGroups()         non-state and international groups (groups-*.json)
 *   loadDiscards()       discard phrases (discards.json)
 */
import { readFileSync } from 'node:fs';
import { NewsgraphError } from '../../../errors.ts';
import { RELATION_TYPES } from '../../../types.ts';
import { label } from './label.ts';
import type {
  ActorEntry,
  ActorFile,
  ActorRole,
  ActorRow,
  AgentEntry,
  AgentFile,
  CameoEdge,
  CameoMapFile,
  CameoMapRow,
  CameoVerbFile,
  CountryEntry,
  CountryFile,
  CountryRow,
  DiscardEntry,
  DiscardFile,
  PatternElement,
  SectorFile,
  SectorRow,
  SourceHeader,
  Synset,
  VerbBlock,
  VerbPattern,
  VerbTransformation,
} from './types.ts';

/** A data file of src/extract/lexicon/petrarch/ is missing or does not match its type. */
export class PetrarchDataError extends NewsgraphError {
  readonly file: string;
  readonly entry: string;
  constructor(file: string, entry: string, reason: string) {
    super(`src/extract/lexicon/petrarch/${file}: ${entry}: ${reason} (regenerate it with \`npm run convert:petrarch\`, or restore it from git)`);
    this.name = 'PetrarchDataError';
    this.file = file;
    this.entry = entry;
  }
}

export type Json = Record<string, unknown>;

function readData(file: string): Json {
  let text: string;
  try {
    text = readFileSync(new URL(`./${file}`, import.meta.url), 'utf8');
  } catch (e) {
    throw new PetrarchDataError(file, 'file', `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new PetrarchDataError(file, 'file', `is not JSON (${(e as Error).message})`);
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new PetrarchDataError(file, 'file', 'is not a JSON object');
  return data as Json;
}

function memo<T>(fn: () => T): () => T {
  let value: T | undefined;
  let done = false;
  return () => {
    if (!done) {
      value = fn();
      done = true;
    }
    return value as T;
  };
}

/**
 * A checker bound to one file: `need(cond, entry, reason)` throws
 * PetrarchDataError. `entry` may be a function, called only on failure (the
 * loaders check some 100,000 fields).
 */
function checker(file: string) {
  return (cond: unknown, entry: string | (() => string), reason: string): void => {
    if (!cond) throw new PetrarchDataError(file, typeof entry === 'function' ? entry() : entry, reason);
  };
}

const isStr = (x: unknown): x is string => typeof x === 'string' && x.length > 0;
const isStrList = (x: unknown): x is string[] => Array.isArray(x) && x.every(isStr);
const isLine = (x: unknown) => Number.isInteger(x) && (x as number) > 0;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function header(d: Json, file: string): SourceHeader {
  const need = checker(file);
  for (const k of ['about', 'source', 'licence', 'generatedBy'] as const) need(isStr(d[k]), 'header', `"${k}" must be a non-empty string`);
  need(d.dropped === undefined || isStrList(d.dropped), 'header', '"dropped" must be a list of strings');
  return { about: d.about as string, source: d.source as string, licence: d.licence as string, generatedBy: d.generatedBy as string, ...(d.dropped ? { dropped: d.dropped as string[] } : {}) };
}

// ---------------------------------------------------------------------------
// Roles

const ROLE_TEXT = /^(\S+?)(?: (\d{4}-\d{2}-\d{2})?\.\.(\d{4}-\d{2}-\d{2})?)?$/;

/** A calendar date (2012-02-29 yes, 2010-02-29 and 2009-13-01 no). */
function validDay(iso: string): boolean {
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
}

/** Read a stored role (`AFGGOV 2001-12-22..`); undefined when malformed. */
export function parseRoleText(text: string): ActorRole | undefined {
  const m = ROLE_TEXT.exec(text);
  if (!m || !/^(?:[A-Z0-9]{3,}|---)$/.test(m[1]!)) return undefined;
  const role: ActorRole = { code: m[1]! };
  if (text.includes('..') && !m[2] && !m[3]) return undefined;
  if (m[2]) role.from = m[2];
  if (m[3]) role.to = m[3];
  if ((role.from && !validDay(role.from)) || (role.to && !validDay(role.to))) return undefined;
  if (role.from && role.to && role.from > role.to) return undefined;
  return role;
}

function roles(list: unknown, need: ReturnType<typeof checker>, entry: string | (() => string)): ActorRole[] {
  need(isStrList(list), entry, '"roles" must be a list of strings');
  return (list as string[]).map((t) => {
    const r = parseRoleText(t);
    need(r, entry, `bad role "${t}" (expected CODE, or CODE FROM..TO with ISO dates)`);
    return r!;
  });
}

// ---------------------------------------------------------------------------
// Verbs

export interface CameoVerbs extends CameoVerbFile {
  /** Verb block by name. */
  byName: ReadonlyMap<string, VerbBlock>;
}

const CODE = /^\d{3,4}$/;

function checkElements(els: unknown, need: ReturnType<typeof checker>, entry: string | (() => string), synsets: Record<string, Synset>): PatternElement[] {
  need(Array.isArray(els), entry, 'pattern elements must be a list');
  for (const e of els as Json[]) {
    need(e && typeof e === 'object', entry, 'pattern element must be an object');
    need(e.adjacent === undefined || e.adjacent === true, entry, '"adjacent" must be true when present');
    switch (e.t) {
      case 'word':
      case 'np':
        need(isStrList(e.w) && (e.w as string[]).length > 0, entry, `"${e.t}" element needs words "w"`);
        for (const w of e.w as string[]) if (w.startsWith('&')) need(synsets[w.slice(1)], entry, `undefined synset ${w}`);
        break;
      case 'pp':
        need(isStr(e.prep), entry, '"pp" element needs a preposition');
        checkElements(e.obj, need, entry, synsets);
        break;
      case 'source':
      case 'target':
      case 'skip':
      case 'compound':
        break;
      default:
        need(false, entry, `unknown element type "${String(e.t)}"`);
    }
  }
  return els as PatternElement[];
}

export const loadCameoVerbs = memo((): CameoVerbs => cameoVerbsFrom(readData('cameo-verbs.json')));

/** Validate the content of cameo-verbs.json (exported for tests). */
export function cameoVerbsFrom(d: Json, file = 'cameo-verbs.json'): CameoVerbs {
  const need = checker(file);
  const h = header(d, file);
  need(d.synsets && typeof d.synsets === 'object', 'synsets', 'must be an object');
  const synsets = d.synsets as Record<string, Synset>;
  for (const [name, s] of Object.entries(synsets)) {
    const entry = `synset ${name}`;
    need(isStrList(s.members) && s.members.length > 0, entry, 'needs members');
    need(typeof s.plural === 'boolean', entry, '"plural" must be a boolean');
    need(s.singular === undefined || isStrList(s.singular), entry, '"singular" must be a list of strings');
    for (const m of s.members) if (m.startsWith('&')) need(synsets[m.slice(1)], entry, `member ${m} names an undefined synset`);
  }
  need(Array.isArray(d.blocks), 'blocks', 'must be a list');
  const blocks = d.blocks as VerbBlock[];
  const byName = new Map<string, VerbBlock>();
  const code = (c: unknown) => c === null || (typeof c === 'string' && CODE.test(c));
  for (const b of blocks) {
    const entry = `block ${String(b?.name)}`;
    need(isStr(b.name) && isLine(b.line), entry, 'needs a name and a line');
    need(!byName.has(b.name), entry, 'block name repeated');
    need(code(b.code), entry, `bad block code ${JSON.stringify(b.code)}`);
    need(b.paired === undefined || CODE.test(b.paired), entry, 'bad paired code');
    need(Array.isArray(b.verbs) && b.verbs.length > 0, entry, 'needs verbs');
    for (const v of b.verbs) {
      const ve = () => `${entry} verb "${String(v?.phrase)}"`;
      need(isStr(v.phrase) && /^[a-z][a-z'. -]*$/.test(v.phrase) && isLine(v.line), ve, 'needs a lower-case phrase and a line');
      need(Number.isInteger(v.head) && v.head >= 0 && v.head < v.phrase.split(' ').length, ve, '"head" must index a word of the phrase');
      need(v.code === undefined || code(v.code), ve, 'bad code');
      need(v.paired === undefined || CODE.test(v.paired), ve, 'bad paired code');
      need(v.forms === undefined || Array.isArray(v.forms) && v.forms.every(isStr), ve, '"forms" must be a list of words');
    }
    need(Array.isArray(b.patterns), entry, 'needs a patterns list');
    for (const p of b.patterns as VerbPattern[]) {
      const pe = () => `${entry} pattern of line ${String(p?.line)}`;
      need(isLine(p.line), pe, 'needs a line');
      need(code(p.code), pe, `bad code ${JSON.stringify(p.code)}`);
      need(p.paired === undefined || CODE.test(p.paired), pe, 'bad paired code');
      checkElements(p.before, need, pe, synsets);
      checkElements(p.after, need, pe, synsets);
    }
    byName.set(b.name, b);
  }
  need(Array.isArray(d.transformations), 'transformations', 'must be a list');
  for (const t of d.transformations as VerbTransformation[]) {
    need(isStr(t.source) && isStr(t.verb) && t.inner && isStr(t.inner.verb) && t.result && isStr(t.result.code) && isLine(t.line), `transformation of line ${String(t?.line)}`, 'malformed');
  }
  return { ...h, synsets, blocks, transformations: d.transformations as VerbTransformation[], byName };
}

/** Every word or phrase a synset stands for, nested synsets expanded (plurals are left to the inflector). */
export function synsetMembers(name: string): string[] {
  const { synsets } = loadCameoVerbs();
  const out: string[] = [];
  const seen = new Set<string>();
  const walk = (n: string) => {
    if (seen.has(n)) return;
    seen.add(n);
    for (const m of synsets[n]?.members ?? []) if (m.startsWith('&')) walk(m.slice(1));
    else out.push(m);
  };
  walk(name.replace(/^&/, '').toLowerCase());
  return out;
}

// ---------------------------------------------------------------------------
// CAMEO -> edge / PLOVER

const EDGES = new Set<string>([...RELATION_TYPES, 'interacts']);

export interface CameoMap {
  rows: readonly CameoMapRow[];
  /** The row for an event code (longest prefix), or undefined for a code outside CAMEO's 01-20. */
  lookup(code: string): CameoMapRow | undefined;
}

export const loadCameoMap = memo((): CameoMap => cameoMapFrom(readData('cameo-map.json')));

/** Validate the content of cameo-map.json (exported for tests). */
export function cameoMapFrom(data: Json, file = 'cameo-map.json'): CameoMap {
  const d = data as unknown as CameoMapFile;
  const need = checker(file);
  need(isStr(d.about) && isStr(d.source) && Array.isArray(d.rows), 'header', 'needs about, source and rows');
  const byCode = new Map<string, CameoMapRow>();
  for (const r of d.rows) {
    const entry = `row ${String(r?.code)}`;
    need(isStr(r.code) && /^\d{2,4}$/.test(r.code), entry, 'code must be 2-4 digits');
    need(!byCode.has(r.code), entry, 'code repeated');
    need(isStr(r.name) && isStr(r.reason), entry, 'needs a name and a reason');
    need(r.edge === null || (typeof r.edge === 'string' && EDGES.has(r.edge)), entry, `edge must be a relation type, "interacts" or null, not ${JSON.stringify(r.edge)}`);
    need(r.plover === null || (isStr(r.plover) && /^[A-Z]+$/.test(r.plover)), entry, 'plover must be an upper-case category or null');
    need(r.needsQuote === undefined || (r.needsQuote === true && r.edge === 'quotes'), entry, 'needsQuote only on quotes rows');
    need(r.edgeOfVerb === undefined || r.edgeOfVerb === true, entry, 'edgeOfVerb is true or absent');
    byCode.set(r.code, r);
  }
  for (let root = 1; root <= 20; root++) need(byCode.has(String(root).padStart(2, '0')), `root ${root}`, 'every CAMEO root 01-20 needs a row');
  const lookup = (code: string) => {
    for (let k = Math.min(code.length, 4); k >= 2; k--) {
      const r = byCode.get(code.slice(0, k));
      if (r) return r;
    }
    return undefined;
  };
  return { rows: d.rows, lookup };
}

/** The edge type and PLOVER category of a CAMEO event code ("190" -> attacks, ASSAULT). */
export function cameoEvent(code: string): { edge: CameoEdge; plover: string | null; needsQuote: boolean; edgeOfVerb: boolean } | undefined {
  const r = loadCameoMap().lookup(code);
  return r ? { edge: r.edge, plover: r.plover, needsQuote: !!r.needsQuote, edgeOfVerb: !!r.edgeOfVerb } : undefined;
}

// ---------------------------------------------------------------------------
// Sectors and agents

export interface Sectors {
  rows: readonly SectorRow[];
  byCode: ReadonlyMap<string, SectorRow>;
}

export const loadSectors = memo((): Sectors => sectorsFrom(readData('sectors.json')));

/** Validate the content of sectors.json (exported for tests). */
export function sectorsFrom(data: Json, file = 'sectors.json'): Sectors {
  const d = data as unknown as SectorFile;
  const need = checker(file);
  need(isStr(d.about) && isStr(d.source) && Array.isArray(d.rows), 'header', 'needs about, source and rows');
  const byCode = new Map<string, SectorRow>();
  for (const r of d.rows) {
    const entry = `row ${String(r?.code)}`;
    need(isStr(r.code) && /^[A-Z]{3}$/.test(r.code), entry, 'code must be three upper-case letters');
    need(!byCode.has(r.code), entry, 'code repeated');
    need(isStr(r.name) && isStr(r.reason), entry, 'needs a name and a reason');
    need(['sector', 'international', 'qualifier', 'region'].includes(r.class), entry, `bad class ${JSON.stringify(r.class)}`);
    need(r.kind === undefined || ['actor', 'force', 'place'].includes(r.kind), entry, 'bad kind');
    need(r.type === undefined || r.type === null || ['person', 'organization', 'armed_group', 'government', 'media', 'force'].includes(r.type), entry, 'bad type');
    need(r.class === 'qualifier' || r.class === 'region' || r.kind, entry, 'sectors and international types need a kind');
    byCode.set(r.code, r);
  }
  return { rows: d.rows, byCode };
}

/** The three-letter parts of an actor or agent code, each with its sector row when it has one ("~REBMUS" -> REB, MUS). */
export function codeParts(code: string, sectors: Sectors = loadSectors()): Array<{ part: string; row?: SectorRow }> {
  const bare = code.replace(/~/g, '');
  const { byCode } = sectors;
  const out: Array<{ part: string; row?: SectorRow }> = [];
  for (let i = 0; i + 3 <= bare.length; i += 3) {
    const part = bare.slice(i, i + 3);
    const row = byCode.get(part);
    out.push(row ? { part, row } : { part });
  }
  return out;
}

export interface AgentInfo extends AgentEntry {
  /** The code's three-letter parts ("~GOVMED" -> ["GOV", "MED"]). */
  parts: string[];
  /** The part that decides what the agent is: the first sector or international type, else the first qualifier. */
  primary: string;
  /** Readable sector ("police"; "government / media" when several parts are known). */
  sector: string;
  kind: 'actor' | 'force';
  /** newsgraph entity type, or null when none fits (a population group). */
  type: string | null;
  /** `~XXX`: the agent code follows the actor's code ("KENCOP"); `XXX~`: it precedes it ("NGO..."). */
  position: 'after' | 'before';
}

export const loadAgents = memo((): AgentInfo[] => agentsFrom(readData('agents.json'), loadSectors()));

/** Validate the content of agents.json and join the sectors in (exported for tests). */
export function agentsFrom(data: Json, sectors: Sectors, file = 'agents.json'): AgentInfo[] {
  const d = data as unknown as AgentFile;
  const need = checker(file);
  header(d as unknown as Json, file);
  need(Array.isArray(d.agents), 'agents', 'must be a list');
  const seen = new Set<string>();
  return d.agents.map((a) => {
    const entry = `agent "${String(a?.noun)}"`;
    need(isStr(a.noun) && isLine(a.line), entry, 'needs a noun and a line');
    need(!seen.has(a.noun), entry, 'noun repeated');
    seen.add(a.noun);
    need(a.plural === undefined || Array.isArray(a.plural), entry, '"plural" must be a list');
    need(isStr(a.code) && /^(~[A-Z]{3,}|[A-Z]{3,}~)$/.test(a.code) && a.code.replace('~', '').length % 3 === 0, entry, `bad agent code "${String(a.code)}"`);
    const parts = codeParts(a.code, sectors);
    const known = parts.filter((p) => p.row);
    const main = known.find((p) => p.row!.class === 'sector' || p.row!.class === 'international') ?? known.find((p) => p.row!.class === 'qualifier' && p.row!.kind);
    need(main, entry, `code ${a.code} has no known sector part (add it to sectors.json)`);
    const row = main!.row!;
    return {
      ...a,
      parts: parts.map((p) => p.part),
      primary: main!.part,
      sector: known.map((p) => p.row!.name).join(' / '),
      kind: row.kind === 'force' ? 'force' : 'actor',
      type: row.type ?? null,
      position: a.code.startsWith('~') ? 'after' : 'before',
    };
  });
}

// ---------------------------------------------------------------------------
// Countries and actors

export interface Countries {
  countries: readonly CountryEntry[];
  byIso3: ReadonlyMap<string, CountryEntry>;
  /** The latest date the source's roles name: the office-holder data is not current after it. */
  latestDate: string;
}

export const loadCountries = memo((): Countries => countriesFrom(readData('countries.json')));

/** Validate the content of countries.json (exported for tests). */
export function countriesFrom(data: Json, file = 'countries.json'): Countries {
  const d = data as unknown as CountryFile;
  const need = checker(file);
  header(d as unknown as Json, file);
  need(isStr(d.latestDate) && ISO_DATE.test(d.latestDate), 'header', '"latestDate" must be an ISO date');
  need(Array.isArray(d.countries), 'countries', 'must be a list');
  const byIso3 = new Map<string, CountryEntry>();
  const countries = d.countries.map((c: CountryRow) => {
    const entry = `country ${String(c?.iso3)}`;
    need(isStr(c.iso3) && /^[A-Z]{3}$/.test(c.iso3), entry, 'iso3 must be three upper-case letters');
    need(!byIso3.has(c.iso3), entry, 'iso3 repeated');
    need(isStrList(c.names) && c.names.length > 0 && isStrList(c.demonyms) && isStrList(c.related) && isLine(c.line), entry, 'needs names, demonyms, related and a line');
    const e: CountryEntry = { iso3: c.iso3, label: label(c.names[0]!), names: c.names, demonyms: c.demonyms, related: c.related, line: c.line };
    if (c.roles !== undefined) e.roles = roles(c.roles, need, entry);
    byIso3.set(c.iso3, e);
    return e;
  });
  return { countries, byIso3, latestDate: d.latestDate };
}

/** Validate the content of an actor file (country-actors.json, groups-*.json; exported for tests). */
export function actorsFrom(data: Json, file: string, countries: ReadonlyMap<string, CountryEntry>): { actors: ActorEntry[]; latestDate: string } {
  const d = data as unknown as ActorFile;
  const need = checker(file);
  header(d as unknown as Json, file);
  need(isStr(d.latestDate) && ISO_DATE.test(d.latestDate), 'header', '"latestDate" must be an ISO date');
  need(Array.isArray(d.actors), 'actors', 'must be a list');
  const actors = d.actors.map((a: ActorRow, i: number) => {
    const entry = () => `actor ${i} "${String(a?.names?.[0])}"`;
    need(isStrList(a.names) && a.names.length > 0 && isLine(a.line), entry, 'needs names and a line');
    need(a.acronyms === undefined || isStrList(a.acronyms), entry, '"acronyms" must be a list of strings');
    need(a.titles === undefined || isStrList(a.titles), entry, '"titles" must be a list of strings');
    need(a.person === undefined || a.person === true, entry, '"person" must be true when present');
    const rs = roles(a.roles, need, entry);
    need(rs.length > 0, entry, 'needs at least one role');
    const heads = new Set(rs.filter((r) => r.code !== '---').map((r) => r.code.slice(0, 3)));
    const [only] = heads;
    const e: ActorEntry = { label: label(a.names[0]!), ...a, roles: rs };
    if (heads.size === 1 && only && countries.has(only)) e.country = only;
    return e;
  });
  return { actors, latestDate: d.latestDate };
}

export const loadCountryActors = memo(() => actorsFrom(readData('country-actors.json'), 'country-actors.json', loadCountries().byIso3));

export const loadGroups = memo((): { nonstate: ActorEntry[]; international: ActorEntry[] } => {
  const countries = loadCountries().byIso3;
  const read = (file: string) => actorsFrom(readData(file), file, countries).actors;
  return { nonstate: read('groups-nonstate.json'), international: read('groups-international.json') };
});

export const loadDiscards = memo((): DiscardEntry[] => discardsFrom(readData('discards.json')));

/** Validate the content of discards.json (exported for tests). */
export function discardsFrom(data: Json, file = 'discards.json'): DiscardEntry[] {
  const d = data as unknown as DiscardFile;
  const need = checker(file);
  header(d as unknown as Json, file);
  need(Array.isArray(d.discards), 'discards', 'must be a list');
  for (const x of d.discards) {
    need(isStr(x.phrase) && (x.scope === 'story' || x.scope === 'sentence') && isLine(x.line), `discard "${String(x?.phrase)}"`, 'needs a phrase, a scope (story|sentence) and a line');
  }
  return d.discards;
}
