/**
 * Where the graph comes from: `?graph=<path>` first (a path on this site
 * only: no other origin, no `data:` or `javascript:` URL); then the server's
 * `/api/graph`, without evidence (the panel fetches a node's evidence when it
 * opens: evidence.ts) and in the compact form; then a `graph.json` next to the page (static bundle); else
 * nothing, and the user opens or drops an exported JSON file.
 */
import type { LoadResult } from './data.ts';

/** A graph document as fetched or read, not yet validated (main.ts picks how to import it). */
export interface Fetched {
  raw: unknown;
  source: string;
  /** The server's API answered: a node's evidence can be fetched (`/api/nodes/:id`, see evidence.ts). */
  api?: boolean;
}

export interface Loaded extends LoadResult, Omit<Fetched, 'raw'> {}

/**
 * The graph the view asks of the server: without evidence lists, which the
 * panel fetches per node, in the compact form (src/graph/compact.ts: a fifth
 * of the bytes, parsed several times faster; data.ts reads either form).
 */
export const API_GRAPH = '/api/graph?evidence=false&format=compact';

export async function fetchJson(url: string): Promise<unknown> {
  const res = await fetch(url, { headers: { accept: 'application/json' } });
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res.json();
}

/**
 * The URL of `?graph=`, if it names a path on the page's own site; else an
 * Error saying why. Pure (the page's URL is an argument).
 */
export function sameOriginGraphUrl(raw: string, page: string): string {
  const value = raw.trim();
  // A scheme ("https:", "data:", "javascript:") or a network path ("//host") could leave the site.
  if (/^[a-z][a-z0-9+.-]*:/i.test(value) || /^[\\/]{2}/.test(value) || /[\u0000-\u001f]/.test(value)) {
    throw new Error(`graph=${value.slice(0, 80)}: only a path on this site is allowed (e.g. ?graph=/exports/graph.json)`);
  }
  const base = new URL(page);
  const url = new URL(value, base);
  if (url.origin !== base.origin || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw new Error(`graph=${value.slice(0, 80)}: only a path on this site is allowed`);
  }
  return url.href;
}

export async function fetchInitial(search: string): Promise<Fetched | null> {
  const explicit = new URLSearchParams(search).get('graph');
  if (explicit) {
    const url = sameOriginGraphUrl(explicit, location.href);
    return { raw: await fetchJson(url), source: url };
  }
  if (location.protocol !== 'http:' && location.protocol !== 'https:') return null;
  for (const url of [API_GRAPH, './graph.json']) {
    try {
      const raw = await fetchJson(url);
      return { raw, source: url, ...(url === API_GRAPH ? { api: true } : {}) };
    } catch {
      // Try the next source.
    }
  }
  return null;
}

export async function readFile(file: File): Promise<Fetched> {
  try {
    return { raw: JSON.parse(await file.text()), source: file.name };
  } catch (err) {
    throw new Error(`${file.name}: not JSON (${(err as Error).message})`);
  }
}
