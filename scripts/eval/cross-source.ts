/**
 * `npm run eval -- --cross-source`: leave-one-publisher-out on re3d-dev
 * (issue 11). For each of its publishers, the name tagger is trained on
 * ner-train plus the other publishers (`npm run train -- --only ner --exclude
 * P`, the shipped recipe) and the product, with the lexicon as shipped and
 * that fold's tagger injected (`analyzeArticle(a, { models: { tagger } })`), is scored on
 * the held-out publisher; the same without the tagger for comparison.
 *
 * Fold models are cached in .cache/tagger-folds/ (git-ignored), keyed by a
 * hash of the training data, the training and tagger code, the lexicon's name
 * list (what training reads of the lexicon) and the
 * shipped POS model and cluster map, so a second run only scores. Missing
 * folds are trained `jobs` at a time, each in its own process.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { analyzeArticle } from '../../src/resolve/index.ts';
import type { Article, ArticleExtraction } from '../../src/types.ts';
import { defaultNameLists, defaultPosModel, loadTagger, MODEL_FILES } from '../../src/extract/tagger/models.ts';
import { lexiconNameList } from '../../src/extract/tagger/lexicon-source.ts';
import { REPO_ROOT } from './contract.ts';
import { loadRe3d } from './load-re3d.ts';
import { scoreCrossSource, type CrossSourceScore } from './cross-source-score.ts';
import type { Re3dDoc } from './score-re3d.ts';

export const FOLD_CACHE = join(REPO_ROOT, '.cache', 'tagger-folds');

export interface FoldResult {
  publisher: string;
  docs: number;
  tagger: CrossSourceScore;
  without: CrossSourceScore;
  /** seconds spent training this fold now (0 when cached) */
  trainSeconds: number;
}

export interface CrossSourceResult {
  folds: FoldResult[];
  /** macro means over publishers */
  mean: { tagger: MeanFigures; without: MeanFigures };
  trainSeconds: number;
}

export interface MeanFigures {
  namedMergedF1: number;
  namedAllSpansF1: number;
  allMergedF1: number;
  allAllSpansF1: number;
  reach: number;
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]))
    .sort();
}

/** Hash of everything a fold model depends on, except the held-out publisher. */
export function foldKey(shared: string): string {
  const h = createHash('sha1');
  const files = [
    ...filesUnder(join(REPO_ROOT, 'scripts', 'train')),
    // what training reads: not the shipped NER model, not the integration (propose, unknown-names)
    ...filesUnder(join(REPO_ROOT, 'src', 'extract', 'tagger')).filter((f) => !/(?:propose|unknown-names)\.ts$/.test(f) && !f.endsWith(MODEL_FILES.ner)),
    ...filesUnder(join(shared, 'data', 'ner-train')),
    ...filesUnder(join(shared, 'data', 're3d-dev')),
  ];
  for (const f of files) {
    h.update(relative(REPO_ROOT, f));
    h.update(readFileSync(f));
  }
  // what training reads of the lexicon module: its entities and demonyms as a name list (tagger/lexicon-source.ts),
  // not its word lists, verb classes or generic actors, whose edits need no retraining
  h.update('lexicon name list');
  h.update(JSON.stringify(lexiconNameList()));
  return h.digest('hex').slice(0, 16);
}

function trainFold(shared: string, publisher: string, out: string, log: (s: string) => void): Promise<number> {
  const t0 = performance.now();
  const tsx = join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
  const args = [join(REPO_ROOT, 'scripts', 'train', 'main.ts'), '--only', 'ner', '--exclude', publisher, '--out', out, '--shared', shared];
  return new Promise((done, fail) => {
    const child = spawn(tsx, args, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let outText = '';
    child.stdout.on('data', (b: Buffer) => (outText += b.toString()));
    child.stderr.on('data', (b: Buffer) => (outText += b.toString()));
    child.on('error', fail);
    child.on('close', (code) => {
      writeFileSync(join(out, 'train.log'), outText);
      if (code !== 0) fail(new Error(`training fold ${publisher} failed (exit ${code}): ${outText.trim().split('\n').slice(-3).join(' | ')}`));
      else {
        const s = (performance.now() - t0) / 1000;
        log(`  fold ${publisher}: trained in ${s.toFixed(0)} s`);
        done(s);
      }
    });
  });
}

async function runPool<T>(items: T[], jobs: number, fn: (x: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await fn(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, items.length)) }, worker));
}

/** The fold model folders, trained where missing. */
export async function ensureFolds(shared: string, publishers: string[], jobs: number, log: (s: string) => void): Promise<{ dirs: Map<string, string>; seconds: Map<string, number> }> {
  const key = foldKey(shared);
  const dirs = new Map(publishers.map((p) => [p, join(FOLD_CACHE, `${p}-${key}`)]));
  const seconds = new Map<string, number>();
  const missing = publishers.filter((p) => !existsSync(join(dirs.get(p)!, MODEL_FILES.ner)));
  if (missing.length) log(`  training ${missing.length} fold model(s) into ${relative(REPO_ROOT, FOLD_CACHE)}/ (${jobs} at a time; cached afterwards)`);
  await runPool(missing, jobs, async (p) => {
    mkdirSync(dirs.get(p)!, { recursive: true });
    seconds.set(p, await trainFold(shared, p, dirs.get(p)!, log));
  });
  return { dirs, seconds };
}

function publisherDocs(root: string): Map<string, Re3dDoc[]> {
  const folderOf = new Map<string, string>();
  for (const d of readdirSync(root).sort()) {
    const p = join(root, d, 'documents.json');
    if (!statSync(join(root, d)).isDirectory() || !existsSync(p)) continue;
    for (const line of readFileSync(p, 'utf8').split('\n')) {
      const id = /"_id"\s*:\s*"([^"]+)"/.exec(line)?.[1];
      if (id) folderOf.set(id, d);
    }
  }
  const by = new Map<string, Re3dDoc[]>();
  for (const doc of loadRe3d(root)) {
    const p = folderOf.get(doc.id) ?? 'unknown';
    by.set(p, [...(by.get(p) ?? []), doc]);
  }
  return by;
}

const asArticle = (d: Re3dDoc): Article => ({ id: d.id, title: d.title, text: d.text, ...(d.source ? { source: d.source } : {}), ...(d.url ? { url: d.url } : {}) });

function run(docs: Re3dDoc[], analyze: (a: Article) => ArticleExtraction): Array<ArticleExtraction | undefined> {
  return docs.map((d) => JSON.parse(JSON.stringify(analyze(asArticle(d)))) as ArticleExtraction);
}

function meanOf(scores: CrossSourceScore[]): MeanFigures {
  const m = (f: (s: CrossSourceScore) => number) => scores.reduce((a, s) => a + f(s), 0) / Math.max(1, scores.length);
  return {
    namedMergedF1: m((s) => s.merged.named.f1),
    namedAllSpansF1: m((s) => s.allSpans.named.f1),
    allMergedF1: m((s) => s.merged.all.f1),
    allAllSpansF1: m((s) => s.allSpans.all.f1),
    reach: m((s) => s.reach.share),
  };
}

export async function evalCrossSource(opts: { shared: string; jobs: number; log: (s: string) => void }): Promise<CrossSourceResult> {
  const by = publisherDocs(join(opts.shared, 'data', 're3d-dev'));
  const publishers = [...by.keys()].sort();
  const { dirs, seconds } = await ensureFolds(opts.shared, publishers, opts.jobs, opts.log);
  const pos = defaultPosModel();
  const folds: FoldResult[] = publishers.map((p) => {
    const docs = by.get(p)!;
    const tagger = loadTagger(dirs.get(p)!, defaultNameLists(), pos);
    return {
      publisher: p,
      docs: docs.length,
      tagger: scoreCrossSource(docs, run(docs, (a) => analyzeArticle(a, { models: { tagger } }))),
      without: scoreCrossSource(docs, run(docs, (a) => analyzeArticle(a, { models: { tagger: false } }))),
      trainSeconds: seconds.get(p) ?? 0,
    };
  });
  return {
    folds,
    mean: { tagger: meanOf(folds.map((f) => f.tagger)), without: meanOf(folds.map((f) => f.without)) },
    trainSeconds: [...seconds.values()].reduce((a, b) => a + b, 0),
  };
}

const f3 = (x: number) => x.toFixed(3);

/** The printed section. */
export function crossSourceSection(r: CrossSourceResult): string {
  const lines = ['== re3d-dev leave-one-publisher-out (tagger trained without the publisher; lexicon as shipped) =='];
  lines.push('  F1 over merged gold spans / over all gold spans, overlap; reach = gold relations with both ends found');
  lines.push('  publisher                                   docs  named merged   named all   all merged    all all     reach');
  const cell = (a: number, b: number) => `${f3(a)} (${f3(b)})`.padEnd(13);
  for (const f of r.folds) {
    lines.push(
      `  ${f.publisher.padEnd(42)} ${String(f.docs).padStart(4)}  ${cell(f.tagger.merged.named.f1, f.without.merged.named.f1)}${cell(f.tagger.allSpans.named.f1, f.without.allSpans.named.f1)}${cell(f.tagger.merged.all.f1, f.without.merged.all.f1)}${cell(f.tagger.allSpans.all.f1, f.without.allSpans.all.f1)}${cell(f.tagger.reach.share, f.without.reach.share)}`,
    );
  }
  const t = r.mean.tagger;
  const w = r.mean.without;
  lines.push(`  ${'mean over publishers'.padEnd(42)}       ${cell(t.namedMergedF1, w.namedMergedF1)}${cell(t.namedAllSpansF1, w.namedAllSpansF1)}${cell(t.allMergedF1, w.allMergedF1)}${cell(t.allAllSpansF1, w.allAllSpansF1)}${cell(t.reach, w.reach)}`);
  lines.push('  (in parentheses: the same without the tagger)');
  if (r.trainSeconds) lines.push(`  fold training this run: ${r.trainSeconds.toFixed(0)} s of process time in total`);
  return lines.join('\n');
}
