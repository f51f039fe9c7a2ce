/**
 * Resolution: from one article's raw mentions to canonical entities.
 *
 * `analyzeArticle` is the whole per-article pipeline behind the extraction
 * contract: extract (src/extract) -> cluster mentions within the article
 * (./article.ts) -> canonical ids across articles (./canonical.ts).
 */
import { extract, type ExtractOptions } from '../extract/index.ts';
import { resolveArticle } from './article.ts';
import { canonicalizeArticle } from './canonical.ts';
import type { Article, ArticleExtraction } from '../types.ts';

export function analyzeArticle(article: Article, options: ExtractOptions = {}): ArticleExtraction {
  return canonicalizeArticle(resolveArticle(extract(article, options)));
}
