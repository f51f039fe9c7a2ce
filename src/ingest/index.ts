/**
 * Ingest: paths (files, directories read recursively, `-` for stdin) to
 * articles. Each input yields `Article`s or `ReadFailure`s; a broken file is
 * reported by path and reason and the rest of the batch goes on.
 *
 * Every input passes the gate (gate.ts) before a reader sees it: binary
 * files, undecodable text and oversized articles are failures with a reason.
 * Inside a folder, files no reader takes are reported through
 * `onUnsupported`, and so is a folder's own documentation (README, LICENSE,
 * ...: `isFolderDoc`), which is no article; symbolic links are followed (a
 * loop is skipped with a warning); hidden entries and node_modules are skipped.
 */
import { createReadStream } from 'node:fs';
import { lstat, readFile, readdir, readlink, realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { DEFAULTS } from '../config.ts';
import { InputError } from '../errors.ts';
import type { Article } from '../types.ts';
import { decodeInput, type DecodeOptions } from './gate.ts';
import { loadHtmlParser, readHtml } from './html.ts';
import { readJson, readJsonLines } from './json.ts';
import { readMarkdown } from './markdown.ts';
import { readText } from './text.ts';
import type { ReadFailure, ReadResult, Reader } from './types.ts';

export type { ReadFailure, ReadResult } from './types.ts';
export { isFailure } from './types.ts';
export { contentId, makeArticle } from './article.ts';
export { decodeInput } from './gate.ts';
export { loadHtmlParser } from './html.ts';
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

/** Formats whose reader may parse HTML (JSON fields can hold HTML): `readBytes` needs `loadHtmlParser()` first. */
const HOLDS_HTML: ReadonlySet<InputFormat> = new Set(['html', 'json', 'jsonl']);

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

export interface ReadOptions extends DecodeOptions {
  /** Where `-` reads from (defaults to process.stdin). */
  stdin?: NodeJS.ReadableStream;
  /** Format of stdin content; sniffed when absent. */
  stdinFormat?: InputFormat;
  /** An article whose text is larger (UTF-8 bytes) is refused (default `DEFAULTS.maxArticleBytes`). */
  maxArticleBytes?: number;
  /** Told about each file inside a folder that no reader takes (by extension), or that is the folder's own documentation (`isFolderDoc`). */
  onUnsupported?: (path: string) => void;
}

/** Files larger than this many bytes are not read at all: JSON beyond it cannot be parsed whole. */
export const MAX_FILE_BYTES = 512 * 1024 * 1024;

/** The most bytes a file of this format may have before it is read: its text limit, with room for markup. */
function readLimit(format: InputFormat | undefined, maxArticleBytes: number): number {
  if (format === 'txt') return maxArticleBytes + 3; // a BOM
  if (format === 'md' || format === 'html') return Math.min(MAX_FILE_BYTES, 4 * maxArticleBytes);
  return MAX_FILE_BYTES;
}

const megabytes = (n: number): string => `${(n / 1e6).toFixed(n < 1e7 ? 1 : 0)} MB`;

const failure = (path: string, reason: string): ReadFailure => ({ failed: true, path, reason });

/** A file-system error as a reason a person can act on. */
async function fsReason(err: unknown, path: string): Promise<string> {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') {
    try {
      await lstat(path);
      return `broken symbolic link (to ${await readlink(path)}, which does not exist)`;
    } catch {
      return 'no such file or directory';
    }
  }
  if (code === 'ELOOP') return 'symbolic link loop (following its links never reaches a file)';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOTDIR') return 'no such file or directory (a part of the path is not a folder)';
  if (code === 'EISDIR') return 'is a directory';
  return (err as Error).message;
}

/** Read at most `limit` bytes of a stream; undefined when it holds more. */
async function readStream(stream: NodeJS.ReadableStream, limit = MAX_FILE_BYTES): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += b.length;
    if (size > limit) {
      (stream as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
      return undefined;
    }
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}

/**
 * A folder's own documentation rather than an article: README, LICENSE (or
 * LICENCE), COPYING, NOTICE, CHANGELOG, CHANGES, AUTHORS, CONTRIBUTING,
 * CODE_OF_CONDUCT, SECURITY, in any case, with any extension (`README.md`,
 * `LICENSE.txt`, `readme`). Inside a folder such a file is not read (it is
 * reported with the unsupported files); named as a path itself, it is read.
 */
export function isFolderDoc(name: string): boolean {
  return FOLDER_DOCS.test(name.split('.')[0]!);
}
const FOLDER_DOCS = /^(?:readme|licen[cs]e|copying|notice|changelog|changes|authors|contributing|code_of_conduct|security)$/i;

/** Files under a directory, recursively, sorted; hidden entries and a folder's own documentation skipped; failures for what cannot be read. */
async function* walk(dir: string, opts: ReadOptions, seen: Set<string>): AsyncGenerator<string | ReadFailure> {
  let entries;
  try {
    entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
  } catch (err) {
    yield failure(dir, await fsReason(err, dir));
    return;
  }
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const p = join(dir, e.name);
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    if (e.isSymbolicLink()) {
      try {
        const info = await stat(p);
        isDir = info.isDirectory();
        isFile = info.isFile();
      } catch (err) {
        yield failure(p, await fsReason(err, p));
        continue;
      }
    }
    if (isDir) {
      const real = await realpath(p).catch(() => p);
      if (seen.has(real)) {
        opts.onWarning?.(p, `a link to a folder read already (${real}): not read again`);
        continue;
      }
      seen.add(real);
      yield* walk(p, opts, seen);
    } else if (isFile && isFolderDoc(e.name)) {
      opts.onUnsupported?.(p);
    } else if (isFile && formatOf(p)) {
      yield p;
    } else {
      opts.onUnsupported?.(p);
    }
  }
}

/** Run a reader; an `InputError` it throws becomes a failure naming the path. */
function readContent(content: string, path: string, format: InputFormat, opts: ReadOptions): ReadResult[] {
  try {
    return READERS[format](content, path, opts);
  } catch (err) {
    if (err instanceof InputError) return [failure(err.path, err.reason)];
    return [failure(path, `${(err as Error).name ?? 'Error'}: ${(err as Error).message}`)];
  }
}

/**
 * Bytes of one input through the gate, the reader and the article size
 * limit. `format` may be a function of the decoded text (stdin is sniffed).
 * HTML, JSON and JSON lines need `await loadHtmlParser()` first (readArticles does it).
 */
export function readBytes(bytes: Uint8Array, path: string, format: InputFormat | ((text: string) => InputFormat), opts: ReadOptions = {}): ReadResult[] {
  let text: string;
  try {
    text = decodeInput(bytes, path, opts).text;
  } catch (err) {
    if (err instanceof InputError) return [failure(err.path, err.reason)];
    throw err;
  }
  const max = opts.maxArticleBytes ?? DEFAULTS.maxArticleBytes;
  return readContent(text, path, typeof format === 'function' ? format(text) : format, opts).map((r) => {
    if ('failed' in r) return r;
    const size = Buffer.byteLength((r as Article).text);
    if (size <= max) return r;
    return failure(r.path ?? path, `article text is ${megabytes(size)} (${size} bytes), over the ${megabytes(max)} limit; split it or raise --max-article-bytes`);
  });
}

async function readPath(path: string, opts: ReadOptions): Promise<ReadResult[]> {
  const format = formatOf(path);
  if (!format) return [failure(path, `unsupported file type "${extname(path) || '(none)'}"; expected .txt, .md, .html, .json or .jsonl`)];
  const limit = readLimit(format, opts.maxArticleBytes ?? DEFAULTS.maxArticleBytes);
  let bytes: Buffer | undefined;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return [failure(path, 'is a directory')];
    if (info.isFIFO()) {
      bytes = await readStream(createReadStream(path), limit);
    } else if (!info.isFile()) {
      return [failure(path, 'not a regular file (a device or a socket)')];
    } else if (info.size > limit) {
      return [failure(path, `file is ${megabytes(info.size)}, too large to read (at most ${megabytes(limit)} for a .${format} file; --max-article-bytes sets the article limit)`)];
    } else {
      bytes = await readFile(path);
    }
  } catch (err) {
    return [failure(path, await fsReason(err, path))];
  }
  if (!bytes) return [failure(path, `more than ${megabytes(limit)}: too large to read`)];
  if (HOLDS_HTML.has(format)) await loadHtmlParser();
  return readBytes(bytes, path, format, opts);
}

/** Read every path in order; directories recursively; `-` is stdin. */
export async function* readArticles(paths: string[], opts: ReadOptions = {}): AsyncGenerator<ReadResult> {
  for (const p of paths) {
    if (p === '-') {
      const bytes = await readStream(opts.stdin ?? process.stdin);
      if (!bytes) {
        yield failure('<stdin>', `more than ${megabytes(MAX_FILE_BYTES)}: too large to read`);
        continue;
      }
      if (!opts.stdinFormat || HOLDS_HTML.has(opts.stdinFormat)) await loadHtmlParser();
      yield* readBytes(bytes, '<stdin>', opts.stdinFormat ?? sniffFormat, opts);
      continue;
    }
    let info;
    try {
      info = await stat(p);
    } catch (err) {
      yield failure(p, await fsReason(err, p));
      continue;
    }
    if (info.isDirectory()) {
      const seen = new Set([await realpath(p).catch(() => p)]);
      for await (const file of walk(p, opts, seen)) {
        if (typeof file === 'string') yield* await readPath(file, opts);
        else yield file;
      }
    } else {
      yield* await readPath(p, opts);
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
