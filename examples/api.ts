// newsgraph's TypeScript API, end to end. Run: npx tsx examples/api.ts [store.db]
import { openNewsgraph, readAll, analyzeArticle, graphFromExtractions, toGexf } from '../src/index.ts';

export async function tour(db = 'example.db'): Promise<string[]> {
  const out: string[] = [];

  // A store: ingest, then query (every store call is async). Re-ingesting unchanged articles is a no-op.
  const ng = openNewsgraph({ db });
  const summary = await ng.ingestPaths(['corpus']);
  out.push(`added ${summary.added}, skipped ${summary.skipped}, failed ${summary.failed.length}`);

  const isis = await ng.neighbors('ISIS', { types: ['attacks'], direction: 'out' });
  for (const n of isis.neighbors) out.push(`${isis.node.label} attacks ${n.label} (${n.evidenceCount} evidence)`);

  const hit = (await ng.search('syrian dem')).hits[0];
  if (hit) out.push(`search: ${hit.label} (${hit.id})`);

  const sdf = await ng.node('SDF');
  out.push(`${sdf.label}: ${sdf.mentions} mentions, aliases ${sdf.aliases.join(', ')}`);

  const route = await ng.path('Rohilat Afrin', 'ISIS', { maxDepth: 4 });
  out.push(`path: ${route.nodes.map((n) => n.label).join(' -> ')}`);

  const gexf = toGexf(await ng.egoGraph('isis', 1));
  out.push(`ego GEXF: ${gexf.length} bytes`);
  await ng.close();

  // No store: extract and build a graph in memory.
  const { articles } = await readAll(['corpus/seed.article.txt']);
  const graph = graphFromExtractions(articles.map((a) => analyzeArticle(a)));
  out.push(`seed article: ${graph.order} nodes, ${graph.size} edges`);
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const line of await tour(process.argv[2])) console.log(line);
}
