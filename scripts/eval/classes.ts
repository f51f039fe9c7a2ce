/**
 * How newsgraph's kinds map onto the evaluation classes (issue 3):
 * actor+person -> Person; other actors and force -> Organisation;
 * place and camp -> Location. CoNLL uses the short names PER/ORG/LOC.
 * Relation types map onto re3d's relation types the same way, in one table.
 */

export const EVAL_CLASSES = ['Person', 'Organisation', 'Location'] as const;
export type EvalClass = (typeof EVAL_CLASSES)[number];

export function classOf(kind: string, type: string): EvalClass | undefined {
  if (kind === 'actor') return type === 'person' ? 'Person' : 'Organisation';
  if (kind === 'force') return 'Organisation';
  if (kind === 'place' || kind === 'camp') return 'Location';
  return undefined;
}

export const CONLL_OF: Record<EvalClass, 'PER' | 'ORG' | 'LOC'> = {
  Person: 'PER',
  Organisation: 'ORG',
  Location: 'LOC',
};

/** newsgraph relation type -> re3d relation type (re3d's own spelling). */
export const RE3D_RELATION_OF: Record<string, string> = {
  attacks: 'FightingAgainst',
  allied_with: 'AlliesOf',
  member_of: 'BelongsTo',
  leads: 'InChargeOf',
  located_in: 'CoLocated',
};

export const RE3D_RELATION_TYPES = ['FightingAgainst', 'AlliesOf', 'BelongsTo', 'InChargeOf', 'CoLocated'] as const;
