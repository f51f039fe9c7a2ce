/**
 * The alias gazetteer: every entity lexicon in `src/extract/lexicons/entities/`
 * (groups, places, camps, media, forces, ...) indexed by normalised name.
 *
 * Each lexicon file is `{ reason, entries: [{ id, label, type, aliases,
 * related? }] }`. Bad entries are skipped and listed in `problems` (a test
 * keeps that list empty); a file that is not JSON of that shape throws an
 * `InputError` naming it. Demonyms are never indexed as names.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { ENTITY_TYPES, KIND_OF_TYPE } from '../types.ts';
import type { EntityType, NodeKind } from '../types.ts';
import { InputError } from '../errors.ts';
import { altKeys, nameKey, nameWords } from './normalize.ts';

export interface GazetteerLink {
  id: string;
  relation: string;
}

export interface GazetteerEntry {
  id: string;
  label: string;
  type: EntityType;
  kind: NodeKind;
  aliases: string[];
  related: GazetteerLink[];
  /** The lexicon file it came from (base name). */
  file: string;
}

export interface GazetteerHit {
  entry: GazetteerEntry;
  /** The name matched a one-word person alias ("Assad"): weaker evidence. */
  short: boolean;
  /** Matched through a looser key (`altKeys`). */
  loose: boolean;
}

export interface LexiconFile {
  path: string;
  data: unknown;
}

export interface Gazetteer {
  entries: Map<string, GazetteerEntry>;
  /** Strict name key -> entries carrying that name. */
  index: Map<string, GazetteerEntry[]>;
  /** Ids linked to an id by a `related` entry, both directions. */
  links: Map<string, GazetteerLink[]>;
  problems: string[];
  /** Candidate entries for a name, strict key first, then looser keys. */
  lookup(name: string, person?: boolean): GazetteerHit[];
}

const TYPES: ReadonlySet<string> = new Set(ENTITY_TYPES);

function isStringArray(x: unknown): x is string[] {
  return Array.isArray(x) && x.every((s) => typeof s === 'string');
}

function fileEntries(file: LexiconFile, problems: string[]): GazetteerEntry[] {
  const base = file.path.split(/[\\/]/).pop() ?? file.path;
  const data = file.data as { entries?: unknown } | null;
  if (!data || typeof data !== 'object' || !Array.isArray(data.entries)) {
    throw new InputError(file.path, 'a lexicon must be an object with an "entries" array');
  }
  const out: GazetteerEntry[] = [];
  data.entries.forEach((raw: unknown, i: number) => {
    const e = raw as Record<string, unknown> | null;
    const where = `${base} entry ${i}`;
    if (!e || typeof e !== 'object') return void problems.push(`${where}: not an object`);
    const { id, label, type, aliases, related } = e;
    if (typeof id !== 'string' || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
      return void problems.push(`${where}: "id" must be a lower-case slug`);
    }
    if (typeof label !== 'string' || !label.trim()) return void problems.push(`${where} (${id}): "label" missing`);
    if (typeof type !== 'string' || !TYPES.has(type)) {
      return void problems.push(`${where} (${id}): unknown type "${String(type)}"`);
    }
    if (aliases !== undefined && !isStringArray(aliases)) {
      return void problems.push(`${where} (${id}): "aliases" must be an array of strings`);
    }
    const links: GazetteerLink[] = [];
    if (related !== undefined) {
      if (!Array.isArray(related)) return void problems.push(`${where} (${id}): "related" must be an array`);
      for (const r of related as Array<Record<string, unknown>>) {
        if (typeof r?.id === 'string' && typeof r.relation === 'string') links.push({ id: r.id, relation: r.relation });
        else problems.push(`${where} (${id}): bad "related" item`);
      }
    }
    const t = type as EntityType;
    out.push({ id, label, type: t, kind: KIND_OF_TYPE[t], aliases: (aliases as string[] | undefined) ?? [], related: links, file: base });
  });
  return out;
}

/** Build a gazetteer from parsed lexicon files (in priority order). */
export function buildGazetteer(files: LexiconFile[]): Gazetteer {
  const problems: string[] = [];
  const entries = new Map<string, GazetteerEntry>();
  const index = new Map<string, GazetteerEntry[]>();
  const shortKeys = new Set<string>();
  for (const file of files) {
    for (const entry of fileEntries(file, problems)) {
      if (entries.has(entry.id)) {
        problems.push(`${entry.file}: duplicate id "${entry.id}" (first in ${entries.get(entry.id)!.file})`);
        continue;
      }
      entries.set(entry.id, entry);
      const person = entry.type === 'person';
      for (const name of [entry.label, ...entry.aliases]) {
        let key = nameKey(name, { person });
        // "King Abdullah", "Caliph Ibrahim": a title off leaves a bare first
        // name, which would claim every Abdullah; index the name as written.
        if (person && !key.includes(' ') && nameWords(name).length > 1) key = nameKey(name);
        if (!key) continue;
        const list = index.get(key) ?? [];
        if (!list.includes(entry)) list.push(entry);
        index.set(key, list);
        if (person && !key.includes(' ')) shortKeys.add(`${entry.id}\u0000${key}`);
      }
    }
  }
  const links = new Map<string, GazetteerLink[]>();
  for (const entry of entries.values()) {
    for (const link of entry.related) {
      if (!entries.has(link.id)) {
        problems.push(`${entry.file} (${entry.id}): related id "${link.id}" is not in any lexicon`);
        continue;
      }
      links.set(entry.id, [...(links.get(entry.id) ?? []), link]);
      links.set(link.id, [...(links.get(link.id) ?? []), { id: entry.id, relation: `${link.relation}:inverse` }]);
    }
  }
  const hits = (key: string, loose: boolean): GazetteerHit[] =>
    (index.get(key) ?? []).map((entry) => ({ entry, loose, short: shortKeys.has(`${entry.id}\u0000${key}`) }));
  const find = (name: string, person: boolean): GazetteerHit[] => {
    const strict = hits(nameKey(name, { person }), false);
    if (strict.length) return strict;
    for (const k of altKeys(name, { person })) {
      const h = hits(k, true);
      if (h.length) return h;
    }
    return [];
  };
  // Names repeat across mentions and articles: remember recent answers.
  const memo = new Map<string, GazetteerHit[]>();
  return {
    entries,
    index,
    links,
    problems,
    lookup(name: string, person = false): GazetteerHit[] {
      const k = `${person ? 'p' : 'n'}${name}`;
      let h = memo.get(k);
      if (!h) {
        if (memo.size >= 200_000) memo.clear();
        h = find(name, person);
        memo.set(k, h);
      }
      return h;
    },
  };
}

/** The folder of entity lexicons shipped with newsgraph. */
export const LEXICON_DIR = fileURLToPath(new URL('../extract/lexicons/entities/', import.meta.url));

/** Read every `*.json` lexicon of a folder; groups.json first, then by name. */
export function readLexicons(dir: string = LEXICON_DIR): LexiconFile[] {
  const names = readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort((a, b) => (a === 'groups.json' ? -1 : b === 'groups.json' ? 1 : a.localeCompare(b)));
  return names.map((n) => {
    const path = join(dir, n);
    try {
      return { path, data: JSON.parse(readFileSync(path, 'utf8')) as unknown };
    } catch (err) {
      throw new InputError(path, `not valid JSON (${(err as Error).message})`);
    }
  });
}

let cached: Gazetteer | undefined;

/** The shipped gazetteer, loaded once. */
export function defaultGazetteer(): Gazetteer {
  cached ??= buildGazetteer(readLexicons());
  return cached;
}
