/**
 * The relation rules, in the order they run.
 */
export { RELATION_RULES } from './all.ts';
export type { RelationRule } from './types.ts';
