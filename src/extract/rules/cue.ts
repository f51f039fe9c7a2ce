/**
 * Cues derived from patterns. A rule's cue is a cheap pre-test on the raw
 * sentence: a set of literal strings, one of which every match of the rule's
 * compiled pattern must contain. It is computed from the pattern itself (the
 * "required literals" of the regular expression, as in a code-search
 * prefilter), never written by hand, so it can never reject a sentence the
 * pattern would match: cue and pattern cannot drift apart.
 *
 * The analysis reads the compiled (case-insensitive) regex source. Every node
 * gets either the finite set of strings it can match (`exact`, kept small) or
 * a set of strings one of which any match contains (`req`). Placeholder
 * brackets ⟦ ⟧ never count as literals: they exist in the masked sentence,
 * not in the raw one the cue is tested on.
 */
import { groupOpening, quantifierAt } from './regex-source.ts';

interface Info {
  /** Every string the node can match, lower-cased (when few and known). */
  exact: Set<string> | null;
  /** Strings one of which every match contains (when `exact` is null). */
  req: Set<string> | null;
}

const MAX_EXACT = 64;
const ANY: Info = { exact: null, req: null };
const EMPTY: Info = { exact: new Set(['']), req: null };
const OPAQUE = new Set(['⟦', '⟧']);

function toReq(x: Info): Set<string> | null {
  if (x.exact) return x.exact.has('') || x.exact.size === 0 ? null : x.exact;
  return x.req;
}

/**
 * The more selective of two required sets: one without a common word
 * ("with", "from"), then the longer shortest string, then fewer strings.
 * (Either choice is correct; this one only makes the pre-test faster.)
 */
function better(a: Set<string> | null, b: Set<string> | null, common: ReadonlySet<string>): Set<string> | null {
  if (!a) return b;
  if (!b) return a;
  const ca = [...a].some((s) => common.has(s.trim()));
  const cb = [...b].some((s) => common.has(s.trim()));
  if (ca !== cb) return ca ? b : a;
  const la = Math.min(...[...a].map((s) => s.length));
  const lb = Math.min(...[...b].map((s) => s.length));
  if (la !== lb) return la > lb ? a : b;
  return a.size <= b.size ? a : b;
}

function cross(a: Set<string>, b: Set<string>): Set<string> | null {
  if (a.size * b.size > MAX_EXACT) return null;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

function concat(items: Info[], common: ReadonlySet<string>): Info {
  let run: Set<string> | null = new Set(['']);
  let req: Set<string> | null = null;
  let allExact = true;
  for (const it of items) {
    if (it.exact && run) {
      const next = cross(run, it.exact);
      if (next) {
        run = next;
        continue;
      }
    }
    allExact = false;
    if (run) req = better(req, toReq({ exact: run, req: null }), common);
    if (it.exact) {
      run = it.exact;
    } else {
      req = better(req, it.req, common);
      run = new Set(['']);
    }
  }
  if (allExact) return { exact: run, req: null };
  if (run) req = better(req, toReq({ exact: run, req: null }), common);
  return { exact: null, req };
}

function union(alts: Info[]): Info {
  if (alts.every((a) => a.exact)) {
    const out = new Set<string>();
    for (const a of alts) for (const s of a.exact!) out.add(s);
    if (out.size <= MAX_EXACT) return { exact: out, req: null };
  }
  const out = new Set<string>();
  for (const a of alts) {
    const r = toReq(a);
    if (!r) return ANY;
    for (const s of r) out.add(s);
  }
  return { exact: null, req: out };
}

function repeat(x: Info, min: number, max: number): Info {
  if (min === 0) {
    if (max === 1 && x.exact) return union([EMPTY, x]);
    return ANY;
  }
  if (min === max && x.exact) {
    let run: Set<string> | null = new Set(['']);
    for (let i = 0; i < min && run; i++) run = cross(run, x.exact);
    if (run) return { exact: run, req: null };
  }
  return { exact: null, req: toReq(x) };
}

/** A tiny parser for the regex subset rule patterns use. */
class Parser {
  i = 0;
  constructor(
    readonly src: string,
    readonly common: ReadonlySet<string>,
  ) {}

  parse(): Info {
    const out = this.alternation();
    if (this.i < this.src.length) throw new Error(`cue: unexpected "${this.src[this.i]}" at ${this.i} in ${this.src}`);
    return out;
  }

  private alternation(): Info {
    const alts = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      alts.push(this.sequence());
    }
    return alts.length === 1 ? alts[0]! : union(alts);
  }

  private sequence(): Info {
    const items: Info[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const atom = this.atom();
      items.push(this.quantified(atom));
    }
    return concat(items, this.common);
  }

  private quantified(atom: Info): Info {
    // (a brace that is no quantifier is a literal one)
    const q = quantifierAt(this.src, this.i);
    if (!q) return atom;
    this.i = q.next;
    return repeat(atom, q.min, q.max);
  }

  private atom(): Info {
    const c = this.src[this.i]!;
    if (c === '(') {
      const g = groupOpening(this.src, this.i + 1);
      this.i = g.next;
      const inner = this.alternation();
      if (this.src[this.i] !== ')') throw new Error(`cue: unclosed group in ${this.src}`);
      this.i++;
      return g.look ? EMPTY : inner;
    }
    if (c === '[') return this.charClass();
    if (c === '\\') return this.escape();
    // a placeholder: what stands between its brackets (index, kind, type, rule) is never in the raw sentence
    if (c === '⟦') {
      this.i = this.placeholderEnd();
      return ANY;
    }
    this.i++;
    if (c === '.') return ANY;
    if (c === '^' || c === '$') return EMPTY;
    if (OPAQUE.has(c)) return ANY;
    return { exact: new Set([c.toLowerCase()]), req: null };
  }

  private escape(): Info {
    const e = this.src[this.i + 1]!;
    if (e === 'p' || e === 'P') {
      this.i = this.src.indexOf('}', this.i) + 1;
      return ANY;
    }
    this.i += 2;
    if (e === 'b' || e === 'B') return EMPTY;
    if ('sSwWdDnrtfv'.includes(e)) return e === 'n' ? lit('\n') : e === 't' ? lit('\t') : ANY;
    if (/\d/.test(e)) return ANY; // a back-reference
    return lit(e);
  }

  private charClass(): Info {
    const end = this.findClassEnd();
    const body = this.src.slice(this.i + 1, end);
    this.i = end + 1;
    if (body.startsWith('^') || /\\[pPsSwWdD]/.test(body) || /.-./u.test(body.replace(/\\./g, 'x'))) return ANY;
    const chars = new Set<string>();
    for (let k = 0; k < body.length; k++) {
      const ch = body[k] === '\\' ? body[++k]! : body[k]!;
      if (OPAQUE.has(ch)) return ANY;
      chars.add(ch.toLowerCase());
    }
    return chars.size > 0 && chars.size <= 4 ? { exact: chars, req: null } : ANY;
  }

  /** Just after the ⟧ that closes the placeholder opened at `i`: outside character classes, at the opening's group depth. */
  private placeholderEnd(): number {
    let depth = 0;
    for (let k = this.i + 1; k < this.src.length; k++) {
      const ch = this.src[k]!;
      if (ch === '\\') k++;
      else if (ch === '[') {
        this.i = k;
        k = this.findClassEnd();
      } else if (ch === '(') depth++;
      else if (ch === ')') {
        if (depth === 0) return k; // the placeholder's group closes first: its ⟧ is beyond this group
        depth--;
      } else if (ch === '⟧' && depth === 0) return k + 1;
    }
    return this.src.length;
  }

  private findClassEnd(): number {
    for (let k = this.i + 1; k < this.src.length; k++) {
      if (this.src[k] === '\\') k++;
      else if (this.src[k] === ']' && k > this.i + 1) return k;
    }
    throw new Error(`cue: unclosed [ in ${this.src}`);
  }
}

const lit = (c: string): Info => ({ exact: new Set([c.toLowerCase()]), req: null });

/**
 * The literal strings one of which every match of `source` (a case-insensitive
 * regex source) contains; undefined when the pattern requires no literal.
 */
export function requiredLiterals(source: string, common: ReadonlySet<string> = new Set()): string[] | undefined {
  const info = new Parser(source, common).parse();
  const req = toReq(info);
  return req && req.size > 0 ? [...req].sort() : undefined;
}
