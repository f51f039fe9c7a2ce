/**
 * GEXF 1.3 export for Gephi: node `kind`/`type` (and counts, aliases, dates),
 * edge `type`/`weight`/`confidence` and the strongest evidence sentence, with
 * viz colour, size and position. Output is sorted and deterministic.
 */
import { write } from 'graphology-gexf';
import { TYPE_COLORS } from '../config.ts';
import { sortedCopy } from '../graph/sorted.ts';
import { layoutGraph, type LayoutOptions } from '../layout/index.ts';
import type { EdgeAttrs, NewsGraph, NodeAttrs } from '../types.ts';

function hexToRgb(hex: string): { r: number; g: number; b: number } {
  const n = parseInt(hex.replace('#', ''), 16);
  return { r: (n >> 16) & 255, g: (n >> 8) & 255, b: n & 255 };
}

function nodeData(_key: string, a: NodeAttrs) {
  const attributes: Record<string, string | number> = {
    kind: a.kind,
    type: a.type,
    mentions: a.mentions,
    articles: a.articles,
    aliases: a.aliases.join('; '),
  };
  if (a.firstSeen) attributes.firstSeen = a.firstSeen;
  if (a.lastSeen) attributes.lastSeen = a.lastSeen;
  return {
    label: a.label,
    attributes,
    viz: { color: a.color ?? '#999999', size: a.size ?? 1, x: a.x ?? 0, y: a.y ?? 0 },
  };
}

function bestEvidence(a: EdgeAttrs): string {
  let best = a.evidence[0];
  for (const e of a.evidence) if (best && e.confidence > best.confidence) best = e;
  return best ? best.sentence.replace(/\s+/g, ' ').trim() : '';
}

function edgeData(_key: string, a: EdgeAttrs) {
  return {
    label: a.type,
    weight: a.weight,
    attributes: {
      type: a.type,
      weight: a.weight,
      confidence: a.confidence,
      evidenceCount: a.evidence.length,
      evidence: bestEvidence(a),
    },
    viz: { color: TYPE_COLORS[a.type] },
  };
}

export interface GexfOptions extends LayoutOptions {
  /** Skip the layout when nodes already carry x/y/size/color. */
  layout?: boolean;
}

/** GEXF 1.3 text of the graph. The input graph is not modified. */
export function toGexf(graph: NewsGraph, opts: GexfOptions = {}): string {
  const copy = sortedCopy(graph);
  if (opts.layout !== false) layoutGraph(copy, opts);
  copy.replaceAttributes({ creator: 'newsgraph', description: 'Entity graph extracted from news articles' });
  // graphology-gexf accepts hex colours; convert to rgb to be explicit for Gephi.
  const xml = write(copy as never, {
    version: '1.3',
    pretty: true,
    formatNode: (k: string, a: NodeAttrs) => {
      const d = nodeData(k, a);
      return { ...d, viz: { ...d.viz, color: rgbString(d.viz.color) } };
    },
    formatEdge: (k: string, a: EdgeAttrs) => {
      const d = edgeData(k, a);
      return { ...d, viz: { color: rgbString(d.viz.color) } };
    },
  } as never);
  return xml;
}

function rgbString(hex: string): string {
  const { r, g, b } = hexToRgb(hex);
  return `rgb(${r},${g},${b})`;
}
