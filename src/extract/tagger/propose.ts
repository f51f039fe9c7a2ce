/**
 * Name proposals for integration: given the article text, its sentences and
 * the characters already taken (by the lexicon and the cue patterns), the
 * tagger proposes the names it finds outside them - span, class, score - with
 * document-level consistency:
 *   - one class per surface form: the occurrences of a string vote (by
 *     score) and all of them take the winning class;
 *   - a form tagged somewhere is proposed at its untagged occurrences too
 *     (capitalised, whole words, in free text), with a lower score.
 * A span that overlaps taken text is dropped: it is another reading of a
 * name already found.
 */
import type { NameClass } from './bilou.ts';
import type { Tagger } from './ner.ts';
import { tagDocument } from './ner.ts';
import { defaultTagger } from './models.ts';
import { infoAt } from './token-info.ts';
import { tagTokens, tokenSentences, type TagToken } from './tokenize.ts';

export interface NameProposal {
  start: number;
  end: number;
  text: string;
  cls: NameClass;
  /** in (0, 1) */
  score: number;
  /** 'tagger' (tagged here) or 'consistency' (the same form tagged elsewhere in the article) */
  via: 'tagger' | 'consistency';
}

export interface ProposeOptions {
  /** Sentences as character ranges (default: the tagger's own splitter). */
  sentences?: ReadonlyArray<{ start: number; end: number }>;
  /** 1 for every character already taken by another rule. */
  taken?: Uint8Array;
  tagger?: Tagger;
  /** Proposals scoring below are dropped (default 0). */
  minScore?: number;
}

const isTaken = (taken: Uint8Array | undefined, t: TagToken) => {
  if (!taken) return false;
  for (let i = t.start; i < t.end; i++) if (taken[i]) return true;
  return false;
};

/** Function words that open sentences ("The", "In", "After"): capitalised there, never a name alone. */
const OPENERS = new Set(
  ('the a an in on at of for from to by with after before during since as while when where if but and or so yet ' +
    'he she it they we i you his her its their our this that these those there here one some many most all no ' +
    'however meanwhile also later earlier today yesterday last according despite although though because until').split(' '),
);

/**
 * Can the sentence hold a name the tagger may propose? Only if some free
 * token (not taken) is capitalised or all-caps, other than an opening
 * function word. Others are not tagged (speed); document flags still read them.
 */
function mayHoldName(toks: readonly TagToken[], taken: Uint8Array | undefined): boolean {
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const c = t.text.charCodeAt(0);
    const upper = (c >= 65 && c <= 90) || (c > 127 && t.text[0] !== t.text[0]!.toLowerCase());
    if (!upper || isTaken(taken, t)) continue;
    if (i === 0 && OPENERS.has(t.text.toLowerCase())) continue;
    return true;
  }
  return false;
}

const WORD_UNIT = /[\p{L}\p{N}]/u;
/** Is the UTF-16 unit at `i` a letter or digit (false outside the text)? */
function isWordUnit(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return WORD_UNIT.test(text[i]!);
}

/** The run of letters and digits starting at `i` ('' when there is none). */
function runAt(text: string, i: number): string {
  let j = i;
  while (isWordUnit(text, j)) j++;
  return text.slice(i, j);
}

/** Does the UTF-16 unit at `i` change under lower-casing (a capital)? */
function isCapitalAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  const first = text.charAt(i);
  return first !== first.toLowerCase();
}

/** Every run of letters and digits that starts with a capital, by its text: where it starts. */
function capitalisedRuns(text: string): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (let i = 0; i < text.length; ) {
    if (!isWordUnit(text, i)) {
      i++;
      continue;
    }
    // only a capitalised run is sliced (most runs are not: their strings were most of a call's garbage)
    if (!isCapitalAt(text, i)) {
      while (isWordUnit(text, i)) i++;
      continue;
    }
    const run = runAt(text, i);
    const at = out.get(run);
    if (at) at.push(i);
    else out.set(run, [i]);
    i += run.length;
  }
  return out;
}

function allIndexes(text: string, s: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + 1)) out.push(at);
  return out;
}

/** A token that is a quotation mark. */
const QUOTE_MARK = /^["“”„«»]$/u;
const CAPITAL = /\p{Lu}/u;

export function proposeNames(text: string, opts: ProposeOptions = {}): NameProposal[] {
  const tagger = opts.tagger ?? defaultTagger();
  const sentTokens: TagToken[][] = [];
  if (opts.sentences) for (const s of opts.sentences) sentTokens.push(tagTokens(text, s.start, s.end));
  else {
    const toks = tagTokens(text);
    for (const [a, b] of tokenSentences(text, toks)) sentTokens.push(toks.slice(a, b));
  }
  const nonEmpty = sentTokens.filter((s) => s.length > 0);
  const tagged = tagDocument(tagger, nonEmpty.map((s) => s.map((t) => infoAt(text, t.start, t.end))), 'viterbi', (k) => mayHoldName(nonEmpty[k]!, opts.taken));
  const raw: NameProposal[] = [];
  tagged.forEach((spans, k) => {
    const toks = nonEmpty[k]!;
    for (const sp of spans) {
      const a = sp.start;
      const b = sp.end;
      // a span touching taken text is another reading of a name already found ("Gen." + a known "Joseph Votel")
      let touches = false;
      for (let i = a; i < b; i++) if (isTaken(opts.taken, toks[i]!)) touches = true;
      if (touches) continue;
      // a quotation mark ends a name and opens another ('alias "El Jando', 'Mayo" Zambada'): the pieces between are
      // the names, each with a capital (the cue before a quoted nickname is none: "alias")
      let from = a;
      for (let i = a; i <= b; i++) {
        if (i < b && !QUOTE_MARK.test(text.slice(toks[i]!.start, toks[i]!.end))) continue;
        if (i > from) {
          const start = toks[from]!.start;
          const end = toks[i - 1]!.end;
          const piece = text.slice(start, end);
          if (i - from === b - a || CAPITAL.test(piece)) raw.push({ start, end, text: piece, cls: sp.cls as NameClass, score: sp.score, via: 'tagger' });
        }
        from = i + 1;
      }
    }
  });
  // one class per surface form
  const votes = new Map<string, Map<NameClass, number>>();
  const count = new Map<string, number>();
  for (const p of raw) {
    count.set(p.text, (count.get(p.text) ?? 0) + 1);
    const v = votes.get(p.text) ?? new Map<NameClass, number>();
    v.set(p.cls, (v.get(p.cls) ?? 0) + p.score);
    votes.set(p.text, v);
  }
  const classOf = new Map<string, { cls: NameClass; score: number }>();
  for (const [form, v] of votes) {
    const [cls, w] = [...v].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]!;
    const total = [...v.values()].reduce((a, b) => a + b, 0);
    const n = count.get(form)!;
    classOf.set(form, { cls, score: (w / total) * (total / n) });
  }
  const out = raw.map((p) => ({ ...p, cls: classOf.get(p.text)!.cls }));
  // untagged occurrences of tagged forms
  const covered = new Uint8Array(text.length + 1);
  for (const p of out) for (let i = p.start; i < p.end; i++) covered[i] = 1;
  let runs: Map<string, number[]> | undefined;
  for (const [form, { cls, score }] of classOf) {
    if (form.length < 3 || !/^\p{Lu}/u.test(form)) continue;
    // where the form can occur as a whole word: at the starts of its first run of letters and digits
    const head = runAt(form, 0);
    const at0 = head ? (runs ??= capitalisedRuns(text)).get(head) ?? [] : allIndexes(text, form);
    for (const at of at0) {
      const end = at + form.length;
      if (!text.startsWith(form, at) || isWordUnit(text, at - 1) || isWordUnit(text, end)) continue;
      let free = true;
      for (let i = at; i < end; i++) if (covered[i] || opts.taken?.[i]) { free = false; break; }
      if (!free) continue;
      for (let i = at; i < end; i++) covered[i] = 1;
      out.push({ start: at, end, text: form, cls, score: score * 0.9, via: 'consistency' });
    }
  }
  const min = opts.minScore ?? 0;
  return out.filter((p) => p.score >= min).sort((a, b) => a.start - b.start);
}
