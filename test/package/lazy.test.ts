/**
 * Lazy loading (issue 15 item 2): `--help` and the query commands start
 * without loading the language stack. Each command runs in a child process
 * under ./trace-loads.mjs, which records every module loaded and every file
 * read; the test names what must not be among them: compromise, the
 * lexicon's data files, the PETRARCH dictionaries, the tagger and its
 * models, the rules, the clause reader, the article readers. `extract` is
 * the control: the same trace does show the extractor, so an empty
 * "forbidden" list is not an accident of the tracer.
 *
 * Runs the TypeScript sources (bin/newsgraph.mjs through tsx) so that it
 * checks the code as it is now, never a stale build; the import graph of
 * dist/ is the same one, compiled file for file.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const bin = path.join(repo, 'bin/newsgraph.mjs');
const tracer = fileURLToPath(new URL('./trace-loads.mjs', import.meta.url));
const seed = path.join(repo, 'corpus/seed.article.txt');

/** What a query or `--help` must never load, as patterns over the traced paths. */
const FORBIDDEN: Array<[string, RegExp]> = [
  ['compromise', /node_modules\/compromise\//],
  ['the lexicon data', /src\/extract\/lexicon\/.*\.json$/],
  ['the PETRARCH dictionaries', /src\/extract\/lexicon\/petrarch\//],
  ['the tagger', /src\/extract\/tagger\//],
  ['the extractor', /src\/extract\/(?:index|pipeline)\.ts$/],
  ['the rules', /src\/extract\/rules\//],
  ['the clause reader', /src\/extract\/clauses\//],
  ['the event coder', /src\/extract\/events\//],
  ['the article readers', /src\/ingest\/|node_modules\/(?:htmlparser2|yaml)\//],
];

let dir: string;
let db: string;

function trace(args: string[]): string[] {
  const out = path.join(dir, `trace-${Math.random().toString(36).slice(2)}.txt`);
  execFileSync(process.execPath, ['--import', tracer, bin, ...args], {
    cwd: repo,
    env: { ...process.env, NEWSGRAPH_TRACE: out, NEWSGRAPH_DB: db },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  return [...new Set(readFileSync(out, 'utf8').split('\n').filter(Boolean))].map((u) => (u.startsWith('file:') ? fileURLToPath(u) : u));
}

const forbiddenIn = (loaded: string[]) => FORBIDDEN.filter(([, re]) => loaded.some((f) => re.test(f))).map(([name]) => name);

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'ng-lazy-'));
  db = path.join(dir, 'news.db');
  execFileSync(process.execPath, [bin, 'ingest', seed, '--db', db], { cwd: repo, stdio: 'ignore' });
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('what a command loads', () => {
  it('extract loads the language stack (the control)', () => {
    const loaded = trace(['extract', seed]);
    expect(forbiddenIn(loaded)).toEqual(expect.arrayContaining(['compromise', 'the lexicon data', 'the extractor', 'the rules']));
  });

  it.each([
    ['--help'],
    ['ingest --help'],
    ['stats'],
    ['neighbors isis'],
    ['search islamic'],
    ['node isis'],
    ['path isis syria'],
    ['timeline isis'],
    ['export --format gexf --layout none'],
    ['export --format neo4j-csv --layout none --out OUT'],
  ])('`newsgraph %s` loads none of it', (cmd) => {
    const args = cmd.split(' ').map((a) => (a === 'OUT' ? path.join(dir, 'csv') : a));
    const loaded = trace(args);
    // The trace saw the command run: the CLI and, but for --help, the store.
    expect(loaded.some((f) => f.endsWith('src/cli/main.ts'))).toBe(true);
    if (!cmd.includes('--help')) expect(loaded.some((f) => /better-sqlite3/.test(f))).toBe(true);
    expect(forbiddenIn(loaded)).toEqual([]);
  });

  it('reading text loads no HTML parser; reading HTML does (the control)', () => {
    const html = path.join(dir, 'raid.html');
    writeFileSync(html, '<html><body><article><p>Gunmen attacked a checkpoint near Homs.</p></article></body></html>');
    const parser = (loaded: string[]) => loaded.filter((f) => /node_modules\/(?:htmlparser2|entities|domhandler)\//.test(f));
    expect(parser(trace(['extract', seed]))).toEqual([]);
    expect(parser(trace(['extract', html]))).not.toEqual([]);
  });

  it('--help loads no store either', () => {
    const loaded = trace(['--help']);
    expect(loaded.filter((f) => /better-sqlite3|src\/store\/|src\/api\.ts$/.test(f))).toEqual([]);
  });
});
