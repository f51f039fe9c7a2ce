/**
 * The JSON API under `/api/`: each route names the query parameters it
 * accepts (any other is a 400) and calls the one query implementation
 * (src/graph/query.ts through src/api.ts).
 */
import { DEFAULTS } from '../config.ts';
import { NotFoundError, UsageError } from '../errors.ts';
import type { Newsgraph } from '../api.ts';
import type { NewsGraph } from '../types.ts';
import type { Raw } from '../graph/query-options.ts';
import { intOption } from '../graph/query-options.ts';

export interface RouteContext {
  ng: Newsgraph;
  params: URLSearchParams;
  /** Cache for serialized graphs, keyed by the request and the store version. */
  cache: Map<string, string>;
  /** Graph layout; the server passes src/layout's `layoutGraph`. */
  layout?: (g: NewsGraph) => unknown;
  /** The most nodes /api/graph sends; more is a 400 asking for a filter. */
  maxGraphNodes: number;
}

type Handler = (ctx: RouteContext, id?: string) => Promise<unknown>;

interface Route {
  pattern: RegExp;
  params: string[];
  handler: Handler;
}

const NEIGHBOR_PARAMS = ['types', 'type', 'direction', 'depth', 'kinds', 'since', 'until', 'minConfidence', 'limit'];
const GRAPH_PARAMS = ['kinds', 'types', 'since', 'until', 'minConfidence', 'evidence'];

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

/** The graph filters of `/api/graph` and `/api/nodes/:id/ego`. */
function graphFilter(p: URLSearchParams, evidence: boolean) {
  return {
    kinds: get(p, 'kinds'),
    types: get(p, 'types'),
    since: get(p, 'since'),
    until: get(p, 'until'),
    minConfidence: get(p, 'minConfidence'),
    evidence,
  };
}

/** Serialize a graph for the view: laid out, cached per store version. */
async function graphJson(ctx: RouteContext, key: string, build: () => Promise<NewsGraph>): Promise<string> {
  const full = `${await ctx.ng.version()}|${key}`;
  const hit = ctx.cache.get(full);
  if (hit !== undefined) return hit;
  const g = await build();
  if (g.order > ctx.maxGraphNodes) {
    throw new UsageError(
      `the graph has ${g.order} nodes, more than ${ctx.maxGraphNodes}; filter it (kinds, types, since, until, minConfidence) or ask for /api/nodes/:id/ego`,
    );
  }
  ctx.layout?.(g);
  const json = JSON.stringify(g.export());
  // Keep at most 32 graphs and about 256 MB of JSON text; the oldest go first.
  let bytes = json.length;
  for (const v of ctx.cache.values()) bytes += v.length;
  while (ctx.cache.size > 0 && (ctx.cache.size >= 32 || bytes > 256 * 1024 * 1024)) {
    const oldest = ctx.cache.keys().next().value!;
    bytes -= ctx.cache.get(oldest)!.length;
    ctx.cache.delete(oldest);
  }
  ctx.cache.set(full, json);
  return json;
}

const ROUTES: Route[] = [
  {
    pattern: /^\/api\/graph$/,
    params: GRAPH_PARAMS,
    handler: async (ctx) => {
      const p = ctx.params;
      const evidence = boolParam(p, 'evidence', true);
      return graphJson(ctx, `graph?${p.toString()}`, () =>
        ctx.ng.graph(graphFilter(p, evidence)),
      );
    },
  },
  {
    pattern: /^\/api\/nodes\/([^/]+)$/,
    params: ['limit', 'evidenceLimit'],
    handler: async (ctx, id) => ctx.ng.node(id!, { limit: get(ctx.params, 'limit'), evidenceLimit: get(ctx.params, 'evidenceLimit') }),
  },
  {
    pattern: /^\/api\/nodes\/([^/]+)\/neighbors$/,
    params: NEIGHBOR_PARAMS,
    handler: async (ctx, id) => {
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
    handler: async (ctx, id) => ctx.ng.timeline(id!, { limit: get(ctx.params, 'limit') }),
  },
  {
    pattern: /^\/api\/nodes\/([^/]+)\/ego$/,
    params: ['depth', ...GRAPH_PARAMS],
    handler: async (ctx, id) => {
      const p = ctx.params;
      const depth = intOption('depth', get(p, 'depth'), 1, 0, DEFAULTS.maxDepth);
      const nodeId = (await ctx.ng.node(id!, { limit: 1, evidenceLimit: 0 })).id;
      const evidence = boolParam(p, 'evidence', true);
      return graphJson(ctx, `ego/${nodeId}?${p.toString()}`, () =>
        ctx.ng.egoGraph(nodeId, depth, graphFilter(p, evidence)),
      );
    },
  },
  {
    pattern: /^\/api\/search$/,
    params: ['q', 'limit'],
    handler: async (ctx) => {
      const q = ctx.params.get('q');
      if (q === null) throw new UsageError('search: the q parameter is required');
      return ctx.ng.search(q, { limit: get(ctx.params, 'limit') });
    },
  },
  {
    pattern: /^\/api\/path$/,
    params: ['from', 'to', 'maxDepth', 'types'],
    handler: async (ctx) => {
      const from = ctx.params.get('from');
      const to = ctx.params.get('to');
      if (!from || !to) throw new UsageError('path: the from and to parameters are required');
      return ctx.ng.path(from, to, { maxDepth: get(ctx.params, 'maxDepth'), types: get(ctx.params, 'types') });
    },
  },
  {
    pattern: /^\/api\/stats$/,
    params: [],
    handler: async (ctx) => ctx.ng.stats(),
  },
];

/** Answer one API request: the body (object or JSON text), or a thrown named error. */
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
    return route.handler(ctx, id);
  }
  throw new NotFoundError(`API route ${pathname}`);
}

