/**
 * The three evaluations end to end: load the data, run the extractor through
 * the contract (./contract.ts), verify it, score it. Used by `main.ts` and by
 * test/eval. `sharedRoot()` is ../shared next to the repo.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { REPO_ROOT, articleFromTxt, runExtractor, verifyRun, type EvalArticle, type RunMode, type Violation } from './contract.ts';
import { parseConll } from './load-conll.ts';
import { loadRe3d } from './load-re3d.ts';
import { scoreConll, type ConllScore } from './score-conll.ts';
import { scoreRe3d, type Re3dDoc, type Re3dScore } from './score-re3d.ts';
import { scoreSeed, type SeedGold, type SeedScore } from './score-seed.ts';

export interface EvalOptions {
  mode: RunMode;
  /** The ../shared folder. */
  shared: string;
}

export interface RunInfo {
  mode: RunMode;
  seconds: number;
  articles: number;
  chars: number;
  violations: Violation[];
  stderr?: string;
}

/** ../shared next to the repo; NEWSGRAPH_EVAL_SHARED overrides it (e.g. to test the skip). */
export function sharedRoot(): string {
  return process.env.NEWSGRAPH_EVAL_SHARED || resolve(REPO_ROOT, '..', 'shared');
}

export const PATHS = {
  seedArticle: (shared: string) => join(shared, 'gold', 'seed.article.txt'),
  seedGold: (shared: string) => join(shared, 'gold', 'seed.gold.json'),
  re3d: (shared: string) => join(shared, 'data', 're3d-dev'),
  conll: (shared: string) => join(shared, 'data', 'conll2003', 'eng.testa'),
};

export function hasData(shared: string, which: 'seed' | 're3d' | 'conll'): boolean {
  if (which === 'seed') return existsSync(PATHS.seedArticle(shared)) && existsSync(PATHS.seedGold(shared));
  return existsSync(which === 're3d' ? PATHS.re3d(shared) : PATHS.conll(shared));
}

async function run(articles: EvalArticle[], mode: RunMode, file?: string) {
  const result = await runExtractor(articles, mode, file);
  const info: RunInfo = {
    mode,
    seconds: result.seconds,
    articles: articles.length,
    chars: articles.reduce((n, a) => n + a.text.length, 0),
    violations: verifyRun(articles, result),
    ...(result.stderr ? { stderr: result.stderr } : {}),
  };
  return { outputs: result.outputs, info };
}

export async function evalSeed(opts: EvalOptions): Promise<{ score: SeedScore; run: RunInfo }> {
  const file = PATHS.seedArticle(opts.shared);
  const gold = JSON.parse(readFileSync(PATHS.seedGold(opts.shared), 'utf8')) as SeedGold;
  const article = articleFromTxt(file);
  const { outputs, info } = await run([article], opts.mode, file);
  return { score: scoreSeed(gold, outputs[0]), run: info };
}

export async function evalRe3d(
  opts: EvalOptions,
): Promise<{ score: Re3dScore; run: RunInfo; loadProblems: string[]; docs: Re3dDoc[] }> {
  const loadProblems: string[] = [];
  const docs = loadRe3d(PATHS.re3d(opts.shared), loadProblems);
  const articles: EvalArticle[] = docs.map((d) => ({
    id: d.id,
    title: d.title,
    text: d.text,
    ...(d.source ? { source: d.source } : {}),
    ...(d.url ? { url: d.url } : {}),
  }));
  const { outputs, info } = await run(articles, opts.mode);
  return { score: scoreRe3d(docs, outputs), run: info, loadProblems, docs };
}

export async function evalConll(opts: EvalOptions): Promise<{ score: ConllScore; run: RunInfo }> {
  const docs = parseConll(readFileSync(PATHS.conll(opts.shared), 'utf8'), 'eng.testa');
  const articles: EvalArticle[] = docs.map((d) => ({ id: d.id, title: d.title, text: d.text, source: 'CoNLL-2003 eng.testa' }));
  const { outputs, info } = await run(articles, opts.mode);
  return { score: scoreConll(docs, outputs), run: info };
}
