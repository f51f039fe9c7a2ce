/**
 * The built web app from `web/dist/`: files by extension, `index.html` for
 * the root and for extension-less routes, nothing outside the folder.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sendText } from './respond.ts';

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
    sendText(res, 503, `The web app is not built (${index} is missing): run \`npm run build:web\`.\n`, head);
    return;
  }
  let rel: string;
  try {
    rel = decodeURIComponent(pathname);
  } catch {
    sendText(res, 400, 'bad path\n', head);
    return;
  }
  if (rel.includes('\0')) {
    sendText(res, 400, 'bad path\n', head);
    return;
  }
  const file = path.resolve(root, '.' + path.posix.normalize('/' + rel));
  if (file !== root && !file.startsWith(root.endsWith(path.sep) ? root : root + path.sep)) {
    sendText(res, 403, 'forbidden\n', head);
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
      sendText(res, 404, `not found: ${rel}\n`, head);
      return;
    }
    target = index;
    info = statSync(index);
  }
  res.writeHead(200, {
    'content-type': TYPES[path.extname(target).toLowerCase()] ?? 'application/octet-stream',
    'content-length': info.size,
    'x-content-type-options': 'nosniff',
    'cache-control': target.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  if (head) {
    res.end();
    return;
  }
  createReadStream(target).pipe(res);
}
