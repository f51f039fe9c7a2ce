/**
 * Where a regex can start a match: the strings one of which every match
 * begins with, read from its source, as cue.ts reads the strings one of which
 * every match holds. A rule's regex (or the rest of its pattern after a lead
 * gap, compile.ts) is searched for over a whole masked sentence, and at each
 * position the engine tries its look-behinds and verb alternations; the
 * positions where one of these strings starts are few, so the engine tries
 * the regex there only (engine.ts `firstMatch`): the same first match.
 *
 * Strings are lower case for a case-insensitive regex (compared with the text
 * lower-cased, "ſ" read as "s", as cue-scan.ts compares), and a literal is
 * read only when it is ASCII or caseless: its case-insensitive matches are
 * then exactly the characters that lower-case to it. Anything else the
 * reader does not know (a class, `.`, `\p{L}`, an escape it does not read)
 * says nothing of where a match starts, and a regex that may match the empty
 * string, or whose source the reader cannot parse, gets no prefixes.
 */
import { groupOpening, quantifierAt } from './regex-source.ts';

/** What a node of the regex can match. */
interface Node {
  /** Every string it matches (full, lower case), when few and known; else null. */
  exact: Set<string> | null;
  /** Strings one of which each of its non-empty matches begins with (at most PREFIX_CHARS long); null: not known. */
  pre: Set<string> | null;
  /** It may match the empty string. */
  empty: boolean;
}

/** Prefixes are cut to this many characters (longer ones find no fewer positions worth the sets' growth). */
const PREFIX_CHARS = 8;
/** The most strings a set holds (a larger one is dropped: exact becomes null, prefixes stay shorter). */
const MAX_STRINGS = 4096;

const EMPTY_NODE: Node = { exact: new Set(['']), pre: new Set(), empty: true };
const UNKNOWN: Node = { exact: null, pre: null, empty: false };

const cut = (s: string): string => (s.length > PREFIX_CHARS ? s.slice(0, PREFIX_CHARS) : s);

/** Every a + b; null when too many. */
function cross(a: ReadonlySet<string>, b: ReadonlySet<string>, prefixes: boolean): Set<string> | null {
  if (a.size * b.size > MAX_STRINGS) return null;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(prefixes ? cut(x + y) : x + y);
  return out;
}

function unionOf(sets: ReadonlyArray<ReadonlySet<string> | null>): Set<string> | null {
  const out = new Set<string>();
  for (const s of sets) {
    if (!s) return null;
    for (const x of s) out.add(x);
  }
  return out.size > MAX_STRINGS ? null : out;
}

function literal(ch: string, ignoreCase: boolean): Node {
  const c = ch.charCodeAt(0);
  // (a cased character beyond ASCII may match characters that do not lower-case to its lower case: not read)
  if (ch.length !== 1 || (c >= 0xd800 && c <= 0xdfff) || (c >= 128 && (ch.toLowerCase() !== ch || ch.toUpperCase() !== ch))) return UNKNOWN;
  const s = ignoreCase ? ch.toLowerCase() : ch;
  return { exact: new Set([s]), pre: new Set([s]), empty: false };
}

/** The prefixes of the non-empty matches of the items (null: not known), read from the last item back. */
function sequencePrefixes(items: readonly Node[]): Set<string> | null {
  // of items[i + 1 ..]: the prefixes of their non-empty matches, and whether they may all match the empty string
  let rest: Set<string> | null = new Set();
  let restEmpty = true;
  for (let i = items.length - 1; i >= 0; i--) {
    const it = items[i]!;
    // what follows when this item matches the empty string
    const after: Set<string> | null = it.empty ? rest : new Set();
    let own: Set<string> | null = it.pre;
    if (own && it.exact) {
      // an exact item's strings, each followed by a match of the rest (which may be empty: then the string alone)
      const nonEmpty = new Set([...it.exact].filter((s) => s !== ''));
      const tails: Set<string> | null = rest ? (restEmpty ? new Set([...rest, '']) : rest) : null;
      own = (tails?.size ? cross(nonEmpty, tails, true) : null) ?? new Set([...nonEmpty].map(cut));
    }
    rest = own && after ? unionOf([own, after]) : null;
    restEmpty = restEmpty && it.empty;
  }
  return rest;
}

function sequence(items: readonly Node[]): Node {
  let exact: Set<string> | null = new Set(['']);
  for (const it of items) exact = exact && it.exact ? cross(exact, it.exact, false) : null;
  return { exact, pre: sequencePrefixes(items), empty: items.every((x) => x.empty) };
}

function alternation(alts: readonly Node[]): Node {
  const exact = alts.every((a) => a.exact) ? unionOf(alts.map((a) => a.exact)) : null;
  return { exact, pre: unionOf(alts.map((a) => a.pre)), empty: alts.some((a) => a.empty) };
}

function repeat(x: Node, min: number, max: number): Node {
  let exact: Set<string> | null = null;
  if (x.exact && min === 0 && max === 1) exact = unionOf([new Set(['']), x.exact]);
  else if (x.exact && min === max) {
    exact = new Set(['']);
    for (let i = 0; i < min && exact; i++) exact = cross(exact, x.exact, false);
  }
  // (a non-empty match of the repetition begins with a non-empty match of the node)
  return { exact, pre: x.pre, empty: min === 0 || x.empty };
}

class Parser {
  i = 0;
  constructor(
    readonly src: string,
    readonly ignoreCase: boolean,
  ) {}

  parse(): Node {
    const out = this.alternation();
    if (this.i < this.src.length) throw new Error(`prefix: unexpected "${this.src[this.i]}" at ${this.i}`);
    return out;
  }

  private alternation(): Node {
    const alts = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      alts.push(this.sequence());
    }
    return alts.length === 1 ? alts[0]! : alternation(alts);
  }

  private sequence(): Node {
    const items: Node[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') items.push(this.quantified(this.atom()));
    return sequence(items);
  }

  private quantified(atom: Node): Node {
    if (this.src[this.i] === '{' && !quantifierAt(this.src, this.i)) throw new Error(`prefix: a brace that is no quantifier at ${this.i}`);
    const q = quantifierAt(this.src, this.i);
    if (!q) return atom;
    this.i = q.next;
    return repeat(atom, q.min, q.max);
  }

  private atom(): Node {
    const c = this.src[this.i]!;
    if (c === '(') {
      const g = groupOpening(this.src, this.i + 1);
      if (g.unknown) throw new Error(`prefix: unknown group at ${this.i + 1}`);
      this.i = g.next;
      const inner = this.alternation();
      if (this.src[this.i] !== ')') throw new Error('prefix: unclosed group');
      this.i++;
      // (a look-around consumes nothing)
      return g.look ? EMPTY_NODE : inner;
    }
    if (c === '[') return this.charClass();
    if (c === '\\') return this.escape();
    this.i++;
    if (c === '.') return UNKNOWN;
    if (c === '^' || c === '$') return EMPTY_NODE;
    if (c === ')' || c === '*' || c === '+' || c === '?' || c === '{' || c === '}' || c === ']') throw new Error(`prefix: unexpected "${c}"`);
    return literal(c, this.ignoreCase);
  }

  private escape(): Node {
    const e = this.src[this.i + 1];
    if (e === undefined) throw new Error('prefix: a lone backslash');
    if (e === 'p' || e === 'P') {
      this.i = this.src.indexOf('}', this.i) + 1;
      return UNKNOWN;
    }
    this.i += 2;
    if (e === 'b' || e === 'B') return EMPTY_NODE;
    if ('sSwWdD'.includes(e)) return UNKNOWN;
    if (e === 'n') return literal('\n', this.ignoreCase);
    if (e === 't') return literal('\t', this.ignoreCase);
    if (e === 'r') return literal('\r', this.ignoreCase);
    // an escaped syntax character is itself; any other escape (a back-reference, \u, \x, \k, \c) is not read
    if ('^$\\.*+?()[]{}|/-'.includes(e)) return literal(e, this.ignoreCase);
    throw new Error(`prefix: escape \\${e} not read`);
  }

  private charClass(): Node {
    let k = this.i + 1;
    const chars: string[] = [];
    let known = this.src[k] !== '^';
    for (; k < this.src.length && this.src[k] !== ']'; k++) {
      let ch = this.src[k]!;
      if (ch === '\\') {
        const e = this.src[++k];
        if (e === 'p' || e === 'P') k = this.src.indexOf('}', k);
        if (e === undefined || /[pPsSwWdDbBuxck0-9]/.test(e)) known = false;
        ch = e === 'n' ? '\n' : e === 't' ? '\t' : e === 'r' ? '\r' : (e ?? '');
      } else if (ch === '-' && chars.length && this.src[k + 1] !== ']') known = false; // a range
      chars.push(ch);
    }
    if (this.src[k] !== ']') throw new Error('prefix: unclosed class');
    this.i = k + 1;
    if (!known || !chars.length || chars.length > 16) return UNKNOWN;
    return alternation(chars.map((ch) => literal(ch, this.ignoreCase)));
  }
}

/**
 * The strings (lower case when `re` ignores case) one of which every match of `re` begins with, or undefined when
 * the source does not tell (a match may be empty or begin with what the reader does not know).
 */
export function matchPrefixes(re: RegExp): string[] | undefined {
  // (a case-insensitive regex without the u flag folds case by toUpperCase: "ı" matches "i", which lower-casing keeps)
  if (re.flags.includes('i') && !re.flags.includes('u')) return undefined;
  let node: Node;
  try {
    node = new Parser(re.source, re.flags.includes('i')).parse();
  } catch {
    return undefined;
  }
  if (node.empty || !node.pre || !node.pre.size || node.pre.has('')) return undefined;
  // (a string that begins with another of the set finds no position the other does not)
  // (sorted, a string's shortest prefix in the set is the last string kept before it)
  const out: string[] = [];
  for (const s of [...node.pre].sort()) if (!out.length || !s.startsWith(out[out.length - 1]!)) out.push(s);
  return out;
}

/** A regex and the strings its matches begin with, for `firstMatch`. */
export interface PrefixScan {
  /** The regex, sticky: tried at each position where a prefix starts. */
  sticky: RegExp;
  /** The prefixes as one alternation (global), searched for in the text, lower-cased when the regex ignores case. */
  starts: RegExp;
  ignoreCase: boolean;
}

/** The scan of `re` (its source and flags) with its prefixes (`matchPrefixes`); undefined without prefixes. */
export function prefixScan(re: RegExp, prefixes: readonly string[] | undefined): PrefixScan | undefined {
  if (!prefixes?.length) return undefined;
  const esc = (s: string) => s.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
  return { sticky: new RegExp(re.source, `${re.flags.replace(/[gy]/g, '')}y`), starts: new RegExp(prefixes.map(esc).join('|'), 'g'), ignoreCase: re.flags.includes('i') };
}

/** The last text lower-cased (the engine scans one masked sentence for many rules in turn). */
let lastText: string | undefined;
let lastLower: string | undefined;

/** `text` lower-cased ("ſ" read as "s"), or undefined when lower-casing changes its length (positions would differ). */
function lowered(text: string): string | undefined {
  if (text !== lastText) {
    lastText = text;
    const low = text.toLowerCase();
    lastLower = low.length !== text.length ? undefined : low.indexOf('ſ') >= 0 ? low.replace(/ſ/g, 's') : low;
  }
  return lastLower;
}

/**
 * The first match in `text` at or after `from` of the scan's regex (what its global twin's `exec` finds from
 * `lastIndex = from`), tried only where one of its prefixes starts; `scan.sticky.lastIndex` is then the match's end.
 * With `before`, a position no match can start at or after (the end of the last cue word in the text: engine.ts), the
 * positions from there on are not tried: null when the first match would start there. Undefined when the text cannot
 * be scanned so (lower-casing changes its length): the caller runs the regex itself.
 */
export function firstMatch(scan: PrefixScan, text: string, from: number, before = Infinity): RegExpExecArray | null | undefined {
  const low = scan.ignoreCase ? lowered(text) : text;
  if (low === undefined) return undefined;
  const { starts, sticky } = scan;
  starts.lastIndex = from;
  for (let s = starts.exec(low); s && s.index < before; s = starts.exec(low)) {
    sticky.lastIndex = s.index;
    const m = sticky.exec(text);
    if (m) return m;
    starts.lastIndex = s.index + 1;
  }
  return null;
}
