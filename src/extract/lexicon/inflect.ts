/**
 * A small English verb inflector: regular rules plus the exception table of
 * `inflections.json`. A verb is written once, as its base form ("attack",
 * "carry out", "clash with"); its five forms are generated here:
 *
 *   base  attack      carry out      strike
 *   s     attacks     carries out    strikes      (third person singular)
 *   past  attacked    carried out    struck
 *   pp    attacked    carried out    struck       (past participle: "was attacked by")
 *   ing   attacking   carrying out   striking
 *
 * Only the first word of a phrasal verb is inflected. Why not compromise's
 * conjugator: loading compromise costs most of a second, and extraction of
 * one article and every query must not pay it. The forms are checked against
 * compromise's conjugations by a test instead.
 */

/** The five forms of a verb; each may have spelling variants (traveled, travelled). */
export interface VerbForms {
  base: string[];
  s: string[];
  past: string[];
  pp: string[];
  ing: string[];
}

export type VerbForm = keyof VerbForms;
export const VERB_FORMS: readonly VerbForm[] = ['base', 's', 'past', 'pp', 'ing'];

export interface InflectionTable {
  irregular: Record<string, Partial<Record<Exclude<VerbForm, 'base'>, string | string[]>>>;
  /** Verb forms that are mostly nouns in news ("attacks", "strikes"): read only where a rule asks for the form. */
  nounForms: string[];
  doubleFinal: string[];
}

const VOWEL = /[aeiou]/;

function syllables(w: string): number {
  return (w.replace(/e$/, '').match(/[aeiouy]+/g) ?? []).length || 1;
}

/** Does the final consonant double before -ed / -ing ("hit" -> "hitting", "expel" -> "expelled")? */
function doubles(w: string, table: InflectionTable): boolean {
  if (table.doubleFinal.includes(w)) return true;
  if (syllables(w) !== 1) return false;
  // one vowel letter, then one consonant that is not w, x or y: hit, rid, stop (not attack, shoot, fix); "qu" counts as a consonant: quit
  const m = /([aeiou]+)[bcdfghjklmnpqrstvz]$/.exec(w);
  if (!m) return false;
  return m[1]!.length === 1 || (m[1]!.length === 2 && m[1]![0] === 'u' && w[m.index - 1] === 'q');
}

function third(w: string): string {
  if (/(?:s|x|z|ch|sh|o)$/.test(w)) return `${w}es`;
  if (/[^aeiou]y$/.test(w)) return `${w.slice(0, -1)}ies`;
  return `${w}s`;
}

function ed(w: string, table: InflectionTable): string {
  if (w.endsWith('e')) return `${w}d`;
  if (/[^aeiou]y$/.test(w)) return `${w.slice(0, -1)}ied`;
  if (doubles(w, table)) return `${w}${w.slice(-1)}ed`;
  return `${w}ed`;
}

function ing(w: string, table: InflectionTable): string {
  if (w.endsWith('ie')) return `${w.slice(0, -2)}ying`;
  if (/(?:ee|ye|oe)$/.test(w) || w === 'be') return `${w}ing`;
  if (/[^aeiou]e$/.test(w) || /[aiu]e$/.test(w)) return `${w.slice(0, -1)}ing`;
  if (doubles(w, table)) return `${w}${w.slice(-1)}ing`;
  return `${w}ing`;
}

const list = (x: string | string[] | undefined): string[] | undefined => (x === undefined ? undefined : Array.isArray(x) ? x : [x]);

/** The forms of one verb (a single word), from the table or the regular rules. */
export function inflectWord(verb: string, table: InflectionTable): VerbForms {
  const w = verb.toLowerCase();
  const irr = table.irregular[w] ?? {};
  const past = list(irr.past) ?? [ed(w, table)];
  return {
    base: [w],
    s: list(irr.s) ?? [third(w)],
    past,
    pp: list(irr.pp) ?? past,
    ing: list(irr.ing) ?? [ing(w, table)],
  };
}

/** The forms of a verb or phrasal verb ("carry out": only "carry" inflects). */
export function inflect(verb: string, table: InflectionTable): VerbForms {
  const [head, ...rest] = verb.trim().split(/\s+/);
  if (!head || !VOWEL.test(head) && !/y/.test(head)) throw new Error(`not a verb: "${verb}"`);
  const forms = inflectWord(head, table);
  const tail = rest.length ? ` ${rest.join(' ')}` : '';
  const out = {} as VerbForms;
  for (const f of VERB_FORMS) out[f] = forms[f].map((x) => `${x}${tail}`);
  return out;
}

/** The plural of an English noun by the regular rules ("force" -> "forces", "army" -> "armies", "gunman" -> "gunmen"). */
export function pluralize(noun: string): string {
  const w = noun.toLowerCase();
  if (/man$/.test(w)) return `${w.slice(0, -3)}men`;
  if (/(?:s|x|z|ch|sh)$/.test(w)) return `${w}es`;
  if (/[^aeiou]y$/.test(w)) return `${w.slice(0, -1)}ies`;
  return `${w}s`;
}
