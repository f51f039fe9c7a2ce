/**
 * Filters derive what is visible from the data graph (the Gephi Lite way):
 * the data graph is never mutated; `visibleSet` returns the node and edge keys
 * that the rendering graph will hold. Pure: no DOM, no sigma.
 */
import type { EdgeAttrs, NewsGraph, NodeAttrs } from '../../src/types.ts';
import type { ViewState } from './state.ts';

export interface Visible {
  nodes: Set<string>;
  edges: Set<string>;
  /** Nodes left out only because no visible edge reaches them (shown with `showIsolated`). */
  isolated: number;
}

type FilterState = Pick<ViewState, 'kinds' | 'types' | 'minConfidence' | 'from' | 'to' | 'minDegree' | 'showIsolated' | 'ego' | 'egoType' | 'selected'>;

const day = (d: string): string => d.slice(0, 10);

function inRange(date: string | undefined, from?: string, to?: string): boolean {
  if (!date) return true;
  const d = day(date);
  return (!from || d >= from) && (!to || d <= to);
}

export function nodePasses(a: NodeAttrs, f: FilterState): boolean {
  if (!f.kinds.has(a.kind)) return false;
  if ((f.from || f.to) && a.firstSeen && a.lastSeen) {
    if (f.to && day(a.firstSeen) > f.to) return false;
    if (f.from && day(a.lastSeen) < f.from) return false;
  }
  return true;
}

/** Edge-level filters only (type, confidence, date); ends are checked apart. */
export function edgePasses(a: EdgeAttrs, f: FilterState): boolean {
  if (!f.types.has(a.type)) return false;
  if (a.confidence < f.minConfidence) return false;
  if ((f.from || f.to) && !edgeInDates(a, f.from, f.to)) return false;
  return true;
}

/**
 * An edge is in the date range when one of its dated evidence items is. When
 * the view has only part of its evidence (or none: a graph sent without it,
 * see evidence.ts), its first and last seen dates stand in: it is kept when
 * [firstSeen, lastSeen] meets the range. Undated edges are kept.
 */
export function edgeInDates(a: EdgeAttrs, from?: string, to?: string): boolean {
  const whole = a.evidence.length >= a.weight;
  if (!whole && (a.firstSeen || a.lastSeen)) {
    const first = day(a.firstSeen ?? a.lastSeen!);
    const last = day(a.lastSeen ?? a.firstSeen!);
    return (!to || first <= to) && (!from || last >= from);
  }
  const dated = a.evidence.filter((e) => e.published);
  return dated.length === 0 || dated.some((e) => inRange(e.published, from, to));
}

/**
 * The visible nodes and edges. One pass over the edges keeps each passing
 * edge's key, ends and type in arrays, so the later steps (ego network,
 * degrees, the minimum degree) never look an edge up by key again: on a
 * 100k-node / 522k-edge graph those lookups were most of its 5 s.
 */
export function visibleSet(graph: NewsGraph, f: FilterState): Visible {
  const steps = visibleSetSteps(graph, f, 0);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * `visibleSet` in steps (main.ts runs them in tasks of ~40 ms while the
 * quick first screen is shown): it yields every `every` edges of its passes
 * over the edges (0: never, one pass of `forEachEdge`) and returns the same
 * set (test/web/overview.test.ts compares them).
 */
export function* visibleSetSteps(graph: NewsGraph, f: FilterState, every = 16_384): Generator<void, Visible> {
  let nodes = new Set<string>();
  if (every > 0) {
    let i = 0;
    for (const { node, attributes } of graph.nodeEntries()) {
      if (nodePasses(attributes, f)) nodes.add(node);
      if (++i % every === 0) yield;
    }
  } else
    graph.forEachNode((n, a) => {
      if (nodePasses(a, f)) nodes.add(n);
    });
  let keys: string[] = [];
  let sources: string[] = [];
  let targets: string[] = [];
  const types: string[] = [];
  const visit = (e: string, a: EdgeAttrs, s: string, t: string): void => {
    if (nodes.has(s) && nodes.has(t) && edgePasses(a, f)) {
      keys.push(e);
      sources.push(s);
      targets.push(t);
      types.push(a.type);
    }
  };
  if (every > 0) {
    let i = 0;
    for (const { edge, attributes, source, target } of graph.edgeEntries()) {
      visit(edge, attributes, source, target);
      if (++i % every === 0) yield;
    }
  } else graph.forEachEdge(visit);
  /** Keep the edges for which `keep(i)` holds. */
  function* retain(keep: (i: number) => boolean): Generator<void> {
    const k2: string[] = [];
    const s2: string[] = [];
    const t2: string[] = [];
    for (let i = 0; i < keys.length; i++) {
      if (every > 0 && i % every === every - 1) yield;
      if (!keep(i)) continue;
      k2.push(keys[i]!);
      s2.push(sources[i]!);
      t2.push(targets[i]!);
    }
    keys = k2;
    sources = s2;
    targets = t2;
  }

  // Ego network: k hops around the selection, over the edges that pass (of one type, if chosen).
  if (f.ego > 0 && f.selected && graph.hasNode(f.selected)) {
    if (f.egoType) {
      const typed = types.map((t) => t === f.egoType);
      yield* retain((i) => typed[i]!);
    }
    const adjacent = new Map<string, string[]>();
    const link = (a: string, b: string) => {
      const list = adjacent.get(a);
      if (list) list.push(b);
      else adjacent.set(a, [b]);
    };
    for (let i = 0; i < keys.length; i++) {
      link(sources[i]!, targets[i]!);
      link(targets[i]!, sources[i]!);
    }
    const keep = new Set<string>([f.selected]);
    let frontier = [f.selected];
    for (let hop = 0; hop < f.ego && frontier.length; hop++) {
      const next: string[] = [];
      for (const n of frontier) {
        for (const other of adjacent.get(n) ?? []) {
          if (!keep.has(other)) {
            keep.add(other);
            next.push(other);
          }
        }
      }
      frontier = next;
    }
    nodes = keep;
    yield* retain((i) => keep.has(sources[i]!) && keep.has(targets[i]!));
  }

  const deg = new Map<string, number>();
  for (let i = 0; i < keys.length; i++) {
    if (every > 0 && i % every === every - 1) yield;
    deg.set(sources[i]!, (deg.get(sources[i]!) ?? 0) + 1);
    deg.set(targets[i]!, (deg.get(targets[i]!) ?? 0) + 1);
  }
  let isolated = 0;
  let i = 0;
  if (!f.showIsolated) {
    for (const n of nodes) {
      if (!deg.has(n) && n !== f.selected) isolated++;
      if (every > 0 && ++i % every === 0) yield;
    }
  }
  const minDeg = Math.max(f.minDegree, f.showIsolated ? 0 : 1);
  if (minDeg > 0) {
    const kept = new Set<string>();
    for (const n of nodes) {
      if ((deg.get(n) ?? 0) >= minDeg || n === f.selected) kept.add(n);
      if (every > 0 && ++i % every === 0) yield;
    }
    nodes = kept;
    yield* retain((i) => kept.has(sources[i]!) && kept.has(targets[i]!));
  }
  if (every === 0) return { nodes, edges: new Set(keys), isolated };
  // The set of edges too, in steps (half a million keys is a tenth of a second).
  const edges = new Set<string>();
  for (let k = 0; k < keys.length; k++) {
    edges.add(keys[k]!);
    if (k % every === every - 1) yield;
  }
  yield;
  return { nodes, edges, isolated };
}

/** The dates present in the graph (evidence, node and edge first/last seen), sorted. */
export function graphDates(graph: NewsGraph): string[] {
  const set = new Set<string>();
  graph.forEachNode((_n, a) => {
    if (a.firstSeen) set.add(day(a.firstSeen));
    if (a.lastSeen) set.add(day(a.lastSeen));
  });
  graph.forEachEdge((_e, a) => {
    if (a.firstSeen) set.add(day(a.firstSeen));
    if (a.lastSeen) set.add(day(a.lastSeen));
    for (const ev of a.evidence) if (ev.published) set.add(day(ev.published));
  });
  return [...set].filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)).sort();
}
