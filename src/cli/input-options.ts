/**
 * The input-gate options shared by the commands that read articles
 * (`ingest`, `extract`, `export <paths>`): `--lenient` and
 * `--max-article-bytes`, warnings printed as they come, and the closing
 * `skipped N unsupported: ...` line for files in folders that no reader takes.
 */
import path from 'node:path';
import type { CommandIO, OptionSpec, ParsedArgs } from './command.ts';
import { str } from './command.ts';
import { UsageError } from '../errors.ts';
import { DEFAULTS } from '../config.ts';
import type { ReadOptions, ReadResult } from '../ingest/index.ts';

export const INPUT_OPTIONS: OptionSpec = {
  lenient: { type: 'boolean' },
  'max-article-bytes': { type: 'string' },
};

export const INPUT_HELP: Array<[string, string]> = [
  ['--lenient', 'decode invalid UTF-8 or UTF-16 with replacement characters (U+FFFD) instead of refusing the file'],
  ['--max-article-bytes N', `refuse articles whose text is larger than N bytes (default ${DEFAULTS.maxArticleBytes}; 500kB, 20MB, 1GB also work)`],
];

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1e3, kb: 1e3, m: 1e6, mb: 1e6, g: 1e9, gb: 1e9 };

/** `5000000`, `500kB`, `20MB`, `1.5GB` to bytes; UsageError otherwise. */
export function parseBytes(value: string, flag = '--max-article-bytes'): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(value);
  const unit = m ? UNITS[m[2]!.toLowerCase()] : undefined;
  const n = m && unit ? Math.floor(Number(m[1]) * unit) : NaN;
  if (!(n >= 1) || !Number.isSafeInteger(n)) throw new UsageError(`${flag} takes a size in bytes such as 5000000, 500kB or 20MB, got "${value}"`);
  return n;
}

/** What reading reported besides articles and failures. */
export interface InputReport {
  unsupported: string[];
  warnings: Array<{ path: string; message: string }>;
}

/** Read options from the flags; warnings go to stderr as they come and into the report. */
export function inputOptions(args: ParsedArgs, io: CommandIO): { read: ReadOptions; report: InputReport } {
  const report: InputReport = { unsupported: [], warnings: [] };
  const max = str(args, 'max-article-bytes');
  const read: ReadOptions = {
    lenient: Boolean(args.values.lenient),
    ...(max !== undefined ? { maxArticleBytes: parseBytes(max) } : {}),
    onWarning: (p, message) => {
      report.warnings.push({ path: p, message });
      io.stderr.write(`Warning: ${p}: ${message}\n`);
    },
    onUnsupported: (p) => report.unsupported.push(p),
  };
  return { read, report };
}

/** `skipped 3 unsupported: a.pdf, b.png, notes.docx` (paths relative to the working directory), or ''. */
export function formatSkipped(report: InputReport, cwd: string, show = 10): string {
  const n = report.unsupported.length;
  if (n === 0) return '';
  const names = report.unsupported.slice(0, show).map((p) => {
    const rel = path.relative(cwd, p);
    return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : p;
  });
  return `skipped ${n} unsupported: ${names.join(', ')}${n > show ? `, and ${n - show} more` : ''}\n`;
}

/**
 * The articles of `paths` for a long-running consumer, and how many there
 * are (for a progress line's ETA). Files are read twice, a counting pass that
 * keeps nothing and then the stream itself, so memory holds a few articles at
 * a time, not the whole batch (a 50 MB folder is 180 MB of strings). Stdin
 * can be read once only: when `-` is among the paths, the batch is held.
 */
export async function articleSource(paths: string[], read: ReadOptions): Promise<{ items: AsyncIterable<ReadResult> | ReadResult[]; total: number }> {
  // The readers (htmlparser2, yaml) load when a command reads articles, not with the command list.
  const { readArticles } = await import('../ingest/index.ts');
  if (paths.includes('-')) {
    const items: ReadResult[] = [];
    for await (const item of readArticles(paths, read)) items.push(item);
    return { items, total: items.length };
  }
  let total = 0;
  const { onWarning: _w, onUnsupported: _u, ...quiet } = read;
  for await (const _ of readArticles(paths, quiet)) total++;
  return { items: readArticles(paths, read), total };
}
