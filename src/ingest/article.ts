/**
 * Building an `Article` from reader fields: the id is the given id, else a
 * content hash of the text; dates are normalised to ISO; empty fields dropped.
 */
import { createHash } from 'node:crypto';
import type { Article } from '../types.ts';

/** The content-hash id: the first 16 hex digits of SHA-256 of the text. */
export function contentId(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
}

/** `2024-07-01`, `2024-07-01T10:00:00Z`, `2023-10-11 13:10`, `1 July 2024` -> ISO date; else undefined. */
export function normaliseDate(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  // A Unix time, as feeds and APIs give it: seconds, or milliseconds past 1e11 (a year is a small number).
  if (typeof value === 'number' && Number.isFinite(value) && value >= 1e8) {
    const d = new Date(value < 1e11 ? value * 1000 : value);
    return Number.isNaN(d.getTime()) ? undefined : d.toISOString().slice(0, 10);
  }
  const s = String(value).trim();
  if (!s) return undefined;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  if (/^\d{4}$/.test(s)) return `${s}-01-01`;
  const t = Date.parse(s);
  if (Number.isNaN(t)) return undefined;
  return new Date(t).toISOString().slice(0, 10);
}

function clean(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const s = v.trim();
  return s ? s : undefined;
}

/** How a value is named in a message: `an array`, `a number (42)`, `"not-a-date"`. */
export function describeValue(v: unknown): string {
  if (Array.isArray(v)) return 'an array';
  if (v === null) return 'null';
  if (v instanceof Date) return 'a date';
  if (typeof v === 'object') return 'an object';
  const shown = JSON.stringify(v) ?? String(v);
  const short = shown.length > 40 ? `${shown.slice(0, 37)}...` : shown;
  if (typeof v === 'string') return short;
  return `${typeof v === 'number' ? 'a number' : typeof v === 'boolean' ? 'a boolean' : `a ${typeof v}`} (${short})`;
}

/** A title from the text when none is given: its first line, shortened. */
export function titleFromText(text: string): string {
  const line = text.split('\n').find((l) => l.trim()) ?? '';
  const t = line.trim().replace(/\s+/g, ' ');
  return t.length > 100 ? `${t.slice(0, 97).trimEnd()}...` : t;
}

export interface ArticleFields {
  id?: unknown;
  title?: unknown;
  text: string;
  source?: unknown;
  url?: unknown;
  published?: unknown;
  path?: string;
}

/** Told about a field that was coerced or dropped; the article is kept. */
export type FieldWarning = (path: string, message: string) => void;

/**
 * The article of reader fields. Documented coercions, each with a warning
 * when `warn` is given: a numeric `id` is used as its decimal string; a
 * `title`, `source` or `url` that is not a string is dropped (the title then
 * comes from the text); a `published` value that is not a date is dropped.
 * `null` and empty strings are simply absent.
 */
export function makeArticle(f: ArticleFields, warn?: FieldWarning): Article {
  const where = f.path ?? '<article>';
  let givenId = clean(f.id);
  if (typeof f.id === 'number' && Number.isFinite(f.id)) {
    givenId = String(f.id);
    warn?.(where, `field "id" is a number; used as the string "${givenId}"`);
  }
  const text = (name: string, v: unknown): string | undefined => {
    if (v !== undefined && v !== null && typeof v !== 'string') warn?.(where, `field "${name}" is ${describeValue(v)}, not a string: ignored`);
    return clean(v);
  };
  const id = givenId ?? contentId(f.text);
  const title = text('title', f.title);
  const article: Article = { id, title: title ?? titleFromText(f.text), text: f.text };
  const source = text('source', f.source);
  const url = text('url', f.url);
  const published = normaliseDate(f.published);
  if (published === undefined && f.published !== undefined && f.published !== null && f.published !== '') {
    warn?.(where, `field "published" is not a date: ${describeValue(f.published)}; ignored`);
  }
  if (source) article.source = source;
  if (url) article.url = url;
  if (published) article.published = published;
  if (f.path) article.path = f.path;
  return article;
}
