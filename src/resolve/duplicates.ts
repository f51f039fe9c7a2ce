/**
 * Suspected duplicate nodes across a whole graph, and `possiblySameAs` hints
 * for them.
 *
 * Canonical ids (./canonical.ts) are decided one article at a time, so two
 * spellings the gazetteer does not know ("Kheder" / "Khider") can end up as
 * two nodes. This pass finds them: nodes of one kind sharing a normalised
 * name (label or alias; one-word person names excepted), or, for the report
 * only, with highly similar labels. Pairs the gazetteer keeps apart on
 * purpose (two entries, or a `related` link such as HTS / al-Nusra Front) are
 * never suspects. Nothing is merged: the analyst decides (`newsgraph merge`).
 */
import type { NewsGraph } from '../types.ts';
import { defaultGazetteer, type Gazetteer } from './gazetteer.ts';
import { nameKey, similarity } from './normalize.ts';

export interface Duplicate {
  why: 'same-name' | 'similar';
  kind: string;
  ids: string[];
  labels: string[];
  /** The shared normalised name, or the similarity score. */
  key?: string;
  score?: number;
}

export interface DuplicateOptions {
  /** Also list label pairs at least this similar (0 to skip); default 0.9. */
  similar?: number;
  gazetteer?: Gazetteer;
}

function deliberate(gaz: Gazetteer, a: string, b: string): boolean {
  if (gaz.entries.has(a) && gaz.entries.has(b)) return true;
  return (gaz.links.get(a) ?? []).some((l) => l.id === b);
}

/** Suspected duplicates, same-name groups first, then similar pairs by score. */
export function findDuplicates(graph: NewsGraph, opts: DuplicateOptions = {}): Duplicate[] {
  const gaz = opts.gazetteer ?? defaultGazetteer();
  const threshold = opts.similar ?? 0.9;
  const byKey = new Map<string, Set<string>>();
  const rows: Array<{ id: string; kind: string; key: string; label: string }> = [];
  graph.forEachNode((id, a) => {
    const person = a.type === 'person';
    for (const name of [a.label, ...a.aliases]) {
      const key = nameKey(name, { person });
      // One-word person names ("Hassan", "Minister") say too little.
      if (!key || (person && !key.includes(' '))) continue;
      const k = `${a.kind}\u0000${key}`;
      const set = byKey.get(k) ?? new Set<string>();
      set.add(id);
      byKey.set(k, set);
    }
    const key = nameKey(a.label, { person });
    if (key.length >= 5) rows.push({ id, kind: a.kind, key, label: a.label });
  });
  const out: Duplicate[] = [];
  const seenGroups = new Set<string>();
  for (const [k, set] of byKey) {
    if (set.size < 2) continue;
    const ids = [...set].sort();
    const keep = ids.filter((id) => ids.some((o) => o !== id && !deliberate(gaz, id, o)));
    if (keep.length < 2) continue;
    const sig = keep.join('\u0000');
    if (seenGroups.has(sig)) continue;
    seenGroups.add(sig);
    const [kind = '', key] = k.split('\u0000');
    out.push({ why: 'same-name', kind, ids: keep, labels: keep.map((id) => graph.getNodeAttribute(id, 'label')), ...(key ? { key } : {}) });
  }
  if (threshold > 0) {
    // Blocked on kind and the first three letters of the normalised label.
    const blocks = new Map<string, typeof rows>();
    for (const r of rows) {
      const b = `${r.kind}\u0000${r.key.slice(0, 3)}`;
      blocks.set(b, [...(blocks.get(b) ?? []), r]);
    }
    const similar: Duplicate[] = [];
    for (const list of blocks.values()) {
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) {
          const a = list[i]!;
          const b = list[j]!;
          if (a.key === b.key || deliberate(gaz, a.id, b.id)) continue;
          const s = similarity(a.key, b.key);
          if (s >= threshold) {
            const [x, y] = a.id < b.id ? [a, b] : [b, a];
            similar.push({ why: 'similar', kind: a.kind, ids: [x.id, y.id], labels: [x.label, y.label], score: Math.round(s * 1000) / 1000 });
          }
        }
      }
    }
    similar.sort((x, y) => y.score! - x.score! || x.ids[0]!.localeCompare(y.ids[0]!));
    out.push(...similar);
  }
  return out;
}

/**
 * A copy of the graph where nodes of one kind that share a normalised name
 * carry each other in `possiblySameAs` (the view shows the hint).
 */
export function linkDuplicates(graph: NewsGraph, gazetteer: Gazetteer = defaultGazetteer()): NewsGraph {
  const g = graph.copy() as NewsGraph;
  for (const d of findDuplicates(graph, { similar: 0, gazetteer })) {
    for (const id of d.ids) {
      const others = d.ids.filter((x) => x !== id);
      g.updateNodeAttribute(id, 'possiblySameAs', (old) => [...new Set([...(old ?? []), ...others])].sort());
    }
  }
  return g;
}
