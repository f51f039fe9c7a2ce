/**
 * A cache on disk for what is a pure function of shipped data and costs
 * time to compute at every start (the tagger's hash tables, compromise's
 * expanded lexicon): computed once, written as one file, read back with one
 * `readFileSync` by later processes.
 *
 * Only an optimisation: every caller computes the value itself when the cache
 * holds nothing, holds something unreadable, or cannot be written. A name
 * carries the content hash of everything the value is computed from (the
 * caller's format version included), so a changed input never meets a stale
 * file; a file is written under a temporary name and renamed into place, so a
 * reader sees a whole file or none (concurrent writers write the same bytes).
 *
 * Old files do not pile up: a file read is marked used (its time set to now),
 * and each write removes the folder's files unused for `STALE_DAYS` (values
 * of code or data since changed, left by upgrades and edits) and temporary
 * files a killed writer left. By age, not by name: several values of one kind
 * are current at once (the NER and the POS model), and two versions of the
 * package may share the user's folder.
 *
 * Where: `NEWSGRAPH_CACHE_DIR` when set (`off` or empty: no cache); else
 * `.cache/derived/` in the package's folder (beside `dist/` or `src/`, ignored
 * by git and not in the npm tarball); else, when that folder cannot be
 * written (a read-only global install), `$XDG_CACHE_HOME/newsgraph` or
 * `~/.cache/newsgraph`.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

/** The package's own cache folder: `<package>/.cache/derived/` (this file is `src/util/` or `dist/util/`). */
const PACKAGE_DIR = fileURLToPath(new URL('../../.cache/derived/', import.meta.url));

let chosen: string | null | undefined;

function userDir(): string {
  const xdg = process.env['XDG_CACHE_HOME'];
  return path.join(xdg && path.isAbsolute(xdg) ? xdg : path.join(homedir(), '.cache'), 'newsgraph');
}

/** The folder the cache lives in, or null when there is none (decided once per process). */
export function cacheDir(): string | null {
  if (chosen !== undefined) return chosen;
  const env = process.env['NEWSGRAPH_CACHE_DIR'];
  chosen = null;
  const places = env === undefined ? [PACKAGE_DIR, userDir()] : env === '' || env === 'off' ? [] : [path.resolve(env)];
  for (const dir of places) {
    try {
      mkdirSync(dir, { recursive: true });
      const probe = path.join(dir, `.probe-${process.pid}`);
      writeFileSync(probe, '');
      rmSync(probe, { force: true });
      chosen = dir;
      break;
    } catch {
      // not writable: try the next place
    }
  }
  return chosen;
}

/** A short content hash of the given parts (strings or bytes), for a cache file's name. */
export function contentKey(parts: ReadonlyArray<string | Uint8Array>): string {
  const h = createHash('sha256');
  for (const p of parts) {
    h.update(typeof p === 'string' ? `s${p.length}:` : `b${p.length}:`);
    h.update(p);
  }
  return h.digest('hex').slice(0, 24);
}

/** A cache file unused (neither read nor written) for this many days is removed by the next write. */
export const STALE_DAYS = 30;

/** A temporary file older than this (a writer killed between write and rename) is removed by the next write. */
const STALE_TMP_MS = 60 * 60 * 1000;

/** The bytes cached under `name`, or undefined (no cache, no such file, unreadable). The file is marked used. */
export function readCached(name: string): Buffer | undefined {
  const dir = cacheDir();
  if (!dir) return undefined;
  const file = path.join(dir, name);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  try {
    const now = new Date();
    utimesSync(file, now, now);
  } catch {
    // a read-only file stays usable; it may be pruned as unused later
  }
  return bytes;
}

/** Remove the cache's files unused for `STALE_DAYS` and stale temporary files; `now` for tests. Returns the names removed. */
export function pruneStale(now = Date.now()): string[] {
  const dir = cacheDir();
  if (!dir) return [];
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return removed;
  }
  for (const f of names) {
    if (f.startsWith('.probe-')) continue;
    const file = path.join(dir, f);
    try {
      const age = now - statSync(file).mtimeMs;
      if (age > (f.endsWith('.tmp') ? STALE_TMP_MS : STALE_DAYS * 86_400_000)) {
        rmSync(file, { force: true });
        removed.push(f);
      }
    } catch {
      // gone meanwhile, or not ours to remove
    }
  }
  return removed;
}

/** Cache `parts` (concatenated) under `name`; failures are ignored (the value is recomputed next time). */
export function writeCached(name: string, parts: readonly Uint8Array[]): void {
  const dir = cacheDir();
  if (!dir) return;
  const final = path.join(dir, name);
  const tmp = `${final}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    writeFileSync(tmp, Buffer.concat(parts));
    renameSync(tmp, final);
  } catch {
    try {
      rmSync(tmp, { force: true });
    } catch {
      // nothing was written
    }
  }
  pruneStale();
}

/** For tests: forget the folder chosen (after changing NEWSGRAPH_CACHE_DIR). */
export function resetCacheDir(): void {
  chosen = undefined;
}

/**
 * The file the build writes beside the compiled code (dist/code-digest.txt):
 * the content hash of every file of dist/ but itself and the type
 * declarations, i.e. of all the package's code and shipped data.
 */
export const CODE_DIGEST_FILE = 'code-digest.txt';

let digest: string | null | undefined;

/** The content hash of a folder's files (relative paths and bytes, in sorted order), skipping what `skip` names. */
export function folderDigest(dir: string, skip: (rel: string) => boolean = () => false): string {
  const walk = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)]));
  const files = walk(dir)
    .map((f) => path.relative(dir, f).split(path.sep).join('/'))
    .filter((rel) => !skip(rel))
    .sort();
  const parts: Array<string | Uint8Array> = [];
  for (const rel of files) parts.push(rel, readFileSync(path.join(dir, rel)));
  return contentKey(parts);
}

/**
 * The content hash of the package's code and shipped data, the key of every
 * `cachedTable`: from dist/, the digest the build wrote (one small read);
 * from the TypeScript sources (a checkout run through tsx), every file of
 * src/ hashed once per process (about 0.07 s). Null when neither can be had
 * (dist/ without its digest): no table is then cached.
 */
export function codeDigest(): string | null {
  if (digest !== undefined) return digest;
  digest = null;
  try {
    digest = import.meta.url.endsWith('.ts')
      ? folderDigest(fileURLToPath(new URL('../', import.meta.url)))
      : readFileSync(new URL(`../${CODE_DIGEST_FILE}`, import.meta.url), 'utf8').trim() || null;
  } catch {
    // no digest: tables are computed, not cached
  }
  return digest;
}

let v8: typeof import('node:v8') | undefined;
/** node:v8, loaded on the first table (the query commands import this module through the resolver, and use no table). */
const serializer = () => (v8 ??= createRequire(import.meta.url)('node:v8') as typeof import('node:v8'));

/** Bump when the way tables are written changes. */
const TABLE_FORMAT = 'table-1';

/**
 * A table derived from the package's own code and shipped data only (the
 * shipped lexicon's tries and indexes, the CAMEO verbs ready for matching):
 * read back from the disk cache when it holds one for this exact code and
 * data (`codeDigest`) and this V8, else computed and written. Stored with
 * V8's serializer (Maps, Sets, arrays and plain objects, shared references
 * kept); a table must hold nothing else (no functions, no class instances,
 * no objects that must be identical to ones outside it).
 */
export function cachedTable<T>(name: string, compute: () => T): T {
  const code = codeDigest();
  if (code === null || cacheDir() === null) return compute();
  // the code run from src/ and from dist/ of one checkout share the folder: each keeps its own newest table
  const prefix = `table-${name}-${import.meta.url.endsWith('.ts') ? 'src' : 'dist'}-`;
  const file = `${prefix}${contentKey([TABLE_FORMAT, process.versions.v8, code, name])}.v8`;
  const bytes = readCached(file);
  if (bytes) {
    try {
      return serializer().deserialize(bytes) as T;
    } catch {
      // unreadable: computed again below and rewritten
    }
  }
  const value = compute();
  writeCached(file, [serializer().serialize(value)]);
  dropOthers(prefix, file);
  return value;
}

/** Remove the cache's files named `prefix...v8` but `keep` (tables of code or data that changed since). */
function dropOthers(prefix: string, keep: string): void {
  const dir = cacheDir();
  if (!dir) return;
  try {
    for (const f of readdirSync(dir)) if (f !== keep && f.startsWith(prefix) && f.endsWith('.v8')) rmSync(path.join(dir, f), { force: true });
  } catch {
    // left for the next write
  }
}

/** For tests: forget the code digest (after changing the files it covers). */
export function resetCodeDigest(): void {
  digest = undefined;
}
