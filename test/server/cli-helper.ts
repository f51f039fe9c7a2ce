/**
 * Run the CLI in-process with captured stdout/stderr: through `main()` when
 * the command is registered in src/cli/commands/index.ts, else through the
 * same parse-and-run steps on this area's command modules.
 */
import { PassThrough } from 'node:stream';
import { main } from '../../src/cli/main.ts';
import { COMMANDS } from '../../src/cli/commands/index.ts';
import { parseCommandArgs, type Command, type CommandIO } from '../../src/cli/command.ts';
import { ingestCommand } from '../../src/cli/commands/ingest.ts';
import { removeCommand } from '../../src/cli/commands/remove.ts';
import { statsCommand } from '../../src/cli/commands/stats.ts';
import { neighborsCommand } from '../../src/cli/commands/neighbors.ts';
import { nodeCommand } from '../../src/cli/commands/node.ts';
import { searchCommand } from '../../src/cli/commands/search.ts';
import { pathCommand } from '../../src/cli/commands/path.ts';
import { timelineCommand } from '../../src/cli/commands/timeline.ts';

const MINE: Command[] = [ingestCommand, removeCommand, statsCommand, neighborsCommand, nodeCommand, searchCommand, pathCommand, timelineCommand];

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

function sink(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (d) => (text += d));
  return { stream, text: () => text };
}

export async function runCli(argv: string[], env: NodeJS.ProcessEnv = {}, cwd = process.cwd()): Promise<CliResult> {
  const out = sink();
  const err = sink();
  const io: CommandIO = { stdout: out.stream, stderr: err.stream, stdin: new PassThrough(), env, cwd };
  let code: number;
  const [name, ...rest] = argv;
  const registered = COMMANDS.some((c) => c.name === name);
  const mine = MINE.find((c) => c.name === name);
  if (registered || !mine) {
    code = await main(argv, io);
  } else {
    try {
      code = await mine.run(parseCommandArgs(mine, rest), io);
    } catch (e) {
      const x = e as Error;
      err.stream.write(`${x.name}: ${x.message}\n`);
      code = x.name === 'UsageError' ? 2 : 1;
    }
  }
  await new Promise((r) => setImmediate(r));
  return { code, stdout: out.text(), stderr: err.text() };
}
