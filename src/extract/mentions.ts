/**
 * Mentions: lexicon hits and name-pattern candidates merged into one
 * non-overlapping, ordered list (longest span wins; on equal spans the
 * higher priority, lexicon first). Then: acronyms defined in the text, and
 * later repetitions of names found by a pattern (surname-only mentions).
 */
import { KIND_OF_TYPE, type EntityType } from '../types.ts';
import type { RawAlias, RawMention } from './types.ts';
import { findLexiconNames } from './gazetteer.ts';
import { TITLES, WORDS, alternation, esc } from './lexicon.ts';
import { NAME_PATTERNS, STOP_CAPS, type NameCandidate } from './names.ts';
import type { Token } from './text.ts';
import { findUnknownNames } from './unknown.ts';
import type { Tagger } from './tagger/ner.ts';
import { taggedUnknownNames } from './tagger/unknown-names.ts';
import { lowerBound } from '../util/search.ts';

interface Cand extends NameCandidate {
  canonical?: string;
}

const TITLE_WORDS: ReadonlySet<string> = new Set(WORDS.bareTitleWords);
const TITLE_PREFIX = new RegExp(`^(?:(?:${alternation(TITLES)})\\s+)+`, 'u');

/** The trained name tagger and the sentences it reads (absent: heuristics only). */
export interface MentionOptions {
  tagger?: Tagger;
  sentences?: ReadonlyArray<{ start: number; end: number }>;
}

export function findMentions(
  text: string,
  tokens: readonly Token[],
  sentenceStarts: ReadonlySet<number> = new Set(),
  options: MentionOptions = {},
): { mentions: RawMention[]; aliases: RawAlias[] } {
  const lex = findLexiconNames(text, tokens);
  const lexAt = new Map(lex.map((h) => [`${h.start}:${h.end}`, h]));
  const cands: Cand[] = lex.map((h) => ({
    start: h.start,
    end: h.end,
    type: h.entry.type,
    reason: h.entry.reason,
    canonical: h.entry.id,
    priority: 10,
  }));
  for (const p of NAME_PATTERNS) {
    for (const c of p.find(text)) {
      if (c.reason === 'name-compass-place') {
        // only "north-east <known place>"
        const inner = lex.find((h) => h.end === c.end && h.start > c.start && KIND_OF_TYPE[h.entry.type] === 'place');
        if (!inner) continue;
      }
      if (c.type === 'person' && c.reason !== 'name-title-person' && c.reason !== 'name-office') {
        // "Middle East Tobias Ellwood said": a known place opening the span is not part of the name
        const head = lex.find((h) => h.start === c.start && h.end < c.end && h.entry.type !== 'person');
        if (head) {
          const rest = /^[\s,]*/.exec(text.slice(head.end, c.end))![0].length;
          c.start = head.end + rest;
          if (!/\s/.test(text.slice(c.start, c.end))) continue;
        }
      }
      // "President of Turkey Recep Tayyip Erdoğan": the office ends in a known person, who is the mention
      if (c.reason === 'name-office' && lex.some((h) => h.entry.type === 'person' && h.end === c.end && h.start > c.start)) continue;
      const same = lexAt.get(`${c.start}:${c.end}`);
      if (same && c.type === 'person' && same.entry.type === 'person') {
        cands.push({ ...c, canonical: same.entry.id, priority: 11 });
        continue;
      }
      cands.push(c);
    }
  }
  cands.sort((a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start);
  const taken: Cand[] = [];
  const used = new Uint8Array(text.length + 1);
  for (const c of cands) {
    let free = true;
    for (let i = c.start; i < c.end; i++) if (used[i]) { free = false; break; }
    if (!free) continue;
    for (let i = c.start; i < c.end; i++) used[i] = 1;
    taken.push(c);
  }
  // a role found by one pattern belongs to the person another pattern named
  const roleAtEnd = new Map(cands.filter((c) => c.role).map((c) => [c.end, c.role!]));
  for (const c of taken) if (c.type === 'person' && !c.role && roleAtEnd.has(c.end)) c.role = roleAtEnd.get(c.end)!;
  const unknown =
    options.tagger && options.sentences
      ? taggedUnknownNames(text, used, (u) => findUnknownNames(text, u, sentenceStarts), { tagger: options.tagger, sentences: options.sentences })
      : findUnknownNames(text, used, sentenceStarts);
  for (const c of unknown) {
    for (let i = c.start; i < c.end; i++) used[i] = 1;
    taken.push(c);
  }
  taken.sort((a, b) => a.start - b.start);
  const mentions = taken.map((c) => toMention(text, c, lexAt));
  markTeams(text, mentions);
  const aliases = [...defineAcronyms(text, mentions), ...defineAlsoKnownAs(text, mentions)];
  // names created by a definition are taken: a repeat must not be found on them again
  for (const [, short] of aliases) for (let i = short.start; i < short.end; i++) used[i] = 1;
  addRepeats(text, mentions, used);
  mentions.sort((a, b) => a.start - b.start);
  // aliases refer to mentions by identity; re-index after the sort
  return { mentions, aliases: aliases.map(([l, s]) => ({ long: mentions.indexOf(l), short: mentions.indexOf(s) })) };
}

function toMention(text: string, c: Cand, lexAt: ReadonlyMap<string, { entry: { id: string; type: string } }>): RawMention {
  let { start } = c;
  const titles = [...(c.titles ?? [])];
  if (c.type === 'person') {
    const t = TITLE_PREFIX.exec(text.slice(start, c.end));
    // "Minister of Defence" is an office, not a Minister called "of Defence": strip only before a name
    const rest = t ? text.slice(start + t[0].length, c.end) : '';
    if (t && t[0].length < c.end - start && /^\p{Lu}/u.test(rest) && !rest.split(/\s+/).every((w) => TITLE_WORDS.has(w.toLowerCase()))) {
      titles.push(t[0].trim().replace(/\s+/g, ' '));
      start += t[0].length;
    }
  }
  if (!c.anaphor && !(c.reason === 'name-coalition' && /^the\s/.test(text.slice(start, c.end)))) {
    const the = /^(?:the|The|THE)\s+(?=\S)/.exec(text.slice(start, c.end));
    if (the && the[0].length < c.end - start) start += the[0].length; // the article is not part of the name
  }
  const m: RawMention = { start, end: c.end, text: text.slice(start, c.end), kind: KIND_OF_TYPE[c.type], type: c.type, rule: c.reason };
  if (c.canonical) m.canonical = c.canonical;
  else if (c.type === 'person') {
    const known = lexAt.get(`${start}:${c.end}`); // "President Asad" -> the lexicon's Asad
    if (known && known.entry.type === 'person') m.canonical = known.entry.id;
  }
  if (titles.length) m.titles = titles;
  if (c.role) m.role = c.role;
  if (c.anaphor) m.anaphor = true;
  return m;
}

/** "Syrian Democratic Forces (SDF)": link both; create the short mention when needed. */
function defineAcronyms(text: string, mentions: RawMention[]): [RawMention, RawMention][] {
  const out: [RawMention, RawMention][] = [];
  const byStart = new Map(mentions.map((m) => [m.start, m]));
  for (const long of [...mentions]) {
    if (long.anaphor) continue;
    const m = /^\s*\(\s*([\p{Lu}][\p{L}&.\-]{1,9})\s*\)/u.exec(text.slice(long.end, long.end + 16));
    if (!m) continue;
    const acr = m[1]!;
    if (!/^[\p{Lu}\d&.\-]+$/u.test(acr.replace(/[a-z]/g, '')) || acr.replace(/[^\p{Lu}]/gu, '').length < 2) continue;
    const start = long.end + m[0].indexOf(acr);
    let short = byStart.get(start);
    // "Iraq (III)", "Islamic Relief Worldwide (UK)": the letters must come from the name,
    // unless the lexicon already knows both as one entity ("Kurdistan Workers' Party (PKK)")
    if (!acronymFits(long.text, acr) && !(short?.canonical && short.canonical === long.canonical)) continue;
    if (!short) {
      short = { start, end: start + acr.length, text: acr, kind: long.kind, type: long.type, rule: 'acronym-definition' };
      if (long.canonical) short.canonical = long.canonical;
      mentions.push(short);
      byStart.set(start, short);
    }
    out.push([long, short]);
  }
  return out;
}

/** "X, also known as (the) Y" (a.k.a., also called, otherwise known as): Y is a name of X. */
const AKA = /^,?\s+(?:also\s+(?:known\s+as|called)|otherwise\s+known\s+as|a\.k\.a\.?|aka)\s+(?:the\s+)?/iu;
/** The name after it: a capitalised word, then up to three more words, up to punctuation or a clause word. */
const AKA_NAME = /^\p{Lu}[\p{L}'’-]*(?:\s+(?!(?:where|which|that|who|and|or|in|of|on|at|is|was|were|has|had|to|for|by|with)\b)[\p{L}'’-]+){0,3}/u;

function defineAlsoKnownAs(text: string, mentions: RawMention[]): [RawMention, RawMention][] {
  const out: [RawMention, RawMention][] = [];
  const byStart = new Map(mentions.map((m) => [m.start, m]));
  for (const long of [...mentions]) {
    if (long.anaphor) continue;
    const cue = AKA.exec(text.slice(long.end, long.end + 40));
    if (!cue) continue;
    const start = long.end + cue[0].length;
    const name = AKA_NAME.exec(text.slice(start, start + 80));
    if (!name) continue;
    let other = byStart.get(start);
    if (other && other.kind !== long.kind) continue;
    if (!other) {
      other = { start, end: start + name[0].length, text: name[0], kind: long.kind, type: long.type, rule: 'also-known-as' };
      if (long.canonical) other.canonical = long.canonical;
      mentions.push(other);
      byStart.set(start, other);
    }
    out.push([long, other]);
  }
  return out;
}

/**
 * Whether `acr` can abbreviate `name` (Schwartz & Hearst 2003): its letters
 * occur in the name in order, right to left, and its first letter starts a
 * word of the name. "Syrian Democratic Forces" / "SDF" and "Islamic State" /
 * "ISIS" fit; "Iraq" / "III" and "Special Forces" / "ÖKK" do not.
 */
export function acronymFits(name: string, acr: string): boolean {
  const s = acr.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  const l = name.toLowerCase();
  if (!s) return false;
  let li = l.length - 1;
  for (let si = s.length - 1; si >= 0; si--) {
    const ch = s[si]!;
    while (li >= 0 && (l[li] !== ch || (si === 0 && li > 0 && /[\p{L}\p{N}]/u.test(l[li - 1]!)))) li--;
    if (li < 0) return false;
    li--;
  }
  return true;
}

/** Later repetitions of names found by patterns: "Rohilat Afrin" ... "Afrin". */
function addRepeats(text: string, mentions: RawMention[], used: Uint8Array): void {
  const forms = new Map<string, RawMention>();
  for (const m of mentions) {
    if (m.canonical || m.anaphor || m.rule.startsWith('lexicon') || m.rule === 'name-compass-place' || m.rule === 'name-office' || m.rule === 'name-coalition' || m.rule === 'name-people-group') continue;
    if (m.text.length < 3 || m.text.split(/\s+/).every((w) => TITLE_WORDS.has(w.toLowerCase()))) continue;
    forms.set(m.text, m);
    if (m.type === 'person') {
      const words = m.text.split(/\s+/);
      const last = words[words.length - 1]!;
      // "Defence Minister" repeats as no "Minister": a title word names nobody
      if (words.length >= 2 && last.length >= 3 && !STOP_CAPS.has(last) && !TITLE_WORDS.has(last.toLowerCase())) {
        if (!forms.has(last)) forms.set(last, m);
        const bare = last.replace(/^(?:al|el|Al|El)[-‐]/, '');
        if (bare !== last && bare.length >= 3 && !forms.has(bare)) forms.set(bare, m);
      }
    }
  }
  if (forms.size === 0) return;
  const re = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${[...forms.keys()].sort((a, b) => b.length - a.length).map(esc).join('|')})(?![\\p{L}\\p{N}-])`, 'gu');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    let free = true;
    for (let i = start; i < end; i++) if (used[i]) { free = false; break; }
    if (!free) continue;
    const src = forms.get(m[0])!;
    for (let i = start; i < end; i++) used[i] = 1;
    mentions.push({ start, end, text: m[0], kind: src.kind, type: src.type as EntityType, rule: 'name-repeat' });
  }
}


const SCORE_AFTER = /^\s+\d{1,3}(?:-\d{1,2})?(?=[\s,;.)]|$)/;
const RESULT_VERB_AFTER = /^\s+(?:v|vs\.?|beat|beats|defeated|drew\s+with|draw\s+with|lost\s+to|edged|thrashed|routed|crushed|overcame|outclassed|hammered|trounced|won\s+\d|AT\s|captain|coach|manager|striker|goalkeeper|batsman|bowler|midfielder|defender|skipper|closed\s+on)\b/;
const RESULT_BEFORE = /\b(?:beat|defeated|lost\s+to|drew\s+with|v|vs\.?)\s+$/;

/**
 * Sports metonymy: a place named as a team ("Surrey 282", "Derbyshire beat
 * Kent", standings rows "NEW YORK 74 62 .544") is an organisation there.
 */
function markTeams(text: string, mentions: RawMention[]): void {
  // Small numbers per line, counted once per line and only for lines where a name is followed by one
  // (a per-mention count over the whole line was quadratic on long lines).
  const breaks: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) breaks.push(i);
  const counts = new Map<string, number>();
  const smallNumbersAround = (start: number, end: number): number => {
    const lo = lowerBound(breaks.length, (k) => breaks[k]! < start);
    const lineStart = lo > 0 ? breaks[lo - 1]! + 1 : 0;
    let k = lo;
    while (k < breaks.length && breaks[k]! < end) k++;
    const lineEnd = k < breaks.length ? breaks[k]! : text.length;
    const key = `${lineStart}:${lineEnd}`;
    let n = counts.get(key);
    if (n === undefined) {
      n = (text.slice(lineStart, lineEnd).match(/(?:^|\s)\d{1,3}(?:-\d{1,2})?(?=[\s,;.)]|$)/g) ?? []).length;
      counts.set(key, n);
    }
    return n;
  };
  for (const m of mentions) {
    const unknownWord = (m.rule === 'name-capitalised' || m.rule === 'name-repeat') && !/\s/.test(m.text);
    if (m.kind !== 'place' && !unknownWord) continue;
    const after = text.slice(m.end, m.end + 24);
    const before = text.slice(Math.max(0, m.start - 16), m.start);
    const scored = SCORE_AFTER.test(after) && smallNumbersAround(m.start, m.end) >= 2;
    // an unknown single word may be a player ("Jansher beat ..."): only a score makes it a team
    const team = unknownWord && m.kind !== 'place' ? scored : scored || RESULT_VERB_AFTER.test(after) || RESULT_BEFORE.test(before);
    if (!team) continue;
    m.type = 'organization';
    m.kind = 'actor';
    m.rule = 'name-team';
    delete m.canonical;
  }
}
