/**
 * `npm run convert:petrarch`: convert the PETRARCH2 dictionaries (MIT, Open
 * Event Data Alliance) in ../shared/data/petrarch2 into newsgraph lexicon data
 * in src/extract/lexicon/petrarch/.
 *
 *   npm run convert:petrarch                 write the files, list the problems
 *   npm run convert:petrarch -- --check      write nothing; exit 1 when a committed file differs
 *   npm run convert:petrarch -- --shared DIR --out DIR --quiet
 *
 * Every malformed dictionary line is reported as `file:line: reason | text`
 * (on stderr) and skipped; the output is the same bytes on every run.
 * Exit code: 0 done, 1 --check found a difference, 2 bad usage or no data.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { convertAll } from './petrarch/convert.ts';

const REPO = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const DEFAULT_OUT = join(REPO, 'src', 'extract', 'lexicon', 'petrarch');
export const DEFAULT_SHARED = join(REPO, '..', 'shared');

const HELP = `Usage: npm run convert:petrarch [-- options]
  --check        compare with the committed files instead of writing (exit 1 on a difference)
  --shared DIR   the shared data folder (default ../shared); reads DIR/data/petrarch2
  --out DIR      where to write (default src/extract/lexicon/petrarch)
  --quiet        print only the summary, not each problem
  -h, --help     this help
`;

export function main(argv: string[]): number {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        check: { type: 'boolean' },
        shared: { type: 'string' },
        out: { type: 'string' },
        quiet: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (e) {
    process.stderr.write(`UsageError: ${(e as Error).message}\n${HELP}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const petrarch = join(values.shared ?? DEFAULT_SHARED, 'data', 'petrarch2');
  if (!existsSync(join(petrarch, 'dictionaries'))) {
    process.stderr.write(`InputError: ${petrarch}/dictionaries not found (give --shared DIR)\n`);
    return 2;
  }
  const out = values.out ?? DEFAULT_OUT;
  const t0 = performance.now();
  const { files, problems, stats } = convertAll(petrarch);
  if (!values.quiet) for (const p of problems) process.stderr.write(`${p.file}:${p.line}: ${p.reason}${p.text ? ` | ${p.text}` : ''}\n`);
  let differs = 0;
  for (const [name, content] of files) {
    const path = join(out, name);
    if (values.check) {
      const old = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
      if (old !== content) {
        differs++;
        process.stdout.write(`differs: ${name}${old === undefined ? ' (missing)' : ''}\n`);
      }
    } else {
      mkdirSync(out, { recursive: true });
      writeFileSync(path, content);
    }
  }
  const sizes = [...files].map(([n, c]) => `${n} ${(Buffer.byteLength(c) / 1024).toFixed(0)} KB`).join(', ');
  process.stdout.write(
    `${values.check ? 'checked' : 'wrote'} ${files.size} files in ${values.check ? out : out} (${((performance.now() - t0) / 1000).toFixed(1)} s): ${sizes}\n` +
      `${problems.length} malformed lines reported and skipped\n${JSON.stringify(stats)}\n`,
  );
  return differs ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  process.exitCode = main(process.argv.slice(2));
}
