/**
 * Reader types. A reader turns one file's content into articles, or reports
 * why it cannot; a failure names the path and the reason and loses nothing else.
 */
import type { Article } from '../types.ts';

export interface ReadFailure {
  failed: true;
  path: string;
  reason: string;
}

export type ReadResult = Article | ReadFailure;

export function isFailure(r: ReadResult): r is ReadFailure {
  return (r as ReadFailure).failed === true;
}

/** What a reader is told besides the content: where to report fields it accepted with a change. */
export interface ReaderContext {
  /** A field that was coerced or dropped (wrong type, not a date): the article is kept, the user told. */
  onWarning?: (path: string, message: string) => void;
}

/**
 * A reader: decoded content of one file (or stdin) to articles. A broken
 * file or record is a `ReadFailure` naming it; a reader that throws throws an
 * `InputError` naming the path.
 */
export type Reader = (content: string, path: string, ctx?: ReaderContext) => ReadResult[];
