/**
 * Part-of-speech tags for the clause reader, behind one small interface:
 *
 *   posTag(words) -> Penn Treebank tags, one per word
 *
 * The tags are the trained averaged-perceptron POS tagger's
 * (src/extract/tagger/, `posTag` in models.ts; trained on GMB, shipped in the
 * repo). It replaced a stand-in built from closed classes, inflector forms and
 * compromise's lexicon (session 3: notes direction 0.434 -> 0.439, publishers
 * mean relation F1 unchanged at 0.568; see /work/notes/events.md). A past
 * participle it tags where English needs a finite verb ("troops clashed/VBN
 * with ...") is corrected by the clause reader (clauses/finite.ts).
 *
 * `lemmaOf` gives the base form of a verb form from the inflector's tables
 * for every CAMEO verb and verb class (the clause reader's own lemma comes
 * from compromise's conjugator, which misses some: "strafing" -> "straf").
 */
import { inflect } from '../lexicon/inflect.ts';
import { defaultLexicon, memoByLexicon, type Lexicon } from '../lexicon/index.ts';
import { cachedTable } from '../../util/disk-cache.ts';
import { loadCameoVerbs } from '../lexicon/petrarch/index.ts';
import type { CameoVerbFile } from '../lexicon/petrarch/types.ts';
import { posTag as trainedPosTag, posTagIn as trainedPosTagIn } from '../tagger/models.ts';

/** A word as the tagger sees it. */
export interface PosWord {
  text: string;
}

/** The verb forms a word can be, and the base forms it can come from. */
interface FormInfo {
  tags: Set<'VB' | 'VBZ' | 'VBD' | 'VBN' | 'VBG'>;
  lemmas: Set<string>;
}

/** Every verb form the product knows (CAMEO verbs, verb classes) -> its possible tags and base forms; the shipped lexicon's from the disk cache. */
export const verbForms = memoByLexicon((lex) => (lex === defaultLexicon() ? cachedTable('verb-forms', () => buildVerbForms(lex)) : buildVerbForms(lex)));

function buildVerbForms(lex: Lexicon): ReadonlyMap<string, FormInfo> {
  const out = new Map<string, FormInfo>();
  const add = (form: string, tag: 'VB' | 'VBZ' | 'VBD' | 'VBN' | 'VBG', lemma: string) => {
    let f = out.get(form);
    if (!f) out.set(form, (f = { tags: new Set(), lemmas: new Set() }));
    f.tags.add(tag);
    f.lemmas.add(lemma);
  };
  const addVerb = (base: string) => {
    const head = base.trim().split(/\s+/)[0]!.toLowerCase();
    if (!/^[a-z]+$/.test(head)) return;
    let f;
    try {
      f = inflect(head, lex.inflections);
    } catch {
      return;
    }
    for (const x of f.base) add(x, 'VB', head);
    for (const x of f.s) add(x, 'VBZ', head);
    for (const x of f.past) add(x, 'VBD', head);
    for (const x of f.pp) add(x, 'VBN', head);
    for (const x of f.ing) add(x, 'VBG', head);
  };
  const cameo: CameoVerbFile = loadCameoVerbs();
  for (const b of cameo.blocks) {
    for (const v of b.verbs) {
      const words = v.phrase.toLowerCase().split(/\s+/);
      const head = words[v.head] ?? words[0]!;
      addVerb(head);
      // forms the dictionary spells out (irregular ones: "SHOT", "FOUGHT")
      for (const form of v.forms ?? []) {
        const w = form.toLowerCase().split(/\s+/)[0]!;
        if (!/^[a-z]+$/.test(w) || w === head) continue;
        add(w, /ing$/.test(w) ? 'VBG' : /s$/.test(w) && !/ss$/.test(w) ? 'VBZ' : 'VBD', head);
        if (!/ing$/.test(w) && !/[^s]s$/.test(w)) add(w, 'VBN', head);
      }
    }
  }
  for (const cls of Object.values(lex.verbs)) for (const v of cls.verbs) if (!v.startsWith('@')) addVerb(v);
  for (const v of ['say', 'tell', 'claim', 'report', 'announce', 'deny', 'confirm']) addVerb(v);
  return out;
}

/** The base form of a verb form ("shot" -> shoot), from the inflector's tables; undefined when unknown or ambiguous. */
export function lemmaOf(form: string, lex?: Lexicon): string | undefined {
  const lower = form.toLowerCase();
  const known = lemmaMemo(lex);
  // (null: no lemma; the forms' table is the lexicon's, so the answer is too)
  const hit = known.get(lower);
  if (hit !== undefined) return hit ?? undefined;
  const f = verbForms(lex).get(lower);
  const lemma = !f ? undefined : f.lemmas.size !== 1 ? [...f.lemmas].sort()[0] : [...f.lemmas][0];
  if (known.size >= LEMMA_MEMO_MAX) known.clear();
  known.set(lower, lemma ?? null);
  return lemma;
}

/** `lemmaOf`'s answers by lower-case form, per lexicon (cleared when full: every clause asks it of its verb). */
const lemmaMemo = memoByLexicon((): Map<string, string | null> => new Map());
const LEMMA_MEMO_MAX = 50_000;

/** `posTag` for words of `text` with their offsets (`text.slice(start, end)` is each one's text): the same tags. */
export function posTagIn(text: string, words: ReadonlyArray<PosWord & { start: number; end: number }>): string[] {
  return trainedPosTagIn(text, words);
}

/** One Penn Treebank tag per word (the trained POS tagger). */
export function posTag(words: readonly PosWord[]): string[] {
  return trainedPosTag(words.map((w) => w.text));
}
