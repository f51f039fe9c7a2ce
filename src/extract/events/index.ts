/**
 * Events from clauses: a verb dictionary in the shape of CAMEO (./types.ts)
 * matched against the clause reader's clauses gives (source, CAMEO code,
 * target) with evidence spans, the edge type and the PLOVER category.
 * Not wired into extraction yet: see ./README.md.
 */
export type * from './types.ts';
export { matchClause, matchEvents, dictionaryOf, type EventMatch, type DescribeCode } from './match.ts';
export { entriesFromCameo, patternFromCameo, type CameoVerbsLike, type Skipped } from './cameo.ts';
export { edgeOfCode, ploverOfCode, CODE_RULES } from './codes.ts';
