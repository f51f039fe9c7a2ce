/**
 * The words around an unknown name that make it an organisation, not the
 * person an unknown capitalised name defaults to (lexicon `orgContext`):
 * "shares of Halvex", "tyre maker Halvex", "Halvex's chairman", "Halvex
 * shares", "Ruwaad fighters". A name guessed a person (by the tagger or the
 * capitalised-word fallback) is an organisation at every occurrence of its
 * form when one occurrence stands in such words and its first word is no
 * given name ("David Ross's chairman" stays a person).
 */
import { alternation, memoByLexicon, type Lexicon } from '../lexicon/index.ts';
import { lexTags } from '../compromise.ts';
import type { NameCandidate } from './candidate.ts';

export const ORG_CONTEXT_RULE = {
  reason: 'org-context',
  example: 'Shares of Halvex rose on Friday. Halvex said its output doubled.',
  expect: 'Halvex',
};

const GIVEN = new Set(['MaleName', 'FemaleName', 'FirstName']);

const cues = memoByLexicon((lex) => {
  const c = lex.words.orgContext;
  // "Shares of X" opening a sentence
  const before = [...c.before, ...c.before.map((w) => w[0]!.toUpperCase() + w.slice(1))];
  return {
    before: new RegExp(`(?<![\\p{L}])(?:${alternation(before)})\\s+$`, 'u'),
    after: new RegExp(`^(?:\\s*['’]s)?\\s+(?:${alternation(c.after)})(?![\\p{L}])`, 'u'),
    afterBare: new RegExp(`^\\s+(?:${alternation(c.afterBare)})(?![\\p{L}])`, 'u'),
  };
});

/** The candidates, with persons that their words make organisations retyped (new objects; the others as they were). */
export function typeByOrgContext<C extends NameCandidate>(text: string, cands: readonly C[], lex: Lexicon): C[] {
  const C = cues(lex);
  const orgForms = new Set<string>();
  for (const c of cands) {
    if (c.type !== 'person') continue;
    const form = text.slice(c.start, c.end);
    if (orgForms.has(form)) continue;
    const before = text.slice(Math.max(0, c.start - 40), c.start);
    const after = text.slice(c.end, c.end + 40);
    if (!C.before.test(before) && !C.after.test(after) && !C.afterBare.test(after)) continue;
    const first = form.split(/\s+/)[0]!;
    if (lexTags(first, lex).some((t) => GIVEN.has(t))) continue;
    orgForms.add(form);
  }
  if (orgForms.size === 0) return cands.slice();
  return cands.map((c) => {
    if (c.type !== 'person' || !orgForms.has(text.slice(c.start, c.end))) return c;
    const { typeWeight: _shape, ...rest } = c; // the words spoke: no longer a type from the shape alone
    return { ...rest, type: 'organization' } as C;
  });
}
