/**
 * graphology's serialized JSON (`graph.export()`: options, attributes, nodes,
 * edges) written row by row from export records (./records.ts), one node or
 * edge per line, with every edge's evidence and every node's quotes. The view
 * opens it (`?graph=` or Open…) and `graph.import()` reads it.
 *
 * The edges of a large SQLite store are written by the export's worker
 * threads (./parallel.ts, ./edge-job.ts: each edge as `,\n{...}`), else in
 * this thread from `edgeBatches()`: the same bytes either way.
 */
import type { GraphRecords, RenderedEdges } from './records.ts';
import type { Sink } from './sink.ts';

export async function writeJsonStream(records: GraphRecords, sink: Sink): Promise<void> {
  // Edges written by worker threads when the records can (a large store file): started now, while the nodes are written here.
  const rendered = records.renderEdges?.('json');
  try {
    await writeJson(records, sink, rendered);
  } finally {
    await rendered?.close();
  }
}

async function writeJson(records: GraphRecords, sink: Sink, rendered: RenderedEdges | undefined): Promise<void> {
  await sink.write(
    '{"options":{"type":"directed","multi":true,"allowSelfLoops":false},\n"attributes":{"generator":"newsgraph","format":"graphology"},\n"nodes":[',
  );
  let first = true;
  for await (const { id, attrs } of records.nodes()) {
    const w = sink.write(`${first ? '\n' : ',\n'}${JSON.stringify({ key: id, attributes: attrs })}`);
    first = false;
    if (w) await w;
  }
  await sink.write('\n],\n"edges":[');
  if (rendered) await renderedEdges(sink, rendered);
  else {
    first = true;
    for await (const batch of records.edgeBatches()) {
      for (const { key, source, target, attrs } of batch) {
        const w = sink.write(`${first ? '\n' : ',\n'}${JSON.stringify({ key, source, target, attributes: attrs })}`);
        first = false;
        if (w) await w;
      }
    }
  }
  await sink.write('\n]}\n');
  await sink.flush();
}

/** The workers' edges, each `,\n{...}`: the first one's comma dropped, as the one-thread path writes `\n{...}` first. */
async function renderedEdges(sink: Sink, rendered: RenderedEdges): Promise<void> {
  let first = true;
  for await (const bytes of rendered.chunks()) {
    if (!bytes.byteLength) {
      rendered.giveBack(bytes);
      continue;
    }
    const out = first ? bytes.subarray(1) : bytes;
    first = false;
    // Not copied: the stream writes the worker's bytes, which go back to it once written.
    const w = sink.lend(out, () => rendered.giveBack(bytes));
    if (w) await w;
  }
}
