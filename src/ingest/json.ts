/**
 * JSON and JSON-lines readers: one article per object with
 * `id, title, text, source, url, published` (`date` is accepted for
 * `published`). `text` is kept exactly; a bad line or object is reported by
 * path, line and reason, and the rest of the file is still read.
 */
import { describeValue, makeArticle } from './article.ts';
import type { ReadResult, Reader, ReaderContext } from './types.ts';

/**
 * One JSON value to an article. `text` must be a non-empty string and `id`,
 * when present, a string or a number; anything else fails the record. Other
 * fields of the wrong type are dropped with a warning (see `makeArticle`).
 */
function fromObject(obj: unknown, where: string, ctx?: ReaderContext): ReadResult {
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) {
    return { failed: true, path: where, reason: `expected an object with a "text" field, got ${describeValue(obj)}` };
  }
  const o = obj as Record<string, unknown>;
  if (o.text === undefined || o.text === null) return { failed: true, path: where, reason: 'missing string field "text"' };
  if (typeof o.text !== 'string') return { failed: true, path: where, reason: `field "text" must be a string, got ${describeValue(o.text)}` };
  if (!o.text.trim()) return { failed: true, path: where, reason: 'empty "text"' };
  if (o.id !== undefined && o.id !== null && typeof o.id !== 'string' && !(typeof o.id === 'number' && Number.isFinite(o.id))) {
    return { failed: true, path: where, reason: `field "id" must be a string or a number, got ${describeValue(o.id)}` };
  }
  return makeArticle(
    {
      id: o.id,
      title: o.title,
      text: o.text,
      source: o.source,
      url: o.url,
      published: o.published ?? o.date ?? o.pubDate,
      path: where,
    },
    ctx?.onWarning,
  );
}

export const readJsonLines: Reader = (content, path, ctx) => {
  const out: ReadResult[] = [];
  const lines = content.split('\n');
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    const where = `${path}:${i + 1}`;
    let obj: unknown;
    try {
      obj = JSON.parse(line);
    } catch (err) {
      out.push({ failed: true, path: where, reason: `invalid JSON: ${(err as Error).message}` });
      return;
    }
    out.push(fromObject(obj, where, ctx));
  });
  if (out.length === 0) out.push({ failed: true, path, reason: 'no articles in the file' });
  return out;
};

export const readJson: Reader = (content, path, ctx) => {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (err) {
    // A .json file that is really JSON lines.
    if (content.trimStart().startsWith('{') && content.trim().includes('\n')) return readJsonLines(content, path, ctx);
    return [{ failed: true, path, reason: `invalid JSON: ${(err as Error).message}` }];
  }
  const items = Array.isArray(data)
    ? data
    : data && typeof data === 'object' && Array.isArray((data as { articles?: unknown }).articles)
      ? (data as { articles: unknown[] }).articles
      : [data];
  if (items.length === 0) return [{ failed: true, path, reason: 'no articles in the file' }];
  return items.map((item, i) => fromObject(item, items.length > 1 ? `${path}[${i}]` : path, ctx));
};
