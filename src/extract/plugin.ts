/**
 * The compromise plugin: newsgraph's lexicons taught to compromise, and
 * compromise's own lexicon used as a weak signal for unknown names.
 *
 * Full compromise parsing is too slow to run on every sentence (~6 ms per
 * sentence here), so extraction asks compromise's *lexicon* (word -> tags such
 * as MaleName, LastName, City, Country, Organization) and its org/place head
 * words instead; both include what this plugin adds. The plugin is data:
 * titles -> Honorific, role nouns -> Actor, single-word lexicon names -> their
 * kind's tag.
 */
import nlp from 'compromise';
import { ENTITY_ENTRIES, ROLES, TITLES } from './lexicon.ts';
import { KIND_OF_TYPE } from '../types.ts';

const TAG_OF_KIND = { actor: 'Organization', force: 'Organization', place: 'Place', camp: 'Place' } as const;

function pluginWords(): Record<string, string> {
  const words: Record<string, string> = {};
  for (const t of TITLES) if (!t.includes(' ')) words[t.toLowerCase().replace(/\.$/, '')] = 'Honorific';
  for (const r of [...ROLES.leads, ...ROLES.member]) if (!r.includes(' ')) words[r] = 'Actor';
  for (const e of ENTITY_ENTRIES) {
    for (const name of [e.label, ...e.aliases]) {
      if (/\s/.test(name) || name.length < 4) continue;
      const tag = e.type === 'person' ? 'Person' : e.type === 'country' ? 'Country' : e.type === 'city' ? 'City' : TAG_OF_KIND[KIND_OF_TYPE[e.type]];
      words[name.toLowerCase()] = tag;
    }
  }
  return words;
}

export const newsgraphPlugin = { words: pluginWords() };
nlp.plugin(newsgraphPlugin);

const model = nlp.model() as {
  one: { lexicon: Record<string, string | string[]> };
  two: { orgWords?: Record<string, unknown>; placeWords?: Record<string, unknown> };
};
const LEX = model.one.lexicon;
const ORG_WORDS = new Set(Object.keys(model.two.orgWords ?? {}));
const PLACE_WORDS = new Set(Object.keys(model.two.placeWords ?? {}));

/** compromise's tags for one word (lower-cased lookup). */
export function lexTags(word: string): string[] {
  const t = LEX[word.toLowerCase()];
  return t === undefined ? [] : Array.isArray(t) ? t : [t];
}

export function isOrgWord(word: string): boolean {
  return ORG_WORDS.has(word.toLowerCase());
}

export function isPlaceWord(word: string): boolean {
  return PLACE_WORDS.has(word.toLowerCase());
}

/** For tests and callers that do want a full parse of one short text. */
export function parse(text: string): ReturnType<typeof nlp> {
  return nlp(text);
}
