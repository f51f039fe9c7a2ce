/**
 * The event matcher: a clause from the clause reader and a verb dictionary in
 * the shape of CAMEO give (source, event code, target) with evidence spans.
 *
 * For each dictionary entry of the clause's verb (with its particle, else the
 * verb alone), the patterns are tried most specific first; the first whose
 * tests all pass gives the code (`null`: explicitly no event); when none
 * passes, the verb's own code applies. Tests see the clause with the voice
 * undone: the actor is the active subject or the passive's "by" agent, the
 * patient the active object or the passive subject. So "the convoy was
 * ambushed by militants" matches the same pattern as "militants ambushed the
 * convoy".
 *
 * The source is the actor. The target is, in order: the object of a
 * preposition the pattern leaves open ("fired rockets (AT) the army"); the
 * patient when the pattern does not name it; the mentions that modify a named
 * patient ("ambushed a UN convoy": the UN; "the army's convoy"); what a named
 * patient is of ("took control of Goma": Goma). A negated or
 * hedged clause still matches, flagged, so that the caller can keep it out of
 * the graph and still explain why.
 */
import type { RelationType } from '../../types.ts';
import { actorsOf, patientsOf } from '../clauses/roles.ts';
import type { Clause, NounPhrase, PrepPhrase, Reading, Span, VerbGroup } from '../clauses/types.ts';
import { MODAL_LEMMAS } from '../clauses/grammar.ts';
import { cameoEvent } from '../lexicon/petrarch/index.ts';
import { lowerCase } from '../../util/lower.ts';
import type { NounTest, VerbDictionary, VerbEntry, VerbPattern } from './types.ts';

export interface EventMatch {
  /** Id of the clause in its reading. */
  clause: number;
  code: string;
  edge: RelationType | null;
  plover: string | null;
  source: NounPhrase[];
  target: NounPhrase[];
  /** Where the target came from. */
  targetFrom: 'patient' | 'preposition' | 'modifier' | 'of' | 'none';
  entry: VerbEntry;
  /** The pattern that matched, or null when the verb's own code applied. */
  pattern: VerbPattern | null;
  /** CAMEO's paired code: what the target does back to the source (`[032:033]`: visits, is hosted). */
  paired?: string;
  /** Prepositional phrases whose object the pattern skips (`^`: "EID AT ^ WITH +"): no end of the event. */
  skipped?: readonly PrepPhrase[];
  negated: boolean;
  hedged: boolean;
  /** Evidence: the verb group and the clause. */
  verb: Span;
  span: Span;
}

/** A head as the dictionary writes it: lower case, singular ("convoys" -> convoy, "militias" -> militia). */
export function headForms(word: string): string[] {
  const w = lowerCase(word);
  const out = [w];
  // (by the last letters, as /ies$/, /(?:ss|sh|ch|x)es$/ and /[^s]s$/ read them)
  if (w.length < 2 || w.charCodeAt(w.length - 1) !== 115 /* s */) return out;
  if (w.endsWith('ies')) out.push(w.slice(0, -3) + 'y');
  if (w.endsWith('sses') || w.endsWith('shes') || w.endsWith('ches') || w.endsWith('xes')) out.push(w.slice(0, -2));
  if (w.charCodeAt(w.length - 2) !== 115) out.push(w.slice(0, -1));
  return out;
}

/** A noun test indexed once (every clause with the verb asks it): one-word heads, and phrase heads by their last word. */
interface IndexedTest {
  /** Heads of one word ("convoy"). */
  words: ReadonlySet<string>;
  /** Heads of several words by their last word: the words that must come right before it ("suicide bomber": bomber -> [suicide]). */
  phrases: ReadonlyMap<string, readonly (readonly string[])[]>;
  /** Words that must come before the head (the test's `before`), or none. */
  before: readonly string[];
  /** The words right before the head, one member (its words) of each set, in order (the test's `beforeRun`). */
  beforeRun: readonly (readonly (readonly string[])[])[];
  /** `beforeRun`'s sets may have other words between them and the head (the test's `beforeOpen`). */
  beforeOpen: boolean;
}

function indexTest(test: NounTest): IndexedTest {
  const words = new Set<string>();
  const phrases = new Map<string, string[][]>();
  for (const h of test.heads) {
    const hw = h.split(' ');
    if (hw.length === 1) words.add(hw[0]!);
    else {
      const last = hw[hw.length - 1]!;
      const list = phrases.get(last) ?? [];
      list.push(hw.slice(0, -1));
      phrases.set(last, list);
    }
  }
  return { words, phrases, before: test.before ?? [], beforeRun: (test.beforeRun ?? []).map((set) => set.map((m) => m.split(' ')).sort((a, b) => b.length - a.length)), beforeOpen: !!test.beforeOpen };
}

/** A phrase as the noun tests read it: the forms of its head's last word, and the words before that (its own, then the head's). */
interface NounWords {
  forms: readonly string[];
  before: readonly string[];
}

const SPACE = /\s/;
/**
 * The phrases of the clause `matchClause` is reading and their words (`clausePhrases` fills them, `matchClause` empties
 * them before and after): the noun tests of every pattern tried read the same few phrases again, found here by identity.
 * (A memo by phrase across clauses, a weak map, cost more than it saved, seven phrases in ten being read once on
 * wiki-syria; its `set` was most of `nounWords`' time.)
 */
const readNps: NounPhrase[] = [];
const readWords: NounWords[] = [];

function nounWords(np: NounPhrase): NounWords {
  for (let i = 0; i < readNps.length; i++) if (readNps[i] === np) return readWords[i]!;
  return wordsOfPhrase(np);
}

function wordsOfPhrase(np: NounPhrase): NounWords {
  const head = np.head.text.toLowerCase();
  // (a head of one word and a phrase that starts with it, the most of them: no splitting)
  const headWords = SPACE.test(head) ? head.split(/\s+/) : [head];
  const at = np.head.start - np.start;
  const before = at === 0 ? [] : np.text.slice(0, at).toLowerCase().split(/[\s-]+/).filter(Boolean);
  return { forms: headForms(headWords[headWords.length - 1]!), before: headWords.length === 1 ? before : [...before, ...headWords.slice(0, -1)] };
}

function passesNoun(np: NounPhrase, t: IndexedTest, patient = false): boolean {
  const { forms, before } = nounWords(np);
  let pass = false;
  for (const f of forms) if (t.words.has(f)) pass = true;
  // one word the pattern names may modify the head, as PETRARCH's words in order do ("fired (two) artillery shells"),
  // unless the patient's head is a party of its own: "attacked government troops" attacks troops, not "the government" (111)
  if (!pass && !t.before.length && !t.beforeRun.length && !(patient && np.mention !== undefined)) for (const w of before) if (t.words.has(w)) pass = true;
  // a phrase head ("suicide bomber"): its first words come right before the head
  if (!pass && t.phrases.size) {
    for (const f of forms) {
      for (const need of t.phrases.get(f) ?? []) if (need.every((w, i) => before[before.length - need.length + i] === w)) pass = true;
    }
  }
  if (!pass) return false;
  for (const b of t.before) if (!before.includes(b)) return false;
  return !t.beforeRun.length || (t.beforeOpen ? hasInOrder(before, t.beforeRun) : endsWithRun(before, t.beforeRun));
}

/** The words hold one member of each set, in order, other words allowed between them. */
function hasInOrder(words: readonly string[], run: IndexedTest['beforeRun']): boolean {
  let at = 0;
  for (const set of run) {
    let found = -1;
    for (let i = at; i < words.length && found < 0; i++) {
      const m = set.find((x) => i + x.length <= words.length && x.every((w, j) => words[i + j] === w));
      if (m) found = i + m.length;
    }
    if (found < 0) return false;
    at = found;
  }
  return true;
}

/** The words end with one member of each set, in order (longer members tried first). */
function endsWithRun(words: readonly string[], run: IndexedTest['beforeRun']): boolean {
  let end = words.length;
  for (let k = run.length - 1; k >= 0; k--) {
    const m = run[k]!.find((x) => x.length <= end && x.every((w, i) => words[end - x.length + i] === w));
    if (!m) return false;
    end -= m.length;
  }
  return true;
}

/** The phrase's head itself is one the test names (not a word before it). */
function headPasses(np: NounPhrase, t: IndexedTest): boolean {
  return passesNoun(np, t) && nounWords(np).forms.some((f) => t.words.has(f) || t.phrases.has(f));
}

/** The indexed patient test of a pattern (the block's index holds it). */
const patientTests = new WeakMap<VerbPattern, IndexedTest>();
function indexedPatientOf(p: VerbPattern): IndexedTest | undefined {
  if (!p.patient) return undefined;
  let t = patientTests.get(p);
  if (!t) patientTests.set(p, (t = indexTest(p.patient)));
  return t;
}

function anyPasses(nps: readonly NounPhrase[], t: IndexedTest, patient = false, linear?: readonly string[]): boolean {
  for (const np of nps) if (passesNoun(np, t, patient) || (linear && passesLinear(linearWords(np), t))) return true;
  // (the verb phrase's words from the first patient on: "welcomed memos on economic issues from X")
  return !!linear && nps.length > 0 && passesLinear(linear, t);
}

const linearWordsCache = new WeakMap<NounPhrase, string[]>();
/**
 * PETRARCH's own reading of a pattern's words: in a row in the text of the phrase, its prepositional phrases included
 * ("* REALLY_PLEASANT" in "a really pleasant place", "* MEMOS_ON_&TIETYPES" in "memos on economic issues"): the test's
 * words before the head (`before` one each, `beforeRun` one member of each set), then a head, each right after the other.
 */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().split(/[\s-]+/).map((w) => w.replace(/^[^a-z0-9&]+|[^a-z0-9&]+$/g, '')).filter(Boolean);
}
function linearWords(np: NounPhrase): string[] {
  let words = linearWordsCache.get(np);
  if (!words) linearWordsCache.set(np, (words = wordsOf(np.text)));
  return words;
}
function passesLinear(words: readonly string[], t: IndexedTest): boolean {
  const steps: Array<readonly (readonly string[])[]> = [...t.before.map((w) => [[w]]), ...t.beforeRun];
  // (a word alone is a head: "* RESOLUTION" is no "set of resolutions")
  if (!steps.length && !t.phrases.size) return false;
  const heads: Array<readonly string[]> = [...[...t.words].map((w) => [w]), ...[...t.phrases].flatMap(([last, list]) => list.map((need) => [...need, last]))];
  const at = (i: number, member: readonly string[], head: boolean) =>
    member.every((w, j) => {
      const x = words[i + j];
      return x !== undefined && (x === w || (head && j === member.length - 1 && headForms(x).includes(w)));
    });
  for (let i = 0; i < words.length; i++) {
    let k = i;
    let ok = true;
    for (const set of steps) {
      const m = set.find((x) => at(k, x, false));
      if (!m) {
        ok = false;
        break;
      }
      k += m.length;
    }
    if (ok && heads.some((h) => at(k, h, true))) return true;
  }
  return false;
}

/** The prepositional phrases a clause offers: its own, and those on its patients ("launched an attack on X"). */
function offeredPreps(c: Clause, patients: readonly NounPhrase[]): PrepPhrase[] {
  return [...c.pps, ...patients.flatMap((p) => p.pps)];
}

interface IndexedPrep {
  prep: string;
  object?: IndexedTest;
  /** Any object, skipped (CAMEO `^`): not the open slot of the target. */
  skipped?: boolean;
  /** Any object, the source (CAMEO `$`). */
  source?: boolean;
}

function findPrep(pps: readonly PrepPhrase[], test: IndexedPrep): PrepPhrase | undefined {
  for (const pp of pps) if (pp.prep === test.prep && (!test.object || anyPasses(pp.objects, test.object))) return pp;
  return undefined;
}

function specificity(p: VerbPattern): number {
  const words = (t: NounTest | undefined) => (t?.before?.length ?? 0) + (t?.beforeRun?.length ?? 0);
  return (p.actor ? 1 : 0) + (p.patient ? 1 : 0) + (p.particle ? 1 : 0) + (p.preps?.length ?? 0) + words(p.patient) + words(p.actor) + (p.auxiliaries?.length ?? 0) + (p.afterWords?.length ?? 0);
}

/** A pattern with its tests indexed. */
interface IndexedPattern {
  pattern: VerbPattern;
  actor?: IndexedTest;
  patient?: IndexedTest;
  preps: readonly IndexedPrep[];
}

/**
 * A block's patterns (shared by its verbs), most specific first, indexed once: each pattern's tests, and the patterns
 * by the words one of their noun tests needs (a pattern can pass only when a phrase of the clause has one of them).
 */
interface IndexedPatterns {
  list: readonly IndexedPattern[];
  /** Word (a head, or the last word of a phrase head) -> positions in `list` of patterns whose first noun test names it. */
  byWord: ReadonlyMap<string, readonly number[]>;
  /** Positions of patterns with no noun test (prepositions only). */
  free: readonly number[];
}

const ordered = new WeakMap<readonly VerbPattern[], IndexedPatterns>();
function patternsOf(e: VerbEntry): IndexedPatterns {
  let ps = ordered.get(e.patterns);
  if (!ps) {
    const list: IndexedPattern[] = e.patterns
      .map((p, i) => [p, i] as const)
      .sort((a, b) => specificity(b[0]) - specificity(a[0]) || a[1] - b[1])
      .map(([p]) => ({
        pattern: p,
        ...(p.actor ? { actor: indexTest(p.actor) } : {}),
        ...(p.patient ? { patient: indexTest(p.patient) } : {}),
        preps: (p.preps ?? []).map((t) => (t.object ? { prep: t.prep, object: indexTest(t.object) } : t.skipped ? { prep: t.prep, skipped: true } : t.source ? { prep: t.prep, source: true } : { prep: t.prep })),
      }));
    const byWord = new Map<string, number[]>();
    const free: number[] = [];
    list.forEach((p, i) => {
      const anchor = p.actor ?? p.patient ?? p.preps.find((x) => x.object)?.object;
      if (!anchor) return free.push(i);
      for (const w of [...anchor.words, ...anchor.phrases.keys()]) {
        const at = byWord.get(w) ?? [];
        if (at[at.length - 1] !== i) at.push(i);
        byWord.set(w, at);
      }
    });
    ps = { list, byWord, free };
    ordered.set(e.patterns, ps);
  }
  return ps;
}

/** The patterns a clause's phrases can pass, in order: those with no noun test and those that name one of their words. */
function candidates(ps: IndexedPatterns, phrases: readonly NounWords[]): readonly number[] {
  // (plain loops, no closure: this runs for every clause with a dictionary verb; the free patterns themselves, no copy,
  // when no phrase names a word: most clauses)
  const { byWord, free } = ps;
  let out: number[] | undefined;
  for (const np of phrases) {
    for (const w of np.forms) {
      const at = byWord.get(w);
      if (at) for (const i of at) (out ??= free.slice()).push(i);
    }
    for (const w of np.before) {
      const at = byWord.get(w);
      if (at) for (const i of at) (out ??= free.slice()).push(i);
    }
  }
  if (!out) return free;
  // (a few positions: an insertion sort, ascending as `sort((a, b) => a - b)` gives them)
  for (let k = 1; k < out.length; k++) {
    const v = out[k]!;
    let j = k - 1;
    while (j >= 0 && out[j]! > v) {
      out[j + 1] = out[j]!;
      j--;
    }
    out[j + 1] = v;
  }
  return out;
}

/** The clause's phrases as its noun tests read them: actors, patients, objects of its prepositions. */
function clausePhrases(actors: readonly NounPhrase[], patients: readonly NounPhrase[], pps: readonly PrepPhrase[]): NounWords[] {
  const out: NounWords[] = [];
  const read = (np: NounPhrase): void => {
    const w = nounWords(np);
    out.push(w);
    readNps.push(np);
    readWords.push(w);
  };
  for (const np of actors) read(np);
  for (const np of patients) read(np);
  for (const pp of pps) for (const o of pp.objects) read(o);
  return out;
}

interface Tried {
  pattern: VerbPattern;
  openPrep?: PrepPhrase;
  /** The first prepositional phrase whose object the pattern names ("clashed OVER EFFORTS"). */
  namedPrep?: PrepPhrase;
  skipped?: PrepPhrase[];
  /** The prepositional phrase whose object is the source (CAMEO `+ * FROM $`). */
  sourcePrep?: PrepPhrase;
}

/** An auxiliary word as written in full: "wo" (of "wo n't") is "will", "ca" "can", "n't" "not" (clauses/grammar MODAL_LEMMAS). */
const fullWord = (w: string) => (w === "n't" ? 'not' : (MODAL_LEMMAS[w] ?? w));

/** A word with its negation apart ("won't" -> wo n't, "cannot" -> can not), as the tagger's tokens write it. */
const splitNegation = (w: string): string[] => (w === 'cannot' ? ['can', 'not'] : /\wn't$/.test(w) ? [w.slice(0, -3), "n't"] : [w]);

/** The words of a verb group before its verb, lower case, in full ("won't ever" -> will not ever). */
const auxWordsCache = new WeakMap<VerbGroup, string[]>();
function auxiliaryWords(v: VerbGroup): string[] {
  let w = auxWordsCache.get(v);
  if (!w) {
    const text = v.text.slice(0, Math.max(0, v.head.start - v.start)).toLowerCase().replace(/’/g, "'");
    auxWordsCache.set(v, (w = text.replace(/(\w)n't\b/g, "$1 n't").replace(/\bcannot\b/g, 'can not').split(/\s+/).filter(Boolean).map(fullWord)));
  }
  return w;
}

/** The verb group has, in order, one member of each set before its verb ("most certainly did n't ever"). */
function passesAuxiliaries(v: VerbGroup, sets: readonly (readonly string[])[], adjacent = false): boolean {
  return passesInOrder(auxiliaryWords(v), sets, adjacent);
}

/** The words have, in order, one member of each set (with `adjacent`, the last set's member ends them). */
function passesInOrder(words: readonly string[], sets: readonly (readonly string[])[], adjacent = false): boolean {
  let at = 0;
  for (const [k, set] of sets.entries()) {
    // the last set right before the verb: a member that ends the words
    if (adjacent && k === sets.length - 1) {
      return set.some((m) => {
        const mw = m.split(' ').map(fullWord);
        const i = words.length - mw.length;
        return i >= at && mw.every((x, j) => words[i + j] === x);
      });
    }
    let next = -1;
    for (const m of set) {
      const mw = m.split(' ').map(fullWord);
      for (let i = at; i + mw.length <= words.length && (next < 0 || i < next); i++) {
        if (mw.every((x, k) => words[i + k] === x)) {
          next = i + mw.length;
          break;
        }
      }
    }
    if (next < 0) return false;
    at = next;
  }
  return true;
}

function tryPattern(
  p: IndexedPattern,
  verb: VerbGroup,
  actors: readonly NounPhrase[],
  patients: readonly NounPhrase[],
  pps: readonly PrepPhrase[],
  linear?: readonly string[],
  preVerb?: readonly string[],
  nextVerb?: string,
): Tried | null {
  if (p.pattern.particle && p.pattern.particle !== verb.particle) return null;
  // (the coder, as PETRARCH reads words before the verb: anywhere before it in the clause, "NEITHER *" in "Neither X nor Y
  // boycotted"; joined to the verb by `_`, right before it in its group only)
  if (p.pattern.auxiliaries && !passesAuxiliaries(verb, p.pattern.auxiliaries, p.pattern.auxiliariesAdjacent) && !(preVerb && !p.pattern.auxiliariesAdjacent && passesInOrder(preVerb, p.pattern.auxiliaries))) return null;
  if (p.actor && !anyPasses(actors, p.actor)) return null;
  // (the coder: words along the text after the verb, where the clause cannot hold the pattern)
  if (p.pattern.afterWords && !(linear && passesInOrder(linear, p.pattern.afterWords))) return null;
  // (the coder: a lone preposition for the noun, "* FOR", is a prepositional phrase of the clause, its object the target)
  const lone = linear && p.pattern.lonePrep ? pps.find((x) => x.prep === p.pattern.lonePrep) : undefined;
  if (linear && p.pattern.lonePrep && !lone) return null;
  if (!lone && p.patient && !anyPasses(patients, p.patient, true, linear) && !(nextVerb && !p.patient.before.length && !p.patient.beforeRun.length && p.patient.words.has(nextVerb))) return null;
  // (for the graph, a pattern that codes no event discards the clause only where its noun is the patient's head: "struck
  // drone storage facilities" is no "* &AIRCRAFT [---]", which the block has for fighting aircraft)
  if (!linear && p.pattern.code === null && p.patient && !patients.some((np) => headPasses(np, p.patient!))) return null;
  let openPrep: PrepPhrase | undefined = lone;
  let namedPrep: PrepPhrase | undefined;
  let skipped: PrepPhrase[] | undefined;
  let sourcePrep: PrepPhrase | undefined;
  for (const t of p.preps) {
    const hit = findPrep(pps, t);
    if (!hit) return null;
    if (t.skipped) (skipped ??= []).push(hit);
    if (t.source) sourcePrep ??= hit;
    if (!t.object && !t.skipped && !t.source && !openPrep) openPrep = hit;
    if (t.object && !namedPrep) namedPrep = hit;
  }
  return { pattern: p.pattern, ...(openPrep ? { openPrep } : {}), ...(namedPrep ? { namedPrep } : {}), ...(skipped ? { skipped } : {}), ...(sourcePrep ? { sourcePrep } : {}) };
}

/** Mentions that modify a phrase: "a UN convoy", "the army's convoy", "ISIS-held Mosul" is not one (its agent holds it). */
function modifyingMentions(np: NounPhrase): NounPhrase[] {
  const out: NounPhrase[] = [];
  for (const m of np.modifiers) {
    if (m.kind === 'possessor' && m.np && !m.np.pronoun) out.push(m.np);
  }
  return out;
}

/** What an event code means for the graph (`edgeOfVerb`: the edge is the verb's own code's, cameo-map.json). */
export type DescribeCode = (code: string) => { edge: RelationType | null; plover: string | null; edgeOfVerb?: boolean };

/**
 * The default: lexicon/petrarch/cameo-map.json (`cameoEvent`, longest code
 * prefix). `quotes` (statements need a quotation: the quotes pass reads them)
 * and `interacts` (not one of the ten edge types) give no edge here.
 */
export const describeCode: DescribeCode = (code) => {
  const e = cameoEvent(code);
  if (!e) return { edge: null, plover: null };
  const edge = e.edge === null || e.edge === 'quotes' || e.edge === 'interacts' ? null : (e.edge as RelationType);
  return e.edgeOfVerb ? { edge, plover: e.plover, edgeOfVerb: true } : { edge, plover: e.plover };
};
const describeDefault = describeCode;

export interface MatchOptions {
  /**
   * A verb the dictionary lists in an inflected form (the validation file's `--- LEFT [032:033] ---` beside `LEAVE
   * [012]`, `MET` beside `MEET`) codes that form, as PETRARCH matches a listed verb by its written form. Off for the
   * graph: CAMEO 2.0 lists FOUND (establish, 060) whose written form is also find's past.
   */
  writtenForms?: boolean;
  /**
   * The coder's own output, as PETRARCH reads patterns: a patient test also passes on its words in a row in the
   * phrase (`passesLinear`), and a clause with no object offers these phrases to the patient tests (the objects and
   * complements of the clause that is its content: "allowed that X is the neatest place to visit"). Off for the graph.
   */
  linear?: boolean;
  /** With `linear`: the words of the clause's text after its verb (the caller has the text). */
  verbPhrase?: (c: Clause) => readonly string[];
  /**
   * With `linear`: the verb of a clause under this one that follows its verb right after, as written ("believed linked
   * to X": "linked"), which a one-word patient test then passes when the clause has no object of its own (PETRARCH reads
   * the words after the verb, whatever they are).
   */
  nextVerb?: (c: Clause) => string | undefined;
  /** With `linear`: the words of the clause's text before its verb, the subject's included (the caller has the text). */
  preVerb?: (c: Clause) => readonly string[];
  contentPatients?: readonly NounPhrase[];
}

/**
 * The entries of a clause's verb (./entriesByForm): a pre-compound's (`WIRE_+TAP`) only when its words come right before
 * the verb, and then alone.
 */
function entriesOf(c: Clause, dict: VerbDictionary, options: MatchOptions): readonly VerbEntry[] {
  const all = entriesByForm(c, dict, options);
  let compounds = false;
  for (const e of all) if (e.before) compounds = true;
  if (!compounds) return all;
  const pre = options.preVerb?.(c).join(' ') ?? '';
  const compound = all.filter((e) => e.before && (pre === e.before || pre.endsWith(` ${e.before}`)));
  return compound.length ? compound : all.filter((e) => !e.before);
}

/** The entries of a clause's verb: by its lemma and particle, else its lemma; first by its written form when asked. */
function entriesByForm(c: Clause, dict: VerbDictionary, options: MatchOptions): readonly VerbEntry[] {
  const form = options.writtenForms ? c.verb.head.text.toLowerCase() : c.verb.lemma;
  if (form !== c.verb.lemma) {
    const withParticle = c.verb.particle ? dict.entries(form, c.verb.particle) : [];
    const byForm = withParticle.length ? withParticle : dict.entries(form);
    if (byForm.length) return byForm;
  }
  const withParticle = c.verb.particle ? dict.entries(c.verb.lemma, c.verb.particle) : [];
  return withParticle.length ? withParticle : dict.entries(c.verb.lemma);
}

/** Match one clause; null when its verb is not in the dictionary or the dictionary says it is no event. */
export function matchClause(
  c: Clause,
  dict: VerbDictionary,
  describe: DescribeCode = describeDefault,
  usePattern?: (p: VerbPattern) => boolean,
  options: MatchOptions = {},
): EventMatch | null {
  readNps.length = 0;
  readWords.length = 0;
  try {
    return matchRead(c, dict, describe, usePattern, options);
  } finally {
    readNps.length = 0;
    readWords.length = 0;
  }
}

function matchRead(c: Clause, dict: VerbDictionary, describe: DescribeCode, usePattern: ((p: VerbPattern) => boolean) | undefined, options: MatchOptions): EventMatch | null {
  const entries = entriesOf(c, dict, options);
  if (!entries.length) return null;
  const actors = actorsOf(c);
  const own = patientsOf(c);
  // (the content's phrases are tested only: the target stays the caller's to find)
  const patients = own.length || !options.contentPatients?.length ? own : options.contentPatients;
  const pps = offeredPreps(c, own);
  const linear = options.linear ? (options.verbPhrase?.(c) ?? []) : undefined;
  // (contractions in full, as the verb group's own words: "won't" -> will not)
  const preVerb = options.linear ? options.preVerb?.(c).flatMap(splitNegation).map(fullWord) : undefined;
  const nextVerb = options.linear && !own.length ? options.nextVerb?.(c) : undefined;
  // a pattern that matches in any entry decides; otherwise the first entry with a code of its own
  let chosen: { entry: VerbEntry; tried: Tried | null } | undefined;
  let phrases: NounWords[] | undefined;
  for (const entry of entries) {
    const ps = patternsOf(entry);
    // (an entry with no pattern that names a word, the verb's own code only or patterns of prepositions only, asks
    // nothing of the phrases: they are read for the first entry that does)
    // (the coder: the verb right after and the prepositions are words of the clause too, for `* LINKED` and `* FOR`)
    if (ps.byWord.size) phrases ??= options.linear ? [...clausePhrases(actors, patients, pps), { forms: nextVerb ? [nextVerb, ...pps.map((x) => x.prep)] : pps.map((x) => x.prep), before: [] }] : clausePhrases(actors, patients, pps);
    let last = -1;
    for (const i of ps.byWord.size ? candidates(ps, phrases!) : ps.free) {
      if (i === last) continue;
      last = i;
      if (usePattern && !usePattern(ps.list[i]!.pattern)) continue;
      const tried = tryPattern(ps.list[i]!, c.verb, actors, patients, pps, linear, preVerb, nextVerb);
      if (tried) {
        chosen = { entry, tried };
        break;
      }
    }
    if (chosen) break;
  }
  if (!chosen) {
    const entry = entries.find((e) => e.code !== null);
    if (!entry) return null;
    chosen = { entry, tried: null };
  }
  const { entry, tried } = chosen;
  const code = tried ? tried.pattern.code : entry.code;
  if (code === null) return null;
  const paired = tried ? tried.pattern.paired : entry.paired;
  let target: NounPhrase[] = [];
  let targetFrom: EventMatch['targetFrom'] = 'none';
  if (tried?.openPrep) {
    target = tried.openPrep.objects;
    targetFrom = 'preposition';
  } else if (own.length && !tried?.pattern.patient) {
    target = own;
    targetFrom = 'patient';
  } else if (tried?.pattern.patient) {
    target = own.flatMap(modifyingMentions);
    if (target.length) targetFrom = 'modifier';
    else if (own.some((p) => p.mention !== undefined || p.modifiers.some((m) => m.mention !== undefined))) {
      // a named patient that is (or is modified by) a mention: "ambushed a UN convoy" -> the caller reads the UN from it
      target = own;
      targetFrom = 'patient';
    } else {
      // what the named patient is of: "took control of Goma", "lifted the siege of Kidal" (the named noun the head, not
      // a word before it: "an offensive north of X")
      const named = indexedPatientOf(tried.pattern);
      target = own.filter((p) => named && headPasses(p, named)).flatMap((p) => p.pps.filter((pp) => pp.prep === 'of').flatMap((pp) => pp.objects));
      if (target.length) targetFrom = 'of';
    }
  }
  if (!target.length && tried?.namedPrep && !own.length) {
    // what the named object of a preposition is of: "clashed over the efforts of X", "appealed for the release of X"
    target = tried.namedPrep.objects.flatMap((o) => o.pps.filter((pp) => pp.prep === 'of').flatMap((pp) => pp.objects));
    if (target.length) targetFrom = 'of';
  }
  // the target first, the source after a preposition ("+ * FROM $": "X was freed from Y"): the subject as written
  const reversed = !!tried?.pattern.subjectIsTarget;
  if (reversed) {
    target = c.subject;
    targetFrom = 'patient';
  }
  const { edgeOfVerb, ...described } = describe(code);
  // (a pattern whose code leaves the edge to the verb: "suspended the ceasefire" ends it, "killed ... after the ceasefire" fights)
  if (edgeOfVerb) described.edge = entry.code === null ? null : describe(entry.code).edge;
  return {
    clause: c.id,
    code,
    ...described,
    source: reversed ? (tried?.sourcePrep?.objects ?? []) : actors,
    target,
    targetFrom,
    entry,
    pattern: tried?.pattern ?? null,
    ...(paired ? { paired } : {}),
    ...(tried?.skipped ? { skipped: tried.skipped } : {}),
    negated: c.verb.negated,
    hedged: c.verb.hedged,
    verb: { start: c.verb.start, end: c.verb.end },
    span: { start: c.start, end: c.end },
  };
}

/** Every event of a reading, in clause order. */
export function matchEvents(reading: Reading, dict: VerbDictionary, describe: DescribeCode = describeDefault, options: MatchOptions = {}): EventMatch[] {
  const out: EventMatch[] = [];
  for (const c of reading.clauses) {
    const m = matchClause(c, dict, describe, undefined, options);
    if (m) out.push(m);
  }
  return out;
}

/** A dictionary over a list of entries (the converter's output, or a test's). */
export function dictionaryOf(entries: readonly VerbEntry[]): VerbDictionary {
  const byKey = new Map<string, VerbEntry[]>();
  for (const e of entries) {
    const key = e.particle ? `${e.lemma} ${e.particle}` : e.lemma;
    const list = byKey.get(key) ?? [];
    list.push(e);
    byKey.set(key, list);
  }
  return { entries: (lemma, particle) => byKey.get(particle ? `${lemma} ${particle}` : lemma) ?? [] };
}
