/**
 * Plain-text reader: the file is the article text, byte for byte (a UTF-8
 * BOM aside). The title is the first line.
 */
import { makeArticle } from './article.ts';
import type { Reader } from './types.ts';

export const readText: Reader = (content, path) => {
  const text = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
  if (!text.trim()) return [{ failed: true, path, reason: 'empty file' }];
  return [makeArticle({ text, path })];
};
