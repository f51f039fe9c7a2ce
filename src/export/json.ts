/**
 * JSON export: graphology's serialized format (`graph.export()`), sorted,
 * with layout, evidence and quotes. The view and `graphology.import` read it.
 */
import { sortedCopy } from '../graph/sorted.ts';
import { layoutGraph, type LayoutOptions } from '../layout/index.ts';
import type { NewsGraph } from '../types.ts';

export interface JsonOptions extends LayoutOptions {
  layout?: boolean;
}

export function toSerialized(graph: NewsGraph, opts: JsonOptions = {}) {
  const copy = sortedCopy(graph);
  if (opts.layout !== false) layoutGraph(copy, opts);
  copy.replaceAttributes({ generator: 'newsgraph', format: 'graphology' });
  return copy.export();
}

export function toJson(graph: NewsGraph, opts: JsonOptions = {}): string {
  return JSON.stringify(toSerialized(graph, opts), null, 1) + '\n';
}
