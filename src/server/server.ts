/**
 * `newsgraph serve`: a node:http server on 127.0.0.1 that answers the JSON
 * API under `/api/` and serves the built web app from `web/dist/`. Nothing
 * else is served.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEFAULTS } from '../config.ts';
import { UsageError } from '../errors.ts';
import { openNewsgraph, type Newsgraph } from '../api.ts';
import { layoutGraph } from '../layout/index.ts';
import type { NewsGraph } from '../types.ts';
import { handleApi } from './api-routes.ts';
import { sendError, sendJson } from './respond.ts';
import { DEFAULT_WEB_ROOT, serveStatic } from './static.ts';

export interface ServerOptions {
  /** Store path (see `openNewsgraph`). */
  db?: string;
  /** An already open store; the server will not close it. */
  newsgraph?: Newsgraph;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** The built web app; default `web/dist/`. */
  webRoot?: string;
  /** Lay out graphs before sending them (default: src/layout's layoutGraph). */
  layout?: ((g: NewsGraph) => unknown) | false;
  /** The most nodes /api/graph and /api/nodes/:id/ego send (default 50,000). */
  maxGraphNodes?: number;
}

export interface RunningServer {
  url: string;
  server: Server;
  newsgraph: Newsgraph;
  close(): Promise<void>;
}

/** Iterations for big graphs are cut so the first /api/graph stays interactive. */
function defaultLayout(g: NewsGraph): void {
  layoutGraph(g, g.order > 5000 ? { iterations: 30 } : g.order > 1000 ? { iterations: 100 } : {});
}

export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const ng = options.newsgraph ?? openNewsgraph(options.db !== undefined ? { db: options.db } : {});
  const webRoot = options.webRoot ?? DEFAULT_WEB_ROOT;
  const cache = new Map<string, string>();
  const layout = options.layout === false ? undefined : (options.layout ?? defaultLayout);
  const server = createServer(async (req, res) => {
    const head = req.method === 'HEAD';
    try {
      if (req.method !== 'GET' && !head) {
        res.setHeader('allow', 'GET, HEAD');
        sendJson(res, 405, { error: 'MethodNotAllowed', message: `${req.method} is not allowed; use GET` }, head);
        return;
      }
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (url.pathname === '/api' || url.pathname.startsWith('/api/')) {
        const body = await handleApi(url.pathname, {
          ng,
          params: url.searchParams,
          cache,
          maxGraphNodes: options.maxGraphNodes ?? DEFAULTS.maxGraphNodes,
          ...(layout ? { layout } : {}),
        });
        sendJson(res, 200, body, head);
        return;
      }
      serveStatic(webRoot, url.pathname, res, head);
    } catch (err) {
      sendError(res, err, head);
    }
  });
  server.keepAliveTimeout = 5000;
  const host = options.host ?? DEFAULTS.host;
  await new Promise<void>((resolve, reject) => {
    const onError = (err: NodeJS.ErrnoException) => {
      if (!options.newsgraph) ng.close();
      if (err.code === 'EADDRINUSE') reject(new UsageError(`port ${options.port ?? DEFAULTS.port} on ${host} is in use; pass --port <N> (or --port 0 for a free one)`));
      else if (err.code === 'EACCES' || err.code === 'EADDRNOTAVAIL') reject(new UsageError(`cannot listen on ${host}:${options.port ?? DEFAULTS.port} (${err.code})`));
      else reject(err);
    };
    server.once('error', onError);
    server.listen(options.port ?? DEFAULTS.port, host, () => {
      server.off('error', onError);
      resolve();
    });
  });
  const addr = server.address() as AddressInfo;
  const shownHost = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
  return {
    url: `http://${shownHost}:${addr.port}/`,
    server,
    newsgraph: ng,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections?.();
        server.close(() => {
          if (!options.newsgraph) ng.close();
          resolve();
        });
      }),
  };
}
