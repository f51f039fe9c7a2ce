/**
 * End to end: the corpus ingested into a temporary store, served by
 * `startServer` (src/server) with web/dist, opened in headless Chromium.
 * Searching "ISIS" opens a panel listing an `attacks` edge whose evidence is
 * a sentence of the seed article (corpus/seed.article.txt): the graph comes
 * without evidence (/api/graph?evidence=false), the node's from /api/nodes/:id.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { distDir, ensureBuilt, hasChromium, launchChromium, repoRoot, SKIP_MESSAGE } from './helpers.ts';

const serverModule = join(repoRoot, 'src', 'server', 'server.ts');
const corpus = join(repoRoot, 'corpus');
const seedArticle = join(corpus, 'seed.article.txt');
const ready = hasChromium && existsSync(serverModule) && existsSync(seedArticle);
const reason = !hasChromium ? SKIP_MESSAGE : 'served view skipped: src/server or corpus/seed.article.txt is missing';

describe.skipIf(!ready)(ready ? 'served view of the corpus (startServer + chromium)' : reason, { timeout: 90_000 }, () => {
  let browser: Browser;
  let page: Page;
  let dir: string;
  let close: (() => Promise<void>) | undefined;
  let url = '';

  beforeAll(async () => {
    ensureBuilt();
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-view-'));
    const { openNewsgraph } = await import('../../src/api.ts');
    const { startServer } = await import('../../src/server/server.ts');
    const ng = openNewsgraph({ db: join(dir, 'view.db') });
    await ng.ingestPaths([corpus]);
    const running = await startServer({ newsgraph: ng, port: 0, webRoot: distDir });
    url = running.url;
    close = async () => {
      await running.close();
      ng.close();
    };
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await close?.();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('search "ISIS" → an attacks edge whose evidence is a seed-article sentence', async () => {
    page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    await page.goto(url);
    await page.waitForFunction(() => window.__newsgraph?.ready === true);
    expect((await page.evaluate(() => window.__newsgraph!.visibleNodes().length)) > 0).toBe(true);
    await page.fill('#search-input', 'ISIS');
    await page.waitForSelector('#search-list li[role="option"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#panel:not([hidden]) h2');
    // The view asked for the graph without evidence; the panel fetches ISIS's from /api/nodes/isis.
    await page.waitForSelector('#panel:not([data-evidence="loading"])');
    // 20 items per edge come first; an edge with more (ISIS's attacks by the coalition: over 100) offers "load all".
    expect(await page.getAttribute('#panel', 'data-evidence')).toBe('partial');
    const attacks = page.locator('#panel li.edge[data-type="attacks"]');
    expect(await attacks.count()).toBeGreaterThan(0);
    const loadAll = attacks.locator('button.load-all');
    expect(await loadAll.count()).toBeGreaterThan(0);
    await loadAll.first().click();
    await page.waitForFunction(() => document.querySelectorAll('#panel li.edge[data-type="attacks"] .ev-partial').length === 0);
    const more = attacks.locator('button.more');
    while ((await more.count()) > 0) await more.first().click(); // each click removes its button
    const sentences = await attacks.locator('blockquote.sentence').allTextContents();
    const seed = readFileSync(seedArticle, 'utf8');
    const fromSeed = sentences.filter((s) => s.length > 20 && seed.includes(s));
    expect(fromSeed.length).toBeGreaterThan(0);
  });
});
