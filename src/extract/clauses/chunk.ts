/**
 * Chunking: tagged tokens (and entity mentions) -> a flat list of chunks:
 * noun phrases, verb groups, prepositions, conjunctions, punctuation, relative
 * and complementizer words. One left-to-right pass; each builder consumes the
 * words it reads and never looks back, so the pass is linear.
 */
import * as grammar from './grammar.ts';
// bound once: the reader's inner loops read these on every word
const {
  ADJ_TAGS, ADV_TAGS, BE_FORMS, CLOSE_BRACKETS, COMPLEMENTIZERS, COMPLEX_COORDINATORS, COMPLEX_PREPOSITIONS, DO_FORMS,
  FINITE_TAGS, FUTURE_MODALS, GET_FORMS, HAVE_FORMS, MODAL_LEMMAS, OPEN_BRACKETS, PRONOUNS, QUANTITY_NOUNS,
  CORRELATIVES, QUANTITY_PREFIXES, QUOTE_TAGS, STOP_TAGS, TIME_NOUNS, isNounTag, isTimeName, isVerbTag,
} = grammar;
import type { Auxiliary, MentionSpan, Modifier, ModifierKind, NounPhrase, Span, TaggedToken, VerbGroup, Word } from './types.ts';
import { isParticipleForm, verbLemma, vocabulary } from './words.ts';
import { lowerCase } from '../../util/lower.ts';

/** A word of the sentence: one token, or the tokens of one mention. */
export interface Unit extends Word {
  /** Token index range `[first, last)`. */
  first: number;
  last: number;
  lower: string;
  mention?: number;
  /** Mentions that lie inside this one token ("US" in "US-led"). */
  inner?: number[];
}

export type Chunk =
  | { kind: 'np'; np: NounPhrase }
  | { kind: 'vg'; vg: VerbGroup; to: boolean }
  | { kind: 'prep'; text: string; span: Span }
  | { kind: 'cc'; text: string; span: Span }
  | { kind: 'comma'; span: Span }
  | { kind: 'stop'; text: string; span: Span }
  | { kind: 'open'; span: Span }
  | { kind: 'close'; span: Span }
  /** A relative or question word: which, who, whom, that (WDT), where, when. */
  | { kind: 'wh'; text: string; span: Span }
  /** "that"/"whether" opening a content clause. */
  | { kind: 'comp'; text: string; span: Span }
  | { kind: 'adv'; text: string; span: Span }
  | { kind: 'other'; span: Span };

/** The most possessors one phrase takes ("the group's leader's son"): a run-on chain of them stays linear. */
const MAX_POSSESSORS = 6;
/** The most adverbs a verb group looks over for its verb. */
const MAX_ADVERBS = 6;
/** The longest a mention may be, in tokens, to be read as one word. */
const MAX_MENTION_TOKENS = 64;

/** Join token texts, with one space where the text had a gap. */
export function joinTokens(tokens: readonly TaggedToken[], first: number, last: number): string {
  if (last - first === 1) return tokens[first]!.text;
  let out = '';
  for (let i = first; i < last; i++) {
    const t = tokens[i]!;
    if (i > first && t.start > tokens[i - 1]!.end) out += ' ';
    out += t.text;
  }
  return out;
}

/**
 * A unit, every one with all the fields (`mention`, `inner` undefined when none): one object shape, so that the
 * reader's loops over units stay monomorphic (units of two or three shapes deoptimised them).
 */
function unitOf(start: number, end: number, text: string, pos: string, first: number, last: number, mention: number | undefined, inner: number[] | undefined): Unit {
  return { start, end, text, pos, first, last, lower: lowerCase(text), mention, inner };
}

/** Merge the tokens of each mention into one unit; tokens with a mention inside them carry it as `inner`. */
export function buildUnits(tokens: readonly TaggedToken[], mentions: readonly MentionSpan[]): Unit[] {
  if (!mentions.length) return tokenUnits(tokens);
  const order = mentions.map((_, i) => i).sort((a, b) => mentions[a]!.start - mentions[b]!.start || mentions[b]!.end - mentions[a]!.end || a - b);
  /** token index -> [last, mention] of the mention unit starting there */
  const claimed = new Map<number, [number, number]>();
  const inner = new Map<number, number[]>();
  let claimedTo = 0; // tokens before this index belong to a mention unit already
  let t = 0;
  for (const mi of order) {
    const m = mentions[mi]!;
    while (t < tokens.length && tokens[t]!.end <= m.start) t++;
    if (t >= tokens.length) break;
    const tok = tokens[t]!;
    if (tok.start === m.start) {
      let j = t;
      while (j < tokens.length && j - t < MAX_MENTION_TOKENS && tokens[j]!.end < m.end) j++;
      if (j < tokens.length && tokens[j]!.end === m.end && t >= claimedTo) {
        claimed.set(t, [j + 1, mi]);
        claimedTo = j + 1;
        continue;
      }
    }
    if (tok.start <= m.start && m.end <= tok.end && !(tok.start === m.start && tok.end === m.end)) {
      const list = inner.get(t) ?? [];
      list.push(mi);
      inner.set(t, list);
    }
  }
  const units: Unit[] = [];
  for (let i = 0; i < tokens.length; ) {
    const c = claimed.get(i);
    if (!c && QUOTE_TAGS.has(tokens[i]!.pos)) {
      // quotation marks carry no grammar the reader uses
      i++;
      continue;
    }
    if (c) {
      const [last, mention] = c;
      const text = joinTokens(tokens, i, last);
      units.push(unitOf(tokens[i]!.start, tokens[last - 1]!.end, text, mentionPos(tokens, i, last), i, last, mention, undefined));
      i = last;
    } else {
      const tok = tokens[i]!;
      units.push(unitOf(tok.start, tok.end, tok.text, tok.pos, i, i + 1, undefined, inner.get(i)));
      i++;
    }
  }
  return units;
}

/** One unit per token (no mentions); quotation marks dropped. */
function tokenUnits(tokens: readonly TaggedToken[]): Unit[] {
  const units: Unit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (QUOTE_TAGS.has(tok.pos)) continue;
    units.push(unitOf(tok.start, tok.end, tok.text, tok.pos, i, i + 1, undefined, undefined));
  }
  return units;
}

/** A mention reads as a noun: its last token's noun tag, a pronoun's own tag, else NNP. */
function mentionPos(tokens: readonly TaggedToken[], first: number, last: number): string {
  const tail = tokens[last - 1]!.pos;
  if (last - first === 1 && (tail === 'PRP' || tail === 'CD')) return tail;
  return isNounTag(tail) ? tail : 'NNP';
}

/**
 * A dash standing alone between words, with space on both sides: an en or em dash, or a hyphen before a capital or a
 * digit ("4 January - ADF fighters"; not a spaced compound, "US - led").
 */
function spacedDash(units: readonly Unit[], k: number): boolean {
  const u = units[k]!;
  if (u.text !== '-' && u.text !== '–' && u.text !== '—') return false;
  const before = units[k - 1];
  const after = units[k + 1];
  if (!before || !after || before.end >= u.start || u.end >= after.start) return false;
  return u.text !== '-' || /^[\p{Lu}\d]/u.test(after.text);
}
const isHyphen = (u: Unit | undefined): boolean => !!u && (u.pos === 'HYPH' || ((u.text === '-' || u.text === '–') && u.pos !== ':'));
const adjacent = (a: Unit, b: Unit): boolean => a.end === b.start;
const isNominal = (u: Unit | undefined): boolean =>
  !!u && (u.mention !== undefined || isNounTag(u.pos) || ADJ_TAGS.has(u.pos) || u.pos === 'CD');
const isHeadish = (u: Unit): boolean => u.mention !== undefined || isNounTag(u.pos) || u.pos === 'CD' || u.pos === '%' || u.text === '%';

function matchWords(units: readonly Unit[], k: number, words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) if (units[k + i]?.lower !== words[i]) return false;
  return true;
}

/** Phrases by their first word, longest first, so that a word is tested only against the phrases it can open. */
function byFirstWord(phrases: readonly (readonly string[])[]): Map<string, readonly string[][]> {
  const out = new Map<string, string[][]>();
  for (const p of [...phrases].sort((a, b) => b.length - a.length)) {
    const list = out.get(p[0]!) ?? [];
    list.push([...p]);
    out.set(p[0]!, list);
  }
  return out;
}
const PREPOSITIONS_BY_FIRST = byFirstWord(COMPLEX_PREPOSITIONS);
const COORDINATORS_BY_FIRST = byFirstWord(COMPLEX_COORDINATORS);
const QUANTITY_BY_FIRST = byFirstWord(QUANTITY_PREFIXES);
let negationByFirst: Map<string, readonly string[][]> | undefined;

/** The phrase of `index` that starts at `k`, if any. */
function phraseAt(units: readonly Unit[], k: number, index: Map<string, readonly string[][]>): readonly string[] | undefined {
  const u = units[k];
  if (!u) return undefined;
  const list = index.get(u.lower);
  if (!list) return undefined;
  for (const p of list) if (matchWords(units, k, p)) return p;
  return undefined;
}

function span(a: Unit, b: Unit = a): Span {
  return { start: a.start, end: b.end };
}

/** A word that opens a new noun phrase: a number, a determiner, a pronoun. */
function opensPhrase(x: Unit | undefined): boolean {
  return !!x && (x.pos === 'CD' || x.pos === 'DT' || x.pos === 'PRP$' || x.pos === 'PRP');
}

export interface ChunkResult {
  chunks: Chunk[];
  nounPhrases: NounPhrase[];
}

/** Chunk one sentence. */
export function chunkUnits(units: readonly Unit[], tokens: readonly TaggedToken[]): ChunkResult {
  const chunks: Chunk[] = [];
  const nounPhrases: NounPhrase[] = [];
  let k = 0;
  while (k < units.length) {
    const u = units[k]!;
    const pos = u.pos;
    // a count prefix before a number opens a noun phrase: "at least 12", "more than 300"
    const q = quantityPrefixAt(units, k);
    if (q > 0 && u.mention === undefined) {
      const r = buildNounPhrase(units, tokens, k, nounPhrases);
      if (r) {
        chunks.push({ kind: 'np', np: r.np });
        k = r.next;
        continue;
      }
    }
    // "hacked to death a farmer", "beat to death two men": the object shifted after the resultative "to death" is the
    // verb's; read in the order "hacked a farmer to death" (the phrase first, then "to death")
    if (u.mention === undefined && u.lower === 'to' && units[k + 1]?.lower === 'death' && units[k + 1]!.mention === undefined && chunks[chunks.length - 1]?.kind === 'vg' && (opensPhrase(units[k + 2]) || units[k + 2]?.mention !== undefined)) {
      const r = buildNounPhrase(units, tokens, k + 2, nounPhrases);
      const d = r && buildNounPhrase(units, tokens, k + 1, nounPhrases);
      if (r && d) {
        chunks.push({ kind: 'np', np: r.np }, { kind: 'prep', text: 'to', span: span(u) }, { kind: 'np', np: d.np });
        k = r.next;
        continue;
      }
    }
    if (u.mention === undefined) {
      const prep = phraseAt(units, k, PREPOSITIONS_BY_FIRST);
      if (prep) {
        chunks.push({ kind: 'prep', text: prep.join(' '), span: span(u, units[k + prep.length - 1]) });
        k += prep.length;
        continue;
      }
      const cc = phraseAt(units, k, COORDINATORS_BY_FIRST);
      if (cc) {
        chunks.push({ kind: 'cc', text: cc.join(' '), span: span(u, units[k + cc.length - 1]) });
        k += cc.length;
        continue;
      }
    }
    // "will abandon improved economic relations", "demanded increased aid": a participle right after a verb that is no
    // auxiliary (be, have, get), before an adjective or a common noun, is the next phrase's adjective
    const prevChunk = chunks[chunks.length - 1];
    if (u.mention === undefined && pos === 'VBN' && prevChunk?.kind === 'vg' && !['be', 'have', 'get'].includes(prevChunk.vg.lemma)) {
      const nx = units[k + 1];
      if (nx && nx.mention === undefined && (ADJ_TAGS.has(nx.pos) || nx.pos === 'NN' || nx.pos === 'NNS')) {
        const asAdjective = units.slice();
        asAdjective[k] = unitOf(u.start, u.end, u.text, 'JJ', u.first, u.last, u.mention, u.inner);
        const r = buildNounPhrase(asAdjective, tokens, k, nounPhrases);
        if (r) {
          chunks.push({ kind: 'np', np: r.np });
          k = r.next;
          continue;
        }
      }
    }
    if (u.mention === undefined && startsVerbGroup(units, k)) {
      const r = buildVerbGroup(units, tokens, k);
      if (r) {
        chunks.push({ kind: 'vg', vg: r.vg, to: r.to });
        k = r.next;
        continue;
      }
    }
    // "shot dead two officers", "shot dead a judge": an adjective right after a verb and before a new phrase is not the phrase's
    if (u.mention === undefined && ADJ_TAGS.has(pos) && opensPhrase(units[k + 1]) && chunks[chunks.length - 1]?.kind === 'vg') {
      chunks.push({ kind: 'adv', text: u.lower, span: span(u) });
      k++;
      continue;
    }
    if (u.mention !== undefined || startsNounPhrase(units, k)) {
      const r = buildNounPhrase(units, tokens, k, nounPhrases);
      if (r) {
        chunks.push({ kind: 'np', np: r.np });
        k = r.next;
        continue;
      }
    }
    // (a dash between words, spaced, marks off a phrase as a comma does: "4 January - ADF fighters raid X", "X – a
    // rebel group – said"; an em dash or a double hyphen ends a clause, below)
    if (pos === ',' || (spacedDash(units, k) && u.text !== '—')) chunks.push({ kind: 'comma', span: span(u) });
    else if (STOP_TAGS.has(pos) || /^[.!?;:]+$/.test(u.text) || u.text === '--' || u.text === '—') chunks.push({ kind: 'stop', text: u.text, span: span(u) });
    else if (OPEN_BRACKETS.has(pos) || OPEN_BRACKETS.has(u.text)) chunks.push({ kind: 'open', span: span(u) });
    else if (CLOSE_BRACKETS.has(pos) || CLOSE_BRACKETS.has(u.text)) chunks.push({ kind: 'close', span: span(u) });
    // "either ... or", "both ... and": the first word of a correlative pair joins nothing yet
    else if (pos === 'CC' && CORRELATIVES.has(u.lower)) chunks.push({ kind: 'adv', text: u.lower, span: span(u) });
    else if (pos === 'CC') chunks.push({ kind: 'cc', text: u.lower, span: span(u) });
    else if (pos === 'WDT' || pos === 'WP' || pos === 'WRB') chunks.push({ kind: 'wh', text: u.lower, span: span(u) });
    else if (pos === 'IN' && COMPLEMENTIZERS.has(u.lower)) chunks.push({ kind: 'comp', text: u.lower, span: span(u) });
    else if (pos === 'IN' || pos === 'TO') chunks.push({ kind: 'prep', text: u.lower, span: span(u) });
    else if (ADV_TAGS.has(pos) || pos === 'RP') chunks.push({ kind: 'adv', text: u.lower, span: span(u) });
    else chunks.push({ kind: 'other', span: span(u) });
    k++;
  }
  return { chunks, nounPhrases };
}

/** Words of a count prefix at `k` that a number follows ("at least" 12), else 0. */
function quantityPrefixAt(units: readonly Unit[], k: number): number {
  const list = units[k] ? QUANTITY_BY_FIRST.get(units[k]!.lower) : undefined;
  if (!list) return 0;
  for (const p of list) {
    if (matchWords(units, k, p) && units[k + p.length]?.pos === 'CD') return p.length;
  }
  return 0;
}

function startsNounPhrase(units: readonly Unit[], k: number): boolean {
  const u = units[k]!;
  const p = u.pos;
  if (isNominal(u) || p === 'DT' || p === 'PDT' || p === 'PRP' || p === 'PRP$' || p === 'WP$' || p === 'EX' || p === '$' || p === '#') return true;
  // "very large", "only 12": an adverb before an adjective or number
  if (ADV_TAGS.has(p) && (ADJ_TAGS.has(units[k + 1]?.pos ?? '') || units[k + 1]?.pos === 'CD')) return true;
  // a nominal gerund or participle after nothing nominal: none (verbs open verb groups)
  return false;
}

// ---------------------------------------------------------------- noun phrases

interface NpResult {
  np: NounPhrase;
  next: number;
}

function buildNounPhrase(units: readonly Unit[], tokens: readonly TaggedToken[], start: number, all: NounPhrase[]): NpResult | null {
  let k = start;
  let possessor: NounPhrase | undefined;
  let possessors = 0;
  let det: string | undefined;
  for (;;) {
    const r = readNounRun(units, k, possessor !== undefined);
    if (!r) {
      if (possessor) break; // "ISIS's" at the end: the possessor stands alone
      return null;
    }
    const { body, next } = r;
    const np = makeNounPhrase(units, tokens, body, r.detAt, r.qty, possessor);
    if (np.det !== undefined) det ??= np.det;
    // "ISIS 's attack": the phrase so far is a possessor of what follows
    const after = units[next + 1];
    const participleThenNoun = !!after && (after.pos === 'VBG' || after.pos === 'VBN') && isNominal(units[next + 2]);
    if (units[next]?.pos === 'POS' && after && ((startsNounPhrase(units, next + 1) && !isVerbTag(after.pos)) || participleThenNoun) && ++possessors <= MAX_POSSESSORS) {
      all.push(np);
      possessor = np;
      k = next + 1;
      continue;
    }
    // "dozens of civilians", "hundreds of thousands of people": a count of what follows "of" (a loop, not recursion:
    // a run-on line of counts stays flat)
    let count: NounPhrase | undefined;
    let lastCount = np;
    let inner = np;
    let at = next;
    // ... and "most of its fighters", "some of the villages": a bare quantifier (vocabulary partitives) counts out of them
    const partitive = (x: NounPhrase) => x === np && x.last === x.first + 1 && vocabulary().partitives.has(x.head.text.toLowerCase());
    while ((QUANTITY_NOUNS.has(inner.head.text.toLowerCase()) || partitive(inner)) && units[at]?.lower === 'of' && units[at + 1] && startsNounPhrase(units, at + 1)) {
      const r2 = readNounRun(units, at + 1);
      // (not a possessor, whose noun comes after it: "most of Chad's largest town" is no count of Chad)
      if (!r2 || (partitive(inner) && units[r2.next]?.pos === 'POS')) break;
      count ??= np;
      lastCount = inner;
      inner = makeNounPhrase(units, tokens, r2.body, r2.detAt, r2.qty, undefined);
      at = r2.next;
    }
    if (count) {
      // (the count's span over the counted phrase, its other fields the same: its head, its lists)
      const merged = nounPhraseOf(count.start, inner.end, count.first, inner.last, joinTokens(tokens, count.first, inner.last), inner.head, inner.mention, inner.pronoun, inner.expletive);
      merged.det = inner.det;
      merged.quantity = inner.quantity ?? { start: count.start, end: lastCount.end, text: joinTokens(tokens, count.first, lastCount.last) };
      merged.modifiers = inner.modifiers;
      merged.pps = inner.pps;
      merged.appositions = inner.appositions;
      merged.name = inner.name;
      merged.relatives = inner.relatives;
      if (count.det !== undefined && merged.det === undefined) merged.det = count.det;
      all.push(merged);
      return { np: merged, next: at };
    }
    all.push(np);
    return { np, next };
  }
  // only reached for a trailing possessor
  return possessor ? { np: possessor, next: k } : null;
}

interface NounRun {
  /** Unit indexes of the phrase. */
  body: number[];
  /** Index into `body` of the determiner, or -1. */
  detAt: number;
  /** Unit index range of a count (prefix + number), or null. */
  qty: [number, number] | null;
  next: number;
}

/** Read the words of one noun phrase (no possessive) starting at `k`. */
function readNounRun(units: readonly Unit[], k: number, afterPossessor = false): NounRun | null {
  const body: number[] = [];
  let detAt = -1;
  let qty: [number, number] | null = null;
  const n = units.length;
  const u0 = units[k];
  if (!u0) return null;
  // pronouns and "there" stand alone
  if (u0.mention === undefined && (u0.pos === 'PRP' || u0.pos === 'EX' || (u0.pos === 'DT' && PRONOUNS.has(u0.lower) && !isNominal(units[k + 1]) && units[k + 1]?.pos !== 'DT'))) {
    return { body: [k], detAt: -1, qty: null, next: k + 1 };
  }
  if (u0.pos === 'PDT' && u0.mention === undefined) {
    body.push(k);
    k++;
  }
  const d = units[k];
  if (d && d.mention === undefined && (d.pos === 'DT' || d.pos === 'PRP$' || d.pos === 'WP$')) {
    detAt = body.length;
    body.push(k);
    k++;
  }
  let sawHead = false;
  /** Only a count so far: "three al-Shabaab suspects", "12 dead soldiers" go on after it. */
  let countOnly = false;
  while (k < n) {
    const u = units[k]!;
    const p = u.pos;
    const nextU = units[k + 1];
    // a dash between words, spaced, ends the phrase ("4 January 2026 - ADF fighters raid ...": a timeline's date)
    if (spacedDash(units, k)) break;
    if (u.mention !== undefined) {
      // a pronoun the coreference resolved stands alone as unresolved ones do ("said on Tuesday it had ...": no "Tuesday it")
      if (body.length && p === 'PRP') break;
      const prevU = body.length ? units[body[body.length - 1]!]! : undefined;
      if (sawHead && prevU && prevU.pos === 'NNS' && prevU.mention === undefined) break; // "the villages [ISIL] had captured"
      if (sawHead && prevU && prevU.mention === undefined && TIME_NOUNS.has(prevU.lower)) break; // "over the past day [Battlegroup North] inflicted"
      // "in 2017 [Jabhat Fateh al-Sham] and ... formed": a year alone before a name is a time, the name a phrase of its own
      if (body.length === 1 && prevU!.pos === 'CD' && /^(?:1[89]|20)\d\d$/.test(prevU!.text)) break;
      body.push(k);
      sawHead = true;
      countOnly = false;
      k++;
      continue;
    }
    // count prefix before a number
    if (!sawHead && !qty) {
      const qp = quantityPrefixAt(units, k);
      if (qp > 0) {
        let e = k + qp;
        while (units[e]?.pos === 'CD') e++;
        qty = [k, e];
        for (let i = k; i < e; i++) body.push(i);
        k = e;
        sawHead = true; // a bare count can head the phrase ("killed at least 12")
        countOnly = true;
        continue;
      }
    }
    if (isHyphen(u) && body.length && nextU && adjacent(units[body[body.length - 1]!]!, u) && adjacent(u, nextU) && nextU.mention === undefined && /\w/.test(nextU.text)) {
      // "US - led", "pro - government": the hyphen and the word after it belong to the phrase
      body.push(k, k + 1);
      k += 2;
      continue;
    }
    if (isNounTag(p) || p === 'CD' || p === '%' || u.text === '%' || p === '$' || p === '#') {
      if (sawHead && (p === '$' || p === '#')) break;
      // "the supply boat Wednesday": a day after a noun is an adverbial of its own
      if (sawHead && isTimeName(u.text) && isNounTag(units[body[body.length - 1]!]!.pos)) break;
      // "over the past day Battlegroup North inflicted ...": a name after a noun of time starts a phrase of its own
      if (sawHead && (p === 'NNP' || p === 'NNPS') && units[body[body.length - 1]!]!.mention === undefined && TIME_NOUNS.has(units[body[body.length - 1]!]!.lower)) break;
      // "the villages ISIL had captured": a name after a plural common noun starts a phrase of its own
      if (sawHead && (p === 'NNP' || p === 'NNPS') && units[body[body.length - 1]!]!.pos === 'NNS' && units[body[body.length - 1]!]!.mention === undefined) break;
      if (p === 'CD' && !qty && !sawHead) {
        let e = k;
        while (units[e]?.pos === 'CD') e++;
        qty = [k, e];
      }
      body.push(k);
      if (p !== '$' && p !== '#') {
        countOnly = (countOnly || !sawHead) && (p === 'CD' || p === '%' || u.text === '%');
        sawHead = true;
      }
      k++;
      continue;
    }
    if (sawHead && countOnly && (ADJ_TAGS.has(p) || p === 'VBN' || p === 'VBG')) {
      let j = k;
      while (units[j] && units[j]!.mention === undefined && (ADJ_TAGS.has(units[j]!.pos) || units[j]!.pos === 'VBN' || units[j]!.pos === 'VBG')) j++;
      const nn = units[j];
      if (nn && (nn.mention !== undefined || isNounTag(nn.pos))) {
        for (let x = k; x < j; x++) body.push(x);
        k = j;
        continue;
      }
    }
    if (sawHead) {
      // after a name, adjectives before a common noun continue it: "the Isfahan nuclear plant", "Sunni militant fighters"
      const prevU = units[body[body.length - 1]!]!;
      if (ADJ_TAGS.has(p) && (prevU.mention !== undefined || prevU.pos === 'NNP' || prevU.pos === 'NNPS')) {
        let j = k;
        while (units[j] && ADJ_TAGS.has(units[j]!.pos) && units[j]!.mention === undefined) j++;
        const nn = units[j];
        if (nn && nn.mention === undefined && (nn.pos === 'NN' || nn.pos === 'NNS') && !TIME_NOUNS.has(nn.lower)) {
          for (let x = k; x <= j; x++) body.push(x);
          k = j + 1;
          continue;
        }
      }
      // "the evil awful Gondor": a determiner's one common noun followed by adjectives and a name was an adjective the
      // tagger read as a noun (a name after "the <noun>" would start no phrase of its own); not before a day or month
      // ("told the council last Monday")
      if (ADJ_TAGS.has(p) && detAt >= 0 && prevU.pos === 'NN' && prevU.mention === undefined && body.length - detAt === 2) {
        let j = k;
        while (units[j] && ADJ_TAGS.has(units[j]!.pos) && units[j]!.mention === undefined) j++;
        const nn = units[j];
        if (nn && (nn.mention !== undefined || nn.pos === 'NNP') && !isTimeName(nn.text)) {
          for (let x = k; x < j; x++) body.push(x);
          k = j;
          continue;
        }
      }
      break; // after a noun, only nouns continue the phrase
    }
    if (ADJ_TAGS.has(p)) {
      body.push(k);
      k++;
      continue;
    }
    if (ADV_TAGS.has(p) && (ADJ_TAGS.has(nextU?.pos ?? '') || nextU?.pos === 'CD' || nextU?.pos === 'VBN')) {
      body.push(k);
      k++;
      continue;
    }
    // a participle or gerund inside a phrase already opened: "the liberated town", "the fighting", "Britain's ruling party"
    if ((p === 'VBN' || p === 'VBG') && (body.length > 0 || afterPossessor)) {
      body.push(k);
      k++;
      if (!isNominal(units[k])) {
        sawHead = true;
        break;
      }
      continue;
    }
    break;
  }
  if (!body.length) return null;
  if (body.length === 1 && detAt === 0 && !sawHead) {
    // a lone determiner is a pronoun ("that", "this", "all")
    return { body, detAt: -1, qty, next: k };
  }
  return { body, detAt, qty, next: k };
}

/**
 * A noun phrase with every field, the optional ones undefined until set: one object shape for all of them, so that
 * the readers of phrases (the reader, the event pass) stay monomorphic (see unitOf).
 */
function nounPhraseOf(start: number, end: number, first: number, last: number, text: string, head: Word, mention: number | undefined, pronoun: boolean, expletive: boolean): NounPhrase {
  return { start, end, first, last, text, head, mention, det: undefined, quantity: undefined, pronoun, expletive, modifiers: [], pps: [], appositions: [], name: undefined, relatives: [] };
}

/** A modifier with every field, undefined when none (one object shape, as nounPhraseOf). */
export function modifierOf(kind: ModifierKind, start: number, end: number, text: string, mention: number | undefined, lemma: string | undefined, np: NounPhrase | undefined): Modifier {
  return { kind, start, end, text, mention, lemma, np };
}

function makeNounPhrase(
  units: readonly Unit[],
  tokens: readonly TaggedToken[],
  body: number[],
  detAt: number,
  qty: [number, number] | null,
  possessor: NounPhrase | undefined,
): NounPhrase {
  const firstU = units[body[0]!]!;
  const lastU = units[body[body.length - 1]!]!;
  // the head: the last noun-like word (a whole mention counts as one)
  let h = body.length - 1;
  while (h > 0 && !isHeadish(units[body[h]!]!) && units[body[h]!]!.pos !== 'PRP' && units[body[h]!]!.pos !== 'EX') {
    const cand = units[body[h]!]!;
    if (isHyphen(units[body[h - 1]!]) ) break; // "pro - government": the hyphenated word heads
    if (ADJ_TAGS.has(cand.pos) || cand.pos === 'VBG' || cand.pos === 'VBN' || cand.pos === 'DT') break;
    h--;
  }
  const headU = units[body[h]!]!;
  const head: Word = { start: headU.start, end: headU.end, text: headU.text, pos: headU.pos };
  const start = possessor ? possessor.start : firstU.start;
  const first = possessor ? possessor.first : firstU.first;
  const pronoun = headU.mention === undefined && (headU.pos === 'PRP' || (headU.pos === 'DT' && body.length === 1));
  const np = nounPhraseOf(start, lastU.end, first, lastU.last, joinTokens(tokens, first, lastU.last), head, headU.mention, pronoun, headU.pos === 'EX');
  if (detAt >= 0) {
    const d = units[body[detAt]!]!;
    if (d.pos === 'PRP$' || d.pos === 'WP$') {
      // "its fighters", "whose fighters": a pronoun possessor
      const pnp = nounPhraseOf(d.start, d.end, d.first, d.last, d.text, { start: d.start, end: d.end, text: d.text, pos: d.pos }, undefined, true, false);
      np.modifiers.push(modifierOf('possessor', d.start, d.end, d.text, undefined, undefined, pnp));
      if (d.pos === 'WP$') np.det = d.lower;
    } else np.det = d.lower;
  } else if (headU.mention !== undefined && tokens[headU.first]!.pos === 'DT') {
    np.det = tokens[headU.first]!.text.toLowerCase();
  }
  if (possessor) np.modifiers.push(modifierOf('possessor', possessor.start, possessor.end, possessor.text, possessor.mention, undefined, possessor));
  if (qty) {
    const a = units[qty[0]]!;
    const b = units[qty[1] - 1]!;
    np.quantity = { start: a.start, end: b.end, text: joinTokens(tokens, a.first, b.last) };
  }
  // modifiers before the head
  for (let i = detAt + 1; i < h; i++) {
    const ui = body[i]!;
    const u = units[ui]!;
    if (qty && ui >= qty[0] && ui < qty[1]) continue;
    if (isHyphen(u)) continue;
    // "US - led": agent, hyphen, participle
    const after = units[ui + 1];
    const part = units[ui + 2];
    if (after && part && isHyphen(after) && adjacent(u, after) && adjacent(after, part) && part.mention === undefined && isParticipleForm(part.text) && ui + 2 <= body[body.length - 1]!) {
      np.modifiers.push(modifierOf('participle', u.start, u.end, u.text, u.mention, verbLemma(part.text, 'VBN'), undefined));
      i += 2;
      continue;
    }
    const hyph = /^(.+?)[-–]([A-Za-z]+)$/.exec(u.text);
    if (hyph && u.mention === undefined && (ADJ_TAGS.has(u.pos) || u.pos === 'VBN' || u.pos === 'VBD' || isNounTag(u.pos)) && isParticipleForm(hyph[2]!) && !/^(?:pro|anti|non|ex|self|well|so|much|long|short|newly|ill|hard)$/i.test(hyph[1]!)) {
      const agentEnd = u.start + hyph[1]!.length;
      np.modifiers.push(modifierOf('participle', u.start, agentEnd, hyph[1]!, u.inner?.[0], verbLemma(hyph[2]!, 'VBN'), undefined));
      continue;
    }
    if (u.mention !== undefined || isNounTag(u.pos)) np.modifiers.push(modifierOf('compound', u.start, u.end, u.text, u.mention, undefined, undefined));
    else if (ADJ_TAGS.has(u.pos) || u.pos === 'VBN' || u.pos === 'VBG') np.modifiers.push(modifierOf('adjective', u.start, u.end, u.text, undefined, undefined, undefined));
  }
  return np;
}

// ---------------------------------------------------------------- verb groups

function startsVerbGroup(units: readonly Unit[], k: number): boolean {
  const u = units[k]!;
  if (isVerbTag(u.pos)) return true;
  if (u.pos === 'TO') {
    let j = k + 1;
    while (units[j] && ADV_TAGS.has(units[j]!.pos)) j++;
    return units[j]?.pos === 'VB';
  }
  if (ADV_TAGS.has(u.pos) || negationPhraseAt(units, k) > 0) {
    let j = k;
    for (let n = 0; n < MAX_ADVERBS; n++) {
      const np = negationPhraseAt(units, j);
      if (np > 0) j += np;
      else if (units[j] && ADV_TAGS.has(units[j]!.pos)) j++;
      else break;
    }
    return verbOrInfinitiveAt(units, j);
  }
  return false;
}

/** A verb, or "to" + verb, starts at `j` ("not to come"). */
function verbOrInfinitiveAt(units: readonly Unit[], j: number): boolean {
  const v = units[j];
  if (!v || v.mention !== undefined) return false;
  return isVerbTag(v.pos) || (v.pos === 'TO' && units[j + 1]?.pos === 'VB');
}

function negationPhraseAt(units: readonly Unit[], k: number): number {
  negationByFirst ??= byFirstWord(vocabulary().negationPhrases.filter((p) => p.length > 1));
  return phraseAt(units, k, negationByFirst)?.length ?? 0;
}

interface VgResult {
  vg: VerbGroup;
  to: boolean;
  next: number;
}

const lemmaOfAux = (u: Unit): string | undefined => {
  const w = u.lower;
  if (u.pos === 'MD') return MODAL_LEMMAS[w] ?? w;
  if (BE_FORMS.has(w)) return 'be';
  if (HAVE_FORMS.has(w)) return 'have';
  if (DO_FORMS.has(w)) return 'do';
  if (GET_FORMS.has(w)) return 'get';
  return undefined;
};

interface AdverbState {
  k: number;
  advs: Unit[];
  negated: boolean;
}

/** Adverbs (and "no longer") that belong to a verb group: a verb, or "to" + verb, follows them. */
function readAdverbs(units: readonly Unit[], st: AdverbState): void {
  for (;;) {
    const np = negationPhraseAt(units, st.k);
    if (np > 0) {
      for (let i = 0; i < np; i++) st.advs.push(units[st.k + i]!);
      st.negated = true;
      st.k += np;
      continue;
    }
    const u = units[st.k];
    if (u && u.mention === undefined && ADV_TAGS.has(u.pos) && units[st.k + 1]) {
      let j = st.k;
      while (units[j] && ADV_TAGS.has(units[j]!.pos) && j - st.k < MAX_ADVERBS) j++;
      if (!verbOrInfinitiveAt(units, j)) return;
      st.advs.push(u);
      st.k++;
      continue;
    }
    return;
  }
}

function buildVerbGroup(units: readonly Unit[], tokens: readonly TaggedToken[], start: number): VgResult | null {
  const vocab = vocabulary();
  const st: AdverbState = { k: start, advs: [], negated: false };
  const verbs: Unit[] = [];
  const advs = st.advs;
  let to = false;
  let modal: string | undefined;
  let future = false;
  readAdverbs(units, st);
  if (units[st.k]?.pos === 'TO') {
    to = true;
    st.k++;
    readAdverbs(units, st);
  }
  while (st.k < units.length) {
    const u = units[st.k]!;
    if (!isVerbTag(u.pos) || u.mention !== undefined) break;
    verbs.push(u);
    st.k++;
    const auxLemma = lemmaOfAux(u);
    const save = st.k;
    const advBefore = advs.length;
    readAdverbs(units, st);
    const v = units[st.k];
    const nextIsVerb = !!v && isVerbTag(v.pos) && v.mention === undefined;
    let goOn = false;
    if (u.pos === 'MD') {
      modal = auxLemma;
      if (FUTURE_MODALS.has(u.lower)) future = true;
      goOn = nextIsVerb;
    } else if (auxLemma === 'be') goOn = nextIsVerb && (v!.pos === 'VBG' || v!.pos === 'VBN' || v!.pos === 'VBD');
    else if (auxLemma === 'have') goOn = nextIsVerb && (v!.pos === 'VBN' || v!.pos === 'VBD');
    else if (auxLemma === 'do') goOn = nextIsVerb && (v!.pos === 'VB' || v!.pos === 'VBP');
    else if (auxLemma === 'get') goOn = nextIsVerb && v!.pos === 'VBN';
    // "is going to attack": future
    if (!goOn && u.lower === 'going' && verbs.length >= 2 && lemmaOfAux(verbs[verbs.length - 2]!) === 'be' && units[st.k]?.pos === 'TO' && units[st.k + 1]?.pos === 'VB') {
      future = true;
      st.k++;
      goOn = true;
    }
    // "is to hold talks": a plan, read as a modal
    if (!goOn && auxLemma === 'be' && verbs.length === 1 && units[st.k]?.pos === 'TO' && units[st.k + 1]?.pos === 'VB') {
      modal = 'be to';
      future = true;
      st.k++;
      goOn = true;
    }
    // "has to withdraw": obligation
    if (!goOn && auxLemma === 'have' && verbs.length === 1 && units[st.k]?.pos === 'TO' && units[st.k + 1]?.pos === 'VB') {
      modal = 'have to';
      st.k++;
      goOn = true;
    }
    if (!goOn) {
      // adverbs after the last verb are not part of the group, but a negation after "be", "have", "do" or a modal
      // is: "is not a group", "did not"
      st.k = save;
      advs.length = advBefore;
      if (auxLemma !== undefined) {
        const np = negationPhraseAt(units, st.k);
        if (np > 0) {
          for (let i = 0; i < np; i++) advs.push(units[st.k + i]!);
          st.negated = true;
          st.k += np;
        } else if (units[st.k] && ADV_TAGS.has(units[st.k]!.pos) && vocab.negationWords.has(units[st.k]!.lower)) {
          advs.push(units[st.k]!);
          st.k++;
        }
      }
      break;
    }
  }
  if (!verbs.length) return null;
  // particle: "pulled out", "blew up"
  let particle: Unit | undefined;
  if (units[st.k]?.pos === 'RP' && units[st.k]!.mention === undefined) {
    particle = units[st.k]!;
    st.k++;
  }
  const headU = verbs[verbs.length - 1]!;
  const auxUnits = verbs.slice(0, -1);
  const firstU = units[start]!;
  const lastU = particle ?? headU;
  const auxiliaries: Auxiliary[] = auxUnits.map((a) => ({ start: a.start, end: a.end, text: a.text, lemma: lemmaOfAux(a) ?? verbLemma(a.text, a.pos) }));
  const prev = auxUnits[auxUnits.length - 1];
  const prevLemma = prev ? lemmaOfAux(prev) : undefined;
  const headTag = headU.pos;
  const passive = (prevLemma === 'be' || prevLemma === 'get') && (headTag === 'VBN' || headTag === 'VBD');
  const first = verbs[0]!;
  const copula = lemmaOfAux(headU) === 'be' && headU.pos !== 'MD';
  let form: VerbGroup['form'];
  if (to) form = 'infinitive';
  else if (FINITE_TAGS.has(first.pos)) form = 'finite';
  else if (first.pos === 'VBG') form = 'gerund';
  else if (first.pos === 'VBN') form = 'participle';
  else form = 'infinitive';
  const perfect = auxiliaries.some((a, i) => a.lemma === 'have' && (verbs[i + 1]?.pos === 'VBN' || verbs[i + 1]?.pos === 'VBD'));
  const goingTo = verbs.some((v) => v.lower === 'going') && future;
  const progressive = goingTo ? false : headTag === 'VBG' && prevLemma === 'be' ? true : auxiliaries.some((a, i) => a.lemma === 'be' && verbs[i + 1]?.pos === 'VBG' && verbs[i + 1] !== headU);
  const aspect: VerbGroup['aspect'] = perfect && progressive ? 'perfect-progressive' : perfect ? 'perfect' : progressive ? 'progressive' : 'simple';
  let tense: VerbGroup['tense'] = 'none';
  if (future) tense = 'future';
  else if (form === 'finite') tense = first.pos === 'VBD' ? 'past' : first.pos === 'MD' ? 'none' : 'present';
  for (const a of advs) if (vocab.negationWords.has(a.lower)) st.negated = true;
  for (const v of verbs) if (/n['’]t$/i.test(v.text)) st.negated = true;
  const hedged = (modal !== undefined && vocab.hedgeWords.has(modal)) || advs.some((a) => vocab.hedgeWords.has(a.lower));
  const lemma = copula ? 'be' : lemmaOfAux(headU) && headU.pos !== 'MD' ? lemmaOfAux(headU)! : verbLemma(headU.text, headTag);
  const vg: VerbGroup = {
    start: firstU.start,
    end: lastU.end,
    first: firstU.first,
    last: lastU.last,
    text: joinTokens(tokens, firstU.first, lastU.last),
    head: { start: headU.start, end: headU.end, text: headU.text, pos: headU.pos },
    lemma,
    auxiliaries,
    tense,
    aspect,
    voice: passive || (form === 'participle' && auxiliaries.length === 0) ? 'passive' : 'active',
    form,
    negated: st.negated,
    hedged,
    copula,
    // (undefined when none, never added after: one object shape for all verb groups, nounPhraseOf)
    particle: particle?.lower,
    modal,
  };
  return { vg, to, next: st.k };
}
