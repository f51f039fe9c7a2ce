/**
 * The PETRARCH2 verb dictionary (CAMEO.2.0.txt, and the validation suite's
 * PETR.Validate.verbs.txt, which uses the same format) as data:
 * synsets, verb blocks (verbs with their codes and listed forms, patterns with
 * their codes, prepositions and noun-phrase constraints) and transformations.
 *
 * The format is documented in dictionaries.rst ("Verb Dictionary") and in
 * PETRreader.read_verb_dictionary(); this reader follows PETRARCH where the
 * two differ: a synset is any `&NAME` line followed by `+` members, a verb
 * line inside a block may carry `{forms}` and `[code]`, a pattern line starts
 * with `-`, a transformation with `~`. `;` starts a TABARI-style comment.
 */
import type { PatternElement, Synset, VerbBlock, VerbEntry, VerbPattern, VerbTransformation } from '../../../src/extract/lexicon/petrarch/types.ts';
import { Problems, readLines, type SourceLine } from './source.ts';

export interface VerbParseOptions {
  /** CAMEO codes only (3-4 digits, roots 01-20); the validation suite's file uses WEIS and made-up codes. */
  strictCodes: boolean;
}

export interface VerbDictionary {
  synsets: Record<string, Synset>;
  blocks: VerbBlock[];
  transformations: VerbTransformation[];
  stats: { blocks: number; verbs: number; patterns: number; shadowed: number; duplicates: number; synsets: number };
}

/** A code token (inside `[...]`) -> code and paired code; undefined when malformed. */
export function parseCode(raw: string, strict: boolean): { code: string | null; paired?: string } | undefined {
  const s = raw.trim();
  if (s === '---' || s === '') return { code: null };
  const m = /^([^:\s]*)(?::([^:\s]*))?$/.exec(s);
  if (!m) return undefined;
  const one = (c: string | undefined): string | null | undefined => {
    if (c === undefined || c === '' || c === '---') return null;
    if (strict) {
      if (!/^\d{3,4}$/.test(c)) return undefined;
      const root = Number(c.slice(0, 2));
      return root >= 1 && root <= 20 ? c : undefined;
    }
    return /^[0-9A-Za-z+]{1,6}$/.test(c) ? c : undefined;
  };
  const code = one(m[1]);
  const paired = m[2] === undefined ? null : one(m[2]);
  if (code === undefined || paired === undefined) return undefined;
  if (m[2] !== undefined && code === null && paired === null) return undefined;
  return paired ? { code, paired } : { code };
}

const MARKERS: Record<string, 'source' | 'target' | 'skip' | 'compound'> = { $: 'source', '+': 'target', '^': 'skip', '%': 'compound' };

interface Scanned {
  el: PatternElement;
  /** The separator before this element: `_` (consecutive) or a blank. */
  sep: '_' | ' ';
}

/**
 * Tokenise one side of a pattern (the text before or after `*`).
 * Throws a string (the reason) when the side is malformed.
 */
function scanSide(s: string): Scanned[] {
  const out: Scanned[] = [];
  let i = 0;
  let sep: '_' | ' ' = ' ';
  const push = (el: PatternElement) => {
    out.push({ el, sep });
    sep = ' ';
  };
  while (i < s.length) {
    const c = s[i]!;
    if (/\s/.test(c)) {
      sep = ' ';
      i++;
      continue;
    }
    if (c === '_') {
      sep = '_';
      i++;
      continue;
    }
    if (c === '{') {
      const close = s.indexOf('}', i);
      if (close < 0) throw "'{' without '}'";
      const w = words(s.slice(i + 1, close));
      if (!w.length) throw "empty '{}'";
      push({ t: 'np', w });
      i = close + 1;
      continue;
    }
    if (c === '(') {
      const close = s.indexOf(')', i);
      if (close < 0) throw "'(' without ')'";
      const inner = s.slice(i + 1, close).trim();
      const m = /^([^\s_{(]+)[\s_]*(.*)$/.exec(inner);
      if (!m) throw "empty '()'";
      const obj = scanSide(m[2]!).map((x) => (x.sep === '_' ? { ...x.el, adjacent: true as const } : x.el));
      // inside a PP, `adjacent` on an object element means: right after the previous one (or the preposition)
      push({ t: 'pp', prep: m[1]!.toLowerCase(), obj });
      i = close + 1;
      continue;
    }
    if (c === '}' || c === ')') throw `unbalanced '${c}'`;
    // a run of non-blank characters up to a blank or a bracket: words and markers joined by `_`
    let j = i;
    while (j < s.length && !/[\s{(})]/.test(s[j]!)) j++;
    const token = s.slice(i, j);
    i = j;
    const pieces = token.split('_');
    let run: string[] = [];
    const flush = () => {
      if (run.length) push({ t: 'word', w: run });
      run = [];
    };
    pieces.forEach((p, k) => {
      if (k > 0 && run.length === 0) sep = '_';
      if (!p) {
        if (k > 0) {
          flush();
          sep = '_';
        }
        return;
      }
      if (p in MARKERS) {
        flush();
        if (k > 0) sep = '_';
        push({ t: MARKERS[p]! });
        return;
      }
      if (!/^&?[A-Za-z0-9'.,/&-]+$/.test(p)) throw `unexpected "${p}"`;
      run.push(p.toLowerCase());
    });
    flush();
  }
  return out;
}

function words(s: string): string[] {
  return s
    .split(/[\s_]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}

/** Parse the body of a pattern line (without the leading `-` and the code). */
export function parsePatternBody(body: string): { before: PatternElement[]; after: PatternElement[] } {
  const stars = body.split('*').length - 1;
  if (stars !== 1) throw stars === 0 ? "no '*' (the verb's place)" : "more than one '*'";
  const k = body.indexOf('*');
  const left = body.slice(0, k);
  const right = body.slice(k + 1);
  const before = scanSide(left.trim() ? left : '');
  const after = scanSide(right);
  // adjacency: towards the verb
  const b: PatternElement[] = before.map((x, i) => {
    // "IN_*": joined to the verb; "IN_ *": PETRARCH reads '_ ' as a blank
    const joined = i + 1 < before.length ? before[i + 1]!.sep === '_' : /_$/.test(left);
    return joined ? { ...x.el, adjacent: true as const } : x.el;
  });
  const a: PatternElement[] = after.map((x, i) => {
    const joined = i === 0 ? /^_/.test(right) : x.sep === '_';
    return joined ? { ...x.el, adjacent: true as const } : x.el;
  });
  return { before: b, after: a };
}

function stripSemicolon(line: SourceLine): SourceLine {
  const k = line.text.indexOf(';');
  if (k < 0) return line;
  return { ...line, text: line.text.slice(0, k).replace(/\s+$/, ''), comment: (line.text.slice(k + 1).trim() + ' ' + line.comment).trim() };
}

/** A verb line (`SPEED {SPEEDING SPEEDS SPED}`, `+ASK_FOR {+ASKED_FOR ...} [020]`, `WIRE_+TAP`). */
function parseVerbLine(text: string, strict: boolean): VerbEntry | string {
  let s = text.trim();
  let code: string | null | undefined;
  let paired: string | undefined;
  const cm = /\[([^\]]*)\]\s*$/.exec(s);
  if (cm) {
    const c = parseCode(cm[1]!, strict);
    if (!c) return `bad code [${cm[1]}]`;
    code = c.code;
    paired = c.paired;
    s = s.slice(0, cm.index).trim();
  }
  if (s.includes('[') || s.includes(']')) return 'stray bracket';
  let forms: string[] | undefined;
  const fm = /\{([^}]*)\}\s*$/.exec(s);
  if (fm) {
    forms = fm[1]!.split(/[\s,]+/).filter(Boolean);
    s = s.slice(0, fm.index).trim();
  }
  if (s.includes('{') || s.includes('}')) return "unbalanced '{}'";
  if (!s) return 'no verb';
  const spaced = /\s/.test(s);
  const phrase = s.split(/[\s_]+/).filter(Boolean);
  const plus = phrase.filter((w) => w.startsWith('+')).length;
  if (plus > 1) return "more than one '+'";
  let head = phrase.findIndex((w) => w.startsWith('+'));
  if (phrase.length > 1 && head < 0) {
    if (!spaced) return "multi-word verb without '+' marking the verb (PETRARCH skips it)";
    head = 0; // "LASH OUT": the verb first
  }
  if (head < 0) head = 0;
  const w = phrase.map((x) => x.replace(/^\+/, '').toLowerCase());
  if (w.some((x) => !/^[a-z][a-z'.-]*$/.test(x))) return 'unexpected characters in the verb';
  const entry: VerbEntry = { phrase: w.join(' '), head, line: 0 };
  if (code !== undefined) entry.code = code;
  if (paired) entry.paired = paired;
  if (forms) {
    const heads: string[] = [];
    for (const f of forms) {
      const fw = f.split('_').filter(Boolean);
      const fh = fw.findIndex((x) => x.startsWith('+'));
      const fwl = fw.map((x) => x.replace(/^\+/, '').toLowerCase());
      if (w.length === 1) {
        if (fw.length !== 1) return `form "${f}" is not one word`;
        heads.push(fwl[0]!);
        continue;
      }
      const frameOk = fw.length === w.length && fh === head && fwl.every((x, k) => k === head || x === w[k]);
      if (!frameOk) return `form "${f}" does not fit the phrase "${w.join(' ')}"`;
      heads.push(fwl[head]!);
    }
    entry.forms = heads;
  }
  return entry;
}

function addSynsetMember(set: Synset, raw: string): string | undefined {
  let m = raw.trim();
  if (!m) return 'empty synset member';
  const singular = /_$/.test(m);
  m = m.replace(/_+$/, '');
  const w = m
    .split(/[\s_]+/)
    .filter(Boolean)
    .map((x) => x.toLowerCase());
  if (!w.length) return 'empty synset member';
  if (w.some((x) => !/^&?[a-z0-9'.,/&-]+$/.test(x))) return 'unexpected characters in a synset member';
  const text = w.join(' ');
  set.members.push(text);
  if (singular && set.plural) (set.singular ??= []).push(text);
  return undefined;
}

export function parseVerbs(text: string, file: string, opts: VerbParseOptions, problems: Problems): VerbDictionary {
  const lines = readLines(text, problems).map(stripSemicolon).filter((l) => l.text.trim());
  const synsets: Record<string, Synset> = {};
  const blocks: VerbBlock[] = [];
  const transformations: VerbTransformation[] = [];
  let mode: 'none' | 'synset' | 'block' = 'none';
  let synset: Synset | undefined;
  let block: VerbBlock | undefined;
  let duplicates = 0;
  let shadowed = 0;
  const lastByKey = new Map<string, VerbPattern>();

  for (const line of lines) {
    const t = line.text.trim();
    if (t.startsWith('---')) {
      // a second bracket after the code ("--- DELAY [120]  [031:031] ---", the validation file): the first is the
      // block's code, as PETRARCH reads the header; the rest is reported
      const m = /^---\s*([^\[\]]*?)\s*(?:\[([^\]]*)\])?\s*(\[[^\]]*\]\s*)?(?:-+\s*)*$/.exec(t);
      if (m?.[1] && m[3]) problems.add(line.n, `a second code ${m[3].trim()} after the block's code: ignored`, t);
      if (!m || !m[1]) {
        problems.add(line.n, 'malformed block header (expected "--- NAME [CODE] ---")', t);
        mode = 'none';
        block = undefined;
        continue;
      }
      const c = parseCode(m[2] ?? '---', opts.strictCodes);
      if (!c) {
        problems.add(line.n, `bad block code [${m[2]}]`, t);
        mode = 'none';
        block = undefined;
        continue;
      }
      block = { name: m[1].replace(/\s+/g, '_'), code: c.code, ...(c.paired ? { paired: c.paired } : {}), verbs: [], patterns: [], line: line.n };
      blocks.push(block);
      lastByKey.clear();
      mode = 'block';
      continue;
    }
    if (t.startsWith('&')) {
      const m = /^&([A-Za-z0-9_]+)$/.exec(t);
      if (!m) {
        problems.add(line.n, 'malformed synset label', t);
        mode = 'none';
        continue;
      }
      const name = m[1]!.replace(/_+$/, '').toLowerCase();
      if (synsets[name]) problems.add(line.n, `synset &${m[1]} defined again (the members are added)`, t);
      synset = synsets[name] ??= { members: [], plural: !m[1]!.endsWith('_'), line: line.n };
      mode = 'synset';
      continue;
    }
    if (t.startsWith('+') && mode === 'synset' && synset) {
      const why = addSynsetMember(synset, t.slice(1));
      if (why) problems.add(line.n, why, t);
      continue;
    }
    if (t.startsWith('~')) {
      const m = /^~\s*(\S+)\s*\(\s*(\S+)\s+(\S+)\s+(\S+)\s*\)\s*(\S+)\s*=\s*(\S+)\s+(\S+)\s+(\S+)\s*$/.exec(t);
      if (!m) {
        problems.add(line.n, 'malformed transformation (expected "~ a (a b VERB) VERB = a b CODE")', t);
        continue;
      }
      transformations.push({
        source: m[1]!,
        inner: { source: m[2]!, target: m[3]!, verb: m[4]! },
        verb: m[5]!,
        result: { source: m[6]!, target: m[7]!, code: m[8]! },
        line: line.n,
      });
      continue;
    }
    if (t.startsWith('-')) {
      if (mode !== 'block' || !block) {
        problems.add(line.n, 'pattern outside a verb block', t);
        continue;
      }
      const cm = /\[([^\]]*)\]\s*$/.exec(t);
      if (!cm) {
        problems.add(line.n, 'pattern without a [code]', t);
        continue;
      }
      const code = parseCode(cm[1]!, opts.strictCodes);
      if (!code) {
        problems.add(line.n, `bad code [${cm[1]}]`, t);
        continue;
      }
      let parsed;
      try {
        parsed = parsePatternBody(t.slice(1, cm.index));
      } catch (e) {
        problems.add(line.n, `malformed pattern: ${typeof e === 'string' ? e : (e as Error).message}`, t);
        continue;
      }
      const pat: VerbPattern = { code: code.code, ...(code.paired ? { paired: code.paired } : {}), ...parsed, line: line.n };
      const note = line.comment.replace(/\s+/g, ' ').trim().toLowerCase();
      if (note) pat.note = note;
      const key = JSON.stringify([parsed.before, parsed.after]);
      const prev = lastByKey.get(key);
      if (prev && prev.code === pat.code && prev.paired === pat.paired) {
        duplicates++;
        continue;
      }
      if (prev) {
        prev.shadowed = true;
        shadowed++;
      }
      lastByKey.set(key, pat);
      block.patterns.push(pat);
      continue;
    }
    // a verb of the current block (a `+` line here is a multi-word verb)
    if (mode !== 'block' || !block) {
      problems.add(line.n, mode === 'synset' ? "synset member without '+'" : 'line outside a verb block', t);
      continue;
    }
    const v = parseVerbLine(t, opts.strictCodes);
    if (typeof v === 'string') {
      problems.add(line.n, v, t);
      continue;
    }
    if (/\s/.test(t.replace(/\{[^}]*\}|\[[^\]]*\]/g, '').trim())) problems.add(line.n, 'multi-word verb written with a blank, not `_`: read with the verb first (kept)', t);
    v.line = line.n;
    block.verbs.push(v);
  }
  for (const b of blocks) if (!b.verbs.length) problems.add(b.line, `verb block ${b.name} has no verbs`);
  // synset references must be defined
  const known = new Set(Object.keys(synsets));
  const refs = (els: PatternElement[]): string[] =>
    els.flatMap((e) => ('w' in e ? e.w.filter((w) => w.startsWith('&')).map((w) => w.slice(1)) : e.t === 'pp' ? refs(e.obj) : []));
  for (const b of blocks) {
    b.patterns = b.patterns.filter((p) => {
      const missing = refs([...p.before, ...p.after]).filter((r) => !known.has(r));
      if (missing.length) problems.add(p.line, `undefined synset &${missing[0]!.toUpperCase()} (PETRARCH ignores the pattern)`);
      return missing.length === 0;
    });
  }
  for (const [name, s] of Object.entries(synsets)) {
    for (const m of s.members) if (m.startsWith('&') && !known.has(m.slice(1))) problems.add(s.line, `synset &${name.toUpperCase()} names undefined synset ${m.toUpperCase()}`);
  }
  void file;
  return {
    synsets,
    blocks,
    transformations,
    stats: {
      blocks: blocks.length,
      verbs: blocks.reduce((n, b) => n + b.verbs.length, 0),
      patterns: blocks.reduce((n, b) => n + b.patterns.length, 0),
      shadowed,
      duplicates,
      synsets: Object.keys(synsets).length,
    },
  };
}
