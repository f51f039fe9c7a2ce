/**
 * The extraction worker pool: results equal analysis in this thread; a
 * worker that runs out of memory under its heap cap is replaced and its
 * articles analysed again; an article too big even for the replacement fails
 * alone, and the pool goes on.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { AnalyzePool } from '../../src/pipeline/analyze-pool.ts';
import { analyzeArticle } from '../../src/resolve/index.ts';
import type { Article } from '../../src/types.ts';

const ARTICLES: Article[] = [
  { id: 'p1', title: 'Clashes', text: 'Rebels attacked an army checkpoint near Homs on Tuesday, the ministry said.' },
  { id: 'p2', title: 'Talks', text: 'The Kurdish-led Syrian Democratic Forces allied with local tribes east of the Euphrates.' },
  { id: 'p3', title: 'Arrests', text: 'Police in Baghdad arrested three suspects linked to the Islamic State.' },
];

const pools: AnalyzePool[] = [];
afterEach(async () => {
  for (const p of pools.splice(0)) await p.close();
});
const pool = (size: number, opts: ConstructorParameters<typeof AnalyzePool>[1]) => {
  const p = new AnalyzePool(size, opts);
  pools.push(p);
  return p;
};

describe('AnalyzePool', () => {
  it('gives what analyzeArticle gives in this thread, in the order asked', async () => {
    const p = pool(2, {});
    const got = await Promise.all(ARTICLES.map((a) => p.analyze(a)));
    expect(got).toEqual(ARTICLES.map((a) => analyzeArticle(a)));
    expect(p.replaced).toBe(0);
  }, 120_000);

  it('replaces a worker that runs out of memory under its cap and analyses its articles again', async () => {
    // 16 MB cannot even hold the lexicon: the capped worker dies, its replacement (no cap) does the work.
    const p = pool(1, { heapMb: 16 });
    const got = await Promise.all(ARTICLES.map((a) => p.analyze(a)));
    expect(got).toEqual(ARTICLES.map((a) => analyzeArticle(a)));
    expect(p.replaced).toBe(1);
  }, 120_000);

  it('fails only the article a replacement runs out of memory on, and keeps going', async () => {
    const p = pool(1, { heapMb: 16, retryHeapMb: 16 });
    const got = await Promise.allSettled(ARTICLES.map((a) => p.analyze(a)));
    expect(got.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
    for (const r of got) expect(String((r as PromiseRejectedResult).reason)).toMatch(/ran out of memory/);
    // Still usable: the next article is tried on a new worker (which fails again at this cap), not refused at once.
    await expect(p.analyze(ARTICLES[0]!)).rejects.toThrow(/ran out of memory/);
  }, 120_000);
});
