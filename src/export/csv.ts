/**
 * CSV written row by row from export records (./records.ts), in two
 * flavours, each a node file and an edge file:
 *
 * - `neo4j`: `nodes.csv` and `relationships.csv` with the typed headers of
 *   `neo4j-admin database import full` (`id:ID`, `:LABEL`, `mentions:int`,
 *   `firstSeen:date`, `:START_ID`, `:END_ID`, `:TYPE`, `dates:date[]`; arrays
 *   use the importer's default `;` delimiter):
 *     neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv
 *   Labels are the kind and the type (`Actor;ArmedGroup`), relationship types
 *   the edge type in capitals (`ATTACKS`).
 * - `gephi`: `nodes.csv` (`Id`, `Label`, ...) and `edges.csv` (`Source`,
 *   `Target`, `Type` Directed/Undirected, `Id`, `Label`, `Weight`, ...) for
 *   Gephi's spreadsheet import; `Interval` holds the time as Gephi writes it:
 *   `<[first, last]>` for a node, one `[day, day]` per evidence day for an
 *   edge (choose "Interval" for that column in the import wizard).
 *
 * Fields are quoted when they hold a comma, a quote or a line break; line
 * breaks inside a field become spaces (the Neo4j importer refuses them unless
 * told `--multiline-fields`).
 */
import { SYMMETRIC_TYPES } from '../types.ts';
import { foldSpace } from './gexf-stream.ts';
import { RS, RS_KEY, type EdgeSummary, type GraphRecords, type RenderedEdges } from './records.ts';
import { writeEdgeSection } from './edge-section.ts';
import type { Sink } from './sink.ts';
import { xmlSafe } from './xml.ts';

export const CSV_FLAVOURS = ['neo4j', 'gephi'] as const;
export type CsvFlavour = (typeof CSV_FLAVOURS)[number];

/** The two file names of a flavour. */
export const CSV_FILES: Record<CsvFlavour, { nodes: string; edges: string }> = {
  neo4j: { nodes: 'nodes.csv', edges: 'relationships.csv' },
  gephi: { nodes: 'nodes.csv', edges: 'edges.csv' },
};

type Cell = string | number | boolean | undefined;

/** Anything `csvField` would change: a control character, a quote, a comma, a surrogate, U+FFFE/U+FFFF, white space at either end. */
const CSV_WORK = /[\u0000-\u001F",\uD800-\uDFFF\uFFFE\uFFFF]|^\s|\s$/;

/** One CSV field: control characters dropped, line breaks to spaces, quoted when needed. */
export function csvField(v: Cell): string {
  if (v === undefined) return '';
  const s0 = String(v);
  if (!CSV_WORK.test(s0)) return s0;
  const s = xmlSafe(s0).replace(/[\r\n]+/g, ' ');
  return /[",]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A number's field (a number's text never needs quoting). */
const num = (v: number | undefined): string => (v === undefined ? '' : String(v));

const row = (cells: Cell[]) => `${cells.map(csvField).join(',')}\n`;

/** `armed_group` -> `ArmedGroup`. */
const pascal = (s: string) => s.split('_').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');

/** A node's Neo4j labels: its kind and its type (once when they are the same word), e.g. `Actor;ArmedGroup`; computed once per pair. */
const LABELS = new Map<string, string>();
function labels(kind: string, type: string): string {
  const k = `${kind} ${type}`;
  let l = LABELS.get(k);
  if (l === undefined) LABELS.set(k, (l = [...new Set([pascal(kind), pascal(type)])].join(';')));
  return l;
}

/** A `;`-separated array field; `;` inside an element becomes `,` (the importer has no escape for it). */
const array = (items: readonly string[]) => items.map((x) => x.replace(/;/g, ',')).join(';');

const NEO4J_NODES = ['id:ID', ':LABEL', 'label', 'kind', 'type', 'mentions:int', 'articles:int', 'aliases:string[]', 'firstSeen:date', 'lastSeen:date', 'x:double', 'y:double', 'size:double'];
const NEO4J_RELS = [':START_ID', ':END_ID', ':TYPE', 'weight:int', 'confidence:double', 'evidenceCount:int', 'hedged:boolean', 'firstSeen:date', 'lastSeen:date', 'dates:date[]', 'evidence'];
const GEPHI_NODES = ['Id', 'Label', 'kind', 'type', 'mentions', 'articles', 'aliases', 'firstSeen', 'lastSeen', 'Interval', 'x', 'y', 'size', 'color'];
const GEPHI_EDGES = ['Source', 'Target', 'Type', 'Id', 'Label', 'Weight', 'confidence', 'evidenceCount', 'hedged', 'firstSeen', 'lastSeen', 'Interval', 'evidence'];

const day = (d: string | undefined) => d?.slice(0, 10);

export async function writeCsv(records: GraphRecords, flavour: CsvFlavour, sinks: { nodes: Sink; edges: Sink }): Promise<void> {
  // Edges written by worker threads when the records can (a large store file): started now, while the nodes are written here.
  const rendered = records.renderEdges?.(flavour);
  try {
    await write(records, flavour, sinks, rendered);
  } finally {
    await rendered?.close();
  }
}

async function write(records: GraphRecords, flavour: CsvFlavour, sinks: { nodes: Sink; edges: Sink }, rendered: RenderedEdges | undefined): Promise<void> {
  const neo = flavour === 'neo4j';
  await sinks.nodes.write(row(neo ? NEO4J_NODES : GEPHI_NODES));
  for await (const { id, attrs: a } of records.nodes()) {
    const first = day(a.firstSeen);
    const last = day(a.lastSeen);
    const f = csvField;
    const line = neo
      ? `${f(id)},${f(labels(a.kind, a.type))},${f(a.label)},${f(a.kind)},${f(a.type)},${num(a.mentions)},${num(a.articles)},${f(array(a.aliases))},${f(first)},${f(last)},${num(a.x)},${num(a.y)},${num(a.size)}\n`
      : `${f(id)},${f(a.label)},${f(a.kind)},${f(a.type)},${num(a.mentions)},${num(a.articles)},${f(a.aliases.join('; '))},${f(first)},${f(last)},${f(first && last ? `<[${first}, ${last}]>` : undefined)},${num(a.x)},${num(a.y)},${num(a.size)},${f(a.color)}\n`;
    const w = sinks.nodes.write(line);
    if (w) await w;
  }
  await sinks.nodes.flush();
  await sinks.edges.write(row(neo ? NEO4J_RELS : GEPHI_EDGES));
  await writeEdgeSection(sinks.edges, records, rendered, (batch, put) => csvEdges(batch, flavour, put));
  await sinks.edges.flush();
}

/** The rows of a batch of edges, each given to `put`. */
export function csvEdges(batch: readonly EdgeSummary[], flavour: CsvFlavour, put: (text: string) => void): void {
  const neo = flavour === 'neo4j';
  const f = csvField;
  for (const e of batch) {
    const source = f(e[RS.source]);
    const target = f(e[RS.target]);
    const type = e[RS.type];
    const dates = e[RS.dates];
    const hedged = e[RS.hedged] ? 'true' : '';
    const first = f(day(e[RS.firstSeen]));
    const last = f(day(e[RS.lastSeen]));
    const sentence = f(foldSpace(e[RS.sentence]));
    put(
      neo
      ? `${source},${target},${f(type.toUpperCase())},${num(e[RS.weight])},${num(e[RS.confidence])},${num(e[RS.evidenceCount])},${hedged},${first},${last},${f(array(dates))},${sentence}\n`
      : `${source},${target},${SYMMETRIC_TYPES.has(type) ? 'Undirected' : 'Directed'},${f(e.length > RS_KEY ? e[RS_KEY] : `${e[RS.source]}|${type}|${e[RS.target]}`)},${f(type)},${num(e[RS.weight])},${num(e[RS.confidence])},${num(e[RS.evidenceCount])},${hedged},${first},${last},${f(dates.length ? `<${dates.map((d) => `[${d}, ${d}]`).join('; ')}>` : undefined)},${sentence}\n`,
    );
  }
}
