/**
 * Lazy evidence in real headless Chromium: the seed fixture served as
 * `/api/graph?evidence=false` sends it (evidence lists emptied, the graph
 * marked `evidence: "omitted"`), and each node's `/api/nodes/:id` answer
 * (its edges with their evidence) held back until the test lets it go. The panel lists the
 * edges at once, fills the sentences when they arrive, asks once per node,
 * and the exports say the evidence was omitted.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ensureBuilt, hasChromium, launchChromium, readFixture, serveView, SKIP_MESSAGE, type Served } from './helpers.ts';

interface Serialized {
  attributes?: Record<string, unknown>;
  nodes: Array<{ key: string; attributes: Record<string, unknown> }>;
  edges: Array<{ key: string; source: string; target: string; attributes: { evidence: Array<Record<string, unknown>> } & Record<string, unknown> }>;
}

const fixture = readFixture('seed-graph.json') as Serialized;

function withoutEvidence(): Serialized {
  const g = structuredClone(fixture);
  g.attributes = { evidence: 'omitted' };
  for (const e of g.edges) e.attributes.evidence = [];
  return g;
}

/** Every node's /api/nodes/:id document. */
function nodeRoutes(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const n of fixture.nodes) {
    const edges = fixture.edges.filter((e) => e.source === n.key || e.target === n.key).map((e) => ({ id: e.key, evidence: e.attributes.evidence }));
    out[`/api/nodes/${n.key}`] = { id: n.key, edges };
  }
  return out;
}

const ATTACK_SENTENCE =
  'In the first half of 2024 alone, ISIS claimed responsibility for 153 attacks in Syria and Iraq, and has been increasing its manpower by recruiting and training children.';

describe.skipIf(!hasChromium)(hasChromium ? 'lazy evidence (chromium)' : SKIP_MESSAGE, { timeout: 60_000 }, () => {
  let served: Served;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];
  let release!: () => void;
  const gate = new Promise<void>((ok) => (release = ok));

  beforeAll(async () => {
    ensureBuilt();
    served = await serveView(withoutEvidence(), nodeRoutes(), { routeGate: () => gate });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(served.url);
    await page.waitForFunction(() => window.__newsgraph?.ready === true);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  const nodeRequests = () => served.requests.filter((r) => r.startsWith('/api/nodes/'));

  it('asks the server for the graph without evidence', () => {
    expect(served.requests[0]).toBe('/api/graph?evidence=false&format=compact');
  });

  it('the panel lists the edges at once, then fills the evidence from /api/nodes/:id', async () => {
    await page.fill('#search-input', 'ISIS');
    await page.waitForSelector('#search-list li[role="option"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#panel:not([hidden]) h2');
    // Before the answer: every edge listed, no sentence yet, a loading note per edge.
    await page.waitForFunction(() => document.querySelector('#panel')?.getAttribute('data-evidence') !== null);
    expect(await page.getAttribute('#panel', 'data-evidence')).toBe('loading');
    const edges = page.locator('#panel li.edge');
    const count = await edges.count();
    expect(count).toBe(fixture.edges.filter((e) => e.source === 'isis' || e.target === 'isis').length);
    expect(await page.locator('#panel blockquote.sentence').count()).toBe(0);
    expect(await page.locator('#panel .ev-loading').count()).toBe(count);
    release();
    await page.waitForSelector('#panel[data-evidence="loaded"]');
    expect(await page.locator('#panel .ev-note').count()).toBe(0);
    const sentences = await page.locator('#panel li.edge[data-type="attacks"] blockquote.sentence').allTextContents();
    expect(sentences).toContain(ATTACK_SENTENCE);
    const syria = page.locator('#panel li.edge[data-edge="isis|attacks|syria"]');
    expect(await syria.locator('mark.m-target').allTextContents()).toEqual(['Syria']);
    expect(nodeRequests()).toEqual(['/api/nodes/isis?limit=500&evidenceLimit=20']);
    expect(errors).toEqual([]);
  });

  it('a second open is instant: no request, the evidence is there', async () => {
    await page.click('#panel button.close');
    await page.waitForSelector('#panel', { state: 'hidden' });
    await page.fill('#search-input', 'ISIS');
    await page.waitForSelector('#search-list li[role="option"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#panel:not([hidden]) h2');
    expect(await page.getAttribute('#panel', 'data-evidence')).toBe('loaded');
    expect(await page.locator('#panel blockquote.sentence').count()).toBeGreaterThan(0);
    // A node whose only edge (to ISIS) is filled already is not asked either.
    await page.click('#panel button.neighbour[data-node="al-hol-camp"]');
    await page.waitForSelector('#panel[data-node="al-hol-camp"]');
    expect(await page.getAttribute('#panel', 'data-evidence')).toBe('loaded');
    expect(nodeRequests()).toEqual(['/api/nodes/isis?limit=500&evidenceLimit=20']);
  });

  it('the JSON and GEXF exports say the evidence was omitted', async () => {
    const [json] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
    const out = JSON.parse(readFileSync((await json.path())!, 'utf8')) as Serialized;
    expect(out.attributes?.evidence).toBe('omitted');
    expect(String(out.attributes?.description)).toMatch(/^Evidence omitted/);
    // What was read is kept: ISIS's edges carry their sentences.
    const isisEdge = out.edges.find((e) => e.key === 'isis|attacks|syria');
    expect(isisEdge?.attributes.evidence.length).toBeGreaterThan(0);
    const [gexf] = await Promise.all([page.waitForEvent('download'), page.click('#export-gexf')]);
    expect(readFileSync((await gexf.path())!, 'utf8')).toContain('<description>Evidence omitted');
    expect(errors).toEqual([]);
  });

  it('a graph file without evidence, with no API to ask: the panel says the evidence is not in the file', async () => {
    // Served at /graph.json only: no /api/graph, no /api/nodes.
    const file = await serveView(undefined, { '/graph.json': withoutEvidence() });
    const p = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    try {
      await p.goto(`${file.url}?node=isis`);
      await p.waitForSelector('#panel:not([hidden]) h2');
      expect(await p.getAttribute('#panel', 'data-evidence')).toBe('missing');
      expect(await p.locator('#panel .ev-missing').first().textContent()).toContain('saved without its evidence');
      expect(file.requests.filter((r) => r.startsWith('/api/nodes/'))).toEqual([]);
    } finally {
      await p.close();
      await file.close();
    }
  });
});
