/**
 * Extraction entry point: one article in, its raw mentions, relations,
 * quotes and acronym aliases out. Pure and deterministic; the passes run in
 * the order of pipeline.ts.
 *
 * `options.lexicon` replaces the shipped lexicon (tests, evaluation);
 * `options.models` hands trained models to the passes that use them, so that
 * an evaluation can run each fold's own models.
 */
import type { Article } from '../types.ts';
import { InputError } from '../errors.ts';
import type { RawExtraction } from './types.ts';
import { defaultLexicon, type Lexicon } from './lexicon/index.ts';
import { runPasses } from './pipeline.ts';

export interface ExtractOptions {
  /** The lexicon to read; the shipped one (validated on first use) by default. */
  lexicon?: Lexicon;
  /** Trained models by name (the name tagger's, when present). */
  models?: Readonly<Record<string, unknown>>;
}

export function extract(article: Article, options: ExtractOptions = {}): RawExtraction {
  if (!article || typeof article !== 'object') throw new InputError('<article>', 'not an article object');
  if (typeof article.text !== 'string') throw new InputError(article.path ?? article.id ?? '<article>', 'article text is not a string');
  const meta = {
    id: article.id,
    title: article.title,
    ...(article.source !== undefined ? { source: article.source } : {}),
    ...(article.url !== undefined ? { url: article.url } : {}),
    ...(article.published !== undefined ? { published: article.published } : {}),
  };
  return runPasses(meta, article.text, { lexicon: options.lexicon ?? defaultLexicon(), models: options.models ?? {} });
}

export { tokenize, splitSentences } from './text.ts';
export type { Token, Sentence } from './text.ts';
