/**
 * FORMAT READER: sports results and league tables. Reads the layout of
 * results lines ("Stirling 1 Dundee 1"), fixtures ("Birmingham v Barnsley")
 * and standings rows ("Barnet 4 1 2 1 4 2 5"), not English: the names on such
 * a line are teams (organisations), even when they are place names
 * (`sportsTeams`: "Surrey 282", "Derbyshire beat Kent"). Its patterns match
 * only lines of that shape, and a name becomes a team only next to a score or
 * a result verb: that is its detector.
 */
import type { RawMention } from '../types.ts';
import { all, type NameCandidate, type NamePattern } from '../mentions/candidate.ts';
import type { NameKit } from '../mentions/kit.ts';
import { lowerBound } from '../../util/search.ts';

/**
 * One side of a sports result or a standings row: "St Mirren", "Alba ( Germany )", "Red Star".
 * Its words are bounded in length (like the name word), so a huge unbroken token costs linear time.
 */
const TEAM = `(\\p{Lu}[\\p{L}'’.&-]{0,60}(?:[ \\t]+(?:\\p{Lu}[\\p{L}'’.&-]{0,60}|de|del|di|la|le|am|of|upon|and|&)){0,3}?)(?:[ \\t]+\\([ \\t]*[\\p{L}. ]{1,20}[ \\t]*\\))?`;
const SCORE = `\\d{1,3}`;
/** "Stirling 1 Dundee 1", "Hanwha 6 Ssangbangwool 5 ( halftime 1-0 )", "Alba ( Germany ) 75 Red Star ( Yugoslavia ) 70". */
const RESULT_LINE = `^[ \\t]*${TEAM}[ \\t]+${SCORE}[ \\t]*,?[ \\t]+${TEAM}[ \\t]+${SCORE}(?:[ \\t]*\\(.*\\))?[ \\t.]*$`;
/** League tables: "Barnet 4 1 2 1 4 2 5", "Hanwha 58 1 49 .542 6". */
const STANDINGS_ROW = `^[ \\t]*${TEAM}((?:[ \\t]+[-+]?(?:\\d{1,3}|\\d*\\.\\d+|-)){4,})[ \\t]*$`;
/** Fixtures: "Birmingham v Barnsley", "Manchester City vs. Charlton". */
const FIXTURE = `(?<![\\p{L}])${TEAM}[ \\t]+(?:v|vs\\.?)[ \\t]+${TEAM}(?=[ \\t]*(?:[,;.]|$|\\d))`;

/** What every fixture holds (its "v" between blanks): a cheap pre-test of the text. */
const FIXTURE_CUE = /[ \t](?:v|vs\.?)[ \t]/;

export function resultsLinePattern(kit: NameKit): NamePattern {
  const result = new RegExp(RESULT_LINE, 'gmu');
  const standings = new RegExp(STANDINGS_ROW, 'gmu');
  const fixture = new RegExp(FIXTURE, 'gmu');
  return {
    reason: 'name-results-line',
    example: 'Stirling 1 Dundee 1',
    expect: 'Stirling',
    find: (text) => {
      const out: NameCandidate[] = [];
      const team = (m: RegExpExecArray, g: number): void => {
        const name = m[g];
        if (!name || kit.stopCaps.has(name.split(/\s+/)[0]!)) return;
        const start = m.index + m[0].indexOf(name, g === 1 ? 0 : m[0].indexOf(m[1]!) + m[1]!.length);
        out.push({ start, end: start + name.length, type: 'organization', reason: 'name-results-line', priority: 1 });
      };
      // a fixture holds " v " or " vs. " (FIXTURE_CUE): without one the unanchored fixture pattern cannot match, and is not tried
      for (const re of [result, fixture]) if (re !== fixture || FIXTURE_CUE.test(text)) all(re, text, (m) => void (team(m, 1), team(m, 2)));
      // a table row has small counts (played, won, drawn ...) or a win percentage (".556");
      // golf cards ("Els 67 68 70 71") list players
      const tableRow = (nums: string): boolean =>
        (nums.match(/(?<![\d.])\d{1,2}(?![\d.])/g) ?? []).filter((n) => Number(n) < 40).length >= 2 || /(?:^|\s)\.\d{3}(?=\s|$)/.test(nums);
      all(standings, text, (m) => void (tableRow(m[2]!) && team(m, 1)));
      return out;
    },
  };
}

const SCORE_AFTER = /^\s+\d{1,3}(?:-\d{1,2})?(?=[\s,;.)]|$)/;
const RESULT_VERB_AFTER = /^\s+(?:v|vs\.?|beat|beats|defeated|drew\s+with|draw\s+with|lost\s+to|edged|thrashed|routed|crushed|overcame|outclassed|hammered|trounced|won\s+\d|AT\s|captain|coach|manager|striker|goalkeeper|batsman|bowler|midfielder|defender|skipper|closed\s+on)\b/;
const RESULT_BEFORE = /\b(?:beat|defeated|lost\s+to|drew\s+with|v|vs\.?)\s+$/;

/**
 * The number of small numbers ("3", "1-0") on the line(s) holding a span,
 * counted once per line and only for lines asked about (a count per mention
 * over its whole line was quadratic on long lines); lines found by binary
 * search over the line breaks.
 */
function smallNumbersPerLine(text: string): (start: number, end: number) => number {
  const breaks: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) breaks.push(i);
  const counts = new Map<string, number>();
  return (start, end) => {
    const lo = lowerBound(breaks.length, (k) => breaks[k]! < start);
    const lineStart = lo > 0 ? breaks[lo - 1]! + 1 : 0;
    let k = lo;
    while (k < breaks.length && breaks[k]! < end) k++;
    const lineEnd = k < breaks.length ? breaks[k]! : text.length;
    const key = `${lineStart}:${lineEnd}`;
    let n = counts.get(key);
    if (n === undefined) {
      n = (text.slice(lineStart, lineEnd).match(/(?:^|\s)\d{1,3}(?:-\d{1,2})?(?=[\s,;.)]|$)/g) ?? []).length;
      counts.set(key, n);
    }
    return n;
  };
}

/**
 * Sports metonymy: a place named as a team ("Surrey 282", "Derbyshire beat
 * Kent", standings rows "NEW YORK 74 62 .544") is an organisation there.
 */
export function sportsTeams(text: string, mentions: readonly RawMention[]): RawMention[] {
  const smallNumbersAround = smallNumbersPerLine(text);
  return mentions.map((m) => {
    const unknownWord = (m.rule === 'name-capitalised' || m.rule === 'name-repeat') && !/\s/.test(m.text);
    if (m.kind !== 'place' && !unknownWord) return m;
    const after = text.slice(m.end, m.end + 24);
    const before = text.slice(Math.max(0, m.start - 16), m.start);
    const scored = SCORE_AFTER.test(after) && smallNumbersAround(m.start, m.end) >= 2;
    // an unknown single word may be a player ("Jansher beat ..."): only a score makes it a team
    const team = unknownWord && m.kind !== 'place' ? scored : scored || RESULT_VERB_AFTER.test(after) || RESULT_BEFORE.test(before);
    if (!team) return m;
    const { canonical: _place, ...rest } = m;
    return { ...rest, type: 'organization', kind: 'actor', rule: 'name-team' };
  });
}
