/**
 * Name mentions: lexicon hits (gazetteer.ts), name-pattern candidates
 * (patterns.ts) and unknown capitalised names (unknown.ts) merged into one
 * non-overlapping, ordered list: the longest span wins; on equal spans the
 * higher priority (lexicon first). Titles before a person's name and a
 * leading "the" are cut off the mention.
 */
import { KIND_OF_TYPE, type EntityType } from '../../types.ts';
import type { RawMention } from '../types.ts';
import { alternation, defaultLexicon, memoByLexicon, orgHeadWords, type Lexicon } from '../lexicon/index.ts';
import { cachedTable } from '../../util/disk-cache.ts';
import type { Token } from '../text/tokens.ts';
import type { NameCandidate } from './candidate.ts';
import { findLexiconNames } from './gazetteer.ts';
import { lexTags } from '../compromise.ts';
import { namePatterns } from './patterns.ts';
import { findUnknownNames, LIST_AFTER, placeApposed, placeOfType, placeTypeBefore } from './unknown.ts';
import type { Tagger } from '../tagger/ner.ts';
import { taggedUnknownNames } from '../tagger/unknown-names.ts';
import { pluralize } from '../lexicon/inflect.ts';
import { typeByOrgContext, typeLeaders } from './org-context.ts';
import { GUESSED_NAME_RULES } from './kit.ts';
import { loadGroups } from '../lexicon/petrarch/index.ts';

/** A compass adjective, one word ("Northern", "South-eastern"). */
const COMPASS_ADJECTIVE = /^(?:North|South)(?:-?(?:east|west|East|West))?ern$|^(?:East|West)ern$/u;
/** The trained name tagger and the sentences it reads (absent: the capitalised-name heuristics alone). */
export interface NameOptions {
  tagger?: Tagger;
  sentences?: ReadonlyArray<{ start: number; end: number }>;
}

interface Cand extends NameCandidate {
  canonical?: string;
}

/** The rule of a dictionary person's one-word name that the words before make a place ("the village of Mubarak"). */
const PLACE_NAMED_RULE = 'name-place-of';
/** The rule of a dictionary person's one-word name that given names before make another person's ("Ahmed Awad bin Mubarak"). */
const GIVEN_NAMES_RULE = 'name-given-before';
/** Capitalised words, then a free name particle or none, right before a name; and the words that open no name (titles, stop words). */
const givenNamesBefore = memoByLexicon((lex) => {
  const particles = lex.words.nameParticles.filter((p) => !p.includes('.') && !['at', 'as', 'an', 'y'].includes(p));
  const re = new RegExp(`(?<![\\p{L}\\p{M}'’.-])((?:\\p{Lu}[\\p{Ll}\\p{M}'’-]+\\s+)+(?:(?:${alternation(particles)})\\s+)?)$`, 'u');
  const stop = new Set([...lex.words.stopCaps, ...lex.titles.flatMap((t) => t.split(/\s+/u))].map((w) => w[0]!.toUpperCase() + w.slice(1)));
  return { re, stop };
});
const titlePrefix = memoByLexicon((lex) => new RegExp(`^(?:(?:${alternation(lex.titles)})\\s+)+`, 'u'));
/** Title words right before a name, to the name ("Prime Minister "). */
const titlesBefore = memoByLexicon((lex) => new RegExp(`(?<![\\p{L}.])(?:(?:${alternation(lex.titles)})\\s+)+$`, 'u'));
export const bareTitleWords = memoByLexicon((lex): ReadonlySet<string> => new Set(lex.words.bareTitleWords));
/** Abbreviations that end a name with their period ("Norvik Corp.", "Halden Ltd."), lower case. */
const closingAbbreviations = memoByLexicon((lex): ReadonlySet<string> => new Set(lex.words.abbreviations.filter((a) => !a.includes('.'))));

/** A name cut off before the number of a model's designation ("Iraqi F-16s", "Su-24", "MiG-29"): no name ends there. */
const beforeDesignation = (text: string, end: number): boolean => /^[-‐]?\d/.test(text.slice(end, end + 2));

/** What follows a unit's echelon to the end of its number: space and digits only ("Battalion| 543"). */
const UNIT_NUMBER_TAIL = /^\s+\d{1,4}$/;

/**
 * A name that ends in a unit's echelon right before the echelon's number ("Light Infantry Battalion 543", "Border Guard
 * Police Battalion 5": a `name-numbered-unit` candidate, "Battalion 543", starts inside it) takes the number: the unit
 * is the numbered one, never the unnumbered name, and the number never a unit of its own. It names a force unless it
 * was an armed group's; a dictionary identity it had names the unnumbered whole, not this unit, and is dropped.
 */
function numberUnitNames(text: string, cands: Cand[]): void {
  const numbered = cands.filter((c) => c.reason === 'name-numbered-unit');
  if (!numbered.length) return;
  for (const c of cands) {
    if (c.reason === 'name-numbered-unit') continue;
    const n = numbered.find((x) => x.start > c.start && x.start < c.end && x.end > c.end && UNIT_NUMBER_TAIL.test(text.slice(c.end, x.end)));
    if (!n) continue;
    c.end = n.end;
    if (c.type !== 'armed_group') c.type = 'force';
    delete c.canonical;
  }
}

/**
 * The name mentions of a text, sorted by start, and the characters they
 * cover (`used`: 1 where a mention lies; later passes add names only on free text).
 */
export function findNames(
  text: string,
  tokens: readonly Token[],
  sentenceStarts: ReadonlySet<number>,
  lexicon: Lexicon,
  options: NameOptions = {},
): { mentions: RawMention[]; used: Uint8Array } {
  const lex = findLexiconNames(text, tokens, lexicon);
  const lexAt = new Map(lex.map((h) => [`${h.start}:${h.end}`, h]));
  const cands: Cand[] = lex.map((h) => ({
    start: h.start,
    end: h.end,
    type: h.entry.type,
    reason: h.entry.reason,
    canonical: h.entry.id,
    priority: 10,
  }));
  for (const p of namePatterns(lexicon)) {
    for (const c of p.find(text)) {
      if (beforeDesignation(text, c.end)) continue;
      if (c.reason === 'name-compass-place') {
        // only "north-east <known place>"
        const inner = lex.find((h) => h.end === c.end && h.start > c.start && KIND_OF_TYPE[h.entry.type] === 'place');
        if (!inner) continue;
      }
      // "Iraq & Syria", "YPG & YPJ" list known names: no firm's name
      if (c.reason === 'name-ampersand' && (lex.some((h) => h.start >= c.start && h.end <= c.end) || !firmSides(text.slice(c.start, c.end), lexicon))) continue;
      if (c.type === 'person' && c.reason !== 'name-title-person' && c.reason !== 'name-office') {
        // "Middle East Tobias Ellwood said": a known place opening the span is not part of the name
        const head = lex.find((h) => h.start <= c.start && h.end > c.start && h.end < c.end && h.entry.type !== 'person');
        if (head) {
          const rest = /^[\s,]*/.exec(text.slice(head.end, c.end))![0].length;
          c.start = head.end + rest;
          if (!/\s/.test(text.slice(c.start, c.end))) continue;
        }
      }
      // "Suspected Islamic State militants ...": a sentence's opening word before a name the dictionary knows, of no place,
      // is capitalised as an opener, not as part of the place the name's last word would make of both ("State")
      if (c.reason === 'name-place-head' && sentenceStarts.has(c.start) && lex.some((h) => h.end === c.end && h.start > c.start && KIND_OF_TYPE[h.entry.type] !== 'place' && !/\s/.test(text.slice(c.start, h.start).trim()))) continue;
      // "Northern Shan State": a compass adjective capitalised before a known place is no part of a place's name of its own
      // (the lexicon names those it knows whole, "Northern Ireland"): the known place is the mention, as in "northern X"
      if (c.reason === 'name-place-head' && lex.some((h) => h.end === c.end && h.start > c.start && KIND_OF_TYPE[h.entry.type] === 'place' && COMPASS_ADJECTIVE.test(text.slice(c.start, h.start).trim()))) continue;
      // "President of Turkey Recep Tayyip Erdoğan": the office ends in a known person, who is the mention
      if (c.reason === 'name-office' && lex.some((h) => h.entry.type === 'person' && h.end === c.end && h.start > c.start)) continue;
      // "Islamic State in the Greater Sahara (ISGS)": a name its acronym defines whose head the dictionary knows is of
      // the head's type (an armed group, not the place "State" would make it)
      if (c.reason === 'name-before-acronym') {
        const head = lex.find((h) => h.start <= c.start && h.end > c.start && h.end < c.end && KIND_OF_TYPE[h.entry.type] !== 'place' && /^\s+(?:in|of|for|and)\s/.test(text.slice(h.end, h.end + 6)));
        if (head) c.type = head.entry.type;
      }
      const same = lexAt.get(`${c.start}:${c.end}`);
      if (same && c.type === 'person' && same.entry.type === 'person') {
        cands.push({ ...c, canonical: same.entry.id, priority: 11 });
        continue;
      }
      // "Prime Minister Romendacil": a title right before a dictionary name says a person, whatever type the dictionary
      // gave the name (event-coder dictionaries code a head of state by the country's code)
      if (same && c.reason === 'name-title-person') {
        cands.push({ ...c, priority: 11 });
        continue;
      }
      cands.push(c);
    }
  }
  numberUnitNames(text, cands);
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
  // "the village of Mubarak": a place noun and "of" before a dictionary person's one-word name make it a place of that
  // name, not the person (event-coder dictionaries list leaders by surname alone)
  for (let k = 0; k < taken.length; k++) {
    const c = taken[k]!;
    if (c.type !== 'person' || !c.canonical || /\s/.test(text.slice(c.start, c.end))) continue;
    const place = placeOfType(text.slice(Math.max(0, c.start - 30), c.start), lexicon);
    if (place) {
      const { canonical: _, ...rest } = c;
      taken[k] = { ...rest, type: place, reason: PLACE_NAMED_RULE };
    }
  }
  // "Ahmed Awad bin Mubarak": free capitalised name words (with a particle or not) right before a dictionary person's
  // one-word name make a longer name, another person's (the dictionaries list leaders by surname alone)
  const OWN = givenNamesBefore(lexicon);
  for (let k = 0; k < taken.length; k++) {
    const c = taken[k]!;
    if (c.type !== 'person' || !c.canonical || c.reason === PLACE_NAMED_RULE || /\s/.test(text.slice(c.start, c.end))) continue;
    const from = Math.max(0, c.start - 60);
    const m = OWN.re.exec(text.slice(from, c.start));
    if (!m) continue;
    const start = from + m.index + m[0].length - m[1]!.length;
    let free = true;
    for (let i = start; i < c.start; i++) if (used[i]) { free = false; break; }
    if (!free || m[1]!.split(/\s+/u).some((w) => OWN.stop.has(w))) continue;
    for (let i = start; i < c.start; i++) used[i] = 1;
    const { canonical: _, ...rest } = c;
    taken[k] = { ...rest, start, type: 'person', reason: GIVEN_NAMES_RULE };
  }
  // the title before a titled person is no name either: the guessers below do not read "Prime" of "Prime Minister X" as one
  const TITLES_BEFORE = titlesBefore(lexicon);
  for (const c of taken) {
    if (c.reason !== 'name-title-person') continue;
    const from = Math.max(0, c.start - 48);
    const t = TITLES_BEFORE.exec(text.slice(from, c.start));
    if (t) for (let i = from + t.index; i < c.start; i++) used[i] = 1;
  }
  // a role found by one pattern belongs to the person another pattern named
  const roleAtEnd = new Map(cands.filter((c) => c.role).map((c) => [c.end, c.role!]));
  for (const c of taken) if (c.type === 'person' && !c.role && roleAtEnd.has(c.end)) c.role = roleAtEnd.get(c.end)!;
  // names outside the lexicon and the patterns: the tagger's proposals with the heuristics (tagger/unknown-names.ts), or the heuristics alone
  const guessed =
    options.tagger && options.sentences
      ? taggedUnknownNames(text, used, (u) => findUnknownNames(text, u, sentenceStarts, lexicon), { tagger: options.tagger, sentences: options.sentences, lexicon })
      : findUnknownNames(text, used, sentenceStarts, lexicon);
  // "shares of Halvex", "Halvex's chairman": the words around make an unknown person an organisation
  const unknown = listedPlaces(text, typeByPhoenixGroups(text, typeLeaders(text, typeByOrgContext(text, bandNames(text, pairsBeforePluralUnit(text, guessed, lexicon), lexicon), lexicon), lexicon), lexicon), lexicon, taken);
  // a person's name the patterns found elsewhere ends a longer guess: the words before it are no part of it ("Justice and
  // Home Affairs Gilles de Kerchove estimated ...", the name found later by "coordinator, Gilles de Kerchove,")
  const personForms = [...new Set(taken.filter((c) => c.type === 'person').map((c) => text.slice(c.start, c.end)).filter((f) => /\s/.test(f)))];
  if (personForms.length)
    for (const [k, c] of unknown.entries()) {
      const form = text.slice(c.start, c.end);
      const f = personForms.find((x) => x.length < form.length && form.endsWith(x) && /\s/.test(form[form.length - x.length - 1]!));
      // (not a given name cut off: "Luis Moreno Ocampo" is the whole name of "Moreno Ocampo")
      if (f && !form.slice(0, form.length - f.length).trim().split(/\s+/).some((w) => lexTags(w, lexicon).some((t) => t === 'FirstName' || t === 'MaleName' || t === 'FemaleName'))) unknown[k] = { ...c, start: c.end - f.length, type: 'person' };
    }
  for (const c of unknown) {
    for (let i = c.start; i < c.end; i++) used[i] = 1;
    if (beforeDesignation(text, c.end)) continue;
    // "on Jan. 8", "Sept. 11": a month before a number is a date ("Jan" is also a given name)
    if (isMonthBeforeNumber(text, c, lexicon)) continue;
    // the words before decide over a person guess: "entered Kefr Amin", "residents of Beit Sahem"
    // ("the province of X" makes a region of a name the tagger read as a town)
    // (or an apposition after it that calls it one: "X, a farming village in Y", "X, the capital of Y")
    // (an organisation guessed from the shape of its words too, where the apposition calls it a place: "Tse-Ikyo, a farming
    // community in Guma")
    const guessedOrg = c.type === 'organization' && GUESSED_NAME_RULES.has(c.reason);
    const ctx = c.type === 'person' || c.type === 'city' ? placeTypeBefore(text.slice(Math.max(0, c.start - 30), c.start), lexicon) ?? (c.type === 'person' ? placeApposed(text.slice(c.end, c.end + 60), lexicon) : undefined) : guessedOrg ? placeApposed(text.slice(c.end, c.end + 60), lexicon) : undefined;
    const placed = c.type === 'person' || guessedOrg || ctx === 'region' ? ctx : undefined;
    taken.push(placed ? { ...c, type: placed } : c);
  }
  taken.sort((a, b) => a.start - b.start);
  return { mentions: taken.map((c) => toMention(text, c, lexAt, lexicon)), used };
}

/**
 * The Phoenix dictionaries' groups by name, lower case: an international body (an organisation: "Ecowas", "the
 * Intergovernmental Authority on Development") or an armed non-state one (a rebel, insurgent or separatist code: an
 * armed group). Only names of one word ("ecowas") or ending in a head noun of a body (lexicon orgHeads: "... Front",
 * "... Community"): Phoenix also lists people under a group's code (a body's chief, a rebel commander).
 */
// (kept in the disk cache for the shipped lexicon: a second run reads the table, not the PETRARCH dictionaries)
const phoenixGroupTypes = memoByLexicon(
  (lex): ReadonlyMap<string, EntityType> => new Map(lex === defaultLexicon() ? cachedTable('phoenix-group-types', () => phoenixGroupTable(lex)) : phoenixGroupTable(lex)),
);
function phoenixGroupTable(lex: Lexicon): Array<[string, EntityType]> {
  const heads = orgHeadWords(lex);
  const bodyName = (n: string) => !/\s/.test(n) || heads.has(n.slice(n.lastIndexOf(' ') + 1));
  const out = new Map<string, EntityType>();
  const { nonstate, international } = loadGroups();
  for (const g of international) for (const n of g.names) if (bodyName(n) && !out.has(n)) out.set(n, 'organization');
  for (const g of nonstate) if (g.roles.some((r) => ARMED_CODE.test(r.code))) for (const n of g.names) if (bodyName(n) && !out.has(n)) out.set(n, 'armed_group');
  return [...out];
}
const ARMED_CODE = /(?:REB|INS|UAF|SEP)/;

/**
 * Guessed names (a person or a town by their shape) that the Phoenix dictionaries list as a group take the group's type;
 * so does a guessed organisation that they list as an armed group ("FARC").
 */
function typeByPhoenixGroups<C extends NameCandidate>(text: string, cands: readonly C[], lex: Lexicon): C[] {
  const types = phoenixGroupTypes(lex);
  return cands.map((c) => {
    if ((c.type !== 'person' && c.type !== 'city' && c.type !== 'organization') || !GUESSED_NAME_RULES.has(c.reason)) return c;
    const type = types.get(text.slice(c.start, c.end).toLowerCase().replace(/\s+/g, ' '));
    if (!type || (c.type === 'organization' && type !== 'armed_group')) return c;
    const { typeWeight: _shape, ...rest } = c; // a dictionary spoke: no longer a type from the shape alone
    return { ...rest, type } as C;
  });
}

const GIVEN = new Set(['MaleName', 'FemaleName', 'FirstName']);

/**
 * A guess that a Spanish article opens ("Los Zorros", lexicon bandArticles) is a band, an armed group, whatever type the
 * tagger gave it, unless the words before it make it a place ("entered Los Palmitos"); known places are the lexicon's.
 */
function bandNames<C extends NameCandidate>(text: string, cands: readonly C[], lex: Lexicon): C[] {
  return cands.map((c) => {
    const words = text.slice(c.start, c.end).split(/\s+/);
    if (words.length < 2 || !lex.words.bandArticles.includes(words[0]!) || c.type === 'armed_group') return c;
    const place = placeTypeBefore(text.slice(Math.max(0, c.start - 30), c.start), lex);
    return place ? { ...c, type: place } : { ...c, type: 'armed_group' as EntityType };
  });
}

/** A place unit in the plural after a name, the unit's singular in group 1 ("provinces", "districts"): lexicon placeUnitWords. */
const pluralUnitAfter = memoByLexicon((lex) => {
  const bySingular = new Map(lex.words.placeUnitWords.filter((w) => !w.includes(' ')).map((w) => [pluralize(w), w]));
  return { re: new RegExp(`^\\s+(${alternation([...bySingular.keys()])})(?![\\p{L}-])`, 'u'), bySingular };
});
/** Two capitalised names joined by "and" in one guess. */
const NAME_PAIR = /^(\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*)*)\s+and\s+(\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*)*)$/u;
/**
 * A guess of two names joined by "and" before a place unit in the plural is two places of that unit ("in Yala and
 * Narathiwat provinces": Yala, Narathiwat; "the Tarsa and Faya districts"): the plural shares the unit between them.
 * Towns for a unit of towns (lexicon descriptions.city), else regions.
 */
function pairsBeforePluralUnit<C extends NameCandidate>(text: string, cands: readonly C[], lex: Lexicon): C[] {
  const { re, bySingular } = pluralUnitAfter(lex);
  const unitType = (plural: string): EntityType => (lex.words.descriptions.city.includes(bySingular.get(plural)!) ? 'city' : 'region');
  const out: C[] = [];
  for (const c of cands) {
    const words = text.slice(c.start, c.end);
    const pair = words.includes(' and ') ? NAME_PAIR.exec(words) : null;
    const unit = pair ? re.exec(text.slice(c.end, c.end + 24)) : null;
    if (!pair || !unit) {
      out.push(c);
      continue;
    }
    const type = unitType(unit[1]!);
    out.push({ ...c, end: c.start + pair[1]!.length, type }, { ...c, start: c.end - pair[2]!.length, type });
  }
  // (also two guesses, one before "and", the other before the plural: "Rutshuru and Masisi territories")
  for (let k = 1; k < out.length; k++) {
    const [a, b] = [out[k - 1]!, out[k]!];
    const unit = / and $/.test(text.slice(a.end, b.start)) && b.start - a.end === 5 ? re.exec(text.slice(b.end, b.end + 24)) : null;
    if (!unit) continue;
    const type = unitType(unit[1]!);
    out[k - 1] = { ...a, type };
    out[k] = { ...b, type };
  }
  return out;
}

/**
 * Guessed names listed after a place that the words before the list make one ("captured the villages of X, Y and
 * Z", "entered X and Y") are places of its type: a person or organisation guess in such a list is the list's
 * reading of an unknown name, not a second kind of thing in it.
 */
function listedPlaces<C extends NameCandidate>(text: string, cands: readonly C[], lex: Lexicon, known: readonly NameCandidate[] = []): C[] {
  const out = cands.slice();
  // (the towns and regions the lexicon and the patterns found are in the lists too, never retyped: "near Pokrovsk and
  // Kurakhove"; their indices are past the guesses')
  const places = known.filter((k) => k.type === 'city' || k.type === 'region');
  const at = (i: number): NameCandidate => (i < out.length ? out[i]! : places[i - out.length]!);
  // (in text order: the guessers give theirs one after the other)
  const order = [...out.keys(), ...places.map((_, k) => out.length + k)].sort((a, b) => at(a).start - at(b).start);
  // runs of names joined by list separators; a run is a list only when "and" joins two of them (else a comma may
  // open an apposition: "the village of X, Nusret Imamovic, said")
  let run: number[] = [];
  let joined = false;
  const flush = () => {
    const head = at(run[0]!);
    const place = joined && run.length > 1 ? placeTypeBefore(text.slice(Math.max(0, head.start - 30), head.start), lex) : undefined;
    // (after a known place only a person guessed from the capitals: "near Damascus and Syrian air defense batteries" keeps
    // its organisation)
    const known = run[0]! >= out.length;
    if (place) for (const i of run.slice(1)) if (i < out.length && (out[i]!.type === 'person' || (!known && out[i]!.type === 'organization'))) out[i] = { ...out[i]!, type: place };
  };
  for (const i of order) {
    const c = at(i);
    const prev = run.length ? at(run[run.length - 1]!) : undefined;
    const sep = prev ? text.slice(prev.end, c.start) : '';
    // (the member "and" joined ends the list: "in Tal Afar and X, Abdel Karim ..." goes on with an apposition)
    if (prev && !joined && LIST_AFTER.test(sep)) {
      run.push(i);
      if (/\band\s+$/.test(sep)) joined = true;
      continue;
    }
    if (run.length) flush();
    run = [i];
    joined = false;
  }
  if (run.length) flush();
  // a guessed name in a list that a plural region noun closes ("over Bryansk, Belgorod and Kursk oblasts", "Idlib and
  // Hama provinces"): a region
  const closed = regionListEnd(lex);
  for (let i = 0; i < out.length; i++) {
    const c = out[i]!;
    if ((c.type === 'person' || c.type === 'organization' || c.type === 'city') && closed.test(text.slice(c.end, c.end + 80))) out[i] = { ...c, type: 'region' };
  }
  return out;
}

/** After a name: more names of a list (or none), then a plural noun of regions ("..., and Kursk oblasts"). */
const regionListEnd = memoByLexicon(
  (lex): RegExp =>
    new RegExp(
      `^(?:(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)?)*\\s+(?:${alternation(lex.words.descriptions.region.map(pluralize))})(?![\\p{L}])`,
      'u',
    ),
);

/** Month names and their abbreviations of three or four letters with a period ("Jan.", "Sept."), lower case. */
const monthForms = memoByLexicon((lex): ReadonlySet<string> => {
  const out = new Set<string>();
  for (const m of lex.words.months.map((x) => x.toLowerCase())) {
    out.add(m);
    out.add(`${m.slice(0, 3)}.`);
    out.add(`${m.slice(0, 4)}.`);
  }
  return out;
});

/** A one-word candidate that is a month (or its abbreviation) right before a number. */
function isMonthBeforeNumber(text: string, c: { start: number; end: number }, lex: Lexicon): boolean {
  const word = text.slice(c.start, c.end);
  const withDot = text[c.end] === '.' && !word.endsWith('.') ? `${word}.` : word;
  if (!monthForms(lex).has(word.toLowerCase()) && !monthForms(lex).has(withDot.toLowerCase())) return false;
  return /^\.?\s{1,3}\d/.test(text.slice(c.end, c.end + 5));
}
const placePrefixes = memoByLexicon((lex): ReadonlySet<string> => new Set(lex.words.placePrefixes));

/**
 * Can the two sides of "X & Y" be a firm's name? Not when a side is a full
 * person's name ("Simon Varga & Lena Holt", the authors of a book), a place
 * opened by a place prefix ("Tell Brak & Tel Hamis") or holds an acronym
 * ("CJTF CG & CSM").
 */
function firmSides(span: string, lexicon: Lexicon): boolean {
  return span.split(/\s+&\s+/).every((side) => {
    const words = side.split(/\s+/);
    if (words.length >= 2 && lexTags(words[0]!, lexicon).some((t) => GIVEN.has(t))) return false;
    if (words.length >= 2 && placePrefixes(lexicon).has(words[0]!)) return false;
    return !words.some((w) => /^\p{Lu}{2,}$/u.test(w));
  });
}

function toMention(text: string, c: Cand, lexAt: ReadonlyMap<string, { entry: { id: string; type: string } }>, lexicon: Lexicon): RawMention {
  const TITLE_PREFIX = titlePrefix(lexicon);
  const TITLE_WORDS = bareTitleWords(lexicon);
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
    // a dictionary's name after its title ("Prime Minister" of "Prime Minister Abiy Ahmed"): the span is the name alone
    if (!titles.length) {
      const from = Math.max(0, start - 48);
      const before = titlesBefore(lexicon).exec(text.slice(from, start));
      if (before) titles.push(before[0].trim().replace(/\s+/g, ' '));
    }
  }
  if (!c.anaphor && !(c.reason === 'name-coalition' && /^the\s/.test(text.slice(start, c.end)))) {
    const the = /^(?:the|The|THE)\s+(?=\S)/.exec(text.slice(start, c.end));
    if (the && the[0].length < c.end - start) start += the[0].length; // the article is not part of the name
  }
  let end = c.end;
  // "Norvik Corp." : the abbreviation's period belongs to the name
  // ("St" alone is no name that ends in an abbreviation: it stays as found)
  if (c.type !== 'person' && text[end] === '.' && /\s\S+$/.test(text.slice(start, end)) && closingAbbreviations(lexicon).has((/\S+$/.exec(text.slice(start, end))?.[0] ?? '').toLowerCase())) end++;
  const m: RawMention = { start, end, text: text.slice(start, end), kind: KIND_OF_TYPE[c.type], type: c.type, rule: c.reason };
  if (c.canonical) m.canonical = c.canonical;
  else if (c.type === 'person') {
    const known = lexAt.get(`${start}:${end}`); // "President Asad" -> the lexicon's Asad
    if (known && known.entry.type === 'person') m.canonical = known.entry.id;
  }
  if (titles.length) m.titles = titles;
  if (c.role) m.role = c.role;
  if (c.anaphor) m.anaphor = true;
  if (c.typeWeight !== undefined) m.typeWeight = c.typeWeight;
  return m;
}
