import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { COMMANDS } from '../../src/cli/commands/index.ts';
import { commandHelp } from '../../src/cli/command.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const readme = readFileSync(`${root}README.md`, 'utf8');
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { scripts: Record<string, string>; bin: Record<string, string> };

describe('README stays true to the CLI and package.json', () => {
  it('gives the two fresh-machine commands exactly', () => {
    expect(readme).toContain('npm ci && npm start');
    expect(readme).toContain('npm ci && npm test');
    expect(pkg.scripts.start).toContain('ingest corpus');
    expect(pkg.scripts.start).toContain('serve');
  });

  it.each(COMMANDS.map((c) => [c.name]))('documents `newsgraph %s`', (name) => {
    expect(readme).toMatch(new RegExp('`newsgraph ' + name + '[ `]'));
  });

  it.each(COMMANDS.map((c) => [c.name, c]))('`%s --help` names its usage and options', (_name, cmd) => {
    const help = commandHelp(cmd);
    expect(help).toContain(`Usage: ${cmd.usage}`);
    for (const opt of Object.keys(cmd.options)) expect(help).toContain(`--${opt}`);
  });

  it('mentions only npm scripts that exist', () => {
    const used = [...readme.matchAll(/npm run ([a-z:]+)/g)].map((m) => m[1]!);
    expect(used.length).toBeGreaterThan(0);
    for (const s of used) expect(Object.keys(pkg.scripts)).toContain(s);
  });

  it('has a bin entry for npx newsgraph: the compiled CLI, and a source launcher for the checkout', () => {
    expect(pkg.bin.newsgraph).toBe('dist/cli/bin.js');
    expect(existsSync(`${root}src/cli/bin.ts`)).toBe(true);
    expect(readFileSync(`${root}bin/newsgraph.mjs`, 'utf8')).toContain("import('../src/cli/bin.ts')");
  });
});
