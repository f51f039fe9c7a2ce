/**
 * Fold per-article extractions into one `NewsGraph`: one node per entity id,
 * one edge per (source, type, target), evidence and quotes accumulated.
 */
import { createGraph } from './create.ts';
import { addEvidence, upsertNode } from './accumulate.ts';
import type { ArticleExtraction, NewsGraph } from '../types.ts';

export function addExtraction(graph: NewsGraph, ex: ArticleExtraction): void {
  const { article } = ex;
  for (const e of ex.entities) {
    upsertNode(graph, {
      id: e.id,
      label: e.label,
      type: e.type,
      aliases: e.aliases,
      mentions: e.mentions.length,
      titles: e.titles,
      roles: e.roles,
      possiblySameAs: e.possiblySameAs,
      published: article.published,
    });
  }
  for (const r of ex.relations) {
    if (!graph.hasNode(r.source) || !graph.hasNode(r.target)) continue;
    for (const ev of r.evidence) {
      addEvidence(graph, r.type, r.source, r.target, {
        ...ev,
        articleId: article.id,
        articleTitle: article.title,
        ...(article.source ? { articleSource: article.source } : {}),
        ...(article.url ? { articleUrl: article.url } : {}),
        ...(article.published ? { published: article.published } : {}),
      });
    }
  }
  for (const q of ex.quotes) {
    if (!graph.hasNode(q.speaker)) continue;
    graph.updateNodeAttribute(q.speaker, 'quotes', (quotes) => [
      ...(quotes ?? []),
      {
        ...q,
        articleId: article.id,
        articleTitle: article.title,
        ...(article.published ? { published: article.published } : {}),
      },
    ]);
  }
}

export function graphFromExtractions(extractions: Iterable<ArticleExtraction>): NewsGraph {
  const graph = createGraph();
  for (const ex of extractions) addExtraction(graph, ex);
  return graph;
}
