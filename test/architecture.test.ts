import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));

function files(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.(ts|mjs)$/.test(e.name) && !e.name.endsWith('.d.ts') ? [join(dir, e.name)] : [],
  );
}

/** Relative imports of a file, as repo paths. */
function imports(file: string): string[] {
  const src = readFileSync(join(root, file), 'utf8');
  return [...src.matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)].map((m) => relative(root, resolve(dirname(join(root, file)), m[1]!)));
}

/** The layers, in dependency order: a module may import only from earlier layers (and its own). */
const LAYERS = [
  ['src/types.ts', 'src/config.ts', 'src/errors.ts', 'src/util'],
  ['src/ingest'],
  ['src/extract'],
  ['src/resolve'],
  ['src/store'],
  ['src/graph'],
  ['src/export', 'src/layout'],
  ['src/pipeline'],
  ['src/api.ts', 'src/server'],
  ['src/cli', 'src/index.ts', 'src/entry'],
];
const layerOf = (p: string) => LAYERS.findIndex((l) => l.some((prefix) => p === prefix || p.startsWith(prefix + '/')));

describe('architecture: the layout shows the pipeline', () => {
  const srcFiles = files('src');

  it.each(srcFiles.map((f) => [f]))('%s imports only from its own or earlier layers', (file) => {
    const mine = layerOf(file);
    expect(mine).toBeGreaterThanOrEqual(0);
    for (const dep of imports(file)) {
      expect(dep.startsWith('web/'), `${file} imports ${dep}`).toBe(false);
      if (!dep.startsWith('src/')) continue;
      expect(layerOf(dep), `${file} imports ${dep}`).toBeLessThanOrEqual(mine);
    }
  });

  // All SQL lives in src/store (its backends in src/store/<dialect>/): the layers above read typed rows.
  const SQL = /\.prepare\(|\.exec\(\s*`|\b(SELECT|INSERT|UPDATE|DELETE FROM|CREATE (TABLE|INDEX)|ALTER TABLE|PRAGMA)\b|better-sqlite3|from 'pg'/;
  it.each(srcFiles.filter((f) => !f.startsWith('src/store/')).map((f) => [f]))('%s holds no SQL (all SQL is in src/store)', (file) => {
    const hit = SQL.exec(readFileSync(join(root, file), 'utf8'));
    expect(hit?.[0], `${file} has "${hit?.[0]}"`).toBeUndefined();
  });

  it('src/store imports nothing from src/graph (nor any layer above it)', () => {
    for (const file of srcFiles.filter((f) => f.startsWith('src/store/'))) {
      for (const dep of imports(file)) expect(dep.startsWith('src/graph'), `${file} imports ${dep}`).toBe(false);
    }
  });

  it('only the backend folders talk to a database driver; the store interface is dialect-free', () => {
    for (const file of srcFiles.filter((f) => /^src\/store\/[^/]+$/.test(f))) {
      expect(SQL.test(readFileSync(join(root, file), 'utf8')), `${file} holds SQL`).toBe(false);
    }
  });

  it('no import cycles in src/', () => {
    const graph = new Map(srcFiles.map((f) => [f, imports(f).filter((d) => d.startsWith('src/'))]));
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (f: string, trail: string[]) => {
      if (state.get(f) === 'done') return;
      if (state.get(f) === 'open') {
        cycles.push([...trail.slice(trail.indexOf(f)), f].join(' -> '));
        return;
      }
      state.set(f, 'open');
      for (const d of graph.get(f) ?? []) visit(d, [...trail, f]);
      state.set(f, 'done');
    };
    for (const f of srcFiles) visit(f, []);
    expect(cycles).toEqual([]);
  });

  it('web/ imports only types, config and pure code from src/', () => {
    const allowed = [
      'src/types.ts',
      'src/config.ts',
      'src/graph/create.ts',
      'src/export/gexf-text.ts',
      // The one seeded layout and the FA2 settings, shared with the server (issue 10 item 8).
      'src/layout/seed.ts',
      'src/layout/forceatlas.ts',
      'src/util/random.ts',
      // In-memory algorithms of the overview: communities and centralities.
      'src/graph/communities.ts',
      'src/graph/centrality.ts',
      // An evidence item's coded event in words (the panel and the CLI say it the same way).
      'src/util/event-text.ts',
      // The compact wire form of /api/graph?format=compact (the server writes it, the view reads it).
      'src/graph/compact.ts',
    ];
    for (const file of files('web/src')) {
      for (const dep of imports(file).filter((d) => d.startsWith('src/'))) expect(allowed, `${file} imports ${dep}`).toContain(dep);
    }
  });

  // web/ builds its own rendering graphs (display attributes only) from the data graph.
  it('one data-graph constructor: in src/, only src/graph/create.ts calls new Graph', () => {
    const offenders = srcFiles.filter(
      (f) => f !== 'src/graph/create.ts' && /new (Graph|DirectedGraph|MultiDirectedGraph)\(/.test(readFileSync(join(root, f), 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});

describe('architecture: inside src/extract', () => {
  const srcFiles = files('src');
  const extractFiles = files('src/extract');
  const within = (file: string, dir: string) => file.startsWith(`src/extract/${dir}/`);

  it.each(extractFiles.filter((f) => within(f, 'lexicon')).map((f) => [f]))('%s: the lexicon is the bottom of extraction', (file) => {
    for (const dep of imports(file).filter((d) => d.startsWith('src/extract/'))) expect(dep.startsWith('src/extract/lexicon/'), `${file} imports ${dep}`).toBe(true);
  });

  it.each(extractFiles.filter((f) => within(f, 'text')).map((f) => [f]))('%s: text/ reads only the lexicon', (file) => {
    for (const dep of imports(file).filter((d) => d.startsWith('src/extract/'))) expect(/^src\/extract\/(?:lexicon|text)\//.test(dep), `${file} imports ${dep}`).toBe(true);
  });

  it('word lists live in the lexicon: no module outside it imports a JSON file', () => {
    const offenders = srcFiles.filter((f) => !f.startsWith('src/extract/lexicon/') && /from\s+'[^']+\.json'/.test(readFileSync(join(root, f), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('only compromise.ts loads compromise, and only on first use (no static import)', () => {
    const offenders = srcFiles.filter((f) => /from\s+'compromise(?:\/[\w]+)?'/.test(readFileSync(join(root, f), 'utf8')));
    expect(offenders).toEqual([]);
    const loaders = srcFiles.filter((f) => /['"]compromise(?:\/\w+)?['"]/.test(readFileSync(join(root, f), 'utf8')));
    expect(loaders).toEqual(['src/extract/compromise.ts']);
  });

  it('format readers are in formats/ and say so', () => {
    for (const f of extractFiles.filter((x) => within(x, 'formats') && !x.endsWith('-rules.ts'))) {
      expect(readFileSync(join(root, f), 'utf8'), f).toMatch(/FORMAT READER:/);
    }
  });
});
