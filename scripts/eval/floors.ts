/**
 * Regression floors: the figures test/eval/eval-floors.test.ts asserts, kept
 * as data in test/eval/floors.json. `npm run eval -- --write-floors` raises
 * them to what the extractor achieves now, rounded down a little (ratios:
 * 0.01 below, to two decimals, seed precision 0.05 below; counts: exactly),
 * and never lowers one.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './contract.ts';
import type { ConllScore } from './score-conll.ts';
import type { CrossSourceResult } from './cross-source.ts';
import type { Re3dScore } from './score-re3d.ts';
import type { SeedScore } from './score-seed.ts';

export const FLOORS_PATH = join(REPO_ROOT, 'test', 'eval', 'floors.json');

/** Each figure must be >= its floor, except `max*` figures, which must be <=. */
export interface Floors {
  seed: { entities: number; relations: number; quotes: number; precision: number; maxSplit: number };
  re3d: { namedOverlapF1: number; namedExactF1: number; allOverlapF1: number; allExactF1: number; relationF1: number };
  conll: { f1: number };
  /** Leave-one-publisher-out means (./cross-source.ts): with the fold's tagger. */
  crossSource?: { namedMergedF1: number; namedAllSpansF1: number; allMergedF1: number; allAllSpansF1: number; reach: number };
}

export interface Figures {
  seed?: SeedScore;
  re3d?: Re3dScore;
  conll?: ConllScore;
  crossSource?: CrossSourceResult;
}

/** The floor figures of a set of scores, unrounded. */
export function currentFigures(f: Figures): Partial<{ [K in keyof Floors]: Floors[K] }> {
  const out: Partial<{ [K in keyof Floors]: Floors[K] }> = {};
  if (f.seed)
    out.seed = {
      entities: f.seed.entities.found,
      relations: f.seed.relations.found,
      quotes: f.seed.quotes.found,
      precision: f.seed.precision.value,
      maxSplit: f.seed.entities.split.length,
    };
  if (f.re3d)
    out.re3d = {
      namedOverlapF1: f.re3d.entities.named.overlap.micro.f1,
      namedExactF1: f.re3d.entities.named.exact.micro.f1,
      allOverlapF1: f.re3d.entities.all.overlap.micro.f1,
      allExactF1: f.re3d.entities.all.exact.micro.f1,
      relationF1: f.re3d.relations.micro.f1,
    };
  if (f.conll) out.conll = { f1: f.conll.micro.f1 };
  if (f.crossSource) out.crossSource = { ...f.crossSource.mean.tagger };
  return out;
}

/** A ratio a little below `x`, to two decimals. */
export function roundDown(x: number, margin = 0.01): number {
  return Math.max(0, Math.floor((x - margin) * 100 + 1e-9) / 100);
}

/**
 * The margin below the measured ratio. Seed precision is over ~20 edges, where
 * one extra edge moves it by 0.05: its floor leaves room for one.
 */
const MARGIN: Record<string, number> = { precision: 0.05 };

/** Raise `old` to the current figures (never lower a floor). */
export function raiseFloors(old: Floors, current: ReturnType<typeof currentFigures>): Floors {
  const next: Floors = JSON.parse(JSON.stringify(old)) as Floors;
  for (const group of ['seed', 're3d', 'conll', 'crossSource'] as const) {
    const cur = current[group] as Record<string, number> | undefined;
    if (!cur) continue;
    const target = (next[group] ??= {} as never) as Record<string, number>;
    for (const [k, v] of Object.entries(cur)) {
      const isCount = group === 'seed' && k !== 'precision';
      if (k.startsWith('max')) target[k] = Math.min(target[k] ?? v, v);
      else target[k] = Math.max(target[k] ?? 0, isCount ? v : roundDown(v, MARGIN[k]));
    }
  }
  return next;
}

export function readFloors(path = FLOORS_PATH): Floors & { _about?: string } {
  return JSON.parse(readFileSync(path, 'utf8')) as Floors & { _about?: string };
}

export function writeFloors(floors: Floors & { _about?: string }, path = FLOORS_PATH): void {
  writeFileSync(path, JSON.stringify(floors, null, 2) + '\n');
}
