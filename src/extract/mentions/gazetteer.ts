/**
 * Gazetteer: finds lexicon names in text with a token trie (longest match).
 *
 * Names compare by lower-cased tokens and their spacing ("al-Hol" is three
 * tokens with no space between). Short all-caps aliases (<= 3 letters: "IS",
 * "US") match case-sensitively only; other aliases with capitals need a
 * capital in the text, so "syria" in a URL slug or "isis" in prose is skipped.
 * Transliteration variants of article prefixes (al-/el-/al ) are generated.
 */
import { defaultLexicon, demonyms, memoByLexicon, type Lexicon, type LexiconEntry } from '../lexicon/index.ts';
import { cachedTable } from '../../util/disk-cache.ts';
import { tokenize, type Token } from '../text/tokens.ts';

interface Payload<E = LexiconEntry> {
  entry: E;
  alias: string;
  caseSensitive: boolean;
  needsCapital: boolean;
}

interface TrieNode<E = LexiconEntry> {
  next: Map<string, TrieNode<E>>;
  hits?: Payload<E>[];
}

export interface GazetteerHit {
  start: number;
  end: number;
  entry: LexiconEntry;
}

function key(t: Token, first: boolean): string {
  return first || !t.space ? t.norm : ` ${t.norm}`;
}

/** al-Hol -> al Hol, el-Hol; Deir al-Zour -> Deir el-Zour ... */
export function variants(alias: string): string[] {
  const out = new Set([alias]);
  const re = /\b([Aa]l|[Ee]l)([- ])(?=\p{L})/u;
  if (re.test(alias)) {
    for (const [p, s] of [['al', '-'], ['al', ' '], ['el', '-'], ['Al', '-'], ['Al', ' ']] as const) {
      out.add(alias.replace(new RegExp(re.source, 'gu'), `${p}${s}`));
    }
  }
  if (/’/.test(alias)) out.add(alias.replace(/’/g, "'"));
  // "Islamic State of Iraq and the Levant" is also written without the inner "the"
  if (/\s(?:the)\s/.test(alias)) for (const v of [...out]) out.add(v.replace(/\s(?:the)\s/g, ' '));
  // doubled consonants vary in transliteration: Assad/Asad, Hassan/Hasan
  if (/[A-Z][a-z]*ss[a-z]/.test(alias)) {
    for (const v of [...out]) out.add(v.replace(/\b([A-Z][a-z]*?)ss([a-z])/g, '$1s$2'));
  }
  return [...out];
}

/** The trie of `entries`' names, each hit naming its entry by index in `entries` (so that the trie can be cached). */
function build(entries: readonly LexiconEntry[]): TrieNode<number> {
  const root: TrieNode<number> = { next: new Map() };
  const seen = new Map<string, LexiconEntry>();
  for (const [index, entry] of entries.entries()) {
    for (const name of [entry.label, ...entry.aliases]) {
      for (const alias of variants(name)) {
        const toks = tokenize(alias);
        if (toks.length === 0) continue;
        const caseSensitive = /^[A-Z]{1,3}$/.test(alias.replace(/[^A-Za-z]/g, '')) && alias.replace(/[^A-Za-z]/g, '') === alias.replace(/[^A-Za-z]/g, '').toUpperCase() && alias.replace(/[^A-Za-z]/g, '').length <= 3;
        const k = toks.map((t, i) => key(t, i === 0)).join('\u0001') + (caseSensitive ? `|${alias}` : '');
        const owner = seen.get(k);
        // first file wins, unless an owner is read only in its countries' articles: then both are kept, and the
        // article's countries choose (`chooseByCountry`)
        if (owner !== undefined && owner.id !== entry.id && !owner.countries && !entry.countries) continue;
        if (owner === undefined) seen.set(k, entry);
        let node = root;
        toks.forEach((t, i) => {
          const kk = key(t, i === 0);
          let n = node.next.get(kk);
          if (!n) {
            n = { next: new Map<string, TrieNode<number>>() };
            node.next.set(kk, n);
          }
          node = n;
        });
        (node.hits ??= []).push({ entry: index, alias, caseSensitive, needsCapital: /\p{Lu}/u.test(alias) });
      }
    }
  }
  return root;
}

/** The trie with its hits' entries put in place of their indexes (in place: one walk). */
function withEntries(root: TrieNode<number>, entries: readonly LexiconEntry[]): TrieNode {
  const stack: TrieNode<number | LexiconEntry>[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.hits) for (const h of node.hits) h.entry = entries[h.entry as number]!;
    for (const n of node.next.values()) stack.push(n);
  }
  return root as unknown as TrieNode;
}

/** The trie of a lexicon's names, built on first use; the shipped lexicon's from the disk cache (util/disk-cache.ts). */
const trie = memoByLexicon((lex) => withEntries(lex === defaultLexicon() ? cachedTable('gazetteer-trie', () => build(lex.entities)) : build(lex.entities), lex.entities));

/** "The National", "The Guardian": a title of "The" and one word, which opens many longer names. */
const THE_AND_WORD = /^[Tt]he\s+\S+$/;
/** A space and a capitalised word: the name goes on. */
const NAME_GOES_ON = /^[ \t]+\p{Lu}/u;

/** A name written as an acronym. */
export const ACRONYM_SURFACE = /^\p{Lu}{2,6}$/u;
/** Rebels right after a name (Phoenix's rebel sector words): what a state's armed forces never are. */
const REBELS_AFTER = /^\s+(?:rebels?|insurgents?|guerrill?as?|separatists?)(?![\p{L}-])/iu;

/** Words a one-word name of a person may follow: titles, roles and words capitalised for other reasons (lower case). */
const beforeSurname = memoByLexicon((lex): ReadonlySet<string> => {
  const out = new Set<string>();
  for (const t of [...lex.titles, ...lex.roles.leads, ...lex.roles.member, ...lex.words.stopCaps, ...lex.words.bareTitleWords]) for (const w of t.split(/\s+/)) out.add(w.toLowerCase().replace(/\.$/, ''));
  return out;
});
/** Is `prev`, right before a person's one-word name at `start`, a capitalised word of another name (a given name)? */
function otherGivenName(text: string, prev: Token, start: number, lex?: Lexicon): boolean {
  if (prev.end + 1 !== start || text[prev.end] !== ' ') return false;
  const word = text.slice(prev.start, prev.end);
  return /^\p{Lu}\p{Ll}+$/u.test(word) && !beforeSurname(lex ?? defaultLexicon()).has(word.toLowerCase());
}

/** Capitals and a hyphen or a dot right before a match: the match may be the second part of a compound acronym ("CSP-DPA", "FF.AA."). */
const ACRONYM_PART_BEFORE = /\p{Lu}[-‐.]$/u;

function accept(p: Payload, text: string, start: number, end: number): boolean {
  const surface = text.slice(start, end);
  // a state's force by its acronym is no match before rebels of the same letters ("ADF rebels" are the Allied
  // Democratic Forces, not the Australian Defence Force)
  if (p.entry.type === 'force' && ACRONYM_SURFACE.test(surface) && REBELS_AFTER.test(text.slice(end, end + 16))) return false;
  if (p.caseSensitive) return surface === p.alias;
  if (p.needsCapital && !/\p{Lu}/u.test(surface)) return false;
  // ... so a publication's is no match where the name goes on ("the National Liberation Army", "the Guardian Council";
  // places stay: "The Hague Conventions", "the Gulf states")
  if (p.entry.type === 'media' && THE_AND_WORD.test(p.alias) && NAME_GOES_ON.test(text.slice(end, end + 3))) return false;
  return true;
}

/**
 * All longest lexicon matches in `text` over `tokens`, left to right, non-overlapping; a match yields to a longer one
 * that starts inside it ("the Gulf" to "Gulf of Aden" in "the Gulf of Aden").
 */
export function findLexiconNames(text: string, tokens: readonly Token[], lex?: Lexicon): GazetteerHit[] {
  const ROOT = trie(lex);
  const out: GazetteerHit[] = [];
  let pending: Pending[] | undefined;
  let i = 0;
  while (i < tokens.length) {
    const best = longestAt(ROOT, text, tokens, i);
    if (best) {
      let longer: number | undefined;
      for (let k = i + 1; k < i + best.len && longer === undefined; k++) {
        const m = longestAt(ROOT, text, tokens, k);
        if (m && m.end > best.end && m.len > best.len) longer = k;
      }
      if (longer !== undefined) {
        i = longer;
        continue;
      }
      const start = tokens[i]!.start;
      // a person's one-word name right after a capitalised word that is no title, role or sentence opener is another
      // person's surname ("Turki al-Maliki" is not the lexicon's "al-Maliki"); the name is the unknown one
      if (best.entry.type === 'person' && !/\s/.test(text.slice(start, best.end)) && i > 0 && otherGivenName(text, tokens[i - 1]!, start, lex)) {
        i += best.len;
        continue;
      }
      // an acronym inside another ("CSP-DPA" holds no "DPA", the news agency), unless both parts are names ("US-SDF")
      const inner = ACRONYM_SURFACE.test(text.slice(start, best.end)) && ACRONYM_PART_BEFORE.test(text.slice(Math.max(0, start - 2), start)) && out[out.length - 1]?.end !== start - 1;
      if (!inner) {
        if (best.choices) (pending ??= []).push({ at: out.length, choices: best.choices, acronym: ACRONYM_SURFACE.test(text.slice(start, best.end)) });
        out.push({ start, end: best.end, entry: best.entry });
      }
      i += best.len;
    } else i++;
  }
  return pending ? chooseByCountry(out, pending, tokens, lex ?? defaultLexicon()) : out;
}

/** A match whose name belongs to entries read only in their countries' articles (`LexiconEntry.countries`). */
interface Pending {
  /** Its index in the matches. */
  at: number;
  /** The entries of that name, in lexicon order. */
  choices: readonly LexiconEntry[];
  /** The name is written as an acronym: a scoped entry needs one of its countries named. */
  acronym: boolean;
}

/**
 * Each pending match's entry by the countries the text names (a country's names and demonyms, and the places the
 * lexicon puts in it): the entry whose countries are named most; an entry with no countries reads everywhere but
 * yields to one whose country is named. An acronym whose entries' countries are all unnamed is left to the other
 * passes ("ADF" in an article on neither Congo nor Australia is a name of its own).
 */
function chooseByCountry(out: GazetteerHit[], pending: readonly Pending[], tokens: readonly Token[], lex: Lexicon): GazetteerHit[] {
  const named = new Map<string, number>();
  const count = (id: string | undefined): void => {
    if (id !== undefined) named.set(id, (named.get(id) ?? 0) + 1);
  };
  const chosen = new Set(pending.map((p) => p.at));
  out.forEach((h, k) => {
    if (!chosen.has(k)) count(h.entry.type === 'country' ? h.entry.id : h.entry.in);
  });
  const dems = demonyms(lex);
  for (const t of tokens) {
    const land = dems.get(t.norm);
    if (land) count(land.type === 'country' ? land.id : land.in);
  }
  const drop = new Set<number>();
  for (const p of pending) {
    let best: LexiconEntry | undefined;
    let bestScore = -1;
    for (const e of p.choices) {
      const score = e.countries ? Math.max(...e.countries.map((c) => named.get(c) ?? 0)) : 0;
      if (e.countries && score === 0 && p.acronym) continue;
      if (score > bestScore) {
        best = e;
        bestScore = score;
      }
    }
    if (best) out[p.at] = { ...out[p.at]!, entry: best };
    else drop.add(p.at);
  }
  return drop.size ? out.filter((_, k) => !drop.has(k)) : out;
}

/** The longest lexicon match that starts at token `i`. */
function longestAt(ROOT: TrieNode, text: string, tokens: readonly Token[], i: number): Longest | undefined {
  let node: TrieNode | undefined = ROOT;
  let best: Longest | undefined;
  for (let j = i; j < tokens.length && node; j++) {
    node = node.next.get(key(tokens[j]!, j === i));
    if (!node?.hits) continue;
    const start = tokens[i]!.start;
    const end = tokens[j]!.end;
    // a name must end at a word boundary: "US" must not match the start of "USS"
    const after = text[end];
    if (after !== undefined && /[\p{L}\p{N}]/u.test(after) && /[\p{L}\p{N}]/u.test(text[end - 1]!)) continue;
    // (a loop, not a closure over start and end: that would make a context at every step of the trie)
    let hit: (typeof node.hits)[number] | undefined;
    let choices: LexiconEntry[] | undefined;
    for (const p of node.hits) if (accept(p, text, start, end)) {
      if (!hit) hit = p;
      else if (!(choices ??= [hit.entry]).includes(p.entry)) choices.push(p.entry);
      // (the first accepted hit is the match, unless a hit of this name is read in its countries only: then all are read)
      if (node.hits.length === 1 || !node.hits.some(scoped)) break;
    }
    if (hit) best = { end, entry: hit.entry, len: j - i + 1, choices: choices ?? (hit.entry.countries ? [hit.entry] : undefined) };
  }
  return best;
}

const scoped = (p: Payload): boolean => p.entry.countries !== undefined;

/** The longest match at a token; `choices` when its name belongs to entries read only in their countries' articles. */
interface Longest {
  end: number;
  entry: LexiconEntry;
  len: number;
  choices?: LexiconEntry[];
}
