/**
 * Relation rules, family `reports`: which outlet carries or cites which.
 */
import type { RelationRule } from './types.ts';
import { ACTOR } from './kinds.ts';

export const REPORTING_RULES: RelationRule[] = [
  {
    reason: 'reports-quoted-by',
    type: 'reports',
    pattern: `{T:media}\\s+(?:report|article|story|investigation|interview|account)\\s+{V:cite:pp}\\s+by\\s+(?:the\\s+)?{S:media}`,
    example: 'according to a BBC report quoted by Le Monde.',
    examples: ['An Al Jazeera interview carried by Reuters named the commander.'],
    confidence: 0.85,
  },
  {
    reason: 'reports-citing',
    type: 'reports',
    // (an outlet cites another outlet, or the party or person it quotes: "quoted X as saying", "citing X")
    pattern: `{S:media}{_}{V:quote}\\s+(?:an?\\s+|the\\s+)?(?:report\\s+(?:by|from|in)\\s+(?:the\\s+)?)?{T:${ACTOR}}`,
    example: 'Reuters, citing Al Arabiya, said the talks had failed.',
    examples: ['The state news agency, KUNA, citing the Tarvan Front, reported that the road was closed.', 'Radio Okapi quoted Idris Naro as saying the town had fallen.'],
    confidence: 0.8,
  },
  {
    reason: 'reports-reported-that',
    type: 'reports',
    pattern: `{S:media}\\s+{V:report}\\s+(?:on\\s+\\w+\\s+)?(?:that\\s+)?(?:the\\s+)?{T:${ACTOR}}`,
    example: 'Al Jazeera reported that Turkish troops would leave Syria.',
    examples: ['Anadolu reported on Monday that the PKK had abandoned two camps.'],
    confidence: 0.6,
  },
];
