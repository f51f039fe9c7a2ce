/**
 * Canonical ids across articles. (Placeholder: identity until the
 * cross-article gazetteer rules land.)
 */
import type { ArticleExtraction } from '../types.ts';

export function canonicalizeArticle(ex: ArticleExtraction): ArticleExtraction {
  return ex;
}
