/**
 * Where the graph comes from: `?graph=<url>` first; then the server's
 * `/api/graph`; then a `graph.json` next to the page (static bundle); else
 * nothing, and the user opens or drops an exported JSON file.
 */
import { parseGraph, type LoadResult } from './data.ts';

export interface Loaded extends LoadResult {
  source: string;
}

async function fetchJson(url: string): Promise<unknown> {
  const res = await fetch(url, { headers: { accept: 'application/json' } });
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res.json();
}

export async function loadInitial(search: string): Promise<Loaded | null> {
  const explicit = new URLSearchParams(search).get('graph');
  if (explicit) {
    const url = new URL(explicit, location.href).href;
    return { ...parseGraph(await fetchJson(url), url), source: url };
  }
  if (location.protocol !== 'http:' && location.protocol !== 'https:') return null;
  for (const url of ['/api/graph', './graph.json']) {
    try {
      const raw = await fetchJson(url);
      return { ...parseGraph(raw, url), source: url };
    } catch {
      // Try the next source.
    }
  }
  return null;
}

export async function loadFile(file: File): Promise<Loaded> {
  let raw: unknown;
  try {
    raw = JSON.parse(await file.text());
  } catch (err) {
    throw new Error(`${file.name}: not JSON (${(err as Error).message})`);
  }
  return { ...parseGraph(raw, file.name), source: file.name };
}
