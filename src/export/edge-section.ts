/**
 * The edge part of a streamed export, one way for every format: the bytes the
 * edge workers rendered (./parallel.ts), in order, or else the relation
 * summaries of this thread, each batch written as text by the format's
 * writer and drained before the next batch is read.
 */
import type { EdgeSummary, GraphRecords, RenderedEdges } from './records.ts';
import type { PutText, Sink } from './sink.ts';

export async function writeEdgeSection(
  sink: Sink,
  records: GraphRecords,
  rendered: RenderedEdges | undefined,
  writeBatch: (batch: readonly EdgeSummary[], put: PutText) => void,
): Promise<void> {
  if (rendered) {
    for await (const bytes of rendered.chunks()) {
      // Not copied: the stream writes the worker's bytes, which go back to it once written.
      const w = sink.lend(bytes, () => rendered.giveBack(bytes));
      if (w) await w;
    }
    return;
  }
  let pending: Promise<void> | undefined;
  const put: PutText = (text, ascii) => {
    pending = sink.write(text, ascii) ?? pending;
  };
  for await (const batch of records.edgeSummaries()) {
    writeBatch(batch, put);
    if (pending) await pending;
    pending = undefined;
  }
}
