/**
 * What the export buttons write: the visible part of the data graph with the
 * current positions and sizes, as graphology JSON (reopens in the view) or
 * as GEXF 1.3 through the product's one GEXF writer (src/export/gexf-text.ts).
 * A graph the view was sent without evidence says so in both (the JSON's
 * `evidence: "omitted"` attribute and a description; GEXF's meta description):
 * its edges carry only the evidence read in the panel.
 */
import { KIND_COLORS } from '../../src/config.ts';
import { gexfText } from '../../src/export/gexf-text.ts';
import type { NewsGraph } from '../../src/types.ts';
import type { Visible } from './filters.ts';
import type { Positions } from '../../src/layout/seed.ts';
import { evidenceOmitted } from './evidence.ts';

/** The description an export of a graph without evidence carries. */
export const EVIDENCE_OMITTED_NOTE =
  'Evidence omitted: the view was sent this graph without evidence lists; edges carry only the evidence opened in the panel (weight is the full count). newsgraph export writes it whole.';

/** A copy of the visible nodes and edges, carrying x, y, size and color. */
export function visibleSubgraph(data: NewsGraph, visible: Visible, positions: Positions, sizes: Map<string, number>): NewsGraph {
  const sub = data.nullCopy() as NewsGraph;
  if (evidenceOmitted(data)) sub.setAttribute('description', EVIDENCE_OMITTED_NOTE);
  for (const n of visible.nodes) {
    const a = data.getNodeAttributes(n);
    const p = positions.get(n);
    sub.addNode(n, { ...a, ...(p ? { x: p.x, y: p.y } : {}), size: sizes.get(n) ?? a.size ?? 1, color: KIND_COLORS[a.kind] });
  }
  for (const e of visible.edges) {
    const s = data.source(e);
    const t = data.target(e);
    if (sub.hasNode(s) && sub.hasNode(t)) sub.addDirectedEdgeWithKey(e, s, t, data.getEdgeAttributes(e));
  }
  return sub;
}

export function exportJson(sub: NewsGraph): string {
  return JSON.stringify(sub.export());
}

export function exportGexf(sub: NewsGraph): string {
  // GEXF's <meta> holds creator, keywords and description only.
  const attrs = { ...sub.getAttributes() };
  sub.replaceAttributes(typeof attrs.description === 'string' ? { description: attrs.description } : {});
  try {
    return gexfText(sub);
  } finally {
    sub.replaceAttributes(attrs);
  }
}
