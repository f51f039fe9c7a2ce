/**
 * graphology's serialized JSON (`graph.export()`: options, attributes, nodes,
 * edges) written row by row from export records (./records.ts), one node or
 * edge per line, with every edge's evidence and every node's quotes. The view
 * opens it (`?graph=` or Open…) and `graph.import()` reads it.
 */
import type { GraphRecords } from './records.ts';
import type { Sink } from './sink.ts';

export async function writeJsonStream(records: GraphRecords, sink: Sink): Promise<void> {
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
  first = true;
  for await (const batch of records.edgeBatches()) {
    for (const { key, source, target, attrs } of batch) {
      const w = sink.write(`${first ? '\n' : ',\n'}${JSON.stringify({ key, source, target, attributes: attrs })}`);
      first = false;
      if (w) await w;
    }
  }
  await sink.write('\n]}\n');
  await sink.flush();
}
