/**
 * Names a text defines: "Syrian Democratic Forces (SDF)" and "X, also known
 * as Y" make the two names one entity. The short name becomes a mention when
 * no other pass found it. An acronym the text uses without defining it is the
 * one earlier name whose capitalised words it spells ("the Rapid Support
 * Forces ... the RSF").
 */
import type { RawMention } from '../types.ts';
import { combatantNounSet } from '../lexicon/generic-actors.ts';
import { defaultLexicon, memoByLexicon, type Lexicon } from '../lexicon/index.ts';
import { alternation } from '../lexicon/regex.ts';
import { GUESSED_NAME_RULES } from './kit.ts';

/** The mentions with the names defined in the text added, and the (long, short) pairs. */
export function definedNames(text: string, mentions: readonly RawMention[], lex: Lexicon = defaultLexicon()): { mentions: RawMention[]; pairs: [RawMention, RawMention][] } {
  const out = [...mentions];
  const pairs = [...defineAcronyms(text, out), ...defineAlsoKnownAs(text, out)];
  // (a defined short name, a bare acronym or a description a name follows is appended: back in order by start)
  const defined = out.length > mentions.length;
  const described = describedThenNamed(text, out, lex);
  if (bareAcronyms(text, out) || described || defined) out.sort((a, b) => a.start - b.start || b.end - a.end);
  pairs.push(...spelledAcronyms(text, out, pairs));
  return { mentions: out, pairs };
}

/** "Syrian Democratic Forces (SDF)": link both; create the short mention when needed. */
function defineAcronyms(text: string, mentions: RawMention[]): [RawMention, RawMention][] {
  const out: [RawMention, RawMention][] = [];
  const byStart = new Map(mentions.map((m) => [m.start, m]));
  // a group's name whose place comes after it ("the Stabilization Mission in Mali (MINUSMA)"): the group before the
  // place is the acronym's long name, spelled with the place's words
  const byEnd = new Map(mentions.map((m) => [m.end, m]));
  for (const at of [...mentions]) {
    // (a dateline's bracket names the agency that filed it: "HAVANA (AP) -")
    if (at.anaphor || at.rule === 'name-dateline') continue;
    let long = at;
    let spelled = at.text;
    if (at.kind === 'place') {
      const via = /(\S)\s+(?:in|for|of)\s+(?:the\s+)?$/u.exec(text.slice(Math.max(0, at.start - 12), at.start));
      const group = via ? byEnd.get(at.start - via[0].length + 1) : undefined;
      if (group && GROUP_TYPES.has(group.type) && !group.anaphor) {
        long = group;
        spelled = text.slice(group.start, at.end);
      }
    }
    // (also after the closing mark of a name in quotes: 'the self-styled "Red Front" (RF)')
    // (a unit's acronym may open with its number: "the 58th Infantry Battalion (58IB)")
    const m = /^["”]?\s*\(\s*(\d{0,3}[\p{Lu}][\p{L}&.\-]{1,9})\s*\)/u.exec(text.slice(at.end, at.end + 16));
    if (!m) continue;
    const acr = m[1]!;
    if (!/^[\p{Lu}\d&.\-]+$/u.test(acr.replace(/[a-z]/g, '')) || acr.replace(/[^\p{Lu}]/gu, '').length < 2) continue;
    const start = at.end + m[0].indexOf(acr);
    let short = byStart.get(start);
    // "Iraq (III)", "Islamic Relief Worldwide (UK)": the letters must come from the name,
    // unless the lexicon already knows both as one entity ("Kurdistan Workers' Party (PKK)")
    // (or a body's name of three words or more that a bracketed acronym no dictionary knows follows: its acronym in the
    // language of the body's country, "the Ukrainian Main Military Intelligence Directorate (GUR)"; not a person's,
    // a place's, nor a known name's, "Islamic Relief Worldwide (UK)")
    const fits = (name: RawMention, words: string) =>
      acronymFits(words, acr) || foreignAcronym({ ...name, text: words }, acr) || (name.kind !== 'place' && name.type !== 'person' && !short?.canonical && /^\p{Lu}{3,6}$/u.test(acr) && words.split(/\s+/).length >= 3);
    if (long !== at && !fits(long, spelled)) long = at; // the place's own acronym after all
    if (!(long === at ? fits(at, at.text) : true) && !(short?.canonical && short.canonical === long.canonical)) continue;
    // a name only the capitals made a person that defines an acronym of its initials is a body's: people get no
    // acronyms ("a member of a Runda Kumpulan Kecil (RKK) cell"); the acronym's own guess, when not a person, types it
    if (long.type === 'person' && !long.canonical && GUESSED_NAME_RULES.has(long.rule) && acronymFits(spelled, acr)) {
      const i = mentions.indexOf(long);
      const type = short && short.kind === 'actor' && short.type !== 'person' ? short.type : 'organization';
      const body: RawMention = { ...long, type };
      if (i >= 0) mentions[i] = body;
      if (byStart.get(long.start) === long) byStart.set(long.start, body);
      byEnd.set(long.end, body);
      long = body;
    }
    // "the Allied Democratic Forces (ADF)": the article defines an acronym the dictionary gives to another entity (the
    // Australian Defence Force): in this article the acronym is the name it defines, here and on every later use
    if (short?.canonical && short.canonical !== long.canonical) {
      const other = short.canonical;
      mentions.forEach((x, i) => {
        if (x.start < start || x.canonical !== other || x.text !== acr) return;
        const { canonical: _, ...rest } = x;
        const own: RawMention = { ...rest, kind: long.kind, type: long.type, ...(long.canonical ? { canonical: long.canonical } : {}) };
        mentions[i] = own;
        if (byStart.get(x.start) === x) byStart.set(x.start, own);
      });
      short = byStart.get(start);
    }
    if (!short) {
      short = { start, end: start + acr.length, text: acr, kind: long.kind, type: long.type, rule: 'acronym-definition' };
      if (long.canonical) short.canonical = long.canonical;
      mentions.push(short);
      byStart.set(start, short);
    }
    // the acronym's uses that only a guess typed are of the type the name it defines has ("the National Liberation Army
    // (ELN) ... the ELN said its X": an armed group's, not the organisation a tagger guessed from the capitals)
    if (!long.canonical && !GUESSED_NAME_RULES.has(long.rule)) {
      mentions.forEach((x, i) => {
        if (x.start < start || x.text !== acr || x.canonical || !GUESSED_NAME_RULES.has(x.rule) || (x.kind === long.kind && x.type === long.type)) return;
        const own: RawMention = { ...x, kind: long.kind, type: long.type };
        mentions[i] = own;
        if (byStart.get(x.start) === x) byStart.set(x.start, own);
      });
      short = byStart.get(start)!;
    }
    out.push([long, short]);
  }
  return out;
}

/**
 * "X, also known as (the) Y" (a.k.a., also called, known as, better known as, nicknamed, alias, formerly known as,
 * known by its French acronym; also in brackets: "X (known as Y)"): Y is
 * a name of X. A former name the lexicon gives another entity stays that entity's ("HTS, formerly known as the Nusra
 * Front": the graph keeps the two).
 */
const AKA_CUE = '(?:also\\s+(?:known\\s+as|called)|(?:otherwise|better|widely|popularly|commonly|formerly|previously)\\s+known\\s+as|known\\s+as|known\\s+by\\s+(?:its|their|the)\\s+(?:[\\p{L}]+\\s+)?(?:acronym|initials|abbreviation)|nicknamed|a\\.k\\.a\\.?|aka|alias)';
export const AKA = new RegExp(`^(?:,?\\s+|\\s*\\(\\s*)${AKA_CUE}\\s+(?:the\\s+)?`, 'iu');
/** A short description apposed to a name before the cue, up to the space before it: ", a former police officer". */
/** The same cue before a name in quotation marks, after a comma, a space or in brackets ('X, alias "Y"', 'X alias "Y"', 'X (a.k.a. "Y")'): a person's or a group's other name. */
const AKA_QUOTED = new RegExp(`^(?:,?\\s+|\\s*\\(\\s*)${AKA_CUE}\\s+["“]`, 'iu');
const APPOSED_BEFORE_AKA = /^,\s+(?:a|an)(?:\s+[\p{Ll}'’-]+){1,6}?(?=\s+(?:(?:also|otherwise|better|widely|popularly|commonly)\s+known\s+as|nicknamed)\s)/u;
/** A name an anaphor gives itself: ", which calls itself (the) ", ", calling themselves ". */
const CALLS_ITSELF = /^\s*,?\s+(?:(?:which|that|who)\s+(?:calls?|styles?)|calling|styling)\s+(?:itself|themselves)\s+(?:the\s+)?/iu;
/** The cue of a former name. */
const FORMER = /(?:formerly|previously)\s/iu;
/** The name after it: a capitalised word, then up to three more words, up to punctuation or a clause word. */
const AKA_NAME = /^\p{Lu}[\p{L}'’-]*(?:\s+(?!(?:where|which|that|who|and|or|in|of|on|at|is|was|were|has|had|to|for|by|with)\b)[\p{L}'’-]+){0,3}/u;

function defineAlsoKnownAs(text: string, mentions: RawMention[]): [RawMention, RawMention][] {
  const out: [RawMention, RawMention][] = [];
  const byStart = new Map(mentions.map((m) => [m.start, m]));
  for (const long of [...mentions]) {
    if (long.anaphor) {
      // "The group, which calls itself X, ...": the anaphor is X, whatever came before
      const self = CALLS_ITSELF.exec(text.slice(long.end, long.end + 40));
      const named = self ? byStart.get(long.end + self[0].length) : undefined;
      if (named && !named.anaphor && named.kind === long.kind) {
        const at = mentions.indexOf(long);
        mentions[at] = { ...long, via: 'description', refersTo: { start: named.start, end: named.end } };
      }
      continue;
    }
    // (also after an apposition that describes the name: "X, a former police officer better known as Y")
    const after = text.slice(long.end, long.end + 100);
    const apposed = APPOSED_BEFORE_AKA.exec(after)?.[0].length ?? 0;
    // (a place's name in quotes is often another place's, named on: "a school near X known as the "Y"")
    const cue = (long.kind !== 'place' ? AKA_QUOTED.exec(after.slice(apposed, apposed + 40)) : null) ?? AKA.exec(after.slice(apposed, apposed + 40));
    if (!cue) continue;
    const start = long.end + apposed + cue[0].length;
    const name = AKA_NAME.exec(text.slice(start, start + 80));
    if (!name) continue;
    let other = byStart.get(start);
    if (FORMER.test(cue[0]) && other?.canonical && long.canonical && other.canonical !== long.canonical) continue;
    // a name only the fallback typed ("Hemedti" as a place) is of the kind of the name it is another name of
    if (other && other.kind !== long.kind) {
      if (other.canonical || long.anaphor) continue;
      const at = mentions.indexOf(other);
      other = { ...other, kind: long.kind, type: long.type };
      mentions[at] = other;
      byStart.set(start, other);
    }
    if (!other) {
      other = { start, end: start + name[0].length, text: name[0], kind: long.kind, type: long.type, rule: 'also-known-as' };
      if (long.canonical) other.canonical = long.canonical;
      mentions.push(other);
      byStart.set(start, other);
    }
    // (a person's other name labels no one: "Zuluh Hemo (a.k.a. "Avesta Habur")" is Zuluh Hemo)
    if (long.type === 'person' && other.type === 'person' && long.text.includes(' ') && other.label === undefined) {
      const at = mentions.indexOf(other);
      other = { ...other, label: long.label ?? long.text };
      mentions[at] = other;
      byStart.set(start, other);
    }
    out.push([long, other]);
  }
  return out;
}

/**
 * A group's description that the name after it defines: "the"; at most two lower-case words; a noun of a group or of
 * armed men (lexicon anaphorGroupNouns, the combatant nouns); then a cue of naming, as AKA has it, or "called", and a
 * capital ("The dissident faction, known as the X, ...", "the militia (known as X)").
 */
/** The cue of DESCRIBED_NAMED after the description, up to the name. */
const NAMING_CUE = '(?:,\\s+|\\s*\\(\\s*)(?:(?:also|otherwise|better|widely|popularly|commonly)\\s+)?(?:known\\s+as|called|calling\\s+(?:itself|themselves)|(?:which|that|who)\\s+calls?\\s+(?:itself|themselves))\\s+(?:the\\s+)?';
const NAMED_AFTER = new RegExp(`^${NAMING_CUE}`, 'u');
const DESCRIBED_NAMED = memoByLexicon((lex): RegExp => {
  const nouns = [...lex.words.anaphorGroupNouns, ...combatantNounSet()];
  return new RegExp(`(?<![\\p{L}-])[Tt]he\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:${alternation(nouns)})(?=${NAMING_CUE}\\p{Lu})`, 'gu');
});

/**
 * "The dissident faction, known as the Central General Staff, ...": a description that no pass made a mention, named
 * right after it, is a mention of that name's entity (its kind and type, `via` description). Only a name another pass
 * found as an actor or a force: the description adds no name of its own. Whether one was added.
 */
function describedThenNamed(text: string, mentions: RawMention[], lex: Lexicon): boolean {
  if (!/known\s+as|called|calls?\s+(?:itself|themselves)|calling/u.test(text)) return false;
  const byStart = new Map(mentions.map((m) => [m.start, m]));
  const covered = (start: number, end: number) => mentions.some((m) => m.start < end && start < m.end);
  let added = false;
  const re = DESCRIBED_NAMED(lex);
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const cue = NAMED_AFTER.exec(text.slice(end, end + 60));
    const named = cue ? byStart.get(end + cue[0].length) : undefined;
    if (!named || named.anaphor || named.via || (named.kind !== 'actor' && named.kind !== 'force') || named.type === 'person' || covered(start, end)) continue;
    mentions.push({ start, end, text: m[0], kind: named.kind, type: named.type, rule: 'description-named', via: 'description', refersTo: { start: named.start, end: named.end } });
    added = true;
  }
  return added;
}

/** Words an acronym skips: "Group for the Support of Muslims" is GSM. */
const SKIPPED = new Set(['of', 'the', 'for', 'and', 'in', 'on', 'al', 'el', 'de', 'du', 'des', 'la', 'le', '&']);

/** The first letters of a name's words, function words skipped, hyphenated parts kept whole: "Rapid Support Forces" -> "RSF". */
export function initials(name: string): string {
  let out = '';
  for (const w of name.split(/\s+/u)) {
    if (!w || SKIPPED.has(w.toLowerCase())) continue;
    const c = /\p{L}/u.exec(w)?.[0];
    if (!c || c !== c.toUpperCase()) return ''; // a lowercase word that is no function word: not a name an acronym spells
    out += c;
  }
  return out;
}

/** An acronym (2-6 capitals) as a whole mention. */
const ACRONYM = /^\p{Lu}{2,6}$/u;

/**
 * "The Rapid Support Forces shelled the city ... the RSF said": an acronym
 * mention that spells the initials of exactly one earlier name of two or more
 * words is that name. Two different names with the same initials, or two
 * lexicon entities, link nothing; a lexicon place and an actor do not mix.
 * The acronym's mentions take the name's kind and type unless the lexicon
 * knows the acronym.
 */
function spelledAcronyms(text: string, mentions: RawMention[], defined: readonly [RawMention, RawMention][]): [RawMention, RawMention][] {
  const taken = new Set<RawMention>(defined.flatMap(([l, s]) => [l, s]));
  const byInitials = new Map<string, RawMention[]>();
  const firstStart = new Map<string, number>();
  for (const m of mentions) {
    if (m.anaphor || m.via) continue;
    if (ACRONYM.test(m.text)) {
      firstStart.set(m.text, Math.min(firstStart.get(m.text) ?? Infinity, m.start));
      continue;
    }
    if (!/\s/u.test(m.text)) continue;
    const key = initials(m.text);
    if (key.length < 2) continue;
    const list = byInitials.get(key);
    if (list) list.push(m);
    else byInitials.set(key, [m]);
  }
  const out: [RawMention, RawMention][] = [];
  for (const [acr, first] of firstStart) {
    // (only an acronym no name spells before it, and that no definition binds: "X (ISG) ... the Y Study Group")
    if (!byInitials.get(acr)?.some((l) => l.start < first) && !defined.some(([, s]) => s.text === acr)) out.push(...spelledAfter(text, mentions, acr, byInitials.get(acr), taken));
    const longs = byInitials.get(acr)?.filter((l) => l.start < first);
    if (!longs?.length) continue;
    const long = longs[0]!;
    const sameName = (l: RawMention) => (l.canonical && long.canonical ? l.canonical === long.canonical : l.text.toLowerCase() === long.text.toLowerCase());
    if (!longs.every(sameName)) continue;
    for (let i = 0; i < mentions.length; i++) {
      const m = mentions[i]!;
      if (m.text !== acr || m.anaphor || m.via || taken.has(m)) continue;
      if (m.canonical && long.canonical && m.canonical !== long.canonical) break;
      if (m.kind !== long.kind && (m.canonical || long.canonical)) break;
      const short = m.canonical ? m : { ...m, kind: long.kind, type: long.type };
      mentions[i] = short;
      out.push([long, short]);
    }
  }
  return out;
}

/**
 * "Suspected ADF rebels ... The Allied Democratic Forces, an armed group of Ugandan origin, ...": an acronym the
 * lexicon did not read here (its context typed it: "ADF rebels") is the group's name of three or more initials the
 * article writes out after it, which the loop below, reading names written before, leaves; so resolution does not
 * take it for another entity of those initials elsewhere (the Australian Defence Force: resolve/canonical.ts). Only
 * where its context gave it the name's type (or, for an armed body's name, a noun of armed men follows it: "ADF
 * rebels"), and one name spells it ("The NDB said nothing. The Northern Defence Brigades ...": a guessed organisation
 * before a force's name stays apart).
 */
function spelledAfter(text: string, mentions: RawMention[], acr: string, spelled: readonly RawMention[] | undefined, taken: ReadonlySet<RawMention>): [RawMention, RawMention][] {
  const longs = acr.length < 3 ? undefined : spelled?.filter((l) => GROUP_TYPES.has(l.type));
  if (!longs?.length) return [];
  const long = longs[0]!;
  if (!longs.every((l) => (l.canonical && long.canonical ? l.canonical === long.canonical : l.text.toLowerCase() === long.text.toLowerCase()))) return [];
  const out: [RawMention, RawMention][] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    // (its context: its type, or a noun of armed men right after it, "ADF rebels", for an armed body's name)
    const armedAfter = (long.type === 'armed_group' || long.kind === 'force') && combatantNounSet().has(/^\s+([\p{L}-]+)/u.exec(text.slice(m.end, m.end + 20))?.[1]?.toLowerCase() ?? '');
    if (m.text !== acr || m.canonical || m.anaphor || m.via || taken.has(m) || (m.type !== long.type && !armedAfter)) continue;
    const short: RawMention = { ...m, kind: long.kind, type: long.type };
    mentions[i] = short;
    out.push([long, short]);
  }
  return out;
}

/** A word of two to six capitals standing alone ("the KIA said"). */
const BARE_ACRONYM_AT = /(?<![\p{L}\p{N}'’.&-])\p{Lu}{2,6}(?![\p{L}\p{N}'’&-])/uy;

/**
 * "The Kachin Independence Army ... The KIA is a member of ...": a word of capitals no other pass read, after a
 * group's name of two or more words whose three or more initials it spells, becomes a mention (`spelledAcronyms` then
 * makes it that name's). Only where no mention lies and where the name came first (two capitals are too often
 * something else: "Hama AB", "MA"). Whether it added any.
 */
function bareAcronyms(text: string, mentions: RawMention[]): boolean {
  const firstEnd = new Map<string, number>();
  for (const m of mentions) {
    if (m.anaphor || m.via || !GROUP_TYPES.has(m.type) || !/\s/u.test(m.text)) continue;
    const key = initials(m.text);
    if (key.length >= 3 && !(m.end >= (firstEnd.get(key) ?? Infinity))) firstEnd.set(key, m.end);
  }
  if (!firstEnd.size) return false;
  let added = false;
  const taken = new Uint8Array(text.length + 1);
  for (const m of mentions) taken.fill(1, m.start, m.end);
  // the words of capitals that spell a name's initials, found where the initials occur (the global scan's matches:
  // its every match is the regex's match at that position, none starting inside another), then in text order
  const found: Array<[number, string]> = [];
  for (const key of firstEnd.keys()) {
    for (let at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + 1)) {
      BARE_ACRONYM_AT.lastIndex = at;
      if (BARE_ACRONYM_AT.exec(text)?.[0].length === key.length) found.push([at, key]);
    }
  }
  found.sort((a, b) => a[0] - b[0]);
  for (const [start, word] of found) {
    const after = firstEnd.get(word)!;
    const end = start + word.length;
    if (after > start || taken.subarray(start, end).some((x) => x === 1)) continue;
    mentions.push({ start, end, text: word, kind: 'actor', type: 'organization', rule: 'acronym-spelled' });
    added = true;
  }
  return added;
}

/** Types of a group's name that a foreign-language acronym may follow. */
const GROUP_TYPES = new Set(['armed_group', 'organization', 'force', 'government']);

/**
 * An acronym of the group's name in its own language ("National Liberation Army (ELN)", Ejército de Liberación
 * Nacional; "Group for the Support of Islam and Muslims (JNIM)"): a group's name of three words or more, and an
 * acronym of two to eight capitals half of whose letters open the name's words.
 */
function foreignAcronym(long: RawMention, acr: string): boolean {
  // (capitals, maybe with a lower-case letter of the last word: the French "FAMa", Forces Armées Maliennes; not a
  // plural's "s", "ANZACs")
  const caps = acr.replace(/(?!s)\p{Ll}$/u, '');
  if (!GROUP_TYPES.has(long.type) || !/^\p{Lu}{2,8}$/u.test(caps)) return false;
  const words = long.text.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  if (words.length < 3) return false;
  const firsts = new Set(words.map((w) => w[0]!));
  const shared = [...caps].filter((c) => firsts.has(c)).length;
  return shared * 2 >= caps.length;
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
