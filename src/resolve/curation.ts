/**
 * The analyst's overrides: a readable, editable JSON file kept beside the
 * store (`X.db` -> `X.curation.json`), versioned and validated on load.
 *
 * ```json
 * { "version": 1,
 *   "merge":  [{ "from": "isil", "into": "isis" }],
 *   "split":  [{ "node": "isis", "name": "IS", "id": "is-unknown", "label": "IS", "type": "armed_group" }],
 *   "rename": [{ "node": "isis", "label": "Islamic State" }],
 *   "retype": [{ "node": "asayish", "type": "force" }],
 *   "reject": [{ "node": "children" }, { "edge": "isis|attacks|syria" }],
 *   "pin":    [{ "node": "rohilat-afrin", "label": "Rohilat Afrin", "type": "person" }] }
 * ```
 * Every entry may carry a free-text `note`. `src/graph/curate.ts` applies the
 * file to a graph every time the graph is built, so overrides survive every
 * later ingest. A bad file throws an `InputError` naming it and the problem.
 * Pure (no node modules); reading and writing the file is ./curation-file.ts.
 */
import { ENTITY_TYPES, NODE_KINDS, RELATION_TYPES } from '../types.ts';
import type { EntityType, NodeKind } from '../types.ts';
import { InputError } from '../errors.ts';

export const CURATION_VERSION = 1;

export interface MergeOverride { from: string; into: string; note?: string }
export interface SplitOverride { node: string; name: string; id?: string; label?: string; type?: EntityType; note?: string }
export interface RenameOverride { node: string; label: string; note?: string }
export interface RetypeOverride { node: string; type: EntityType; note?: string }
export type RejectOverride = { node: string; note?: string } | { edge: string; note?: string };
export interface PinOverride { node: string; label?: string; type?: EntityType; note?: string }

export interface Curation {
  version: typeof CURATION_VERSION;
  merge: MergeOverride[];
  split: SplitOverride[];
  rename: RenameOverride[];
  retype: RetypeOverride[];
  reject: RejectOverride[];
  pin: PinOverride[];
}

export type OverrideKind = Exclude<keyof Curation, 'version'>;
export const OVERRIDE_KINDS: readonly OverrideKind[] = ['merge', 'split', 'rename', 'retype', 'reject', 'pin'];

/** A default type for each kind, for `retype <node> <kind>`. */
export const DEFAULT_TYPE_OF_KIND: Record<NodeKind, EntityType> = {
  actor: 'organization',
  place: 'site',
  force: 'force',
  camp: 'camp',
};

export function emptyCuration(): Curation {
  return { version: CURATION_VERSION, merge: [], split: [], rename: [], retype: [], reject: [], pin: [] };
}

/** `data/news.db` -> `data/news.curation.json`. */
export function curationPath(dbPath: string): string {
  return dbPath.replace(/\.(?:db|sqlite3?)$/i, '') + '.curation.json';
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const TYPES: ReadonlySet<string> = new Set(ENTITY_TYPES);
const RELATIONS: ReadonlySet<string> = new Set(RELATION_TYPES);

/** Check an id is a node slug; returns it. */
export function checkId(value: unknown, where: string, path: string): string {
  if (typeof value !== 'string' || !ID.test(value)) {
    throw new InputError(path, `${where}: expected a node id (a lower-case slug like "isis"), got ${JSON.stringify(value)}`);
  }
  return value;
}

/** Check an edge key `source|type|target`; returns it. */
export function checkEdge(value: unknown, where: string, path: string): string {
  const parts = typeof value === 'string' ? value.split('|') : [];
  if (parts.length !== 3 || !RELATIONS.has(parts[1]!)) {
    throw new InputError(path, `${where}: expected an edge "source|type|target" with type one of ${RELATION_TYPES.join(', ')}, got ${JSON.stringify(value)}`);
  }
  checkId(parts[0], `${where} (source)`, path);
  checkId(parts[2], `${where} (target)`, path);
  return value as string;
}

/** Check a type name, or a kind (mapped to its default type); returns the type. */
export function checkType(value: unknown, where: string, path: string, allowKind = false): EntityType {
  if (typeof value === 'string' && TYPES.has(value)) return value as EntityType;
  if (allowKind && typeof value === 'string' && (NODE_KINDS as readonly string[]).includes(value)) {
    return DEFAULT_TYPE_OF_KIND[value as NodeKind];
  }
  throw new InputError(path, `${where}: expected a type (${ENTITY_TYPES.join(', ')}), got ${JSON.stringify(value)}`);
}

function text(value: unknown, where: string, path: string): string {
  if (typeof value !== 'string' || !value.trim()) throw new InputError(path, `${where}: expected a non-empty string, got ${JSON.stringify(value)}`);
  return value;
}

function entryObject(value: unknown, where: string, path: string, allowed: string[]): Record<string, unknown> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new InputError(path, `${where}: expected an object`);
  const obj = value as Record<string, unknown>;
  for (const k of Object.keys(obj)) {
    if (!allowed.includes(k) && k !== 'note') throw new InputError(path, `${where}: unknown field "${k}" (allowed: ${allowed.join(', ')}, note)`);
  }
  if (obj.note !== undefined && typeof obj.note !== 'string') throw new InputError(path, `${where}.note: expected a string`);
  return obj;
}

function withNote<T extends object>(entry: T, obj: Record<string, unknown>): T {
  return typeof obj.note === 'string' ? { ...entry, note: obj.note } : entry;
}

/** Validate parsed JSON as a curation; `path` names the file in errors. */
export function parseCuration(data: unknown, path: string): Curation {
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new InputError(path, 'a curation file must be a JSON object');
  const obj = data as Record<string, unknown>;
  if (obj.version !== CURATION_VERSION) {
    throw new InputError(path, `unsupported curation version ${JSON.stringify(obj.version)} (expected ${CURATION_VERSION})`);
  }
  for (const k of Object.keys(obj)) {
    if (k !== 'version' && !(OVERRIDE_KINDS as readonly string[]).includes(k)) {
      throw new InputError(path, `unknown section "${k}" (allowed: ${OVERRIDE_KINDS.join(', ')})`);
    }
  }
  const list = (k: OverrideKind): unknown[] => {
    const v = obj[k];
    if (v === undefined) return [];
    if (!Array.isArray(v)) throw new InputError(path, `"${k}" must be an array`);
    return v;
  };
  const out = emptyCuration();
  list('merge').forEach((v, i) => {
    const w = `merge[${i}]`;
    const o = entryObject(v, w, path, ['from', 'into']);
    const from = checkId(o.from, `${w}.from`, path);
    const into = checkId(o.into, `${w}.into`, path);
    if (from === into) throw new InputError(path, `${w}: cannot merge "${from}" into itself`);
    out.merge.push(withNote({ from, into }, o));
  });
  list('split').forEach((v, i) => {
    const w = `split[${i}]`;
    const o = entryObject(v, w, path, ['node', 'name', 'id', 'label', 'type']);
    const entry: SplitOverride = { node: checkId(o.node, `${w}.node`, path), name: text(o.name, `${w}.name`, path) };
    if (o.id !== undefined) entry.id = checkId(o.id, `${w}.id`, path);
    if (o.label !== undefined) entry.label = text(o.label, `${w}.label`, path);
    if (o.type !== undefined) entry.type = checkType(o.type, `${w}.type`, path);
    if (entry.id === entry.node) throw new InputError(path, `${w}.id: the new node needs an id other than "${entry.node}"`);
    out.split.push(withNote(entry, o));
  });
  list('rename').forEach((v, i) => {
    const w = `rename[${i}]`;
    const o = entryObject(v, w, path, ['node', 'label']);
    out.rename.push(withNote({ node: checkId(o.node, `${w}.node`, path), label: text(o.label, `${w}.label`, path) }, o));
  });
  list('retype').forEach((v, i) => {
    const w = `retype[${i}]`;
    const o = entryObject(v, w, path, ['node', 'type']);
    out.retype.push(withNote({ node: checkId(o.node, `${w}.node`, path), type: checkType(o.type, `${w}.type`, path) }, o));
  });
  list('reject').forEach((v, i) => {
    const w = `reject[${i}]`;
    const o = entryObject(v, w, path, ['node', 'edge']);
    if ((o.node === undefined) === (o.edge === undefined)) throw new InputError(path, `${w}: give exactly one of "node" or "edge"`);
    const entry: RejectOverride = o.node !== undefined ? { node: checkId(o.node, `${w}.node`, path) } : { edge: checkEdge(o.edge, `${w}.edge`, path) };
    out.reject.push(withNote(entry, o));
  });
  list('pin').forEach((v, i) => {
    const w = `pin[${i}]`;
    const o = entryObject(v, w, path, ['node', 'label', 'type']);
    const entry: PinOverride = { node: checkId(o.node, `${w}.node`, path) };
    if (o.label !== undefined) entry.label = text(o.label, `${w}.label`, path);
    if (o.type !== undefined) entry.type = checkType(o.type, `${w}.type`, path);
    out.pin.push(withNote(entry, o));
  });
  return out;
}

function sameEntry(a: object, b: object): boolean {
  const strip = (o: object): string => JSON.stringify(Object.entries(o).filter(([k]) => k !== 'note').sort(([x], [y]) => x.localeCompare(y)));
  return strip(a) === strip(b);
}

/**
 * Add an override (pure): returns the new curation and whether it changed.
 * An identical entry (notes aside) is not added twice. A later `rename` or
 * `retype` of the same node replaces the earlier one.
 */
export function addOverride<K extends OverrideKind>(curation: Curation, kind: K, entry: Curation[K][number]): { curation: Curation; changed: boolean } {
  const list = curation[kind] as object[];
  if (list.some((e) => sameEntry(e, entry))) return { curation, changed: false };
  let kept = list;
  if (kind === 'rename' || kind === 'retype') kept = list.filter((e) => (e as { node: string }).node !== (entry as { node: string }).node);
  return { curation: { ...curation, [kind]: [...kept, entry] }, changed: true };
}

/** Remove every override equal to `entry` (notes aside). */
export function removeOverride<K extends OverrideKind>(curation: Curation, kind: K, entry: Curation[K][number]): { curation: Curation; changed: boolean } {
  const list = curation[kind] as object[];
  const kept = list.filter((e) => !sameEntry(e, entry));
  return { curation: { ...curation, [kind]: kept }, changed: kept.length !== list.length };
}

/** Ids the analyst pinned: the store keeps them when their last mention goes. */
export function pinnedIds(curation: Curation): Set<string> {
  return new Set(curation.pin.map((p) => p.node));
}
