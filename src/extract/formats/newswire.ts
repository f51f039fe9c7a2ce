/**
 * FORMAT READER: newswire datelines. Reads the layout of agency copy
 * (Reuters, AP, AFP), not English: an article opens with the place it was
 * filed from, in capitals ("BEIRUT, Dec 3 (Reuters) -", "LONDON 1996-08-30",
 * "BOGOTÁ —" in its first lines; the bracket names the agency).
 * The place is a city. Runs on every document, but its pattern matches only
 * at the start of a line in that shape, which is its detector.
 */
import { all, type NamePattern } from '../mentions/candidate.ts';

/**
 * News datelines: "BEIRUT, Dec 3 (Reuters) -", "LONDON 1996-08-30"; at the document's opening also a dash alone after
 * the place, with its country or not ("BOGOTÁ —", "KYIV, Ukraine --"; not a hyphen alone, the separator of a headline: "SOCCER - X WIN"), the group `dash`.
 */
const DATELINE = /^(\p{Lu}[\p{Lu}.'’ -]{2,30}?[\p{Lu}.])(?:\s*\([^)]{1,30}\))?(?:,\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b|[A-Z][A-Za-z]+\s*\()|\s+\d{4}-\d{2}-\d{2}\s*$|\s*\((?:Reuters|AP|AFP)\)|(?<dash>(?:,\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)?\s+(?:—|–|--)\s))/gmu;
/** How far into a document a dateline with a dash alone may open a line: the first lines only. */
const DASH_DATELINE_WITHIN = 600;

export function datelinePattern(): NamePattern {
  const re = new RegExp(DATELINE.source, DATELINE.flags);
  return {
    reason: 'name-dateline',
    example: 'BELGRADE 1996-08-30\nTalks resumed.',
    expect: 'BELGRADE',
    find: (text) =>
      all(re, text, (m) => {
        if (m.groups?.['dash'] !== undefined && m.index > DASH_DATELINE_WITHIN) return undefined;
        const name = m[1]!.trim();
        return { start: m.index, end: m.index + name.length, type: 'city', reason: 'name-dateline', priority: 9 };
      }),
  };
}
