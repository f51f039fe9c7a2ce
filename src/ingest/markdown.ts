/**
 * Markdown reader: YAML front matter (title, date, source, url and their
 * usual synonyms) and a body turned into plain prose. Offsets index the prose
 * the reader returns, not the Markdown source.
 */
import { createRequire } from 'node:module';
import { makeArticle } from './article.ts';
import type { Reader } from './types.ts';
import { lowerBound } from '../util/search.ts';

let yamlParse: ((text: string) => unknown) | undefined;
/** yaml's `parse`, loaded on the first front matter (its CommonJS build, what Node imports too): reading a .txt file or starting the CLI does not compile it. */
function parseYaml(text: string): unknown {
  yamlParse ??= (createRequire(import.meta.url)('yaml') as typeof import('yaml')).parse;
  return yamlParse(text);
}

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

/*
 * Inline markup, each span bounded in length (a link text, a URL, a tag, an
 * emphasised phrase): an opener that never closes then costs a bounded scan,
 * not one to the end of the line, so a long line stays linear.
 */
const IMAGE = /!\[[^\]]{0,1000}\]\([^)]{0,2000}\)/g;
const FOOTNOTE = /\[\^[^\]]{1,1000}\]/g;
const LINK = /\[([^\]]{1,1000})\]\([^)]{0,2000}\)/g;
const REF_LINK = /\[([^\]]{1,1000})\]\[[^\]]{0,1000}\]/g;
const AUTOLINK = /<https?:[^>]{1,2000}>/g;
const TAG = /<\/?[a-zA-Z][^>]{0,1000}>/g;
const CODE = /`([^`]{1,1000})`/g;
const SPACE = /\s/;

/**
 * `**strong**` and `__strong__` to their text: what /(\*\*|__)(?=\S)([\s\S]*?\S)\1/g
 * replaces with '$2', in n log n time (each opener finds its closer by binary
 * search instead of scanning the rest of the line).
 */
export function stripStrong(line: string): string {
  if (!line.includes('**') && !line.includes('__')) return line;
  const closers: Record<string, number[]> = { '*': [], _: [] };
  for (let q = 1; q + 1 < line.length; q++) {
    const c = line[q]!;
    if ((c === '*' || c === '_') && line[q + 1] === c && !SPACE.test(line[q - 1]!)) closers[c]!.push(q);
  }
  const firstFrom = (list: number[], from: number): number | undefined => list[lowerBound(list.length, (k) => list[k]! < from)];
  let out = '';
  let last = 0;
  let p = 0;
  while (p + 2 < line.length) {
    const c = line[p]!;
    if ((c === '*' || c === '_') && line[p + 1] === c && !SPACE.test(line[p + 2]!)) {
      const q = firstFrom(closers[c]!, p + 3);
      if (q !== undefined) {
        out += line.slice(last, p) + line.slice(p + 2, q);
        last = p = q + 2;
        continue;
      }
    }
    p++;
  }
  return out + line.slice(last);
}
const EMPHASIS = /(^|[\s(])[*_](?=\S)([^*_]{0,1000}?\S)[*_](?=[\s).,;:!?]|$)/g;

function stripInline(line: string): string {
  const plain = line
    .replace(IMAGE, '')
    .replace(FOOTNOTE, '')
    .replace(LINK, '$1')
    .replace(REF_LINK, '$1')
    .replace(AUTOLINK, '')
    .replace(TAG, '')
    .replace(CODE, '$1');
  return stripStrong(plain).replace(EMPHASIS, '$1$2');
}

/** The blanks and closing hashes ending a heading ("## Title ##") removed, as /\s+#+\s*$/ did; found from the end in linear time. */
export function stripClosingHashes(line: string): string {
  let end = line.length;
  while (end > 0 && SPACE.test(line[end - 1]!)) end--;
  let hashes = end;
  while (hashes > 0 && line[hashes - 1] === '#') hashes--;
  if (hashes === end) return line;
  let space = hashes;
  while (space > 0 && SPACE.test(line[space - 1]!)) space--;
  return space === hashes ? line : line.slice(0, space);
}

/** Table cells "a | b" to "a; b", as replacing each pipe and the blanks around it with "; " did, without a regex that rescans long blank runs. */
export function joinCells(line: string): string {
  const cells = line.split('|');
  return cells.map((c, i) => (i > 0 ? c.trimStart() : c)).map((c, i) => (i < cells.length - 1 ? c.trimEnd() : c)).join('; ');
}

const TABLE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;
const HORIZONTAL_RULE = /^\s*([-*_]\s*){3,}$/;
/** The two rule tests on a line whose blank runs are one space (same answer; no quadratic backtracking over long runs). */
const isTableRule = (raw: string): boolean => /^[\s|:-]*$/.test(raw) && raw.includes('---') && TABLE_RULE.test(raw.replace(/\s+/g, ' '));
const isHorizontalRule = (raw: string): boolean => /^[-*_\s]*$/.test(raw) && HORIZONTAL_RULE.test(raw.replace(/\s+/g, ' '));

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
    if (isTableRule(raw)) continue;
    if (isHorizontalRule(raw)) continue;
    let line = stripClosingHashes(raw.replace(/^\s{0,3}#{1,6}\s+/, ''))
      .replace(/^\s*>\s?/, '')
      .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '');
    if (/^\s*\|/.test(line)) line = joinCells(line.replace(/^\s*\|/, '').replace(/\|\s*$/, ''));
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
