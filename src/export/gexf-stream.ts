/**
 * GEXF 1.3 written row by row from export records (./records.ts), for Gephi.
 * The same attributes, colours, sizes and positions as ./gexf-text.ts; in
 * addition, when the articles are dated, the graph is dynamic: each node
 * lives from its first to its last mention (`start`/`end`) and each edge has
 * one spell per distinct date of its evidence, so Gephi's timeline plays the
 * graph. Well-formed whatever the text holds (./xml.ts); valid against the
 * GEXF 1.3 grammar (test/export/stream.test.ts).
 */
import { TYPE_COLORS } from '../config.ts';
import type { RelationType } from '../types.ts';
import { RS, RS_KEY, type EdgeSummary, type GraphRecords, type RenderedEdges } from './records.ts';
import { writeEdgeSection } from './edge-section.ts';
import type { PutText, Sink } from './sink.ts';
import { xmlSafe } from './xml.ts';

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Any character an attribute value cannot hold as it is: markup, or what XML 1.0 forbids (./xml.ts; surrogates checked there). */
const NEEDS_WORK = /[&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** An attribute value: forbidden characters removed, markup escaped. */
export function xmlAttr(value: string | number): string {
  const s = String(value);
  return NEEDS_WORK.test(s) ? xmlSafe(s).replace(/[&<>"']/g, (c) => ESC[c]!) : s;
}

/**
 * Text an attribute value can hold as it is, all of it ASCII: printable
 * ASCII other than markup (`"&'<>`) and space, which is allowed between
 * words, one at a time (not at either end). What passes is its own
 * `xmlAttr` and its own `foldSpace`, and is written a byte per character.
 */
export const PLAIN = /^(?:[!#-%(-;=?-~]+(?: [!#-%(-;=?-~]+)*)?$/;
/** Printable ASCII (what a date, an id or a number usually is): known to be one byte per character. */
export const ASCII = /^[ -~]*$/;

/** What an edge element writes for its type, computed once per type: the type as an attribute, its closing colour, whether both are ASCII. */
interface TypeText {
  text: string;
  tail: string;
  ascii: boolean;
}
const TYPES = new Map<string, TypeText>();
function typeText(type: RelationType): TypeText {
  let t = TYPES.get(type);
  if (t === undefined) {
    const text = xmlAttr(type);
    const tail = `        <viz:color ${rgb(TYPE_COLORS[type])}/>\n      </edge>\n`;
    TYPES.set(type, (t = { text, tail, ascii: ASCII.test(type) && ASCII.test(tail) }));
  }
  return t;
}

/** The texts of the confidences k / 1000 (what a store's combined confidence always is), so that a summary's is not converted again. */
const PERMILLE = Array.from({ length: 1001 }, (_, k) => String(k / 1000));
/** `String(c)`, from PERMILLE when `c` is some k / 1000. */
export function confidenceText(c: number): string {
  const k = Math.round(c * 1000);
  return k >= 0 && k <= 1000 && k / 1000 === c ? PERMILLE[k]! : String(c);
}

export function rgb(hex: string): string {
  const n = parseInt(hex.replace('#', ''), 16);
  return `r="${(n >> 16) & 255}" g="${(n >> 8) & 255}" b="${n & 255}"`;
}

/** Anything `foldSpace` would change: a run of two, a white space other than ' ', one at either end. */
const SPACE_WORK = /\s\s|[^\S ]|^\s|\s$/;

/** Runs of white space as one space, none at either end (a sentence as the exports write it). */
export function foldSpace(s: string): string {
  return SPACE_WORK.test(s) ? s.replace(/\s+/g, ' ').trim() : s;
}

const NODE_ATTRS: Array<[string, string]> = [
  ['kind', 'string'],
  ['type', 'string'],
  ['mentions', 'integer'],
  ['articles', 'integer'],
  ['firstSeen', 'string'],
  ['lastSeen', 'string'],
  ['aliases', 'string'],
];
const EDGE_ATTRS: Array<[string, string]> = [
  ['type', 'string'],
  ['weight', 'integer'],
  ['confidence', 'double'],
  ['evidenceCount', 'integer'],
  ['evidence', 'string'],
  ['firstSeen', 'string'],
  ['lastSeen', 'string'],
];

/** One attvalue element (none for an empty value). */
function attvalue(k: string, v: string | number | undefined): string {
  return v === undefined || v === '' ? '' : `          <attvalue for="${k}" value="${xmlAttr(v)}"/>\n`;
}

/** A viz:color element's attributes for a hex colour, computed once per colour. */
const RGB = new Map<string, string>();
function rgbOf(hex: string): string {
  let c = RGB.get(hex);
  if (c === undefined) RGB.set(hex, (c = rgb(hex)));
  return c;
}

export async function writeGexfStream(records: GraphRecords, sink: Sink): Promise<void> {
  const dynamic = records.dated;
  // Edges written by worker threads when the records can (a large store file): started now, while the nodes are written here.
  const rendered = records.renderEdges?.(dynamic ? 'gexf-dynamic' : 'gexf');
  try {
    await writeGexf(records, sink, dynamic, rendered);
  } finally {
    await rendered?.close();
  }
}

async function writeGexf(records: GraphRecords, sink: Sink, dynamic: boolean, rendered: RenderedEdges | undefined): Promise<void> {
  const head = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf version="1.3" xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd">',
    '  <meta>',
    '    <creator>newsgraph</creator>',
    '    <description>Entity graph extracted from news articles</description>',
    '  </meta>',
    dynamic ? '  <graph defaultedgetype="directed" mode="dynamic" timeformat="date" timerepresentation="interval">' : '  <graph defaultedgetype="directed">',
    '    <attributes class="node">',
    ...NODE_ATTRS.map(([id, type]) => `      <attribute id="${id}" title="${id}" type="${type}"/>`),
    '    </attributes>',
    '    <attributes class="edge">',
    ...EDGE_ATTRS.map(([id, type]) => `      <attribute id="${id}" title="${id}" type="${type}"/>`),
    '    </attributes>',
    '    <nodes>',
    '',
  ];
  await sink.write(head.join('\n'));
  for await (const { id, attrs: a } of records.nodes()) {
    const time = dynamic && a.firstSeen && a.lastSeen ? ` start="${a.firstSeen.slice(0, 10)}" end="${a.lastSeen.slice(0, 10)}"` : '';
    let s =
      `      <node id="${xmlAttr(id)}" label="${xmlAttr(a.label)}"${time}>\n        <attvalues>\n` +
      attvalue('kind', a.kind) +
      attvalue('type', a.type) +
      attvalue('mentions', a.mentions) +
      attvalue('articles', a.articles) +
      attvalue('firstSeen', a.firstSeen) +
      attvalue('lastSeen', a.lastSeen) +
      attvalue('aliases', a.aliases.join('; ')) +
      '        </attvalues>\n';
    if (a.color) s += `        <viz:color ${rgbOf(a.color)}/>\n`;
    if (a.size !== undefined) s += `        <viz:size value="${a.size}"/>\n`;
    if (a.x !== undefined && a.y !== undefined) s += `        <viz:position x="${a.x}" y="${a.y}"/>\n`;
    const w = sink.write(`${s}      </node>\n`);
    if (w) await w;
  }
  await sink.write('    </nodes>\n    <edges>\n');
  await writeEdgeSection(sink, records, rendered, (batch, put) => gexfEdges(batch, dynamic, put));
  await sink.write('    </edges>\n  </graph>\n</gexf>\n');
  await sink.flush();
}

/** The edge elements of a batch of edges, each given to `put` (one text per edge: no long string to flatten). */
export function gexfEdges(batch: readonly EdgeSummary[], dynamic: boolean, put: PutText): void {
  for (const e of batch) {
    const type = e[RS.type];
    const tt = typeText(type);
    let ascii = tt.ascii;
    let source = e[RS.source];
    let target = e[RS.target];
    if (!PLAIN.test(source)) {
      source = xmlAttr(source);
      ascii = false;
    }
    if (!PLAIN.test(target)) {
      target = xmlAttr(target);
      ascii = false;
    }
    let key: string;
    if (e.length > RS_KEY) {
      key = e[RS_KEY]!;
      if (!PLAIN.test(key)) {
        key = xmlAttr(key);
        ascii = false;
      }
    } else key = `${source}|${tt.text}|${target}`;
    const weight = e[RS.weight];
    // One template per edge (the attvalues of ./gexf-text.ts, in the same order; empty ones left out).
    let s = `      <edge id="${key}" source="${source}" target="${target}" weight="${weight}" label="${type}">
        <attvalues>
          <attvalue for="type" value="${tt.text}"/>
          <attvalue for="weight" value="${weight}"/>
          <attvalue for="confidence" value="${confidenceText(e[RS.confidence])}"/>
          <attvalue for="evidenceCount" value="${e[RS.evidenceCount]}"/>
`;
    const sentence = e[RS.sentence];
    if (PLAIN.test(sentence)) {
      if (sentence !== '') s += `          <attvalue for="evidence" value="${sentence}"/>\n`;
    } else {
      const folded = foldSpace(sentence);
      if (folded !== '') s += `          <attvalue for="evidence" value="${xmlAttr(folded)}"/>\n`;
      ascii = false;
    }
    let first = e[RS.firstSeen];
    let last = e[RS.lastSeen];
    if (first) {
      if (!PLAIN.test(first)) {
        first = xmlAttr(first);
        ascii = false;
      }
      s += `          <attvalue for="firstSeen" value="${first}"/>\n`;
    }
    if (last) {
      if (!PLAIN.test(last)) {
        last = xmlAttr(last);
        ascii = false;
      }
      s += `          <attvalue for="lastSeen" value="${last}"/>\n`;
    }
    s += '        </attvalues>\n';
    const dates = e[RS.dates];
    if (dynamic && dates.length) {
      s += '        <spells>\n';
      for (const d of dates) {
        if (ascii && !ASCII.test(d)) ascii = false;
        s += `          <spell start="${d}" end="${d}"/>\n`;
      }
      s += '        </spells>\n';
    }
    put(s + tt.tail, ascii);
  }
}
