/**
 * Verb classes: the base forms of verbs.json, inflected once (inflect.ts).
 *
 * A rule names a class in its pattern: `{V:attack}` reads every form of every
 * verb of the class ("attack", "attacks", "attacked", "attacking"),
 * `{V:attack:pp}` only the past participle ("was attacked by"),
 * `{V:back:past,s}` the past and third-person forms. Forms: base, s, past,
 * pp, ing.
 */
import { LexiconError } from '../../errors.ts';
import { inflect, VERB_FORMS, type VerbForm, type VerbForms } from './inflect.ts';
import { alternation } from './regex.ts';
import { memoByLexicon, type Lexicon } from './index.ts';

export interface VerbClass {
  name: string;
  about: string;
  /** Base forms, with the verbs of included classes. */
  verbs: string[];
  /** Each verb's forms, in the order of `verbs`. */
  forms: VerbForms[];
}

/** Every class with its verbs inflected (built once per lexicon). */
export const verbClasses = memoByLexicon((lex): ReadonlyMap<string, VerbClass> => {
  const out = new Map<string, VerbClass>();
  const expand = (name: string, seen: string[]): string[] => {
    if (seen.includes(name)) throw new LexiconError('src/extract/lexicon/verbs.json', `classes.${name}: includes itself (${[...seen, name].join(' -> ')})`);
    const cls = lex.verbs[name];
    if (!cls) throw new LexiconError('src/extract/lexicon/verbs.json', `no verb class "${name}"`);
    return cls.verbs.flatMap((v) => (v.startsWith('@') ? expand(v.slice(1), [...seen, name]) : [v]));
  };
  for (const [name, cls] of Object.entries(lex.verbs)) {
    const verbs = [...new Set(expand(name, []))];
    out.set(name, { name, about: cls.about, verbs, forms: verbs.map((v) => inflect(v, lex.inflections)) });
  }
  return out;
});

export function verbClass(name: string, lex?: Lexicon): VerbClass {
  const cls = verbClasses(lex).get(name);
  if (!cls) throw new LexiconError('src/extract/lexicon/verbs.json', `no verb class "${name}"`);
  return cls;
}

/** Parse a form list ("pp", "past,s"); undefined (the class's own forms) when empty. */
export function parseForms(spec: string | undefined): VerbForm[] | undefined {
  if (!spec) return undefined;
  const forms = spec.split(',').map((f) => f.trim());
  for (const f of forms) if (!(VERB_FORMS as readonly string[]).includes(f)) throw new Error(`unknown verb form "${f}" (forms: ${VERB_FORMS.join(', ')})`);
  return forms as VerbForm[];
}

const nounForms = memoByLexicon((lex): ReadonlySet<string> => new Set(lex.inflections.nounForms));

/**
 * The distinct surface forms of a class (lower case): the forms asked for, or
 * when none are, every form but those that are mostly nouns ("attacks").
 * `nouns: false` leaves the noun forms out of the forms asked for too.
 */
export function classForms(name: string, forms?: readonly VerbForm[], lex?: Lexicon, opts: { nouns?: boolean } = {}): string[] {
  const cls = verbClass(name, lex);
  const nouns = (opts.nouns ?? forms !== undefined) ? undefined : nounForms(lex);
  const out = new Set<string>();
  for (const f of cls.forms) for (const form of forms ?? VERB_FORMS) for (const s of f[form]) if (!nouns?.has(s)) out.add(s);
  return [...out];
}

/** A regex source matching any of the forms (longest first, spaces as `\s+`). */
export function classAlternation(name: string, forms?: readonly VerbForm[], lex?: Lexicon): string {
  return alternation(classForms(name, forms, lex));
}
