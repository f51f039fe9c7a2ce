/**
 * The analyst's overrides: a readable, editable JSON file kept beside the
 * store (`X.db` -> `X.curation.json`), versioned and validated on load.
 *
 * ```json
 * { "version": 2,
 *   "merge":  [{ "id": "merge-1", "from": "isil", "into": "isis", "args": ["ISIL", "ISIS"] }],
 *   "split":  [{ "id": "split-1", "node": "isis", "name": "IS", "into": "is-unknown", "label": "IS", "type": "armed_group" }],
 *   "rename": [{ "id": "rename-1", "node": "isis", "label": "Islamic State" }],
 *   "retype": [{ "id": "retype-1", "node": "asayish", "type": "force" }],
 *   "reject": [{ "id": "reject-1", "node": "children" }, { "id": "reject-2", "edge": "isis|attacks|syria" }],
 *   "pin":    [{ "id": "pin-1", "node": "rohilat-afrin", "label": "Rohilat Afrin", "type": "person" }] }
 * ```
 * Every entry has an `id` (`<kind>-<n>`, given when it is recorded; a
 * version-1 file gets them on load, and its split `id` becomes `into`) by which `--undo` and `newsgraph
 * curation list` name it, may carry a free-text `note`, and may keep the
 * command's arguments as the analyst typed them (`args`), so an undo by the
 * same names finds it after the names have moved. The store applies the file
 * when it writes (./curation-apply.ts), so every answer reflects it and
 * re-ingesting re-applies it. A bad file throws an `InputError` naming it and
 * the problem. Pure (no node modules); reading and writing the file is
 * ./curation-file.ts.
 */
import { ENTITY_TYPES, NODE_KINDS, RELATION_TYPES } from '../types.ts';
import type { EntityType, NodeKind } from '../types.ts';
import { InputError } from '../errors.ts';
import { slugify } from '../util/slug.ts';

export const CURATION_VERSION = 2;
/** Versions this newsgraph reads (version 1 had no override ids). */
const READABLE_VERSIONS: readonly number[] = [1, 2];

/** What every override may carry besides its content. */
export interface OverrideMeta {
  /** `<kind>-<n>`, unique in the file. */
  id?: string;
  note?: string;
  /** The command's arguments as typed (names or ids). */
  args?: string[];
}

export interface MergeOverride extends OverrideMeta { from: string; into: string }
/** `into`: the new node's id (default: the slug of the name). */
export interface SplitOverride extends OverrideMeta { node: string; name: string; into?: string; label?: string; type?: EntityType }
export interface RenameOverride extends OverrideMeta { node: string; label: string }
export interface RetypeOverride extends OverrideMeta { node: string; type: EntityType }
export type RejectOverride = ({ node: string } | { edge: string }) & OverrideMeta;
export interface PinOverride extends OverrideMeta { node: string; label?: string; type?: EntityType }

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

/** The id a split gives its new node (here, not in curation-apply.ts, so the CLI can say it without loading name normalisation and the lexicon). */
export function splitId(s: { into?: string; name: string }, node: string): string {
  if (s.into) return s.into;
  const slug = slugify(s.name);
  return slug && slug !== node ? slug : `${node}-split`;
}

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
    if (!allowed.includes(k) && !META_FIELDS.includes(k)) {
      throw new InputError(path, `${where}: unknown field "${k}" (allowed: ${[...allowed, ...META_FIELDS].join(', ')})`);
    }
  }
  if (obj.note !== undefined && typeof obj.note !== 'string') throw new InputError(path, `${where}.note: expected a string`);
  if (obj.id !== undefined && (typeof obj.id !== 'string' || !OVERRIDE_ID.test(obj.id))) {
    throw new InputError(path, `${where}.id: expected an override id like "merge-1", got ${JSON.stringify(obj.id)}`);
  }
  if (obj.args !== undefined && (!Array.isArray(obj.args) || !obj.args.every((a) => typeof a === 'string'))) {
    throw new InputError(path, `${where}.args: expected a list of strings`);
  }
  return obj;
}

const META_FIELDS = ['id', 'note', 'args'];
/** An override id: its kind and a number. */
export const OVERRIDE_ID = /^(merge|split|rename|retype|reject|pin)-[1-9][0-9]*$/;

/** The entry with its meta fields (id first, note and args last), as read. */
function withMeta<T extends object>(entry: T, obj: Record<string, unknown>): T & OverrideMeta {
  return {
    ...(typeof obj.id === 'string' ? { id: obj.id } : {}),
    ...entry,
    ...(typeof obj.note === 'string' ? { note: obj.note } : {}),
    ...(Array.isArray(obj.args) ? { args: obj.args as string[] } : {}),
  };
}

/** Validate parsed JSON as a curation; `path` names the file in errors. Entries without an id get one. */
export function parseCuration(data: unknown, path: string): Curation {
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new InputError(path, 'a curation file must be a JSON object');
  const obj = data as Record<string, unknown>;
  if (typeof obj.version !== 'number' || !READABLE_VERSIONS.includes(obj.version)) {
    throw new InputError(path, `unsupported curation version ${JSON.stringify(obj.version)} (expected ${READABLE_VERSIONS.join(' or ')})`);
  }
  const v1 = obj.version === 1;
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
    out.merge.push(withMeta({ from, into }, o));
  });
  list('split').forEach((v, i) => {
    const w = `split[${i}]`;
    // Version 1 named the new node `id`; version 2 calls it `into` (`id` names the override).
    let raw = v;
    if (v1 && raw && typeof raw === 'object' && 'id' in raw) {
      const { id, ...rest } = raw as Record<string, unknown>;
      raw = { ...rest, into: id };
    }
    const o = entryObject(raw, w, path, ['node', 'name', 'into', 'label', 'type']);
    const entry: SplitOverride = { node: checkId(o.node, `${w}.node`, path), name: text(o.name, `${w}.name`, path) };
    if (o.into !== undefined) entry.into = checkId(o.into, `${w}.into`, path);
    if (o.label !== undefined) entry.label = text(o.label, `${w}.label`, path);
    if (o.type !== undefined) entry.type = checkType(o.type, `${w}.type`, path);
    if (entry.into === entry.node) throw new InputError(path, `${w}.into: the new node needs an id other than "${entry.node}"`);
    out.split.push(withMeta(entry, o));
  });
  list('rename').forEach((v, i) => {
    const w = `rename[${i}]`;
    const o = entryObject(v, w, path, ['node', 'label']);
    out.rename.push(withMeta({ node: checkId(o.node, `${w}.node`, path), label: text(o.label, `${w}.label`, path) }, o));
  });
  list('retype').forEach((v, i) => {
    const w = `retype[${i}]`;
    const o = entryObject(v, w, path, ['node', 'type']);
    out.retype.push(withMeta({ node: checkId(o.node, `${w}.node`, path), type: checkType(o.type, `${w}.type`, path) }, o));
  });
  list('reject').forEach((v, i) => {
    const w = `reject[${i}]`;
    const o = entryObject(v, w, path, ['node', 'edge']);
    if ((o.node === undefined) === (o.edge === undefined)) throw new InputError(path, `${w}: give exactly one of "node" or "edge"`);
    const entry: RejectOverride = o.node !== undefined ? { node: checkId(o.node, `${w}.node`, path) } : { edge: checkEdge(o.edge, `${w}.edge`, path) };
    out.reject.push(withMeta(entry, o));
  });
  list('pin').forEach((v, i) => {
    const w = `pin[${i}]`;
    const o = entryObject(v, w, path, ['node', 'label', 'type']);
    const entry: PinOverride = { node: checkId(o.node, `${w}.node`, path) };
    if (o.label !== undefined) entry.label = text(o.label, `${w}.label`, path);
    if (o.type !== undefined) entry.type = checkType(o.type, `${w}.type`, path);
    out.pin.push(withMeta(entry, o));
  });
  const seen = new Set<string>();
  for (const k of OVERRIDE_KINDS) {
    for (const e of out[k] as OverrideMeta[]) {
      if (e.id === undefined) continue;
      if (!e.id.startsWith(`${k}-`)) throw new InputError(path, `override id "${e.id}" is in the "${k}" section`);
      if (seen.has(e.id)) throw new InputError(path, `override id "${e.id}" is used twice`);
      seen.add(e.id);
    }
  }
  return withIds(out);
}

/** The curation with an id on every override (`<kind>-<n>`, the next free number of its kind). */
export function withIds(curation: Curation): Curation {
  const out = { ...curation };
  for (const k of OVERRIDE_KINDS) {
    let next = 1 + Math.max(0, ...(curation[k] as OverrideMeta[]).map((e) => (e.id ? Number(e.id.slice(k.length + 1)) : 0)));
    (out[k] as OverrideMeta[]) = (curation[k] as OverrideMeta[]).map((e) => (e.id ? e : { id: `${k}-${next++}`, ...e }));
  }
  return out;
}

/** An override's content without its id, note and recorded arguments, for comparing. */
export function overrideContent(entry: object): string {
  return JSON.stringify(
    Object.entries(entry)
      .filter(([k]) => !META_FIELDS.includes(k))
      .sort(([x], [y]) => (x < y ? -1 : 1)),
  );
}

/** True when two curations do the same (ids, notes and recorded arguments aside). */
export function sameCuration(a: Curation, b: Curation): boolean {
  return OVERRIDE_KINDS.every((k) => a[k].length === b[k].length && a[k].every((e, i) => overrideContent(e) === overrideContent(b[k][i]!)));
}

/** Every override with its kind, in file order. */
export function listOverrides(curation: Curation): Array<{ kind: OverrideKind; entry: Curation[OverrideKind][number] }> {
  return OVERRIDE_KINDS.flatMap((kind) => (curation[kind] as Array<Curation[OverrideKind][number]>).map((entry) => ({ kind, entry })));
}

/**
 * Add an override (pure): returns the new curation, the entry as recorded
 * (with its id) and whether it changed. An entry with the same content is
 * not added twice (the existing one is returned). A later `rename` or
 * `retype` of the same node replaces the earlier one.
 */
export function addOverride<K extends OverrideKind>(
  curation: Curation,
  kind: K,
  entry: Curation[K][number],
): { curation: Curation; entry: Curation[K][number]; changed: boolean } {
  const list = curation[kind] as Array<Curation[K][number]>;
  const same = list.find((e) => overrideContent(e) === overrideContent(entry));
  if (same) return { curation, entry: same, changed: false };
  let kept = list;
  if (kind === 'rename' || kind === 'retype') kept = list.filter((e) => (e as { node: string }).node !== (entry as { node: string }).node);
  const next = withIds({ ...curation, [kind]: [...kept, stripId(entry)] });
  const added = (next[kind] as Array<Curation[K][number]>).at(-1)!;
  return { curation: next, entry: added, changed: true };
}

function stripId<T extends OverrideMeta>(e: T): T {
  const { id: _id, ...rest } = e;
  return rest as T;
}

/** Remove the override with this id; returns the removed entry, if there was one. */
export function removeOverride(curation: Curation, id: string): { curation: Curation; removed?: { kind: OverrideKind; entry: Curation[OverrideKind][number] } } {
  for (const kind of OVERRIDE_KINDS) {
    const list = curation[kind] as OverrideMeta[];
    const i = list.findIndex((e) => e.id === id);
    if (i < 0) continue;
    return {
      curation: { ...curation, [kind]: list.filter((_, j) => j !== i) },
      removed: { kind, entry: list[i] as Curation[OverrideKind][number] },
    };
  }
  return { curation };
}
