/**
 * The shipped models match the code: each loads with the feature set this
 * code computes (a change to the feature templates without `npm run train`
 * fails here), they fit the size budget, and `npm run train -- --quick`
 * still trains loadable models, byte for byte the same twice (skipped
 * without ../shared).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultPosModel, loadTagger, MODEL_DIR, MODEL_FILES } from '../../src/extract/tagger/models.ts';
import { tagDocument } from '../../src/extract/tagger/ner.ts';
import { POS_FEATURE_SET } from '../../src/extract/tagger/pos-features.ts';
import { nerFeatureSet } from '../../src/extract/tagger/ner-features.ts';
import { sharedRoot } from '../../scripts/eval/run.ts';
import { train, RECIPE } from '../../scripts/train/main.ts';

describe('shipped tagger models', () => {
  it('load with the feature sets this code computes', () => {
    const t = loadTagger(MODEL_DIR);
    expect(t.pos.featureSet).toBe(POS_FEATURE_SET);
    expect(t.ner!.featureSet).toBe(nerFeatureSet(t.clusters.digest));
    expect(t.ner!.meta.quick).toBe(false);
    expect(t.pos.meta.quick).toBe(false);
    expect(t.ner!.meta.exclude).toEqual([]);
  });

  it('fit in 10 MB together', () => {
    const total = readdirSync(MODEL_DIR).reduce((n, f) => n + statSync(join(MODEL_DIR, f)).size, 0);
    expect(Object.values(MODEL_FILES).every((f) => existsSync(join(MODEL_DIR, f)))).toBe(true);
    expect(total).toBeLessThanOrEqual(10 * 1024 * 1024);
  });
});

const shared = sharedRoot();
describe.skipIf(!existsSync(join(shared, 'data', 'ner-train')))('npm run train -- --quick', () => {
  it('trains loadable POS and NER models on a small slice', async () => {
    const out = mkdtempSync(join(tmpdir(), 'ng-train-'));
    const lines: string[] = [];
    await train({ shared, out, quick: true, exclude: [], seed: RECIPE.seed, log: (s) => lines.push(s) });
    const t = loadTagger(out, undefined, undefined);
    expect(t.ner!.meta.quick).toBe(true);
    const spans = tagDocument(t, [['Talks', 'resumed', 'in', 'Oslo', 'on', 'Monday', '.']]);
    expect(Array.isArray(spans[0])).toBe(true);
    expect(lines.some((l) => /held-out GMB accuracy 0\.9/.test(l))).toBe(true);
    // and the shipped POS model is not disturbed
    expect(defaultPosModel().meta.quick).toBe(false);
    // deterministic: a second run with the same seed writes the same bytes
    const again = mkdtempSync(join(tmpdir(), 'ng-train-'));
    await train({ shared, out: again, quick: true, exclude: [], seed: RECIPE.seed, log: () => {} });
    for (const f of [MODEL_FILES.pos, MODEL_FILES.ner]) expect(readFileSync(join(again, f)).equals(readFileSync(join(out, f)))).toBe(true);
  }, 240_000);
});
