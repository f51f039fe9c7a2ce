/**
 * PETRARCH2 actor dictionaries (Phoenix.Countries/International/MilNonState
 * .actors.txt, PETR.Validate.actors.txt) as records, and the records as
 * newsgraph entries: countries (names, demonyms, related places, ISO-3 code)
 * and actors (office holders, institutions, groups) with dated roles.
 *
 * Format (dictionaries.rst, "Actor Dictionary"): a record is a primary phrase
 * with an optional `[CODE]` or `[CODE DATES]`, then `+synonym` lines, then
 * lines of `[CODE DATES]` restrictions (usually tab-indented). DATES is
 * `<date`, `>date` or `date-date`, a date `YYYYMMDD` or `YYMMDD` (YY 00-30 is
 * 20YY, otherwise 19YY, as in PETRARCH).
 */
import type { ActorRole, ActorRow, CountryRow, RoleText } from '../../../src/extract/lexicon/petrarch/types.ts';
import { Problems, readLines } from './source.ts';

export interface RawActor {
  primary: string[];
  synonyms: string[][];
  acronyms: string[];
  roles: ActorRole[];
  /** The bare three-letter code written on the primary line (`AFGHANISTAN_  [AFG]`), if any. */
  headCode?: string;
  comment: string;
  line: number;
}

export interface ActorParseOptions {
  /** Phoenix codes only (upper-case letters and digits, or `---`); the validation suite also has `[FRO/BIL/SAM]`, `[pse]`, `[+++]`. */
  strictCodes: boolean;
}

/** `YYYYMMDD` or `YYMMDD` -> ISO date, or undefined when malformed. */
export function parseDate(d: string): string | undefined {
  let y: number;
  let rest: string;
  if (/^\d{8}$/.test(d)) {
    y = Number(d.slice(0, 4));
    rest = d.slice(4);
  } else if (/^\d{6}$/.test(d)) {
    const yy = Number(d.slice(0, 2));
    y = yy <= 30 ? 2000 + yy : 1900 + yy;
    rest = d.slice(2);
  } else return undefined;
  const m = Number(rest.slice(0, 2));
  const day = Number(rest.slice(2, 4));
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
  if (!days || day < 1 || day > days) return undefined;
  return `${String(y).padStart(4, '0')}-${rest.slice(0, 2)}-${rest.slice(2, 4)}`;
}

/** The inside of one `[...]` restriction -> a role, or the reason it is malformed. */
export function parseRole(inside: string, strict: boolean): ActorRole | string {
  const m = /^\s*(\S+)\s*(?:([<>])\s*(\S+)|(\S+?)\s*-\s*(\S+)|(\S+))?\s*$/.exec(inside);
  if (!m) return `malformed restriction [${inside}]`;
  const code = m[1]!;
  const ok = strict ? /^(?:[A-Z0-9]{3,}|---)$/.test(code) : /^[A-Za-z0-9~+/-]+$/.test(code);
  if (!ok) return `bad actor code "${code}"`;
  const role: ActorRole = { code };
  if (m[2]) {
    const d = parseDate(m[3]!);
    if (!d) return `bad date "${m[3]}"`;
    if (m[2] === '<') role.to = d;
    else role.from = d;
  } else if (m[4]) {
    const a = parseDate(m[4]);
    const b = parseDate(m[5]!);
    if (!a) return `bad date "${m[4]}"`;
    if (!b) return `bad date "${m[5]}"`;
    if (a > b) return `date range ends before it starts (${m[4]}-${m[5]})`;
    role.from = a;
    role.to = b;
  } else if (m[6]) return `date without '<', '>' or a range ("${m[6]}")`;
  return role;
}

const PHRASE_OK = /^[\p{L}\p{N}'.&/,-]+$/u;

/**
 * A phrase as written (`ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_`) -> lower-case
 * words, and the acronyms given in parentheses. Other parenthesised words
 * ("AMERICA_(UNITED_STATES)_") are a coder's disambiguation: dropped.
 */
export function readPhrase(raw: string): { words: string[]; acronyms: string[] } | string {
  const acronyms: string[] = [];
  let s = raw.trim();
  for (;;) {
    const m = /\(([^()]*)\)/.exec(s);
    if (!m) break;
    const inner = m[1]!.replace(/_+$/, '');
    if (/^[A-Z][A-Z0-9.&-]{1,6}$/.test(inner) && inner.replace(/[^A-Z]/g, '').length <= 6 && /[A-Z].*[A-Z]/.test(inner)) acronyms.push(inner);
    s = s.slice(0, m.index) + ' ' + s.slice(m.index + m[0].length);
  }
  if (/[()[\]{}+<>!~$%^*]/.test(s)) return 'unexpected character in a name';
  const words = s
    .split(/[_\s]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
  if (!words.length) return 'empty name';
  if (!words.every((w) => PHRASE_OK.test(w))) return 'unexpected character in a name';
  return { words, acronyms };
}

export function parseActorRecords(text: string, opts: ActorParseOptions, problems: Problems): RawActor[] {
  const out: RawActor[] = [];
  let cur: RawActor | undefined;
  let curBad = false;
  for (const line of readLines(text, problems)) {
    const t = line.text.trim();
    const addRoles = (s: string, into: ActorRole[]): boolean => {
      const groups = [...s.matchAll(/\[([^\]]*)\]/g)];
      const rest = s.replace(/\[[^\]]*\]/g, '').trim();
      let ok = true;
      if (rest) {
        problems.add(line.n, `text "${rest}" beside the codes ignored`, t);
        ok = false;
      }
      for (const g of groups) {
        const r = parseRole(g[1]!, opts.strictCodes);
        if (typeof r === 'string') {
          problems.add(line.n, `${r} (restriction skipped)`, t);
          ok = false;
        } else into.push(r);
      }
      return ok;
    };
    if (t.startsWith('[')) {
      if (!cur) {
        if (!curBad) problems.add(line.n, 'code line before any actor', t);
        continue;
      }
      addRoles(t, cur.roles);
      continue;
    }
    if (t.startsWith('+')) {
      if (!cur) {
        if (!curBad) problems.add(line.n, 'synonym before any actor', t);
        continue;
      }
      const k = t.indexOf('[');
      const phrase = readPhrase(k < 0 ? t.slice(1) : t.slice(1, k));
      if (typeof phrase === 'string') {
        problems.add(line.n, `${phrase} (synonym skipped)`, t);
        continue;
      }
      cur.synonyms.push(phrase.words);
      cur.acronyms.push(...phrase.acronyms);
      if (k >= 0) addRoles(t.slice(k), cur.roles);
      continue;
    }
    // a new record
    const k = t.indexOf('[');
    const phrase = readPhrase(k < 0 ? t : t.slice(0, k));
    if (typeof phrase === 'string') {
      problems.add(line.n, `${phrase} (actor skipped with its synonyms and codes)`, t);
      cur = undefined;
      curBad = true;
      continue;
    }
    curBad = false;
    cur = { primary: phrase.words, synonyms: [], acronyms: phrase.acronyms, roles: [], comment: line.comment, line: line.n };
    out.push(cur);
    if (k >= 0) {
      addRoles(t.slice(k), cur.roles);
      const head = cur.roles[0]?.code;
      if (head && /^[A-Z]{3}$/.test(head)) cur.headCode = head;
    }
  }
  return out.filter((r) => {
    if (r.roles.length) return true;
    problems.add(r.line, 'actor without any code (PETRARCH codes it as null): skipped', r.primary.join(' '));
    return false;
  });
}

/** The latest date any role names. */
export function latestDate(records: RawActor[]): string {
  let max = '';
  for (const r of records) for (const x of r.roles) for (const d of [x.from, x.to]) if (d && d > max) max = d;
  return max;
}

// ---------------------------------------------------------------------------
// Titles read off aliases

/**
 * Titles of an actor: an alias that is another name of the record with words
 * in front ("president karzai" beside "karzai"; "secretary-general ban
 * ki-moon" beside "ban ki-moon") gives those words as a title when they are
 * a generic agent noun of Phoenix.agents.txt ("president", "foreign
 * minister"): the agents dictionary is the list of titles, no list is typed here.
 */
export function titlesOf(names: string[][], titleNouns: ReadonlySet<string>): string[] {
  const out = new Set<string>();
  const tails = names.map((n) => n.join(' '));
  const primary = names[0]!;
  if (primary.length > 1) tails.push(primary[primary.length - 1]!);
  const own = new Set(primary);
  for (const n of names) {
    const s = n.join(' ');
    const isPrimary = n === primary;
    for (const tail of tails) {
      if (s === tail || !s.endsWith(' ' + tail)) continue;
      const prefix = s.slice(0, s.length - tail.length - 1).trim();
      const words = prefix.split(' ');
      if (!words.length || words.length > 5) continue;
      // "dean christian" of "dean christian morrow" is a given name: before the primary's own surname
      // the whole prefix must be a title ("vice president lu"); before another name a title may end
      // the prefix ("deputy foreign minister haddad")
      if (isPrimary) {
        if (titleNouns.has(prefix.replace(/-/g, ' '))) out.add(prefix);
        continue;
      }
      if (words.every((w) => own.has(w))) continue;
      for (let i = 0; i < words.length; i++) {
        if (titleNouns.has(words.slice(i).join(' ').replace(/-/g, ' '))) {
          out.add(prefix);
          break;
        }
      }
    }
  }
  return [...out].sort();
}

// ---------------------------------------------------------------------------
// Entries

function dedupe(list: string[]): string[] {
  return [...new Set(list)];
}

/** A role in the stored form (`AFGGOV 2001-12-22..`, see RoleText). */
export function roleText(r: ActorRole): RoleText {
  return r.from || r.to ? `${r.code} ${r.from ?? ''}..${r.to ?? ''}` : r.code;
}

export function toActorRow(r: RawActor, titleNouns: ReadonlySet<string>): ActorRow {
  const names = dedupe([r.primary, ...r.synonyms].map((w) => w.join(' ')));
  const acronyms = dedupe(r.acronyms);
  const titles = titlesOf([r.primary, ...r.synonyms], titleNouns);
  const person = /CountryInfo/i.test(r.comment);
  return {
    names,
    ...(acronyms.length ? { acronyms } : {}),
    ...(titles.length ? { titles } : {}),
    roles: r.roles.map(roleText),
    ...(person ? { person: true as const } : {}),
    line: r.line,
  };
}

// ---------------------------------------------------------------------------
// Countries

/** Words too generic to tie an alias to a country name ("republic", "north"). */
const GENERIC = new Set(
  'the of and republic kingdom state states united democratic federal federation people peoples islamic arab socialist union islands island city north south east west northern southern eastern western new great central saint san'.split(' '),
);
const DEMONYM_END = /(?:an|ese|i|ish|ic|ch|er|ite|ine|ot|ene|man|woman|men|women|ans|is|ers|ites)$/;

function sharedPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

function editSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const n = a.length;
  const m = b.length;
  if (!n || !m) return 0;
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  for (let i = 1; i <= n; i++) {
    const cur = [i];
    for (let j = 1; j <= m; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return 1 - prev[m]! / Math.max(n, m);
}

function isInitialism(alias: string, primary: string[]): boolean {
  const letters = alias.replace(/[.\s]/g, '');
  if (!/^[a-z]{2,5}$/.test(letters) || !/^([a-z]\.?\s?)+$/.test(alias)) return false;
  const initials = primary.map((w) => w[0]!);
  if (letters[0] !== initials[0]) return false;
  let j = 0;
  for (const c of letters) {
    while (j < initials.length && initials[j] !== c) j++;
    if (j === initials.length) return false;
    j++;
  }
  return true;
}

/**
 * Sort a country record's aliases into names, demonyms and related phrases
 * (see CountryEntry). Names grow from the primary phrase: an alias is a name
 * when it shares a four-letter start with a non-generic word of a name, is a
 * close spelling of one, or is its initialism ("u.s."); a demonym is one word
 * (or generic words and one word) with a nationality ending that shares a
 * three-letter start with a name word. The rest is related.
 */
export function sortCountryAliases(primary: string[], aliases: string[][]): { names: string[]; demonyms: string[]; related: string[] } {
  const nameWords = new Set(primary.filter((w) => w.length >= 4 && !GENERIC.has(w)));
  const first = primary.join(' ');
  const names = [first];
  const strip = (a: string[]) => (a[0] === 'the' && a.length > 1 ? a.slice(1) : a);
  const isName = (a: string[]) => {
    const s = a.join(' ');
    if (isInitialism(s, primary)) return true;
    // a part of a name ("united states") or a longer form of the primary ("united kingdom of great britain ...")
    if (names.some((n) => a.every((w) => n.split(' ').includes(w)))) return true;
    if (primary.every((w) => a.includes(w))) return true;
    if (a.some((w) => w.length >= 4 && !GENERIC.has(w) && [...nameWords].some((n) => sharedPrefix(n, w) >= 4))) return true;
    return names.some((n) => editSimilarity(n, s) >= 0.75);
  };
  // 1. names grow from the primary phrase until nothing changes
  let rest = aliases.map(strip).filter((a) => a.join(' ') !== first);
  for (let changed = true; changed; ) {
    changed = false;
    const next: string[][] = [];
    for (const a of rest) {
      if (isName(a)) {
        names.push(a.join(' '));
        for (const w of a) if (w.length >= 4 && !GENERIC.has(w)) nameWords.add(w);
        changed = true;
      } else next.push(a);
    }
    rest = next;
  }
  // 2. demonyms, among the names and the rest: a name word with a short ending
  const primaryWords = new Set(primary);
  const isDemonym = (a: string[]) => {
    const last = a[a.length - 1]!;
    if (!DEMONYM_END.test(last) || last.length < 4 || GENERIC.has(last) || last === first || /stan$/.test(last)) return false;
    // "pakstan", "azerbajdzhan": a misspelt primary name (close, or with the same ending, but different
    // before the end), not a demonym
    const misspelt = (w: string) =>
      sharedPrefix(w, last) < Math.min(w.length, last.length) &&
      (editSimilarity(w, last) >= 0.85 || (w.slice(-2) === last.slice(-2) && Math.abs(w.length - last.length) <= 2));
    if ([...primaryWords].some(misspelt)) return false;
    if (!a.slice(0, -1).every((w) => GENERIC.has(w))) return false; // "northern irish", "south african"
    const others = [...nameWords].filter((w) => w !== last);
    const sorted = [...last].sort().join('');
    // "britian" is a misspelt "britain", not a demonym
    if (others.some((w) => w.length === last.length && sharedPrefix(w, last) >= 4 && [...w].sort().join('') === sorted)) return false;
    // "iraq" -> "iraqi", "britain" -> "british", "france" -> "french" (two letters suffice before a strong
    // ending), "afghanistan" -> "afghan" (a shortening, of the primary name only); a misspelt name
    // ("afganistan") differs from every name word by more than an ending
    return others.some((w) => {
      const k = sharedPrefix(w, last);
      const need = /(?:ish|ese|ch|ian)$/.test(last) ? 2 : Math.min(3, w.length);
      if (k < need || last.length - k > 4) return false;
      return last.length > k || (primaryWords.has(w) && k >= 4);
    });
  };
  const demonyms: string[] = [];
  const related: string[] = [];
  const finalNames: string[] = [];
  for (const n of names) (n !== first && isDemonym(n.split(' ')) ? demonyms : finalNames).push(n);
  for (const a of rest) (isDemonym(a) ? demonyms : related).push(a.join(' '));
  const nm = dedupe(finalNames);
  const dm = dedupe(demonyms).filter((d) => !nm.includes(d));
  return { names: nm, demonyms: dm, related: dedupe(related).filter((r) => !nm.includes(r) && !dm.includes(r)) };
}

/**
 * Split the records of Phoenix.Countries.actors.txt: the first record with a
 * bare three-letter code is that code's country; every other record is an
 * actor (office holder, institution, or a region coded as the country).
 */
export function splitCountries(records: RawActor[]): { countries: Array<{ raw: RawActor; iso3: string }>; rest: RawActor[] } {
  const chosen = new Map<string, RawActor>();
  // the country headers (`AFGHANISTAN_  [AFG]`) first; then, for codes without one (IRAQ_ has only
  // dated lines), the first record that has the bare code at all
  for (const r of records) if (r.headCode && !chosen.has(r.headCode)) chosen.set(r.headCode, r);
  for (const r of records) {
    const bare = r.roles.map((x) => x.code).find((c) => /^[A-Z]{3}$/.test(c));
    if (bare && !chosen.has(bare) && ![...chosen.values()].includes(r)) chosen.set(bare, r);
  }
  const byRecord = new Map([...chosen].map(([code, r]) => [r, code]));
  const countries: Array<{ raw: RawActor; iso3: string }> = [];
  const rest: RawActor[] = [];
  for (const r of records) {
    const iso3 = byRecord.get(r);
    if (iso3) countries.push({ raw: r, iso3 });
    else rest.push(r);
  }
  return { countries, rest };
}

export function toCountryRow(raw: RawActor, iso3: string): CountryRow {
  const sorted = sortCountryAliases(raw.primary, raw.synonyms);
  const row: CountryRow = { iso3, names: sorted.names, demonyms: sorted.demonyms, related: sorted.related, line: raw.line };
  // keep the roles only when they say more than the bare code
  if (raw.roles.some((r) => r.code !== iso3 || r.from || r.to)) row.roles = raw.roles.map(roleText);
  return row;
}
