import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { allowedTransitions, bilouLabels, decodeBilou, encodeBilou } from '../../src/extract/tagger/bilou.ts';
import { viterbi } from '../../src/extract/tagger/decode.ts';
import { ModelError } from '../../src/extract/tagger/errors.ts';
import { decodeModel, encodeModel, FORMAT_VERSION } from '../../src/extract/tagger/format.ts';
import { LinearModel, type LinearModelData } from '../../src/extract/tagger/linear.ts';
import { loadModelFile } from '../../src/extract/tagger/models.ts';

function tiny(): LinearModelData {
  return {
    kind: 'ner',
    labels: ['O', 'U-PER'],
    featureSet: 'test-v1:0000',
    keys: Int32Array.from([3, 17, 99]),
    weights: Float32Array.from([0.5, -0.25, 0, 0, 1.5, 2]),
    transitions: new Float32Array(6).fill(0.125),
    meta: { note: 'unit test' },
  };
}

function expectModelError(fn: () => unknown, ...parts: string[]): void {
  let err: unknown;
  try {
    fn();
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(ModelError);
  expect((err as Error).name).toBe('ModelError');
  for (const p of parts) expect((err as Error).message).toContain(p);
  expect((err as Error).message).toContain('npm run train');
}

describe('model format', () => {
  it('round-trips a model, dropping all-zero rows and quantising per row', () => {
    const d = decodeModel(encodeModel(tiny()), 'tiny.model');
    expect(d.labels).toEqual(['O', 'U-PER']);
    expect(Array.from(d.keys)).toEqual([3, 99]);
    const m = new LinearModel(d);
    const scores = new Float32Array(2);
    m.addRows(Int32Array.from([99, 3, 12345]), 3, scores, 0);
    expect(scores[0]).toBeCloseTo(2.0, 1);
    expect(scores[1]).toBeCloseTo(1.75, 1);
    expect(d.transitions[0]).toBeCloseTo(0.125, 6);
    expect(d.meta).toEqual({ note: 'unit test' });
  });

  const dir = mkdtempSync(join(tmpdir(), 'ng-model-'));

  it('names a missing file and the fix', () => {
    expectModelError(() => loadModelFile(join(dir, 'absent.model'), 'ner', 'x'), 'absent.model', 'missing');
  });

  it('names a truncated file', () => {
    const p = join(dir, 'cut.model');
    const full = encodeModel(tiny());
    writeFileSync(p, full.subarray(0, full.length - 9));
    expectModelError(() => loadModelFile(p, 'ner', 'test-v1:0000'), 'cut.model');
  });

  it('names a file of another format version', () => {
    const raw = gunzipSync(encodeModel(tiny()));
    raw.writeUInt32LE(FORMAT_VERSION + 1, 8);
    const p = join(dir, 'v2.model');
    writeFileSync(p, gzipSync(raw));
    expectModelError(() => loadModelFile(p, 'ner', 'test-v1:0000'), 'v2.model', `version ${FORMAT_VERSION + 1}`);
  });

  it('names a file trained with other feature code, or of another kind', () => {
    const p = join(dir, 'old.model');
    writeFileSync(p, encodeModel(tiny()));
    expectModelError(() => loadModelFile(p, 'ner', 'test-v2:ffff'), 'old.model', 'feature set');
    expectModelError(() => loadModelFile(p, 'pos', 'test-v1:0000'), 'old.model', '"ner"');
  });

  it('names a corrupt file', () => {
    const raw = gunzipSync(readFileSync(join(dir, 'old.model')));
    raw[raw.length - 6] = raw[raw.length - 6]! ^ 0xff;
    const p = join(dir, 'flip.model');
    writeFileSync(p, gzipSync(raw));
    expectModelError(() => loadModelFile(p, 'ner', 'test-v1:0000'), 'flip.model', 'checksum');
  });
});

describe('BILOU and Viterbi', () => {
  const labels = bilouLabels(['PER', 'LOC']);

  it('encodes and decodes spans', () => {
    const spans = [
      { start: 0, end: 2, cls: 'PER' },
      { start: 3, end: 4, cls: 'LOC' },
      { start: 5, end: 8, cls: 'LOC' },
    ];
    const enc = encodeBilou(8, spans);
    expect(enc).toEqual(['B-PER', 'L-PER', 'O', 'U-LOC', 'O', 'B-LOC', 'I-LOC', 'L-LOC']);
    expect(decodeBilou(enc)).toEqual(spans);
  });

  it('decodes under the constraints: no I or L without a B, every span closed', () => {
    const L = labels.length;
    const { allowed, final } = allowedTransitions(labels);
    // emissions prefer the ill-formed I-PER, I-PER
    const emit = new Float32Array(2 * L);
    emit[labels.indexOf('I-PER')] = 5;
    emit[L + labels.indexOf('I-PER')] = 5;
    emit[labels.indexOf('B-PER')] = 1;
    emit[L + labels.indexOf('L-PER')] = 1;
    const best = Array.from(viterbi(emit, 2, L, new Float32Array((L + 1) * L), allowed, final), (k) => labels[k]);
    expect(best).toEqual(['B-PER', 'L-PER']);
  });
});
