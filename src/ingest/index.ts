/**
 * Ingest: paths (files, directories read recursively, `-` for stdin) to
 * articles. Each input yields `Article`s or `ReadFailure`s; a broken file is
 * reported by path and reason and the rest of the batch goes on.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { readHtml } from './html.ts';
import { readJson, readJsonLines } from './json.ts';
import { readMarkdown } from './markdown.ts';
import { readText } from './text.ts';
import type { ReadResult, Reader } from './types.ts';

export type { ReadFailure, ReadResult } from './types.ts';
export { isFailure } from './types.ts';
export { contentId, makeArticle } from './article.ts';

export type InputFormat = 'txt' | 'md' | 'html' | 'json' | 'jsonl';

export const READERS: Record<InputFormat, Reader> = {
  txt: readText,
  md: readMarkdown,
  html: readHtml,
  json: readJson,
  jsonl: readJsonLines,
};

const EXTENSIONS: Record<string, InputFormat> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
};

export function formatOf(path: string): InputFormat | undefined {
  return EXTENSIONS[extname(path).toLowerCase()];
}

/** Guess the format of stdin content. */
export function sniffFormat(content: string): InputFormat {
  const head = content.trimStart();
  if (head.startsWith('[')) return 'json';
  if (head.startsWith('{')) return 'jsonl';
  if (head.startsWith('---')) return 'md';
  if (/^<(!doctype|html|head|body|article)/i.test(head)) return 'html';
  return 'txt';
}

export interface ReadOptions {
  /** Where `-` reads from (defaults to process.stdin). */
  stdin?: NodeJS.ReadableStream;
  /** Format of stdin content; sniffed when absent. */
  stdinFormat?: InputFormat;
}

async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** Files under a directory, recursively, sorted, hidden entries skipped. */
async function* walk(dir: string): AsyncGenerator<string> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else if (e.isFile() && formatOf(p)) yield p;
  }
}

function readContent(content: string, path: string, format: InputFormat): ReadResult[] {
  try {
    return READERS[format](content, path);
  } catch (err) {
    return [{ failed: true, path, reason: (err as Error).message }];
  }
}

async function readPath(path: string): Promise<ReadResult[]> {
  const format = formatOf(path);
  if (!format) return [{ failed: true, path, reason: `unsupported file type "${extname(path) || '(none)'}"; expected .txt, .md, .html, .json or .jsonl` }];
  let content: string;
  try {
    content = await readFile(path, 'utf8');
  } catch (err) {
    return [{ failed: true, path, reason: (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message }];
  }
  return readContent(content, path, format);
}

/** Read every path in order; directories recursively; `-` is stdin. */
export async function* readArticles(paths: string[], opts: ReadOptions = {}): AsyncGenerator<ReadResult> {
  for (const p of paths) {
    if (p === '-') {
      const content = await readStream(opts.stdin ?? process.stdin);
      yield* readContent(content, '<stdin>', opts.stdinFormat ?? sniffFormat(content));
      continue;
    }
    let info;
    try {
      info = await stat(p);
    } catch {
      yield { failed: true, path: p, reason: 'no such file or directory' };
      continue;
    }
    if (info.isDirectory()) {
      for await (const file of walk(p)) yield* await readPath(file);
    } else {
      yield* await readPath(p);
    }
  }
}

/** Read everything into arrays (small inputs, tests). */
export async function readAll(paths: string[], opts: ReadOptions = {}) {
  const articles = [];
  const failures = [];
  for await (const r of readArticles(paths, opts)) {
    if ('failed' in r) failures.push(r);
    else articles.push(r);
  }
  return { articles, failures };
}
