/**
 * FORMAT READER: strike reports. Reads the layout of military press releases
 * (CENTCOM, CJTF-OIR, ministries of defence), not English in general: a
 * frame sentence, then one line per location.
 *
 * A frame sentence ("Coalition military forces conducted 23 strikes against
 * ISIL terrorists") says who strikes whom; each following line ("Near Mosul,
 * three strikes engaged three ISIL tactical units and destroyed two vehicles")
 * lists the things hit near one place. For every thing hit this yields
 *   attacks     frame subject -> the target's group   (ends: "three strikes" -> "two vehicles")
 *   located_in  the target's group -> the line's place (ends: "two vehicles" -> "Mosul")
 * The data (patterns, verbs, rules) is in strike-report-rules.ts.
 *
 * Detector: a document that names no strike, sortie or raid has nothing for
 * this reader (`looksLikeStrikeReport`); the reader reads only sentences that
 * do.
 */
import type { Span } from '../../types.ts';
import { scoreConfidence } from '../confidence.ts';
import { FRAME, FRAME_RULES, LINE, REPORT_RULES, SENTENCE_RULES, STRIKES_NP, strikeVocabulary, type ReportRule } from './strike-report-rules.ts';
import type { Lexicon } from '../lexicon/index.ts';

type Vocabulary = ReturnType<typeof strikeVocabulary>;
import type { Sentence } from '../text/sentences.ts';
import type { RawMention, RawRelation } from '../types.ts';

export const STRIKE_REPORT = 'strike-report';

interface Frame {
  attacker: number;
  target: number | undefined;
}

/** How many sentences after its frame an unnamed strike sentence may still read it ("These strikes engaged ..."). */
const FRAME_REACH = 3;
const STRIKE_CUE = /strike|sortie|raid/i;

/** The cheap detector: only a document that names a strike, a sortie or a raid can hold a strike report. */
export function looksLikeStrikeReport(text: string): boolean {
  return STRIKE_CUE.test(text);
}
const ITEM_SEP = /\s*(?:[,;](?=\s|$)\s*(?:and\s+)?|\s+and\s+)/gu;
/** Where a thing hit stops being named: a place, a time, a clause ("militias in Imam Ali base between 5:00 am"). */
const ITEM_END = /\s(?:in|near|at|between|on|from|during|trying|who|which|that|including|along|while|when|after|before|as)\s/iu;
const LEADING_NUMBER = /^(?:(\d[\d,]*)|([a-z]+))\s/i;

function isParty(m: RawMention): boolean {
  return (m.kind === 'actor' || m.kind === 'force') && m.type !== 'person' && m.type !== 'media' && !m.anaphor;
}

function inside(m: Span, s: Span): boolean {
  return m.start >= s.start && m.end <= s.end;
}

/**
 * The frame a sentence sets, if it is one. The frame's own fact goes to
 * `out`: the aircraft named after "using" struck the target.
 */
function frameOf(out: RawRelation[], s: Sentence, ms: { m: RawMention; i: number }[], vocab: Vocabulary): Frame | undefined {
  const v = vocab.frameVerb.exec(s.text);
  if (!v) return undefined;
  const verbAt = s.start + v.index;
  const before = ms.filter(({ m }) => m.end <= verbAt && isParty(m));
  const attacker = before[before.length - 1];
  if (!attacker) return undefined;
  const after = ms.filter(({ m }) => m.start >= verbAt + v[0].length && isParty(m));
  const target = after.find(({ m }) => FRAME.against.test(s.text.slice(0, m.start - s.start)));
  const base = { sentence: s.text, start: s.start, end: s.end };
  const using = FRAME.using.exec(s.text);
  if (using && target && using.index > v.index) {
    const span = { start: s.start + using.index + using[0].length - using[1]!.length, end: s.start + using.index + using[0].length };
    out.push({
      type: FRAME_RULES.attacks.type,
      source: attacker.i,
      target: target.i,
      sourceSpan: span,
      evidence: { ...base, rule: FRAME_RULES.attacks.reason, confidence: scoreConfidence(FRAME_RULES.attacks.confidence, {}) },
    });
  }
  return { attacker: attacker.i, target: target?.i };
}

function quantity(item: string, vocab: Vocabulary): number | undefined {
  const m = LEADING_NUMBER.exec(item);
  if (!m) return undefined;
  if (m[1]) return Number(m[1].replace(/,/g, ''));
  return vocab.numberWords[m[2]!.toLowerCase()];
}

/** The things hit in a line's `rest`, as spans of the article text. */
function itemsOf(rest: string, restStart: number, vocab: Vocabulary): Span[] {
  const EFFECT = vocab.effect;
  const verbs: { at: number; listFrom: number }[] = [];
  EFFECT.lastIndex = 0;
  for (let m = EFFECT.exec(rest); m; m = EFFECT.exec(rest)) verbs.push({ at: m.index, listFrom: m.index + m[0].length });
  const out: Span[] = [];
  verbs.forEach((v, k) => {
    if (k === 0 && rest.slice(0, v.at).trim()) return; // the line must open with an effect verb
    const end = k + 1 < verbs.length ? verbs[k + 1]!.at : rest.length;
    const list = rest.slice(v.listFrom, end);
    let from = 0;
    const push = (a: number, b: number): void => {
      let s = a;
      let e = b;
      while (s < e && /[\s,;.]/.test(list[s]!)) s++;
      while (e > s && /[\s,;.]/.test(list[e - 1]!)) e--;
      const cut = ITEM_END.exec(list.slice(s, e));
      if (cut) e = s + cut.index;
      while (e > s && /[\s,;.“”"]/.test(list[e - 1]!)) e--;
      if (e - s >= 3) out.push({ start: restStart + v.listFrom + s, end: restStart + v.listFrom + e });
    };
    ITEM_SEP.lastIndex = 0;
    for (let m = ITEM_SEP.exec(list); m; m = ITEM_SEP.exec(list)) {
      if (m[0].length === 0) {
        ITEM_SEP.lastIndex++;
        continue;
      }
      if (/\bcommand$/i.test(list.slice(0, m.index)) && /^control\b/i.test(list.slice(m.index + m[0].length))) continue; // "command and control node"
      push(from, m.index);
      from = m.index + m[0].length;
    }
    push(from, list.length);
  });
  return out;
}

/**
 * One attacks edge per thing hit (frame attacker -> the thing's group) and one
 * located_in edge per thing hit (its group -> the place), with described ends.
 */
function emitItems(
  out: RawRelation[],
  text: string,
  s: Sentence,
  ms: { m: RawMention; i: number }[],
  items: Span[],
  frame: Frame | undefined,
  strikes: Span,
  place: number | undefined,
  vocab: Vocabulary,
  rules: { attacks: ReportRule; located: ReportRule } = REPORT_RULES,
): void {
  const base = { sentence: s.text, start: s.start, end: s.end };
  for (const item of items) {
    const own = ms.find(({ m }) => inside(m, item) && isParty(m));
    const owner = own?.i ?? frame?.target;
    if (owner === undefined) continue;
    const q = quantity(text.slice(item.start, item.end), vocab);
    if (frame && frame.attacker !== owner) {
      out.push({
        type: rules.attacks.type,
        source: frame.attacker,
        target: owner,
        sourceSpan: strikes,
        targetSpan: item,
        evidence: {
          ...base,
          rule: rules.attacks.reason,
          confidence: scoreConfidence(rules.attacks.confidence, { inferred: true }),
          ...(q !== undefined ? { quantity: q } : {}),
        },
      });
    }
    if (place !== undefined && place !== owner) {
      out.push({
        type: rules.located.type,
        source: owner,
        target: place,
        sourceSpan: item,
        evidence: { ...base, rule: rules.located.reason, confidence: scoreConfidence(rules.located.confidence, { inferred: own === undefined }) },
      });
    }
  }
}

/**
 * A strike sentence outside the lines: "A series of U.S. airstrikes against
 * al-Qaida operatives in Idlib province killed more than 20 militants and
 * destroyed eight vehicles". The attacker is named in or just before the
 * strikes ("U.S. airstrikes", "the coalition's four airstrikes"), else the
 * frame's. Returns the frame the sentence sets, if it names both sides.
 */
/** Words between strikes and an effect verb that open another clause: a copula, a relative pronoun. */
const OTHER_CLAUSE = /(?<![\p{L}-])(?:was|were|is|are|that|which|who)(?![\p{L}-])/iu;

function strikeSentence(
  out: RawRelation[],
  text: string,
  s: Sentence,
  ms: { m: RawMention; i: number }[],
  frame: Frame | undefined,
  vocab: Vocabulary,
): Frame | undefined {
  const EFFECT = vocab.effect;
  STRIKES_NP.lastIndex = 0;
  for (let np = STRIKES_NP.exec(s.text); np; np = STRIKES_NP.exec(s.text)) {
    const npEnd = np.index + np[0].length;
    const after = s.text.slice(npEnd);
    EFFECT.lastIndex = 0;
    const verb = EFFECT.exec(after);
    // the effect verb is the strikes' own: no clause between ("the strike was a response to attacks ... that killed")
    if (!verb || verb.index > 160 || after.slice(0, verb.index).includes(';') || OTHER_CLAUSE.test(after.slice(0, verb.index))) continue;
    if (vocab.frameBefore.test(s.text.slice(0, np.index))) continue; // a frame
    const strikes = { start: s.start + np.index, end: s.start + npEnd };
    const mid = { start: strikes.end, end: strikes.end + verb.index };
    const striker = (m: RawMention): boolean => isParty(m) || m.type === 'country';
    const named =
      ms.find(({ m }) => inside(m, strikes) && striker(m)) ??
      ms.find(({ m }) => striker(m) && m.end <= strikes.start && /^(?:['’]s)?\s*$/.test(text.slice(m.end, strikes.start)));
    const against = ms.find(({ m }) => inside(m, mid) && isParty(m) && /\bagainst\s+(?:the\s+)?$/i.test(text.slice(mid.start, m.start)));
    const place = ms.filter(({ m }) => inside(m, mid) && m.kind === 'place' && /\b(?:in|near|around|outside)\s+(?:\S+\s+){0,5}$/i.test(text.slice(mid.start, m.start))).pop();
    const here: Frame | undefined = named ? { attacker: named.i, target: against?.i ?? frame?.target } : frame ? { attacker: frame.attacker, target: against?.i ?? frame.target } : undefined;
    const listStart = strikes.end + verb.index;
    // the list ends at an attribution (", Cook said") or a relative clause ("that had departed ...")
    const tail = text.slice(listStart, s.end);
    const stop = vocab.listStop.exec(tail);
    const items = itemsOf(stop ? tail.slice(0, stop.index) : tail, listStart, vocab);
    if (items.length === 0) continue;
    emitItems(out, text, s, ms, items, here, strikes, place?.i, vocab, SENTENCE_RULES);
    return named && against ? { attacker: named.i, target: against.i } : undefined;
  }
  return undefined;
}

/**
 * Relations of the strike lines of one article, which sentences were strike
 * lines, and the mentions with the unknown names that head a line ("Near Al
 * Shadaddi,") read as places (a new array; the input is not changed).
 * `mentions` is sorted by start.
 */
export function findStrikeReports(
  text: string,
  sentences: readonly Sentence[],
  input: readonly RawMention[],
  ranges: ReadonlyArray<readonly [number, number]>,
  lex?: Lexicon,
): { relations: RawRelation[]; lines: Set<number>; mentions: readonly RawMention[] } {
  const vocab = strikeVocabulary(lex);
  const out: RawRelation[] = [];
  /** Starts of the sentences read as strike lines. */
  const lines = new Set<number>();
  let mentions: readonly RawMention[] | RawMention[] = input;
  let frame: Frame | undefined;
  let frameAt: number | undefined;
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k]!;
    if (!STRIKE_CUE.test(s.text)) continue; // most sentences name no strike at all
    const [first, last] = ranges[k]!;
    const ms: { m: RawMention; i: number }[] = [];
    for (let j = first; j < last; j++) ms.push({ m: mentions[j]!, i: j });
    const line = LINE.exec(s.text);
    if (!line) {
      // outside the lines, an unnamed attacker comes only from a frame set in the last sentences
      const recent = frameAt !== undefined && k - frameAt <= FRAME_REACH ? frame : undefined;
      const set = frameOf(out, s, ms, vocab) ?? strikeSentence(out, text, s, ms, recent, vocab);
      if (set) {
        frame = set;
        frameAt = k;
      }
      continue;
    }
    const g = line.groups!;
    const at = line.indices!.groups!;
    const placeSpan = { start: s.start + at.place![0], end: s.start + at.place![1] };
    const strikes = { start: s.start + at.strikes![0], end: s.start + at.strikes![1] };
    let place = ms.find(({ m }) => inside(m, placeSpan));
    const restStart = s.start + at.rest![0];
    const items = itemsOf(g.rest!, restStart, vocab);
    if (items.length === 0) continue; // "Near Mosul, two strikes were reported ...": not a strike line
    if (place && place.m.kind !== 'place' && place.m.kind !== 'camp' && !place.m.canonical) {
      // an unknown name after "Near" in a strike line is a place
      const copy: RawMention[] = mentions === input ? [...input] : (mentions as RawMention[]);
      const retyped: RawMention = { ...place.m, kind: 'place', type: 'city', rule: 'name-strike-line-place' };
      copy[place.i] = retyped;
      mentions = copy;
      const here = place;
      ms[ms.indexOf(here)] = place = { m: retyped, i: here.i };
    }
    if (frame && place && place.m.kind === 'place' && place.i !== frame.attacker) {
      // the striking force operates near the line's place
      const r = REPORT_RULES.located;
      out.push({
        type: r.type,
        source: frame.attacker,
        target: place.i,
        sourceSpan: strikes,
        evidence: { sentence: s.text, start: s.start, end: s.end, rule: r.reason, confidence: scoreConfidence(r.confidence, { inferred: true }) },
      });
    }
    lines.add(s.start);
    emitItems(out, text, s, ms, items, frame, strikes, place?.m.kind === 'place' ? place.i : undefined, vocab);
  }
  return { relations: out, lines, mentions };
}
