/**
 * The analyst's override commands: `merge`, `split`, `rename`, `retype`,
 * `reject`, `pin`, and `curation list|undo`. Each records the override in
 * the curation file beside the store (`X.db` -> `X.curation.json`,
 * src/resolve/curation.ts) with an id (`merge-1`), and the store applies it
 * at once, so the next query answers with it; re-ingesting re-applies the
 * file. Nodes may be given by id or, when the store exists, by exact name;
 * without a store the file alone is edited (ids only) and applies at the
 * next ingest. `--undo` takes the same arguments as the command, or the
 * override's id (./curation-ops.ts).
 */
import type { Command } from '../command.ts';
import { str } from '../command.ts';
import { UsageError } from '../../errors.ts';
import { RELATION_TYPES } from '../../types.ts';
import { checkEdge, checkId, listOverrides, OVERRIDE_ID, type Curation } from '../../resolve/curation.ts';
import { loadCuration } from '../../resolve/curation-file.ts';
import { describeNode, describeOverride, HELP, nodeId, OPTIONS, record, removeById, run, usageType } from './curation-ops.ts';
import { DB_HELP, DB_OPTION, JSON_HELP, JSON_OPTION, printJson, table } from './store-io.ts';

export { describeOverride } from './curation-ops.ts';

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
