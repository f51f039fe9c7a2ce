/**
 * Clause assembly: chunks -> clauses.
 *
 * 1. Coordinated noun phrases become one group ("A, B and C").
 * 2. Comma and bracket parentheticals are lifted out of the sentence and read
 *    on their own: appositions ("X, a spokesman for Y,"), non-restrictive
 *    relatives ("ISIS, which seized Mosul in 2014,"), participles ("The army,
 *    backed by Russia,"), bracketed asides. What remains reads as a plain
 *    clause ("X said", "ISIS announced").
 * 3. One left-to-right pass with a small state: each noun phrase looks one
 *    chunk ahead (a finite verb next makes it a subject), each verb group takes
 *    its subject from that, from a relative word, from the clause it is
 *    coordinated with or controlled by, and collects the objects and
 *    prepositional phrases that follow it.
 * 4. Links that need the whole sentence: reported speech, negation and hedging
 *    passed down to controlled and reported clauses.
 * Every step is linear in the number of chunks.
 */
import type { Chunk } from './chunk.ts';
import * as grammar from './grammar.ts';
// bound once: the reader's inner loops read these on every word
const { SUBORDINATORS, TIME_DETERMINERS, TIME_NOUNS, isDateWord, isTimeName } = grammar;
import type { Clause, ClauseLink, NounPhrase, PrepPhrase, Span, SubjectSource, VerbGroup } from './types.ts';
import { isEventNoun, isTellVerb, vocabulary } from './words.ts';

/** A coordinated group of noun phrases and how its members are joined. */
interface Group {
  nps: NounPhrase[];
  /** `seps[i]` joins `nps[i]` and `nps[i + 1]`. */
  seps: Array<'comma' | 'cc'>;
  span: Span;
}

type Item =
  | { kind: 'group'; g: Group }
  | Exclude<Chunk, { kind: 'np' }>;

type VgItem = Extract<Item, { kind: 'vg' }>;

/** A lifted-out piece read on its own, hanging on `antecedent` when it has one. */
interface SubStream {
  items: Item[];
  antecedent?: NounPhrase[];
}

/** The longest stretch (in chunks) searched for the end of a parenthetical. */
const MAX_PARENTHETICAL = 60;
/** Coordinators that join noun phrases. */
const NP_COORDINATORS = new Set(['and', 'or', 'nor', 'as well as', '&', 'and/or']);

// ---------------------------------------------------------------- 1. groups

function groupNounPhrases(chunks: readonly Chunk[]): Item[] {
  const out: Item[] = [];
  for (let i = 0; i < chunks.length; ) {
    const c = chunks[i]!;
    if (c.kind !== 'np') {
      out.push(c);
      i++;
      continue;
    }
    const nps = [c.np];
    const seps: Group['seps'] = [];
    let j = i; // index of the last confirmed member
    for (;;) {
      // "A and B", "A, and B"
      const a = chunks[j + 1];
      const b = chunks[j + 2];
      if (a?.kind === 'cc' && NP_COORDINATORS.has(a.text) && b?.kind === 'np') {
        nps.push(b.np);
        seps.push('cc');
        j += 2;
        continue;
      }
      // "A, B, C and D": commas count only when a coordinator closes the list
      if (a?.kind === 'comma') {
        const tentative: NounPhrase[] = [];
        let t = j + 1;
        while (chunks[t]?.kind === 'comma' && chunks[t + 1]?.kind === 'np' && tentative.length < MAX_PARENTHETICAL) {
          tentative.push((chunks[t + 1] as Extract<Chunk, { kind: 'np' }>).np);
          t += 2;
        }
        // t now at the chunk after the last tentative member
        let closeAt = -1;
        const c1 = chunks[t];
        const c2 = chunks[t + 1];
        const c3 = chunks[t + 2];
        if (c1?.kind === 'cc' && NP_COORDINATORS.has(c1.text) && c2?.kind === 'np') closeAt = t;
        else if (c1?.kind === 'comma' && c2?.kind === 'cc' && NP_COORDINATORS.has(c2.text) && c3?.kind === 'np') closeAt = t + 1;
        // an object's list does not run on into the subject of the next verb ("abducted 30 students and a teacher,
        // police and residents said": the speakers are not abducted), nor a preposition's into a speech verb's ("attacked
        // the town on Saturday, officials and residents said"); a subject's list does ("Russia, Iran and Turkey
        // attacked", "Soldiers from Chad, Niger and Mali attacked")
        const prev = out[out.length - 1];
        const objectList = prev?.kind === 'vg' && prev.vg.form !== 'gerund'; // ("5 factions including A, B and C attacked": a list)
        const after = closeAt >= 0 ? (chunks[skipAdverbs(chunks, closeAt + 2)] as Item | undefined) : undefined;
        const verbAfter = isFiniteVg(after);
        const speechAfter = verbAfter && prev?.kind === 'prep' && after?.kind === 'vg' && vocabulary().speechVerbs.has(after.vg.lemma);
        if (tentative.length && closeAt >= 0 && !(objectList && verbAfter) && !speechAfter) {
          for (const np of tentative) {
            nps.push(np);
            seps.push('comma');
          }
          nps.push((chunks[closeAt + 1] as Extract<Chunk, { kind: 'np' }>).np);
          seps.push('cc');
          j = closeAt + 1;
          continue;
        }
        // "A, and B" with no list before it is left apart: ", and" more often joins clauses
        // ("ISIS attacked Kobani, and Hezbollah ..."); mergeCoordinated joins it after the asides are lifted
      }
      break;
    }
    out.push({ kind: 'group', g: { nps, seps, span: { start: nps[0]!.start, end: nps[nps.length - 1]!.end } } });
    i = j + 1;
  }
  return out;
}

// ---------------------------------------------------------------- 2. parentheticals

const isFiniteVg = (it: Item | undefined): boolean =>
  !!it && it.kind === 'vg' && (it.vg.form === 'finite' || (it.vg.form === 'infinitive' && !it.to));

/** The first item (or chunk) at or after `i` that is no adverb. */
function skipAdverbs(items: ReadonlyArray<{ kind: string }>, i: number): number {
  while (items[i] && (items[i]!.kind === 'adv' || items[i]!.kind === 'other')) i++;
  return i;
}

const lastNp = (g: Group): NounPhrase => g.nps[g.nps.length - 1]!;

/** Index of the comma that closes a parenthetical opened at `from`, or of the stop/end where it runs out, within the limit. */
function parentheticalEnd(items: readonly Item[], from: number): number {
  let depth = 0;
  for (let i = from; i < items.length && i - from < MAX_PARENTHETICAL; i++) {
    const it = items[i]!;
    if (it.kind === 'open') depth++;
    else if (it.kind === 'close') {
      if (depth === 0) return i;
      depth--;
    } else if (depth === 0 && (it.kind === 'comma' || it.kind === 'stop')) return i;
  }
  return items.length - from < MAX_PARENTHETICAL ? items.length : -1;
}

/**
 * An apposition after the comma at `c`: NP (prep NP)* followed by a comma,
 * a stop, a bracket or the end. Attaches it to `host` and returns the index
 * of what closes it, or -1.
 */
function apposition(items: readonly Item[], c: number, host: NounPhrase, subs: SubStream[]): number {
  const a = items[c + 1];
  if (a?.kind !== 'group' || a.g.nps.length !== 1) return -1;
  let e = c + 2;
  // (an adverb may open a phrase's object: "a coalition of mainly Tuareg movements")
  const pps: Array<readonly [number, number]> = [];
  while (items[e]?.kind === 'prep' && e - c < MAX_PARENTHETICAL) {
    const g = items[e + 1]?.kind === 'adv' ? e + 2 : e + 1;
    if (items[g]?.kind !== 'group') break;
    pps.push([e, g]);
    e = g + 1;
  }
  const app = a.g.nps[0]!;
  // (with its own bracketed name right after it: "X and its allies, the Syrian National Army (SNA), launched ...", or
  // after its last phrase's object, that object's: "X, the radio station of the UN mission (MONUSCO), reported ...")
  if (items[e]?.kind === 'open' && items[e + 1]?.kind === 'group' && items[e + 2]?.kind === 'close') {
    const inner = (items[e + 1] as { g: Group }).g.nps;
    const after = items[e + 3]?.kind;
    if (inner.length === 1 && (after === 'comma' || after === 'stop' || after === 'close')) {
      const last = pps.length ? lastNp((items[pps[pps.length - 1]![1]] as { g: Group }).g) : app;
      last.appositions.push(inner[0]!);
      e += 3;
    }
  }
  // the apposition's own relative clause, before the comma that gives the sentence its verb: "X, a separatist group
  // backed by Y, withdrew" and "X, the group that rules Z, fired" read "X withdrew" and "X fired"; the relative is
  // read apart with the apposition for its antecedent
  let relative: Item[] | undefined;
  const r = items[e];
  // (also after the apposition's own phrases: "X, an alliance of rebel groups fighting alongside the army, repelled ...")
  if ((r?.kind === 'vg' && (r.vg.form === 'participle' || r.vg.form === 'gerund')) || r?.kind === 'wh') {
    const close = parentheticalEnd(items, e);
    // (or at the sentence's end, with no verb of its own after the participle: "X belongs to Y, the coalition led by
    // Z."; not "During the offensive, X backed by Y attacked Z.")
    const last = (close > e && items[close]?.kind === 'stop') || close >= items.length;
    if (close > e && ((items[close]?.kind === 'comma' && isFiniteVg(items[skipAdverbs(items, close + 1)])) || (last && !items.slice(e + 1, close).some((x) => isFiniteVg(x))))) {
      relative = items.slice(e, close);
      e = close;
    }
  }
  const end = items[e];
  if (end && end.kind !== 'comma' && end.kind !== 'stop' && end.kind !== 'close') return -1;
  if (!relative) {
    for (const [p, g] of pps) app.pps.push(makePP(items[p] as Extract<Item, { kind: 'prep' }>, (items[g] as { g: Group }).g.nps, 'noun'));
  }
  if (relative) subs.push({ items: relative, antecedent: [app] });
  host.appositions.push(app);
  return e;
}

/** Participles that give a name: "known as X", "called X", "dubbed X" (lemmas; "know" takes "as"). */
const NAMING = new Set(['know', 'call', 'dub', 'name', 'nickname', 'brand', 'style']);

/**
 * A participle of naming at `v` ("known as", "also known as", "called") and the one-phrase group of the name after it:
 * the name's index, or -1 (`pastToo`: a past form of the verb too, which the tagger may give the participle).
 */
function namedAfter(items: readonly Item[], v: number, pastToo = false): number {
  if (items[v]?.kind === 'adv' && (items[v] as { text: string }).text === 'also') v++;
  const vg = items[v];
  if (vg?.kind !== 'vg' || (vg.vg.form !== 'participle' && !(pastToo && vg.vg.form === 'finite' && vg.vg.tense === 'past' && vg.vg.head.text.toLowerCase().endsWith('ed'))) || vg.vg.auxiliaries.length || !NAMING.has(vg.vg.lemma) || vg.vg.particle) return -1;
  let n = v + 1;
  if (vg.vg.lemma === 'know') {
    const as = items[n];
    if (as?.kind !== 'prep' || as.text !== 'as') return -1;
    n++;
  }
  const name = items[n];
  return name?.kind === 'group' && name.g.nps.length === 1 ? n : -1;
}

/**
 * Lift parentheticals out of `items`. Returns the main stream; lifted clauses
 * go to `subs`, appositions and parenthetical prepositional phrases onto their
 * noun phrases.
 */
function liftParentheticals(items: readonly Item[], subs: SubStream[]): Item[] {
  const out: Item[] = [];
  /** Everything so far is fronted adverbial material ("In Aleppo,"): a phrase after it is no apposition host. */
  let frontedOnly = true;
  let sawPrep = false;
  const push = (it: Item): void => {
    // fronted material opens with a preposition: "In Aleppo, ...", not "An official with the firm, ..."
    if (!sawPrep && it.kind !== 'prep' && it.kind !== 'adv' && it.kind !== 'other') frontedOnly = false;
    out.push(it);
    if (it.kind === 'prep') sawPrep = true;
    else if (it.kind !== 'group' && it.kind !== 'adv' && it.kind !== 'other') frontedOnly = false;
  };
  for (let i = 0; i < items.length; ) {
    const it = items[i]!;
    // brackets: "(SDF)" renames the phrase before it; other bracketed text is read apart
    if (it.kind === 'open') {
      let depth = 0;
      let close = -1;
      for (let j = i; j < items.length && j - i < MAX_PARENTHETICAL * 2; j++) {
        const x = items[j]!;
        if (x.kind === 'open') depth++;
        else if (x.kind === 'close' && --depth === 0) {
          close = j;
          break;
        }
      }
      if (close < 0) {
        i++;
        continue;
      }
      const inside = items.slice(i + 1, close);
      const prev = out[out.length - 1];
      if (prev?.kind === 'group' && inside.length === 1 && inside[0]!.kind === 'group') {
        const host = lastNp(prev.g);
        for (const np of (inside[0] as { g: Group }).g.nps) host.appositions.push(np);
        // the phrase renamed, then its appositions: "Hayat Tahrir al-Sham (HTS), the dominant jihadist group, shelled ..."
        // (not fronted material: "In Aleppo (Syria), ...")
        const fronted = frontedOnly && sawPrep && out[out.length - 2]?.kind === 'prep';
        let c = close + 1;
        if (!fronted && items[c]?.kind === 'comma') {
          for (let e = apposition(items, c, host, subs); e >= 0; e = items[c]?.kind === 'comma' ? apposition(items, c, host, subs) : -1) c = e;
        }
        if (c > close + 1) {
          i = items[c]?.kind === 'comma' && isFiniteVg(items[skipAdverbs(items, c + 1)]) ? c + 1 : c;
          continue;
        }
        // ... or an aside after the renamed phrase: "Malian armed forces (FAMa), supported by X, conducted strikes"
        const next = !fronted && items[c]?.kind === 'comma' ? aside(items, c, host, subs) : -1;
        if (next >= 0) {
          i = next;
          continue;
        }
      } else if (inside.length) {
        subs.push({ items: inside });
        // (a phrase's bracketed gloss read apart, its appositions after it are still the phrase's: "The Azawad Liberation
        // Front (Front de libération de l'Azawad, FLA), a coalition of Tuareg movements, claimed ...")
        const fronted = frontedOnly && sawPrep && out[out.length - 2]?.kind === 'prep';
        if (prev?.kind === 'group' && !fronted && items[close + 1]?.kind === 'comma') {
          const host = lastNp(prev.g);
          let c = close + 1;
          for (let e = apposition(items, c, host, subs); e >= 0; e = items[c]?.kind === 'comma' ? apposition(items, c, host, subs) : -1) c = e;
          if (c > close + 1) {
            i = items[c]?.kind === 'comma' && isFiniteVg(items[skipAdverbs(items, c + 1)]) ? c + 1 : c;
            continue;
          }
        }
      }
      i = close + 1;
      continue;
    }
    // a name given by a participle of naming is the phrase's own ("the al-Qaeda affiliate known as JNIM", "a militia
    // called the Arakan Army", "a man named Ahmed"): an apposition, the phrase read as the name
    const named = it.kind === 'group' ? namedAfter(items, i + 1) : -1;
    if (named > 0) {
      const host = lastNp((it as { g: Group }).g);
      host.name = (items[named] as { g: Group }).g.nps[0]!;
      host.appositions.push(host.name);
      push(it);
      i = named + 1;
      continue;
    }
    // ... and one between commas, the sentence going on after it ("launched an operation, called Iron Fist, against X")
    // (between commas the tagger may read the participle a past tense: "called")
    const namedAside = it.kind === 'group' && items[i + 1]?.kind === 'comma' ? namedAfter(items, i + 2, true) : -1;
    // (not "known as", which the appositions read: "Ominta, also known as Farhana, was arrested")
    if (namedAside > 0 && items[namedAside + 1]?.kind === 'comma' && (items[namedAside - 1]?.kind !== 'prep' || (items[namedAside - 1] as { text: string }).text !== 'as')) {
      const host = lastNp((it as { g: Group }).g);
      // (an event's name is no party: "an operation, called Iron Fist,")
      if (!isEventNoun(host.head.text)) {
        host.name = (items[namedAside] as { g: Group }).g.nps[0]!;
        host.appositions.push(host.name);
      }
      push(it);
      i = namedAside + 2;
      continue;
    }
    if (it.kind === 'group' && items[i + 1]?.kind === 'comma') {
      const g = it.g;
      const host = lastNp(g);
      // fronted: "In Aleppo, ..." and a time phrase that opens the sentence ("The next morning, Gen. X, a commander,
      // was killed": the names after it are the subject, not the time's appositions)
      const fronted = frontedOnly && ((sawPrep && out[out.length - 1]?.kind === 'prep') || (!out.length && isTimeGroup(g)));
      // appositions, one after another: "Ahmed, 45, a father of three, was killed"
      let c = i + 1;
      if (!fronted) {
        for (let e = apposition(items, c, host, subs); e >= 0; e = items[c]?.kind === 'comma' ? apposition(items, c, host, subs) : -1) c = e;
      }
      if (c > i + 1) {
        push(it);
        // before a verb the closing comma goes too: "X, a spokesman, said" reads "X said"
        i = items[c]?.kind === 'comma' && isFiniteVg(items[skipAdverbs(items, c + 1)]) ? c + 1 : c;
        continue;
      }
      const next = fronted ? -1 : aside(items, c, host, subs);
      if (next >= 0) {
        push(it);
        i = next;
        continue;
      }
    }
    push(it);
    i++;
  }
  return mergeCoordinated(out);
}

/**
 * A relative, participle or prepositional aside after the comma at `c` that follows `host`'s phrase: "NP, which ...,",
 * "NP, backed by Russia, VERB", "NP, in a statement, VERB". Lifts it (a clause onto `subs` with `host` for antecedent,
 * prepositional phrases onto `host`) and returns where the main stream goes on, or -1 when there is none.
 */
function aside(items: readonly Item[], c: number, host: NounPhrase, subs: SubStream[]): number {
  const a = items[c + 1];
  // non-restrictive relative: NP , which ... ,
  const relStart = a?.kind === 'wh' || (a?.kind === 'group' && a.g.nps[0]!.det === 'whose');
  // participle or prepositional aside before the verb: NP , backed by Russia , VERB
  const partStart = a?.kind === 'vg' && (a.vg.form === 'gerund' || a.vg.form === 'participle');
  const asideStart = a?.kind === 'prep' || a?.kind === 'adv';
  if (!(relStart || partStart || asideStart)) return -1;
  const e = parentheticalEnd(items, c + 1);
  if (e <= c + 1) return -1;
  const closing = items[e];
  const verbNext = closing?.kind === 'comma' && isFiniteVg(items[skipAdverbs(items, e + 1)]);
  const seg = items.slice(c + 1, e);
  const segHasVerb = seg.some((x) => x.kind === 'vg');
  if (!(relStart || (partStart && verbNext) || (asideStart && verbNext && !segHasVerb))) return -1;
  if (asideStart && !segHasVerb) {
    for (let p = 0; p < seg.length; p++) {
      const x = seg[p]!;
      const y = seg[p + 1];
      if (x.kind === 'prep' && y?.kind === 'group') host.pps.push(makePP(x, y.g.nps, 'noun'));
    }
  } else subs.push({ items: seg, antecedent: [host] });
  return verbNext ? e + 1 : e;
}

/** A finite verb group among `items` since the last stop. */
function finiteBefore(items: readonly Item[]): boolean {
  for (let k = items.length - 1; k >= 0 && items[k]!.kind !== 'stop'; k--) if (isFiniteVg(items[k])) return true;
  return false;
}

/**
 * After lifting: "ISIS, which attacked Kobani, and Hezbollah signed": the groups an aside kept apart are one
 * again, but only when no verb is between them: "attacked Kobani, and Hezbollah signed" stays two clauses.
 */
function mergeCoordinated(items: Item[]): Item[] {
  const out: Item[] = [];
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    const prev = out[out.length - 1];
    const a = items[i + 1];
    const before = out[out.length - 2];
    // (a preposition's object in a clause whose finite verb came before it is not one with a phrase a finite verb
    // follows: "were killed near X, and Y claimed the attack" is two clauses; "troops backed by X, and Y attacked" is
    // one subject)
    const subjectSide = !before || (before.kind === 'prep' && !(isFiniteVg(items[skipAdverbs(items, i + 3)]) && finiteBefore(out))) || before.kind === 'stop' || before.kind === 'comma' || before.kind === 'cc';
    if (prev?.kind === 'group' && subjectSide && it.kind === 'comma' && a?.kind === 'cc' && NP_COORDINATORS.has(a.text) && items[i + 2]?.kind === 'group') {
      // in place: a run-on chain of ", and X" stays linear
      const next = (items[i + 2] as { g: Group }).g;
      for (const np of next.nps) prev.g.nps.push(np);
      prev.g.seps.push('cc', ...next.seps);
      prev.g.span = { start: prev.g.span.start, end: next.span.end };
      i += 2;
      continue;
    }
    out.push(it);
  }
  return out;
}

function makePP(prep: Extract<Item, { kind: 'prep' }>, objects: NounPhrase[], attach: PrepPhrase['attach']): PrepPhrase {
  const last = objects[objects.length - 1];
  return { start: prep.span.start, end: last ? last.end : prep.span.end, prep: prep.text, prepSpan: prep.span, objects, attach };
}

// ---------------------------------------------------------------- 3. clauses

interface Context {
  clauses: Clause[];
  /** Ids of clauses that have a complement clause. */
  governors: Set<number>;
}

type Prev = 'start' | 'group' | 'vg' | 'prep' | 'comma' | 'cc' | 'wh' | 'comp' | 'stop';

interface LastGroup {
  g: Group;
  role: 'cand' | 'object' | 'complement' | 'pp' | 'subject' | 'external';
  clause?: Clause;
}

/** How a clause whose subject is known hangs on the sentence. */
interface Hook {
  mode: 'main' | 'complement' | 'adverbial' | 'relative' | 'coordination';
  parent?: Clause;
  subordinator?: string;
  antecedent?: NounPhrase[];
  onCandidate?: boolean;
  /** An object relative: the antecedent is the verb's object ("the town ISIS seized"). */
  gap?: boolean;
  /** A relative after a preposition: the antecedent is that preposition's object ("the conference to which ... are invited"). */
  prep?: Extract<Item, { kind: 'prep' }>;
}

/** The next finite verb's subject, decided by a noun phrase that saw the verb coming. */
interface NextSubject extends Hook {
  nps: NounPhrase[];
}

interface OpenRelative {
  antecedent: NounPhrase[];
  /** The antecedent is the main clause's subject-to-be ("The fighters who ... were killed"). */
  onCandidate: boolean;
  clause: Clause;
}

/** How far ahead a noun phrase looks, over prepositional phrases, for its verb. */
const MAX_PP_LOOKAHEAD = 6;
/** How far up a chain of clauses the reader walks. */
const MAX_DEPTH = 32;

/** Reads one stream of items (a sentence, or a lifted parenthetical) into clauses. */
class StreamReader {
  private cur: Clause | null = null;
  /** A noun phrase now would be an object of `cur`. */
  private objOpen = false;
  /** A subject waiting for its verb, and how its clause will hang. */
  private cand: Group | null = null;
  private candHook: Hook = { mode: 'main' };
  private next: NextSubject | null = null;
  /** Clauses waiting for the next main clause: its subject, and it as parent ("Backed by Russia, the army ..."). */
  private waiting: Clause[] = [];
  private rel: OpenRelative | null = null;
  private wh: { antecedent: NounPhrase[]; text: string; onCandidate: boolean; prep?: Extract<Item, { kind: 'prep' }> } | null = null;
  private comp: { governor: Clause | null } | null = null;
  private pendingPrep: Extract<Item, { kind: 'prep' }> | null = null;
  /** What came before the candidate subject (`cand`): after a comma, a prepositional phrase on it is its own. */
  private prevBeforeCand: string | null = null;
  /** A finite verb follows the candidate over its prepositional phrases ("a spokesman for the SDF said"). */
  private candVerbAhead = false;
  private prev: Prev = 'start';
  /** The chunk kind before the pending preposition. */
  private prevAtPrep: Prev = 'start';
  private last: LastGroup | null = null;
  /** Fronted prepositional phrases and time phrases for the next main clause. */
  private pre: PrepPhrase[] = [];
  private preTimes: NounPhrase[] = [];
  private attribution: NounPhrase[] | null = null;
  /** Top-level clauses since the last stop, for postposed speech frames ("..., the army said"). */
  private topLevel: Clause[] = [];
  private readonly gapObjects = new Set<Clause>();
  private readonly skip = new Set<number>();

  constructor(
    private readonly ctx: Context,
    private readonly items: readonly Item[],
    antecedent?: NounPhrase[],
  ) {
    if (antecedent) {
      this.last = { g: { nps: antecedent, seps: [], span: antecedent[0]! }, role: 'external' };
      this.prev = 'group';
    }
  }

  run(): void {
    const items = this.items;
    for (let i = 0; i < items.length; i++) {
      const it = items[i]!;
      if (this.skip.has(i)) continue;
      switch (it.kind) {
        case 'group':
          this.group(it.g, i);
          break;
        case 'vg':
          this.verb(it, i);
          break;
        case 'prep':
          this.pendingPrep = it;
          this.prevAtPrep = this.prev;
          this.prev = 'prep';
          break;
        case 'cc':
          this.prev = 'cc';
          this.objOpen = false;
          this.pendingPrep = null;
          break;
        case 'comma':
        case 'open':
        case 'close':
          this.prev = 'comma';
          this.objOpen = false;
          this.pendingPrep = null;
          break;
        case 'stop':
          this.stop(it.text);
          break;
        case 'wh':
          this.whWord(it.text, it.span);
          break;
        case 'comp': {
          // (a second "that" after "and" is the first one's governor's again: "told reporters that the withdrawal was
          // tactical and that the group would return")
          const cur = this.cur;
          const again = this.prev === 'cc' && cur?.link === 'complement' && cur.parent !== undefined ? this.ctx.clauses[cur.parent] : undefined;
          this.comp = { governor: again ?? cur };
          this.prev = 'comp';
          this.objOpen = false;
          break;
        }
        case 'adv':
        case 'other':
          break;
      }
    }
    this.finish();
  }

  // ---- looking ahead

  /** A finite verb follows the group at `i` (adverbs skipped); `overPPs` also skips prepositional phrases ("the leader of ISIS said"). */
  private verbAhead(i: number, overPPs: boolean): boolean {
    const items = this.items;
    let j = i + 1;
    if (overPPs) {
      for (let n = 0; n < MAX_PP_LOOKAHEAD && items[j]?.kind === 'prep' && items[j + 1]?.kind === 'group'; n++) j += 2;
    }
    return isFiniteVg(items[skipAdverbs(items, j)]);
  }

  private speech(c: Clause | null): boolean {
    return !!c && vocabulary().speechVerbs.has(c.verb.lemma);
  }

  /**
   * A verb of belief in the present (the lexicon's hedging verbs: "believe", "think", "expect") whose phrase at item i is
   * followed by a verb group with a modal: the phrase is the subject of what is believed ("believes Kenya and Uganda can
   * cope"), not its object and the subject of another clause ("attacked the town and the army retreated"; in the past,
   * "planned the attack and the army would retreat" is that too, so only the present reads so).
   */
  private believes(c: Clause, i: number): boolean {
    if (c.verb.tense !== 'present' || !vocabulary().hedgeGovernors.has(c.verb.lemma)) return false;
    const next = this.items[skipAdverbs(this.items, i + 1)];
    return !!next && next.kind === 'vg' && !!next.vg.modal;
  }

  // ---- noun phrases

  private group(g: Group, i: number): void {
    const near = this.verbAhead(i, false);
    // a clause-opening word before the phrase lets its verb come after prepositional phrases
    const far = near || this.verbAhead(i, true);
    if (this.pendingPrep) return this.prepObject(g, i, near, far);
    if (isTimeGroup(g)) return this.timeGroup(g, near);
    if (this.prev === 'wh' && this.wh && far) {
      const wh = this.wh;
      this.wh = null;
      return this.setNext({ nps: g.nps, ...this.relativeHook(wh) }, g);
    }
    if (this.comp && far && (this.prev === 'comp' || this.prev === 'comma' || this.prev === 'group')) {
      const gov = this.comp.governor;
      this.comp = null;
      return this.setNext({ nps: g.nps, mode: 'complement', ...(gov ? { parent: gov } : {}) }, g);
    }
    if (far && g.nps[0]!.det === 'whose' && this.last && (this.prev === 'group' || this.prev === 'comma')) {
      // "candidates whose allegiance to the party is known": a relative on the phrase before
      const owner = this.last;
      return this.setNext({ nps: g.nps, mode: 'relative', antecedent: owner.g.nps, onCandidate: owner.role === 'cand', gap: false }, g);
    }
    const cur = this.cur;
    if (near || (far && this.prev === 'vg' && this.speech(cur))) {
      if (this.prev === 'vg' && cur) {
        const rel = this.rel;
        if (rel?.onCandidate && this.within(cur, rel.clause) && !this.speech(cur)) {
          // "The fighters who attacked the town were killed": the town is the relative's object, the fighters the subject
          this.addObject(cur, g);
          this.rel = null;
          this.next = { nps: rel.antecedent, ...this.candHook };
          this.cand = null;
          return;
        }
        if (g.nps.length > 1 && g.seps[g.seps.length - 1] === 'cc' && !this.speech(cur) && !this.believes(cur, i)) {
          // "ISIS attacked the town and the army retreated"
          const cut = g.seps[0] === 'comma' ? 1 : g.nps.length - 1;
          this.addObject(cur, { nps: g.nps.slice(0, cut), seps: g.seps.slice(0, cut - 1), span: g.span });
          const subj = { nps: g.nps.slice(cut), seps: g.seps.slice(cut), span: g.span };
          return this.setNext({ nps: subj.nps, mode: 'coordination', parent: this.topOf(cur) }, subj);
        }
        // "said troops sent to restore order had clashed": after a verb that takes no clause ("restore"), in a reduced
        // relative on a speech verb's object, the phrase is that verb's object; the finite verb after it is the speech
        // verb's content, its subject the phrase the relative hangs on ("troops")
        if (!vocabulary().clauseVerbs.has(cur.verb.lemma)) {
          const top = this.topOf(cur);
          const ante = top.link === 'relative' && top.subjectFrom === 'relative' && top.verb.form === 'participle' ? top.subject : undefined;
          const host = ante?.length ? this.recentClause((x) => x !== top && x.objects.length >= ante.length && x.objects[x.objects.length - 1] === ante[ante.length - 1]) : undefined;
          if (ante && host && this.speech(host)) {
            const role = this.addObject(cur, g);
            this.last = { g, role, clause: cur };
            host.objects.splice(host.objects.length - ante.length, ante.length);
            this.next = { nps: ante, mode: 'complement', parent: host };
            this.prev = 'group';
            return;
          }
        }
        return this.setNext({ nps: g.nps, mode: 'complement', parent: cur }, g);
      }
      const afterObject = this.last && (this.last.role === 'object' || this.last.role === 'external' || (this.last.role === 'pp' && cur !== null && this.last.clause === cur));
      if (this.prev === 'group' && this.last && afterObject) {
        // "told reporters the army would withdraw": after a speech verb's object, its content
        if (this.last.clause && this.speech(this.last.clause)) return this.setNext({ nps: g.nps, mode: 'complement', parent: this.last.clause }, g);
        // "ISIS attacked the town the army held": a relative clause without a relative word; never on the name of a day,
        // a month or a year in a phrase of time ("and in January it claimed an attack": a clause of its own)
        const time = this.last.role === 'pp' && this.last.g.nps.every((np) => isDateWord(np.head.text));
        if (!time) return this.setNext({ nps: g.nps, mode: 'relative', antecedent: this.last.g.nps, onCandidate: false, gap: true }, g);
      }
      if (this.prev === 'cc' && cur) return this.setNext({ nps: g.nps, mode: 'coordination', parent: this.topOf(cur) }, g);
      return this.setNext({ nps: g.nps, mode: 'main' }, g);
    }
    // not a subject: an object, or a subject waiting for its verb
    // (also an object put after a phrase of time that follows its verb: "attacked on Tuesday the army camp at X", as
    // translated news writes)
    if (cur && (this.objOpen || (this.prev === 'cc' && (cur.objects.length || cur.complement.length)) || this.shiftedObject(cur, g))) {
      const role = this.addObject(cur, g);
      this.last = { g, role, clause: cur };
      this.prev = 'group';
      return;
    }
    this.prevBeforeCand = this.prev;
    this.candVerbAhead = far;
    this.cand = g;
    this.candHook = this.hookHere();
    this.last = { g, role: 'cand' };
    this.prev = 'group';
  }

  /**
   * Whether a phrase right after "on Tuesday" or "in March", which follow an active verb with no object, is that verb's
   * object (not a phrase of time itself: "arrived on Monday the day after").
   */
  private shiftedObject(cur: Clause, g: Group): boolean {
    const l = this.last;
    if (this.prev !== 'group' || !l || l.role !== 'pp' || l.clause !== cur || !isDateGroup(l.g)) return false;
    if (cur.objects.length || cur.complement.length || cur.verb.copula || cur.verb.voice !== 'active' || cur.verb.form !== 'finite') return false;
    const pp = cur.pps[cur.pps.length - 1];
    return pp !== undefined && pp.end === l.g.span.end && pp.start - cur.verb.end <= 1 && !g.nps.some((np) => TIME_NOUNS.has(np.head.text.toLowerCase()));
  }

  private relativeHook(wh: NonNullable<StreamReader['wh']>): Hook {
    const hook: Hook = { mode: 'relative', antecedent: wh.antecedent, onCandidate: wh.onCandidate, gap: !wh.prep && !['where', 'when'].includes(wh.text) };
    if (wh.prep) hook.prep = wh.prep;
    return hook;
  }

  /** How a clause whose subject starts here would hang on what came before. */
  private hookHere(): Hook {
    if (this.prev === 'wh' && this.wh) return this.relativeHook(this.wh);
    if (this.prev === 'comp' && this.comp) return { mode: 'complement', ...(this.comp.governor ? { parent: this.comp.governor } : {}) };
    if (this.prev === 'cc' && this.cur) return { mode: 'coordination', parent: this.topOf(this.cur) };
    return { mode: 'main' };
  }

  /** The object of a preposition, or the subject of a clause a subordinator opens ("after ISIS seized Mosul"). */
  private prepObject(g: Group, i: number, near: boolean, far: boolean): void {
    const prep = this.pendingPrep!;
    this.pendingPrep = null;
    // (never a year or a date: "deployed since 2021 later retook ...", the year the preposition's object)
    if (far && SUBORDINATORS.has(prep.text) && !this.next && !isDateGroup(g)) {
      return this.setNext({ nps: g.nps, mode: 'adverbial', subordinator: prep.text, ...(this.cur ? { parent: this.cur } : {}) }, g);
    }
    // (also at the end of a chain of fronted phrases: "During the night of 7 February, Turkish forces and rebels launched")
    const fronted = this.prevAtPrep === 'start' || this.prevAtPrep === 'stop' || (!this.cur && !this.cand && !this.next && this.pre.length > 0);
    if (near && g.seps[0] === 'comma' && g.seps[g.seps.length - 1] === 'cc' && fronted) {
      // "In Aleppo, ISIS and Hezbollah attacked": the first member is the preposition's, the rest the subject
      this.attachPP(makePP(prep, [g.nps[0]!], 'verb'), g);
      const rest = { nps: g.nps.slice(1), seps: g.seps.slice(1), span: { start: g.nps[1]!.start, end: g.span.end } };
      return this.setNext({ nps: rest.nps, mode: 'main' }, rest);
    }
    this.attachPP(makePP(prep, g.nps, 'verb'), g);
    this.last = { g, role: 'pp', ...(this.cur ? { clause: this.cur } : {}) };
    this.prev = 'group';
    this.objOpen = false;
    void i;
  }

  /** "last week", "Tuesday": an adverbial of the clause, never its subject or object. */
  private timeGroup(g: Group, near: boolean): void {
    if (near && this.cand) {
      // "Iran this week restarted ...": the subject is before the time phrase
      this.preTimes.push(...g.nps);
      this.next = { nps: this.cand.nps, ...this.candHook };
      this.cand = null;
      return;
    }
    if (this.cur && (this.objOpen || this.prev === 'group')) {
      this.cur.adverbials.push(...g.nps);
      return; // `prev` unchanged: "said Tuesday ISIS attacked" still reads a complement
    }
    this.preTimes.push(...g.nps);
  }

  private setNext(next: NextSubject, g: Group): void {
    this.next = next;
    this.last = { g, role: 'subject' };
    this.prev = 'group';
    this.objOpen = false;
  }

  private addObject(c: Clause, g: Group): 'object' | 'complement' {
    if (c.verb.copula) {
      c.complement.push(...g.nps);
      return 'complement';
    }
    c.objects.push(...g.nps);
    return 'object';
  }

  private attachPP(pp: PrepPhrase, g: Group): void {
    const cur = this.cur;
    const before = this.last;
    const afterNoun = before !== null && this.prevAtPrep === 'group';
    if (pp.prep === 'according to') {
      if (cur && !this.next) cur.reportedBy = { speaker: pp.objects, verb: 'according to' };
      else this.attribution = pp.objects;
      return;
    }
    if (this.next && afterNoun && before && (before.role === 'subject' || before.role === 'pp')) {
      // "after the leader of ISIS was killed": on the subject-to-be
      pp.attach = 'noun';
      lastNp(before.g).pps.push(pp);
      return;
    }
    // ... and on a phrase that waits for its verb after a comma: "..., a spokesman for the SDF said" (not the clause
    // before it: "withdrew from the area, a spokesman for the SDF said" did not withdraw for the SDF)
    // (a phrase whose verb comes after its prepositional phrases; never the passive's "by": ", most by shelling")
    if (this.cand && afterNoun && before?.role === 'cand' && before.g === this.cand && this.prevBeforeCand === 'comma' && this.candVerbAhead && pp.prep !== 'by') {
      pp.attach = 'noun';
      lastNp(before.g).pps.push(pp);
      return;
    }
    if (cur) {
      if (pp.prep === 'of' && afterNoun && before) {
        pp.attach = 'noun';
        lastNp(before.g).pps.push(pp);
        return;
      }
      if (pp.prep === 'by' && cur.verb.voice === 'passive' && !cur.agent.length && !isTimeGroup(g)) {
        cur.agent.push(...pp.objects);
        return;
      }
      cur.pps.push(pp);
      return;
    }
    if (this.cand && afterNoun && before && (before.role === 'cand' || before.role === 'pp') && !isTimeGroup(g)) {
      // "fighters from ISIS attacked", "the attack on Mosul killed"
      pp.attach = 'noun';
      lastNp(before.g).pps.push(pp);
      return;
    }
    this.pre.push(pp);
  }

  // ---- relative words

  private whWord(text: string, span: Span): void {
    const l = this.last;
    if (this.prev === 'prep' && this.pendingPrep && this.prevAtPrep === 'group' && l && l.role !== 'subject' && (text === 'which' || text === 'whom')) {
      // "a conference to which elders are invited"
      this.wh = { antecedent: l.g.nps, text, onCandidate: l.role === 'cand', prep: this.pendingPrep };
      this.pendingPrep = null;
      this.prev = 'wh';
      this.objOpen = false;
      return;
    }
    if ((this.prev === 'group' || this.prev === 'comma') && l && l.role !== 'subject') {
      // "the day when ..." and "the town where ..." are relatives; "... when the attack occurred" is not
      const relative = text === 'when' ? TIME_NOUNS.has(lastNp(l.g).head.text.toLowerCase()) : true;
      if (relative) {
        // "a raid on a base in Jordan that killed three soldiers": a restrictive "that" seldom follows a proper name; after
        // one in a prepositional phrase the relative is on the clause's last object
        const onObject = text === 'that' && this.prev === 'group' && l.role === 'pp' && lastNp(l.g).head.pos === 'NNP' ? l.clause?.objects.at(-1) : undefined;
        if (onObject) {
          this.wh = { antecedent: [onObject], text, onCandidate: false };
          this.prev = 'wh';
          this.objOpen = false;
          return;
        }
        this.wh = { antecedent: l.g.nps, text, onCandidate: l.role === 'cand' };
        // "the town where X happened" is "X happened in the town": the relative adverb is the clause's location
        // phrase, with the antecedent for its object (preposition "where", the word itself)
        if (text === 'where') this.wh.prep = { kind: 'prep', text, span };
        this.prev = 'wh';
        this.objOpen = false;
        return;
      }
    }
    // (also right after a verb that takes no clause: "two soldiers were wounded when insurgents detonated a bomb" is a
    // time clause, where "said when", "asked whether" open the verb's content)
    if (SUBORDINATORS.has(text) && (this.prev !== 'vg' || (this.cur !== null && !vocabulary().clauseVerbs.has(this.cur.verb.lemma)))) {
      // "When ISIS attacked, ...": a subordinator
      this.pendingPrep = { kind: 'prep', text, span: { start: 0, end: 0 } };
      this.prevAtPrep = this.prev;
      this.prev = 'prep';
      return;
    }
    if (this.cur && (this.prev === 'vg' || this.prev === 'group')) {
      // "will not say how many troops arrived": a content clause
      this.comp = { governor: this.cur };
      this.prev = 'comp';
      this.objOpen = false;
      return;
    }
    this.prev = 'wh';
  }

  // ---- verbs

  private newClause(vg: VerbGroup, subject: NounPhrase[], subjectFrom: SubjectSource, link?: ClauseLink, parent?: Clause): Clause {
    const c: Clause = {
      id: this.ctx.clauses.length,
      start: vg.start,
      end: vg.end,
      verb: vg,
      subject,
      subjectFrom: subject.length ? subjectFrom : 'none',
      objects: [],
      complement: [],
      pps: [],
      agent: [],
      adverbials: [],
      // (every field, the optional ones undefined until set: one object shape for all clauses, chunk.ts nounPhraseOf)
      parent: parent?.id,
      link,
      antecedent: undefined,
      subordinator: undefined,
      reportedBy: undefined,
    };
    if (parent && link === 'complement') this.ctx.governors.add(parent.id);
    this.ctx.clauses.push(c);
    return c;
  }

  /** The nearest clause up the chain that is not a controlled, participial or adverbial clause. */
  private topOf(c: Clause): Clause {
    let x = c;
    for (let n = 0; n < MAX_DEPTH && x.parent !== undefined && (x.link === 'control' || x.link === 'participle' || x.link === 'adverbial'); n++) {
      x = this.ctx.clauses[x.parent]!;
    }
    return x;
  }

  /** The latest of the last few clauses that passes `test`. */
  private recentClause(test: (c: Clause) => boolean): Clause | undefined {
    const cs = this.ctx.clauses;
    for (let j = cs.length - 1; j >= 0 && j >= cs.length - MAX_DEPTH; j--) if (test(cs[j]!)) return cs[j];
    return undefined;
  }

  /** `c` is `root` or hangs below it. */
  private within(c: Clause, root: Clause): boolean {
    let x: Clause | undefined = c;
    for (let n = 0; n < MAX_DEPTH && x; n++) {
      if (x === root) return true;
      x = x.parent !== undefined ? this.ctx.clauses[x.parent] : undefined;
    }
    return false;
  }

  private verb(item: VgItem, i: number): void {
    const finite = isFiniteVg(item) || (this.next !== null && !item.to);
    const c = finite ? this.finiteClause(item.vg, i) : this.nonFiniteClause(item, i);
    this.cur = c;
    this.objOpen = true;
    this.prev = 'vg';
    this.pendingPrep = null;
    this.comp = null;
    this.wh = null;
  }

  private hang(vg: VerbGroup, nps: NounPhrase[], hook: Hook): Clause {
    switch (hook.mode) {
      case 'main': {
        const c = this.newClause(vg, nps, 'explicit');
        this.openMain(c);
        return c;
      }
      case 'complement':
        return this.newClause(vg, nps, 'explicit', 'complement', hook.parent);
      case 'coordination':
        return this.newClause(vg, nps, 'explicit', 'coordination', hook.parent);
      case 'adverbial': {
        const c = this.newClause(vg, nps, 'explicit', 'adverbial', hook.parent);
        c.subordinator = hook.subordinator!;
        if (!hook.parent) this.waiting.push(c);
        return c;
      }
      case 'relative': {
        const c = this.newClause(vg, nps, 'explicit', 'relative');
        c.antecedent = hook.antecedent!;
        for (const np of hook.antecedent!) np.relatives.push(c.id);
        if (hook.gap) this.gapObjects.add(c);
        if (hook.prep) c.pps.push(makePP(hook.prep, hook.antecedent!, 'verb'));
        this.rel = { antecedent: hook.antecedent!, onCandidate: !!hook.onCandidate, clause: c };
        return c;
      }
    }
  }

  private openMain(c: Clause): void {
    this.topLevel.push(c);
    for (const w of this.waiting) {
      w.parent = c.id;
      if (!w.subject.length && c.subject.length) {
        w.subject = c.subject;
        w.subjectFrom = 'participle';
      }
    }
    this.waiting = [];
    this.takeFronted(c);
  }

  private takeFronted(c: Clause): void {
    if (this.pre.length) {
      c.pps.push(...this.pre);
      this.pre = [];
    }
    if (this.preTimes.length) {
      c.adverbials.push(...this.preTimes);
      this.preTimes = [];
    }
    if (this.attribution) {
      c.reportedBy = { speaker: this.attribution, verb: 'according to' };
      this.attribution = null;
    }
  }

  private finiteClause(vg: VerbGroup, i: number): Clause {
    const next = this.next;
    this.next = null;
    if (next) {
      if (this.cand && next.nps.includes(lastNp(this.cand))) this.cand = null;
      const c = this.hang(vg, next.nps, next);
      if (next.mode !== 'main') this.takeFronted(c);
      return c;
    }
    if (this.prev === 'wh' && this.wh) {
      // subject relative: "ISIS, which seized Mosul"
      const wh = this.wh;
      const noSubject = wh.text === 'where' || wh.text === 'when' || wh.prep !== undefined;
      const c = this.newClause(vg, noSubject ? [] : wh.antecedent, 'relative', 'relative');
      c.antecedent = wh.antecedent;
      if (wh.prep) c.pps.push(makePP(wh.prep, wh.antecedent, 'verb'));
      for (const np of wh.antecedent) np.relatives.push(c.id);
      this.rel = { antecedent: wh.antecedent, onCandidate: wh.onCandidate, clause: c };
      return c;
    }
    const rel = this.rel;
    if (rel && !rel.onCandidate && this.cur && this.within(this.cur, rel.clause)) {
      // "say the planned project announced Wednesday will link ...": the speech verb's object was the subject of its content
      const host = this.recentClause((x) => x.objects.length > 0 && x.objects[x.objects.length - 1] === rel.antecedent[rel.antecedent.length - 1]);
      if (host && this.speech(host)) {
        host.objects.splice(host.objects.length - rel.antecedent.length, rel.antecedent.length);
        this.rel = null;
        return this.newClause(vg, rel.antecedent, 'explicit', 'complement', host);
      }
    }
    if (this.rel?.onCandidate && this.cur && this.within(this.cur, this.rel.clause)) {
      // the relative on the subject is over: "The fighters who attacked in Mosul were killed"
      const rel = this.rel;
      this.rel = null;
      this.cand = null;
      return this.hang(vg, rel.antecedent, this.candHook);
    }
    if (this.cand && (!this.cur || this.prev === 'group')) {
      const cand = this.cand;
      this.cand = null;
      return this.hang(vg, cand.nps, this.candHook);
    }
    const cur = this.cur;
    if (cur && (this.prev === 'cc' || this.prev === 'comma')) {
      // "..., said the army": a speech verb with its subject after it
      if (this.prev === 'comma' && vocabulary().speechVerbs.has(vg.lemma)) {
        const g = this.items[i + 1];
        const after = this.items[i + 2];
        if (g?.kind === 'group' && (!after || after.kind === 'stop' || after.kind === 'comma')) {
          const c = this.newClause(vg, g.g.nps, 'inverted');
          this.skip.add(i + 1);
          this.topLevel.push(c);
          return c;
        }
      }
      return this.coordinate(vg, cur);
    }
    if (cur && this.prev === 'group' && this.last?.clause === cur && (this.last.role === 'object' || this.last.role === 'pp') && cur.objects.length) {
      // "said the leader of ISIS attacked": the object was the subject of a clause
      const obj = cur.objects.pop()!;
      return this.newClause(vg, [obj], 'explicit', 'complement', cur);
    }
    const c = this.newClause(vg, [], 'none');
    this.openMain(c);
    return c;
  }

  /** A verb after "and" with no subject of its own: it shares the subject (and a bare verb the auxiliaries) of the clause before. */
  private coordinate(vg: VerbGroup, cur: Clause): Clause {
    // "to protest the war and demand ...", "killing 12 and wounding 30": the same non-finite form joins its own kind
    const bare = !vg.auxiliaries.length && vg.modal === undefined && vg.head.pos !== 'VBD' && vg.head.pos !== 'VBZ' && vg.head.pos !== 'VBP';
    let host = bare && cur.verb.form !== 'finite' && (cur.verb.form === vg.form || (vg.form === 'infinitive' && cur.verb.form === 'infinitive')) ? cur : this.topOf(cur);
    // "denied it in a statement posted online and accused X": a finite verb after a reduced relative's passive participle
    // is no part of that phrase, which holds no finite verb; it joins the clause that holds the relative's noun
    if (!bare && isReducedPassive(host)) {
      const holder = relativeHolder(host, this.ctx.clauses.slice(-MAX_DEPTH));
      if (holder) host = this.topOf(holder);
    }
    // "accused the militia of kidnapping and torturing civilians": the second gerund is the accused's deed too
    // (the "of" phrase read as the verb's or as the object's own)
    const accusedNp = bare && vg.form === 'gerund' && vocabulary().accuseVerbs.has(cur.verb.lemma) ? cur.objects[cur.objects.length - 1] : undefined;
    const deed = accusedNp ? [...cur.pps, ...accusedNp.pps].filter((pp) => pp.start > accusedNp.start).sort((a, b) => a.start - b.start).pop() : undefined;
    if (accusedNp && deed && (deed.prep === 'of' || deed.prep === 'for') && /ing$/i.test(deed.objects[deed.objects.length - 1]?.head.text ?? '')) {
      const c = this.newClause(vg, [accusedNp], 'control', 'adverbial', cur);
      c.subordinator = deed.prep;
      c.verb.hedged = true;
      return c;
    }
    const c = this.newClause(vg, host.subject, 'coordination', 'coordination', host);
    if (bare) inheritAuxiliaries(c.verb, host.verb);
    return c;
  }

  private nonFiniteClause(item: VgItem, i: number): Clause {
    const vg = item.vg;
    const cur = this.cur;
    const last = this.last;
    if (item.to) {
      if (this.prev === 'cc' && cur && cur.verb.form === 'infinitive') return this.coordinate(vg, cur);
      if (this.prev === 'vg' && cur) return this.newClause(vg, cur.subject, 'control', 'control', cur);
      if (this.prev === 'group' && last?.role === 'object' && last.clause === cur && cur) {
        // "urged the rebels to lay down their arms"; but "filed a motion to reorganize": a purpose, the subject acts
        if (this.objectControls(cur, last.g.nps)) return this.newClause(vg, last.g.nps, 'control', 'control', cur);
        return this.newClause(vg, this.topOf(cur).subject, 'control', 'control', cur);
      }
      if (this.prev === 'group' && last?.role === 'complement' && cur) {
        // "Iraqis will be able to hold elections", "Indonesia is the second country to get ...": the subject acts
        return this.newClause(vg, cur.subject, 'control', 'control', cur);
      }
      if (this.prev === 'group' && last?.role === 'cand' && !cur) {
        // "ISIS's plan to attack Mosul": the possessor acts
        const owner = lastNp(last.g).modifiers.find((m) => m.kind === 'possessor')?.np;
        return this.newClause(vg, owner ? [owner] : [], 'control', 'control');
      }
      if (cur && this.prev === 'group' && last?.role === 'pp' && last.clause === cur && cur.objects.length && this.objectControls(cur, [cur.objects[cur.objects.length - 1]!])) {
        // "sent troops to Mosul to retake it", "caused prices in Aleppo to rise": the object, past its PPs
        return this.newClause(vg, [cur.objects[cur.objects.length - 1]!], 'control', 'control', cur);
      }
      if (cur && (this.prev === 'group' || this.prev === 'comma' || this.prev === 'prep')) {
        // purpose: "advanced on Mosul to retake it", "in order to"
        return this.newClause(vg, this.topOf(cur).subject, 'control', 'control', cur);
      }
      const c = this.newClause(vg, [], 'none', 'adverbial');
      c.subordinator = 'to';
      this.waiting.push(c);
      return c;
    }
    if (vg.form === 'infinitive') {
      // bare infinitive after a verb: "helped retake"
      if (this.prev === 'vg' && cur) return this.newClause(vg, cur.subject, 'control', 'control', cur);
      const c = this.newClause(vg, [], 'none');
      this.openMain(c);
      return c;
    }
    // gerund or participle without an auxiliary
    if (this.prev === 'prep' && this.pendingPrep) {
      // "after killing 12", "by attacking", "without warning"
      const prep = this.pendingPrep;
      this.pendingPrep = null;
      const host = cur ? this.topOf(cur) : null;
      // "accused the militia of kidnapping civilians", "condemned X for shelling Y": the object's deed, as reported
      // (in a relative clause whose gap is the object, the antecedent: "the UAE, which Sudan accuses of arming the RSF")
      const accusedNp = !cur ? undefined : cur.objects.length > 0 ? cur.objects[cur.objects.length - 1] : this.gapObjects.has(cur) ? cur.antecedent?.[cur.antecedent.length - 1] : undefined;
      const accused = cur && (prep.text === 'of' || prep.text === 'for') && vocabulary().accuseVerbs.has(cur.verb.lemma) ? accusedNp : undefined;
      const c = accused ? this.newClause(vg, [accused], 'control', 'adverbial', cur!) : this.newClause(vg, host ? host.subject : [], 'participle', 'adverbial', host ?? undefined);
      if (accused) c.verb.hedged = true;
      c.subordinator = prep.text;
      const pp: PrepPhrase = { start: prep.span.start, end: vg.end, prep: prep.text, prepSpan: prep.span, objects: [], clause: c.id, attach: 'verb' };
      if (host) host.pps.push(pp);
      else this.pre.push(pp);
      if (vocabulary().negationWords.has(prep.text)) c.verb.negated = true;
      if (!host) this.waiting.push(c);
      return c;
    }
    if (this.prev === 'cc' && cur) return this.coordinate(vg, cur);
    if (this.prev === 'vg' && cur) return this.newClause(vg, cur.subject, 'control', 'control', cur);
    if (this.prev === 'group' && last && last.role !== 'subject') {
      if (vg.form === 'participle' && last.role === 'cand' && !cur && this.looksFinite(i)) {
        // a past tense tagged as a participle: "ISIS fighters seized the town"
        vg.form = 'finite';
        vg.voice = 'active';
        vg.tense = 'past';
        const cand = this.cand ?? last.g;
        this.cand = null;
        return this.hang(vg, cand.nps, this.candHook);
      }
      // a participle on the noun before it: "fighters killed in the strike", "militants fleeing the city"
      const c = this.newClause(vg, last.g.nps, 'relative', 'relative');
      c.antecedent = last.g.nps;
      for (const np of last.g.nps) np.relatives.push(c.id);
      this.rel = { antecedent: last.g.nps, onCandidate: last.role === 'cand', clause: c };
      return c;
    }
    if (cur) {
      // ", killing 12": the subject of the clause it follows; after a finite adverbial clause with its own subject, that
      // clause's ("suspended talks after the rebels attacked a base, killing two soldiers": the rebels killed)
      const ownAdverbial = cur.link === 'adverbial' && cur.subjectFrom === 'explicit' && cur.verb.form === 'finite';
      let host = cur.link === 'relative' ? this.topLevel[this.topLevel.length - 1] ?? cur : ownAdverbial ? cur : this.topOf(cur);
      // ... but a verb of speech goes on with the words of the one whose words the clause is: the speaker's ("X said
      // the rebels withdrew, adding that ...": X added)
      const speech = vocabulary().speechVerbs;
      for (let n = 0; n < MAX_DEPTH && speech.has(vg.lemma) && host.link === 'complement' && host.parent !== undefined && speech.has(this.ctx.clauses[host.parent]!.verb.lemma); n++) {
        host = this.topOf(this.ctx.clauses[host.parent]!);
      }
      return this.newClause(vg, host.subject, 'participle', 'participle', host);
    }
    // "Backed by Russia, the army ...": waits for the main clause
    const c = this.newClause(vg, [], 'none', 'participle');
    this.waiting.push(c);
    return c;
  }

  /**
   * Whether "V X to VB" means that X does VB (object control: "urged the rebels to leave") rather than that the
   * subject does it for a purpose ("filed a motion to reorganize"). Without verb classes the reader goes by the
   * object: after a verb that reports speech ("told", "urged", "asked", "warned") the object acts; otherwise an
   * object that can act does: an entity mention, a pronoun other than "it", a name, or a plural noun.
   */
  private objectControls(cur: Clause, objects: readonly NounPhrase[]): boolean {
    if (this.speech(cur)) return true;
    const np = objects[objects.length - 1];
    if (!np) return false;
    if (np.mention !== undefined) return true;
    if (np.pronoun) return np.head.text.toLowerCase() !== 'it';
    return np.head.pos === 'NNP' || np.head.pos === 'NNPS' || np.head.pos === 'NNS';
  }

  /** A participle followed by a plain object (not a time phrase) and no finite verb later: read as a past tense. */
  private looksFinite(i: number): boolean {
    const n = this.items[i + 1];
    if (n?.kind !== 'group' || isTimeGroup(n.g)) return false;
    for (let j = i + 2; j < this.items.length && j < i + 2 + MAX_PARENTHETICAL; j++) {
      const x = this.items[j]!;
      if (x.kind === 'stop') break;
      if (isFiniteVg(x)) return false;
    }
    return true;
  }

  private stop(text: string): void {
    const cur = this.cur;
    // "X said: ..." opens a content clause
    if ((text === ':' || text === '--' || text === '—') && cur && this.speech(cur) && !cur.objects.length) {
      this.comp = { governor: cur };
      this.prev = 'comp';
      this.objOpen = false;
      return;
    }
    this.reportFrames();
    this.cur = null;
    this.objOpen = false;
    this.cand = null;
    this.candHook = { mode: 'main' };
    this.next = null;
    this.rel = null;
    this.wh = null;
    this.comp = null;
    this.pendingPrep = null;
    this.prev = 'stop';
    this.last = null;
    this.pre = [];
    this.preTimes = [];
  }

  /**
   * A top-level speech clause with nothing to report after it reports the clauses before it: "ISIS attacked Mosul, the
   * army said." (a verb of telling with whom it told for its object too: "..., the governor told reporters.")
   */
  private reportFrames(): void {
    const tops = this.topLevel;
    let from = 0;
    for (let k = 1; k < tops.length; k++) {
      const s = tops[k]!;
      if (!this.speech(s) || (s.objects.length && !(s.objects.length === 1 && isTellVerb(s.verb.lemma))) || s.complement.length || !s.subject.length) continue;
      if (this.ctx.governors.has(s.id)) continue;
      for (let j = from; j < k; j++) {
        const t = tops[j]!;
        if (t.parent !== undefined) continue;
        t.parent = s.id;
        t.link = 'complement';
      }
      this.ctx.governors.add(s.id);
      from = k + 1;
    }
    this.topLevel = [];
  }

  private finish(): void {
    this.reportFrames();
    for (const c of this.gapObjects) {
      if (!c.objects.length && !c.verb.copula && c.verb.voice === 'active' && c.antecedent) c.objects.push(...c.antecedent);
    }
  }
}

/** A group of time phrases that is an adverbial: "Tuesday", "last week", "two days ago", "this year". */
function isTimeGroup(g: Group): boolean {
  return g.nps.every((np) => {
    if (np.mention !== undefined) return false;
    const head = np.head.text;
    if (isTimeName(head)) return true;
    // "July 25", "March 2014"
    if (np.head.pos === 'CD' && isTimeName(np.text.split(/\s+/)[0]!)) return true;
    if (!TIME_NOUNS.has(head.toLowerCase())) return false;
    // "last week", "the following day", "the next morning": a time determiner before the head
    const before = np.text.split(/\s+/).slice(0, -1);
    return before.some((w) => TIME_DETERMINERS.has(w.toLowerCase())) || np.det === 'this' || np.det === 'that';
  });
}

/** A group of a year or a date only ("2021", "March 2014", "Tuesday"): no subject of a clause. */
function isDateGroup(g: Group): boolean {
  return g.nps.every((np) => np.mention === undefined && (isDateWord(np.head.text) || (np.head.pos === 'CD' && isTimeName(np.text.split(/\s+/)[0]!))));
}

/** A bare verb coordinated with a full group shares its auxiliaries: "could attack and kill", "were attacked and killed". */
function inheritAuxiliaries(vg: VerbGroup, from: VerbGroup): void {
  if (vg.auxiliaries.length || vg.modal !== undefined || vg.form === 'finite') return;
  if (vg.form === 'participle' && from.voice === 'passive') vg.voice = 'passive';
  else if (vg.form === 'participle') vg.voice = 'active';
  vg.tense = from.tense;
  if (from.modal !== undefined) vg.modal = from.modal;
  vg.form = from.form;
  vg.negated = vg.negated || from.negated;
  vg.hedged = vg.hedged || from.hedged;
  if (vg.aspect === 'simple') vg.aspect = from.aspect;
}

// ---------------------------------------------------------------- 4. sentence-wide links

function passDown(clauses: Clause[]): void {
  const vocab = vocabulary();
  for (const c of clauses) {
    if (c.parent === undefined) continue;
    const p = clauses[c.parent]!;
    if (c.link === 'control') {
      if (vocab.hedgeGovernors.has(p.verb.lemma) || p.verb.hedged) c.verb.hedged = true;
      if (vocab.negationGovernors.has(p.verb.lemma) || p.verb.negated) c.verb.negated = true;
    } else if (c.link === 'complement') {
      if (vocab.negationGovernors.has(p.verb.lemma)) c.verb.negated = true;
      if (vocab.speechVerbs.has(p.verb.lemma) && p.subject.length && !c.reportedBy) c.reportedBy = { speaker: p.subject, clause: p.id, verb: p.verb.lemma };
    } else if (c.link === 'adverbial' && c.subordinator && vocab.hedgeWords.has(c.subordinator)) c.verb.hedged = true;
    // "refused to confirm or deny": a bare verb coordinated with a negated or hedged one is so too
    if (c.link === 'coordination' && !c.verb.auxiliaries.length && c.verb.modal === undefined && c.verb.form !== 'finite') {
      if (p.verb.negated) c.verb.negated = true;
      if (p.verb.hedged) c.verb.hedged = true;
    }
    if ((c.link === 'coordination' || c.link === 'control' || c.link === 'participle') && p.reportedBy && !c.reportedBy) c.reportedBy = p.reportedBy;
  }
}

/** A reduced relative's passive participle ("a statement posted online"): a phrase that holds no finite verb of its own. */
function isReducedPassive(c: Clause): boolean {
  return c.link === 'relative' && c.subjectFrom === 'relative' && c.verb.form === 'participle' && c.verb.voice === 'passive';
}

/** Of `earlier` clauses, the latest finite one whose object or prepositional phrase holds a reduced relative's noun. */
function relativeHolder(rel: Clause, earlier: readonly Clause[]): Clause | undefined {
  const ante = rel.subject[rel.subject.length - 1];
  if (!ante) return undefined;
  for (let k = earlier.length - 1; k >= 0; k--) {
    const x = earlier[k]!;
    if (x !== rel && x.verb.form === 'finite' && (x.objects.includes(ante) || x.pps.some((pp) => pp.objects.includes(ante)))) return x;
  }
  return undefined;
}

/**
 * A participle with an object, joined by "and" to a reduced relative's passive participle, is no part of that phrase
 * (a passive takes no object): it is a finite past that shares the subject of the clause holding the relative's noun
 * ("troops found weapons hidden in a house and arrested two men": the troops arrested them).
 */
function activeAfterReducedRelative(clauses: Clause[]): void {
  for (const c of clauses) {
    if (c.link !== 'coordination' || c.subjectFrom !== 'coordination' || c.parent === undefined || !c.objects.length) continue;
    if (c.verb.form !== 'participle' || c.verb.auxiliaries.length || c.verb.modal !== undefined) continue;
    const p = clauses[c.parent]!;
    if (!isReducedPassive(p)) continue;
    const holder = relativeHolder(p, clauses.slice(0, p.id));
    if (!holder) continue;
    c.parent = holder.id;
    c.subject = holder.subject;
    c.verb.voice = 'active';
    c.verb.form = 'finite';
  }
}

/**
 * Right node raising: two verbs joined by "and" or "or" with one subject, the first with no object nor phrase of its own,
 * share the second's object and phrases ("gunmen abducted and killed two villagers in X": both deeds are done to the
 * villagers). Only verbs side by side (the conjunction alone between them) and a first verb in the active voice.
 */
function shareCoordinatedObjects(clauses: Clause[]): void {
  for (const c of clauses) {
    if (c.link !== 'coordination' || c.subjectFrom !== 'coordination' || c.parent === undefined || !c.objects.length) continue;
    const p = clauses[c.parent]!;
    if (p.objects.length || p.pps.length || p.complement.length || p.verb.voice !== 'active' || c.verb.start - p.verb.end > COORDINATED_GAP) continue;
    p.objects = c.objects.slice();
    p.pps = c.pps.slice();
  }
}
/** The most characters between two verbs side by side: " and ", " or ". */
const COORDINATED_GAP = 5;

// ---------------------------------------------------------------- entry

export function assemble(chunks: readonly Chunk[], nounPhrases: readonly NounPhrase[]): Clause[] {
  const ctx: Context = { clauses: [], governors: new Set() };
  const subs: SubStream[] = [];
  const main = liftParentheticals(groupNounPhrases(chunks), subs);
  new StreamReader(ctx, main).run();
  // lifted pieces may hold their own parentheticals
  for (let s = 0; s < subs.length; s++) {
    const sub = subs[s]!;
    const items = liftParentheticals(sub.items, subs);
    new StreamReader(ctx, items, sub.antecedent).run();
  }
  const clauses = ctx.clauses;
  // ids in text order
  const order = clauses.map((c, i) => i).sort((a, b) => clauses[a]!.verb.start - clauses[b]!.verb.start || a - b);
  const newIdOf: number[] = [];
  order.forEach((old, i) => (newIdOf[old] = i));
  const newId = { get: (old: number): number | undefined => newIdOf[old] };
  const sorted = order.map((old) => clauses[old]!);
  for (const c of sorted) {
    c.id = newId.get(c.id)!;
    if (c.parent !== undefined) c.parent = newId.get(c.parent)!;
    for (const pp of c.pps) if (pp.clause !== undefined) pp.clause = newId.get(pp.clause)!;
    if (c.reportedBy?.clause !== undefined) c.reportedBy.clause = newId.get(c.reportedBy.clause)!;
  }
  for (const np of nounPhrases) if (np.relatives.length) np.relatives = np.relatives.map((r) => newId.get(r)!);
  activeAfterReducedRelative(sorted);
  passDown(sorted);
  shareCoordinatedObjects(sorted);
  for (const c of sorted) {
    let s = c.verb.start;
    let e = c.verb.end;
    for (const np of [...c.subject, ...c.objects, ...c.complement, ...c.agent]) {
      if (np.start < s && c.subjectFrom === 'explicit') s = Math.min(s, np.start);
      e = Math.max(e, np.end);
    }
    for (const pp of c.pps) e = Math.max(e, pp.end);
    for (const np of c.subject) if (c.subjectFrom === 'explicit' || c.subjectFrom === 'inverted') s = Math.min(s, np.start);
    c.start = s;
    c.end = e;
  }
  return sorted;
}
