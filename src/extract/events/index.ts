/**
 * Events from clauses: a verb dictionary in the shape of CAMEO (./types.ts)
 * matched against the clause reader's clauses gives (source, CAMEO code,
 * target) with evidence spans, the edge type and the PLOVER category.
 * Wired into extraction by ./pass.ts (the `events` pass); generic actors: ./actors.ts.
 */
export type * from './types.ts';
export { matchClause, matchEvents, dictionaryOf, describeCode, type EventMatch, type DescribeCode } from './match.ts';
export { entriesFromCameo, patternFromCameo, type CameoVerbsLike, type Skipped } from './cameo.ts';
