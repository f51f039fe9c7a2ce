/**
 * Search with autocomplete over labels and aliases. `searchIndex` and
 * `searchNodes` are pure; `attachSearch` wires a combobox (arrow keys, Enter,
 * Escape) that calls `onPick` with the node id.
 */
import type { NewsGraph } from '../../src/types.ts';
import { clear, el } from './dom.ts';

export interface SearchEntry {
  node: string;
  label: string;
  /** The name that matched (label or an alias). */
  name: string;
  norm: string;
  weight: number;
}

export function normalize(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`.]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export function searchIndex(graph: NewsGraph): SearchEntry[] {
  const steps = searchIndexSteps(graph, 0);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * `searchIndex` in steps (main.ts runs them in tasks of ~40 ms while the
 * quick first screen is shown): yields every `every` nodes (0: never), and
 * returns the same entries in the same order.
 */
export function* searchIndexSteps(graph: NewsGraph, every = 4096): Generator<void, SearchEntry[]> {
  const out: SearchEntry[] = [];
  let i = 0;
  for (const { node, attributes: a } of graph.nodeEntries()) {
    const weight = graph.degree(node) + a.mentions;
    for (const name of [a.label, ...a.aliases]) out.push({ node, label: a.label, name, norm: normalize(name), weight });
    if (every > 0 && ++i % every === 0) yield;
  }
  return out;
}

/** Exact, then prefix, then word-prefix, then substring; one hit per node. */
export function searchNodes(index: SearchEntry[], query: string, limit = 10): SearchEntry[] {
  const q = normalize(query);
  if (!q) return [];
  const scored: Array<[number, SearchEntry]> = [];
  for (const e of index) {
    let rank = -1;
    if (e.norm === q) rank = 0;
    else if (e.norm.startsWith(q)) rank = 1;
    else if (e.norm.includes(` ${q}`)) rank = 2;
    else if (e.norm.includes(q)) rank = 3;
    if (rank >= 0) scored.push([rank, e]);
  }
  scored.sort((a, b) => a[0] - b[0] || (a[1].name === a[1].label ? 0 : 1) - (b[1].name === b[1].label ? 0 : 1) || b[1].weight - a[1].weight || (a[1].label < b[1].label ? -1 : 1));
  const seen = new Set<string>();
  const hits: SearchEntry[] = [];
  for (const [, e] of scored) {
    if (seen.has(e.node)) continue;
    seen.add(e.node);
    hits.push(e);
    if (hits.length >= limit) break;
  }
  return hits;
}

export function attachSearch(
  input: HTMLInputElement,
  list: HTMLUListElement,
  getIndex: () => SearchEntry[],
  onPick: (node: string) => void,
): void {
  let hits: SearchEntry[] = [];
  let active = -1;
  const close = (): void => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const paint = (): void => {
    clear(list);
    hits.forEach((h, i) => {
      const li = el('li', { attrs: { role: 'option', id: `search-opt-${i}`, 'aria-selected': String(i === active), 'data-node': h.node } }, [
        el('span', { class: 'opt-label' }, [h.label]),
        h.name !== h.label ? el('span', { class: 'opt-alias' }, [h.name]) : null,
      ]);
      li.addEventListener('mousedown', (ev) => {
        ev.preventDefault();
        pick(i);
      });
      list.appendChild(li);
    });
    list.hidden = hits.length === 0;
    input.setAttribute('aria-expanded', String(!list.hidden));
    if (active >= 0) input.setAttribute('aria-activedescendant', `search-opt-${active}`);
  };
  const pick = (i: number): void => {
    const h = hits[i];
    if (!h) return;
    input.value = h.label;
    close();
    onPick(h.node);
  };
  input.addEventListener('input', () => {
    hits = searchNodes(getIndex(), input.value);
    active = hits.length ? 0 : -1;
    paint();
  });
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      if (!hits.length) return;
      ev.preventDefault();
      active = (active + (ev.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length;
      paint();
    } else if (ev.key === 'Enter') {
      ev.preventDefault();
      if (!hits.length) hits = searchNodes(getIndex(), input.value);
      pick(Math.max(0, active));
    } else if (ev.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
}
