/**
 * Extraction benchmark: MB/s and words/s of `analyzeArticle` on one core over
 * ../shared/data/wiki-syria/*.md (read with the Markdown reader of src/ingest).
 * Skips with a message when the shared data is absent. Reports the median of
 * three timed passes after one warm-up pass. The JIT is tuned as the CLI
 * tunes its process (src/util/jit.ts); `-- --jit-default` keeps V8's default.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeArticle } from '../../src/resolve/index.ts';
import { tuneJit } from '../../src/util/jit.ts';
import { readMarkdown } from '../../src/ingest/markdown.ts';
import { isFailure } from '../../src/ingest/types.ts';
import type { Article } from '../../src/types.ts';

const REPO = resolve(fileURLToPath(new URL('../..', import.meta.url)));

export async function benchExtract(args: string[] = []): Promise<void> {
  // before the first article: functions compiled earlier keep the budget they had
  const jit = args.includes('--jit-default') ? "V8's default" : String(tuneJit());
  const dir = join(REPO, '..', 'shared', 'data', 'wiki-syria');
  if (!existsSync(dir)) {
    console.log(`bench extract: ${dir} not found (skipped)`);
    return;
  }
  const articles: Article[] = [];
  let sourceBytes = 0;
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.md')).sort()) {
    const content = readFileSync(join(dir, f), 'utf8');
    sourceBytes += Buffer.byteLength(content);
    for (const r of readMarkdown(content, join(dir, f))) if (!isFailure(r)) articles.push(r);
  }
  const textBytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
  const words = articles.reduce((n, a) => n + (a.text.match(/\S+/g)?.length ?? 0), 0);
  const pass = (): number => {
    const t0 = performance.now();
    let sink = 0;
    for (const a of articles) sink += analyzeArticle(a).entities.length;
    if (sink < 0) console.log(sink);
    return (performance.now() - t0) / 1000;
  };
  pass(); // warm-up: JIT and lexicon load
  const times = [pass(), pass(), pass()].sort((a, b) => a - b);
  const t = times[1]!;
  console.log(`bench extract: JIT interrupt budget ${jit}; ${articles.length} articles, ${(sourceBytes / 1e6).toFixed(2)} MB Markdown (${(textBytes / 1e6).toFixed(2)} MB prose), ${words} words`);
  console.log(`  analyzeArticle: ${t.toFixed(2)} s median of 3 -> ${(sourceBytes / 1e6 / t).toFixed(3)} MB/s (Markdown), ${(textBytes / 1e6 / t).toFixed(3)} MB/s (prose), ${Math.round(words / t)} words/s`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await benchExtract(process.argv.slice(2));
