/**
 * HTTP responses: JSON bodies, and errors mapped from the named error
 * classes (UsageError 400, NotFoundError 404, StoreError 503, else 500).
 * Every response carries the security headers of ./guard.ts; every error,
 * the API's and the static files' alike, is JSON: `{ error, message }`.
 */
import type { ServerResponse } from 'node:http';
import { SECURITY_HEADERS } from './guard.ts';

const BASE_HEADERS = {
  ...SECURITY_HEADERS,
  'cache-control': 'no-store',
};

export function sendJson(res: ServerResponse, status: number, body: unknown, head = false, headers: Record<string, string> = {}): void {
  // A Buffer is JSON already encoded (the graph service's answers).
  const text = Buffer.isBuffer(body) ? body : typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, {
    ...BASE_HEADERS,
    ...headers,
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(head ? undefined : text);
}

/** An error body with an explicit status: `{ error, message }`. */
export function sendErrorJson(res: ServerResponse, status: number, error: string, message: string, head = false): void {
  sendJson(res, status, { error, message }, head);
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

/** A raw HTTP/1.1 error response on a socket Node could not parse a request from (JSON body). */
export function rawErrorResponse(status: number, reason: string, error: string, message: string): string {
  const body = JSON.stringify({ error, message });
  const headers = Object.entries({ ...BASE_HEADERS, 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(body)), connection: 'close' })
    .map(([k, v]) => `${k}: ${v}`)
    .join('\r\n');
  return `HTTP/1.1 ${status} ${reason}\r\n${headers}\r\n\r\n${body}`;
}
