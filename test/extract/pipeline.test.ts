/**
 * Extraction is an explicit list of passes; each returns new values and
 * changes nothing it was given; format readers run only when their detector
 * says the document has their format.
 */
import { ModelError } from '../../src/extract/tagger/errors.ts';
import { describe, expect, it } from 'vitest';
import { PASSES, runPasses, type Analysis, type Pass } from '../../src/extract/pipeline.ts';
import { defaultLexicon } from '../../src/extract/lexicon/index.ts';
import { extract } from '../../src/extract/index.ts';
import { looksLikeStrikeReport } from '../../src/extract/formats/strike-report.ts';
import { looksLikePressRelease } from '../../src/extract/formats/statements.ts';

const resources = () => ({ lexicon: defaultLexicon(), models: {} });
const REPORT = 'Coalition military forces conducted 23 strikes against ISIL terrorists.\nNear Al Shadaddi, three strikes engaged three ISIL tactical units and destroyed two vehicles.\n';

function deepFreeze<T>(x: T): T {
  if (x && typeof x === 'object' && !Object.isFrozen(x)) {
    Object.freeze(x);
    if (x instanceof Map || x instanceof Set) return x;
    for (const v of Object.values(x)) deepFreeze(v);
  }
  return x;
}

describe('the passes', () => {
  it('run in a fixed, documented order', () => {
    expect(PASSES.map((p) => p.name)).toEqual([
      'text', 'mentions', 'coreference', 'formats', 'strike-report', 'rules', 'generic-actors', 'events', 'unit-hierarchy', 'containment', 'quotes',
      'statements', 'turns', 'first-person', 'nested', 'shared',
    ]);
    expect(PASSES.filter((p) => p.format).map((p) => p.name)).toEqual(['strike-report', 'unit-hierarchy', 'statements', 'turns']);
  });

  it('change nothing they are given (every analysis is frozen before the next pass)', () => {
    const frozen: Pass[] = PASSES.map((p) => ({ ...p, run: (a: Analysis, r) => p.run(deepFreeze(a), r) }));
    const text = `${REPORT}Brig. Gen. Ali al-Hassan, a spokesman for the SDF, said: “We will strike ISIS in Hajin.”\n`;
    const out = runPasses({ id: 't', title: 't' }, text, resources(), frozen);
    expect(out.relations.length).toBeGreaterThan(0);
  });

  it('give the strike reader a new mentions array when it reads a line head as a place', () => {
    const seen: Analysis[] = [];
    const spy: Pass[] = PASSES.map((p) => ({ ...p, run: (a: Analysis, r) => (seen.push(a), p.run(a, r)) }));
    const out = runPasses({ id: 't', title: 't' }, REPORT, resources(), spy);
    const before = seen[PASSES.findIndex((p) => p.name === 'strike-report')]!.mentions.find((m) => m.text === 'Al Shadaddi')!;
    const after = out.mentions.find((m) => m.text === 'Al Shadaddi')!;
    expect(after).toMatchObject({ kind: 'place', type: 'city', rule: 'name-strike-line-place' });
    expect(before.rule).not.toBe('name-strike-line-place');
  });
});

describe('format readers run only on their format', () => {
  it('detectors', () => {
    expect(looksLikeStrikeReport(REPORT)).toBe(true);
    expect(looksLikeStrikeReport('Hezbollah attacked the Free Syrian Army near Qusayr.')).toBe(false);
    expect(looksLikePressRelease('The Minister said:\n\nWe will help.')).toBe(true);
    expect(looksLikePressRelease('The Minister said we will help.')).toBe(false);
  });

  it('a format pass is skipped when its detector fails', () => {
    const ran: string[] = [];
    const spy: Pass[] = PASSES.map((p) => ({ ...p, run: (a: Analysis, r) => (ran.push(p.name), p.run(a, r)) }));
    runPasses({ id: 't', title: 't' }, 'Hezbollah attacked the Free Syrian Army near Qusayr.', resources(), spy);
    expect(ran).not.toContain('strike-report');
    expect(ran).not.toContain('statements');
    expect(ran).not.toContain('unit-hierarchy');
    expect(ran).toContain('rules');
  });

  it('a rule that yields to a format reader does not read its lines', () => {
    const rules = (text: string) => extract({ id: 't', title: 't', text }).relations.map((r) => r.evidence.rule);
    expect(rules(REPORT)).toContain('located-strike-report');
    expect(rules(REPORT)).not.toContain('located-report-frame');
    expect(rules('Near Palmyra, ISIS fighters ambushed an army convoy.')).toContain('located-report-frame');
  });
});

describe('extract options', () => {
  it('hands models to the passes without needing them', () => {
    const text = 'Hezbollah attacked the Free Syrian Army near Qusayr.';
    expect(extract({ id: 't', title: 't', text }, { models: { clauses: { version: 0 } } })).toEqual(extract({ id: 't', title: 't', text }));
  });

  it('refuses a tagger that is not one (ModelError), and runs without one when told', () => {
    const text = 'Hezbollah attacked the Free Syrian Army near Qusayr.';
    expect(() => extract({ id: 't', title: 't', text }, { models: { tagger: { version: 0 } } })).toThrow(ModelError);
    expect(extract({ id: 't', title: 't', text }, { models: { tagger: false } }).mentions.map((m) => m.text)).toEqual(['Hezbollah', 'Free Syrian Army', 'Qusayr']);
  });
});

describe('no work at import time', () => {
  it('importing the extractor loads no compromise; the first unknown name does, unless its snapshot is in the disk cache', async () => {
    const { execFileSync } = await import('node:child_process');
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const script = [
      "import { createRequire } from 'node:module';",
      "const loaded = () => Object.keys(createRequire(import.meta.url).cache).some((k) => k.includes('/compromise/'));",
      "const { extract } = await import('./src/extract/index.ts');",
      'const before = loaded();',
      "extract({ id: 't', title: 't', text: 'Talks between Kofi Mensah and the Halvorsen Group resumed.' });",
      'console.log(JSON.stringify({ before, after: loaded() }));',
    ].join('\n');
    const run = (cacheDir: string) =>
      JSON.parse(
        execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
          cwd: new URL('../../', import.meta.url),
          encoding: 'utf8',
          env: { ...process.env, NEWSGRAPH_CACHE_DIR: cacheDir },
        }),
      );
    expect(run('off')).toEqual({ before: false, after: true });
    // an empty cache: the first process loads compromise and caches its snapshot; the next reads that
    const dir = mkdtempSync(join(tmpdir(), 'ng-no-work-'));
    expect(run(dir)).toEqual({ before: false, after: true });
    expect(run(dir)).toEqual({ before: false, after: false });
    rmSync(dir, { recursive: true, force: true });
  });
});
