/**
 * Word clusters (./models/clusters.tsv.gz, built by `npm run train --
 * --clusters` from GloVe vectors): lower-cased word -> coarse and fine cluster
 * id. Loaded on first use; the file's digest is part of the NER feature set,
 * so a model trained with other clusters refuses to load.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { ModelError } from './errors.ts';
import { PackedWordMap } from '../../util/packed-words.ts';
import { digest } from './hash.ts';

export { PackedWordMap };

export interface ClusterMap {
  /** lower-cased word -> coarse id * 65536 + fine id + 1 */
  ids: ReadonlyMap<string, number>;
  /** digest of the file's text ('none' for the empty map) */
  digest: string;
}

export const NO_CLUSTERS: ClusterMap = { ids: PackedWordMap.of([]), digest: 'none' };

export function parseClusters(text: string, path: string): ClusterMap {
  const entries: Array<[string, number]> = [];
  const lines = text.split('\n');
  if (!lines[0]?.startsWith('# newsgraph word clusters')) throw new ModelError(path, 'not a newsgraph cluster map');
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line) continue;
    const [w, c, f] = line.split('\t');
    const coarse = Number(c);
    const fine = Number(f);
    if (!w || !Number.isInteger(coarse) || !Number.isInteger(fine)) throw new ModelError(path, `bad line ${i + 1}`);
    entries.push([w, coarse * 65536 + fine + 1]);
  }
  return { ids: PackedWordMap.of(entries), digest: digest([text]) };
}

export function loadClusters(path: string): ClusterMap {
  return clustersFromBytes(readClusterFile(path), path);
}

/** The bytes of a cluster map file (ModelError naming it when it cannot be read). */
export function readClusterFile(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (e) {
    throw clusterReadError(path, e);
  }
}

/** The cluster map of a file's bytes (gzip of the text). */
export function clustersFromBytes(bytes: Uint8Array, path: string): ClusterMap {
  let text: string;
  try {
    text = gunzipSync(bytes).toString('utf8');
  } catch (e) {
    throw clusterReadError(path, e);
  }
  return parseClusters(text, path);
}

function clusterReadError(path: string, e: unknown): ModelError {
  const code = (e as NodeJS.ErrnoException).code;
  return new ModelError(path, code === 'ENOENT' ? 'cluster map is missing' : `cannot read cluster map (${code ?? (e as Error).message})`);
}
