/**
 * newsgraph CLI: dispatches `newsgraph <command> ...` to a command module.
 * Errors print `ErrorName: message` on stderr and exit non-zero; a closed
 * output pipe ends the command quietly (exit 0).
 */
import { COMMANDS } from './commands/index.ts';
import { commandHelp, parseCommandArgs, type CommandIO } from './command.ts';

/** `newsgraph --help`: the commands and their summaries (also written to dist/cli/help.txt by the build: ./bin.ts). */
export function topHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'newsgraph: turn conflict and security news into an entity knowledge graph.',
    '',
    'Usage: newsgraph <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `newsgraph <command> --help` for a command\'s options.',
    '',
  ].join('\n');
}

/**
 * A reader that closed the pipe (`newsgraph extract corpus | head -1`) took
 * what it wanted: the command ends quietly with exit code 0 instead of an
 * EPIPE stack trace. bin/newsgraph.mjs installs it on the real stdout and
 * stderr; any other stream error is still thrown.
 */
export function endQuietlyOnClosedPipe(
  streams: NodeJS.WritableStream[] = [process.stdout, process.stderr],
  exit: (code: number) => void = (code) => process.exit(code),
): void {
  for (const stream of streams) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') exit(0);
      else throw err;
    });
  }
}

export async function main(argv: string[], io?: Partial<CommandIO>): Promise<number> {
  const full: CommandIO = {
    stdout: io?.stdout ?? process.stdout,
    stderr: io?.stderr ?? process.stderr,
    stdin: io?.stdin ?? process.stdin,
    env: io?.env ?? process.env,
    cwd: io?.cwd ?? process.cwd(),
  };
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    full.stdout.write(topHelp());
    return name ? 0 : 1;
  }
  if (name === '--version' || name === '-v') {
    full.stdout.write('newsgraph 0.1.0\n');
    return 0;
  }
  const cmd = COMMANDS.find((c) => c.name === name);
  if (!cmd) {
    full.stderr.write(`UsageError: unknown command "${name}"\n\n${topHelp()}`);
    return 2;
  }
  try {
    const args = parseCommandArgs(cmd, rest);
    if (args.values.help) {
      full.stdout.write(commandHelp(cmd));
      return 0;
    }
    return await cmd.run(args, full);
  } catch (err) {
    const e = err as Error;
    full.stderr.write(`${e.name ?? 'Error'}: ${e.message}\n`);
    if (e.name === 'UsageError') full.stderr.write(`\n${commandHelp(cmd)}`);
    return e.name === 'UsageError' ? 2 : 1;
  }
}
