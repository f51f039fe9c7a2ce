/**
 * Names inside the name of an event. A competition, festival or holiday is
 * named by a place, a person or an organisation and a noun that ends event
 * names (lexicon `eventTails`: "Open", "Cup", "Games", "Festival", "Day"):
 * "the Kandahar Open", "the Herat Film Festival", "Martyrs Day". The name
 * before the noun (with at most two capitalised words between) is part of the
 * event's name, not a mention of its own: "Kandahar" in "the Kandahar Open" is
 * no place the text talks about. A name that a guess made (the tagger or the
 * capitalised-word fallback, never the lexicon) and that itself ends in such
 * a noun is the event's name and names no actor either; so is a guessed name
 * that ends in a document's head noun (lexicon `documentHeads`: "the Juba
 * Peace Agreement" is a treaty, not an organisation), or in a conflict's noun
 * (lexicon `conflictNouns`: "the Syrian Civil War" is a war, no party to it).
 *
 * Hyphenated compounds ("ISIS-held", "U.S.-led") are not touched: there the
 * name is an actor of the text.
 */
import { alternation, memoByLexicon, type Lexicon } from '../lexicon/index.ts';
import type { RawMention } from '../types.ts';
import { GUESSED_NAME_RULES } from './kit.ts';

export const EVENT_NAME_RULE = {
  reason: 'event-name',
  example: 'Lindqvist won the Kandahar Open on Sunday. The Herat Film Festival opened on Martyrs Day.',
  /** Names that must not survive in the example. */
  dropped: ['Kandahar', 'Herat', 'Martyrs'],
};

/** Rules whose names are guesses from the words' shape or the tagger. */

const patterns = memoByLexicon((lex) => {
  const tails = [...lex.words.eventTails, ...lex.words.eventTails.map((t) => t.toUpperCase())];
  const tail = `(?:${alternation(tails)})(?![\\p{L}\\p{N}])(?!\\s+(?:to|for)\\b)`;
  // "Day" ends a holiday named by the word right before it ("Labour Day"); in "U.S. Labor Day" the U.S. is a name of its own
  const near = lex.words.eventTails.filter((t) => t !== 'Day');
  const nearTail = `(?:${alternation([...near, ...near.map((t) => t.toUpperCase())])})(?![\\p{L}\\p{N}])(?!\\s+(?:to|for)\\b)`;
  // a word between: capitalised in title case, not a word capitalised for other reasons ("In", "The")
  const between = `(?!(?:${alternation(lex.words.stopCaps)})[ \\t])\\p{Lu}\\p{Ll}[\\p{L}\\p{N}.'’-]*[ \\t]+`;
  return {
    // after the name: the event noun, or up to two title-case words and then the noun ("Venice Film Festival")
    after: new RegExp(`^[ \\t]+(?:${tail}|(?:${between}){1,2}${nearTail})`, 'u'),
    // the name's own last word ("Sunbelt Classic")
    own: new RegExp(`\\s${tail}$`, 'u'),
    // ... or a document's head ("the Juba Peace Agreement", "the Sinai Accords": lexicon documentHeads)
    document: new RegExp(`\\s(?:${alternation(lex.words.documentHeads)})$`, 'u'),
    // ... or a conflict's noun, capitalised ("the Syrian Civil War", "the Gulf War": lexicon conflictNouns)
    conflict: new RegExp(`\\s(?:${alternation(lex.words.conflictNouns.filter((w) => !/\s/.test(w)).flatMap((w) => { const c = w[0]!.toUpperCase() + w.slice(1); return [c, `${c}s`]; }))})$`, 'u'),
  };
});

/** The mentions that are no part of an event's name. */
export function dropEventNames(mentions: readonly RawMention[], text: string, lex: Lexicon): RawMention[] {
  const P = patterns(lex);
  return mentions.filter((m) => {
    if (P.after.test(text.slice(m.end, m.end + 80))) return false;
    if (GUESSED_NAME_RULES.has(m.rule) && (P.own.test(m.text) || P.document.test(m.text) || P.conflict.test(m.text))) return false;
    return true;
  });
}
