/**
 * One graph for the view, as the server sends it: built from the store
 * (with the analyst's curation), checked against the node cap, prepared
 * (communities, PageRank, seeded layout: src/layout/prepare.ts; the whole
 * graph's positions saved as the store's layout cache) and serialized, as
 * graphology JSON and in the compact form (src/graph/compact.ts). Runs in the graph worker thread (./graph-worker.mjs), never on
 * the request thread of a server with a store file.
 */
import { threadId } from 'node:worker_threads';
import { UsageError } from '../errors.ts';
import type { Newsgraph } from '../api.ts';
import { toCompact, type SerializedGraph } from '../graph/compact.ts';
import type { GraphFilter, Raw } from '../graph/query-options.ts';
import { prepareViewGraph, type PrepareFigures } from '../layout/prepare.ts';
import type { NewsGraph } from '../types.ts';

export type RawFilter = { [K in keyof GraphFilter]?: Raw };

export interface GraphJob {
  /** `graph`: the whole (filtered) graph; `ego`: the neighbourhood of `node`. */
  kind: 'graph' | 'ego';
  filter: RawFilter;
  evidence: boolean;
  node?: string;
  depth?: number;
  /** Lay the graph out (communities and PageRank are computed either way). */
  layout: boolean;
  maxGraphNodes: number;
}

export interface GraphJobResult {
  /** graphology's serialized JSON, and the same graph in columns (src/graph/compact.ts, `?format=compact`). */
  json: string;
  compact: string;
  /** `thread`: the worker thread's id (0 is the main thread). */
  figures: PrepareFigures & { buildMs: number; serializeMs: number; thread: number };
}

export async function runGraphJob(ng: Newsgraph, job: GraphJob): Promise<GraphJobResult> {
  const t0 = performance.now();
  const options = { ...job.filter, evidence: job.evidence };
  const g: NewsGraph =
    job.kind === 'ego' ? await ng.egoGraph(job.node!, job.depth ?? 1, options) : await ng.graph(options);
  if (g.order > job.maxGraphNodes) {
    throw new UsageError(
      `the graph has ${g.order} nodes, more than ${job.maxGraphNodes}; filter it (kinds, types, since, until, minConfidence) or ask for /api/nodes/:id/ego`,
    );
  }
  const t1 = performance.now();
  const figures = prepareViewGraph(g, { layout: job.layout });
  // The whole graph laid out: its positions become the store's cached layout (src/layout/cache.ts), so
  // `newsgraph export` (layout auto or cached) places the nodes where the view does. A cache: a folder
  // that cannot be written to leaves the view's answer as it is.
  if (job.kind === 'graph' && job.layout && Object.values(job.filter).every((v) => v == null || v === '')) {
    await ng.cacheLayout(g).catch(() => undefined);
  }
  const t2 = performance.now();
  if (!job.evidence) g.setAttribute('evidence', 'omitted');
  const data = g.export();
  const json = JSON.stringify(data);
  // Both forms from one preparation: asking the other form later costs no second layout.
  const compact = JSON.stringify(toCompact(data as unknown as SerializedGraph));
  return { json, compact, figures: { ...figures, buildMs: Math.round(t1 - t0), serializeMs: Math.round(performance.now() - t2), thread: threadId } };
}
