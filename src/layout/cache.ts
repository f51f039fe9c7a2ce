/**
 * The layout cache: node positions saved beside a store file
 * (`news.db` -> `news.layout.json`) under a fingerprint of the store's
 * contents, so a later `newsgraph export --layout cached` (or auto) places
 * nodes where the last full layout put them without running ForceAtlas2
 * again. Written by `export --layout fa2` of the whole graph and by the
 * server when it lays out the default graph (src/server/graph-job.ts).
 *
 * The fingerprint is a hash of the store's counts, date range and hubs
 * (`counts()`, its size on disk aside) and of the applied curation: any
 * ingest, removal or override changes it, so a stale layout is never used.
 * A fingerprint, not the store's `version()`: that one is per connection and
 * means nothing to another process.
 */
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { Store } from '../store/index.ts';
import type { NewsGraph } from '../types.ts';

/** Positions from a layout: x, y and size by node id. */
export type Positions = ReadonlyMap<string, { x: number; y: number; size?: number }>;

interface CacheFile {
  format: 'newsgraph-layout';
  fingerprint: string;
  seed: number;
  /** id -> [x, y, size]. */
  nodes: Record<string, [number, number, number]>;
}

export function layoutCachePath(dbPath: string): string {
  return dbPath.replace(/\.(?:db|sqlite3?)$/i, '') + '.layout.json';
}

/** A hash of what the store holds: changes with every write and every curation change. */
export async function storeFingerprint(store: Pick<Store, 'counts' | 'appliedCuration'>): Promise<string> {
  const { bytes: _bytes, ...counts } = await store.counts();
  const curation = await store.appliedCuration();
  return createHash('sha256').update(JSON.stringify([counts, curation])).digest('hex').slice(0, 32);
}

/** The cached positions for this fingerprint and seed, or undefined (none, stale, unreadable). */
export function readLayoutCache(dbPath: string, fingerprint: string, seed: number): Positions | undefined {
  let data: CacheFile;
  try {
    data = JSON.parse(readFileSync(layoutCachePath(dbPath), 'utf8')) as CacheFile;
  } catch {
    return undefined;
  }
  if (data?.format !== 'newsgraph-layout' || data.fingerprint !== fingerprint || data.seed !== seed) return undefined;
  const out = new Map<string, { x: number; y: number; size?: number }>();
  for (const [id, p] of Object.entries(data.nodes)) out.set(id, p[2] ? { x: p[0], y: p[1], size: p[2] } : { x: p[0], y: p[1] });
  return out;
}

/** The positions of a laid-out graph (nodes without x/y left out). */
export function positionsOf(graph: NewsGraph): Positions {
  const out = new Map<string, { x: number; y: number; size?: number }>();
  graph.forEachNode((id, a) => {
    if (a.x !== undefined && a.y !== undefined) out.set(id, { x: a.x, y: a.y, ...(a.size !== undefined ? { size: a.size } : {}) });
  });
  return out;
}

/** Save positions for this fingerprint (written to a temporary file, then renamed: a reader never sees half a file). */
export function writeLayoutCache(dbPath: string, fingerprint: string, seed: number, positions: Positions): void {
  const nodes: CacheFile['nodes'] = {};
  for (const [id, p] of positions) nodes[id] = [p.x, p.y, p.size ?? 0];
  const file = layoutCachePath(dbPath);
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify({ format: 'newsgraph-layout', fingerprint, seed, nodes } satisfies CacheFile));
  renameSync(tmp, file);
}
