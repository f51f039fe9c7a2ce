/**
 * The package as a user gets it (issue 15 items 1 and 3): `npm pack` (whose
 * `prepare` builds dist/ and web/dist/ when stale), the tarball installed
 * into an empty folder, then the installed `newsgraph` ingests a copy of
 * corpus/, serves the view and the API, imports in plain Node, and type-checks
 * a consumer.
 *
 * Offline: the dependencies come from npm's cache (`npm ci` filled it).
 * better-sqlite3's install script is skipped (`--ignore-scripts`): on a
 * machine that cannot download its prebuilt binary it compiles SQLite from
 * source, minutes on two cores, and tests better-sqlite3, not newsgraph; the
 * binary the checkout's `npm ci` built (same version, from the lockfile, same
 * Node) is copied in instead. Every other file is the tarball's.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { topHelp } from '../../src/cli/main.ts';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const tracer = fileURLToPath(new URL('./trace-loads.mjs', import.meta.url));
const MAX_TARBALL = 5 * 1024 * 1024;

interface PackResult {
  filename: string;
  size: number;
  unpackedSize: number;
  entryCount: number;
  files: Array<{ path: string; size: number }>;
}

let dir: string;
let app: string;
let packed: PackResult;
let tarball: string;
let server: ChildProcess | undefined;

const run = (cmd: string, args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) =>
  execFileSync(cmd, args, { cwd: opts.cwd ?? app, env: { ...process.env, ...opts.env }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'ng-pack-'));
  app = path.join(dir, 'app');
  mkdirSync(app);
  const out = run('npm', ['pack', '--json', '--pack-destination', dir], { cwd: repo });
  packed = (JSON.parse(out) as PackResult[])[0]!;
  tarball = path.join(dir, packed.filename);
  writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  run('npm', ['install', '--prefer-offline', '--ignore-scripts', '--no-audit', '--no-fund', tarball]);
  const binding = 'node_modules/better-sqlite3/build/Release/better_sqlite3.node';
  mkdirSync(path.dirname(path.join(app, binding)), { recursive: true });
  cpSync(path.join(repo, binding), path.join(app, binding));
}, 600_000);

/** Stop the server and what npx started under it: npx does not pass SIGTERM on, so its group is signalled (it was left running). */
function stopServer(): void {
  if (server?.pid !== undefined && server.exitCode === null) {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      server.kill();
    }
  }
  server = undefined;
}

afterAll(() => {
  stopServer();
  rmSync(dir, { recursive: true, force: true });
});

describe('the tarball', () => {
  it(`is under 5 MB`, () => {
    expect(statSync(tarball).size).toBe(packed.size);
    expect(packed.size).toBeLessThan(MAX_TARBALL);
  });

  it('holds dist/, web/dist/, the README, the licence and package.json only', () => {
    const outside = packed.files.map((f) => f.path).filter((p) => !/^(?:dist\/|web\/dist\/)/.test(p) && !['README.md', 'LICENSE', 'package.json'].includes(p));
    expect(outside).toEqual([]);
    const paths = new Set(packed.files.map((f) => f.path));
    for (const p of [
      'dist/cli/bin.js',
      'dist/cli/help.txt',
      'dist/index.js',
      'dist/index.d.ts',
      'dist/entry/extract.js',
      'dist/entry/graph.d.ts',
      'dist/extract/lexicon/entities/groups.json',
      'dist/extract/lexicon/petrarch/cameo-verbs.json',
      'dist/extract/lexicon/petrarch/LICENSE.petrarch2',
      'dist/pipeline/analyze-worker.mjs',
      'dist/server/graph-worker.mjs',
      'web/dist/index.html',
    ]) {
      expect(paths, p).toContain(p);
    }
    expect([...paths].filter((p) => p.endsWith('.ts') && !p.endsWith('.d.ts'))).toEqual([]);
  });

  it('installs without the development tools', () => {
    const installed = JSON.parse(readFileSync(path.join(app, 'node_modules/newsgraph/package.json'), 'utf8')) as { bin: Record<string, string> };
    expect(installed.bin.newsgraph).toBe('dist/cli/bin.js');
    for (const dev of ['tsx', 'typescript', 'vite', 'vitest', 'sigma', 'playwright-core']) expect(existsSync(path.join(app, 'node_modules', dev)), dev).toBe(false);
  });
});

describe('the installed package', () => {
  it('`npx newsgraph ingest` reads a copy of corpus/', () => {
    cpSync(path.join(repo, 'corpus'), path.join(app, 'corpus'), { recursive: true });
    const r = execFileSync('npx', ['--no-install', 'newsgraph', 'ingest', 'corpus', '--db', 'news.db'], { cwd: app, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(r).toBe('');
    const stats = JSON.parse(run('npx', ['--no-install', 'newsgraph', 'stats', '--json', '--db', 'news.db'])) as { articles: number; entities: number; relations: number };
    expect(stats.articles).toBeGreaterThan(40);
    expect(stats.entities).toBeGreaterThan(100);
    expect(stats.relations).toBeGreaterThan(100);
  }, 180_000);

  it('`newsgraph serve --port 0` answers / with the view and /api/graph with the graph', async () => {
    server = spawn('npx', ['--no-install', 'newsgraph', 'serve', '--port', '0', '--db', 'news.db'], { cwd: app, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let said = '';
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`serve said nothing useful in 60 s: ${said}`)), 60_000);
      const listen = (d: Buffer) => {
        said += d;
        const m = /http:\/\/[\w.:[\]]+\//.exec(said);
        if (m) {
          clearTimeout(timer);
          resolve(m[0]);
        }
      };
      server!.stdout!.on('data', listen);
      server!.stderr!.on('data', listen);
      server!.on('exit', (code) => reject(new Error(`serve exited (${code}): ${said}`)));
    });
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await page.text()).toMatch(/<script[^>]+src="[^"]*assets\//);
    const graph = await fetch(new URL('api/graph', url));
    expect(graph.status).toBe(200);
    const body = (await graph.json()) as { nodes: unknown[]; edges: unknown[] };
    expect(body.nodes.length).toBeGreaterThan(50);
    expect(body.edges.length).toBeGreaterThan(50);
    stopServer();
  }, 120_000);

  it('`newsgraph --help` prints the dispatcher\'s help from dist/cli/help.txt without loading the CLI', () => {
    const bin = path.join(app, 'node_modules/newsgraph/dist/cli/bin.js');
    const trace = path.join(dir, 'help-trace.txt');
    const out = execFileSync(process.execPath, ['--import', tracer, bin, '--help'], { cwd: app, encoding: 'utf8', env: { ...process.env, NEWSGRAPH_TRACE: trace } });
    expect(out).toBe(topHelp());
    const loaded = readFileSync(trace, 'utf8').split('\n').filter((u) => u.includes('node_modules/newsgraph/'));
    expect(loaded.map((u) => u.replace(/^.*node_modules\/newsgraph\//, ''))).toEqual(['dist/cli/bin.js', 'dist/cli/help.txt']);
    // the dispatcher answers the rest as before
    expect(run('npx', ['--no-install', 'newsgraph', 'stats', '--help'])).toMatch(/^Counts of articles/);
  });

  it('the CLI is bundled and still lazy: `neighbors` loads none of the extractor, `extract` reads its tables from the disk cache', () => {
    const pkg = path.join(app, 'node_modules/newsgraph');
    const bin = path.join(pkg, 'dist/cli/bin.js');
    // Which files of the package a command loads or reads, and which compiled modules the loaded bundle files hold
    // (esbuild marks each module it joins with a `// dist/<path>` line).
    const traced = (args: string[]) => {
      const trace = path.join(dir, `trace-${Math.random().toString(36).slice(2)}.txt`);
      execFileSync(process.execPath, ['--import', tracer, bin, ...args], { cwd: app, env: { ...process.env, NEWSGRAPH_TRACE: trace }, stdio: ['ignore', 'ignore', 'pipe'] });
      const files = [...new Set(readFileSync(trace, 'utf8').split('\n'))]
        .filter((u) => u.includes('node_modules/newsgraph/'))
        .map((u) => u.replace(/^.*node_modules\/newsgraph\//, ''));
      const modules = files
        .filter((f) => /^dist\/cli\/bin[-.]/.test(f) && f.endsWith('.js'))
        .flatMap((f) => [...readFileSync(path.join(pkg, f), 'utf8').matchAll(/^\/\/ (dist\/\S+\.js)$/gm)].map((m) => m[1]!));
      return { files, modules };
    };
    // (the lexicon module itself is on the query path, through name normalisation; its data is not: lazy.test.ts)
    const extractor = /^dist\/(?:extract\/(?:index|pipeline)\.js|extract\/(?:tagger|rules|clauses|events|lexicon\/petrarch)\/|ingest\/)/;
    const query = traced(['neighbors', 'isis', '--db', 'news.db']);
    expect(query.modules).toContain('dist/store/index.js');
    expect(query.modules.filter((m) => extractor.test(m))).toEqual([]);
    expect(query.files.filter((f) => /\.json$|\.model$|\.gz$|\.cache\//.test(f))).toEqual([]);
    // the bundle's files, not the ~66 modules of dist/ a query loads unbundled
    expect(query.files.filter((f) => f.endsWith('.js')).length).toBeLessThan(30);

    const seed = path.join(app, 'corpus/seed.article.txt');
    const first = traced(['extract', seed]);
    expect(first.modules).toEqual(expect.arrayContaining(['dist/extract/pipeline.js', 'dist/extract/rules/compile.js', 'dist/extract/events/pass.js']));
    const again = traced(['extract', seed]);
    const tables = again.files.filter((f) => /^\.cache\/derived\/table-.*-dist-[0-9a-f]+\.v8$/.test(f)).map((f) => f.replace(/-dist-.*/, '').replace('.cache/derived/table-', ''));
    expect(tables).toEqual(expect.arrayContaining(['event-verbs', 'verb-forms', 'generic-agents', 'gazetteer-trie', 'relation-rules', 'rule-cues']));
    // read from the tables, not built from the PETRARCH dictionaries
    expect(again.files.filter((f) => /petrarch\/(?:cameo-verbs|agents|countries)\.json$/.test(f))).toEqual([]);
    expect(run(process.execPath, [bin, 'extract', seed])).toBe(run(process.execPath, [bin, 'extract', seed], { env: { NEWSGRAPH_CACHE_DIR: 'off' } }));
  }, 120_000);

  it("imports in plain Node: import('newsgraph').then(m => m.openNewsgraph)", () => {
    expect(run(process.execPath, ['-e', "import('newsgraph').then(m => console.log(typeof m.openNewsgraph))"]).trim()).toBe('function');
  });

  it('newsgraph/extract extracts without loading SQLite; newsgraph/graph queries a graph in memory', () => {
    const trace = path.join(dir, 'extract-trace.txt');
    const script = [
      "const { analyzeArticle } = await import('newsgraph/extract');",
      "const { graphFromExtractions, graphNeighbors } = await import('newsgraph/graph');",
      "const x = analyzeArticle({ id: 'a', path: 'a.txt', title: 'Raid', text: 'Islamic State fighters attacked Kurdish forces near Raqqa on Monday.' });",
      'const g = graphFromExtractions([x]);',
      "console.log(JSON.stringify({ entities: x.entities.length, relations: x.relations.length, order: g.order, neighbors: (await graphNeighbors(g, g.source(g.edges()[0]))).neighbors.length }));",
    ].join('\n');
    const out = JSON.parse(run(process.execPath, ['--import', tracer, '--input-type=module', '-e', script], { env: { NEWSGRAPH_TRACE: trace } })) as Record<string, number>;
    expect(out.entities).toBeGreaterThanOrEqual(2);
    expect(out.relations).toBeGreaterThanOrEqual(1);
    expect(out.order).toBe(out.entities);
    expect(out.neighbors).toBeGreaterThanOrEqual(1);
    const loaded = readFileSync(trace, 'utf8').split('\n');
    // (dist/store/rows.js, the store's row types and one pure helper, is not the store)
    expect(loaded.filter((f) => /better-sqlite3|\/dist\/store\/(?:index|sqlite\/)|\/dist\/api\.js/.test(f))).toEqual([]);
    expect(loaded.filter((f) => /\/dist\/entry\/extract\.js/.test(f)).length).toBe(1);
  });

  it('type-checks a two-line consumer (tsc --noEmit, NodeNext, strict, library checks on)', () => {
    writeFileSync(
      path.join(app, 'consumer.ts'),
      "import { openNewsgraph, type NeighborsResult } from 'newsgraph';\nexport const first: Promise<NeighborsResult> = openNewsgraph({ db: 'news.db' }).neighbors('isis');\n",
    );
    writeFileSync(
      path.join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          types: ['node'],
          typeRoots: [path.join(repo, 'node_modules/@types')],
        },
        files: ['consumer.ts'],
      }),
    );
    expect(run(path.join(repo, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'])).toBe('');
    // And a consumer that gets the types wrong is told so (the check can fail).
    writeFileSync(path.join(app, 'consumer.ts'), "import { openNewsgraph } from 'newsgraph';\nexport const n: number = openNewsgraph({ db: 'news.db' }).neighbors('isis');\n");
    const wrong = spawnSync(path.join(repo, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'], { cwd: app, encoding: 'utf8' });
    expect(wrong.status).not.toBe(0);
    expect(wrong.stdout).toMatch(/consumer\.ts\(2,14\): error TS2322/);
  }, 180_000);
});
