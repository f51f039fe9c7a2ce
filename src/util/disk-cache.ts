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
 * Where: `NEWSGRAPH_CACHE_DIR` when set (`off` or empty: no cache); else
 * `.cache/derived/` in the package's folder (beside `dist/` or `src/`, ignored
 * by git and not in the npm tarball); else, when that folder cannot be
 * written (a read-only global install), `$XDG_CACHE_HOME/newsgraph` or
 * `~/.cache/newsgraph`.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

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

/** The bytes cached under `name`, or undefined (no cache, no such file, unreadable). */
export function readCached(name: string): Buffer | undefined {
  const dir = cacheDir();
  if (!dir) return undefined;
  try {
    return readFileSync(path.join(dir, name));
  } catch {
    return undefined;
  }
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
}

/** For tests: forget the folder chosen (after changing NEWSGRAPH_CACHE_DIR). */
export function resetCacheDir(): void {
  chosen = undefined;
}
