/** The edges of a batch in one of the one-line-per-edge formats, each given to `put` as text (what ./edge-job.ts writes in a worker thread). */
import { csvEdges } from './csv.ts';
import { gexfEdges } from './gexf-stream.ts';
import type { PutText } from './sink.ts';
import { graphmlEdges } from './graphml.ts';
import type { EdgeFormat } from './parallel.ts';
import type { EdgeSummary } from './records.ts';

export function edgeText(format: EdgeFormat, batch: readonly EdgeSummary[], put: PutText): void {
  switch (format) {
    case 'gexf':
      return gexfEdges(batch, false, put);
    case 'gexf-dynamic':
      return gexfEdges(batch, true, put);
    case 'graphml':
      return graphmlEdges(batch, put);
    case 'neo4j':
    case 'gephi':
      return csvEdges(batch, format, put);
    case 'json':
      throw new Error('edgeText: JSON edges are folded from evidence rows (./edge-job.ts), not from summaries');
  }
}
