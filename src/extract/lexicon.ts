/**
 * Lexicon loading: every `lexicons/entities/*.json` file plus the word lists
 * (titles, roles, closed classes). Read once at module load; pure data after.
 *
 * Alias conflicts: `groups.json` is read first and wins; later files cannot
 * re-bind an alias that an earlier entry owns.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { ENTITY_TYPES, type EntityType } from '../types.ts';

export interface LexiconEntry {
  id: string;
  label: string;
  type: EntityType;
  aliases: string[];
  /** Places: adjectives of nationality ("Iraqi"); not names of the place. */
  demonyms?: string[];
  related?: { id: string; relation: string }[];
  /** Places and camps: the id of the country the place lies in, where that is certain. */
  in?: string;
  /** The file's reason id (`lexicon-groups`). */
  reason: string;
}

interface EntityFile {
  reason: string;
  entries: Omit<LexiconEntry, 'reason'>[];
}

const DIR = new URL('./lexicons/', import.meta.url);

function readJson<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(name, DIR), 'utf8')) as T;
}

function loadEntities(): LexiconEntry[] {
  const files = readdirSync(new URL('entities/', DIR))
    .filter((f) => f.endsWith('.json'))
    .sort((a, b) => (a === 'groups.json' ? -1 : b === 'groups.json' ? 1 : a.localeCompare(b)));
  const out: LexiconEntry[] = [];
  for (const f of files) {
    const data = readJson<EntityFile>(`entities/${f}`);
    if (!data || !Array.isArray(data.entries)) throw new Error(`lexicon ${f}: no entries array`);
    for (const e of data.entries) {
      if (!e.id || !e.label || !(ENTITY_TYPES as readonly string[]).includes(e.type)) {
        throw new Error(`lexicon ${f}: bad entry ${JSON.stringify(e).slice(0, 80)}`);
      }
      out.push({ ...e, aliases: e.aliases ?? [], reason: data.reason ?? `lexicon-${f.replace(/\.json$/, '')}` });
    }
  }
  return out;
}

export const ENTITY_ENTRIES: readonly LexiconEntry[] = loadEntities();
export const ENTRY_BY_ID: ReadonlyMap<string, LexiconEntry> = new Map(ENTITY_ENTRIES.map((e) => [e.id, e]));

export const TITLES: readonly string[] = readJson<{ titles: string[] }>('titles.json').titles;
export const ROLES = readJson<{ leads: string[]; member: string[] }>('roles.json');

export interface Words {
  forceNouns: string[];
  forceAdjectives: string[];
  /** Military echelons, smallest first: a unit belongs to a larger one ("2nd Battalion, 5th Special Forces Group"). */
  unitEchelons: string[];
  /** Community adjectives that may follow a demonym before a force noun ("Syrian Arab forces", "Kurdish and Yezidi fighters"). */
  communityAdjectives: string[];
  anaphors: Record<'armed_group' | 'force' | 'person', string[]>;
  orgHeads: Record<'force' | 'armed_group' | 'government' | 'media' | 'organization', string[]>;
  placeHeads: Record<'region' | 'site' | 'city', string[]>;
  directions: string[];
  nameParticles: string[];
  hedges: string[];
  negations: string[];
  speechVerbs: string[];
  /** All-caps tokens that are not names (weapons, units, abbreviations). */
  notNames: string[];
  /** Capitalised offices that name one person ("the Foreign Secretary"). */
  offices: string[];
  /** Groups of people who suffer attacks ("civilians", "mourners"): mentions of their own. */
  victimNouns: string[];
  /** Adjectives a victim group may carry and that are not part of its name ("innocent civilians"). */
  victimAdjectives: string[];
  /** First words of Arabic place names ("Tel Tamer", "Kafr Nabl", "Deir Hafer"): a name they open is a place. */
  placePrefixes: string[];
  /** Communities named by their plural ("Kurds", "Sunnis", "local Arabs"): groups of people. */
  communities: string[];
  /** "the Syrian <noun>" that names a group of people. */
  peopleNouns: string[];
  /** Title words that name nobody alone ("Minister", "President"), lower case. */
  bareTitleWords: string[];
  /** First words of operation names ("Operation Inherent Resolve"): no entity. */
  eventHeads: string[];
}
export const WORDS: Words = readJson<Words>('words.json');

/** Demonym (lower-cased) -> place entry ("iraqi" -> iraq). */
export const DEMONYMS: ReadonlyMap<string, LexiconEntry> = new Map(
  ENTITY_ENTRIES.flatMap((e) => (e.demonyms ?? []).map((d) => [d.toLowerCase(), e] as const)),
);

/** Escape a literal for a RegExp source. */
export function esc(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A regex alternation of literals, longest first, spaces as `\s+`. */
export function alternation(words: readonly string[]): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => esc(w).replace(/ /g, '\\s+'))
    .join('|');
}
