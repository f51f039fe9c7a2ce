/**
 * The built web app from `web/dist/`: files by extension, `index.html` for
 * the root and for extension-less routes, nothing outside the folder. Errors
 * are JSON like the API's; files carry the security headers (./guard.ts).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SECURITY_HEADERS } from './guard.ts';
import { sendErrorJson } from './respond.ts';

export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../web/dist/', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export function serveStatic(webRoot: string, pathname: string, res: ServerResponse, head: boolean): void {
  const root = path.resolve(webRoot);
  const index = path.join(root, 'index.html');
  if (!existsSync(index)) {
    sendErrorJson(res, 503, 'NotBuilt', `The web app is not built (${index} is missing): run \`npm run build:web\`.`, head);
    return;
  }
  let rel: string;
  try {
    rel = decodeURIComponent(pathname);
  } catch {
    sendErrorJson(res, 400, 'UsageError', 'bad path: not valid percent-encoding', head);
    return;
  }
  if (rel.includes('\0')) {
    sendErrorJson(res, 400, 'UsageError', 'bad path: contains a NUL byte', head);
    return;
  }
  const file = path.resolve(root, '.' + path.posix.normalize('/' + rel));
  if (file !== root && !file.startsWith(root.endsWith(path.sep) ? root : root + path.sep)) {
    sendErrorJson(res, 403, 'Forbidden', 'forbidden: outside the web app', head);
    return;
  }
  let target = file;
  let info = existsSync(target) ? statSync(target) : undefined;
  if (info?.isDirectory()) {
    target = path.join(target, 'index.html');
    info = existsSync(target) ? statSync(target) : undefined;
  }
  if (!info?.isFile()) {
    if (path.extname(rel)) {
      sendErrorJson(res, 404, 'NotFoundError', `not found: ${rel}`, head);
      return;
    }
    target = index;
    info = statSync(index);
  }
  res.writeHead(200, {
    'content-type': TYPES[path.extname(target).toLowerCase()] ?? 'application/octet-stream',
    'content-length': info.size,
    ...SECURITY_HEADERS,
    'cache-control': target.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  if (head) {
    res.end();
    return;
  }
  createReadStream(target).pipe(res);
}
