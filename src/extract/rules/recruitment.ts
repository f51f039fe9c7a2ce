/**
 * Relation rules, family `recruits`: who recruits where, and from whom.
 */
import type { RelationRule } from './types.ts';
import { ACTOR } from './kinds.ts';

export const RECRUITMENT_RULES: RelationRule[] = [
  {
    reason: 'recruits-verb',
    type: 'recruits',
    pattern: `{S:${ACTOR}}{_p}{V:recruit}\\s+(?:\\w+\\s+){0,4}?(?:in|from|at|inside)\\s+(?:the\\s+)?(?:(?:northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern|south-?western)\\s+)?{T:place,camp}`,
    example: 'ISIS recruited teenagers in the al-Hol camp.',
    examples: ['The Tarvan Front has been recruiting children in southern Somalia.'],
    confidence: 0.75,
  },
  {
    reason: 'recruits-from-group',
    type: 'recruits',
    pattern: `{S:${ACTOR}}{_p}{V:recruit}\\s+(?:former\\s+)?(?:members|fighters)\\s+(?:of|from)\\s+(?:the\\s+)?{T:${ACTOR}}`,
    example: 'ISIS recruited fighters from the al-Nusra Front.',
    confidence: 0.7,
  },
];
