/**
 * The mention pass: every name in a text, as non-overlapping mentions sorted
 * by start, and the aliases the text defines. Its steps each return new
 * values:
 *
 *   names        lexicon hits, name patterns, unknown capitalised names (names.ts)
 *   teams        places named as sports teams become organisations (formats/sports-results.ts)
 *   definitions  "Syrian Democratic Forces (SDF)", "X, also known as Y" (definitions.ts)
 *   repeats      later repetitions of pattern-found names: "Rohilat Afrin" ... "Afrin" (repeats.ts)
 */
import type { RawAlias, RawMention } from '../types.ts';
import { defaultLexicon, type Lexicon } from '../lexicon/index.ts';
import type { Token } from '../text/tokens.ts';
import { sportsTeams } from '../formats/sports-results.ts';
import { findNames } from './names.ts';
import { definedNames } from './definitions.ts';
import { findRepeats } from './repeats.ts';

export { acronymFits } from './definitions.ts';

export function findMentions(
  text: string,
  tokens: readonly Token[],
  sentenceStarts: ReadonlySet<number> = new Set(),
  lexicon: Lexicon = defaultLexicon(),
): { mentions: RawMention[]; aliases: RawAlias[] } {
  const names = findNames(text, tokens, sentenceStarts, lexicon);
  const teams = sportsTeams(text, names.mentions);
  const defined = definedNames(text, teams);
  // names created by a definition are taken: a repeat must not be found on them again
  const used = names.used.slice();
  for (const [, short] of defined.pairs) for (let i = short.start; i < short.end; i++) used[i] = 1;
  const mentions = [...defined.mentions, ...findRepeats(text, defined.mentions, used, lexicon)].sort((a, b) => a.start - b.start);
  // aliases refer to mentions by identity; index them after the sort
  return { mentions, aliases: defined.pairs.map(([l, s]) => ({ long: mentions.indexOf(l), short: mentions.indexOf(s) })) };
}
