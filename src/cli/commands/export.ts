/**
 * `newsgraph export`: write the graph as GEXF 1.3 (Gephi, dynamic when the
 * articles are dated), GraphML, graphology JSON (the view opens it), or CSV
 * for Neo4j's importer or Gephi's spreadsheet import. From the store by
 * default, streamed row by row (src/export/stream.ts); from article files
 * directly when paths are given. Everything it needs is imported when it
 * runs: the command list loads none of it.
 */
import { UsageError } from '../../errors.ts';
import { int, str, type Command } from '../command.ts';
import { DB_HELP, DB_OPTION, withStore } from './store-io.ts';
import { DEFAULTS } from '../../config.ts';
import type { ArticleExtraction } from '../../types.ts';
import type { ExportFormat, ExportTarget } from '../../export/stream.ts';
import type { LayoutMode } from '../../api.ts';
import { INPUT_HELP, INPUT_OPTIONS, formatSkipped, inputOptions } from '../input-options.ts';

const FORMATS = ['gexf', 'graphml', 'json', 'neo4j-csv', 'gephi-csv'] as const;
const LAYOUTS = ['auto', 'cached', 'fa2', 'none'] as const;

type Args = Parameters<Command['run']>[0];
type IO = Parameters<Command['run']>[1];

/** `export <paths>`: extract the articles and export the graph they make, without a store. */
async function exportPaths(paths: string[], format: ExportFormat, target: ExportTarget, layout: LayoutMode, seed: number, args: Args, io: IO) {
  const [{ readArticles }, { analyzeArticle }, { graphFromExtractions }, { graphRecords }, { writeExport }, { layoutGraph }, { positionsOf }] = await Promise.all([
    import('../../ingest/index.ts'),
    import('../../resolve/index.ts'),
    import('../../graph/from-extractions.ts'),
    import('../../export/records.ts'),
    import('../../export/stream.ts'),
    import('../../layout/index.ts'),
    import('../../layout/cache.ts'),
  ]);
  const { sortedCopy } = await import('../../graph/sorted.ts');
  if (layout === 'cached') throw new UsageError('--layout cached needs a store (there is no layout cache for article files)');
  const input = inputOptions(args, io);
  const extractions: ArticleExtraction[] = [];
  let failed = 0;
  for await (const r of readArticles(paths, { stdin: io.stdin, ...input.read })) {
    if ('failed' in r) {
      failed++;
      io.stderr.write(`InputError: ${r.path}: ${r.reason}\n`);
    } else {
      extractions.push(analyzeArticle(r));
    }
  }
  io.stderr.write(formatSkipped(input.report, io.cwd));
  const graph = graphFromExtractions(extractions);
  const positions = layout === 'none' ? undefined : positionsOf(layoutGraph(sortedCopy(graph), { seed }));
  const records = graphRecords(graph, { ...(positions ? { positions } : {}), quotes: format === 'json' });
  const files = await writeExport(records, format, target);
  return { nodes: records.counts.nodes, edges: records.counts.edges, files, failed };
}

export const exportCommand: Command = {
  name: 'export',
  summary: 'Export the graph: GEXF 1.3 (Gephi), GraphML, graphology JSON, or CSV for Neo4j or Gephi',
  usage: 'newsgraph export [paths...] --format gexf|graphml|json|neo4j-csv|gephi-csv [--out FILE|DIR] [--layout auto|cached|fa2|none] [--db <file>] [filters]',
  help: [
    ['--format F', 'gexf (default; dynamic when articles are dated), graphml, json, neo4j-csv or gephi-csv (the CSV formats write two files into --out DIR)'],
    ['--out PATH', 'write to PATH (a folder for the CSV formats) instead of stdout'],
    ['--layout L', `node positions: cached (the last full layout of this store), fa2 (run ForceAtlas2), none, or auto (default: cached, else fa2 up to 20000 nodes)`],
    DB_HELP,
    ['--kinds K,..', 'only these node kinds (actor, place, force, camp)'],
    ['--types T,..', 'only these edge types'],
    ['--min-confidence C', 'only edges with combined confidence >= C'],
    ['--since DATE', 'only evidence from articles published on or after DATE'],
    ['--until DATE', 'only evidence from articles published on or before DATE'],
    ['--ego NODE', 'only the nodes within --depth hops of NODE (a name or id)'],
    ['--depth N', `hops of --ego, 0 to ${DEFAULTS.maxDepth} (default 1)`],
    ['--seed N', `layout seed (default ${DEFAULTS.layoutSeed})`],
    ['paths...', 'export these article files instead of the store (no store needed)'],
    ...INPUT_HELP,
  ],
  options: {
    ...INPUT_OPTIONS,
    ...DB_OPTION,
    format: { type: 'string', short: 'f' },
    out: { type: 'string', short: 'o' },
    layout: { type: 'string' },
    kinds: { type: 'string' },
    types: { type: 'string' },
    'min-confidence': { type: 'string' },
    since: { type: 'string' },
    until: { type: 'string' },
    ego: { type: 'string' },
    depth: { type: 'string' },
    seed: { type: 'string' },
  },
  async run(args, io) {
    const format = (str(args, 'format') ?? 'gexf') as ExportFormat;
    if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got "${format}"`);
    const layout = (str(args, 'layout') ?? 'auto') as LayoutMode;
    if (!(LAYOUTS as readonly string[]).includes(layout)) throw new UsageError(`--layout must be one of ${LAYOUTS.join(', ')}, got "${layout}"`);
    const seed = int(args, 'seed', DEFAULTS.layoutSeed);
    const out = str(args, 'out');
    if (format.endsWith('-csv') && !out) throw new UsageError(`--format ${format} writes two files: give a folder with --out DIR`);
    const target: ExportTarget = out ? { path: out } : { stream: io.stdout };
    const ego = str(args, 'ego');
    if (str(args, 'depth') !== undefined && ego === undefined) throw new UsageError('--depth goes with --ego');
    let summary: { nodes: number; edges: number; files: string[]; failed?: number; layout?: string };
    if (args.positionals.length > 0) {
      if (ego !== undefined) throw new UsageError('--ego needs a store (not article paths)');
      summary = await exportPaths(args.positionals, format, target, layout, seed, args, io);
    } else {
      summary = await withStore(args, io, true, (ng) =>
        ng.exportGraph(format, target, {
          kinds: str(args, 'kinds'),
          types: str(args, 'types'),
          minConfidence: str(args, 'min-confidence'),
          since: str(args, 'since'),
          until: str(args, 'until'),
          ...(ego !== undefined ? { ego: { id: ego, depth: str(args, 'depth') ?? 1 } } : {}),
          layout,
          seed,
          onNote: (line) => io.stderr.write(`${line}\n`),
        }),
      );
    }
    if (out) io.stderr.write(`wrote ${summary.files.join(', ')}: ${summary.nodes} nodes, ${summary.edges} edges (${format}${summary.layout ? `, layout ${summary.layout}` : ''})\n`);
    return (summary.failed ?? 0) > 0 ? 1 : 0;
  },
};
