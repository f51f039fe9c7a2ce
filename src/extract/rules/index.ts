/**
 * The relation rules, one file per family, joined in the order they run.
 * Order matters only for the order of the output (every rule runs on every
 * sentence that holds two mentions and the rule's cue).
 */
import { ALLIANCE_RULES } from './alliances.ts';
import { ATTACK_RULES } from './attacks.ts';
import { CAPTURE_RULES } from './capture.ts';
import { CONTROL_RULES } from './control.ts';
import { LOCATION_RULES } from './location.ts';
import { MEMBERSHIP_RULES } from './membership.ts';
import { RECRUITMENT_RULES } from './recruitment.ts';
import { REPORTING_RULES } from './reporting.ts';
import { WITHDRAWAL_RULES } from './withdrawal.ts';
import type { RelationRule } from './types.ts';

export type { RelationRule } from './types.ts';

export const RULE_FAMILIES: ReadonlyArray<readonly [string, readonly RelationRule[]]> = [
  ['attacks', ATTACK_RULES],
  ['capture', CAPTURE_RULES],
  ['alliances', ALLIANCE_RULES],
  ['membership and leadership', MEMBERSHIP_RULES],
  ['control of places', CONTROL_RULES],
  ['location', LOCATION_RULES],
  ['recruitment', RECRUITMENT_RULES],
  ['reporting', REPORTING_RULES],
  ['withdrawal', WITHDRAWAL_RULES],
];

export const RELATION_RULES: readonly RelationRule[] = RULE_FAMILIES.flatMap(([, rules]) => rules);
