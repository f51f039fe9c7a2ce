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
import { RS, RS_KEY, type GraphRecords } from './records.ts';
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

/** One CSV field: control characters dropped, line breaks to spaces, quoted when needed. */
export function csvField(v: Cell): string {
  if (v === undefined) return '';
  const s = xmlSafe(String(v)).replace(/[\r\n]+/g, ' ');
  return /[",]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

const row = (cells: Cell[]) => `${cells.map(csvField).join(',')}\n`;

/** `armed_group` -> `ArmedGroup`. */
const pascal = (s: string) => s.split('_').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');

/** A `;`-separated array field; `;` inside an element becomes `,` (the importer has no escape for it). */
const array = (items: readonly string[]) => items.map((x) => x.replace(/;/g, ',')).join(';');

const NEO4J_NODES = ['id:ID', ':LABEL', 'label', 'kind', 'type', 'mentions:int', 'articles:int', 'aliases:string[]', 'firstSeen:date', 'lastSeen:date', 'x:double', 'y:double', 'size:double'];
const NEO4J_RELS = [':START_ID', ':END_ID', ':TYPE', 'weight:int', 'confidence:double', 'evidenceCount:int', 'hedged:boolean', 'firstSeen:date', 'lastSeen:date', 'dates:date[]', 'evidence'];
const GEPHI_NODES = ['Id', 'Label', 'kind', 'type', 'mentions', 'articles', 'aliases', 'firstSeen', 'lastSeen', 'Interval', 'x', 'y', 'size', 'color'];
const GEPHI_EDGES = ['Source', 'Target', 'Type', 'Id', 'Label', 'Weight', 'confidence', 'evidenceCount', 'hedged', 'firstSeen', 'lastSeen', 'Interval', 'evidence'];

const day = (d: string | undefined) => d?.slice(0, 10);

export async function writeCsv(records: GraphRecords, flavour: CsvFlavour, sinks: { nodes: Sink; edges: Sink }): Promise<void> {
  const neo = flavour === 'neo4j';
  await sinks.nodes.write(row(neo ? NEO4J_NODES : GEPHI_NODES));
  for await (const { id, attrs: a } of records.nodes()) {
    const first = day(a.firstSeen);
    const last = day(a.lastSeen);
    const cells: Cell[] = neo
      ? [id, [...new Set([pascal(a.kind), pascal(a.type)])].join(';'), a.label, a.kind, a.type, a.mentions, a.articles, array(a.aliases), first, last, a.x, a.y, a.size]
      : [id, a.label, a.kind, a.type, a.mentions, a.articles, a.aliases.join('; '), first, last, first && last ? `<[${first}, ${last}]>` : undefined, a.x, a.y, a.size, a.color];
    const w = sinks.nodes.write(row(cells));
    if (w) await w;
  }
  await sinks.nodes.flush();
  await sinks.edges.write(row(neo ? NEO4J_RELS : GEPHI_EDGES));
  for await (const batch of records.edgeSummaries()) {
    for (const e of batch) {
      const source = e[RS.source];
      const target = e[RS.target];
      const type = e[RS.type];
      const dates = e[RS.dates];
      const hedged = e[RS.hedged] ? true : undefined;
      const cells: Cell[] = neo
        ? [source, target, type.toUpperCase(), e[RS.weight], e[RS.confidence], e[RS.evidenceCount], hedged, day(e[RS.firstSeen]), day(e[RS.lastSeen]), array(dates), foldSpace(e[RS.sentence])]
        : [
            source,
            target,
            SYMMETRIC_TYPES.has(type) ? 'Undirected' : 'Directed',
            e.length > RS_KEY ? e[RS_KEY] : `${source}|${type}|${target}`,
            type,
            e[RS.weight],
            e[RS.confidence],
            e[RS.evidenceCount],
            hedged,
            day(e[RS.firstSeen]),
            day(e[RS.lastSeen]),
            dates.length ? `<${dates.map((d) => `[${d}, ${d}]`).join('; ')}>` : undefined,
            foldSpace(e[RS.sentence]),
          ];
      const w = sinks.edges.write(row(cells));
      if (w) await w;
    }
  }
  await sinks.edges.flush();
}
