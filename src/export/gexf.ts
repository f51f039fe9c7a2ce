/**
 * GEXF 1.3 export for Gephi: a sorted, laid-out copy of the graph written by
 * `gexfText`. Deterministic: the same graph and seed give the same bytes.
 */
import { sortedCopy } from '../graph/sorted.ts';
import { layoutGraph, type LayoutOptions } from '../layout/index.ts';
import { gexfText } from './gexf-text.ts';
import type { NewsGraph } from '../types.ts';

export { gexfText } from './gexf-text.ts';

export interface GexfOptions extends LayoutOptions {
  /** Skip the layout when nodes already carry x/y/size/color. */
  layout?: boolean;
}

/** GEXF 1.3 text of the graph. The input graph is not modified. */
export function toGexf(graph: NewsGraph, opts: GexfOptions = {}): string {
  const copy = sortedCopy(graph);
  if (opts.layout !== false) layoutGraph(copy, opts);
  copy.replaceAttributes({ creator: 'newsgraph', description: 'Entity graph extracted from news articles' });
  return gexfText(copy);
}
