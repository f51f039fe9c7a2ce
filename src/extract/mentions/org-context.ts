/**
 * The words around an unknown name that make it an organisation, not the
 * person an unknown capitalised name defaults to (lexicon `orgContext`):
 * "shares of Halvex", "tyre maker Halvex", "Halvex's chairman", "Halvex
 * shares", "Ruwaad fighters"; a force by a force noun after it ("the Barkhane force"). A name guessed a person (by the tagger or the
 * capitalised-word fallback) is an organisation at every occurrence of its
 * form when one occurrence stands in such words and its first word is no
 * given name ("David Ross's chairman" stays a person).
 */
import { alternation, communityWordSet, demonyms, memoByLexicon, orgHeadWords, type Lexicon } from '../lexicon/index.ts';
import { classForms } from '../lexicon/verbs.ts';
import { lexTags } from '../compromise.ts';
import { pluralize } from '../lexicon/inflect.ts';
import { combatantNounSet } from '../lexicon/generic-actors.ts';
import type { EntityType } from '../../types.ts';
import type { NameCandidate } from './candidate.ts';
import { GUESSED_NAME_RULES } from './kit.ts';

export const ORG_CONTEXT_RULE = {
  reason: 'org-context',
  example: 'Shares of Halvex rose on Friday. Halvex said its output doubled.',
  expect: 'Halvex',
};

const GIVEN = new Set(['MaleName', 'FemaleName', 'FirstName']);
/** The rules of guessed names (the tagger's, the capitalised-word fallback's): their type is a guess the words may overrule. */
/**
 * The words that go on with a description in apposition to a name ("X, the faction now led by Y", "X, a group based in
 * Y", "X, a militia fighting Y"), after an adverb of time: as regex sources, read here and by the resolution's
 * anaphors in apposition (src/resolve/article-cluster.ts).
 */
export const DESCRIPTION_ADVERB = '(?:(?:now|currently|still|later|once)\\s+)?';
export const DESCRIPTION_WORDS = 'of|for|that|which|based|linked|backed|founded|funded|run|in|with|active|present|loyal|close|allied|aligned|affiliated|known|\\p{Ll}+ing|\\p{Ll}+ed\\s+(?:by|in|on|at|after|from|during)';
/** A naming verb between a group's noun and the name ("a militia known as X", "the faction called X"). */
const NAMING = '(?:\\s*,?\\s+(?:known\\s+as|called|named|dubbed))';

const cues = memoByLexicon((lex) => {
  const c = lex.words.orgContext;
  // "Shares of X" opening a sentence
  const before = [...new Set([...c.before, ...c.media])].flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1)]);
  // (plural nouns only before a naming verb: "clan militias known as X"; "the militias X and Y" names two)
  // (and the nouns of armed men who are no state's, before a naming verb only: "the rebels, known as X")
  const plurals = [...before.filter((w) => !/\s/.test(w)).map(pluralize), ...combatantNounSet()];
  return {
    // (also through a naming verb: "a militia known as X", "the faction called X")
    // (and a place's compound of basing right before the name: "the London-based Corvel Amberly" is a body, no person;
    // a given name opening the name still makes a person, checked above)
    // (and a part of a group that a possessive owns, in apposition to the name: "its intelligence wing, Zirab", "the
    // Front's armed wing, X"; lexicon partNouns)
    before: new RegExp(
      `(?<![\\p{L}])(?:(${alternation(before)})(?=${NAMING}?\\s+$)|(${alternation(plurals)})(?=${NAMING}\\s+$))|(?<=[\\p{L}.])[-‐](based|headquartered)(?=\\s+$)|(?<=(?:\\b(?:its|their)|['’]s?)\\s+(?:[\\p{L}-]+\\s+){0,2})(${alternation(lex.words.partNouns)})(?=\\s*,\\s+$)`,
      'u',
    ),
    after: new RegExp(`^(?:\\s*['’]s)?\\s+(?:${alternation(c.after)})(?![\\p{L}])`, 'u'),
    afterBare: new RegExp(`^\\s+(${alternation([...new Set([...c.afterBare, ...c.media])])})(?![\\p{L}])`, 'u'),
    // the cue words that make the name a news outlet's ("local broadcaster X", "the X news site"; orgContext.media)
    media: new Set(c.media.map((w) => w.toLowerCase())) as ReadonlySet<string>,
    // (and a person's role "at" or "with" the name right before it: "a coordinator at X", "an analyst with X": a body's,
    // where people work; lexicon roles)
    roleAt: new RegExp(`(?<![\\p{L}])(?:${alternation([...lex.roles.member, ...lex.roles.leads])})\\s+(?:at|with)\\s+$`, 'iu'),
    // (and its people named "of" it: "fighters of the X", "members of X" (orgContext.peopleOf): a group's, an armed one's
    // for a noun of armed men; not "from", which names where they come from, "fighters from the Sandzak")
    peopleOf: new RegExp(`(?<![\\p{L}])(${alternation([...combatantNounSet(), ...c.peopleOf])})\\s+of\\s+(?:the\\s+)?$`, 'iu'),
    // (and a leader given in apposition: "X, led by Y", "X, headed by Y": a body's)
    ledBy: new RegExp(`^\\s*,\\s+(?:${leaderParticiples(lex)})\\s+by\\s+\\p{Lu}`, 'u'),
    // a singular force noun right after the name makes it a force ("the French-led Barkhane force")
    force: new RegExp(`^\\s+(?:${alternation(c.forceAfter)})(?![\\p{L}-])`, 'u'),
    // the cue words that make the name an armed group's: nouns of armed men who are no state's, "militia", "armed" ("an
    // armed group")
    armed: new Set([...combatantNounSet(), 'militia', 'militias', 'armed']) as ReadonlySet<string>,
    // an apposition that calls the name a group or a part of one: "X, a militant group based in ...", "X, a jihadist
    // group active in ...", "X, an aid
    // organisation working in ...", "X, a regional
    // affiliate of the Islamic State", "X, Colombia's largest guerrilla group" (the single-word group nouns of
    // orgContext.before, the nouns of bodies that end names too and so are read only here, orgContext.apposed, and the
    // part nouns), also after a gloss in brackets ("X ("Living Together"), a coalition that ..."), and after a possessor
    // with its article ("X, the MFDC's armed wing"); not one
    // item of a list of such phrases ("supporters of X, a Nasserist faction, a Ba'athist faction and ...")
    appos: new RegExp(
      `^\\s*(?:\\([^()]{1,60}\\)\\s*)?,\\s+(?:a|an|the|(?:the\\s+)?\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*)?['’]s)\\s+((?:(?!(?:a|an|the|of)\\s)[\\p{L}-]+\\s+){0,3}?)(${alternation([...c.before.filter((w) => !/\s/.test(w)), ...c.apposed, ...lex.words.partNouns])})(?=\\s+${DESCRIPTION_ADVERB}(?:and|${DESCRIPTION_WORDS})(?![\\p{L}])|\\s*[.;]|\\s*,(?!\\s+(?:a|an)\\s))`,
      'u',
    ),
  };
});

/** The participles that give a body its leader ("led by X", "headed by X": lexicon verb class `lead`), as a regex alternation. */
const leaderParticiples = memoByLexicon((lex): string => alternation(classForms('lead', ['pp'], lex)));
const ledByBefore = memoByLexicon((lex): RegExp => new RegExp(`(?<![\\p{L}])(?:${leaderParticiples(lex)})\\s+by\\s+$`, 'u'));

/**
 * Guessed organisations named as a body's leader ("the CJNG, headed by Nemesio Oseguera Cervantes") are persons, unless a
 * head noun of a body ends them (lexicon orgHeads: "led by the Tarvan Front") or a word of a community, creed or
 * country is one of them ("led by Sunni Islamists"). New objects for the retyped, the others as
 * they were.
 */
export function typeLeaders<C extends NameCandidate>(text: string, cands: readonly C[], lex: Lexicon): C[] {
  const heads = orgHeadWords(lex);
  const LED_BY_BEFORE = ledByBefore(lex);
  return cands.map((c) => {
    if (c.type !== 'organization' || !GUESSED_NAME_RULES.has(c.reason) || !LED_BY_BEFORE.test(text.slice(Math.max(0, c.start - 20), c.start))) return c;
    const words = text.slice(c.start, c.end).split(/\s+/);
    // (nor people named by their community, creed or country: "led by Sunni Islamists")
    const last = words.at(-1)!.toLowerCase();
    if (words.length < 2 || words.length > 4 || heads.has(last) || words.some((w) => describes(lex).has(w.toLowerCase())) || !words.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) return c;
    const { typeWeight: _shape, ...rest } = c;
    return { ...rest, type: 'person' } as C;
  });
}
const describes = memoByLexicon((lex): ReadonlySet<string> => new Set([...communityWordSet(lex), ...demonyms(lex).keys(), ...lex.words.ideologyAdjectives].map((w) => w.toLowerCase())));

/** A letter or number (one UTF-16 unit: a lone surrogate is neither, as the test of `text[at]` reads it). */
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
const letterOrNumber = (text: string, at: number): boolean => {
  const c = text.charCodeAt(at);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return LETTER_OR_NUMBER.test(text[at]!);
};

/** Does a proper suffix of `form` begin it too (then two of its occurrences may overlap)? */
function selfOverlaps(form: string): boolean {
  for (let k = 1; k < form.length; k++) if (form.startsWith(form.slice(k))) return true;
  return false;
}

/**
 * The positions in a text where a letter or number opens a word (none before it), by that character: where an
 * occurrence of a form that opens with a letter or number and stands alone can start. Made once per text, when a
 * form is looked for, instead of searching the whole text for each form.
 */
function wordStartsByChar(text: string): Map<number, number[]> {
  const out = new Map<number, number[]>();
  let prev = false;
  for (let at = 0; at < text.length; at++) {
    const here = letterOrNumber(text, at);
    if (here && !prev) {
      const c = text.charCodeAt(at);
      const list = out.get(c);
      if (list) list.push(at);
      else out.set(c, [at]);
    }
    prev = here;
  }
  return out;
}

/** The candidates, with persons that their words make organisations retyped (new objects; the others as they were). */
export function typeByOrgContext<C extends NameCandidate>(text: string, cands: readonly C[], lex: Lexicon): C[] {
  const C = cues(lex);
  // form -> the type its words give: an armed group's when a cue is a noun of armed men ("Ruwaad fighters")
  const orgForms = new Map<string, EntityType>();
  const scanned = new Set<string>();
  let starts: Map<number, number[]> | undefined;
  for (const c of cands) {
    // a guessed place too, where a group's noun names it ("clan militias known as Macawisley", "X, a cement maker"), never by the words after
    // it ("Raqqa fighters" are fighters of a town)
    const place = c.type === 'city' && GUESSED_NAME_RULES.has(c.reason);
    // an organisation a pattern found (by its head: "the National Liberation Army"), where a noun of armed men names it
    // ("the ELN, Colombia's largest guerrilla group"): an armed group
    const org = c.type === 'organization' && !c.reason.startsWith('lexicon');
    if (c.type !== 'person' && !place && !org) continue;
    const form = text.slice(c.start, c.end);
    // (each form once per reading: a person's words after it count, a place's do not)
    const key = `${place ? 'p' : org ? 'o' : 'n'}|${form}`;
    if (scanned.has(key) || orgForms.get(form) === 'armed_group') continue;
    scanned.add(key);
    const first = form.split(/\s+/)[0]!;
    if (lexTags(first, lex).some((t) => GIVEN.has(t))) continue;
    // every occurrence of the form, also those no guesser took ("Fano militiamen" opening a sentence)
    // (a form that opens with a letter or number and cannot overlap itself: its occurrences that no letter or number
    // precedes are the word starts at its first character, in order, where it stands; any other: a search of the text)
    const indexed = form.length > 0 && letterOrNumber(form, 0) && !selfOverlaps(form);
    if (indexed) starts ??= wordStartsByChar(text);
    const list = indexed ? (starts!.get(form.charCodeAt(0)) ?? []) : undefined;
    let k = 0;
    const next = (from: number): number => {
      if (!list) return text.indexOf(form, from);
      for (; k < list.length; k++) if (list[k]! >= from && text.startsWith(form, list[k]!)) return list[k++]!;
      return -1;
    };
    for (let at = next(0); at >= 0; at = next(at + form.length)) {
      if (/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[at + form.length] ?? '')) continue;
      const before = C.before.exec(text.slice(Math.max(0, at - 40), at)) ?? C.roleAt.exec(text.slice(Math.max(0, at - 40), at)) ?? (place ? null : C.peopleOf.exec(text.slice(Math.max(0, at - 40), at)));
      const after = text.slice(at + form.length, at + form.length + 40);
      const bare = C.afterBare.exec(after);
      const appos = C.appos.exec(text.slice(at + form.length, at + form.length + 80));
      if (!place && !org && !before && !appos && C.force.test(after)) {
        orgForms.set(form, 'force');
        break;
      }
      if (!before && !appos && (place || (!bare && !C.after.test(after) && !C.ledBy.test(after)))) continue;
      const words = [before?.[1] ?? before?.[2] ?? before?.[3] ?? before?.[4], bare?.[1], ...(appos ? [...appos[1]!.split(/\s+/), appos[2]] : [])];
      const armed = words.some((w) => w !== undefined && C.armed.has(w.toLowerCase()));
      const media = !armed && words.some((w) => w !== undefined && C.media.has(w.toLowerCase()));
      if (org && !armed && !media) continue;
      orgForms.set(form, armed ? 'armed_group' : media ? 'media' : 'organization');
      if (armed) break;
    }
  }
  if (orgForms.size === 0) return cands.slice();
  return cands.map((c) => {
    const type =
      c.type === 'person' || (c.type === 'city' && GUESSED_NAME_RULES.has(c.reason)) || (c.type === 'organization' && !c.reason.startsWith('lexicon')) ? orgForms.get(text.slice(c.start, c.end)) : undefined;
    if (!type) return c;
    const { typeWeight: _shape, ...rest } = c; // the words spoke: no longer a type from the shape alone
    return { ...rest, type } as C;
  });
}
