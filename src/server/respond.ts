/**
 * HTTP responses: JSON bodies, and errors mapped from the named error
 * classes (UsageError 400, NotFoundError 404, StoreError 503, else 500).
 */
import type { ServerResponse } from 'node:http';

const BASE_HEADERS = {
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-store',
};

export function sendJson(res: ServerResponse, status: number, body: unknown, head = false): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, {
    ...BASE_HEADERS,
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(head ? undefined : text);
}

export function sendError(res: ServerResponse, err: unknown, head = false): void {
  const e = err as Error;
  const status =
    e.name === 'UsageError' ? 400 : e.name === 'NotFoundError' ? 404 : e.name === 'StoreError' ? 503 : 500;
  // A named newsgraph error (e.g. an InputError for a bad curation file) keeps its name and message.
  const named = typeof e.name === 'string' && /^[A-Z]\w*Error$/.test(e.name) && e.name !== 'Error' && e.name !== 'TypeError' && e.name !== 'RangeError';
  const message = status === 500 && !named ? `internal error: ${e.message}` : e.message;
  sendJson(res, status, { error: status === 500 && !named ? 'InternalError' : e.name, message }, head);
}

export function sendText(res: ServerResponse, status: number, text: string, head = false): void {
  res.writeHead(status, {
    ...BASE_HEADERS,
    'content-type': 'text/plain; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(head ? undefined : text);
}
