/**
 * HTML reader: the article's text, without the page furniture around it.
 *
 * Any publisher's page, not one site's layout: the container is the
 * `<article>` element (or the element marked `itemprop="articleBody"`), else
 * `<main>` / `role="main"`, else `<body>`. Inside it, three general signals
 * drop furniture, in the manner of Readability and jusText:
 *   - elements that are never article text (scripts, styles, forms, nav,
 *     header, footer, aside, figure, ...), hidden elements (`hidden`,
 *     `aria-hidden="true"`, `display:none`) and navigation roles;
 *   - elements with a class name or id that names furniture (`related`,
 *     `share`, `sidebar`, `newsletter`, `cookie`, `comments`, `ad`, ...: the
 *     `FURNITURE` words below; `article-share` is furniture, a state such as
 *     `has-sidebar` or `ad-free` is not);
 *   - blocks made of links: a paragraph, list item or cell whose text is
 *     mostly link text with little other text (menus, "related stories",
 *     tag lists, teasers); a sentence with a link in it stays.
 * The container itself is never dropped, and when the class-name and link
 * rules leave almost nothing of it (a site whose article element carries a
 * name like those), the text is read again without them.
 * Metadata comes from <title>, Open Graph / article meta tags,
 * <link rel="canonical"> and <time datetime>.
 */
import type { Parser as ParserClass } from 'htmlparser2';
import { makeArticle } from './article.ts';
import type { Reader } from './types.ts';

let Parser: typeof ParserClass | undefined;
/**
 * Load htmlparser2 (and its entities tables): readArticles awaits this before it reads an HTML, JSON or JSON-lines
 * input (JSON fields may hold HTML), so a command that reads text or Markdown never loads it (about 30 ms).
 */
export async function loadHtmlParser(): Promise<void> {
  Parser ??= (await import('htmlparser2')).Parser;
}
function htmlParser(): typeof ParserClass {
  if (!Parser) throw new Error('the HTML parser is not loaded: await loadHtmlParser() (src/ingest/html.ts) before reading HTML');
  return Parser;
}

/** Elements whose content is never article text. */
const DROP = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'nav', 'header', 'footer', 'aside',
  'form', 'button', 'iframe', 'select', 'figure', 'head', 'menu', 'dialog',
]);

/** Elements that end a line of text and are judged as blocks. */
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5',
  'h6', 'blockquote', 'pre', 'table', 'tr', 'td', 'th', 'dd', 'dt', 'dl', 'body',
]);

/** Empty elements that end a line. */
const BREAK = new Set(['br', 'hr']);

/** Roles whose content is never article text. */
const DROP_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'menu', 'menubar', 'dialog', 'alert', 'tablist']);

/** Words that, inside one class name or id, name page furniture (`share-tools`, `relatedLinks`, `ad-slot`). */
const FURNITURE = new Set([
  'nav', 'navbar', 'navigation', 'menu', 'breadcrumb', 'breadcrumbs', 'footer', 'masthead', 'sidebar', 'related',
  'recommended', 'share', 'sharing', 'social', 'comment', 'comments', 'cookie', 'cookies', 'consent', 'newsletter',
  'subscribe', 'subscription', 'promo', 'advert', 'advertisement', 'ad', 'ads', 'sponsor', 'sponsored', 'popup',
  'modal', 'skip', 'tags', 'toolbar', 'outbrain', 'taboola', 'paywall', 'signup', 'login',
]);

/** A class name that says a state of the element, not what it is (`has-sidebar`, `with-ads`, `ad-free`, `nav-open`). */
const MODIFIER_FIRST = new Set(['has', 'with', 'no', 'is', 'show', 'hide', 'without', 'js']);
const MODIFIER_LAST = new Set(['free', 'open', 'active', 'enabled', 'disabled', 'visible', 'less']);

const wordsOf = (name: string): string[] =>
  name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);

/** Whether one of the class names or the id (space-separated) names page furniture. */
export function isFurnitureName(classAndId: string): boolean {
  for (const name of classAndId.split(/\s+/)) {
    const words = wordsOf(name);
    if (!words.length || MODIFIER_FIRST.has(words[0]!) || MODIFIER_LAST.has(words[words.length - 1]!)) continue;
    if (words.some((w) => FURNITURE.has(w))) return true;
  }
  return false;
}

/** A block is dropped as links when this share of its text, or more, is link text... */
const LINK_DENSITY = 0.5;
/** ...and the rest is shorter than this (a sentence with a link in it stays). */
const LINK_BLOCK_OTHER_CHARS = 60;

/** Containers, by preference, whose text is the article. */
const CONTAINERS = ['article', 'main', 'body'] as const;
type Container = (typeof CONTAINERS)[number];

interface Block {
  tag: string;
  /** The container this element is, if it is one. */
  container?: Container;
  /** Its text: strings and the kept blocks inside it (joined once, by `flatten`, not at every level). */
  parts: Array<string | Block>;
  /** Characters of text (not counting whitespace), and those inside links. */
  chars: number;
  linkChars: number;
}

function tidy(raw: string): string {
  return raw
    .split('\n')
    .map((l) => l.replace(/[ \t\r\f\v\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const visibleChars = (s: string): number => s.replace(/\s+/g, '').length;

/** The text of a block and the kept blocks inside it, without recursion (pages nest deep). */
function flatten(b: Block): string {
  const out: string[] = [];
  const stack: Array<string | Block> = [b];
  while (stack.length) {
    const x = stack.pop()!;
    if (typeof x === 'string') out.push(x);
    else for (let i = x.parts.length - 1; i >= 0; i--) stack.push(x.parts[i]!);
  }
  return out.join('');
}

function containerOf(name: string, attrs: Record<string, string>): Container | undefined {
  if (name === 'article' || (attrs.itemprop ?? '').toLowerCase().split(/\s+/).includes('articlebody')) return 'article';
  if (name === 'main' || (attrs.role ?? '').toLowerCase() === 'main') return 'main';
  if (name === 'body') return 'body';
  return undefined;
}

function isHidden(attrs: Record<string, string>): boolean {
  if ('hidden' in attrs) return true;
  if ((attrs['aria-hidden'] ?? '').toLowerCase() === 'true') return true;
  return /display\s*:\s*none|visibility\s*:\s*hidden/i.test(attrs.style ?? '');
}

/** Whether an element (not a container) is furniture by its tag, role or visibility, or (`byName`) its class or id. */
function isFurniture(name: string, attrs: Record<string, string>, byName: boolean): boolean {
  if (DROP.has(name)) return true;
  if (isHidden(attrs)) return true;
  if (DROP_ROLES.has((attrs.role ?? '').toLowerCase())) return true;
  return byName && isFurnitureName(`${attrs.class ?? ''} ${attrs.id ?? ''}`);
}

/** Fewer visible characters than this, and less than half of what the lenient reading finds, and the strict reading is not trusted. */
const TRUST_CHARS = 200;

export function htmlToArticleFields(html: string) {
  const strict = readHtmlFields(html, true);
  const kept = visibleChars(strict.text);
  if (kept >= TRUST_CHARS) return strict;
  const lenient = readHtmlFields(html, false);
  return kept * 2 < visibleChars(lenient.text) ? lenient : strict;
}

/** One reading of a page; `strict` applies the class-name and link-block rules. */
function readHtmlFields(html: string, strict: boolean) {
  const meta: Record<string, string> = {};
  const found: Record<Container, string[]> = { article: [], main: [], body: [] };
  // The open blocks, innermost last; the root stands for text outside any block.
  const root: Block = { tag: '#root', parts: [], chars: 0, linkChars: 0 };
  const blocks: Block[] = [root];
  // Open elements, with whether each opened a block / a dropped subtree, to close them in kind.
  const open: Array<{ name: string; block: boolean; drop: boolean }> = [];
  let dropDepth = 0;
  let linkDepth = 0;
  let inTitle = false;
  let title = '';
  let h1 = '';
  let inH1 = false;

  const closeBlock = (b: Block) => {
    // An element inside another of its kind (an <article> in an <article>) is already part of that one's text.
    if (b.container && !blocks.some((o) => o.container === b.container)) found[b.container].push(flatten(b));
    const parent = blocks[blocks.length - 1]!;
    const links = strict && !b.container && b.chars > 0 && b.linkChars / b.chars >= LINK_DENSITY && b.chars - b.linkChars < LINK_BLOCK_OTHER_CHARS;
    // The body's text is the page's text: nothing outside it adds to it (the root is for fragments without one).
    if (links || b.container === 'body') return;
    parent.parts.push('\n', b, '\n');
    parent.chars += b.chars;
    parent.linkChars += b.linkChars;
  };

  const parser = new (htmlParser())(
    {
      onopentag(name, attrs) {
        if (name === 'meta') {
          const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? '').toLowerCase();
          if (key && attrs.content) meta[key] ??= attrs.content;
        }
        if (name === 'link' && (attrs.rel ?? '').toLowerCase() === 'canonical' && attrs.href) meta.canonical ??= attrs.href;
        if (name === 'time' && attrs.datetime) meta.time ??= attrs.datetime;
        if (name === 'title') inTitle = true;
        const container = containerOf(name, attrs);
        const drop = dropDepth > 0 || (!container && isFurniture(name, attrs, strict));
        const block = !drop && (BLOCK.has(name) || container !== undefined);
        open.push({ name, block, drop });
        if (drop) {
          dropDepth++;
          return;
        }
        if (name === 'h1') inH1 = true;
        if (name === 'a') linkDepth++;
        if (BREAK.has(name)) blocks[blocks.length - 1]!.parts.push('\n');
        if (block) blocks.push({ tag: name, ...(container ? { container } : {}), parts: [], chars: 0, linkChars: 0 });
      },
      ontext(text) {
        // <title> is metadata (and raw text to the parser: "<title><style>" is a title "<style>"), never article text
        if (inTitle) {
          title += text;
          return;
        }
        if (dropDepth > 0) return;
        if (inH1) h1 += text;
        const b = blocks[blocks.length - 1]!;
        b.parts.push(text);
        const n = visibleChars(text);
        b.chars += n;
        if (linkDepth > 0) b.linkChars += n;
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
        // htmlparser2 closes every element it opened (implied ends included), innermost first.
        const el = open.pop();
        if (!el) return;
        if (el.drop) {
          dropDepth = Math.max(0, dropDepth - 1);
          return;
        }
        if (el.name === 'h1') inH1 = false;
        if (el.name === 'a') linkDepth = Math.max(0, linkDepth - 1);
        if (el.block && blocks.length > 1) closeBlock(blocks.pop()!);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  // Text outside any container counts as the body's (a fragment without <body>).
  if (root.parts.length) found.body.push(flatten(root));

  let text = '';
  for (const c of CONTAINERS) {
    text = tidy(found[c].join('\n'));
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
