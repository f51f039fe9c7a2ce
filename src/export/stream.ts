/**
 * Streamed exports: one entry point for every format, writing export
 * records (./records.ts) to a stream or a folder row by row.
 *
 *   gexf       GEXF 1.3 for Gephi (dynamic when the articles are dated)   ./gexf-stream.ts
 *   graphml    GraphML                                                     ./graphml.ts
 *   json       graphology serialized JSON (the view opens it)              ./json-stream.ts
 *   neo4j-csv  nodes.csv + relationships.csv for neo4j-admin import        ./csv.ts
 *   gephi-csv  nodes.csv + edges.csv for Gephi's spreadsheet import        ./csv.ts
 */
import { createWriteStream, mkdirSync } from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import { UsageError } from '../errors.ts';
import { CSV_FILES, writeCsv, type CsvFlavour } from './csv.ts';
import { writeGexfStream } from './gexf-stream.ts';
import { writeGraphml } from './graphml.ts';
import { writeJsonStream } from './json-stream.ts';
import type { GraphRecords } from './records.ts';
import { streamSink } from './sink.ts';

export const EXPORT_FORMATS = ['gexf', 'graphml', 'json', 'neo4j-csv', 'gephi-csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function exportFormat(raw: string): ExportFormat {
  if (!(EXPORT_FORMATS as readonly string[]).includes(raw)) throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}, got "${raw}"`);
  return raw as ExportFormat;
}

/** Does the format write a folder of files (CSV) rather than one file? */
export function writesFolder(format: ExportFormat): boolean {
  return format.endsWith('-csv');
}

/** Where an export goes: a stream (one-file formats), or a file or folder path. */
export type ExportTarget = { stream: NodeJS.WritableStream } | { path: string };

async function toFile(file: string, write: (out: NodeJS.WritableStream) => Promise<void>): Promise<void> {
  const out = createWriteStream(file);
  try {
    await write(out);
  } finally {
    out.end();
  }
  if (!out.writableFinished) await once(out, 'finish');
}

/** Write `records` in `format` to `target`; returns the files written (none for a stream). */
export async function writeExport(records: GraphRecords, format: ExportFormat, target: ExportTarget): Promise<string[]> {
  if (writesFolder(format)) {
    if (!('path' in target)) throw new UsageError(`--format ${format} writes two files: give a folder with --out DIR`);
    const flavour = format.slice(0, -'-csv'.length) as CsvFlavour;
    mkdirSync(target.path, { recursive: true });
    const files = CSV_FILES[flavour];
    const nodesFile = path.join(target.path, files.nodes);
    const edgesFile = path.join(target.path, files.edges);
    await toFile(nodesFile, (nodes) => toFile(edgesFile, (edges) => writeCsv(records, flavour, { nodes: streamSink(nodes), edges: streamSink(edges) })));
    return [nodesFile, edgesFile];
  }
  const write = (out: NodeJS.WritableStream) => {
    const sink = streamSink(out);
    if (format === 'gexf') return writeGexfStream(records, sink);
    if (format === 'graphml') return writeGraphml(records, sink);
    return writeJsonStream(records, sink);
  };
  if ('stream' in target) {
    await write(target.stream);
    return [];
  }
  await toFile(target.path, write);
  return [target.path];
}
