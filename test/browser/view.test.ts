/**
 * The browser view in real headless Chromium (playwright-core + Debian
 * chromium), served from web/dist by a tiny node:http server with the seed
 * fixture graph at /api/graph. Skips with a message when chromium is absent.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parseGraph } from '../../web/src/data.ts';
import { artifactsDir, ensureBuilt, hasChromium, launchChromium, readFixture, repoRoot, serveView, SKIP_MESSAGE, type Served } from './helpers.ts';

interface Serialized {
  nodes: Array<{ key: string; attributes: { kind: string; label: string; aliases: string[] } & Record<string, unknown> }>;
  edges: Array<{ key: string; source: string; target: string; attributes: { type: string; evidence: Array<Record<string, unknown>> } & Record<string, unknown> }>;
}

const fixture = readFixture('seed-graph.json') as Serialized;
const ids = (kind?: string): string[] => fixture.nodes.filter((n) => !kind || n.attributes.kind === kind).map((n) => n.key).sort();
/** Nodes with at least one edge: the ones shown by default (unconnected ones are hidden and counted). */
const connectedIds = (): string[] => ids().filter((n) => fixture.edges.some((e) => e.source === n || e.target === n));

/** The seed article's sentence that carries ISIS's `attacks` edges. */
const ATTACK_SENTENCE =
  'In the first half of 2024 alone, ISIS claimed responsibility for 153 attacks in Syria and Iraq, and has been increasing its manpower by recruiting and training children.';

/** A copy of the fixture whose article text, labels and quotes carry markup. */
function hostileGraph(): Serialized {
  const g = structuredClone(fixture);
  const isis = g.nodes.find((n) => n.key === 'isis')!;
  isis.attributes.label = 'ISIS <img src=x onerror="window.__xss=1">';
  isis.attributes.aliases = ['<script>window.__xss=2</script>'];
  isis.attributes.quotes = [{ speaker: 'isis', text: '<img src=x onerror="window.__xss=5">', start: 0, end: 1, articleId: 'a', articleTitle: '<script>window.__xss=6</script>' }];
  const edge = g.edges.find((e) => e.source === 'isis' && e.attributes.type === 'attacks')!;
  edge.attributes.evidence = edge.attributes.evidence.map((ev) => ({
    ...ev,
    sentence: `<script>window.__xss=3</script> ${String(ev.sentence)} <img src=x onerror="window.__xss=4">`,
    articleTitle: '<b onmouseover="window.__xss=7">title</b>',
    articleUrl: 'javascript:window.__xss=8',
  }));
  return g;
}

/** A copy of the fixture with a second date: `attacks` evidence moved to 2024-08-01. */
function twoDateGraph(): Serialized {
  const g = structuredClone(fixture);
  for (const e of g.edges) {
    if (e.attributes.type !== 'attacks') continue;
    e.attributes.evidence = e.attributes.evidence.map((ev) => ({ ...ev, published: '2024-08-01' }));
    e.attributes.firstSeen = e.attributes.lastSeen = '2024-08-01';
  }
  for (const n of g.nodes) if (['isis', 'syria', 'iraq', 'us-forces'].includes(n.key)) n.attributes.lastSeen = '2024-08-01';
  return g;
}

/** A copy of the fixture where resolution kept two forces apart with a `possiblySameAs` hint. */
function hintGraph(): Serialized {
  const g = structuredClone(fixture);
  for (const n of g.nodes) {
    if (n.key === 'us-forces') n.attributes.possiblySameAs = ['united-states'];
    if (n.key === 'united-states') n.attributes.possiblySameAs = ['us-forces'];
  }
  return g;
}

const visible = (page: Page): Promise<string[]> => page.evaluate(() => window.__newsgraph!.visibleNodes().slice().sort());

async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => window.__newsgraph?.ready === true);
}

async function searchAndPick(page: Page, query: string): Promise<void> {
  await page.fill('#search-input', query);
  await page.waitForSelector('#search-list li[role="option"]');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#panel:not([hidden]) h2');
}

describe.skipIf(!hasChromium)(hasChromium ? 'browser view (chromium)' : SKIP_MESSAGE, { timeout: 60_000 }, () => {
  let served: Served;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    ensureBuilt();
    served = await serveView(fixture, { '/hostile.json': hostileGraph(), '/two-dates.json': twoDateGraph(), '/hints.json': hintGraph() });
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  async function freshPage(path = ''): Promise<Page> {
    await page?.close();
    page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('dialog', (d) => {
      errors.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    await open(page, served.url + path);
    return page;
  }

  it('loads the served graph: every connected node is rendered, the unconnected ones counted and shown on demand', async () => {
    await freshPage();
    expect(await visible(page)).toEqual(connectedIds());
    expect(await page.locator('#graph canvas').count()).toBeGreaterThan(0);
    expect(await page.textContent('#status')).toContain(`${fixture.nodes.length} nodes`);
    const hidden = ids().length - connectedIds().length;
    expect(hidden).toBeGreaterThan(0);
    expect(await page.textContent('#isolated-count')).toBe(`${hidden} hidden`);
    await page.check('#show-isolated');
    expect(await visible(page)).toEqual(ids());
    expect(new URL(page.url()).searchParams.get('isolated')).toBe('1');
    expect(errors).toEqual([]);
  });

  it('search "ISIS" → the panel lists an attacks edge whose evidence is the seed sentence, both ends highlighted', async () => {
    await freshPage();
    await page.fill('#search-input', 'ISIS');
    const first = await page.waitForSelector('#search-list li[role="option"]');
    expect(await first.getAttribute('data-node')).toBe('isis');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#panel:not([hidden]) h2');
    expect(await page.textContent('#panel h2')).toBe('ISIS');
    expect(await page.evaluate(() => window.__newsgraph!.selected())).toBe('isis');
    const attacks = page.locator('#panel li.edge[data-type="attacks"][data-direction="out"]');
    expect(await attacks.count()).toBe(3);
    const sentences = await attacks.locator('blockquote.sentence').allTextContents();
    expect(sentences).toContain(ATTACK_SENTENCE);
    const syria = page.locator('#panel li.edge[data-edge="isis|attacks|syria"]');
    expect(await syria.locator('mark.m-source').allTextContents()).toEqual(['ISIS']);
    expect(await syria.locator('mark.m-target').allTextContents()).toEqual(['Syria']);
    expect(await syria.locator('.ev-meta').first().textContent()).toContain('2024-07-20');
    expect(new URL(page.url()).searchParams.get('node')).toBe('isis');
  });

  it('turning off the place kind removes every place, and only places', async () => {
    await freshPage('?isolated=1');
    const places = ids('place');
    expect(places.length).toBeGreaterThan(0);
    await page.uncheck('#kind-place');
    const now = await visible(page);
    expect(now.filter((n) => places.includes(n))).toEqual([]);
    expect(now).toEqual(ids().filter((n) => !places.includes(n)));
    expect(new URL(page.url()).searchParams.get('kinds')).toBe('actor,force,camp');
    // The camera fits what is left.
    expect(await page.evaluate(() => window.__newsgraph!.visibleShare())).toBe(1);
  });

  it('a deep link restores the selection and the filters', async () => {
    await freshPage('?node=sdf&kinds=actor,force,camp&minConf=0.5');
    await page.waitForSelector('#panel:not([hidden]) h2');
    expect(await page.textContent('#panel h2')).toBe('Syrian Democratic Forces');
    expect(await page.evaluate(() => window.__newsgraph!.selected())).toBe('sdf');
    expect(await page.isChecked('#kind-place')).toBe(false);
    expect(await page.inputValue('#min-confidence')).toBe('0.5');
    expect((await visible(page)).filter((n) => ids('place').includes(n))).toEqual([]);
    // Once the layout has stopped, the selected node is centred in view.
    await page.waitForFunction(() => !window.__newsgraph!.layoutRunning(), undefined, { timeout: 40_000 });
    await page.waitForTimeout(800);
    const at = await page.evaluate(() => window.__newsgraph!.nodePosition('sdf'));
    const box = (await page.locator('#graph').boundingBox())!;
    expect(Math.abs(at!.x - box.width / 2)).toBeLessThan(box.width / 4);
    expect(Math.abs(at!.y - box.height / 2)).toBeLessThan(box.height / 4);
    // ... framed with its neighbours: every one of them is in view.
    const shown = await visible(page);
    for (const e of fixture.edges.filter((x) => x.source === 'sdf' || x.target === 'sdf')) {
      const other = e.source === 'sdf' ? e.target : e.source;
      if (!shown.includes(other)) continue;
      const p = (await page.evaluate((n) => window.__newsgraph!.nodePosition(n), other))!;
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.x).toBeLessThanOrEqual(box.width);
      expect(p.y).toBeGreaterThanOrEqual(0);
      expect(p.y).toBeLessThanOrEqual(box.height);
    }
  });

  it('the panel shows a possiblySameAs hint, and following it selects the other node', async () => {
    await freshPage('?graph=/hints.json&node=us-forces');
    await page.waitForSelector('#panel:not([hidden]) dd.maybe button');
    expect(await page.textContent('#panel dd.maybe')).toBe(fixture.nodes.find((n) => n.key === 'united-states')!.attributes.label);
    await page.click('#panel dd.maybe button');
    await page.waitForFunction(() => window.__newsgraph!.selected() === 'united-states');
    expect(await page.textContent('#panel h2')).toBe(fixture.nodes.find((n) => n.key === 'united-states')!.attributes.label);
    await freshPage('?node=us-forces');
    expect(await page.locator('#panel dd.maybe').count()).toBe(0);
  });

  it('ego-network deep link keeps the node and its 1-hop neighbours only', async () => {
    await freshPage('?node=rohilat-afrin&ego=1');
    const expected = new Set(['rohilat-afrin']);
    for (const e of fixture.edges) {
      if (e.source === 'rohilat-afrin') expected.add(e.target);
      if (e.target === 'rohilat-afrin') expected.add(e.source);
    }
    expect(await visible(page)).toEqual([...expected].sort());
  });

  it('markup inside article text, labels and quotes is shown as text and never runs', async () => {
    await freshPage('?graph=/hostile.json');
    await searchAndPick(page, 'ISIS');
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.locator('#panel script, #panel img, #panel b, #search-list img').count()).toBe(0);
    const panelText = (await page.textContent('#panel')) ?? '';
    expect(panelText).toContain('<script>window.__xss=3</script>');
    expect(panelText).toContain('onerror="window.__xss=4"');
    expect(await page.locator('#panel a[href^="javascript"]').count()).toBe(0);
    expect(errors.filter((e) => e.startsWith('dialog'))).toEqual([]);
  });

  it('keyboard: "/" focuses search, Enter opens and focuses the panel, Tab walks it, Escape closes it', async () => {
    await freshPage();
    await page.click('#stage', { position: { x: 5, y: 5 } });
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await page.keyboard.type('Syrian Demo');
    await page.waitForSelector('#search-list li[role="option"]');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#panel:not([hidden]) h2');
    expect(await page.textContent('#panel h2')).toBe('Syrian Democratic Forces');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('panel');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('#panel') !== null)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.isHidden('#panel')).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
  });

  it('the date slider keeps only what was seen in the range, and the URL records it', async () => {
    await freshPage('?graph=/two-dates.json');
    expect(await page.textContent('#date-range')).toBe('2024-07-20 – 2024-08-01');
    await page.locator('#date-from').fill('1');
    const edges = await page.evaluate(() => window.__newsgraph!.visibleEdges().slice().sort());
    expect(edges).toEqual(fixture.edges.filter((e) => e.attributes.type === 'attacks').map((e) => e.key).sort());
    expect(new URL(page.url()).searchParams.get('from')).toBe('2024-08-01');
  });

  it('exports GEXF, JSON (reopenable, with positions) and PNG of the visible graph', async () => {
    await freshPage('?kinds=actor,force,camp');
    const shown = await visible(page);
    const [gexf] = await Promise.all([page.waitForEvent('download'), page.click('#export-gexf')]);
    const fromGexf = parseGexf(Graph, readFileSync((await gexf.path())!, 'utf8'));
    expect(fromGexf.nodes().sort()).toEqual(shown);
    const [json] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
    const fromJson = parseGraph(JSON.parse(readFileSync((await json.path())!, 'utf8')), 'export').graph;
    expect(fromJson.nodes().sort()).toEqual(shown);
    expect(fromJson.everyNode((_n, a) => Number.isFinite(a.x) && Number.isFinite(a.y))).toBe(true);
    const [png] = await Promise.all([page.waitForEvent('download'), page.click('#export-png')]);
    expect(readFileSync((await png.path())!).subarray(1, 4).toString()).toBe('PNG');
  });

  it('hovering a node marks it as the hovered centre; leaving clears it', async () => {
    await freshPage();
    await page.waitForFunction(() => !window.__newsgraph!.layoutRunning(), undefined, { timeout: 40_000 });
    const box = await page.locator('#graph').boundingBox();
    expect(box).toBeTruthy();
    // under load the camera may still settle after the layout stops: re-read the position and move again
    let hovered: string | undefined;
    for (let attempt = 0; attempt < 10 && hovered !== 'isis'; attempt++) {
      const at = await page.evaluate(() => window.__newsgraph!.nodePosition('isis'));
      expect(at).toBeTruthy();
      await page.mouse.move(box!.x + at!.x + (attempt % 2), box!.y + at!.y);
      hovered = await page
        .waitForFunction(() => window.__newsgraph!.hovered() === 'isis', undefined, { timeout: 3_000 })
        .then(() => 'isis')
        .catch(() => undefined);
    }
    expect(hovered).toBe('isis');
    await page.mouse.move(box!.x + 3, box!.y + 3);
    await page.waitForFunction(() => window.__newsgraph!.hovered() === undefined);
  });

  it('a small graph keeps its edges while the stage is dragged', async () => {
    await freshPage();
    await page.waitForFunction(() => !window.__newsgraph!.layoutRunning(), undefined, { timeout: 40_000 });
    const box = (await page.locator('#graph').boundingBox())!;
    const f0 = await page.evaluate(() => window.__newsgraph!.frames());
    await page.mouse.move(box.x + 5, box.y + box.height - 5);
    await page.mouse.down();
    for (let i = 1; i <= 5; i++) {
      await page.mouse.move(box.x + 5 + 20 * i, box.y + box.height - 5);
      await page.waitForTimeout(50);
    }
    await page.waitForTimeout(200);
    const during = await page.evaluate(() => ({ drawn: window.__newsgraph!.edgesDrawn(), frames: window.__newsgraph!.frames() }));
    await page.mouse.up();
    expect(during.frames).toBeGreaterThan(f0);
    expect(during.drawn).toBe(true);
  });

  it('static mode: without a server graph, an exported JSON file can be opened', async () => {
    const bare = await serveView(undefined);
    try {
      await page?.close();
      page = await browser.newPage();
      await open(page, bare.url + '?isolated=1');
      expect(await page.textContent('#status')).toContain('No graph loaded');
      await page.setInputFiles('#file-input', join(repoRoot, 'test', 'fixtures', 'seed-graph.json'));
      await page.waitForFunction(() => window.__newsgraph!.visibleNodes().length > 0);
      expect(await visible(page)).toEqual(ids());
    } finally {
      await bare.close();
    }
  });

  it('saves a screenshot of the view with the panel open', async () => {
    await freshPage('?node=isis');
    await page.waitForSelector('#panel:not([hidden]) h2');
    await page.waitForFunction(() => !window.__newsgraph!.layoutRunning(), undefined, { timeout: 40_000 });
    mkdirSync(artifactsDir, { recursive: true });
    const file = join(artifactsDir, 'view.png');
    await page.screenshot({ path: file });
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file).subarray(1, 4).toString()).toBe('PNG');
  });
});

const shared = resolve(repoRoot, '..', 'shared', 'gold', 'seed.article.txt');
describe.skipIf(!existsSync(shared))('the fixture follows the seed article', () => {
  it('the attacks sentence and every evidence sentence are in the article at their offsets', () => {
    const text = readFileSync(shared, 'utf8');
    expect(text).toContain(ATTACK_SENTENCE);
    for (const e of fixture.edges) {
      for (const ev of e.attributes.evidence) {
        expect(text.slice(ev.start as number, ev.end as number)).toBe(ev.sentence);
      }
    }
  });
});
