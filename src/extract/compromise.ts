/**
 * compromise's lexicon as a weak signal for unknown names, and its verb
 * conjugation for the clause reader's lemmas.
 *
 * Full compromise parsing is too slow to run on every sentence (~6 ms per
 * sentence), so extraction asks compromise's *lexicon* (word -> tags such as
 * MaleName, LastName, City, Country, Organization) and its org/place head
 * words instead, with newsgraph's own words laid over it: titles ->
 * Honorific, role nouns -> Actor (and their plurals), single-word lexicon
 * names -> their kind's tag.
 *
 * compromise is loaded on first use (its CommonJS `compromise/two` build:
 * the lexicon and tagger model without the sentence API), never at import,
 * and its global instance is never changed: newsgraph's words are expanded
 * with compromise's own lexicon expansion into a table of their own.
 */
import { createRequire } from 'node:module';
import { KIND_OF_TYPE } from '../types.ts';
import { memoByLexicon, type Lexicon } from './lexicon/index.ts';

type Tags = string | string[];
/** compromise's verb conjugation: a form to its infinitive (given the tense read), an infinitive to its forms. */
export interface VerbTransforms {
  toInfinitive(str: string, model: unknown, tense?: string): string;
  conjugate(verb: string, model: unknown): Record<string, string | undefined>;
  model: unknown;
}
interface Compromise {
  world(): unknown;
  model(): { one: { lexicon: Record<string, Tags> }; two: { orgWords?: Record<string, unknown>; placeWords?: Record<string, unknown> } };
  methods(): {
    one: { expandLexicon(words: Record<string, string>, world: unknown): { lex: Record<string, Tags> } };
    two: { expandLexicon(words: Record<string, string>, world: unknown): { lex: Record<string, Tags> } };
  };
}

let loaded: Compromise | undefined;

function compromise(): Compromise {
  loaded ??= createRequire(import.meta.url)('compromise/two') as Compromise;
  return loaded;
}

let transforms: VerbTransforms | undefined;

/** compromise's verb conjugation model (the clause reader's lemmas), loaded on first use. */
export function verbTransforms(): VerbTransforms {
  if (!transforms) {
    const world = compromise().world() as { methods: { two: { transform: { verb: Omit<VerbTransforms, 'model'> } } }; model: unknown };
    const v = world.methods.two.transform.verb;
    transforms = { toInfinitive: v.toInfinitive, conjugate: v.conjugate, model: world.model };
  }
  return transforms;
}

const TAG_OF_KIND = { actor: 'Organization', force: 'Organization', place: 'Place', camp: 'Place' } as const;

/** newsgraph's words as compromise tags: titles, role nouns, one-word lexicon names. */
export function newsgraphWords(lex: Lexicon): Record<string, string> {
  const words: Record<string, string> = {};
  for (const t of lex.titles) if (!t.includes(' ')) words[t.toLowerCase().replace(/\.$/, '')] = 'Honorific';
  for (const r of [...lex.roles.leads, ...lex.roles.member]) if (!r.includes(' ')) words[r] = 'Actor';
  for (const e of lex.entities) {
    for (const name of [e.label, ...e.aliases]) {
      if (/\s/.test(name) || name.length < 4) continue;
      const tag = e.type === 'person' ? 'Person' : e.type === 'country' ? 'Country' : e.type === 'city' ? 'City' : TAG_OF_KIND[KIND_OF_TYPE[e.type]];
      words[name.toLowerCase()] = tag;
    }
  }
  return words;
}

const tables = memoByLexicon((lex) => {
  const nlp = compromise();
  const words = newsgraphWords(lex);
  const world = nlp.world();
  const model = nlp.model();
  // what nlp.plugin({ words }) would add, without adding it: the fancy expansion, then the plain one over it
  const ours: Record<string, Tags> = { ...nlp.methods().two.expandLexicon(words, world).lex, ...nlp.methods().one.expandLexicon(words, world).lex };
  return {
    ours,
    theirs: model.one.lexicon,
    orgWords: new Set(Object.keys(model.two.orgWords ?? {})),
    placeWords: new Set(Object.keys(model.two.placeWords ?? {})),
  };
});

/** compromise's tags for one word (lower-cased lookup), newsgraph's words first. */
export function lexTags(word: string, lex?: Lexicon): string[] {
  const t = tables(lex);
  const w = word.toLowerCase();
  const tags = Object.hasOwn(t.ours, w) ? t.ours[w] : t.theirs[w];
  return tags === undefined ? [] : Array.isArray(tags) ? tags : [tags];
}

export function isOrgWord(word: string, lex?: Lexicon): boolean {
  return tables(lex).orgWords.has(word.toLowerCase());
}

export function isPlaceWord(word: string, lex?: Lexicon): boolean {
  return tables(lex).placeWords.has(word.toLowerCase());
}
