/**
 * Reading and writing the curation file beside the store (node only; the
 * format and its validation are ./curation.ts).
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { InputError } from '../errors.ts';
import { OVERRIDE_KINDS, emptyCuration, parseCuration, type Curation } from './curation.ts';

/** Read and validate a curation file; a missing file is an empty curation. */
export function loadCuration(path: string): Curation {
  if (!existsSync(path)) return emptyCuration();
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new InputError(path, `not valid JSON (${(err as Error).message})`);
  }
  return parseCuration(data, path);
}

/** Write a curation file (pretty JSON, atomically through a temporary file). */
export function saveCuration(path: string, curation: Curation): void {
  const body: Record<string, unknown> = { version: curation.version };
  for (const k of OVERRIDE_KINDS) if (curation[k].length) body[k] = curation[k];
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(body, null, 2) + '\n', 'utf8');
  renameSync(tmp, path);
}
