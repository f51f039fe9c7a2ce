/**
 * Names of weapon models. A name that a guess made (the tagger or the
 * capitalised-word fallback, never the lexicon) right before a noun of a
 * weapon or a military craft (lexicon `weaponModelHeads`, plurals generated)
 * names the model, not an actor or a place: "Kalashnikov rifles", "AK-47
 * rifles", "Grad rockets", "Shahed drones". A name the lexicon knows keeps its
 * mention there ("Hezbollah drones" are Hezbollah's), as does a hyphenated
 * compound ("Iranian-made drones").
 */
import { alternation, memoByLexicon, type Lexicon } from '../lexicon/index.ts';
import { pluralize } from '../lexicon/inflect.ts';
import type { RawMention } from '../types.ts';
import { GUESSED_NAME_RULES } from './kit.ts';

export const WEAPON_NAME_RULE = {
  reason: 'weapon-name',
  example: 'The gunmen carried Kalashnikov rifles and fired Grad rockets at the post.',
  /** Names that must not survive in the example. */
  dropped: ['Kalashnikov', 'Grad'],
};

const after = memoByLexicon((lex: Lexicon): RegExp => {
  const heads = lex.words.weaponModelHeads.flatMap((w) => [w, pluralize(w)]);
  return new RegExp(`^[ \\t]+(?:${alternation(heads)})(?![\\p{L}\\p{N}-])`, 'u');
});

/** The mentions that are no weapon's model. */
export function dropWeaponNames(mentions: readonly RawMention[], text: string, lex: Lexicon): RawMention[] {
  const re = after(lex);
  return mentions.filter((m) => !(GUESSED_NAME_RULES.has(m.rule) && re.test(text.slice(m.end, m.end + 40))));
}
