/**
 * The tagger's weights shared between extraction workers (src/extract/tagger/image.ts useSharedImages,
 * models.ts shippedModelImages, src/pipeline/analyze-pool.ts): a thread given the shared images builds its models
 * as views of that memory, not a copy, and tags exactly as the thread that read them from disk; without them it
 * loads its own.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { defaultPosModel, posTag, shippedModelImages } from '../../src/extract/tagger/models.ts';
import { resetCacheDir } from '../../src/util/disk-cache.ts';

const WORDS = ['Rebels', 'shelled', 'the', 'town', 'of', 'Faya', 'on', 'Monday', '.'];

function inWorker(images: Record<string, SharedArrayBuffer> | undefined): Promise<{ shared: boolean; tags: string[] }> {
  return new Promise((resolve, reject) => {
    const w = new Worker(new URL('../fixtures/workers/shared-images.mjs', import.meta.url), { workerData: { images, words: WORDS } });
    w.once('message', (m: { shared: boolean; tags: string[] }) => {
      void w.terminate();
      resolve(m);
    });
    w.once('error', reject);
  });
}

describe('shared tagger images', () => {
  it('are the shipped POS, NER and cluster images once their cache is warm', () => {
    defaultPosModel(); // (builds and caches the images on a cold cache)
    const images = shippedModelImages();
    const names = Object.keys(images).sort();
    expect(names.filter((n) => n.startsWith('tagger-model-'))).toHaveLength(2);
    expect(names.filter((n) => n.startsWith('tagger-clusters-'))).toHaveLength(1);
    for (const sab of Object.values(images)) expect(sab).toBeInstanceOf(SharedArrayBuffer);
  });

  it('are built first on a cold cache, and cached, so that the workers share them from the first run', () => {
    const saved = process.env['NEWSGRAPH_CACHE_DIR'];
    const dir = mkdtempSync(join(tmpdir(), 'ng-shared-'));
    process.env['NEWSGRAPH_CACHE_DIR'] = dir;
    resetCacheDir();
    try {
      expect(Object.keys(shippedModelImages())).toHaveLength(3);
      expect(readdirSync(dir).filter((f) => f.startsWith('tagger-')).length).toBeGreaterThanOrEqual(3);
    } finally {
      if (saved === undefined) delete process.env['NEWSGRAPH_CACHE_DIR'];
      else process.env['NEWSGRAPH_CACHE_DIR'] = saved;
      resetCacheDir();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('give a worker models over the shared memory that tag as this thread does', async () => {
    defaultPosModel();
    const got = await inWorker(shippedModelImages());
    expect(got.shared).toBe(true);
    expect(got.tags).toEqual(posTag(WORDS));
  }, 60_000);

  it('are not needed: a worker without them loads its own copy', async () => {
    const got = await inWorker(undefined);
    expect(got.shared).toBe(false);
    expect(got.tags).toEqual(posTag(WORDS));
  }, 60_000);
});
