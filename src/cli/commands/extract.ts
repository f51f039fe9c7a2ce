/**
 * `newsgraph extract <paths...>`: run extraction and print the extraction
 * contract, one JSON object per article (`--format jsonl`), or one JSON array.
 * Needs no store. Unreadable inputs are reported on stderr and skipped.
 */
import type { InputFormat } from '../../ingest/index.ts';
import { UsageError } from '../../errors.ts';
import { str, type Command } from '../command.ts';
import type { ArticleExtraction } from '../../types.ts';
import { INPUT_HELP, INPUT_OPTIONS, formatSkipped, inputOptions } from '../input-options.ts';

const FORMATS = ['jsonl', 'json'] as const;
const STDIN_FORMATS: InputFormat[] = ['txt', 'md', 'html', 'json', 'jsonl'];

/** The contract's key order, so output is stable and readable. */
export function contractRecord(ex: ArticleExtraction): ArticleExtraction {
  const { id, title, source, url, published } = ex.article;
  return {
    article: { id, title, source, url, published },
    entities: ex.entities,
    relations: ex.relations,
    quotes: ex.quotes,
  };
}

export const extractCommand: Command = {
  name: 'extract',
  summary: 'Extract entities, relations and quotes; print the extraction contract',
  usage: 'newsgraph extract <paths...|-> [--format jsonl|json] [--stdin-format txt|md|html|json|jsonl] [--lenient] [--max-article-bytes N]',
  help: [
    ['--format F', 'jsonl: one JSON object per article (default); json: one array'],
    ['--stdin-format F', 'format of `-` (stdin) input; guessed when absent'],
    ...INPUT_HELP,
  ],
  options: {
    ...INPUT_OPTIONS,
    format: { type: 'string', short: 'f' },
    'stdin-format': { type: 'string' },
  },
  async run(args, io) {
    const format = str(args, 'format') ?? 'jsonl';
    if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be jsonl or json, got "${format}"`);
    const stdinFormat = str(args, 'stdin-format') as InputFormat | undefined;
    if (stdinFormat && !STDIN_FORMATS.includes(stdinFormat)) throw new UsageError(`--stdin-format must be one of ${STDIN_FORMATS.join(', ')}`);
    if (args.positionals.length === 0) throw new UsageError('extract needs at least one path (or - for stdin)');

    const input = inputOptions(args, io);
    // The readers and the extractor (compromise, the lexicons) load only when a command extracts.
    const [{ readArticles }, { analyzeArticle }] = await Promise.all([import('../../ingest/index.ts'), import('../../resolve/index.ts')]);
    let failed = 0;
    let first = true;
    if (format === 'json') io.stdout.write('[');
    for await (const r of readArticles(args.positionals, { stdin: io.stdin, stdinFormat, ...input.read })) {
      if ('failed' in r) {
        failed++;
        io.stderr.write(`InputError: ${r.path}: ${r.reason}\n`);
        continue;
      }
      let ex: ArticleExtraction;
      try {
        ex = analyzeArticle(r);
      } catch (err) {
        failed++;
        io.stderr.write(`ExtractionError: ${r.path ?? r.id}: ${(err as Error).message}\n`);
        continue;
      }
      const line = JSON.stringify(contractRecord(ex));
      if (format === 'json') io.stdout.write(`${first ? '' : ','}\n${line}`);
      else io.stdout.write(`${line}\n`);
      first = false;
    }
    if (format === 'json') io.stdout.write(first ? ']\n' : '\n]\n');
    io.stderr.write(formatSkipped(input.report, io.cwd));
    return failed > 0 ? 1 : 0;
  },
};
