/**
 * What the name finders produce: candidate spans with a type, the rule that
 * found them and a priority (lexicon hits are 10; on equal spans the higher
 * priority wins). A finder is data: a `reason` id, an `example` and the name
 * the example must yield (`expect`, tested), and `find`.
 */
import type { EntityType } from '../../types.ts';

export interface NameCandidate {
  start: number;
  end: number;
  type: EntityType;
  reason: string;
  titles?: string[];
  role?: string;
  anaphor?: boolean;
  /** How much the type counts in the entity's type vote (default 1; less when only the word shapes gave it). */
  typeWeight?: number;
  /** Lower wins less often on ties (lexicon hits are 10). */
  priority: number;
}

export interface NamePattern {
  reason: string;
  example: string;
  /** The name the example must yield. */
  expect: string;
  find(text: string): NameCandidate[];
  /** The regexes the finder runs only near their cues (cued.ts), each to be proven equal to its global scan. */
  cued?: ReadonlyArray<{ re: RegExp; cue: unknown; only?: (m: RegExpExecArray) => boolean }>;
}

type ToCandidates = (m: RegExpExecArray) => NameCandidate | NameCandidate[] | undefined;

/** Every match of a global regex, mapped to candidates. */
export function all(re: RegExp, text: string, fn: ToCandidates): NameCandidate[] {
  return fromMatches(matchesOf(re, text), fn);
}

/** Every match of a global regex, in text order. */
export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/** Matches mapped to candidates, in order. */
export function fromMatches(ms: readonly RegExpExecArray[], fn: ToCandidates): NameCandidate[] {
  const out: NameCandidate[] = [];
  for (const m of ms) {
    const c = fn(m);
    if (Array.isArray(c)) out.push(...c);
    else if (c) out.push(c);
  }
  return out;
}
