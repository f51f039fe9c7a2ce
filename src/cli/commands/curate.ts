/**
 * The analyst's override commands: `merge`, `split`, `rename`, `retype`,
 * `reject`, `pin`. Each edits the curation file beside the store
 * (`X.db` -> `X.curation.json`, src/resolve/curation.ts) and prints what
 * changed; the graph applies the file every time it is built, so overrides
 * survive every later ingest. Nodes may be given by id or, when the store
 * exists, by exact name. `--undo` removes the override instead.
 */
import { existsSync } from 'node:fs';
import type { Command, CommandIO, OptionSpec, ParsedArgs } from '../command.ts';
import { str } from '../command.ts';
import { UsageError } from '../../errors.ts';
import { RELATION_TYPES, type EntityType } from '../../types.ts';
import { resolveDbPath } from '../../store/store.ts';
import { openNewsgraph, type Newsgraph } from '../../api.ts';
import {
  addOverride,
  checkEdge,
  checkId,
  checkType,
  curationPath,
  removeOverride,
  type Curation,
  type OverrideKind,
} from '../../resolve/curation.ts';
import { loadCuration, saveCuration } from '../../resolve/curation-file.ts';
import { DB_HELP, DB_OPTION } from './store-io.ts';

const OPTIONS: OptionSpec = { ...DB_OPTION, note: { type: 'string' }, undo: { type: 'boolean' } };
const HELP: Array<[string, string]> = [
  DB_HELP,
  ['--note <text>', 'why (kept in the curation file)'],
  ['--undo', 'remove this override instead of adding it'],
];

interface Ctx {
  io: CommandIO;
  dbPath: string;
  file: string;
  /** The store, when it exists: to resolve names and to check ids. */
  ng?: Newsgraph;
}

function open(args: ParsedArgs, io: CommandIO): Ctx {
  const dbPath = resolveDbPath(str(args, 'db'), io.env, io.cwd);
  const ctx: Ctx = { io, dbPath, file: curationPath(dbPath) };
  if (dbPath !== ':memory:' && existsSync(dbPath)) {
    const db = str(args, 'db');
    ctx.ng = openNewsgraph({ ...(db !== undefined ? { db } : {}), env: io.env, cwd: io.cwd, mustExist: true, readonly: true });
  }
  return ctx;
}

/** A node id from an id or an exact name; a missing node is allowed (it may come later) but said. */
function nodeId(ctx: Ctx, arg: string | undefined, what: string): { id: string; label?: string; type?: EntityType } {
  if (!arg || !arg.trim()) throw new UsageError(`give the ${what} node (id or name)`);
  if (ctx.ng) {
    try {
      const d = ctx.ng.node(arg, { limit: 1, evidenceLimit: 1 });
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

function record<K extends OverrideKind>(ctx: Ctx, args: ParsedArgs, kind: K, entry: Curation[K][number], line: string): number {
  const note = str(args, 'note');
  const full = (note ? { ...entry, note } : entry) as Curation[K][number];
  const before = loadCuration(ctx.file);
  const undo = args.values.undo === true;
  const { curation, changed } = undo ? removeOverride(before, kind, full) : addOverride(before, kind, full);
  if (changed) saveCuration(ctx.file, curation);
  const total = Object.values(curation).reduce<number>((n, v) => n + (Array.isArray(v) ? v.length : 0), 0);
  const verb = undo ? (changed ? 'removed' : 'not found, nothing removed') : changed ? 'recorded' : 'already recorded';
  ctx.io.stdout.write(`${kind}: ${line} ${verb} in ${ctx.file} (${total} override${total === 1 ? '' : 's'})\n`);
  return 0;
}

async function run(args: ParsedArgs, io: CommandIO, fn: (ctx: Ctx) => number): Promise<number> {
  const ctx = open(args, io);
  try {
    return fn(ctx);
  } finally {
    ctx.ng?.close();
  }
}

const describeNode = (n: { id: string; label?: string }): string => (n.label ? `${n.id} ("${n.label}")` : n.id);

export const merge: Command = {
  name: 'merge',
  summary: 'Merge node A into node B (an analyst override, kept beside the store)',
  usage: 'newsgraph merge <A> <B> [--db <file>] [--note <text>] [--undo]',
  help: HELP,
  options: OPTIONS,
  run: (args, io) =>
    run(args, io, (ctx) => {
      if (args.positionals.length !== 2) throw new UsageError('merge: give two nodes, A (merged away) and B (kept)');
      const from = nodeId(ctx, args.positionals[0], 'A');
      const into = nodeId(ctx, args.positionals[1], 'B');
      if (from.id === into.id) throw new UsageError(`merge: "${from.id}" is one node already`);
      return record(ctx, args, 'merge', { from: from.id, into: into.id }, `${describeNode(from)} -> ${describeNode(into)}`);
    }),
};

export const split: Command = {
  name: 'split',
  summary: 'Split a name (alias or mention text) out of a node into a new node',
  usage: 'newsgraph split <node> <name> [--id <new id>] [--label <label>] [--type <type>] [--db <file>] [--undo]',
  help: [['--id <id>', 'id of the new node (default: the slug of the name)'], ['--label <label>', 'label of the new node (default: the name)'], ['--type <type>', 'type of the new node (default: the old node\'s)'], ...HELP],
  options: { ...OPTIONS, id: { type: 'string' }, label: { type: 'string' }, type: { type: 'string' } },
  run: (args, io) =>
    run(args, io, (ctx) => {
      if (args.positionals.length !== 2) throw new UsageError('split: give the node and the name to split out');
      const node = nodeId(ctx, args.positionals[0], 'node');
      const name = args.positionals[1]!;
      const entry: Curation['split'][number] = { node: node.id, name };
      const id = str(args, 'id');
      const label = str(args, 'label');
      const type = str(args, 'type');
      if (id !== undefined) entry.id = checkId(id, '--id', ctx.file);
      if (label !== undefined) entry.label = label;
      if (type !== undefined) entry.type = usageType(type, false);
      return record(ctx, args, 'split', entry, `"${name}" out of ${describeNode(node)}${entry.id ? ` as ${entry.id}` : ''}`);
    }),
};

function usageType(value: string, allowKind: boolean): EntityType {
  try {
    return checkType(value, 'type', 'argument', allowKind);
  } catch (err) {
    throw new UsageError((err as Error).message.replace(/^argument: /, ''));
  }
}

export const rename: Command = {
  name: 'rename',
  summary: "Set a node's label (the old label stays as an alias)",
  usage: 'newsgraph rename <node> <new label> [--db <file>] [--undo]',
  help: HELP,
  options: OPTIONS,
  run: (args, io) =>
    run(args, io, (ctx) => {
      if (args.positionals.length !== 2) throw new UsageError('rename: give the node and its new label');
      const node = nodeId(ctx, args.positionals[0], 'node');
      const label = args.positionals[1]!.trim();
      if (!label) throw new UsageError('rename: the new label is empty');
      return record(ctx, args, 'rename', { node: node.id, label }, `${describeNode(node)} -> "${label}"`);
    }),
};

export const retype: Command = {
  name: 'retype',
  summary: "Set a node's type (its kind follows), or its kind",
  usage: 'newsgraph retype <node> <type|kind> [--db <file>] [--undo]',
  help: HELP,
  options: OPTIONS,
  run: (args, io) =>
    run(args, io, (ctx) => {
      if (args.positionals.length !== 2) throw new UsageError('retype: give the node and its type (or kind)');
      const node = nodeId(ctx, args.positionals[0], 'node');
      const type = usageType(args.positionals[1]!, true);
      return record(ctx, args, 'retype', { node: node.id, type }, `${describeNode(node)}${node.type ? ` ${node.type}` : ''} -> ${type}`);
    }),
};

export const reject: Command = {
  name: 'reject',
  summary: 'Reject a node, or an edge (`A|type|B` or `A type B`), from the graph',
  usage: 'newsgraph reject <node> | <A|type|B> | <A> <type> <B> [--db <file>] [--undo]',
  help: HELP,
  options: OPTIONS,
  run: (args, io) =>
    run(args, io, (ctx) => {
      const p = args.positionals;
      let parts: string[] | undefined;
      if (p.length === 1 && p[0]!.includes('|')) parts = p[0]!.split('|');
      else if (p.length === 3) parts = [...p];
      if (parts) {
        if (parts.length !== 3 || !(RELATION_TYPES as readonly string[]).includes(parts[1]!)) {
          throw new UsageError(`reject: an edge is "A|type|B" with type one of ${RELATION_TYPES.join(', ')}`);
        }
        const a = nodeId(ctx, parts[0], 'source');
        const b = nodeId(ctx, parts[2], 'target');
        const edge = checkEdge(`${a.id}|${parts[1]}|${b.id}`, 'edge', ctx.file);
        return record(ctx, args, 'reject', { edge }, `edge ${edge}`);
      }
      if (p.length !== 1) throw new UsageError('reject: give a node, or an edge "A|type|B"');
      const node = nodeId(ctx, p[0], 'node');
      return record(ctx, args, 'reject', { node: node.id }, `node ${describeNode(node)}`);
    }),
};

export const pin: Command = {
  name: 'pin',
  summary: 'Pin a node: it stays in the graph even when its last article goes',
  usage: 'newsgraph pin <node> [--label <label> --type <type>] [--db <file>] [--undo]',
  help: [['--label <label>', 'label to keep it by (default: its label in the store)'], ['--type <type>', 'type to keep it by (default: its type in the store)'], ...HELP],
  options: { ...OPTIONS, label: { type: 'string' }, type: { type: 'string' } },
  run: (args, io) =>
    run(args, io, (ctx) => {
      if (args.positionals.length !== 1) throw new UsageError('pin: give one node');
      const node = nodeId(ctx, args.positionals[0], 'node');
      const label = str(args, 'label') ?? node.label;
      const typeArg = str(args, 'type');
      const type = typeArg !== undefined ? usageType(typeArg, false) : node.type;
      const entry: Curation['pin'][number] = { node: node.id };
      if (label) entry.label = label;
      if (type) entry.type = type;
      return record(ctx, args, 'pin', entry, `node ${describeNode(node)}`);
    }),
};

/** All six, for src/cli/commands/index.ts. */
export const CURATION_COMMANDS: Command[] = [merge, split, rename, retype, reject, pin];
