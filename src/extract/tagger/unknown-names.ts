/**
 * The integration hook (a prototype until src/extract's restructuring lands):
 * names outside the lexicon and the cue patterns, from the trained tagger
 * and the capitalised-sequence heuristics (../unknown.ts) together.
 *
 * The tagger's confident proposals (./propose.ts) come first: they take their
 * spans, with a type from their class and the name's head word ("... Brigade"
 * is a force, "... Valley" a region). The heuristics' candidates then fill the
 * text left free ("in Qamenas, Sarmin and Talamenes": a name listed after a
 * place is a place), and the tagger's less confident proposals after them. Nationality groups (NORP) are no nodes and are
 * not proposed here, nor are words the lexicon lists as not names ("VBIED").
 */
import type { EntityType } from '../../types.ts';
import { WORDS } from '../lexicon.ts';
import type { NameCandidate } from '../names.ts';
import type { Tagger } from './ner.ts';
import { proposeNames, type NameProposal } from './propose.ts';

/** A proposal at least this sure (./propose.ts's score) goes before the heuristics; a less sure one only fills free text after them. */
export const CONFIDENT = 0.5;

export const TAGGER_RULE = {
  reason: 'name-tagger',
  example: 'Talks between Kofi Mensah and the Halvorsen Group resumed in Tromsdal.',
  expect: 'Tromsdal',
};
export const TAGGER_REPEAT_RULE = {
  reason: 'name-tagger-repeat',
  example: 'Tromsdal was quiet. Later, fighting reached Tromsdal again.',
  expect: 'Tromsdal',
};

const headType = new Map<string, EntityType>();
for (const [type, heads] of Object.entries(WORDS.orgHeads)) for (const h of heads) if (!headType.has(h)) headType.set(h, type as EntityType);
const placeHead = new Map<string, EntityType>();
for (const [type, heads] of Object.entries(WORDS.placeHeads)) for (const h of heads) if (!placeHead.has(h)) placeHead.set(h, type as EntityType);

/** All-caps tokens the lexicon knows are not names (weapons, units: "VBIED", "IED"). */
const NOT_NAMES: ReadonlySet<string> = new Set(WORDS.notNames);

function typeOf(cls: string, text: string): EntityType | undefined {
  if (text.split(/\s+/).every((w) => NOT_NAMES.has(w))) return undefined;
  const last = text.split(/\s+/).pop() ?? '';
  if (cls === 'PER') return 'person';
  if (cls === 'ORG') return headType.get(last) ?? 'organization';
  if (cls === 'LOC') return placeHead.get(last) ?? 'city';
  return undefined;
}

export interface TaggedNamesOptions {
  tagger: Tagger;
  sentences: ReadonlyArray<{ start: number; end: number }>;
}

/**
 * Candidates over text not yet `used` (1 = taken): the tagger's, then the
 * heuristics' (`heuristic(used)`, called after the tagger's spans are marked).
 */
export function taggedUnknownNames(
  text: string,
  used: Uint8Array,
  heuristic: (used: Uint8Array) => NameCandidate[],
  opts: TaggedNamesOptions,
): NameCandidate[] {
  const out: NameCandidate[] = [];
  const proposals = proposeNames(text, { sentences: opts.sentences, taken: used, tagger: opts.tagger });
  const take = (p: NameProposal) => {
    const type = typeOf(p.cls, p.text);
    if (!type) return;
    for (let i = p.start; i < p.end; i++) if (used[i]) return;
    for (let i = p.start; i < p.end; i++) used[i] = 1;
    out.push({ start: p.start, end: p.end, type, reason: p.via === 'tagger' ? TAGGER_RULE.reason : TAGGER_REPEAT_RULE.reason, priority: 0 });
  };
  // confident proposals first, then the heuristics, then the tagger's less confident ones where text is still free
  for (const p of proposals) if (p.score >= CONFIDENT) take(p);
  for (const c of heuristic(used)) {
    out.push(c);
    for (let i = c.start; i < c.end; i++) used[i] = 1;
  }
  for (const p of proposals) if (p.score < CONFIDENT) take(p);
  return out;
}
