/**
 * What the curation commands (./curate.ts) share, not a command itself:
 * opening the store beside the curation file, resolving node arguments,
 * recording an override, and `--undo`: matching the arguments given against
 * what each override recorded (id, the names as typed, the ids the names
 * stand for now), removing it, and saying how its nodes stand after.
 */
import { existsSync } from 'node:fs';
import type { CommandIO, OptionSpec, ParsedArgs } from '../command.ts';
import { str } from '../command.ts';
import { NotFoundError, UsageError } from '../../errors.ts';
import type { EntityType } from '../../types.ts';
import type { Newsgraph, Override } from '../../api.ts';
import {
  addOverride,
  checkId,
  checkType,
  curationPath,
  listOverrides,
  OVERRIDE_ID,
  removeOverride,
  splitId,
  type Curation,
  type OverrideKind,
} from '../../resolve/curation.ts';
import { loadCuration, saveCuration } from '../../resolve/curation-file.ts';
import { foldName } from '../../util/names.ts';
import { slugify } from '../../util/slug.ts';
import { DB_HELP, DB_OPTION } from './store-io.ts';

export const OPTIONS: OptionSpec = { ...DB_OPTION, note: { type: 'string' }, undo: { type: 'boolean' } };
export const HELP: Array<[string, string]> = [
  DB_HELP,
  ['--note <text>', 'why (kept in the curation file)'],
  ['--undo', 'remove this override instead (the same arguments as before, or its id: `--undo merge-1`)'],
];

export interface Ctx {
  io: CommandIO;
  dbPath: string;
  /** The curation file; for a database store, where its curation is kept (for messages). */
  file: string;
  /** The store, when it exists: to resolve names, check ids and apply the override. */
  ng?: Newsgraph;
}

async function open(args: ParsedArgs, io: CommandIO): Promise<Ctx> {
  // Imported here, not at the top: the store module loads the SQLite driver, which `--help` does not need.
  const { resolveDbPath, isStoreUrl } = await import('../../store/index.ts');
  const dbPath = resolveDbPath(str(args, 'db'), io.env, io.cwd);
  if (isStoreUrl(dbPath)) {
    // A database store keeps its curation itself (every analyst shares it): open it, creating it when new.
    const ng = (await import('../../api.ts')).openNewsgraph({ db: dbPath });
    return { io, dbPath: ng.store.location, file: `${ng.store.location} (the store's curation)`, ng };
  }
  const ctx: Ctx = { io, dbPath, file: curationPath(dbPath) };
  if (dbPath !== ':memory:' && existsSync(dbPath)) ctx.ng = (await import('../../api.ts')).openNewsgraph({ db: dbPath, mustExist: true });
  return ctx;
}

export interface NodeRef {
  id: string;
  label?: string;
  type?: EntityType;
}

/** A node id from an id or an exact name; a missing node is allowed (it may come later) but said. */
export async function nodeId(ctx: Ctx, arg: string | undefined, what: string): Promise<NodeRef> {
  if (!arg || !arg.trim()) throw new UsageError(`give the ${what} node (id or name)`);
  if (ctx.ng) {
    try {
      const d = await ctx.ng.node(arg, { limit: 1, evidenceLimit: 0 });
      return { id: d.id, label: d.label, type: d.type };
    } catch (err) {
      if ((err as Error).name !== 'NotFoundError') throw err;
    }
  }
  try {
    const id = checkId(arg, what, ctx.file);
    ctx.io.stderr.write(`note: no node "${id}" in ${ctx.ng ? ctx.dbPath : 'the store (none yet)'}; the override applies once it appears\n`);
    return { id };
  } catch {
    throw new UsageError(`no node named "${arg}"${ctx.ng ? '' : ' (no store yet)'}; give its id (a slug like "isis")`);
  }
}

export const describeNode = (n: NodeRef): string => (n.label && n.label !== n.id ? `${n.id} ("${n.label}")` : n.id);

/** One line saying what an override does, from what it recorded. */
export function describeOverride(kind: OverrideKind, e: Override): string {
  const o = e as unknown as Record<string, string>;
  switch (kind) {
    case 'merge':
      return `${o.from} -> ${o.into}`;
    case 'split':
      return `"${o.name}" out of ${o.node} as ${splitId(e as { into?: string; name: string }, o.node!)}`;
    case 'rename':
      return `${o.node} -> "${o.label}"`;
    case 'retype':
      return `${o.node} -> ${o.type}`;
    case 'reject':
      return o.edge ? `edge ${o.edge}` : `node ${o.node}`;
    case 'pin':
      return `node ${o.node}`;
  }
}

export const count = (c: Curation) => listOverrides(c).length;
const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;

/** Record an override (and apply it to the store), printing what changed. */
export async function record<K extends OverrideKind>(ctx: Ctx, args: ParsedArgs, kind: K, entry: Curation[K][number], shown: string, typed: string[], ids: string[]): Promise<number> {
  const note = str(args, 'note');
  const full = { ...entry, ...(note ? { note } : {}), ...(typed.some((t, i) => t !== ids[i]) ? { args: typed } : {}) } as Curation[K][number];
  let id: string | undefined;
  let changed: boolean;
  let total: number;
  let applied = '';
  if (ctx.ng) {
    const r = await ctx.ng.addOverride(kind, full);
    ({ changed } = r);
    id = r.entry.id;
    total = count(await ctx.ng.curation());
    if (r.applied.changed) applied = `; the store follows (${plural(r.applied.articles, 'article')} written again)`;
  } else {
    const r = addOverride(loadCuration(ctx.file), kind, full);
    if (r.changed) saveCuration(ctx.file, r.curation);
    ({ changed } = r);
    id = r.entry.id;
    total = count(r.curation);
  }
  ctx.io.stdout.write(`${kind}: ${shown} ${changed ? 'recorded' : 'already recorded'} as ${id} in ${ctx.file} (${plural(total, 'override')})${applied}\n`);
  return 0;
}

/** The ids an argument may stand for: itself as an id, its slug, and the node it finds in the store. */
async function candidates(ctx: Ctx, arg: string): Promise<Set<string>> {
  const out = new Set<string>([arg, slugify(arg)]);
  if (ctx.ng) {
    try {
      out.add(await ctx.ng.resolveId(arg));
    } catch (err) {
      if ((err as Error).name !== 'NotFoundError') throw err;
    }
  }
  return out;
}

/** The overrides of `kind` that `--undo <args>` names: by id, by the arguments recorded, or by the ids the arguments stand for. */
async function matching(ctx: Ctx, c: Curation, kind: OverrideKind, p: string[]): Promise<Override[]> {
  const list = c[kind] as Override[];
  if (p.length === 1 && OVERRIDE_ID.test(p[0]!)) {
    const byId = listOverrides(c).find((x) => x.entry.id === p[0]);
    if (!byId) throw new NotFoundError(`override ${p[0]} (\`newsgraph curation list\` shows them)`);
    if (byId.kind !== kind) throw new UsageError(`${p[0]} is a ${byId.kind} override: run \`newsgraph ${byId.kind} --undo ${p[0]}\` or \`newsgraph curation undo ${p[0]}\``);
    return [byId.entry];
  }
  const parts = kind === 'reject' && p.length === 1 && p[0]!.includes('|') ? p[0]!.split('|') : p;
  const folded = parts.map(foldName);
  const cands = await Promise.all(parts.map((x) => candidates(ctx, x)));
  return list.filter((e) => {
    const o = e as unknown as Record<string, string | undefined>;
    // Argument i names this id: as an id, a slug, the node it finds now, or as typed when the override was recorded.
    const has = (i: number, id: string | undefined) =>
      id !== undefined && ((cands[i]?.has(id) ?? false) || (e.args?.[i] !== undefined && foldName(e.args[i]!) === folded[i]));
    switch (kind) {
      case 'merge':
        return has(0, o.from) && has(1, o.into);
      case 'split':
        return has(0, o.node) && (parts[1] === undefined || foldName(parts[1]) === foldName(o.name!));
      case 'rename':
        return has(0, o.node) && (parts[1] === undefined || parts[1].trim() === o.label);
      case 'retype':
        return has(0, o.node) && (parts[1] === undefined || o.type === usageType(parts[1], true));
      case 'reject':
        if (parts.length === 3) {
          const [s = '', t = '', g = ''] = (o.edge ?? '').split('|');
          return o.edge !== undefined && has(0, s) && parts[1] === t && has(2, g);
        }
        return o.node !== undefined && has(0, o.node);
      case 'pin':
        return has(0, o.node);
    }
  });
}

/** Remove the overrides `--undo <args>` names, printing what was removed and how the node stands now. */
async function undo(ctx: Ctx, kind: OverrideKind, p: string[]): Promise<number> {
  if (p.length === 0) throw new UsageError(`${kind} --undo: give the same arguments as before, or the override id (\`newsgraph curation list\`)`);
  const c = ctx.ng ? await ctx.ng.curation() : loadCuration(ctx.file);
  const found = await matching(ctx, c, kind, p);
  if (found.length === 0) {
    throw new NotFoundError(`${kind} override for ${p.map((x) => JSON.stringify(x)).join(' ')} in ${ctx.file} (\`newsgraph curation list\` shows them)`);
  }
  for (const e of found) await removeById(ctx, e.id!);
  return 0;
}

/** Remove one override by id and say so (with how its node stands now, when the store is there). */
export async function removeById(ctx: Ctx, id: string): Promise<void> {
  let kind: OverrideKind;
  let entry: Override;
  let total: number;
  let applied = '';
  if (ctx.ng) {
    const r = await ctx.ng.removeOverride(id);
    if (!r) throw new NotFoundError(`override ${id} (\`newsgraph curation list\` shows them)`);
    ({ kind, entry } = r);
    total = count(await ctx.ng.curation());
    if (r.applied.changed) applied = `; the store follows (${plural(r.applied.articles, 'article')} written again)`;
  } else {
    const r = removeOverride(loadCuration(ctx.file), id);
    if (!r.removed) throw new NotFoundError(`override ${id} (\`newsgraph curation list\` shows them)`);
    saveCuration(ctx.file, r.curation);
    ({ kind, entry } = r.removed);
    total = count(r.curation);
  }
  ctx.io.stdout.write(`${kind}: ${id} (${describeOverride(kind, entry)}) removed from ${ctx.file} (${plural(total, 'override')})${applied}\n`);
  const now = ctx.ng ? await standing(ctx.ng, kind, entry) : undefined;
  if (now) ctx.io.stdout.write(`  now: ${now}\n`);
}

/** How the nodes an override named stand in the store now. */
async function standing(ng: Newsgraph, kind: OverrideKind, entry: Override): Promise<string | undefined> {
  const o = entry as unknown as Record<string, string>;
  const say = async (id: string) => {
    try {
      const n = await ng.node(id, { limit: 1, evidenceLimit: 0 });
      return n.id === id ? `${id} is "${n.label}" (${n.type}, ${plural(n.mentions, 'mention')})` : `${id} is part of ${n.id} ("${n.label}")`;
    } catch (err) {
      if ((err as Error).name !== 'NotFoundError') throw err;
      return `${id} is no node`;
    }
  };
  switch (kind) {
    case 'merge':
      return `${await say(o.from!)}; ${await say(o.into!)}`;
    case 'split':
      return `${await say(o.node!)}; ${await say(splitId(entry as { into?: string; name: string }, o.node!))}`;
    case 'reject':
      if (o.edge) {
        const [s = ''] = o.edge.split('|');
        const n = await ng.node(s).catch(() => undefined);
        return n?.edges.some((e) => e.id === o.edge) ? `edge ${o.edge} is back` : `no edge ${o.edge} (no evidence for it)`;
      }
      return say(o.node!);
    default:
      return say(o.node!);
  }
}

export async function run(args: ParsedArgs, io: CommandIO, kind: OverrideKind | undefined, fn: (ctx: Ctx) => Promise<number>): Promise<number> {
  const ctx = await open(args, io);
  try {
    if (kind && args.values.undo === true) return await undo(ctx, kind, args.positionals);
    return await fn(ctx);
  } finally {
    await ctx.ng?.close();
  }
}

export function usageType(value: string, allowKind: boolean): EntityType {
  try {
    return checkType(value, 'type', 'argument', allowKind);
  } catch (err) {
    throw new UsageError((err as Error).message.replace(/^argument: /, ''));
  }
}
