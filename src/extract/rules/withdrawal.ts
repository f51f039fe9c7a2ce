/**
 * Relation rules, family `withdraws_from`: who leaves a place ("pulled its
 * troops out of", "withdrew from").
 */
import type { RelationRule } from './types.ts';
import { ACTOR } from './kinds.ts';

export const WITHDRAWAL_RULES: RelationRule[] = [
  {
    reason: 'withdraws-verb',
    type: 'withdraws_from',
    pattern: `{S:${ACTOR},country}{_}(?<![\\p{L}-]){V:withdraw}\\s+(?:(?:its|their|all|most|some|the)\\s+)?(?:(?:troops|forces|soldiers|personnel|fighters)\\s+)?(?:from|out\\s+(?:of|from))\\s+(?:the\\s+)?{T:place,camp}`,
    example: 'US forces might withdraw from Iraq by September 2025.',
    examples: ['Hezbollah pulled out of Qusayr in March.'],
    confidence: 0.8,
    coord: true,
  },
  {
    reason: 'withdraws-nominal',
    type: 'withdraws_from',
    pattern: `{S:${ACTOR},country}(?:['’]s)?\\s+(?:[\\w-]+\\s+)?(?:withdrawal|pullout|pull-out|retreat)\\s+from\\s+(?:the\\s+)?{T:place,camp}`,
    example: "Turkey's withdrawal from Afrin was announced on Friday.",
    confidence: 0.7,
  },
];
