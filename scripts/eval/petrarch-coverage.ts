/**
 * How many expected codings of the PETRARCH unit tests a verb dictionary
 * could produce at all (an upper bound, not a coder): for each coding, with
 * its event code E, count whether
 *
 *   root      the dictionary has any code with E's root (first two digits);
 *   verb      a verb of the dictionary occurs in the sentence as a verb of the
 *             record's Treebank parse, and its block can give a code with E's root
 *             (block, verb or pattern code, or a paired code);
 *   exact     the same with E itself;
 *   pattern   the same as `verb`, counting a pattern only when every word and
 *             preposition it names (a synset: any member) occurs in the sentence,
 *             and the bare verb's own or block code otherwise.
 *
 * Verb forms: the forms the dictionary lists, else the base and a small
 * over-generating set of regular inflections (s/es/ies, ed/d/ied and a doubled
 * consonant, ing): enough for an upper bound, not an inflector (the lexicon
 * module owns that).
 */
import type { PatternElement, Synset, VerbBlock, VerbEntry } from '../../src/extract/lexicon/petrarch/types.ts';
import type { PetrarchRecord } from './petrarch-records.ts';

export interface CoverageDictionary {
  synsets: Record<string, Synset>;
  blocks: VerbBlock[];
}

export interface Coverage {
  codings: number;
  root: number;
  verb: number;
  exact: number;
  pattern: number;
  /** Codings whose event root is outside CAMEO's 01-20 (the validation suite's own codes, 90-99). */
  nonCameoRoot: number;
}

function inflect(w: string): string[] {
  const out = new Set([w, `${w}s`, `${w}es`, `${w}ed`, `${w}d`, `${w}ing`]);
  if (w.endsWith('y')) for (const e of ['ies', 'ied']) out.add(w.slice(0, -1) + e);
  if (w.endsWith('e')) out.add(`${w.slice(0, -1)}ing`);
  const last = w[w.length - 1]!;
  if (/[bdgklmnprtvz]/.test(last)) for (const e of ['ed', 'ing']) out.add(w + last + e);
  return [...out];
}

/** Every form of a verb entry as word lists (the head word inflected). */
export function verbForms(v: VerbEntry): string[][] {
  const words = v.phrase.split(' ');
  const heads = v.forms ? [words[v.head]!, ...v.forms] : inflect(words[v.head]!);
  return heads.map((h) => words.map((w, i) => (i === v.head ? h : w)));
}

function tokens(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9'\s-]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
}

function contains(hay: string[], needle: string[]): boolean {
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let k = 0; k < needle.length; k++) if (hay[i + k] !== needle[k]) continue outer;
    return true;
  }
  return false;
}

function codesOf(b: VerbBlock, withPatterns: (p: VerbBlock['patterns'][number]) => boolean): string[] {
  const out: string[] = [];
  const add = (c: string | null | undefined) => {
    if (c) out.push(c);
  };
  add(b.code);
  add(b.paired);
  for (const v of b.verbs) {
    add(v.code);
    add(v.paired);
  }
  for (const p of b.patterns) {
    if (!withPatterns(p)) continue;
    add(p.code);
    add(p.paired);
  }
  return out;
}

function members(name: string, synsets: Record<string, Synset>, seen = new Set<string>()): string[] {
  if (seen.has(name)) return [];
  seen.add(name);
  return (synsets[name]?.members ?? []).flatMap((m) => (m.startsWith('&') ? members(m.slice(1), synsets, seen) : [m]));
}

/** Every word and preposition a pattern names occurs in the sentence (a synset: any member; plurals by a final s). */
function patternPresent(els: PatternElement[], toks: string[], synsets: Record<string, Synset>): boolean {
  const has = (w: string) => {
    if (!w.startsWith('&')) return toks.includes(w) || toks.includes(`${w}s`);
    return members(w.slice(1), synsets).some((m) => {
      const mw = m.split(' ');
      return contains(toks, mw) || contains(toks, [...mw.slice(0, -1), `${mw[mw.length - 1]}s`]);
    });
  };
  return els.every((e) => {
    if (e.t === 'word' || e.t === 'np') return e.w.every(has);
    if (e.t === 'pp') return toks.includes(e.prep) && patternPresent(e.obj, toks, synsets);
    return true;
  });
}

export function verbCoverage(records: PetrarchRecord[], dict: CoverageDictionary): Coverage {
  const all = dict.blocks.flatMap((b) => codesOf(b, () => true));
  const roots = new Set(all.map((c) => c.slice(0, 2)));
  const forms = dict.blocks.map((b) => ({ block: b, forms: b.verbs.flatMap((v) => verbForms(v)) }));
  const cov: Coverage = { codings: 0, root: 0, verb: 0, exact: 0, pattern: 0, nonCameoRoot: 0 };
  for (const r of records) {
    const toks = tokens(r.text);
    const verbs = new Set(r.parseVerbs);
    // blocks with a verb in the sentence that the parse reads as a verb
    const present = forms
      .filter((f) => f.forms.some((w) => contains(toks, w) && (!verbs.size || w.some((x) => verbs.has(x)))))
      .map((f) => f.block);
    const anyCodes = present.flatMap((b) => codesOf(b, () => true));
    const patCodes = present.flatMap((b) => codesOf(b, (p) => patternPresent([...p.before, ...p.after], toks, dict.synsets)));
    for (const c of r.codings) {
      const rt = c.event.slice(0, 2);
      cov.codings++;
      if (!/^(0[1-9]|1\d|20)$/.test(rt)) cov.nonCameoRoot++;
      if (roots.has(rt)) cov.root++;
      if (anyCodes.some((x) => x.slice(0, 2) === rt)) cov.verb++;
      if (anyCodes.includes(c.event)) cov.exact++;
      if (patCodes.some((x) => x.slice(0, 2) === rt)) cov.pattern++;
    }
  }
  return cov;
}
