/**
 * Deterministic synthetic articles in the fixture language (see
 * fixture-analyze.ts), for crash, concurrency and order tests.
 */
import type { Article } from '../../src/types.ts';

const SUBJECTS = ['ISIS', 'SDF', 'Hayat Tahrir al-Sham', 'United States', 'Rohilat Afrin'];
const OBJECTS = ['Syria', 'Iraq', 'Damascus', 'Ḥasakah', 'al-Hol camp', 'ISIS', 'SDF'];
const VERBS = ['attacks', 'captured', 'recruits', 'operates in', 'supports'];

export function syntheticArticles(count: number): Article[] {
  const out: Article[] = [];
  for (let i = 0; i < count; i++) {
    const s = SUBJECTS[i % SUBJECTS.length]!;
    const o = OBJECTS[(i * 3 + 1) % OBJECTS.length]!;
    const v = VERBS[(i * 7) % VERBS.length]!;
    const s2 = SUBJECTS[(i + 2) % SUBJECTS.length]!;
    const o2 = OBJECTS[(i * 5 + 2) % OBJECTS.length]!;
    out.push({
      id: `syn-${String(i).padStart(4, '0')}`,
      title: `Synthetic ${i}`,
      published: `2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`,
      text: `${s} ${v} ${o}. Report ${i}: ${s2} attacks ${o2}.`,
    });
  }
  return out;
}
