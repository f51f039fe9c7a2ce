/**
 * The extraction figures of issue 3 as regression floors: the seed, re3d-dev
 * and CoNLL eval runs (in process, for speed) must stay at or above the
 * floors in ./floors.json, and keep the contract. One test runs the seed
 * through the real CLI (`newsgraph extract --format jsonl`). Skips cleanly
 * when ../shared is absent. Raise floors with `npm run eval -- --write-floors`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../scripts/eval/contract.ts';
import { currentFigures, readFloors } from '../../scripts/eval/floors.ts';
import { evalConll, evalRe3d, evalSeed, hasData, sharedRoot } from '../../scripts/eval/run.ts';
import { evalCrossSource } from '../../scripts/eval/cross-source.ts';

const shared = sharedRoot();
const floors = readFloors();
const TIMEOUT = 300_000;

/** Is `extract` registered as a CLI command yet? (read from the command list's source) */
function cliHasExtract(): boolean {
  const dir = join(REPO_ROOT, 'src', 'cli', 'commands');
  if (!existsSync(join(dir, 'index.ts'))) return false;
  return /\bextract\b/.test(readFileSync(join(dir, 'index.ts'), 'utf8'));
}

type Group = 'seed' | 're3d' | 'conll' | 'crossSource';

/** [figure, measured, floor] rows; `max*` floors are upper bounds. */
function rows(group: Group, measured: Record<string, number> | undefined): Array<[string, number, number]> {
  const floor = (floors[group] ?? {}) as Record<string, number>;
  return Object.keys(floor).map((k) => [k, measured?.[k] ?? NaN, floor[k]!]);
}

function assertFloors(group: Group, measured: Record<string, number> | undefined): void {
  const below = rows(group, measured).filter(([k, v, f]) => (k.startsWith('max') ? !(v <= f) : !(v >= f)));
  expect(below.map(([k, v, f]) => `${group}.${k}: measured ${v}, floor ${f}`)).toEqual([]);
}

describe.skipIf(!hasData(shared, 'seed'))('seed article floors (in process)', () => {
  let result: Awaited<ReturnType<typeof evalSeed>>;
  beforeAll(async () => {
    result = await evalSeed({ mode: 'in-process', shared });
  }, TIMEOUT);

  it('keeps the contract', () => {
    expect(result.run.violations).toEqual([]);
  });

  it('stays at or above the floors', () => {
    assertFloors('seed', currentFigures({ seed: result.score }).seed);
  });
});

describe.skipIf(!hasData(shared, 'seed') || !cliHasExtract())('seed article through the CLI contract', () => {
  it(
    'prints the contract with consistent offsets and stays at or above the floors',
    async () => {
      const cli = await evalSeed({ mode: 'cli', shared });
      expect(cli.run.violations).toEqual([]);
      assertFloors('seed', currentFigures({ seed: cli.score }).seed);
    },
    TIMEOUT,
  );
});

describe.skipIf(!hasData(shared, 're3d'))('re3d-dev floors (in process)', () => {
  let result: Awaited<ReturnType<typeof evalRe3d>>;
  beforeAll(async () => {
    result = await evalRe3d({ mode: 'in-process', shared });
  }, TIMEOUT);

  it('reads the gold without problems and keeps the contract', () => {
    expect(result.loadProblems).toEqual([]);
    expect(result.run.violations).toEqual([]);
  });

  it('stays at or above the floors', () => {
    assertFloors('re3d', currentFigures({ re3d: result.score }).re3d);
  });
});

describe.skipIf(!hasData(shared, 'conll'))('CoNLL-2003 eng.testa floors (in process, evaluation only)', () => {
  let result: Awaited<ReturnType<typeof evalConll>>;
  beforeAll(async () => {
    result = await evalConll({ mode: 'in-process', shared });
  }, TIMEOUT);

  it('keeps the contract', () => {
    expect(result.run.violations).toEqual([]);
  });

  it('stays at or above the floor', () => {
    assertFloors('conll', currentFigures({ conll: result.score }).conll);
  });
});

// Leave-one-publisher-out (issue 11): trains the five fold models when they are not cached
// in .cache/tagger-folds (2 at a time, a few minutes on an idle 2-core machine), then scores.
describe.skipIf(!hasData(shared, 're3d') || !existsSync(join(shared, 'data', 'ner-train')))('re3d-dev cross-source floors (tagger trained without each publisher)', () => {
  let result: Awaited<ReturnType<typeof evalCrossSource>>;
  beforeAll(async () => {
    result = await evalCrossSource({ shared, jobs: 2, log: () => {} });
  }, 3_600_000);

  it('scores every publisher', () => {
    expect(result.folds.length).toBe(5);
    expect(result.folds.every((f) => f.docs > 0)).toBe(true);
  });

  it('stays at or above the floors', () => {
    assertFloors('crossSource', currentFigures({ crossSource: result }).crossSource);
  });
});
