/**
 * JSON and JSON-lines readers: one article per object. Fields are read by
 * the names that news exports and scrapers use, not one tool's: `FIELDS`
 * below (the text from `text`, else `body`, `content`, `maintext`, ...; the
 * date from `published`, `date`, `publishedAt`, `date_publish`, ...; a source
 * given as `{ "name": ... }` gives its name). `text` is kept exactly; text
 * taken from another field that holds HTML markup (an RSS item's
 * `content:encoded`, a `body_html`) is read as HTML. A bad line or object is
 * reported by path, line and reason, and the rest of the file is still read.
 */
import { describeValue, makeArticle } from './article.ts';
import { htmlToArticleFields } from './html.ts';
import type { ReadResult, Reader, ReaderContext } from './types.ts';

/** Each article field and the names it is read from, first found first. */
export const FIELDS = {
  id: ['id', 'guid', 'uuid'],
  title: ['title', 'headline'],
  text: ['text', 'body', 'content', 'maintext', 'article', 'full_text', 'fullText', 'story', 'content:encoded', 'body_html', 'description'],
  source: ['source', 'publisher', 'site_name', 'siteName', 'source_name', 'sourceName', 'source_domain'],
  url: ['url', 'link', 'canonical_url', 'canonicalUrl'],
  published: ['published', 'date', 'pubDate', 'publishedAt', 'published_at', 'date_publish', 'datePublished', 'datetime'],
} as const;

/** The first of `names` that `o` has (not null), and its name. */
function pick(o: Record<string, unknown>, names: readonly string[]): { name: string; value: unknown } | undefined {
  for (const name of names) if (o[name] !== undefined && o[name] !== null) return { name, value: o[name] };
  return undefined;
}

/** Markup, not prose: tags of the kinds article bodies are written in. */
const MARKUP = /<(?:p|div|br|span|a|em|strong|b|i|ul|ol|li|h[1-6]|blockquote|figure|img|article|section)\b[^>]*>/gi;
const looksLikeHtml = (s: string): boolean => (s.match(MARKUP)?.length ?? 0) >= 2;

/**
 * One JSON value to an article. The text must be a non-empty string and `id`,
 * when present, a string or a number; anything else fails the record. Other
 * fields of the wrong type are dropped with a warning (see `makeArticle`).
 */
function fromObject(obj: unknown, where: string, ctx?: ReaderContext): ReadResult {
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) {
    return { failed: true, path: where, reason: `expected an object with a "text" field, got ${describeValue(obj)}` };
  }
  const o = obj as Record<string, unknown>;
  const t = pick(o, FIELDS.text);
  if (!t) return { failed: true, path: where, reason: `missing string field "text" (or ${FIELDS.text.slice(1).map((n) => `"${n}"`).join(', ')})` };
  if (typeof t.value !== 'string') return { failed: true, path: where, reason: `field "${t.name}" must be a string, got ${describeValue(t.value)}` };
  const text = t.name !== 'text' && looksLikeHtml(t.value) ? htmlToArticleFields(t.value).text : t.value;
  if (!text.trim()) return { failed: true, path: where, reason: `empty "${t.name}"` };
  const isId = (v: unknown) => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v));
  if (o.id !== undefined && o.id !== null && !isId(o.id)) {
    return { failed: true, path: where, reason: `field "id" must be a string or a number, got ${describeValue(o.id)}` };
  }
  // Another name for the id is taken only when it is one (an RSS guid can be an object).
  const id = o.id ?? FIELDS.id.slice(1).map((n) => o[n]).find(isId);
  const source = pick(o, FIELDS.source)?.value;
  return makeArticle(
    {
      id,
      title: pick(o, FIELDS.title)?.value,
      text,
      // { "name": "Example Wire", "id": "example-wire" } as news APIs give it
      source: source && typeof source === 'object' && typeof (source as { name?: unknown }).name === 'string' ? (source as { name: string }).name : source,
      url: pick(o, FIELDS.url)?.value,
      published: pick(o, FIELDS.published)?.value,
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
