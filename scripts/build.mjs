#!/usr/bin/env node
/**
 * `npm run build`: the package's build, each half only when it is missing or
 * older than its sources, so `npm ci` builds once and `npm start` rebuilds
 * nothing that is built.
 *
 *   node scripts/build.mjs [lib] [web] [--force] [--check]
 *
 * - lib: `tsc -p tsconfig.build.json` into dist/ (JavaScript, .d.ts, relative
 *   imports rewritten to .js), then every file of src/ that is not TypeScript
 *   copied beside it at the same path: the lexicon and PETRARCH JSON, their
 *   licence and README, the worker threads (*.mjs), tagger models once they
 *   are there; and dist/cli/help.txt, the text of `newsgraph --help`. The code finds its data with `new URL(file, import.meta.url)`,
 *   so the same relative layout works from src/ (through tsx) and from dist/.
 * - web: the view, `vite build` into web/dist/.
 * - --check: print what is stale and exit 1 if anything is, build nothing.
 *
 * Plain JavaScript on purpose: it runs before anything is compiled.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);

/** Newest modification time under `path` (a file or a folder), 0 when absent. */
export function newest(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let t = st.mtimeMs;
  for (const e of readdirSync(path)) t = Math.max(t, newest(join(path, e)));
  return t;
}

/** Every file under `dir`, as paths relative to it. */
function walk(dir, base = dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name), base) : [relative(base, join(dir, e.name))],
  );
}

const LIB_STAMP = join(root, 'dist', '.build-stamp');

/** Prefix of the files of the CLI's bundle beside dist/cli/bin.js. */
export const CLI_CHUNK_PREFIX = 'bin-';

/**
 * The CLI as a few files: dist/cli/bin.js and what it imports, compiled
 * modules of dist/ joined by esbuild into bin.js and chunks beside it
 * (`bin-*.js`), one chunk per command's dynamic import, so a command still
 * loads only what it needs: about 170 modules fewer to resolve, read and
 * compile for `extract`. Packages stay imports of node_modules, but for
 * suffix-thumb (pure ESM, 16 files, one function used). The library entries
 * (index.js, entry/*.js) and the workers stay the modules tsc wrote.
 *
 * A module finds its data and its own source with `import.meta.url`: in the
 * bundle that is replaced by the URL of the module's file in dist/, so the
 * lexicon's JSON, the workers and the disk cache's keys are the same files
 * either way. Without esbuild (a build without devDependencies), the
 * compiled bin.js stays as it is: slower to start, same behaviour.
 */
async function bundleCli(out) {
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    return 'CLI not bundled (no esbuild)';
  }
  const cli = join(out, 'cli');
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const external = Object.keys(pkg.dependencies ?? {})
    .filter((d) => d !== 'suffix-thumb')
    .flatMap((d) => [d, `${d}/*`]);
  const metaUrl = {
    name: 'newsgraph-import-meta-url',
    setup(b) {
      b.onLoad({ filter: /\.js$/ }, (args) => {
        const text = readFileSync(args.path, 'utf8');
        if (!args.path.startsWith(out + sep)) return { contents: text, loader: 'js' };
        const rel = relative(cli, args.path).split(sep).join('/');
        return { contents: text.replaceAll('import.meta.url', `new URL(${JSON.stringify(rel)}, import.meta.url).href`), loader: 'js' };
      });
    },
  };
  const result = await esbuild.build({
    entryPoints: { bin: join(cli, 'bin.js') },
    outdir: cli,
    chunkNames: `${CLI_CHUNK_PREFIX}[name]-[hash]`,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external,
    plugins: [metaUrl],
    allowOverwrite: true,
    legalComments: 'none',
    logLevel: 'warning',
    metafile: true,
  });
  const files = Object.keys(result.metafile.outputs).length;
  const inputs = Object.keys(result.metafile.inputs).length;
  return `CLI bundled (${inputs} modules into ${files} files)`;
}
const WEB_STAMP = join(root, 'web', 'dist', 'index.html');

export const TARGETS = {
  lib: {
    stamp: LIB_STAMP,
    sources: () => [join(root, 'src'), join(root, 'tsconfig.json'), join(root, 'tsconfig.build.json'), join(root, 'package.json'), join(root, 'scripts', 'build.mjs')],
    async build() {
      const out = join(root, 'dist');
      rmSync(out, { recursive: true, force: true });
      execFileSync(bin('tsc'), ['-p', join(root, 'tsconfig.build.json')], { cwd: root, stdio: 'inherit' });
      let copied = 0;
      for (const file of walk(join(root, 'src'))) {
        if (file.endsWith('.ts')) continue;
        mkdirSync(dirname(join(out, file)), { recursive: true });
        copyFileSync(join(root, 'src', file), join(out, file));
        copied++;
      }
      // `newsgraph --help` prints this without loading the CLI's modules (src/cli/bin.ts).
      const help = execFileSync(process.execPath, ['--input-type=module', '-e', `import { topHelp } from ${JSON.stringify(pathToFileURL(join(out, 'cli', 'main.js')).href)}; process.stdout.write(topHelp());`], { cwd: root, encoding: 'utf8' });
      writeFileSync(join(out, 'cli', 'help.txt'), help);
      const bundled = await bundleCli(out);
      // The key of the derived tables the code caches on disk (src/util/disk-cache.ts cachedTable): the content hash
      // of all code and data of dist/, written last, when nothing in dist/ changes any more.
      const { CODE_DIGEST_FILE, folderDigest } = await import(pathToFileURL(join(out, 'util', 'disk-cache.js')).href);
      writeFileSync(join(out, CODE_DIGEST_FILE), `${folderDigest(out, (rel) => rel === CODE_DIGEST_FILE || rel.endsWith('.d.ts'))}\n`);
      writeFileSync(LIB_STAMP, `${new Date().toISOString()}\n`);
      return `dist/: compiled, ${copied} data and worker files copied, ${bundled}, cli/help.txt and ${CODE_DIGEST_FILE} written`;
    },
  },
  web: {
    stamp: WEB_STAMP,
    // The view imports pure code from src/ (types, config, layout, graph algorithms): any of it counts.
    sources: () => [join(root, 'web', 'src'), join(root, 'web', 'index.html'), join(root, 'web', 'vite.config.ts'), join(root, 'src'), join(root, 'package.json')],
    build() {
      execFileSync(bin('vite'), ['build', '--config', join(root, 'web', 'vite.config.ts'), '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
      return 'web/dist/: built';
    },
  },
};

/** Is this target missing or older than one of its sources? */
export function isStale(name) {
  const t = TARGETS[name];
  if (!existsSync(t.stamp)) return true;
  const built = statSync(t.stamp).mtimeMs;
  return t.sources().some((s) => newest(s) > built);
}

export async function build(names = ['lib', 'web'], { force = false, log = (s) => process.stderr.write(`${s}\n`) } = {}) {
  for (const name of names) {
    if (!force && !isStale(name)) {
      log(`${name === 'lib' ? 'dist/' : 'web/dist/'}: up to date`);
      continue;
    }
    log(await TARGETS[name].build());
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const names = args.filter((a) => !a.startsWith('--'));
  const unknown = names.filter((n) => !(n in TARGETS));
  if (unknown.length) {
    process.stderr.write(`UsageError: unknown build target "${unknown.join(', ')}"; choose from lib, web\n`);
    process.exit(2);
  }
  const picked = names.length ? names : ['lib', 'web'];
  if (args.includes('--check')) {
    const stale = picked.filter(isStale);
    for (const n of picked) process.stdout.write(`${n}: ${stale.includes(n) ? 'stale' : 'up to date'}\n`);
    process.exit(stale.length ? 1 : 0);
  }
  await build(picked, { force: args.includes('--force') });
}
