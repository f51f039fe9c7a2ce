/**
 * The mention pass: every name in a text, as non-overlapping mentions sorted
 * by start, and the aliases the text defines. Its steps each return new
 * values:
 *
 *   names        lexicon hits, name patterns, unknown names (the tagger's and the heuristics') (names.ts)
 *   teams        places named as sports teams become organisations (formats/sports-results.ts)
 *   definitions  "Syrian Democratic Forces (SDF)", "X, also known as Y" (definitions.ts)
 *   repeats      later repetitions of pattern-found names: "Rohilat Afrin" ... "Afrin" (repeats.ts)
 *   noise        names on metadata, citation and table lines and in foreign alternates are dropped (noise.ts)
 *   nicknames    a given name, a nickname in quotes and a surname are one person (nicknames.ts)
 *   headlines    names on lines in capitals are read by the body's names (headlines.ts)
 *   events       names inside an event's name ("the Kandahar Open") are dropped (event-names.ts)
 *   weapons      guessed names of a weapon's model ("Grad rockets") are dropped (weapon-names.ts)
 *   institutions an institution every country has is the country's named before it ("Russia's Defense Ministry": institutions.ts)
 *   offices      a name apposed to an office gets it as a title ("The Iraqi Prime Minister, Haider al-Abadi,": office-appositions.ts)
 */
import type { RawAlias, RawMention } from '../types.ts';
import { defaultLexicon, type Lexicon } from '../lexicon/index.ts';
import type { Token } from '../text/tokens.ts';
import { sportsTeams } from '../formats/sports-results.ts';
import { findNames, type NameOptions } from './names.ts';
import { definedNames } from './definitions.ts';
import { findRepeats } from './repeats.ts';
import { dropNoise, noiseSpans } from './noise.ts';
import { dropEventNames } from './event-names.ts';
import { dropWeaponNames } from './weapon-names.ts';
import { readHeadlines } from './headlines.ts';
import { lowerInstitutions, scopeInstitutions } from './institutions.ts';
import { titleApposedNames } from './office-appositions.ts';
import { mergeNicknamed, nicknamesAlone } from './nicknames.ts';

export { acronymFits } from './definitions.ts';

export function findMentions(
  text: string,
  tokens: readonly Token[],
  sentenceStarts: ReadonlySet<number> = new Set(),
  lexicon: Lexicon = defaultLexicon(),
  options: NameOptions = {},
): { mentions: RawMention[]; aliases: RawAlias[] } {
  const names = findNames(text, tokens, sentenceStarts, lexicon, options);
  const teams = sportsTeams(text, names.mentions);
  const defined = definedNames(text, teams, lexicon);
  // names created by a definition are taken: a repeat must not be found on them again
  const used = names.used.slice();
  for (const [, short] of defined.pairs) for (let i = short.start; i < short.end; i++) used[i] = 1;
  // metadata, citation and table lines, foreign alternates (noise.ts) name nobody
  // 'Jimmy "Barbecue" Cherizier': a nickname in quotes between a given name and a surname (nicknames.ts)
  // ... and its nickname alone later is that person (nicknames.ts)
  const nicknamed = nicknamesAlone(text, mergeNicknamed(text, dropNoise([...defined.mentions, ...findRepeats(text, defined.mentions, used, lexicon)], noiseSpans(text, lexicon))));
  const kept = nicknamed.mentions;
  // "the Kandahar Open": a name inside an event's name is no mention of its own; nor is a weapon's model ("Grad rockets")
  // a word on a line in capitals is a name only if the body names its form
  // "Russia's Defense Ministry": an institution every country has is the country's before it (institutions.ts)
  // ... and so is one written in lower case ("Turkey's defence ministry")
  // "The Iraqi Prime Minister, Haider al-Abadi,": the name holds the office (office-appositions.ts)
  const mentions = titleApposedNames(text, lowerInstitutions(text, scopeInstitutions(text, dropWeaponNames(dropEventNames(readHeadlines(text, kept, lexicon), text, lexicon), text, lexicon), lexicon), lexicon));
  // aliases refer to mentions by identity; index them after the sort (a mention the passes above rewrote, "Iraq's Joint
  // Operations Command (JOC)" scoped to Iraq, by its span)
  const at = new Map(mentions.map((m, i) => [m, i]));
  const atSpan = new Map<string, number>();
  mentions.forEach((m, i) => {
    const key = `${m.start}:${m.end}`;
    if (!atSpan.has(key)) atSpan.set(key, i);
  });
  const indexOf = (m: RawMention) => at.get(m) ?? atSpan.get(`${m.start}:${m.end}`);
  const aliases: RawAlias[] = [];
  for (const [l, s] of [...defined.pairs, ...nicknamed.pairs]) {
    const long = indexOf(l);
    const short = indexOf(s);
    if (long !== undefined && short !== undefined) aliases.push({ long, short });
  }
  return { mentions, aliases };
}
