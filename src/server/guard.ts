/**
 * What the server lets in and what it tells browsers:
 *
 * - Host: a request whose Host header is not the bound address, `localhost`,
 *   `127.0.0.1` or `[::1]` (or, on a wildcard bind, an address of this
 *   machine), nor a name given with `--allow-host`, is refused with 421 and a
 *   JSON error. A DNS-rebinding page (evil.example resolving to 127.0.0.1)
 *   sends its own name as Host, so it cannot read the API.
 * - Binding to anything but loopback needs `expose: true` (`--expose`) and
 *   prints a warning: the server has no authentication.
 * - Every response carries a Content-Security-Policy (`default-src 'self'`,
 *   plus blob: workers for ForceAtlas2 and data:/blob: images for the PNG
 *   export), `X-Content-Type-Options: nosniff` and `Referrer-Policy`.
 */
import { networkInterfaces } from 'node:os';
import { isIP } from 'node:net';
import { UsageError } from '../errors.ts';

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': [
    "default-src 'self'",
    "script-src 'self'",
    // graphology-layout-forceatlas2/worker starts its worker from a blob: URL.
    "worker-src 'self' blob:",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; '),
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '::1'];

/** Is this bind address loopback only? */
export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (h === 'localhost' || h === '::1') return true;
  return isIP(h) === 4 && h.startsWith('127.');
}

export function isWildcard(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '');
  return h === '0.0.0.0' || h === '::';
}

/** Refuse a non-loopback bind unless exposed on purpose; the warning to print when it is. */
export function checkBind(host: string, expose: boolean): string | undefined {
  if (isLoopback(host)) return undefined;
  if (!expose) {
    throw new UsageError(
      `refusing to listen on ${host}: the server has no authentication, so anyone who can reach ${host} could read the graph; pass --expose to do it anyway (and --allow-host <name> for each name clients use)`,
    );
  }
  return `warning: listening on ${host} without authentication: anyone who can reach this address can read the whole graph and its articles`;
}

/** The hostname of a Host header (lower case, no port, no brackets), or undefined when malformed. */
export function hostName(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const h = header.trim().toLowerCase();
  const m = /^\[([0-9a-f:.]+)\](?::\d{1,5})?$/.exec(h) ?? /^([a-z0-9.-]+)(?::\d{1,5})?$/.exec(h);
  return m?.[1];
}

/** The Host names a server bound to `host` accepts. */
export function allowedHosts(host: string, allow: readonly string[] = []): Set<string> {
  const set = new Set<string>(LOOPBACK_NAMES);
  set.add(host.replace(/^\[|\]$/g, '').toLowerCase());
  for (const a of allow) {
    const name = hostName(a) ?? a.toLowerCase();
    set.add(name);
  }
  if (isWildcard(host)) {
    // A wildcard bind answers on every address of this machine; an IP literal
    // cannot be rebound, so those are safe to accept.
    for (const list of Object.values(networkInterfaces())) for (const i of list ?? []) set.add(i.address.toLowerCase());
  }
  return set;
}

/** Undefined when the Host header is acceptable, else the reason. */
export function checkHost(header: string | undefined, allowed: ReadonlySet<string>): string | undefined {
  const name = hostName(header);
  if (name === undefined) return header ? `malformed Host header "${header.slice(0, 100)}"` : 'missing Host header';
  if (allowed.has(name)) return undefined;
  return `Host "${name}" is not served here (accepted: ${[...allowed].slice(0, 6).join(', ')}${allowed.size > 6 ? ', …' : ''}); start the server with --allow-host ${name} to accept it`;
}
