/**
 * HTML reader: the article's text, with scripts, styles, navigation and other
 * page furniture dropped. Prefers the <article> element, then <main>, then
 * <body>. Metadata comes from <title>, Open Graph / article meta tags,
 * <link rel="canonical"> and <time datetime>.
 */
import { Parser } from 'htmlparser2';
import { makeArticle } from './article.ts';
import type { Reader } from './types.ts';

/** Elements whose content is never article text. */
const DROP = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'nav', 'header', 'footer', 'aside',
  'form', 'button', 'iframe', 'select', 'figure', 'head', 'menu', 'dialog',
]);

/** Elements that end a line of text. */
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5',
  'h6', 'blockquote', 'pre', 'table', 'tr', 'td', 'th', 'dd', 'dt', 'hr', 'body',
]);

/** Containers, by preference, whose text is the article. */
const CONTAINERS = ['article', 'main', 'body'] as const;

function tidy(raw: string): string {
  return raw
    .split('\n')
    .map((l) => l.replace(/[ \t\r\f\v\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function htmlToArticleFields(html: string) {
  const meta: Record<string, string> = {};
  const buffers: Record<(typeof CONTAINERS)[number], string[]> = { article: [], main: [], body: [] };
  const open: Record<(typeof CONTAINERS)[number], number> = { article: 0, main: 0, body: 0 };
  let dropDepth = 0;
  let inTitle = false;
  let title = '';
  let h1 = '';
  let inH1 = false;

  const emit = (s: string) => {
    for (const c of CONTAINERS) if (open[c] > 0) buffers[c].push(s);
  };

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'meta') {
          const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? '').toLowerCase();
          if (key && attrs.content) meta[key] ??= attrs.content;
          return;
        }
        if (name === 'link' && (attrs.rel ?? '').toLowerCase() === 'canonical' && attrs.href) meta.canonical ??= attrs.href;
        if (name === 'time' && attrs.datetime) meta.time ??= attrs.datetime;
        if (name === 'title') inTitle = true;
        if (DROP.has(name)) {
          dropDepth++;
          return;
        }
        if (name === 'h1' && dropDepth === 0) inH1 = true;
        if ((CONTAINERS as readonly string[]).includes(name)) open[name as (typeof CONTAINERS)[number]]++;
        if (dropDepth === 0 && BLOCK.has(name)) emit('\n');
      },
      ontext(text) {
        // <title> is metadata (and raw text to the parser: "<title><style>" is a title "<style>"), never article text
        if (inTitle) {
          title += text;
          return;
        }
        if (dropDepth > 0) return;
        if (inH1) h1 += text;
        emit(text);
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
        if (DROP.has(name)) {
          dropDepth = Math.max(0, dropDepth - 1);
          return;
        }
        if (name === 'h1') inH1 = false;
        if (dropDepth === 0 && BLOCK.has(name)) emit('\n');
        if ((CONTAINERS as readonly string[]).includes(name)) {
          const c = name as (typeof CONTAINERS)[number];
          open[c] = Math.max(0, open[c] - 1);
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();

  let text = '';
  for (const c of CONTAINERS) {
    text = tidy(buffers[c].join(''));
    if (text) break;
  }
  return {
    text,
    title: meta['og:title'] ?? (tidy(title) || tidy(h1) || undefined),
    published: meta['article:published_time'] ?? meta.date ?? meta.datepublished ?? meta.time,
    source: meta['og:site_name'] ?? meta.publisher ?? meta.author,
    url: meta['og:url'] ?? meta.canonical,
  };
}

export const readHtml: Reader = (content, path, ctx) => {
  const fields = htmlToArticleFields(content);
  if (!fields.text) return [{ failed: true, path, reason: 'no article text in the HTML' }];
  return [makeArticle({ ...fields, path }, ctx?.onWarning)];
};
