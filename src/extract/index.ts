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
import { blankEmphasis } from './text/emphasis.ts';
import type { EventVerbs } from './events/pass.ts';

export interface ExtractOptions {
  /** The lexicon to read; the shipped one (validated on first use) by default. */
  lexicon?: Lexicon;
  /**
   * Trained models by name. `tagger`: the name tagger that proposes names
   * outside the lexicon; the shipped models (loaded on first use) when
   * absent, another one from `loadTagger(dir)` (evaluation folds), `false`
   * for none (lexicon and patterns only: main's extraction before the tagger).
   */
  models?: Readonly<Record<string, unknown>>;
  /** The event verb dictionary (`eventVerbsFrom` in events/pass.ts); the shipped CAMEO verbs by default. */
  events?: EventVerbs;
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
  // (emphasis marks read as blanks, text/emphasis.ts; what the extraction quotes comes from the article's own text)
  const text = blankEmphasis(article.text);
  const raw = runPasses(meta, text, { lexicon: options.lexicon ?? defaultLexicon(), models: options.models ?? {}, ...(options.events ? { events: options.events } : {}) });
  return text === article.text ? raw : ownText(raw, article.text);
}

/** An extraction of a blanked text with the article's own text, its evidence sentences and quotations cut from it. */
function ownText(raw: RawExtraction, text: string): RawExtraction {
  return {
    ...raw,
    text,
    relations: raw.relations.map((r) => ({ ...r, evidence: { ...r.evidence, sentence: text.slice(r.evidence.start, r.evidence.end) } })),
    quotes: raw.quotes.map((q) => ({ ...q, text: text.slice(q.start, q.end) })),
  };
}

export { tokenize, splitSentences } from './text.ts';
export type { Token, Sentence } from './text.ts';
