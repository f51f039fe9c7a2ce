/**
 * A small pure GEXF 1.3 writer for the browser: node `kind`/`type`/`mentions`
 * and edge `type`/`weight`/`confidence` attributes, viz colour, size and
 * position. Every string is XML-escaped.
 */
import { KIND_COLORS } from '../../src/config.ts';
import type { NewsGraph } from '../../src/types.ts';
import type { Positions } from './seed-layout.ts';

export function xmlEscape(s: string): string {
  return s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!)
    // Characters not allowed in XML 1.0.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
}

function rgb(hex: string): [number, number, number] {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  return m ? [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)] : [128, 128, 128];
}

export interface GexfOptions {
  nodes?: Iterable<string>;
  edges?: Iterable<string>;
  positions?: Positions;
  sizes?: Map<string, number>;
  date?: string;
}

export function toGexf(graph: NewsGraph, opts: GexfOptions = {}): string {
  const nodes = opts.nodes ? [...opts.nodes] : graph.nodes();
  const nodeSet = new Set(nodes);
  const edges = (opts.edges ? [...opts.edges] : graph.edges()).filter(
    (e) => nodeSet.has(graph.source(e)) && nodeSet.has(graph.target(e)),
  );
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">',
    `  <meta${opts.date ? ` lastmodifieddate="${xmlEscape(opts.date)}"` : ''}><creator>newsgraph</creator></meta>`,
    '  <graph defaultedgetype="directed" mode="static">',
    '    <attributes class="node">',
    '      <attribute id="kind" title="kind" type="string"/>',
    '      <attribute id="type" title="type" type="string"/>',
    '      <attribute id="mentions" title="mentions" type="integer"/>',
    '      <attribute id="aliases" title="aliases" type="string"/>',
    '    </attributes>',
    '    <attributes class="edge">',
    '      <attribute id="type" title="type" type="string"/>',
    '      <attribute id="confidence" title="confidence" type="double"/>',
    '    </attributes>',
    '    <nodes>',
  ];
  for (const n of nodes) {
    const a = graph.getNodeAttributes(n);
    const [r, g, b] = rgb(KIND_COLORS[a.kind]);
    const p = opts.positions?.get(n) ?? (a.x !== undefined && a.y !== undefined ? { x: a.x, y: a.y } : undefined);
    const size = opts.sizes?.get(n) ?? a.size;
    out.push(
      `      <node id="${xmlEscape(n)}" label="${xmlEscape(a.label)}">`,
      '        <attvalues>',
      `          <attvalue for="kind" value="${xmlEscape(a.kind)}"/>`,
      `          <attvalue for="type" value="${xmlEscape(a.type)}"/>`,
      `          <attvalue for="mentions" value="${Math.round(a.mentions)}"/>`,
      `          <attvalue for="aliases" value="${xmlEscape(a.aliases.join('|'))}"/>`,
      '        </attvalues>',
      `        <viz:color r="${r}" g="${g}" b="${b}"/>`,
      size !== undefined ? `        <viz:size value="${size}"/>` : '',
      p ? `        <viz:position x="${p.x}" y="${p.y}" z="0"/>` : '',
      '      </node>',
    );
  }
  out.push('    </nodes>', '    <edges>');
  for (const e of edges) {
    const a = graph.getEdgeAttributes(e);
    out.push(
      `      <edge id="${xmlEscape(e)}" source="${xmlEscape(graph.source(e))}" target="${xmlEscape(graph.target(e))}" label="${xmlEscape(a.type)}" weight="${a.weight}">`,
      '        <attvalues>',
      `          <attvalue for="type" value="${xmlEscape(a.type)}"/>`,
      `          <attvalue for="confidence" value="${a.confidence}"/>`,
      '        </attvalues>',
      '      </edge>',
    );
  }
  out.push('    </edges>', '  </graph>', '</gexf>', '');
  return out.filter((l) => l !== '').join('\n');
}
