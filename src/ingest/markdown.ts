/**
 * Markdown reader: YAML front matter (title, date, source, url and their
 * usual synonyms) and a body turned into plain prose. Offsets index the prose
 * the reader returns, not the Markdown source.
 */
import { parse as parseYaml } from 'yaml';
import { makeArticle } from './article.ts';
import type { Reader } from './types.ts';

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/** Front-matter keys, in order of preference, for each article field. */
const FIELD_KEYS = {
  id: ['id'],
  title: ['title', 'subject', 'headline'],
  published: ['published', 'pubDate', 'date', 'datePublished', 'published_at'],
  source: ['source', 'publisher', 'site', 'author'],
  url: ['url', 'link', 'canonical', 'canonical_url'],
} as const;

function pick(meta: Record<string, unknown>, keys: readonly string[]): unknown {
  for (const k of keys) {
    const v = meta[k];
    if (typeof v === 'string' || typeof v === 'number' || v instanceof Date) return v;
  }
  return undefined;
}

function stripInline(line: string): string {
  return line
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[\^[^\]]+\]/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<https?:[^>]+>/g, '')
    .replace(/<\/?[a-zA-Z][^>]*>/g, '')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|[\s(])[*_](?=\S)([^*_]*?\S)[*_](?=[\s).,;:!?]|$)/g, '$1$2');
}

/** Markdown body to plain text: one paragraph per block, blank line between. */
export function markdownToText(body: string): string {
  const out: string[] = [];
  let inFence = false;
  for (const raw of body.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(raw)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) continue;
    if (/^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(raw)) continue; // table rule
    if (/^\s*([-*_]\s*){3,}$/.test(raw)) continue; // horizontal rule
    let line = raw
      .replace(/^\s{0,3}#{1,6}\s+/, '')
      .replace(/\s+#+\s*$/, '')
      .replace(/^\s*>\s?/, '')
      .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '');
    if (/^\s*\|/.test(line)) line = line.replace(/^\s*\|/, '').replace(/\|\s*$/, '').replace(/\s*\|\s*/g, '; ');
    line = stripInline(line).replace(/[ \t]+/g, ' ').trim();
    if (!line) {
      if (out.length && out[out.length - 1] !== '') out.push('');
      continue;
    }
    out.push(line);
  }
  while (out.length && out[out.length - 1] === '') out.pop();
  return out.join('\n');
}

export const readMarkdown: Reader = (content, path, ctx) => {
  const src = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
  let meta: Record<string, unknown> = {};
  let body = src;
  const m = FRONT_MATTER.exec(src);
  if (m) {
    try {
      const parsed: unknown = parseYaml(m[1] ?? '');
      if (parsed !== null && parsed !== undefined && (typeof parsed !== 'object' || Array.isArray(parsed))) {
        return [{ failed: true, path, reason: 'front matter is not a YAML mapping' }];
      }
      meta = (parsed ?? {}) as Record<string, unknown>;
    } catch (err) {
      const msg = (err as Error).message.split('\n')[0];
      return [{ failed: true, path, reason: `front matter is not valid YAML: ${msg}` }];
    }
    body = src.slice(m[0].length);
  }
  const text = markdownToText(body);
  if (!text) return [{ failed: true, path, reason: 'no text after the front matter' }];
  return [
    makeArticle({
      text,
      path,
      id: pick(meta, FIELD_KEYS.id),
      title: pick(meta, FIELD_KEYS.title),
      published: pick(meta, FIELD_KEYS.published),
      source: pick(meta, FIELD_KEYS.source),
      url: pick(meta, FIELD_KEYS.url),
    }, ctx?.onWarning),
  ];
};
