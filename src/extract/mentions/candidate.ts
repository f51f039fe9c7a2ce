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
  /** Lower wins less often on ties (lexicon hits are 10). */
  priority: number;
}

export interface NamePattern {
  reason: string;
  example: string;
  /** The name the example must yield. */
  expect: string;
  find(text: string): NameCandidate[];
}

/** Every match of a global regex, mapped to candidates. */
export function all(re: RegExp, text: string, fn: (m: RegExpExecArray) => NameCandidate | NameCandidate[] | undefined): NameCandidate[] {
  const out: NameCandidate[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const c = fn(m);
    if (Array.isArray(c)) out.push(...c);
    else if (c) out.push(c);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}
