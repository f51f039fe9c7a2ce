/**
 * What a CAMEO event code means for the graph: the edge type it gives (issue
 * 12: assault, fight, mass violence and force posture attack; arrest and
 * abduction capture; retreat withdraws; diplomatic and material cooperation,
 * agreements and aid ally) and its PLOVER category (PLOVER codebook draft 0.8,
 * 2021, CAMEO-to-PLOVER table: root categories only).
 *
 * Codes are strings ("190", "0874"); the longest matching prefix decides.
 */
import type { RelationType } from '../../types.ts';

interface CodeRule {
  prefix: string;
  edge: RelationType | null;
  reason: string;
}

/** Longest prefix first. `edge: null` keeps the event as evidence of an interaction without an edge of its own. */
const EDGE_RULES: readonly CodeRule[] = [
  { prefix: '0874', edge: 'withdraws_from', reason: 'retreat or surrender militarily' },
  { prefix: '087', edge: 'withdraws_from', reason: 'de-escalate military engagement' },
  { prefix: '173', edge: 'captures', reason: 'arrest, detain' },
  { prefix: '181', edge: 'captures', reason: 'abduct, hijack, take hostage' },
  { prefix: '057', edge: 'allied_with', reason: 'sign formal agreement' },
  { prefix: '05', edge: 'allied_with', reason: 'diplomatic cooperation' },
  { prefix: '06', edge: 'allied_with', reason: 'material cooperation' },
  { prefix: '07', edge: 'allied_with', reason: 'provide aid' },
  { prefix: '15', edge: 'attacks', reason: 'exhibit force posture against a target' },
  { prefix: '18', edge: 'attacks', reason: 'assault' },
  { prefix: '19', edge: 'attacks', reason: 'fight' },
  { prefix: '20', edge: 'attacks', reason: 'use unconventional mass violence' },
];

/** PLOVER 2021 root categories by CAMEO root (two digits); 08 splits at 084. A plain statement (01) has none. */
const PLOVER_ROOTS: Readonly<Record<string, string>> = {
  '02': 'REQUEST', '03': 'AGREE', '04': 'CONSULT', '05': 'SUPPORT', '06': 'COOPERATE', '07': 'AID',
  '08': 'CONCEDE', '09': 'ACCUSE', '10': 'DEMAND', '11': 'ACCUSE', '12': 'REJECT', '13': 'THREATEN', '14': 'PROTEST',
  '15': 'MOBILIZE', '16': 'SANCTION', '17': 'COERCE', '18': 'ASSAULT', '19': 'ASSAULT', '20': 'ASSAULT',
};
/** Codes whose PLOVER category differs from their root's. */
const PLOVER_EXCEPTIONS: Readonly<Record<string, string>> = {
  '084': 'RETREAT', '085': 'RETREAT', '086': 'RETREAT', '087': 'RETREAT', '1712': 'ASSAULT', '191': 'COERCE', '192': 'COERCE', '163': 'COERCE',
};

function longestPrefix<T>(code: string, table: Readonly<Record<string, T>>): T | undefined {
  for (let n = code.length; n >= 2; n--) {
    const hit = table[code.slice(0, n)];
    if (hit !== undefined) return hit;
  }
  return undefined;
}

/** The edge type of a CAMEO code, or null when the code makes no edge of the ten. */
export function edgeOfCode(code: string): RelationType | null {
  for (const r of EDGE_RULES) if (code.startsWith(r.prefix)) return r.edge;
  return null;
}

/** The PLOVER category of a CAMEO code ("190" -> ASSAULT, "0874" -> RETREAT). */
export function ploverOfCode(code: string): string | null {
  return longestPrefix(code, PLOVER_EXCEPTIONS) ?? longestPrefix(code.slice(0, 2), PLOVER_ROOTS) ?? null;
}

/** The edge rules, for tests and documentation. */
export const CODE_RULES = EDGE_RULES;
