/**
 * Inline emphasis marks in running text ("**Kurakhove**", "_the group_"), as
 * Markdown, Telegram exports and pasted blog posts carry them in plain-text
 * and JSON-lines articles: the Markdown reader (src/ingest/markdown.ts) strips
 * them from `.md` files, but any other article may hold them, and a name
 * between them is no name to the readers of capitalised words.
 *
 * The marks are read as blanks of the same length, so every offset into the
 * analysed text is an offset into the article's own text.
 */

/**
 * A pair of marks on one line: one to three `*` or `_` opening a word (no letter or digit before them), the same marks
 * closing a word (no letter, digit or space before them, no letter or digit after). Marks that open list items
 * flattened into one line ("***Unification Army ***The White Shroud") close nothing and are left alone.
 */
const EMPHASIS = /(?<![\p{L}\p{N}*_])([*_]{1,3})(?=[\p{L}\p{N}"“‘'(])([^\n*_]*?[^\s*_])\1(?![\p{L}\p{N}*_])/gu;

/** The text with emphasis marks blanked (the same string when it holds none). */
export function blankEmphasis(text: string): string {
  if (!text.includes('*') && !text.includes('_')) return text;
  return text.replace(EMPHASIS, (_m, mark: string, inner: string) => ' '.repeat(mark.length) + inner + ' '.repeat(mark.length));
}
