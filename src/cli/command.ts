/**
 * The shape of a CLI command and a small argument parser on top of
 * `node:util.parseArgs`. Each command lives in its own file under
 * `src/cli/commands/` and is listed in `src/cli/commands/index.ts`.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from '../errors.ts';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

export interface CommandIO {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export interface ParsedArgs {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

export interface Command {
  name: string;
  summary: string;
  /** One line: `newsgraph neighbors <name or id> [options]`. */
  usage: string;
  /** Option help lines: [flag, description]. */
  help: Array<[string, string]>;
  options: OptionSpec;
  /** Returns the exit code. */
  run(args: ParsedArgs, io: CommandIO): Promise<number>;
}

export function parseCommandArgs(cmd: Command, argv: string[]): ParsedArgs {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { ...cmd.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    return { values: values as ParsedArgs['values'], positionals };
  } catch (err) {
    throw new UsageError(`${cmd.name}: ${(err as Error).message}`);
  }
}

export function commandHelp(cmd: Command): string {
  const width = Math.max(10, ...cmd.help.map(([flag]) => flag.length));
  const lines = [`${cmd.summary}`, '', `Usage: ${cmd.usage}`];
  if (cmd.help.length) {
    lines.push('', 'Options:');
    for (const [flag, text] of cmd.help) lines.push(`  ${flag.padEnd(width)}  ${text}`);
  }
  lines.push(`  ${'-h, --help'.padEnd(width)}  show this help`);
  return lines.join('\n') + '\n';
}

/** Read a string option, or undefined. */
export function str(args: ParsedArgs, name: string): string | undefined {
  const v = args.values[name];
  return typeof v === 'string' ? v : undefined;
}

/** Read a non-negative integer option with bounds. */
export function int(args: ParsedArgs, name: string, def: number, min = 0, max = Number.MAX_SAFE_INTEGER): number {
  const v = str(args, name);
  if (v === undefined) return def;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new UsageError(`--${name} must be an integer from ${min} to ${max}, got "${v}"`);
  }
  return n;
}

/** Read a comma-separated list option (repeatable). */
export function list(args: ParsedArgs, name: string): string[] | undefined {
  const v = args.values[name];
  if (v === undefined || typeof v === 'boolean') return undefined;
  const parts = (Array.isArray(v) ? v : [v]).flatMap((s) => s.split(','));
  return parts.map((s) => s.trim()).filter(Boolean);
}
