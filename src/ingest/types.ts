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

/** A reader: content of one file (or stdin) to articles; throws on a broken file. */
export type Reader = (content: string, path: string) => ReadResult[];
