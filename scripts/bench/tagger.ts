/**
 * Tagger benchmark: MB/s and tokens/s of the shipped POS and NER taggers on
 * one core over ../shared/data/wiki-syria/*.md (read with the Markdown reader
 * of src/ingest): tokenizing alone, POS alone, and POS + NER (proposeNames,
 * as extraction calls it). Median of three passes after a warm-up; process
 * CPU time is printed too, since teammates share the machine. Skips when the
 * shared data is absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readMarkdown } from '../../src/ingest/markdown.ts';
import { isFailure } from '../../src/ingest/types.ts';
import { defaultTagger } from '../../src/extract/tagger/models.ts';
import { posTagIndices } from '../../src/extract/tagger/pos.ts';
import { proposeNames } from '../../src/extract/tagger/propose.ts';
import { tokenInfo } from '../../src/extract/tagger/token-info.ts';
import { tagTokens, tokenSentences } from '../../src/extract/tagger/tokenize.ts';

const REPO = resolve(fileURLToPath(new URL('../..', import.meta.url)));

function measure(label: string, bytes: number, tokens: number, fn: () => void): string {
  fn();
  const runs: Array<{ wall: number; cpu: number }> = [];
  for (let k = 0; k < 3; k++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    const wall = (performance.now() - t0) / 1000;
    const c = process.cpuUsage(c0);
    runs.push({ wall, cpu: (c.user + c.system) / 1e6 });
  }
  runs.sort((a, b) => a.wall - b.wall);
  const { wall, cpu } = runs[1]!;
  return `  ${label.padEnd(22)} ${wall.toFixed(2)} s (cpu ${cpu.toFixed(2)} s) -> ${(bytes / 1e6 / wall).toFixed(2)} MB/s, ${Math.round(tokens / wall)} tokens/s (by cpu time: ${(bytes / 1e6 / cpu).toFixed(2)} MB/s)`;
}

export async function benchTagger(): Promise<void> {
  const dir = join(REPO, '..', 'shared', 'data', 'wiki-syria');
  if (!existsSync(dir)) {
    console.log(`bench tagger: ${dir} not found (skipped)`);
    return;
  }
  const texts: string[] = [];
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.md')).sort()) {
    for (const r of readMarkdown(readFileSync(join(dir, f), 'utf8'), join(dir, f))) if (!isFailure(r)) texts.push(r.text);
  }
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const t0 = performance.now();
  const tagger = defaultTagger();
  const load = (performance.now() - t0) / 1000;
  const sentences = texts.map((t) => {
    const toks = tagTokens(t);
    return tokenSentences(t, toks).map(([a, b]) => toks.slice(a, b).map((x) => x.text));
  });
  const tokens = sentences.reduce((n, d) => n + d.reduce((m, s) => m + s.length, 0), 0);
  console.log(`bench tagger: ${texts.length} articles, ${(bytes / 1e6).toFixed(2)} MB prose, ${tokens} tokens; models loaded in ${load.toFixed(2)} s`);
  console.log(measure('tokenize + split', bytes, tokens, () => texts.forEach((t) => tokenSentences(t, tagTokens(t)))));
  console.log(measure('POS', bytes, tokens, () => sentences.forEach((d) => d.forEach((s) => posTagIndices(tagger.pos, s.map(tokenInfo))))));
  console.log(measure('POS + NER (propose)', bytes, tokens, () => texts.forEach((t) => proposeNames(t, { tagger }))));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await benchTagger();
