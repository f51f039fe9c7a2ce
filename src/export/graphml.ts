/**
 * GraphML written row by row from export records (./records.ts), for yEd,
 * Cytoscape, NetworkX and igraph. Node and edge data as in the GEXF export,
 * plus each edge's evidence days (`dates`, `YYYY-MM-DD;...`) and the first
 * and last seen dates, so the time of the graph survives in tools without
 * GEXF's spells. Well-formed whatever the text holds (./xml.ts).
 */
import { foldSpace, xmlAttr } from './gexf-stream.ts';
import { RS, RS_KEY, type GraphRecords } from './records.ts';
import type { Sink } from './sink.ts';

const NODE_KEYS: Array<[string, string]> = [
  ['label', 'string'],
  ['kind', 'string'],
  ['type', 'string'],
  ['mentions', 'int'],
  ['articles', 'int'],
  ['aliases', 'string'],
  ['firstSeen', 'string'],
  ['lastSeen', 'string'],
  ['x', 'double'],
  ['y', 'double'],
  ['size', 'double'],
  ['color', 'string'],
];
const EDGE_KEYS: Array<[string, string]> = [
  ['type', 'string'],
  ['weight', 'int'],
  ['confidence', 'double'],
  ['evidenceCount', 'int'],
  ['evidence', 'string'],
  ['hedged', 'boolean'],
  ['firstSeen', 'string'],
  ['lastSeen', 'string'],
  ['dates', 'string'],
];

function data(prefix: string, pairs: Array<[string, string | number | boolean | undefined]>): string {
  let s = '';
  for (const [k, v] of pairs) if (v !== undefined && v !== '') s += `      <data key="${prefix}${k}">${xmlAttr(String(v))}</data>\n`;
  return s;
}

export async function writeGraphml(records: GraphRecords, sink: Sink): Promise<void> {
  const head = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...NODE_KEYS.map(([k, t]) => `  <key id="v_${k}" for="node" attr.name="${k}" attr.type="${t}"/>`),
    ...EDGE_KEYS.map(([k, t]) => `  <key id="e_${k}" for="edge" attr.name="${k}" attr.type="${t}"/>`),
    '  <graph id="newsgraph" edgedefault="directed">',
    '',
  ];
  await sink.write(head.join('\n'));
  for await (const { id, attrs: a } of records.nodes()) {
    const s =
      `    <node id="${xmlAttr(id)}">\n` +
      data('v_', [
        ['label', a.label],
        ['kind', a.kind],
        ['type', a.type],
        ['mentions', a.mentions],
        ['articles', a.articles],
        ['aliases', a.aliases.join('; ')],
        ['firstSeen', a.firstSeen],
        ['lastSeen', a.lastSeen],
        ['x', a.x],
        ['y', a.y],
        ['size', a.size],
        ['color', a.color],
      ]) +
      '    </node>\n';
    const w = sink.write(s);
    if (w) await w;
  }
  for await (const batch of records.edgeSummaries()) {
    for (const e of batch) {
      const source = xmlAttr(e[RS.source]);
      const target = xmlAttr(e[RS.target]);
      const type = e[RS.type];
      const key = e.length > RS_KEY ? xmlAttr(e[RS_KEY]!) : `${source}|${xmlAttr(type)}|${target}`;
      const s =
        `    <edge id="${key}" source="${source}" target="${target}">\n` +
        data('e_', [
          ['type', type],
          ['weight', e[RS.weight]],
          ['confidence', e[RS.confidence]],
          ['evidenceCount', e[RS.evidenceCount]],
          ['evidence', foldSpace(e[RS.sentence])],
          ['hedged', e[RS.hedged] ? true : undefined],
          ['firstSeen', e[RS.firstSeen]],
          ['lastSeen', e[RS.lastSeen]],
          ['dates', e[RS.dates].join(';')],
        ]) +
        '    </edge>\n';
      const w = sink.write(s);
      if (w) await w;
    }
  }
  await sink.write('  </graph>\n</graphml>\n');
  await sink.flush();
}
