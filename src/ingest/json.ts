/**
 * JSON and JSON-lines readers: one article per object with
 * `id, title, text, source, url, published` (`date` is accepted for
 * `published`). `text` is kept exactly; a bad line or object is reported by
 * path, line and reason, and the rest of the file is still read.
 */
import { makeArticle } from './article.ts';
import type { ReadResult, Reader } from './types.ts';

function fromObject(obj: unknown, where: string): ReadResult {
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) {
    return { failed: true, path: where, reason: 'expected an object with a "text" field' };
  }
  const o = obj as Record<string, unknown>;
  if (typeof o.text !== 'string') return { failed: true, path: where, reason: 'missing string field "text"' };
  if (!o.text.trim()) return { failed: true, path: where, reason: 'empty "text"' };
  return makeArticle({
    id: o.id,
    title: o.title,
    text: o.text,
    source: o.source,
    url: o.url,
    published: o.published ?? o.date ?? o.pubDate,
    path: where,
  });
}

export const readJsonLines: Reader = (content, path) => {
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
    out.push(fromObject(obj, where));
  });
  if (out.length === 0) out.push({ failed: true, path, reason: 'no articles in the file' });
  return out;
};

export const readJson: Reader = (content, path) => {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (err) {
    // A .json file that is really JSON lines.
    if (content.trimStart().startsWith('{') && content.trim().includes('\n')) return readJsonLines(content, path);
    return [{ failed: true, path, reason: `invalid JSON: ${(err as Error).message}` }];
  }
  const items = Array.isArray(data)
    ? data
    : data && typeof data === 'object' && Array.isArray((data as { articles?: unknown }).articles)
      ? (data as { articles: unknown[] }).articles
      : [data];
  if (items.length === 0) return [{ failed: true, path, reason: 'no articles in the file' }];
  return items.map((item, i) => fromObject(item, items.length > 1 ? `${path}[${i}]` : path));
};
