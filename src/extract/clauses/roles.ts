/**
 * Semantic roles from grammatical ones: who acts and who undergoes, with the
 * voice undone. "ISIS fighters were killed by an airstrike": the airstrike
 * acts, the fighters undergo; "ISIS killed 12": ISIS acts.
 */
import type { Clause, NounPhrase } from './types.ts';

/** Who performs the clause's action: the subject of an active verb, the "by" agent of a passive one. */
export function actorsOf(c: Clause): NounPhrase[] {
  return c.verb.voice === 'passive' ? c.agent : c.subject;
}

/** Who undergoes it: the objects of an active verb, the subject of a passive one. */
export function patientsOf(c: Clause): NounPhrase[] {
  return c.verb.voice === 'passive' ? c.subject : c.objects;
}
