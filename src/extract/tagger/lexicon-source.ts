/**
 * The one place where the tagger reads the product's entity lexicon (through
 * its current loader, ../lexicon.ts). Gives it as a name list for the tagger's
 * features: every label and alias with its entity type, every demonym as
 * NORP. When the lexicon moves, only this import changes.
 */
import { DEMONYMS, ENTITY_ENTRIES } from '../lexicon.ts';
import type { NameList } from './name-lists.ts';

let cached: NameList | undefined;

export function lexiconNameList(): NameList {
  if (cached) return cached;
  const names: Array<{ name: string; value: string }> = [];
  for (const e of ENTITY_ENTRIES) {
    for (const n of [e.label, ...e.aliases]) names.push({ name: n, value: e.type });
  }
  for (const d of DEMONYMS.keys()) names.push({ name: d.charAt(0).toUpperCase() + d.slice(1), value: 'NORP' });
  cached = { id: 'lexicon', names };
  return cached;
}
