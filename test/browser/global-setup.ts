/**
 * vitest globalSetup for the browser tests: build web/dist once, before any
 * browser test runs, when it is missing or older than its sources.
 */
import { ensureBuilt, hasChromium } from './helpers.ts';

export default function setup(): void {
  if (hasChromium) ensureBuilt();
}
