/**
 * From the converted CAMEO verb file (src/extract/lexicon/petrarch/
 * cameo-verbs.json, PETRARCH's pattern syntax kept as data) to the matcher's
 * entries (./types.ts). The input types below are the part of that file this
 * reads, declared here so that the matcher does not depend on the converter;
 * the converter's `CameoVerbFile` fits them.
 *
 * What a clause can hold is less than what PETRARCH's patterns can say: a
 * pattern with more than one noun on a side, other verbs in it, a preposition
 * before the verb, or a multi-word verb with words before the verb is
 * reported with its line and left out, never guessed.
 */
import type { NounTest, PrepTest, VerbEntry, VerbPattern } from './types.ts';
import { shippedPosTagMemo } from '../tagger/models.ts';
import { ADV_TAGS, BE_FORMS, DO_FORMS, HAVE_FORMS } from '../clauses/grammar.ts';

/** An element of a PETRARCH pattern, as converted. */
export type CameoElement =
  | { t: 'word' | 'np'; w: readonly string[]; /** Words written apart and read as one phrase here: other words may come between them. */ open?: boolean; /** Joined by `_` to the next element (the converter's flag). */ adjacent?: boolean }
  | { t: 'pp'; prep: string; obj: readonly CameoElement[] }
  | { t: 'source' | 'target' | 'skip' | 'compound' };

export interface CameoPattern {
  code: string | null;
  paired?: string;
  before: readonly CameoElement[];
  after: readonly CameoElement[];
  note?: string;
  shadowed?: boolean;
  line: number;
}

export interface CameoVerb {
  phrase: string;
  head: number;
  code?: string | null;
  paired?: string;
  line: number;
}

export interface CameoBlock {
  name: string;
  code: string | null;
  paired?: string;
  verbs: readonly CameoVerb[];
  patterns: readonly CameoPattern[];
  line: number;
}

export interface CameoSynset {
  members: readonly string[];
}

export interface CameoVerbsLike {
  synsets: Readonly<Record<string, CameoSynset>>;
  blocks: readonly CameoBlock[];
}

export interface Skipped {
  line: number;
  reason: string;
}

const MAX_SYNSET_DEPTH = 8;
/** Tags of the words of a noun phrase (modifiers and head). */
const NOUN_PHRASE_TAGS = new Set(['NN', 'NNS', 'NNP', 'NNPS', 'JJ', 'JJR', 'JJS', 'VBN', 'VBG', 'CD']);

/**
 * The shipped POS tagger's tags of pattern words, memoised and kept in the
 * disk cache (tagger `shippedPosTagMemo`): the same words recur in thousands
 * of patterns ("from", "against"), and tagging them was most of building the
 * entries at every start.
 */
const TAGS = shippedPosTagMemo('cameo');
const tagsOf = (words: string[]): string[] => TAGS.tag(words);

/** A pattern word the POS tagger reads as a preposition ("from", "against"). */
function isPreposition(word: string): boolean {
  const t = tagsOf([word.toLowerCase()])[0];
  return t === 'IN' || t === 'TO';
}

/** A pattern word the POS tagger reads as a particle right after a verb ("out", "off", "down"). */
function isParticle(word: string): boolean {
  const w = word.toLowerCase();
  // (and no noun after an object: an unknown word the tagger reads as a particle before one, "EID", is a noun)
  return /^[a-z]+$/i.test(word) && tagsOf(['they', 'set', w, 'the', 'plan'])[2] === 'RP' && !tagsOf(['they', 'set', 'the', 'plan', w, '.'])[4]!.startsWith('NN');
}

/** Pattern words the POS tagger reads as one noun phrase ("diplomatic ties"; not "when a crash", "up demonstrations"). */
function readsAsNounPhrase(words: readonly string[]): boolean {
  const ws = words.flatMap((w) => w.split(/[\s_]+/)).filter(Boolean);
  if (ws.some((w) => w.startsWith('&'))) {
    // a set for the head: the words before it must read as a noun phrase's
    // (the set may be the head or, with more words to come, a modifier: "NEW &ARMED" before "AID")
    if (ws[ws.length - 1]!.startsWith('&')) {
      const before = ws.slice(0, -1);
      return before.every((w) => !w.startsWith('&')) && tagsOf(before.map((w) => w.toLowerCase())).every((t) => NOUN_PHRASE_TAGS.has(t));
    }
    // a set before the head ("&TIETYPES TIES", "IMPROVED &TIETYPES RELATIONS"): the other words must
    return readsAsNounPhrase(ws.filter((w) => !w.startsWith('&')));
  }
  const tags = tagsOf(ws.map((w) => w.toLowerCase()));
  return tags.every((t, i) => NOUN_PHRASE_TAGS.has(t) && (i < tags.length - 1 || t.startsWith('NN')));
}

/** The words a `&name` stands for, nested sets expanded (cycles cut). */
function expand(word: string, synsets: CameoVerbsLike['synsets'], depth = 0): string[] {
  if (!word.startsWith('&')) return [word];
  const set = synsets[word.slice(1).toLowerCase()];
  if (!set || depth > MAX_SYNSET_DEPTH) return [];
  return set.members.flatMap((m) => expand(m, synsets, depth + 1));
}

/** A noun test from a word or `{...}` element: the head last, the words before it required before the head. */
function nounTest(e: CameoElement, synsets: CameoVerbsLike['synsets']): NounTest | string {
  if (e.t !== 'word' && e.t !== 'np') return `a ${e.t} where a noun is expected`;
  const words = e.w.flatMap((w) => w.split(/[\s_]+/)).filter(Boolean);
  if (!words.length) return 'an empty noun';
  const headWord = words[words.length - 1]!;
  const before = words.slice(0, -1);
  const heads = expand(headWord, synsets);
  if (!heads.length) return `unknown synonym set ${headWord}`;
  // a synset member may itself be a phrase ("suicide bomber"): kept whole, the matcher reads its last word as the head
  if (!before.some((w) => w.startsWith('&'))) return before.length ? { heads, before } : { heads };
  // a synonym set before the head ("{NEW &TIETYPES RELATIONS}"): the words right before the head, one of each set
  const beforeRun: string[][] = [];
  for (const w of before) {
    const members = expand(w, synsets).map((m) => m.toLowerCase());
    if (!members.length) return `unknown synonym set ${w}`;
    beforeRun.push(members);
  }
  // words written apart ("IMPROVED &TIETYPES RELATIONS", not "NEW_&TIETYPES_RELATIONS"): in order, others may come between
  // ("improved global economic relations"), PETRARCH's open connector
  return e.t === 'word' && e.open ? { heads, beforeRun, beforeOpen: true } : { heads, beforeRun };
}

/** The words of elements, one set of members per word in order (a synonym set's expanded), when all are words. */
function wordsInOrder(elements: readonly CameoElement[], synsets: CameoVerbsLike['synsets']): string[][] | undefined {
  const sets: string[][] = [];
  for (const e of elements) {
    if (e.t !== 'word') return undefined;
    for (const w of e.w.flatMap((x) => x.split(/[\s_]+/)).filter(Boolean)) {
      const members = expand(w, synsets).map((m) => m.toLowerCase());
      if (!members.length) return undefined;
      sets.push(members);
    }
  }
  return sets.length ? sets : undefined;
}

/** A word that may stand before a verb in its group: a modal or adverb as the tagger reads it there, or a form of be/have/do. */
const auxiliaryWord = (word: string, tag: string) => tag === 'MD' || ADV_TAGS.has(tag) || BE_FORMS.has(word) || HAVE_FORMS.has(word) || DO_FORMS.has(word);

/**
 * The words before the verb as a test on its verb group (CAMEO's `WILL NOT * TOWARDS`; the validation file's
 * `&NEGATVAUXVRB EVER *`), when the POS tagger reads every one of them, every member of a synonym set, as a modal,
 * auxiliary or adverb before a verb ("they will not go"): one set of members per word, in order. Undefined otherwise
 * (then the words are the actor's: `{FIGHTER JET} *`).
 */
function auxiliariesOf(before: readonly CameoElement[], synsets: CameoVerbsLike['synsets']): string[][] | undefined {
  if (!before.length || before.some((e) => e.t !== 'word')) return undefined;
  const sets: string[][] = [];
  for (const e of before) {
    for (const w of (e as { w: readonly string[] }).w.flatMap((x) => x.split(/[\s_]+/)).filter(Boolean)) {
      const members = expand(w, synsets).map((m) => m.toLowerCase());
      if (!members.length) return undefined;
      sets.push(members);
    }
  }
  for (const set of sets) {
    for (const m of set) {
      const words = m.split(' ');
      if (!tagsOf(['they', ...words, 'go']).slice(1, -1).every((t, i) => auxiliaryWord(words[i]!, t))) return undefined;
    }
  }
  return sets;
}

/** One pattern, or the reason it cannot be read on a clause. */
export function patternFromCameo(p: CameoPattern, synsets: CameoVerbsLike['synsets']): VerbPattern | string {
  const out: { code: string | null; actor?: NounTest; patient?: NounTest; particle?: string; preps?: PrepTest[]; auxiliaries?: string[][]; auxiliariesAdjacent?: boolean; subjectIsTarget?: boolean; compound?: boolean; lonePrep?: string; afterWords?: string[][]; source?: string; paired?: string } = { code: p.code };
  if (p.paired) out.paired = p.paired;
  if (p.before.some((e) => e.t === 'compound')) out.compound = true;
  // the target first and the source after a preposition ("+ * FROM $": "X was freed from Y", "X received a pledge from
  // Y"): the subject as written is the target, that preposition's object the source
  const sourceAfterPrep = p.after.some((e, i) => (e.t === 'pp' && e.obj.some((o) => o.t === 'source')) || (e.t === 'word' && e.w.length === 1 && isPreposition(e.w[0]!) && p.after[i + 1]?.t === 'source'));
  const reversed = p.before[0]?.t === 'target' && sourceAfterPrep;
  if (reversed) out.subjectIsTarget = true;
  let before = (reversed ? p.before.slice(1) : p.before).filter((e) => e.t !== 'source' && e.t !== 'skip' && e.t !== 'compound');
  // modals, auxiliaries and adverbs before the verb are the verb group's, not the actor's ("WILL NOT *", "&NEGATVAUXVRB EVER *")
  const auxiliaries = auxiliariesOf(before, synsets);
  if (auxiliaries) {
    out.auxiliaries = auxiliaries;
    // joined to the verb by `_` ("RECENTLY_*"): no word between
    if ((before[before.length - 1] as { adjacent?: boolean }).adjacent) out.auxiliariesAdjacent = true;
    before = [];
  }
  // words in a row before the verb are one noun phrase when they read as one ("DEATH TOLL *": "the death toll has risen")
  before = before.reduce<CameoElement[]>((acc, e) => {
    const last = acc[acc.length - 1];
    if (e.t === 'word' && last?.t === 'word' && readsAsNounPhrase([...last.w, ...e.w])) acc[acc.length - 1] = { t: 'word', w: [...last.w, ...e.w], open: !!last.open || !last.adjacent };
    else acc.push(e);
    return acc;
  }, []);
  if (before.length > 1) return 'more than one element before the verb';
  if (before[0]) {
    if (before[0].t === 'pp') return 'a preposition before the verb';
    if (before[0].t === 'target') return 'the target before the verb';
    const t = nounTest(before[0], synsets);
    if (typeof t === 'string') return t;
    out.actor = t;
  }
  const preps: PrepTest[] = [];
  // words in a row after the verb are one noun phrase, its head last ("* DIPLOMATIC TIES")
  // and a preposition written as a word before the target is a prepositional phrase ("RETREAT * FROM +")
  const after: CameoElement[] = [];
  // a particle right after the verb, with more after it ("* DOWN &WEAPON": "laid down their weapons")
  let from = 0;
  const first = p.after[0];
  // (alone too: "*_UP" is "blew up", not a noun "up")
  if (first?.t === 'word' && first.w.length === 1 && !first.w[0]!.includes(' ') && isParticle(first.w[0]!)) {
    out.particle = first.w[0]!.toLowerCase();
    from = 1;
  }
  for (let i = from; i < p.after.length; i++) {
    const e = p.after[i]!;
    const next = p.after[i + 1];
    const prepWord = e.t === 'word' && e.w.length === 1 && !e.w[0]!.includes(' ') && isPreposition(e.w[0]!);
    if (prepWord && (next?.t === 'target' || next?.t === 'skip' || (reversed && next?.t === 'source') || next?.t === 'np' || (next?.t === 'word' && readsAsNounPhrase(next.w)))) {
      after.push({ t: 'pp', prep: e.w[0]!.toLowerCase(), obj: [next] });
      i++;
      continue;
    }
    // a preposition joined by `_` to the words of its object ("* FOR_ASYLUM": "bargained for asylum"): a prepositional phrase
    if (e.t === 'word') {
      const ws = e.w.flatMap((w) => w.split(/[\s_]+/)).filter(Boolean);
      if (ws.length > 1 && !ws[0]!.startsWith('&') && isPreposition(ws[0]!) && readsAsNounPhrase(ws.slice(1))) {
        after.push({ t: 'pp', prep: ws[0]!.toLowerCase(), obj: [{ t: 'word', w: ws.slice(1) }] });
        continue;
      }
    }
    // a preposition last, its object left open: the target ("* SANCTIONS AGAINST")
    if (prepWord && !next && after.length) {
      after.push({ t: 'pp', prep: e.w[0]!.toLowerCase(), obj: [] });
      continue;
    }
    const last = after[after.length - 1];
    if (e.t === 'word' && last?.t === 'word' && readsAsNounPhrase([...last.w, ...e.w])) after[after.length - 1] = { t: 'word', w: [...last.w, ...e.w], open: !!last.open || !last.adjacent };
    else after.push(e);
  }
  for (const [ai, e] of after.entries()) {
    if (e.t === 'source' || e.t === 'target' || e.t === 'skip' || e.t === 'compound') continue;
    if (e.t === 'pp') {
      const obj = e.obj.filter((o) => o.t !== 'target' && o.t !== 'source' && o.t !== 'skip' && o.t !== 'compound');
      if (obj.length > 1) return 'a preposition with more than one object element';
      // `^` for the object ("EID AT ^ WITH +"): the phrase is skipped, any object, never the target
      if (!obj[0] && reversed && e.obj.some((o) => o.t === 'source')) preps.push({ prep: e.prep, source: true });
      // (and the target right after it, `AT ^ +`: the actor after the skipped phrase, "warned at the meeting of X")
      else if (!obj[0] && e.obj.some((o) => o.t === 'skip') && !e.obj.some((o) => o.t === 'target')) preps.push({ prep: e.prep, skipped: true, ...(after[ai + 1]?.t === 'target' ? { targetAfter: true } : {}) });
      else if (!obj[0]) preps.push({ prep: e.prep });
      else {
        const t = nounTest(obj[0], synsets);
        if (typeof t === 'string') return t;
        preps.push({ prep: e.prep, object: t });
      }
      continue;
    }
    if (out.patient || preps.length) {
      // words only (no target, source or skipped phrase among them): PETRARCH's reading along the text, for the coder
      // (a code or none: TABARI's "+++" of complex codings and the validation file's placeholders, "xxy", PETRARCH does not
      // implement; its unit tests expect the verb's own code there)
      const words = p.code === null || /^\d/.test(p.code) ? wordsInOrder(p.after.slice(from), synsets) : undefined;
      if (!words) return 'more than one noun after the verb, or a noun after a preposition';
      delete out.patient;
      delete out.preps;
      out.afterWords = words;
      out.source = `line ${p.line}${p.note ? ` (${p.note})` : ''}`;
      return out;
    }
    const t = nounTest(e, synsets);
    if (typeof t === 'string') return t;
    out.patient = t;
  }
  if (preps.length) out.preps = preps;
  // a lone preposition read as the noun ("* FOR", "*_ON"): the coder reads it as an open prepositional phrase
  if (out.patient && !out.patient.before && !out.patient.beforeRun && out.patient.heads.length === 1 && !preps.length && isPreposition(out.patient.heads[0]!)) out.lonePrep = out.patient.heads[0]!.toLowerCase();
  out.source = `line ${p.line}${p.note ? ` (${p.note})` : ''}`;
  return out;
}

/** The matcher's entries for every verb of every block; what cannot be read is listed in `skipped`. */
export function entriesFromCameo(file: CameoVerbsLike): { entries: VerbEntry[]; skipped: Skipped[] } {
  const entries: VerbEntry[] = [];
  const skipped: Skipped[] = [];
  for (const block of file.blocks) {
    const patterns: VerbPattern[] = [];
    for (const p of block.patterns) {
      if (p.shadowed) continue;
      const r = patternFromCameo(p, file.synsets);
      if (typeof r === 'string') skipped.push({ line: p.line, reason: r });
      else patterns.push(r);
    }
    for (const v of block.verbs) {
      const all = v.phrase.toLowerCase().split(/\s+/);
      // words before the verb (a pre-compound, "WIRE_+TAP"): required right before it
      const before = all.slice(0, v.head).join(' ');
      const words = all.slice(v.head);
      if (words.length > 2) {
        skipped.push({ line: v.line, reason: `more than a verb and a particle in "${v.phrase}"` });
        continue;
      }
      const code = v.code !== undefined ? v.code : block.code;
      const paired = v.code !== undefined ? v.paired : block.paired;
      const entry: VerbEntry = { lemma: words[0]!, code, patterns, block: block.name, ...(paired ? { paired } : {}) };
      if (words[1]) entry.particle = words[1];
      if (before) entry.before = before;
      entries.push(entry);
    }
  }
  TAGS.save();
  return { entries, skipped };
}
