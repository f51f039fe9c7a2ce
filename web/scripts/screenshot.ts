/**
 * Refresh the README screenshot: open an exported JSON graph in the built
 * view (headless Chromium) with a deep link, and save a PNG.
 *
 *   node bin/newsgraph.mjs export --format json > /tmp/graph.json
 *   npx tsx web/scripts/screenshot.ts /tmp/graph.json docs/screenshot.png '?node=isis&hideIsolated=1'
 */
import { readFileSync } from 'node:fs';
import { ensureBuilt, launchChromium, serveView } from '../../test/browser/helpers.ts';

const [graphPath, out = 'docs/screenshot.png', link = '?node=isis&hideIsolated=1'] = process.argv.slice(2);
if (!graphPath) {
  console.error('usage: tsx web/scripts/screenshot.ts <graph.json> [out.png] [deep link]');
  process.exit(2);
}
ensureBuilt();
const served = await serveView(JSON.parse(readFileSync(graphPath, 'utf8')));
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 860 } });
  await page.goto(served.url + link);
  await page.waitForFunction(() => window.__newsgraph?.ready === true);
  await page.waitForFunction(() => !window.__newsgraph!.layoutRunning(), undefined, { timeout: 60_000 });
  await page.waitForTimeout(1500);
  await page.screenshot({ path: out });
  console.log(`${out}: ${await page.evaluate(() => window.__newsgraph!.visibleNodes().length)} nodes shown`);
} finally {
  await browser.close();
  await served.close();
}
