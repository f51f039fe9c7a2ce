/**
 * The alias gazetteer: every entity dictionary of the lexicon
 * (src/extract/lexicon/entities/: groups, places, camps, media, forces, ...)
 * indexed by normalised name, for canonical ids across articles.
 *
 * The files are read and validated by the lexicon's one loader
 * (`defaultLexicon()`; a bad file is a `LexiconError` naming the file and the
 * entry); this module only indexes them. Demonyms are never indexed as names.
 */
import { KIND_OF_TYPE } from '../types.ts';
import type { EntityType, NodeKind } from '../types.ts';
import { defaultLexicon, type EntityFile } from '../extract/lexicon/index.ts';
import { altKeys, nameKey, nameWords } from './normalize.ts';
import { cachedTable } from '../util/disk-cache.ts';
import { ACRONYM_SURFACE } from '../extract/mentions/gazetteer.ts';

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

export interface Gazetteer {
  entries: Map<string, GazetteerEntry>;
  /** Strict name key -> entries carrying that name. */
  index: Map<string, GazetteerEntry[]>;
  /** Ids linked to an id by a `related` entry, both directions. */
  links: Map<string, GazetteerLink[]>;
  /** Candidate entries for a name, strict key first, then looser keys. */
  lookup(name: string, person?: boolean): GazetteerHit[];
}

/** Build a gazetteer from validated entity files (in priority order: the first file to name an id owns it). */
export function buildGazetteer(files: readonly EntityFile[]): Gazetteer {
  return gazetteerOf(gazetteerTable(files));
}

/** The data of a gazetteer (what the disk cache holds for the shipped one). */
interface GazetteerTable {
  entries: Map<string, GazetteerEntry>;
  index: Map<string, GazetteerEntry[]>;
  links: Map<string, GazetteerLink[]>;
  /** `id\0key` of one-word person keys. */
  shortKeys: Set<string>;
}


function gazetteerTable(files: readonly EntityFile[]): GazetteerTable {
  const entries = new Map<string, GazetteerEntry>();
  const index = new Map<string, GazetteerEntry[]>();
  const shortKeys = new Set<string>();
  const scoped = new Set(files.flatMap((f) => f.entries.filter((e) => e.countries).flatMap((e) => e.aliases.filter((a) => ACRONYM_SURFACE.test(a)))));
  for (const file of files) {
    const base = file.path.split(/[\\/]/).pop() ?? file.path;
    for (const e of file.entries) {
      const entry: GazetteerEntry = { id: e.id, label: e.label, type: e.type, kind: KIND_OF_TYPE[e.type], aliases: e.aliases, related: e.related ?? [], file: base };
      entries.set(entry.id, entry);
      const person = entry.type === 'person';
      for (const name of [entry.label, ...entry.aliases]) {
        // an acronym some entry reads only in its countries' articles ("ADF", "AA") is linked by the extractor, which
        // sees the article (mentions/gazetteer.ts): by itself it names no entry
        if (scoped.has(name)) continue;
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
      links.set(entry.id, [...(links.get(entry.id) ?? []), link]);
      links.set(link.id, [...(links.get(link.id) ?? []), { id: entry.id, relation: `${link.relation}:inverse` }]);
    }
  }
  return { entries, index, links, shortKeys };
}

function gazetteerOf({ entries, index, links, shortKeys }: GazetteerTable): Gazetteer {
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

let cached: Gazetteer | undefined;

/** The shipped gazetteer, loaded once (from the disk cache when it holds it: util/disk-cache.ts). */
export function defaultGazetteer(): Gazetteer {
  cached ??= gazetteerOf(cachedTable('resolve-gazetteer', () => gazetteerTable(defaultLexicon().entityFiles)));
  return cached;
}
