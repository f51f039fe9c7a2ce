/**
 * The analyst's override commands: `merge`, `split`, `rename`, `retype`,
 * `reject`, `pin`, and `curation list|undo`. Each records the override in
 * the curation file beside the store (`X.db` -> `X.curation.json`,
 * src/resolve/curation.ts) with an id (`merge-1`), and the store applies it
 * at once, so the next query answers with it; re-ingesting re-applies the
 * file. Nodes may be given by id or, when the store exists, by exact name;
 * without a store the file alone is edited (ids only) and applies at the
 * next ingest.
 *
 * `--undo` takes the same arguments as the command (the names or ids given
 * before, matched against what the override recorded, so a name that now
 * finds another node still finds its override) or the override's id, and
 * prints what was removed and how the node stands now.
 */
import { existsSync } from 'node:fs';
import type { Command, CommandIO, OptionSpec, ParsedArgs } from '../command.ts';
import { str } from '../command.ts';
import { NotFoundError, UsageError } from '../../errors.ts';
import { RELATION_TYPES, type EntityType } from '../../types.ts';
import { resolveDbPath } from '../../store/index.ts';
import { openNewsgraph, type Newsgraph, type Override } from '../../api.ts';
import {
  addOverride,
  checkEdge,
  checkId,
  checkType,
  curationPath,
  listOverrides,
  OVERRIDE_ID,
  removeOverride,
  type Curation,
  type OverrideKind,
} from '../../resolve/curation.ts';
import { loadCuration, saveCuration } from '../../resolve/curation-file.ts';
import { splitId } from '../../resolve/curation-apply.ts';
import { foldName } from '../../util/names.ts';
import { slugify } from '../../util/slug.ts';
import { DB_HELP, DB_OPTION, JSON_HELP, JSON_OPTION, printJson, table } from './store-io.ts';

const OPTIONS: OptionSpec = { ...DB_OPTION, note: { type: 'string' }, undo: { type: 'boolean' } };
const HELP: Array<[string, string]> = [
  DB_HELP,
  ['--note <text>', 'why (kept in the curation file)'],
  ['--undo', 'remove this override instead (the same arguments as before, or its id: `--undo merge-1`)'],
];

interface Ctx {
  io: CommandIO;
  dbPath: string;
  file: string;
  /** The store, when it exists: to resolve names, check ids and apply the override. */
  ng?: Newsgraph;
}

function open(args: ParsedArgs, io: CommandIO): Ctx {
  const dbPath = resolveDbPath(str(args, 'db'), io.env, io.cwd);
  const ctx: Ctx = { io, dbPath, file: curationPath(dbPath) };
  if (dbPath !== ':memory:' && existsSync(dbPath)) ctx.ng = openNewsgraph({ db: dbPath, mustExist: true });
  return ctx;
}

interface NodeRef {
  id: string;
  label?: string;
  type?: EntityType;
}

/** A node id from an id or an exact name; a missing node is allowed (it may come later) but said. */
async function nodeId(ctx: Ctx, arg: string | undefined, what: string): Promise<NodeRef> {
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

const describeNode = (n: NodeRef): string => (n.label && n.label !== n.id ? `${n.id} ("${n.label}")` : n.id);

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

const count = (c: Curation) => listOverrides(c).length;
const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;

/** Record an override (and apply it to the store), printing what changed. */
async function record<K extends OverrideKind>(ctx: Ctx, args: ParsedArgs, kind: K, entry: Curation[K][number], shown: string, typed: string[], ids: string[]): Promise<number> {
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
async function removeById(ctx: Ctx, id: string): Promise<void> {
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

async function run(args: ParsedArgs, io: CommandIO, kind: OverrideKind | undefined, fn: (ctx: Ctx) => Promise<number>): Promise<number> {
  const ctx = open(args, io);
  try {
    if (kind && args.values.undo === true) return await undo(ctx, kind, args.positionals);
    return await fn(ctx);
  } finally {
    await ctx.ng?.close();
  }
}

function usageType(value: string, allowKind: boolean): EntityType {
  try {
    return checkType(value, 'type', 'argument', allowKind);
  } catch (err) {
    throw new UsageError((err as Error).message.replace(/^argument: /, ''));
  }
}

export const merge: Command = {
  name: 'merge',
  summary: 'Merge node A into node B (an analyst override, kept beside the store)',
  usage: 'newsgraph merge <A> <B> [--db <file>] [--note <text>] [--undo]',
  help: HELP,
  options: OPTIONS,
  run: (args, io) =>
    run(args, io, 'merge', async (ctx) => {
      const p = args.positionals;
      if (p.length !== 2) throw new UsageError('merge: give two nodes, A (merged away) and B (kept)');
      const from = await nodeId(ctx, p[0], 'A');
      const into = await nodeId(ctx, p[1], 'B');
      if (from.id === into.id) throw new UsageError(`merge: "${from.id}" is one node already`);
      return record(ctx, args, 'merge', { from: from.id, into: into.id }, `${describeNode(from)} -> ${describeNode(into)}`, p, [from.id, into.id]);
    }),
};

export const split: Command = {
  name: 'split',
  summary: 'Split a name (alias or mention text) out of a node into a new node',
  usage: 'newsgraph split <node> <name> [--id <new id>] [--label <label>] [--type <type>] [--db <file>] [--undo]',
  help: [['--id <id>', 'id of the new node (default: the slug of the name)'], ['--label <label>', 'label of the new node (default: the name)'], ['--type <type>', 'type of the new node (default: the old node\'s)'], ...HELP],
  options: { ...OPTIONS, id: { type: 'string' }, label: { type: 'string' }, type: { type: 'string' } },
  run: (args, io) =>
    run(args, io, 'split', async (ctx) => {
      const p = args.positionals;
      if (p.length !== 2) throw new UsageError('split: give the node and the name to split out');
      const node = await nodeId(ctx, p[0], 'node');
      const name = p[1]!;
      const entry: Curation['split'][number] = { node: node.id, name };
      const id = str(args, 'id');
      const label = str(args, 'label');
      const type = str(args, 'type');
      if (id !== undefined) entry.into = checkId(id, '--id', ctx.file);
      if (label !== undefined) entry.label = label;
      if (type !== undefined) entry.type = usageType(type, false);
      return record(ctx, args, 'split', entry, `"${name}" out of ${describeNode(node)}${entry.into ? ` as ${entry.into}` : ''}`, [p[0]!], [node.id]);
    }),
};

export const rename: Command = {
  name: 'rename',
  summary: "Set a node's label (the old label stays as an alias)",
  usage: 'newsgraph rename <node> <new label> [--db <file>] [--undo]',
  help: HELP,
  options: OPTIONS,
  run: (args, io) =>
    run(args, io, 'rename', async (ctx) => {
      const p = args.positionals;
      if (p.length !== 2) throw new UsageError('rename: give the node and its new label');
      const node = await nodeId(ctx, p[0], 'node');
      const label = p[1]!.trim();
      if (!label) throw new UsageError('rename: the new label is empty');
      return record(ctx, args, 'rename', { node: node.id, label }, `${describeNode(node)} -> "${label}"`, [p[0]!], [node.id]);
    }),
};

export const retype: Command = {
  name: 'retype',
  summary: "Set a node's type (its kind follows), or its kind",
  usage: 'newsgraph retype <node> <type|kind> [--db <file>] [--undo]',
  help: HELP,
  options: OPTIONS,
  run: (args, io) =>
    run(args, io, 'retype', async (ctx) => {
      const p = args.positionals;
      if (p.length !== 2) throw new UsageError('retype: give the node and its type (or kind)');
      const node = await nodeId(ctx, p[0], 'node');
      const type = usageType(p[1]!, true);
      return record(ctx, args, 'retype', { node: node.id, type }, `${describeNode(node)}${node.type ? ` ${node.type}` : ''} -> ${type}`, [p[0]!], [node.id]);
    }),
};

export const reject: Command = {
  name: 'reject',
  summary: 'Reject a node, or an edge (`A|type|B` or `A type B`), from the graph',
  usage: 'newsgraph reject <node> | <A|type|B> | <A> <type> <B> [--db <file>] [--undo]',
  help: HELP,
  options: OPTIONS,
  run: (args, io) =>
    run(args, io, 'reject', async (ctx) => {
      const p = args.positionals;
      let parts: string[] | undefined;
      if (p.length === 1 && p[0]!.includes('|')) parts = p[0]!.split('|');
      else if (p.length === 3) parts = [...p];
      if (parts) {
        if (parts.length !== 3 || !(RELATION_TYPES as readonly string[]).includes(parts[1]!)) {
          throw new UsageError(`reject: an edge is "A|type|B" with type one of ${RELATION_TYPES.join(', ')}`);
        }
        const a = await nodeId(ctx, parts[0], 'source');
        const b = await nodeId(ctx, parts[2], 'target');
        const edge = checkEdge(`${a.id}|${parts[1]}|${b.id}`, 'edge', ctx.file);
        return record(ctx, args, 'reject', { edge }, `edge ${edge}`, parts, [a.id, parts[1]!, b.id]);
      }
      if (p.length !== 1) throw new UsageError('reject: give a node, or an edge "A|type|B"');
      const node = await nodeId(ctx, p[0], 'node');
      return record(ctx, args, 'reject', { node: node.id }, `node ${describeNode(node)}`, p, [node.id]);
    }),
};

export const pin: Command = {
  name: 'pin',
  summary: 'Pin a node: it stays in the graph even when its last article goes',
  usage: 'newsgraph pin <node> [--label <label> --type <type>] [--db <file>] [--undo]',
  help: [['--label <label>', 'label to keep it by (default: its label in the store)'], ['--type <type>', 'type to keep it by (default: its type in the store)'], ...HELP],
  options: { ...OPTIONS, label: { type: 'string' }, type: { type: 'string' } },
  run: (args, io) =>
    run(args, io, 'pin', async (ctx) => {
      const p = args.positionals;
      if (p.length !== 1) throw new UsageError('pin: give one node');
      const node = await nodeId(ctx, p[0], 'node');
      const label = str(args, 'label') ?? node.label;
      const typeArg = str(args, 'type');
      const type = typeArg !== undefined ? usageType(typeArg, false) : node.type;
      const entry: Curation['pin'][number] = { node: node.id };
      if (label) entry.label = label;
      if (type) entry.type = type;
      return record(ctx, args, 'pin', entry, `node ${describeNode(node)}`, p, [node.id]);
    }),
};

export const curation: Command = {
  name: 'curation',
  summary: 'List the overrides in force (`list`), or remove one by its id (`undo <id>`)',
  usage: 'newsgraph curation list [--json] | newsgraph curation undo <id> [--db <file>]',
  help: [DB_HELP, JSON_HELP],
  options: { ...DB_OPTION, ...JSON_OPTION },
  run: (args, io) =>
    run(args, io, undefined, async (ctx) => {
      const [sub, ...rest] = args.positionals;
      if (sub === 'undo') {
        if (rest.length !== 1 || !OVERRIDE_ID.test(rest[0]!)) throw new UsageError('curation undo: give one override id, like merge-1 (`newsgraph curation list` shows them)');
        await removeById(ctx, rest[0]!);
        return 0;
      }
      if (sub !== 'list' || rest.length) throw new UsageError('curation: give `list` or `undo <id>`');
      const c = ctx.ng ? await ctx.ng.curation() : loadCuration(ctx.file);
      const all = listOverrides(c);
      if (args.values.json) {
        printJson(ctx.io, all.map(({ kind, entry }) => ({ kind, ...entry })));
        return 0;
      }
      if (all.length === 0) {
        ctx.io.stdout.write(`no overrides in ${ctx.file}\n`);
        return 0;
      }
      ctx.io.stdout.write(
        table(
          ['id', 'override', 'as typed', 'note'],
          all.map(({ kind, entry }) => [entry.id, `${kind} ${describeOverride(kind, entry)}`, entry.args?.join(' | '), entry.note]),
        ),
      );
      return 0;
    }),
};

/** All seven, for src/cli/commands/index.ts. */
export const CURATION_COMMANDS: Command[] = [merge, split, rename, retype, reject, pin, curation];
