/**
 * Running the extractor through the public contract, and checking it.
 *
 * `runExtractor` spawns `node bin/newsgraph.mjs extract <file> --format jsonl`
 * once per dataset and parses one JSON line per article (issue 2, item 5).
 * Two fallbacks run in this process instead: `in-process` calls
 * `analyzeArticle` (src/resolve/index.ts) directly, and `baseline` calls the
 * compromise-only extractor of ./baseline.ts (the anchor of issue 3).
 * `verifyContract` counts every break of the contract's promises.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Article, ArticleExtraction } from '../../src/types.ts';

export const REPO_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

export type RunMode = 'cli' | 'in-process' | 'baseline';
export const RUN_MODES: readonly RunMode[] = ['cli', 'in-process', 'baseline'];

/** An input article as the evaluation writes it (JSONL: id, title, text, source, url). */
export interface EvalArticle {
  id: string;
  title: string;
  text: string;
  source?: string;
  url?: string;
}

export interface RunResult {
  /** One extraction per input article, in input order (undefined when missing). */
  outputs: Array<ArticleExtraction | undefined>;
  /** Lines that did not parse, articles missing from the output, etc. */
  problems: string[];
  seconds: number;
  mode: RunMode;
  /** What the CLI wrote on stderr (warnings), for the report. */
  stderr?: string;
}

type Analyze = (article: Article) => ArticleExtraction;

async function loadAnalyzer(mode: RunMode): Promise<Analyze> {
  if (mode === 'baseline') {
    const mod = (await import('./baseline.ts')) as { baselineExtract: Analyze };
    return mod.baselineExtract;
  }
  const href = pathToFileURL(join(REPO_ROOT, 'src', 'resolve', 'index.ts')).href;
  const mod = (await import(href)) as { analyzeArticle?: (a: Article, o?: { models?: { tagger?: false } }) => ArticleExtraction };
  const analyze = mod.analyzeArticle;
  if (typeof analyze !== 'function') throw new Error('src/resolve/index.ts does not export analyzeArticle');
  // `npm run eval -- --no-tagger` (in process): the extractor without the trained name tagger
  return process.env.NEWSGRAPH_EVAL_NO_TAGGER === '1' ? (a) => analyze(a, { models: { tagger: false } }) : (a) => analyze(a);
}

function spawnCli(file: string): Promise<{ stdout: string; stderr: string; code: number }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [join(REPO_ROOT, 'bin', 'newsgraph.mjs'), 'extract', file, '--format', 'jsonl'], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', fail);
    child.on('close', (code) =>
      done({ stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), code: code ?? 1 }),
    );
  });
}

/** Parse `--format jsonl` output; bad lines are reported, not thrown. */
export function parseJsonl(stdout: string, problems: string[]): ArticleExtraction[] {
  const rows: ArticleExtraction[] = [];
  stdout.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    try {
      const row = JSON.parse(line) as ArticleExtraction;
      if (!row || typeof row !== 'object' || !row.article || !Array.isArray(row.entities)) {
        problems.push(`output line ${i + 1}: not an ArticleExtraction`);
        return;
      }
      row.relations ??= [];
      row.quotes ??= [];
      rows.push(row);
    } catch (e) {
      problems.push(`output line ${i + 1}: ${(e as Error).message}`);
    }
  });
  return rows;
}

/** Put outputs in input order by article id; a single-article run needs no id. */
function align(articles: EvalArticle[], rows: ArticleExtraction[], problems: string[]): Array<ArticleExtraction | undefined> {
  if (articles.length === 1 && rows.length === 1) return [rows[0]];
  const byId = new Map(rows.map((r) => [String(r.article.id), r]));
  return articles.map((a) => {
    const row = byId.get(a.id);
    if (!row) problems.push(`article ${a.id}: no output line`);
    return row;
  });
}

/**
 * Run the extractor over some articles. `file` (a .txt) is passed to the CLI
 * as it is; otherwise the articles are written as JSONL to a temp dir.
 */
export async function runExtractor(articles: EvalArticle[], mode: RunMode, file?: string): Promise<RunResult> {
  const problems: string[] = [];
  const t0 = performance.now();
  if (mode !== 'cli') {
    const analyze = await loadAnalyzer(mode);
    const outputs = articles.map((a) => {
      try {
        const art: Article = { ...a, ...(file ? { path: file } : {}) };
        return JSON.parse(JSON.stringify(analyze(art))) as ArticleExtraction;
      } catch (e) {
        problems.push(`article ${a.id}: extractor threw ${(e as Error).name}: ${(e as Error).message}`);
        return undefined;
      }
    });
    return { outputs, problems, seconds: (performance.now() - t0) / 1000, mode };
  }
  let dir: string | undefined;
  try {
    let input = file;
    if (!input) {
      dir = mkdtempSync(join(tmpdir(), 'newsgraph-eval-'));
      input = join(dir, 'articles.jsonl');
      writeFileSync(input, articles.map((a) => JSON.stringify(a)).join('\n') + '\n');
    }
    const { stdout, stderr, code } = await spawnCli(input);
    const head = stderr.trim().split('\n').slice(0, 5).join(' | ');
    // No output at all is a failed run; a partial one is scored, its gaps counted.
    if (code !== 0 && !stdout.trim()) throw new Error(`newsgraph extract exited ${code}: ${head}`);
    if (code !== 0) problems.push(`newsgraph extract exited ${code}: ${head}`);
    const rows = parseJsonl(stdout, problems);
    const outputs = align(articles, rows, problems);
    return { outputs, problems, seconds: (performance.now() - t0) / 1000, mode, stderr: stderr.trim() };
  } finally {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The seed (or any .txt) as an article, as the product's text reader reads it:
 * the text byte for byte (a UTF-8 BOM aside), the title its first line.
 */
export function articleFromTxt(path: string): EvalArticle {
  const raw = readFileSync(path, 'utf8');
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const line = (text.split('\n').find((l) => l.trim()) ?? basename(path)).trim().replace(/\s+/g, ' ');
  const title = line.length > 100 ? `${line.slice(0, 97).trimEnd()}...` : line;
  return { id: basename(path).replace(/\.txt$/, ''), title, text };
}

export interface Violation {
  article: string;
  rule: 'mention-text' | 'mention-range' | 'relation-end' | 'evidence-range' | 'evidence-sentence' | 'quote-text' | 'quote-speaker' | 'missing-output' | 'bad-output';
  detail: string;
}

function inside(s: { start: number; end: number } | undefined, len: number): boolean {
  return (
    !!s && Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= len
  );
}

/** Check the contract's promises for one article against the text we gave it. */
export function verifyContract(text: string, ex: ArticleExtraction, articleId: string): Violation[] {
  const v: Violation[] = [];
  const add = (rule: Violation['rule'], detail: string) => v.push({ article: articleId, rule, detail });
  const ids = new Set<string>();
  for (const e of ex.entities) {
    ids.add(e.id);
    for (const m of e.mentions ?? []) {
      if (!inside(m, text.length) || m.start === m.end) add('mention-range', `${e.id} [${m.start},${m.end})`);
      else if (text.slice(m.start, m.end) !== m.text)
        add('mention-text', `${e.id} [${m.start},${m.end}) "${m.text}" != "${text.slice(m.start, m.end)}"`);
    }
  }
  for (const r of ex.relations) {
    if (!ids.has(r.source) || !ids.has(r.target)) add('relation-end', `${r.source} ${r.type} ${r.target}`);
    for (const ev of r.evidence ?? []) {
      if (!inside(ev.sourceMention, text.length) || !inside(ev.targetMention, text.length) || !inside(ev, text.length))
        add('evidence-range', `${r.source} ${r.type} ${r.target} (${ev.rule})`);
      else if (typeof ev.sentence === 'string' && text.slice(ev.start, ev.end) !== ev.sentence)
        add('evidence-sentence', `${r.source} ${r.type} ${r.target} (${ev.rule}): sentence != text.slice(start, end)`);
    }
  }
  for (const q of ex.quotes) {
    if (!ids.has(q.speaker) || (q.addressee !== undefined && !ids.has(q.addressee)))
      add('quote-speaker', `${q.speaker} -> ${q.addressee ?? ''}`);
    if (!inside(q, text.length)) add('quote-text', `quote [${q.start},${q.end}) out of range`);
    else if (text.slice(q.start, q.end) !== q.text) add('quote-text', `quote [${q.start},${q.end}) text differs`);
  }
  return v;
}

/** Verify a whole run: every article present, every promise kept. */
export function verifyRun(articles: EvalArticle[], run: RunResult): Violation[] {
  const out: Violation[] = run.problems.map((p) => ({ article: '-', rule: 'bad-output' as const, detail: p }));
  articles.forEach((a, i) => {
    const ex = run.outputs[i];
    if (!ex) out.push({ article: a.id, rule: 'missing-output', detail: 'no extraction' });
    else out.push(...verifyContract(a.text, ex, a.id));
  });
  return out;
}
