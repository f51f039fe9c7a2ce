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

export function makeArticle(f: ArticleFields): Article {
  const id = clean(typeof f.id === 'number' ? String(f.id) : f.id) ?? contentId(f.text);
  const article: Article = { id, title: clean(f.title) ?? titleFromText(f.text), text: f.text };
  const source = clean(f.source);
  const url = clean(f.url);
  const published = normaliseDate(f.published);
  if (source) article.source = source;
  if (url) article.url = url;
  if (published) article.published = published;
  if (f.path) article.path = f.path;
  return article;
}
