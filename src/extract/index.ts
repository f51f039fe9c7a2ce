/**
 * Extraction entry point: one article in, its raw mentions, relations,
 * quotes and acronym aliases out. Pure and deterministic.
 *
 * Pipeline: tokens -> lexicon + name-pattern mentions (mentions.ts) ->
 * sentences (text.ts) -> relation rules over masked sentences
 * (relations.ts) -> quotes (quotes.ts). Sentences without two mentions are
 * never matched, and compromise (plugin.ts) is consulted only for unknown
 * capitalised names.
 */
import type { Article } from '../types.ts';
import { InputError } from '../errors.ts';
import type { RawExtraction, RawRelation } from './types.ts';
import { spansBySentence, splitSentences, tokenize } from './text.ts';
import { findMentions } from './mentions.ts';
import { maskSentence, matchSentence } from './relations.ts';
import { findQuotes } from './quotes.ts';
import { findStrikeReports } from './strike-report.ts';
import { firstPersonRelations } from './first-person.ts';
import { unitHierarchy } from './units.ts';
import { knownContainment } from './containment.ts';
import type { Tagger } from './tagger/ner.ts';
import { defaultTagger } from './tagger/models.ts';

export interface ExtractOptions {
  /**
   * The trained name tagger that proposes names outside the lexicon: the
   * shipped models by default (loaded on first use), another `Tagger` to
   * inject one (the cross-source evaluation's fold models), or `false` for
   * none (lexicon and patterns only).
   */
  tagger?: Tagger | false;
}

export function extract(article: Article, options: ExtractOptions = {}): RawExtraction {
  if (!article || typeof article !== 'object') throw new InputError('<article>', 'not an article object');
  if (typeof article.text !== 'string') throw new InputError(article.path ?? article.id ?? '<article>', 'article text is not a string');
  const { text } = article;
  const meta = {
    id: article.id,
    title: article.title,
    ...(article.source !== undefined ? { source: article.source } : {}),
    ...(article.url !== undefined ? { url: article.url } : {}),
    ...(article.published !== undefined ? { published: article.published } : {}),
  };
  const tokens = tokenize(text);
  const sentences = splitSentences(text);
  const tagger = options.tagger === false ? undefined : (options.tagger ?? defaultTagger());
  const { mentions, aliases } = findMentions(text, tokens, new Set(sentences.map((s) => s.start)), tagger ? { tagger, sentences } : {});
  const ranges = spansBySentence(sentences, mentions);
  // first: it also retypes the unknown names that head strike lines as places
  const strikes = findStrikeReports(text, sentences, mentions, ranges);
  const relations: RawRelation[] = strikes.relations;
  sentences.forEach((s, k) => {
    const [mi, mj] = ranges[k]!;
    if (mj - mi >= 1) {
      const masked = maskSentence(text, s, mentions, mi, mj);
      if (masked.at.length >= 2 || (masked.at.length >= 1 && /responsib|target|support|attack/i.test(s.text))) {
        const found = matchSentence(masked, s, mentions);
        // a strike line's places are read by strike-report.ts, thing by thing
        relations.push(...(strikes.lines.has(s.start) ? found.filter((r) => r.evidence.rule !== 'located-report-frame') : found));
      }
    }
  });
  relations.push(...unitHierarchy(text, sentences, mentions, ranges));
  relations.push(...knownContainment(sentences, mentions, ranges));
  const q = findQuotes(text, sentences, mentions);
  relations.push(...firstPersonRelations(text, sentences, mentions, ranges, q.quotes, relations));
  relations.push(...q.relations);
  return { article: meta, text, mentions, relations, quotes: q.quotes, aliases };
}
