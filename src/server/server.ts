/**
 * `newsgraph serve`: a node:http server, on 127.0.0.1 by default, that answers
 * the JSON API under `/api/` and serves the built web app from `web/dist/`.
 * Nothing else is served. Requests for another Host are refused (421), a
 * non-loopback bind needs `expose` (./guard.ts); graphs are built and laid
 * out in a worker thread (./graph-service.ts).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { DEFAULTS } from '../config.ts';
import { UsageError } from '../errors.ts';
import { openNewsgraph, type Newsgraph } from '../api.ts';
import { handleApi } from './api-routes.ts';
import { GraphService } from './graph-service.ts';
import { allowedHosts, checkBind, checkHost } from './guard.ts';
import { rawErrorResponse, sendError, sendErrorJson, sendJson } from './respond.ts';
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
  /** Lay out graphs before sending them (default true; false sends them without positions). */
  layout?: boolean;
  /** The most nodes /api/graph and /api/nodes/:id/ego send (default 50,000). */
  maxGraphNodes?: number;
  /** Allow a bind that is not loopback (no authentication!): `--expose`. */
  expose?: boolean;
  /** More Host names to accept (`--allow-host`), e.g. the machine's DNS name when exposed. */
  allowHosts?: string[];
  /** Start computing the default /api/graph as soon as the server listens (default true). */
  warm?: boolean;
  /** Where warnings go (default stderr). */
  warn?: (line: string) => void;
}

export interface RunningServer {
  url: string;
  server: Server;
  newsgraph: Newsgraph;
  graphs: GraphService;
  close(): Promise<void>;
}

export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const host = options.host ?? DEFAULTS.host;
  const warning = checkBind(host, options.expose === true);
  const ng = options.newsgraph ?? openNewsgraph(options.db !== undefined ? { db: options.db } : {});
  const webRoot = options.webRoot ?? DEFAULT_WEB_ROOT;
  const layout = options.layout !== false;
  const maxGraphNodes = options.maxGraphNodes ?? DEFAULTS.maxGraphNodes;
  const graphs = new GraphService({ ng });
  const hosts = allowedHosts(host, options.allowHosts);
  const server = createServer(async (req, res) => {
    const head = req.method === 'HEAD';
    try {
      const refused = checkHost(req.headers.host, hosts);
      if (refused) {
        sendErrorJson(res, 421, 'MisdirectedRequest', refused, head);
        return;
      }
      if (req.method !== 'GET' && !head) {
        res.setHeader('allow', 'GET, HEAD');
        sendJson(res, 405, { error: 'MethodNotAllowed', message: `${req.method} is not allowed; use GET` }, head);
        return;
      }
      // The request target is a path: '//x' is not a URL of host x (as a relative URL it would be, or no URL at all for '//').
      const target = req.url ?? '/';
      const url = new URL(`http://localhost${target.startsWith('/') ? target : `/${target}`}`);
      if (url.pathname === '/api' || url.pathname.startsWith('/api/')) {
        const body = await handleApi(url.pathname, { ng, params: url.searchParams, graphs, layout, maxGraphNodes });
        if (!res.destroyed) sendJson(res, 200, body, head);
        return;
      }
      serveStatic(webRoot, url.pathname, res, head);
    } catch (err) {
      if (!res.headersSent && !res.destroyed) sendError(res, err, head);
    }
  });
  // Requests Node cannot parse (headers over --max-http-header-size, bad
  // syntax) get a JSON error too, where the socket still takes one.
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Socket) => {
    if (!socket.writable) return socket.destroy();
    const tooLarge = err.code === 'HPE_HEADER_OVERFLOW';
    socket.end(
      tooLarge
        ? rawErrorResponse(431, 'Request Header Fields Too Large', 'HeadersTooLarge', 'request headers too large (the query string counts): shorten the request')
        : rawErrorResponse(400, 'Bad Request', 'BadRequest', `malformed HTTP request (${err.code ?? err.message})`),
    );
  });
  server.keepAliveTimeout = 5000;
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
  if (warning) (options.warn ?? ((l: string) => process.stderr.write(l + '\n')))(warning);
  const addr = server.address() as AddressInfo;
  const shownHost = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
  if (options.warm !== false && layout) {
    // The view's first request (/api/graph?evidence=false, web/src/source.ts), computed before anyone asks; a failure here is the request's to report.
    void (async () => {
      try {
        await graphs.get('graph?evidence=false', await ng.version(), { kind: 'graph', filter: {}, evidence: false, layout, maxGraphNodes });
      } catch {
        // Reported to whoever asks for it.
      }
    })();
  }
  return {
    url: `http://${shownHost}:${addr.port}/`,
    server,
    newsgraph: ng,
    graphs,
    close: async () => {
      await graphs.close();
      await new Promise<void>((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      });
      if (!options.newsgraph) ng.close();
    },
  };
}
