/**
 * Scaling benchmark: is extraction linear in the length of one article?
 *
 * Builds single articles of 0.25, 0.5, 1, 2 and 4 MB from the prose of
 * ../shared/data/wiki-syria (read with the Markdown reader, joined at
 * paragraph boundaries, repeated when the set is shorter than the size) and
 * runs `analyzeArticle` on each (after a warm-up at the smallest size; sizes
 * under 1 MB twice, keeping the faster run, since short runs are the noisy ones).
 * Prints seconds per MB for each size and the ratio of the 4 MB figure to the
 * 0.25 MB one: linear time gives about 1, the target is <= 1.5.
 *
 *   npm run bench -- scaling                    the five sizes
 *   npm run bench -- scaling -- --sizes 0.25,1  other sizes (MB)
 *   npm run bench -- scaling -- --hostile       hostile lines instead (below)
 *
 * `--hostile`: single lines shaped to find super-linear regexes (a name, then a
 * long run of spaces before a verb; "our" and a run of spaces before a trigger;
 * repeated short words; a long line of news words with no punctuation), each at
 * 10k and 40k characters: the ratio of the time per character at 40k to that at
 * 10k is about 1 when linear, 4 when quadratic (a lookbehind with an unbounded
 * quantifier tried at every position of a run is the usual cause).
 *
 * Skips with a message when the shared data is absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeArticle } from '../../src/resolve/index.ts';
import { readMarkdown } from '../../src/ingest/markdown.ts';
import { isFailure } from '../../src/ingest/types.ts';
import type { Article } from '../../src/types.ts';

const REPO = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const MB = 1_000_000;
export const SCALING_SIZES_MB = [0.25, 0.5, 1, 2, 4];
/** The target: time per MB at 4 MB over time per MB at 0.25 MB. */
export const SCALING_MAX_RATIO = 1.5;

/** Paragraphs of wiki-syria prose, in file order; undefined when the data is absent. */
export function wikiParagraphs(dir = join(REPO, '..', 'shared', 'data', 'wiki-syria')): string[] | undefined {
  if (!existsSync(dir)) return undefined;
  const out: string[] = [];
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.md')).sort()) {
    for (const r of readMarkdown(readFileSync(join(dir, f), 'utf8'), join(dir, f))) {
      if (!isFailure(r)) out.push(...r.text.split(/\n{2,}/).filter((p) => p.trim()));
    }
  }
  return out;
}

/** One article of about `bytes` UTF-8 bytes: whole paragraphs, cycling through them. */
export function articleOfSize(paragraphs: string[], bytes: number): Article {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = paragraphs[i % paragraphs.length]!;
    parts.push(p);
    size += Buffer.byteLength(p) + 2;
  }
  return { id: `scaling-${bytes}`, title: `Scaling ${bytes / MB} MB`, text: parts.join('\n\n') };
}

export interface ScalingRow {
  mb: number;
  bytes: number;
  seconds: number;
  secondsPerMb: number;
  entities: number;
  relations: number;
}

export function measureScaling(paragraphs: string[], sizesMb = SCALING_SIZES_MB): ScalingRow[] {
  // warm-up: lexicon load and JIT, on an article of the smallest size
  analyzeArticle(articleOfSize(paragraphs, Math.min(...sizesMb) * MB));
  return sizesMb.map((mb) => {
    const article = articleOfSize(paragraphs, mb * MB);
    const bytes = Buffer.byteLength(article.text);
    // articles under 1 MB are timed twice and the faster run kept (a short run is the noisier one)
    let seconds = Infinity;
    let ex: ReturnType<typeof analyzeArticle> | undefined;
    for (let run = 0; run < (mb < 1 ? 2 : 1); run++) {
      const t0 = performance.now();
      ex = analyzeArticle(article);
      seconds = Math.min(seconds, (performance.now() - t0) / 1000);
    }
    return { mb, bytes, seconds, secondsPerMb: seconds / (bytes / MB), entities: ex!.entities.length, relations: ex!.relations.length };
  });
}

/** Hostile single lines of `n` characters or so (see the header). */
export const HOSTILE_LINES: Readonly<Record<string, (n: number) => string>> = {
  'name, spaces, verb': (n) => `Hezbollah${' '.repeat(n)}attacked the Free Syrian Army`,
  'our, spaces, trigger': (n) => `Hezbollah and our${' '.repeat(n)}fight against ISIS`,
  'be, spaces, participle': (n) => `Hezbollah was${' '.repeat(n)}captured by ISIS`,
  "'a ' repeated": (n) => 'a '.repeat(n / 2),
  'no punctuation': (n) => Array.from({ length: Math.ceil(n / 7) }, (_, i) => ['ISIS', 'fighters', 'were', 'captured', 'by', 'the', 'town', 'where', 'our', 'forces'][i % 10]).join(' '),
};

function benchHostile(): void {
  const sizes = [10_000, 40_000];
  console.log(`bench scaling --hostile: one line per shape at ${sizes.join(' and ')} characters; CPU s per analyzeArticle`);
  analyzeArticle({ id: 'warm', title: 'warm', text: HOSTILE_LINES['no punctuation']!(2000) });
  for (const [name, line] of Object.entries(HOSTILE_LINES)) {
    const perChar = sizes.map((n) => {
      const text = line(n);
      const c0 = process.cpuUsage();
      analyzeArticle({ id: 'hostile', title: 'hostile', text });
      const c = process.cpuUsage(c0);
      return { n: text.length, s: (c.user + c.system) / 1e6 };
    });
    const ratio = perChar[1]!.s / perChar[1]!.n / Math.max(perChar[0]!.s / perChar[0]!.n, 1e-9);
    console.log(`  ${name.padEnd(24)} ${perChar.map((r) => `${r.n} chars ${r.s.toFixed(3)} s`).join(', ')}; ratio per char ${ratio.toFixed(2)}`);
  }
}

export async function benchScaling(args: string[] = []): Promise<void> {
  if (args.includes('--hostile')) return benchHostile();
  const paragraphs = wikiParagraphs();
  if (!paragraphs) {
    console.log('bench scaling: ../shared/data/wiki-syria not found (skipped)');
    return;
  }
  const i = args.indexOf('--sizes');
  const sizes = i >= 0 && args[i + 1] ? args[i + 1]!.split(',').map(Number) : SCALING_SIZES_MB;
  if (sizes.some((s) => !(s > 0))) throw new Error(`--sizes takes positive MB figures, got "${args[i + 1]}"`);
  console.log(`bench scaling: one article per size, built from ${paragraphs.length} wiki-syria paragraphs; analyzeArticle once each`);
  const rows = measureScaling(paragraphs, sizes);
  for (const r of rows) {
    console.log(
      `  ${String(r.mb).padStart(5)} MB (${r.bytes} bytes): ${r.seconds.toFixed(2).padStart(7)} s, ${r.secondsPerMb.toFixed(2)} s/MB, ${r.entities} entities, ${r.relations} relations`,
    );
  }
  const first = rows[0]!;
  const last = rows[rows.length - 1]!;
  const ratio = last.secondsPerMb / first.secondsPerMb;
  console.log(
    `  ratio s/MB ${last.mb} MB / ${first.mb} MB: ${ratio.toFixed(2)} (target <= ${SCALING_MAX_RATIO}: ${ratio <= SCALING_MAX_RATIO ? 'met' : 'NOT met'})`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await benchScaling(process.argv.slice(2));
