/**
 * Fold per-article extractions into one `NewsGraph`: one node per entity id,
 * one edge per (source, type, target), evidence and quotes accumulated.
 */
import { createGraph } from './create.ts';
import { addEvidence, upsertNode } from './accumulate.ts';
import { preferLabel, vote } from '../util/combine.ts';
import { KIND_OF_TYPE } from '../types.ts';
import type { EntityType } from '../types.ts';
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

/**
 * One graph from many articles. A node's label and type are what most
 * articles say (`vote`), as in the store, so the two agree.
 */
export function graphFromExtractions(extractions: Iterable<ArticleExtraction>): NewsGraph {
  const graph = createGraph();
  const labels = new Map<string, Map<string, number>>();
  const types = new Map<string, Map<EntityType, number>>();
  const count = <T>(m: Map<string, Map<T, number>>, id: string, v: T) => {
    const votes = m.get(id) ?? new Map<T, number>();
    votes.set(v, (votes.get(v) ?? 0) + 1);
    m.set(id, votes);
  };
  for (const ex of extractions) {
    addExtraction(graph, ex);
    for (const e of ex.entities) {
      count(labels, e.id, e.label);
      count(types, e.id, e.type);
    }
  }
  graph.forEachNode((id, a) => {
    const label = vote(labels.get(id)!, preferLabel);
    const type = vote(types.get(id)!);
    if (label === a.label && type === a.type) return;
    const aliases = [...new Set([...a.aliases, a.label])].filter((x) => x !== label).sort();
    graph.mergeNodeAttributes(id, { label, type, kind: KIND_OF_TYPE[type], aliases });
  });
  return graph;
}
