/**
 * GEXF 1.3 text of a graph whose nodes already carry x, y, size and color:
 * node `kind`/`type`/counts/aliases/dates, edge `type`/`weight`/`confidence`,
 * the strongest evidence sentence and the event code of the strongest evidence
 * that codes one (`cameo`, `plover`, `eventDate`), viz colour, size and position.
 * Pure (no node modules): the CLI export and the web view both write with it.
 * Always well-formed XML: see xml.ts.
 */
import writeGexf from 'graphology-gexf/browser/writer.js';
import { TYPE_COLORS } from '../config.ts';
import { xmlSafe } from './xml.ts';
import type { EdgeAttrs, NewsGraph, NodeAttrs } from '../types.ts';

function rgb(hex: string): string {
  const n = parseInt(hex.replace('#', ''), 16);
  return `rgb(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255})`;
}

function bestEvidence(a: EdgeAttrs): string {
  let best = a.evidence[0];
  for (const e of a.evidence) if (best && e.confidence > best.confidence) best = e;
  return best ? best.sentence.replace(/\s+/g, ' ').trim() : '';
}

/** The CAMEO code and PLOVER category of the strongest evidence that codes an event. */
function bestEvent(a: EdgeAttrs): Record<string, string> {
  let best: EdgeAttrs['evidence'][number] | undefined;
  for (const e of a.evidence) if (e.event && (!best || e.confidence > best.confidence)) best = e;
  if (!best?.event) return {};
  return { cameo: best.event.cameo, ...(best.event.plover ? { plover: best.event.plover } : {}), ...(best.event.date ? { eventDate: best.event.date } : {}) };
}

function formatNode(_key: string, a: NodeAttrs) {
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
    viz: { color: rgb(a.color ?? '#999999'), size: a.size ?? 1, x: a.x ?? 0, y: a.y ?? 0 },
  };
}

function formatEdge(_key: string, a: EdgeAttrs) {
  return {
    label: a.type,
    weight: a.weight,
    attributes: {
      type: a.type,
      weight: a.weight,
      confidence: a.confidence,
      evidenceCount: a.evidence.length,
      evidence: bestEvidence(a),
      ...bestEvent(a),
    },
    viz: { color: rgb(TYPE_COLORS[a.type]) },
  };
}

/**
 * Write the graph as it is (no layout, no sorting). The writer escapes markup
 * characters; characters XML 1.0 forbids (control characters from article
 * text) are removed from the whole document, ids and labels included, so the
 * file is always well-formed.
 */
export function gexfText(graph: NewsGraph): string {
  return xmlSafe(writeGexf(graph, { version: '1.3', pretty: true, formatNode, formatEdge } as never));
}
