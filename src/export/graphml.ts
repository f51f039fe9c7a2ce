/**
 * GraphML written row by row from export records (./records.ts), for yEd,
 * Cytoscape, NetworkX and igraph. Node and edge data as in the GEXF export,
 * plus each edge's evidence days (`dates`, `YYYY-MM-DD;...`) and the first
 * and last seen dates, so the time of the graph survives in tools without
 * GEXF's spells. Well-formed whatever the text holds (./xml.ts).
 */
import { confidenceText, foldSpace, PLAIN, xmlAttr } from './gexf-stream.ts';
import { RS, RS_KEY, type EdgeSummary, type GraphRecords, type RenderedEdges } from './records.ts';
import { writeEdgeSection } from './edge-section.ts';
import type { PutText, Sink } from './sink.ts';

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

/** One data element (none for an empty value); `key` is the key's id (`v_label`, `e_type`). */
function data(key: string, v: string | number | boolean | undefined): string {
  return v === undefined || v === '' ? '' : `      <data key="${key}">${xmlAttr(String(v))}</data>\n`;
}

export async function writeGraphml(records: GraphRecords, sink: Sink): Promise<void> {
  // Edges written by worker threads when the records can (a large store file): started now, while the nodes are written here.
  const rendered = records.renderEdges?.('graphml');
  try {
    await write(records, sink, rendered);
  } finally {
    await rendered?.close();
  }
}

async function write(records: GraphRecords, sink: Sink, rendered: RenderedEdges | undefined): Promise<void> {
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
      data('v_label', a.label) +
      data('v_kind', a.kind) +
      data('v_type', a.type) +
      data('v_mentions', a.mentions) +
      data('v_articles', a.articles) +
      data('v_aliases', a.aliases.join('; ')) +
      data('v_firstSeen', a.firstSeen) +
      data('v_lastSeen', a.lastSeen) +
      data('v_x', a.x) +
      data('v_y', a.y) +
      data('v_size', a.size) +
      data('v_color', a.color) +
      '    </node>\n';
    const w = sink.write(s);
    if (w) await w;
  }
  await writeEdgeSection(sink, records, rendered, graphmlEdges);
  await sink.write('  </graph>\n</graphml>\n');
  await sink.flush();
}

/** The edge elements of a batch of edges, each given to `put`, as `data` writes them; a value that plainly needs no escaping (./gexf-stream.ts PLAIN) is written as it is, and an edge all of whose values did is ASCII. */
export function graphmlEdges(batch: readonly EdgeSummary[], put: PutText): void {
  for (const e of batch) {
    let ascii = true;
    let source = e[RS.source];
    let target = e[RS.target];
    const type = e[RS.type];
    let typeText: string = type;
    if (!PLAIN.test(source)) {
      source = xmlAttr(source);
      ascii = false;
    }
    if (!PLAIN.test(target)) {
      target = xmlAttr(target);
      ascii = false;
    }
    if (!PLAIN.test(type)) {
      typeText = xmlAttr(type);
      ascii = false;
    }
    let key: string;
    if (e.length > RS_KEY) {
      key = e[RS_KEY]!;
      if (!PLAIN.test(key)) {
        key = xmlAttr(key);
        ascii = false;
      }
    } else key = `${source}|${typeText}|${target}`;
    let s = `    <edge id="${key}" source="${source}" target="${target}">\n`;
    if ((type as string) !== '') s += `      <data key="e_type">${typeText}</data>\n`;
    s += `      <data key="e_weight">${e[RS.weight]}</data>
      <data key="e_confidence">${confidenceText(e[RS.confidence])}</data>
      <data key="e_evidenceCount">${e[RS.evidenceCount]}</data>
`;
    const sentence = e[RS.sentence];
    if (PLAIN.test(sentence)) {
      if (sentence !== '') s += `      <data key="e_evidence">${sentence}</data>\n`;
    } else {
      s += data('e_evidence', foldSpace(sentence));
      ascii = false;
    }
    if (e[RS.hedged]) s += '      <data key="e_hedged">true</data>\n';
    const first = e[RS.firstSeen];
    if (first !== undefined && first !== '') {
      if (PLAIN.test(first)) s += `      <data key="e_firstSeen">${first}</data>\n`;
      else {
        s += data('e_firstSeen', first);
        ascii = false;
      }
    }
    const last = e[RS.lastSeen];
    if (last !== undefined && last !== '') {
      if (PLAIN.test(last)) s += `      <data key="e_lastSeen">${last}</data>\n`;
      else {
        s += data('e_lastSeen', last);
        ascii = false;
      }
    }
    const dates = e[RS.dates];
    if (dates.length) {
      const d = dates.length === 1 ? dates[0]! : dates.join(';');
      if (PLAIN.test(d)) {
        if (d !== '') s += `      <data key="e_dates">${d}</data>\n`;
      } else {
        s += data('e_dates', d);
        ascii = false;
      }
    }
    put(`${s}    </edge>\n`, ascii);
  }
}
