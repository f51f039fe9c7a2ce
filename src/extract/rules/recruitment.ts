/**
 * Relation rules, family `recruits`: who recruits whom, and from which camp (a camp's people are recruited; a place
 * where recruiting is done is where the recruiter is, located_in, not whom it recruits).
 */
import type { RelationRule } from './types.ts';
import { ACTOR } from './kinds.ts';

export const RECRUITMENT_RULES: RelationRule[] = [
  {
    reason: 'recruits-verb',
    type: 'recruits',
    pattern: `{S:${ACTOR}}{_p}{V:recruit}\\s+(?:\\w+\\s+){0,4}?(?:in|from|at|inside)\\s+(?:the\\s+)?{T:camp}`,
    example: 'ISIS recruited teenagers in the al-Hol camp.',
    examples: ['The Tarvan Front has been recruiting children in the Dorum camp.'],
    confidence: 0.75,
  },
  {
    reason: 'recruits-nominal',
    type: 'recruits',
    // a party's recruiting named as a noun, where it is done ("X's recruitment of teenagers in Y", "X's recruiting
    // drive in Y")
    pattern: `{S:${ACTOR}}['’]s?\\s+(?:[\\w-]+\\s+)?(?:recruitment|recruiting|enlistment)\\s+(?:(?:drive|campaign)s?\\s+)?(?:of\\s+(?:[\\w-]+\\s+){1,3}?)?(?:in|from|at|inside|across)\\s+(?:the\\s+)?{T:camp}`,
    example: "The Tarvan Front's recruitment of teenagers in the Dorum camp alarmed aid workers.",
    examples: ["The Kessar Brigades' enlistment of boys from the Karvi camp drew protests."],
    confidence: 0.7,
  },
  {
    reason: 'recruits-from-group',
    type: 'recruits',
    pattern: `{S:${ACTOR}}{_p}{V:recruit}\\s+(?:former\\s+)?(?:members|fighters)\\s+(?:of|from)\\s+(?:the\\s+)?{T:${ACTOR}}`,
    example: 'ISIS recruited fighters from the al-Nusra Front.',
    confidence: 0.7,
  },
  {
    reason: 'recruits-passive',
    type: 'recruits',
    // a group recruited by a party, in a passive clause or in a description apposed to it ("X, a militia of Afghan
    // fighters recruited by Iran", "X was recruited and trained by Y")
    pattern: `{T:${ACTOR}}(?:\\s*,\\s+(?:an?|the)\\s+(?:[\\w'’-]+\\s+|⟦[^⟧]*⟧\\s+){1,6}?|{_}(?:was|were|is|are|had\\s+been|has\\s+been|have\\s+been)\\s+(?:\\w+ly\\s+)?){V:recruit:pp}\\s+(?:and\\s+[\\w-]+\\s+)?by\\s+(?:the\\s+)?{S:${ACTOR},country}`,
    example: 'The Kessar Brigades, a militia of Sudanese fighters recruited by the Tarvan Front, shelled the port.',
    examples: ['The Omari Battalion was recruited and trained by Chad.'],
    confidence: 0.7,
  },
];
