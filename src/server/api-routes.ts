/**
 * The JSON API under `/api/`: each route names the query parameters it
 * accepts (any other is a 400) and calls the one query implementation
 * (src/graph/query.ts through src/api.ts). Graphs for the view go through
 * the graph service (./graph-service.ts): built, laid out and serialized
 * off the request thread, cached per store version.
 */
import { DEFAULTS } from '../config.ts';
import { NotFoundError, UsageError } from '../errors.ts';
import type { Newsgraph } from '../api.ts';
import type { Raw } from '../graph/query-options.ts';
import { intOption, normalizeGraphFilter } from '../graph/query-options.ts';
import type { RawFilter } from './graph-job.ts';
import type { GraphFormat, GraphService } from './graph-service.ts';

export interface RouteContext {
  ng: Newsgraph;
  params: URLSearchParams;
  /** Builds, lays out and caches the graphs of /api/graph and /api/nodes/:id/ego. */
  graphs: GraphService;
  /** Lay out graphs (default true); communities and PageRank are sent either way. */
  layout: boolean;
  /** The most nodes /api/graph sends; more is a 400 asking for a filter. */
  maxGraphNodes: number;
}

type Handler = (ctx: RouteContext, id?: string) => unknown;

interface Route {
  pattern: RegExp;
  params: string[];
  handler: Handler;
}

const NEIGHBOR_PARAMS = ['types', 'type', 'direction', 'depth', 'kinds', 'since', 'until', 'minConfidence', 'limit'];
const GRAPH_PARAMS = ['kinds', 'types', 'since', 'until', 'minConfidence', 'evidence', 'format'];

/** One query parameter; repeated ones are joined with commas. */
function get(params: URLSearchParams, name: string): Raw {
  const all = params.getAll(name);
  if (all.length === 0) return undefined;
  return all.join(',');
}

function boolParam(params: URLSearchParams, name: string, def: boolean): boolean {
  const v = params.get(name);
  if (v === null || v === '') return def;
  if (['1', 'true', 'yes'].includes(v)) return true;
  if (['0', 'false', 'no'].includes(v)) return false;
  throw new UsageError(`${name} must be true or false, got "${v}"`);
}

/** The graph filters of `/api/graph` and `/api/nodes/:id/ego` (plain values: they go to the worker). */
function graphFilter(p: URLSearchParams): RawFilter {
  const out: RawFilter = {};
  for (const k of ['kinds', 'types', 'since', 'until', 'minConfidence'] as const) {
    const v = get(p, k);
    if (v !== undefined) out[k] = v;
  }
  return out;
}

/** `format=json` (default): graphology's serialized JSON; `format=compact`: the same graph in columns (src/graph/compact.ts). */
function formatParam(params: URLSearchParams): GraphFormat {
  const v = params.get('format');
  if (v === null || v === '' || v === 'json') return 'json';
  if (v === 'compact') return 'compact';
  throw new UsageError(`format must be json or compact, got "${v}"`);
}

/**
 * The parameters in a fixed order, so `?a=1&b=2` and `?b=2&a=1` share a cache
 * entry; without `format` (one entry holds both forms).
 */
function canonical(p: URLSearchParams): string {
  const sorted = new URLSearchParams([...p.entries()].filter(([k]) => k !== 'format').sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : 1)));
  return sorted.toString();
}

/** A graph for the view (JSON as UTF-8 bytes), from the graph service. */
async function graphJson(ctx: RouteContext, key: string, job: { kind: 'graph' | 'ego'; filter: RawFilter; evidence: boolean; node?: string; depth?: number }): Promise<Buffer> {
  // Bad filters are a 400 here, before any work is queued.
  normalizeGraphFilter(job.filter);
  const format = formatParam(ctx.params);
  const version = await ctx.ng.version();
  return ctx.graphs.get(key, version, { ...job, layout: ctx.layout, maxGraphNodes: ctx.maxGraphNodes }, format);
}

const ROUTES: Route[] = [
  {
    pattern: /^\/api\/graph$/,
    params: GRAPH_PARAMS,
    handler: (ctx) => {
      const p = ctx.params;
      const evidence = boolParam(p, 'evidence', true);
      return graphJson(ctx, `graph?${canonical(p)}`, { kind: 'graph', filter: graphFilter(p), evidence });
    },
  },
  {
    pattern: /^\/api\/nodes\/([^/]+)$/,
    params: ['limit', 'evidenceLimit'],
    handler: (ctx, id) => ctx.ng.node(id!, { limit: get(ctx.params, 'limit'), evidenceLimit: get(ctx.params, 'evidenceLimit') }),
  },
  {
    pattern: /^\/api\/nodes\/([^/]+)\/neighbors$/,
    params: NEIGHBOR_PARAMS,
    handler: (ctx, id) => {
      const p = ctx.params;
      const types = [get(p, 'types'), get(p, 'type')].filter(Boolean).join(',');
      return ctx.ng.neighbors(id!, {
        types,
        direction: get(p, 'direction'),
        depth: get(p, 'depth'),
        kinds: get(p, 'kinds'),
        since: get(p, 'since'),
        until: get(p, 'until'),
        minConfidence: get(p, 'minConfidence'),
        limit: get(p, 'limit'),
      });
    },
  },
  {
    pattern: /^\/api\/nodes\/([^/]+)\/timeline$/,
    params: ['limit'],
    handler: (ctx, id) => ctx.ng.timeline(id!, { limit: get(ctx.params, 'limit') }),
  },
  {
    pattern: /^\/api\/nodes\/([^/]+)\/ego$/,
    params: ['depth', ...GRAPH_PARAMS],
    handler: async (ctx, id) => {
      const p = ctx.params;
      const depth = intOption('depth', get(p, 'depth'), 1, 0, DEFAULTS.maxDepth);
      const nodeId = (await ctx.ng.node(id!, { limit: 1, evidenceLimit: 0 })).id;
      const evidence = boolParam(p, 'evidence', true);
      return graphJson(ctx, `ego/${nodeId}?${canonical(p)}`, { kind: 'ego', filter: graphFilter(p), evidence, node: nodeId, depth });
    },
  },
  {
    pattern: /^\/api\/search$/,
    params: ['q', 'limit'],
    handler: (ctx) => {
      const q = ctx.params.get('q');
      if (q === null) throw new UsageError('search: the q parameter is required');
      return ctx.ng.search(q, { limit: get(ctx.params, 'limit') });
    },
  },
  {
    pattern: /^\/api\/path$/,
    params: ['from', 'to', 'maxDepth', 'types'],
    handler: (ctx) => {
      const from = ctx.params.get('from');
      const to = ctx.params.get('to');
      if (!from || !to) throw new UsageError('path: the from and to parameters are required');
      return ctx.ng.path(from, to, { maxDepth: get(ctx.params, 'maxDepth'), types: get(ctx.params, 'types') });
    },
  },
  {
    pattern: /^\/api\/stats$/,
    params: [],
    handler: (ctx) => ctx.ng.stats(),
  },
];

/** Answer one API request: the body (object or JSON text), or a rejected named error. */
export async function handleApi(pathname: string, ctx: RouteContext): Promise<unknown> {
  for (const route of ROUTES) {
    const m = route.pattern.exec(pathname);
    if (!m) continue;
    for (const name of new Set(ctx.params.keys())) {
      if (!route.params.includes(name)) {
        throw new UsageError(`unknown parameter "${name}" (accepted: ${route.params.join(', ') || 'none'})`);
      }
    }
    let id: string | undefined;
    if (m[1] !== undefined) {
      try {
        id = decodeURIComponent(m[1]);
      } catch {
        throw new UsageError(`bad node id in the path: ${m[1]}`);
      }
    }
    return await route.handler(ctx, id);
  }
  throw new NotFoundError(`API route ${pathname}`);
}

