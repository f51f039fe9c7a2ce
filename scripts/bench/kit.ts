/**
 * What the benchmarks that measure a child process share: reading `--name
 * value` options, the load average printed beside every wall-clock figure,
 * and running a child script through tsx that prints its figures as the last
 * line of stdout (JSON).
 */
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const TSX = path.join(REPO, 'node_modules/tsx/dist/esm/index.mjs');

/** The value after `--name` in `args`, if any. */
export function arg(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

/** The 1, 5 and 15 minute load averages, one decimal each. */
export const load = (): string =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');

/**
 * Run `script` with `args`; its last stdout line parsed as JSON. TypeScript runs through tsx; a `.mjs` script by
 * plain node (tsx's module hooks run on a thread of their own, ~30 MB of RSS a measurement should not count),
 * unless `nodeArgs` imports tsx itself.
 */
export function runChild<T>(script: string, args: string[], label: string, maxBuffer = 64 * 1024 * 1024, nodeArgs: string[] = []): T {
  const tsx = script.endsWith('.mjs') ? [] : ['--import', TSX];
  const r = spawnSync(process.execPath, [...nodeArgs, ...tsx, script, ...args], { cwd: REPO, encoding: 'utf8', maxBuffer });
  if (r.status !== 0) throw new Error(`${label} failed (${r.status}): ${r.stderr.slice(-1500)}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as T;
}
