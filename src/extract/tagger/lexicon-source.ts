/**
 * The one place where the tagger reads the product's entity lexicon (the
 * lexicon module, ../lexicon/index.ts, through `defaultLexicon()`: no loader
 * of its own). Gives it as a name list for the tagger's features: every label
 * and alias with its entity type, every demonym as NORP. Built on first use.
 */
import { defaultLexicon, demonyms, memoByLexicon, type Lexicon } from '../lexicon/index.ts';
import type { NameList } from './name-lists.ts';

const build = memoByLexicon((lex: Lexicon): NameList => {
  const names: Array<{ name: string; value: string }> = [];
  for (const e of lex.entities) {
    for (const n of [e.label, ...e.aliases]) names.push({ name: n, value: e.type });
  }
  for (const d of demonyms(lex).keys()) names.push({ name: d.charAt(0).toUpperCase() + d.slice(1), value: 'NORP' });
  return { id: 'lexicon', names };
});

/** The lexicon as the tagger's name list (the shipped lexicon by default). */
export function lexiconNameList(lex: Lexicon = defaultLexicon()): NameList {
  return build(lex);
}
