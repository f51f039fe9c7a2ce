/**
 * The one graph constructor: a directed multi-graph of `NodeAttrs`/`EdgeAttrs`.
 * Multi, because two entities may be linked by several edge types; each edge
 * is keyed `source|type|target` so there is at most one edge per type.
 */
import Graph from 'graphology';
import type { NewsGraph } from '../types.ts';

export function createGraph(): NewsGraph {
  return new Graph({ type: 'directed', multi: true, allowSelfLoops: false });
}
