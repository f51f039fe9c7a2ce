/**
 * Generic and composite actors (issue 12 item 3, issue 11 item 3's first
 * half): "gunmen", "Kenyan police", "Somali troops", "Iraqi officials",
 * "unidentified gunmen", "the Afghan president" become mentions of actor or
 * force nodes with a sector.
 *
 * Knowledge: the nouns and their sectors are Phoenix's generic agents
 * (lexicon/petrarch agents.json, `loadAgents()`); which sectors become nodes,
 * the "unidentified" words and the few nouns Phoenix lacks are
 * lexicon/generic-actors.json; countries, names and demonyms are Phoenix's
 * countries (`loadCountries()`); office holders are `officeHolders()`.
 *
 * Scope: a node is never world-wide. The country is the one the phrase names
 * ("Kenyan police", "Kenya's police"; a second noun joined by "and" shares the
 * first one's country words, before it or after it: "Danish media and
 * government", "lawmakers and officials in Kenya"), else the country the article names
 * most; an unnamed armed group ("gunmen", "militants") is scoped by country
 * and month; with no country at all, the node is the article's own
 * ("police (in <article id>)"). The scope is in the label (and so in the id
 * resolution slugs from it): "police (Kenya)", "unidentified gunmen (Kenya,
 * 2026-05)", "government of Iraq".
 *
 * A mention is added only where no mention of another pass covers the noun;
 * a demonym mention inside the phrase ("Kenyan" -> Kenya) is kept, so the two
 * overlap. Its own pass (`generic-actors` in ../pipeline.ts) and file, so
 * that other mention work merges apart from it.
 */
import type { ArticleMeta } from '../../types.ts';
import type { RawMention } from '../types.ts';
import type { Token } from '../text/tokens.ts';
import type { Sentence } from '../text/sentences.ts';
import { inflect, pluralize } from '../lexicon/inflect.ts';
import { lowerBound } from '../../util/search.ts';
import { lowerCase } from '../../util/lower.ts';
import { classForms, verbClass } from '../lexicon/verbs.ts';
import { anaphorGroupNounSet, communityWordSet, defaultLexicon, demonyms, forceNounSet, lexiconEntry, livesAbroad, memoByLexicon, nationalArmyName, type Lexicon, type LexiconEntry } from '../lexicon/index.ts';
import { KIND_OF_TYPE } from '../../types.ts';
import { lexTags } from '../compromise.ts';
import { loadAgents, loadCameoVerbs, loadCountries, loadSectors, officeHolders, type AgentInfo } from '../lexicon/petrarch/index.ts';
import { genericActorWords } from '../lexicon/generic-actors.ts';
import { backerBefore } from '../mentions/nested.ts';
import { cachedTable } from '../../util/disk-cache.ts';
import { PREPOSITIONS_ONLY, PRONOUNS } from '../clauses/grammar.ts';
import { posTag } from './pos.ts';

interface SectorRule {
  label?: string;
  needsCountry?: boolean;
  byNoun?: boolean;
  byMonth?: boolean;
  countedOrNamed?: boolean;
}

interface Agent {
  noun: string;
  sector: string;
  kind: 'actor' | 'force';
  type: RawMention['type'];
  needsCountry: boolean;
  plural: boolean;
  /** The agent's noun is an office ("president"): a person when the country's holder is known. */
  office: boolean;
  /** The agent's noun names an attack done by a country's forces ("Russian air strikes"). */
  attack?: boolean;
  /** The noun is its own plural ("media"): the label keeps it. */
  mass?: boolean;
}

let words: { SECTORS: Readonly<Record<string, SectorRule>>; UNIDENTIFIED: ReadonlySet<string>; ARMING: ReadonlySet<string>; QUALIFIERS: ReadonlySet<string>; PERSON_HEADS: ReadonlySet<string> } | undefined;
function w() {
  if (!words) {
    const g = genericActorWords();
    words = { SECTORS: g.sectors, UNIDENTIFIED: new Set(g.unidentified), ARMING: new Set(g.arming), QUALIFIERS: new Set(g.qualifiers), PERSON_HEADS: new Set(g.personHeads) };
  }
  return words;
}
const MAX_WORDS = 3;
/** A word of an agent phrase: lower-case letters only. */
const LOWER_WORD = /^[a-z]+$/;
/** Words before a force's noun that say its men no longer serve (lexicon formerWords: "former soldiers", "retired officers"). */
const formerWords = memoByLexicon((lex): ReadonlySet<string> => new Set(lex.words.formerWords.map((w) => w.toLowerCase())));
/** Sectors whose men do not share a country named before another noun ("US troops and militants"): armed non-state groups. */
const SHARES_NO_COUNTRY = new Set(['UAF', 'REB', 'CRM', 'INS']);
/** Words after a noun that give it a scope of its own ("officials from X", "students of Y", "police in Z"). */
const OWN_SCOPE = new Set(['of', 'from', 'in']);
/** CAMEO synonym sets whose members, with a country named, stand for that country's armed forces. */
const HARDWARE_SETS = ['aircraft', 'weapon'];

let hardware: ReadonlySet<string> | undefined;
/** The last words of those members and their plurals ("drones", "missile"): a mention with such a head is hardware. */
export function hardwareHeads(): ReadonlySet<string> {
  hardware ??= cachedTable(
    'hardware-heads',
    () =>
      new Set(
        HARDWARE_SETS.flatMap((set) => loadCameoVerbs().synsets[set]?.members ?? []).flatMap((m) => {
          const last = m.toLowerCase().split(' ').pop()!;
          return [last, pluralize(last)];
        }),
      ),
  );
  return hardware;
}

let index: { phrases: Map<string, Agent>; firstWords: Set<string>; countries: Map<string, string>; fullNames: Map<string, string>; related: Map<string, string>; labels: Map<string, string>; nouns: Set<string> } | undefined;

function agentOf(noun: string, code: string, plural: boolean, needsCountry: boolean, info?: AgentInfo): Agent | undefined {
  const primary = code.replace(/^~/, '').slice(0, 3);
  const rule = w().SECTORS[primary];
  if (!rule) return undefined;
  const row = loadSectors().byCode.get(primary);
  const kind = (info?.kind ?? row?.kind ?? 'actor') === 'force' ? 'force' : 'actor';
  const type = (info?.type ?? row?.type ?? null) ?? 'organization';
  return { noun, sector: primary, kind, type: type as RawMention['type'], needsCountry: needsCountry || !!rule.needsCountry, plural, office: false };
}

function build(): NonNullable<typeof index> {
  const phrases = new Map<string, Agent>();
  const put = (phrase: string, a: Agent | undefined, body = false) => {
    if (!a || phrase.split(' ').length > MAX_WORDS || !/^[a-z][a-z -]*$/.test(phrase)) return;
    // weapons, vehicles and places listed under a sector are not actors (a body of people listed as one is: "opposition group")
    const words = phrase.split(' ');
    const head = words[words.length - 1]!;
    if (!body && !w().PERSON_HEADS.has(head) && !w().PERSON_HEADS.has(head.replace(/s$/, ''))) return;
    if ((head === 'bomber' || head === 'bombers') && words[0] !== 'suicide') return;
    // "unidentified gunmen": the unidentified-words are read here, before any noun
    // (not a body the lexicon lists with one: "armed groups")
    if (!body && w().UNIDENTIFIED.has(phrase.split(' ')[0]!) && phrase.includes(' ')) return;
    if (!phrases.has(phrase)) phrases.set(phrase, a);
  };
  for (const x of genericActorWords().extraAgents) {
    const mass = !!x.body && !!x.plural?.includes(x.noun);
    const ag = agentOf(x.noun, x.code, false, !!x.needsCountry);
    put(x.noun, ag && (mass ? { ...ag, mass } : ag), x.body || x.hardware);
    for (const p of x.plural ?? [pluralize(x.noun)]) put(p, agentOf(x.noun, x.code, true, !!x.needsCountry), x.body || x.hardware);
  }
  /** Every generic agent noun and its plurals, people or not ("media", "government"): a first noun that shares its country words. */
  const nouns = new Set<string>();
  for (const a of loadAgents()) {
    if (a.code.startsWith('~') === false) continue; // "NGO~": a type put before an actor's code, not a generic agent
    for (const n of [a.noun, ...(a.plural ?? [pluralize(a.noun)])]) if (n.split(' ').length <= MAX_WORDS && /^[a-z][a-z -]*$/.test(n)) nouns.add(n);
    const ag = agentOf(a.noun, a.code, false, false, a);
    put(a.noun, ag);
    const plurals = a.plural === undefined ? [pluralize(a.noun)] : a.plural;
    for (const p of plurals) put(p, ag && { ...ag, plural: true });
    if (ag && a.primary === 'GOV' && a.plural !== undefined) ag.office = true;
  }
  // a country's aircraft and weapons stand for its armed forces ("Israeli aircraft struck", "Turkish drones"): CAMEO's
  // synonym sets of aircraft and weapons, only with the country named
  for (const set of HARDWARE_SETS) {
    for (const m of loadCameoVerbs().synsets[set]?.members ?? []) {
      const noun = m.toLowerCase();
      const ag = agentOf(noun, '~MIL', false, true);
      for (const [phrase, plural] of [[noun, false], [pluralize(noun), true]] as const) {
        if (ag && phrase.split(' ').length <= MAX_WORDS && /^[a-z][a-z -]*$/.test(phrase) && !phrases.has(phrase)) phrases.set(phrase, { ...ag, plural });
      }
    }
  }
  // offices: GOV agents whose noun is a title of some office holder ("president", "prime minister")
  for (const [phrase, ag] of phrases) if (ag.sector === 'GOV' && !ag.plural && /^(?:president|prime minister|defen[cs]e minister|interior minister|foreign minister|king|emir)$/.test(phrase)) ag.office = true;
  const countries = new Map<string, string>();
  const fullNames = new Map<string, string>();
  const labels = new Map<string, string>();
  // places Phoenix relates to one country (its cities and regions: "mogadishu", "puntland"); a name related to two is none
  const related = new Map<string, string>();
  const shared = new Set<string>();
  for (const c of loadCountries().countries) {
    labels.set(c.iso3, c.label);
    for (const n of [...c.names, ...c.demonyms]) if (n.split(' ').length <= 2 && !countries.has(n)) countries.set(n, c.iso3);
    // (a country's mention is looked up by its whole name: "democratic republic of the congo", "central african republic")
    for (const n of c.names) if (!fullNames.has(n)) fullNames.set(n, c.iso3);
    for (const n of c.related ?? []) {
      if (related.has(n) && related.get(n) !== c.iso3) shared.add(n);
      related.set(n, c.iso3);
    }
  }
  for (const n of shared) related.delete(n);
  for (const p of phrases.keys()) nouns.add(p);
  // the first word of every phrase: a token that is none starts no agent phrase
  const firstWords = new Set([...phrases.keys()].map((p) => p.split(' ')[0]!));
  return { phrases, firstWords, countries, fullNames, related, labels, nouns };
}

/**
 * A country's attacks stand for its armed forces ("Russian air strikes", "Israeli shelling", "Turkish drone strikes"): the
 * lexicon's attack nouns (words.attackNouns) and their plurals, only with the country named; a weapon or aircraft word
 * may stand between ("drone strikes", "missile attack"). Agents, by phrase.
 */
const attackAgents = memoByLexicon((lex) => {
  const out = new Map<string, Agent>();
  for (const noun of lex.words.attackNouns.map((x) => x.toLowerCase())) {
    const ag = agentOf(noun, '~MIL', false, true);
    if (!ag) continue;
    for (const [phrase, plural] of [[noun, false], [pluralize(noun), true]] as const) if (!out.has(phrase)) out.set(phrase, { ...ag, plural, attack: true });
  }
  return { phrases: out, firstWords: new Set([...out.keys()].map((p) => p.split(' ')[0]!)) };
});

/** The index, from the disk cache when it holds it (shipped data only: util/disk-cache.ts). */
function idx(): NonNullable<typeof index> {
  index ??= cachedTable('generic-agents', build);
  return index;
}

/** Words before a place that say something happens there ("in Syria", "across Iraq"). */
const LOCATIVE = new Set(['in', 'inside', 'outside', 'across', 'throughout', 'into', 'within', 'near', 'around', 'over', 'along', 'beside', 'behind', 'beyond']);
/** Words that put a post inside a country ("positions in northern Israel"), and the compass words that may follow. */
const LOCATED_POST = new Set(['in', 'inside']);
const COMPASS_WORD = /^(?:north|south|east|west|central)(?:-?(?:east|west))?(?:ern)?$/;
/** How far back (in tokens) a locative word reaches over a list of places ("in Iraq and Syria"). */
const LOCATIVE_REACH = 3;
/** A word of a weapon's model name ("MQ-9", "Reaper", "Su-25", "T-72"): capitalised or a number, or their hyphen. */
const MODEL_PART = /^(?:[\p{Lu}\d][\p{L}\d]*(?:[-‐][\p{L}\d]+)*|[-‐])$/u;
/** How many words of a model name may stand between a weapon's country and its head. */
const MODEL_REACH = 5;

/**
 * The country (ISO-3) the article is about, by weighted mentions (ties: first
 * named): a dateline place in a country 3 ("MOGADISHU, June 18 -": a place
 * that opens a line, then a comma, dash or bracket), but 0.5 when the text
 * never names its country and another weighs 2 or more (a regional
 * bureau's "BANGKOK (AP) -" over a story about Myanmar); a
 * country named as where something happens 2 ("in Syria", "in Iraq and
 * Syria"); any other mention of a country 1; a capitalised country name or
 * demonym outside the place mentions 0.5 ("Somali troops", "the Malian
 * army": an article about Somalia may name the country only so); a place the
 * lexicon puts in a country, or that Phoenix relates to one country
 * (Nairobi -> Kenya, Mogadishu -> Somalia), 0.5. A country that is only an
 * actor ("US officials", "thanked the United States") thus weighs less than
 * the one where the events are.
 */
/** Where the headline and the lead paragraph end: the end of the second line with a letter in it (0: no text). */
function leadEnd(text: string): number {
  let lines = 0;
  for (let at = 0; at < text.length; ) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    if (/\p{L}/u.test(text.slice(at, end)) && ++lines === 2) return end;
    at = end + 1;
  }
  return 0;
}

/** How much more a country named in the headline or the lead paragraph counts for the article's country. */
const LEAD_WEIGHT = 3;

export function articleCountry(mentions: readonly RawMention[], lex?: Lexicon, text = '', tokens: readonly Token[] = []): string | undefined {
  const { countries } = idx();
  const counts = new Map<string, [number, number]>();
  // the headline and the lead paragraph (the first two lines with words) say what the story is about: three times the
  // weight (a story about Idlib that ends on Turkey's border and its president is Syria's)
  const lead = leadEnd(text);
  const add = (iso: string, w: number, at: number) => {
    const c = counts.get(iso) ?? [0, at];
    c[0] += at < lead ? LEAD_WEIGHT * w : w;
    c[1] = Math.min(c[1], at);
    counts.set(iso, c);
  };
  // Whether a locative word stands a few tokens before the token at `start` (tokens are in text order: a binary search).
  const locative = (start: number): boolean => {
    const lo = lowerBound(tokens.length, (k) => tokens[k]!.start < start);
    for (let j = lo - 1; j >= 0 && j >= lo - LOCATIVE_REACH; j--) if (LOCATIVE.has(tokens[j]!.norm)) return true;
    return false;
  };
  // A dateline: a place that opens a line, then a comma, a dash, a bracket or a colon ("MOGADISHU, May 14 -", "Kabul (AP) -",
  // "PESHAWAR: ").
  // ... or the country after a dateline's town in capitals ("GOMA, Democratic Republic of Congo, Jan 27 (Reuters) -")
  const dateline = (m: RawMention): boolean =>
    m.rule === 'name-dateline' ||
    ((m.start === 0 || text[m.start - 1] === '\n') && /^ ?[,(:\u2013\u2014-]/.test(text.slice(m.end, m.end + 2))) ||
    (m.type === 'country' && /(?:^|\n)\p{Lu}[\p{Lu} .'’-]{1,30},\s*$/u.test(text.slice(Math.max(0, m.start - 34), m.start)));
  // Positions are character offsets (mentions and tokens alike), so "first named" compares across both.
  // one count per span: a place can be found twice (a nested country inside another mention)
  const seen = new Set<string>();
  const places = mentions.filter((m) => {
    // names only: a pronoun or "the country" repeats a mention, it is not another one
    if (m.kind !== 'place' || m.rule.startsWith('coref')) return false;
    const k = `${m.start}:${m.end}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  // Does a place mention cover the offset? The places by start, each with the furthest end of those up to it: one
  // covers `start` when the furthest end of those starting at or before it lies after it (a binary search; a scan of
  // every place for every capitalised country word was quadratic on long articles, ~1% of the extraction on wiki-syria)
  const byStart = places.map((m) => [m.start, m.end] as const).sort((x, y) => x[0] - y[0]);
  const reach: number[] = [];
  for (const [, end] of byStart) reach.push(Math.max(end, reach.length ? reach[reach.length - 1]! : 0));
  const inPlace = (start: number) => {
    const n = lowerBound(byStart.length, (k) => byStart[k]![0] <= start);
    return n > 0 && reach[n - 1]! > start;
  };
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const first = text.charCodeAt(t.start);
    if (first < 65 || first > 90) continue;
    const next = tokens[k + 1];
    const two = next && next.start === t.end + 1 ? countries.get(`${t.norm} ${next.norm}`) : undefined;
    const iso = two ?? countries.get(t.norm);
    // only a country word asks whether a place mention covers it (few do: the scan stays linear)
    if (!iso || inPlace(t.start)) continue;
    // (a little less than a place the country holds: "Gunmen kidnapped an Egyptian engineer near Kirkuk" is Iraq's story,
    // the demonym says whose the engineer is)
    add(iso, 0.45, t.start);
    if (two) k++;
  }
  // (a dateline says where the copy was filed: "BANGKOK (AP) -" over a story that never names Thailand but names
  // Myanmar four times, if only as "Myanmar junta" or "Myanmar military", weighs as a place the country holds)
  const named = new Set<string>();
  const filed: Array<[string, number]> = [];
  for (const m of places) {
    const iso = placeCountry(m, lex);
    if (!iso) continue;
    if (dateline(m)) filed.push([iso, m.start]);
    else {
      if (m.type === 'country') named.add(iso);
      add(iso, m.type === 'country' ? (locative(m.start) ? 2 : 1) : 0.5, m.start);
    }
  }
  const strongest = Math.max(0, ...[...counts.values()].map(([n]) => n));
  // (whether the story names the country is asked before any dateline counts: "AMMAN, Jordan (Reuters) -" names Jordan
  // twice in one dateline, never in the story)
  const inStory = new Set(counts.keys());
  for (const [iso, at] of filed) add(iso, named.has(iso) || inStory.has(iso) || strongest < 2 ? 3 : 0.5, at);
  let best: string | undefined;
  let bn = 0;
  let bi = Infinity;
  for (const [iso, [n, i]] of counts) if (n > bn || (n === bn && i < bi)) [best, bn, bi] = [iso, n, i];
  return best;
}

/**
 * The country (ISO-3) of a place mention: a country itself, else the country the lexicon puts the place in, else the
 * one country Phoenix relates the name to (Nairobi -> Kenya).
 */
function placeCountry(m: RawMention, lex?: Lexicon): string | undefined {
  const { countries, fullNames, related } = idx();
  const entry = m.canonical ? lexiconEntry(m.canonical, lex) : undefined;
  if (m.type === 'country') {
    const names = [entry?.label, ...(entry?.aliases ?? []), m.text].filter((x): x is string => !!x).map((x) => x.toLowerCase());
    for (const n of names) {
      const iso = fullNames.get(n) ?? countries.get(n);
      if (iso) return iso;
    }
    return undefined;
  }
  const c = entry?.in ? lexiconEntry(entry.in, lex) : undefined;
  const found = c ? countries.get(c.label.toLowerCase()) : (related.get((entry?.label ?? m.text).toLowerCase()) ?? related.get(m.text.toLowerCase()));
  if (found || entry) return found;
  // "Gaza City", "Kuwait City": the city of a place the lexicon knows
  const stem = /^(.+?)\s+City$/i.exec(m.text)?.[1]?.toLowerCase();
  const known = stem ? placesByName(lex ?? defaultLexicon()).get(stem) : undefined;
  if (!known) return undefined;
  if (known.type === 'country') return countries.get(known.label.toLowerCase());
  const inside = known.in ? lexiconEntry(known.in, lex) : undefined;
  return inside ? countries.get(inside.label.toLowerCase()) : undefined;
}

/** The lexicon's places by their label and aliases, lower case. */
const placesByName = memoByLexicon((lex): ReadonlyMap<string, LexiconEntry> => {
  const out = new Map<string, LexiconEntry>();
  for (const e of lex.entities) {
    if (KIND_OF_TYPE[e.type] !== 'place') continue;
    for (const n of [e.label, ...(e.aliases ?? [])]) if (!out.has(n.toLowerCase())) out.set(n.toLowerCase(), e);
  }
  return out;
});

/** A sentence that opens by saying where it happens: "In Mali, ...", "Meanwhile in northern Syria, ...", "Elsewhere, in Gao, ...". */
const FRONTED_PLACE = /^(?:(?:meanwhile|elsewhere|separately|also|further\s+\w+)\s*,?\s+)?(?:in|across|inside)\s+(?:(?:the\s+)?(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|central|neighbou?ring)\s+)?$/i;

/**
 * Where the article changes country for a while: a sentence that opens with a place ("In Mali, jihadists ambushed a
 * convoy"; "Elsewhere, in Gao, ...") scopes its generic actors, and those of the sentences after it in the same
 * paragraph, by that place's country, not the article's ("jihadists (Mali)" in a round-up about Sudan). The scopes
 * as [start, end, ISO-3], in text order.
 */
export function fronted(text: string, sentences: readonly Sentence[], mentions: readonly RawMention[], lex?: Lexicon): Array<readonly [number, number, string]> {
  const out: Array<[number, number, string]> = [];
  let cur: [number, number, string] | undefined;
  let mi = 0;
  for (const s of sentences) {
    // a line break ends the scope: it runs over the sentences of one paragraph
    if (cur && text.slice(cur[1], s.start).includes('\n')) cur = undefined;
    while (mi < mentions.length && mentions[mi]!.start < s.start) mi++;
    let iso: string | undefined;
    for (let j = mi; j < mentions.length && mentions[j]!.start < s.start + 48; j++) {
      const m = mentions[j]!;
      if (m.kind !== 'place' || m.via || !FRONTED_PLACE.test(text.slice(s.start, m.start))) continue;
      // the place ends the opening phrase ("In Mali, ..."; "In Gao, Mali, ...")
      if (/^\s*,/.test(text.slice(m.end, m.end + 4))) iso = placeCountry(m, lex);
      break;
    }
    if (iso) out.push((cur = [s.start, s.end, iso]));
    else if (cur) cur[1] = s.end;
  }
  return out;
}

/**
 * The stories of a file of agency copy, each opened by its dateline ("KYIV, March 3 (Reuters) -", a unit of its own:
 * text/sentences.ts), with the country each is about (`articleCountry` over the story alone): [start, end, ISO-3].
 * Only with two datelines or more; one story is the article, whose country the caller has.
 */
export function stories(text: string, sentences: readonly Sentence[], mentions: readonly RawMention[], tokens: readonly Token[], lex?: Lexicon): Array<readonly [number, number, string]> {
  const starts: number[] = [];
  let mi = 0;
  for (const s of sentences) {
    while (mi < mentions.length && mentions[mi]!.start < s.start) mi++;
    const m = mentions[mi];
    if (m && m.start === s.start && m.kind === 'place' && (s.start === 0 || text[s.start - 1] === '\n') && /(?:-|[–—])$/.test(s.text)) starts.push(s.start);
  }
  if (starts.length < 2) return [];
  const out: Array<readonly [number, number, string]> = [];
  starts.forEach((start, k) => {
    const end = k + 1 < starts.length ? starts[k + 1]! : text.length;
    const inStory = (x: { start: number }) => x.start >= start && x.start < end;
    const iso = articleCountry(mentions.filter(inStory), lex, text, tokens.filter(inStory));
    if (iso) out.push([start, end, iso]);
  });
  return out;
}

/**
 * Where each sentence says its events happen: the country of the first place it names after a word of place ("killed
 * 18 people in Gaza City", "near the border town of Kessar in Mali"), as [start, end, ISO-3] per sentence. Victims are
 * that country's people ("civilians" of an article about Israel's army killed in Gaza are Palestinians); armed actors
 * are not scoped so, they fight abroad.
 */
export function eventPlaces(text: string, sentences: readonly Sentence[], mentions: readonly RawMention[], lex?: Lexicon): Array<readonly [number, number, string]> {
  const out: Array<readonly [number, number, string]> = [];
  let mi = 0;
  for (const s of sentences) {
    while (mi < mentions.length && mentions[mi]!.start < s.start) mi++;
    for (let j = mi; j < mentions.length && mentions[j]!.start < s.end; j++) {
      const m = mentions[j]!;
      if (m.kind !== 'place' || m.via || !EVENT_PLACE_BEFORE.test(text.slice(Math.max(s.start, m.start - 32), m.start))) continue;
      const iso = placeCountry(m, lex);
      if (!iso) continue;
      out.push([s.start, s.end, iso]);
      break;
    }
  }
  return out;
}
// (opens with a look-behind, not with "(?:^|[^\p{L}])": the same test, several times faster, since a consumed
// non-letter before the preposition lets the regex skip no position)
const EVENT_PLACE_BEFORE = /(?<![\p{L}])(?:in|inside|near|across|around|throughout)\s+(?:the\s+)?(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+|(?:occupied|besieged)\s+)?(?:(?:town|city|village|province|region|district|governorate|area|camp)\s+of\s+(?:the\s+)?)?$/iu;

/** The country of the stretch (`fronted`, then `stories`) that holds a position, if any: the first that does. */
/**
 * Sentences that name the armed forces of one country by its demonym after another party ("X ambushed a convoy of
 * the Nigerien army near Y, killing 12 soldiers"): [start, end, ISO-3]; the bare soldiers and troops of the sentence are
 * that country's. Not a sentence that names two countries' forces.
 */
function sentenceForces(sentences: readonly Sentence[], mentions: readonly RawMention[]): Array<readonly [number, number, string]> {
  const out: Array<readonly [number, number, string]> = [];
  let i = 0;
  for (const s of sentences) {
    while (i < mentions.length && mentions[i]!.start < s.start) i++;
    let iso: string | undefined;
    let two = false;
    let scoped = false;
    // (forces after another party only: the sentence's first party is its doer, "Israeli jets bombed X, killing one
    // soldier", and the soldiers then the other side's; nor forces named by their weapons, "Russian airstrikes")
    let after = false;
    for (let j = i; j < mentions.length && mentions[j]!.start < s.end; j++) {
      const m = mentions[j]!;
      if (m.kind === 'place' || m.kind === 'camp') continue;
      const first = !after;
      after = true;
      if (m.kind !== 'force' || !/^\p{Lu}/u.test(m.text)) continue;
      const words = m.text.split(/\s+/);
      const c = leadingCountry(words)?.iso;
      if (!c) continue;
      if (iso && iso !== c) two = true;
      iso = c;
      if (!first && !hardwareHeads().has(words[words.length - 1]!.toLowerCase())) scoped = true;
    }
    if (iso && scoped && !two) out.push([s.start, s.end, iso]);
  }
  return out;
}

/**
 * The one other country whose armed forces an article names when it names none of its own country's: the article's
 * bare "troops" and "soldiers" are that country's ("The IDF said ... troops arrested 14 suspects" in an article about the
 * West Bank). The forces a name or demonym gives a country (the lexicon's national armies, "Chadian army"); not its
 * police (the agent dictionary's police sector).
 */
function visitingForce(mentions: readonly RawMention[], docCountry: string | undefined, lex?: Lexicon): string | undefined {
  if (!docCountry) return undefined;
  const byId = nationalForceCountries(lex);
  let found: string | undefined;
  const { phrases } = idx();
  for (const m of mentions) {
    if (m.kind !== 'force' || m.anaphor || m.via) continue;
    // (a country's police are no armed forces come to fight: "arrested by Norwegian police in Oslo" in an article about
    // Cameroon leaves its "soldiers" Cameroon's)
    const words = m.text.split(/\s+/);
    if (phrases.get(words[words.length - 1]!.toLowerCase())?.sector === 'COP') continue;
    const iso = (m.canonical ? byId.get(m.canonical) : undefined) ?? (/^\p{Lu}/u.test(m.text) ? leadingCountry(words)?.iso : undefined);
    if (!iso) continue;
    if (iso === docCountry || (found && found !== iso)) return undefined;
    found = iso;
  }
  return found;
}

export function scopeAt(scopes: ReadonlyArray<readonly [number, number, string]>, pos: number): string | undefined {
  for (const [a, b, iso] of scopes) if (a <= pos && pos < b) return iso;
  return undefined;
}

/**
 * The name of the country whose body speaks at `pos` ("..., the defence ministry said"): that of the one country
 * whose armed forces its sentence names ("Algerian troops killed three smugglers near the border with Mali, ..."), else
 * the country the text is about there: its paragraph's or story's (`scopes`), else the article's.
 */
export function bodyCountryAt(mentions: readonly RawMention[], sentences: readonly Sentence[], scopes: ReadonlyArray<readonly [number, number, string]>, docCountry: string | undefined, lex: Lexicon): (pos: number) => string | undefined {
  const { countries, labels } = idx();
  const byForce = new Map([...nationalForceIds(lex)].map(([iso, id]) => [id, iso] as const));
  const forceCountry = (m: RawMention): string | undefined => {
    if (m.kind !== 'force' || !m.canonical) return undefined;
    const g = /^generic:security forces \((.+)\)$/u.exec(m.canonical);
    return g ? countries.get(g[1]!) : byForce.get(m.canonical);
  };
  return (pos) => {
    const s = sentences.find((x) => x.start <= pos && pos < x.end);
    const named = new Set(s ? mentions.filter((m) => m.start >= s.start && m.end <= s.end).map(forceCountry).filter((c): c is string => !!c) : []);
    const iso = named.size === 1 ? [...named][0] : scopeAt(scopes, pos) ?? docCountry;
    return iso ? labels.get(iso) : undefined;
  };
}

/** Does a mention overlap [start, end)? Mentions are sorted by start; `maxEnd[i]` is the largest end among the first i + 1. */
function covered(mentions: readonly RawMention[], maxEnd: readonly number[], start: number, end: number): boolean {
  // the last mention starting before `end`, then back while an earlier one can still reach `start`
  const lo = lowerBound(mentions.length, (k) => mentions[k]!.start < end);
  for (let i = lo - 1; i >= 0 && maxEnd[i]! > start; i--) if (mentions[i]!.end > start) return true;
  return false;
}

const MEN = new Set(['men', 'man']);
let menAgents: [Agent, Agent] | undefined;
/** Unnamed armed men ("armed men", "masked men"): the gunmen's sector, by noun. */
function menAgent(plural: boolean): Agent | undefined {
  if (!menAgents) {
    const a = agentOf('man', '~UAF', false, false);
    if (!a) return undefined;
    menAgents = [a, { ...a, plural: true }];
  }
  return menAgents[plural ? 1 : 0];
}

/** Lexicon alignmentPrefixes, lower case. */
const alignment = memoByLexicon((lex): ReadonlySet<string> => new Set([...lex.words.alignmentPrefixes.for, ...lex.words.alignmentPrefixes.against].map((w) => w.toLowerCase())));

const DETERMINERS = new Set(['the', 'a', 'an', 'some', 'several', 'many', 'dozens', 'hundreds', 'thousands']);
/** A force's posts (lexicon facilityNouns of one word): "an army convoy", "positions of the Congolese army". */
const postNouns = memoByLexicon((lex) => new Set(lex.words.facilityNouns.filter((w) => !/\s/.test(w)).map((w) => w.toLowerCase())));
/** A force's own posts (lexicon militaryPosts), lower case. */
const militaryPosts = memoByLexicon((lex) => new Set(lex.words.militaryPosts.map((w) => w.toLowerCase())));
const dwellingNouns = memoByLexicon((lex) => new Set(lex.words.dwellingNouns.map((w) => w.toLowerCase())));
const portfolioHeads = memoByLexicon((lex) => new Set(lex.words.portfolioHeads.map((w) => w.toLowerCase())));
/** Words before a force's post that name the state's own forces (lexicon statePostWords: "government positions"). */
const statePostWords = memoByLexicon((lex) => new Set(lex.words.statePostWords.map((w) => w.toLowerCase())));
/** A country's government after its name: "'s internationally recognised government", " government". */
const GOVERNMENT_AFTER = /^(?:['’]s)?(?:\s+[\p{Ll}-]+){0,3}?\s+government(?![\p{L}])(?:\s+(\p{Ll}+))?/u;
/** A capitalised word right before (and a space). */
const CAPITALISED_BEFORE = /\p{Lu}[\p{L}'’-]*\s+$/u;
/** How far back a named government makes "government troops" its own (characters). */
const GOVERNMENT_REACH = 600;
/** How far back a name with a noun of armed men ("Fano fighters") may stand for a later "the fighters" (characters). */
const NAMED_WITH_REACH = 400;
/** Tags of a word after "the government" that make "government" the phrase's head (a verb, a preposition ...). */
const STATE_FOLLOWERS = new Set(['PastTense', 'PresentTense', 'Verb', 'Modal', 'Copula', 'Preposition', 'Conjunction', 'Adverb', 'Determiner']);
/**
 * Does a lower-case word after "government" leave it the phrase's head: a verb, a preposition (also one the tagger's
 * dictionary calls an adjective: "supports the government against the insurgency"), not a noun it modifies ("the
 * government news agency")?
 */
function endsStatePhrase(word: string, lex?: Lexicon): boolean {
  return PREPOSITIONS_ONLY.has(word) || lexTags(word, lex).some((t) => STATE_FOLLOWERS.has(t));
}
/** A noun right before a group's name, "of" or "from" between ("Fighters from the X", "militants of X"). */
const NOUN_OF_GROUP = /(?<![\p{L}-])(\p{L}+)\s+(?:of|from)\s+(?:the\s+)?$/u;
/** Before a person's name: "the" and capitalised titles ("the government of Captain X", "of Prime Minister X"). */
export const TITLES_BEFORE_NAME = '(?:the\\s+)?(?:\\p{Lu}[\\p{L}.-]*\\s+){0,3}';
/** After "of", up to a person's name. */
const PERSON_AFTER_OF = new RegExp(`^\\s+${TITLES_BEFORE_NAME}`, 'u');
/** What rules a state (lexicon stateNouns: "the government", "the junta"). */
const stateNouns = memoByLexicon((lex) => new Set(lex.words.stateNouns.map((w) => w.toLowerCase())));
/** Is a word (singular or plural: "positions", "barracks", "headquarters") one of a force's posts? */
export function isPost(word: string, lex: Lexicon): boolean {
  return holdsNoun(postNouns(lex), word);
}
/** Does a set of lower-case nouns hold a word, singular or plural ("positions": "position")? */
function holdsNoun(nouns: ReadonlySet<string>, word: string): boolean {
  const w = lowerCase(word);
  // (no regex replace: every token of an article asks, twice; the singular is sliced only for a word in -s)
  return nouns.has(w) || (w.endsWith('s') && nouns.has(w.slice(0, -1)));
}
/** Forms of the verbs whose bare plural object is their victims (classes attack, take-people, injure): "attacked farmers". */
/** Words of fire and weapons aimed at people: "fire", hardware heads (CAMEO's weapon synsets), the words of repressionMeans. */
const aimWords = memoByLexicon((lex): ReadonlySet<string> => new Set(['fire', ...hardwareHeads(), ...lex.words.repressionMeans.flatMap((p) => p.replace(/[?]/g, '').split(/\s+/))]));
/** Is the token at `k` "at", "on" or "upon" with fire or a weapon within the four tokens before it ("fired tear gas at")? */
function aimedAt(tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  const t = tokens[k];
  if (!t || (t.norm !== 'at' && t.norm !== 'on' && t.norm !== 'upon')) return false;
  for (let j = Math.max(0, k - 4); j < k; j++) if (aimWords(lex).has(tokens[j]!.norm)) return true;
  return false;
}
/** Past participles of the verbs whose people are their victims (classes attack, take-people, injure): "detained by". */
export const victimParticiples = memoByLexicon((lex) => new Set(['attack', 'take-people', 'injure'].flatMap((c) => classForms(c, ['pp'], lex)).filter((f) => !/\s/.test(f))));
export const victimVerbs = memoByLexicon((lex) => new Set(['attack', 'take-people', 'injure'].flatMap((c) => classForms(c, ['past', 's', 'ing'], lex)).filter((f) => !/\s/.test(f))));
/** Forms of the verbs of keeping troops somewhere (class deploy): their subject owns the troops counted after them. */
/** Past and third-person forms of attack verbs, some of which compromise's lexicon knows only as nouns ("hit", "hits"). */
const strikeVerbForms = memoByLexicon((lex) => new Set(['attack', 'hurt'].flatMap((c) => classForms(c, ['past', 's'], lex)).filter((f) => !/\s/.test(f))));
/** ... and their past forms alone: after any agent noun a verb, never a noun it modifies ("a suicide bomber targeted ..."). */
const strikeVerbPasts = memoByLexicon((lex) => new Set(['attack', 'hurt'].flatMap((c) => classForms(c, ['past'], lex)).filter((f) => !/\s/.test(f))));
const deployForms = memoByLexicon((lex) => new Set(classForms('deploy', ['past', 's', 'base'], lex)));
/** Words of a count before a noun ("about 900", "more than 2,000", "some 400 additional"). */
const COUNT_WORDS = new Set(['about', 'some', 'nearly', 'around', 'roughly', 'approximately', 'almost', 'over', 'more', 'than', 'at', 'least', 'additional', 'extra', 'hundreds', 'thousands', 'dozens', 'of', 'a', 'few']);

/** The sectors of a state's own people: its forces, police, government and legislature. */
const STATE_SECTORS: ReadonlySet<string> = new Set(['MIL', 'COP', 'GOV', 'LEG']);
/** A capitalised word (a demonym, checked by the caller), then the capitalised words of a title, right before a name. */
const DEMONYM_TITLE_BEFORE = /(?:^|[^\p{L}'’-])(\p{Lu}\p{Ll}+)\s+(?:\p{Lu}[\p{L}.-]*\s+){1,4}$/u;
/** Words that open a relative clause after a comma ("X, which ..., has"), and how far back its comma is looked for. */
const RELATIVE_OPENERS = new Set(['which', 'who', 'whose', 'that']);
const ASIDE_REACH = 30;
/** How many words before a noun a count may stand ("12 local people", "at least 30 displaced people"). */
const COUNT_REACH = 3;
const numberWords = memoByLexicon((lex) => new Set(Object.keys(lex.words.numberWords)));
/** Counts with no number ("several", "dozens": lexicon quantityWords). */
const quantityWords = memoByLexicon((lex) => new Set(lex.words.quantityWords));

/** A number or number word a few words before token `i`, with only words between ("killed 12 local people", "a journalist"). */
function countedBefore(text: string, tokens: readonly Token[], i: number, lex?: Lexicon): boolean {
  // (a hyphenated word is one word: "a 52-year-old businessman", "a well-known journalist")
  for (let k = i - 1, words = 0; k >= 0; k--) {
    const t = tokens[k]!;
    const gap = text.slice(t.end, tokens[k + 1]!.start);
    if (gap !== ' ' && gap !== '') return false;
    if (gap === ' ' && ++words > COUNT_REACH) return false;
    if (t.norm === '-' && gap === '' && k > 0 && tokens[k - 1]!.end === t.start) continue;
    if (/^\d+$/.test(t.norm) || numberWords(lex).has(t.norm) || quantityWords(lex).has(t.norm)) return true;
    if (!/^[a-z]+$/.test(t.norm)) return false;
  }
  return false;
}

/**
 * The token that starts at `at`, if one does (tokens are in text order, one per start: a binary search, where a map of
 * every token's start was an article's worth of entries to find a few mentions' next words).
 */
function tokenStartingAt(tokens: readonly Token[], at: number): Token | undefined {
  const k = lowerBound(tokens.length, (i) => tokens[i]!.start < at);
  return k < tokens.length && tokens[k]!.start === at ? tokens[k] : undefined;
}

/** The generic-actor mentions of an article, to be merged with the mentions found before. */
export function genericActors(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  mentions: readonly RawMention[],
  article: Pick<ArticleMeta, 'id' | 'published'>,
  lex?: Lexicon,
  /** The article's country (ISO-3), when the caller has read it already. */
  docCountry: string | undefined = articleCountry(mentions, lex, text, tokens),
  /** Stretches of the article about another country ("In Mali, ..."): `fronted`. */
  scopes: ReadonlyArray<readonly [number, number, string]> = [],
  /** Where each sentence's events happen, for its victims: `eventPlaces`. */
  victimScopes: ReadonlyArray<readonly [number, number, string]> = [],
): RawMention[] {
  const { phrases, firstWords, countries, labels, nouns } = idx();
  const attacks = attackAgents(lex ?? defaultLexicon());
  const month = article.published && /^\d{4}-\d{2}/.test(article.published) ? article.published.slice(0, 7) : undefined;
  const out: RawMention[] = [];
  const sentenceStarts = new Set(sentences.map((s) => s.start));
  const maxEnd: number[] = [];
  mentions.forEach((m, i) => maxEnd.push(Math.max(m.end, i ? maxEnd[i - 1]! : 0)));
  const titledAt = new Set<number>();
  for (const m of mentions) if (m.type === 'person' && m.titles?.length) titledAt.add(m.start);
  // where persons' names start and end: "the government of President X" and "X's government" are X's country's
  const personStarts: number[] = [];
  const personEnds = new Set<number>();
  for (const m of mentions) {
    if (m.type !== 'person' || m.anaphor) continue;
    personStarts.push(m.start);
    personEnds.add(m.end);
  }
  /** Whether a person's name starts in (from, to]: after the words PERSON_AFTER_OF reads, titles before the name. */
  const personWithin = (from: number, to: number): boolean => personStarts.some((p) => p > from && p <= to);
  // what follows a state's titled official in a sentence ("Turkish Defence Minister Yasar Guler told reporters that the
  // army had ..."): [the name's end, the sentence's end, the country of the demonym before the title] (a demonym, an
  // adjective of the lexicon's countries: "Georgia Quartermaster General X" names no Georgian official)
  const speakers: Array<readonly [number, number, string]> = [];
  for (const m of mentions) {
    if (m.type !== 'person' || !m.titles?.length) continue;
    const s = sentences.find((x) => x.start <= m.start && m.start < x.end);
    const d = s && DEMONYM_TITLE_BEFORE.exec(text.slice(s.start, m.start));
    const entry = d ? demonyms(lex ?? defaultLexicon()).get(d[1]!.toLowerCase()) : undefined;
    const iso = entry?.type === 'country' ? countries.get(entry.label.toLowerCase()) : undefined;
    if (s && iso) speakers.push([m.end, s.end, iso]);
  }
  const forceScopes = sentenceForces(sentences, mentions);
  const visiting = visitingForce(mentions, docCountry, lex);
  /** Armed groups and forces by the sector of the agent noun right after their name ("Fano fighters": fighters' sector), built on first use. */
  let namedWith: Map<string, RawMention[]> | undefined;
  /** The one armed group or force the text named with a noun of `sector` before `at`, in reach (its latest such mention), else undefined. */
  const namedBefore = (sector: string, at: number): RawMention | undefined => {
    if (!namedWith) {
      namedWith = new Map();
      for (const m of mentions) {
        if ((m.type !== 'armed_group' && m.type !== 'force') || m.anaphor || m.via || m.rule === 'generic-actor') continue;
        const t = text[m.end] === ' ' ? tokenStartingAt(tokens, m.end + 1) : undefined;
        // (or the noun before it, "of" or "from" between: "Fighters from the Islamic State West Africa Province")
        const before = NOUN_OF_GROUP.exec(text.slice(Math.max(0, m.start - 32), m.start))?.[1]?.toLowerCase();
        const agent = (t ? phrases.get(t.norm) : undefined) ?? (before ? phrases.get(before) : undefined);
        if (!agent || agent.type !== 'armed_group') continue;
        const list = namedWith.get(agent.sector);
        if (list) list.push(m);
        else namedWith.set(agent.sector, [m]);
      }
    }
    let found: RawMention | undefined;
    for (const m of namedWith.get(sector) ?? []) {
      if (m.end >= at) break;
      if (at - m.end > NAMED_WITH_REACH) continue;
      if (found && (found.canonical ?? found.text.toLowerCase()) !== (m.canonical ?? m.text.toLowerCase())) return undefined;
      found = m;
    }
    return found;
  };
  const endsAt = new Map<number, RawMention>();
  for (const m of mentions) if (m.kind !== 'place' && !endsAt.has(m.end)) endsAt.set(m.end, m);
  // countries any lexicon knows (not only Phoenix's names), by where their mention ends and starts: "the Kenya government",
  // "soldiers from Kenya"
  /** Cities the lexicon knows, by where their mention ends (the subject of a verb of keeping troops: `deployForms`). */
  const cityEnds = new Map<number, RawMention>();
  for (const m of mentions) if (m.kind === 'place' && m.type === 'city' && m.canonical) cityEnds.set(m.end, m);
  const countryEnds = new Map<number, RawMention>();
  const countryStarts = new Map<number, RawMention>();
  for (const m of mentions) {
    // a name, or a possessive pronoun coreference gave a country ("Israel said its air force ...": Israel's); not another
    // lower-case word
    const possessive = m.via === 'pronoun' && /^(?:its|their)$/i.test(m.text);
    // (also a region the lexicon puts in a country, which has forces and a government of its own: "Jubaland forces",
    // "the Puntland government"; where it stands before the noun only)
    if (m.kind === 'place' && m.type === 'region' && m.canonical && /^\p{Lu}/u.test(m.text) && lexiconEntry(m.canonical, lex)?.in !== undefined) {
      if (!countryEnds.has(m.end)) countryEnds.set(m.end, m);
      continue;
    }
    if (m.kind !== 'place' || m.type !== 'country' || !(/^\p{Lu}/u.test(m.text) || possessive)) continue;
    if (!countryEnds.has(m.end)) countryEnds.set(m.end, m);
    if (possessive) continue;
    if (!countryStarts.has(m.start)) countryStarts.set(m.start, m);
  }
  /** A country mention's ISO-3 (Phoenix knows it) or, failing that, its lexicon label. */
  const countryOf = (m: RawMention): { iso?: string; label: string } => {
    const label = (m.canonical ? lexiconEntry(m.canonical, lex)?.label : undefined) ?? m.text;
    const iso = countries.get(label.toLowerCase()) ?? countries.get(m.text.toLowerCase());
    return iso ? { iso, label: labels.get(iso)! } : { label };
  };
  /**
   * Does the phrase at token i open its sentence (with at most a determiner or count before it)? Only there is "from X" where
   * the people are from ("Soldiers from Chad crossed ..."); after a verb it is where they are moved from ("withdrew troops from X").
   */
  const opensSentence = (i: number): boolean => {
    for (let k = i - 1, n = 0; ; k--, n++) {
      if (k < 0 || sentenceStarts.has(tokens[k + 1]!.start)) return true;
      if (n >= 2 || !(DETERMINERS.has(tokens[k]!.norm) || /^\d+$/.test(tokens[k]!.norm) || numberWords(lex).has(tokens[k]!.norm))) return false;
    }
  };
  /** The name ending at token j, or right before a bracket closing there ("Hayat Tahrir al-Sham (HTS),": the acronym's). */
  const nameEndingAt = (j: number): RawMention | undefined =>
    endsAt.get(tokens[j]!.end) ?? (tokens[j]!.norm === ')' && j > 0 && tokens[j - 1]!.end === tokens[j]!.start ? endsAt.get(tokens[j - 1]!.end) : undefined);
  /** Is there a name ending at token j, then a comma at token j + 1? */
  const nameThenComma = (j: number): boolean => {
    if (j < 0) return false;
    const comma = tokens[j + 1]!;
    const name = nameEndingAt(j);
    return comma.norm === ',' && comma.start === tokens[j]!.end && !!name && name.rule !== 'generic-actor' && /^\p{Lu}/u.test(name.text);
  };
  /** The name ending at token j is an armed group's or a force's. */
  const armedName = (j: number): boolean => {
    const name = nameEndingAt(j);
    return !!name && (name.type === 'armed_group' || name.kind === 'force');
  };
  /** Does the phrase at token i open an apposition to a name: `<name>, a|an|the|<Name>'s [up to 3 words or demonyms] <phrase>`? */
  const apposed = (i: number): boolean => {
    let demonym = false;
    for (let k = i - 1, n = 0; k >= 2 && n <= 3; k--, n++) {
      const t = tokens[k]!;
      if (tokens[k + 1]!.start > t.end + 1) return false;
      // (with a demonym, only after an armed group's or force's name: "Feng Biao, the Chinese ambassador" is China's
      // envoy, "the Canadian programme, the Danish government" a list)
      if (t.norm === 'a' || t.norm === 'an' || t.norm === 'the') return nameThenComma(k - 2) && (!demonym || armedName(k - 2));
      // ("Al-Shabaab, Somalia's largest militant group")
      if (t.norm === 's' && k >= 4 && (tokens[k - 1]!.norm === "'" || tokens[k - 1]!.norm === '’') && tokens[k - 1]!.end === t.start && tokens[k - 2]!.end === tokens[k - 1]!.start && /^\p{Lu}/u.test(text.slice(tokens[k - 2]!.start, tokens[k - 2]!.end)))
        return nameThenComma(k - 4);
      // (a hyphen of a compound, and the word before it: "X, an Iran-aligned militia", "X, a Hezbollah-backed force")
      if (/^[-‐]$/.test(t.norm) || (/^[-‐]$/.test(tokens[k + 1]!.norm) && tokens[k + 1]!.start === t.end)) continue;
      // (lower-case words, or a country's name or demonym: "Hezbollah, the Lebanese militant group")
      if (!/^[a-z][a-z-]*$/.test(text.slice(t.start, t.end))) {
        if (!countries.has(t.norm)) return false;
        demonym = true;
      }
    }
    return false;
  };
  /** The country named at token k (a two-word or one-word Phoenix name written with a capital, else a country mention starting there), and the token after it. */
  const countryAtToken = (k: number): { iso?: string; label: string; end: number; next: number } | undefined => {
    const o = tokens[k];
    if (!o) return undefined;
    const two = tokens[k + 1] && tokens[k + 1]!.start === o.end + 1 ? `${o.norm} ${tokens[k + 1]!.norm}` : '';
    const capital = /^\p{Lu}/u.test(text[o.start]!);
    if (two && countries.has(two)) return { iso: countries.get(two)!, label: labels.get(countries.get(two)!)!, end: tokens[k + 1]!.end, next: k + 2 };
    if (capital && countries.has(o.norm)) return { iso: countries.get(o.norm)!, label: labels.get(countries.get(o.norm)!)!, end: o.end, next: k + 1 };
    const m = countryStarts.get(o.start);
    if (!m) return undefined;
    let next = k;
    while (next < tokens.length && tokens[next]!.start < m.end) next++;
    return { ...countryOf(m), end: m.end, next };
  };
  /**
   * The countries of a list after a first one, from token k: ", Y" and "and Y" (", and Y"), only when the list ends with
   * "and Y" ("the ambassadors of Kenya, Uganda and Ethiopia"; "police in Kenya, Uganda's neighbour" is no list).
   */
  const countryList = (k: number): Array<{ iso?: string; label: string; end: number }> => {
    const out: Array<{ iso?: string; label: string; end: number }> = [];
    let closed = false;
    while (!closed && tokens[k]) {
      let j = k;
      if (tokens[j]!.norm === ',') j++;
      if (tokens[j]?.norm === 'and') {
        closed = true;
        j++;
      }
      if (j === k) break;
      const c = countryAtToken(j);
      if (!c) return [];
      out.push({ ...(c.iso ? { iso: c.iso } : {}), label: c.label, end: c.end });
      k = c.next;
    }
    return closed ? out : [];
  };
  /**
   * The country named right before an agent noun (of any kind: "media", "police") that ends at token j, the words in a
   * row: a demonym or name ("Danish media"), a country mention ("the Kenya government"), "Kenya's police".
   */
  const countryBeforeNoun = (j: number): { iso?: string; label: string } | undefined => {
    for (let n = Math.min(MAX_WORDS, j + 1); n >= 1; n--) {
      const words = tokens.slice(j - n + 1, j + 1);
      if (!words.every((t, q) => /^[a-z]+$/.test(t.norm) && (q === 0 || t.start === words[q - 1]!.end + 1)) || !nouns.has(words.map((t) => t.norm).join(' '))) continue;
      const b = j - n;
      const t = tokens[b];
      if (!t || t.end + 1 !== words[0]!.start) return undefined;
      const cm = countryEnds.get(t.end);
      if (cm) return countryOf(cm);
      const two = b > 0 && tokens[b - 1]!.end + 1 === t.start ? countries.get(`${tokens[b - 1]!.norm} ${t.norm}`) : undefined;
      const iso = two ?? (/^\p{Lu}/u.test(text[t.start]!) ? countries.get(t.norm) : undefined);
      return iso ? { iso, label: labels.get(iso)! } : undefined;
    }
    return undefined;
  };
  /**
   * A country's possessive one or two words before token i, the words between lower-case nouns or adjectives as the
   * tagger reads the phrase ("Ithilen's palace guard militia"): the country (its mention, or Phoenix's ISO-3) and start.
   */
  const possessorOver = (i: number): { mention?: RawMention; iso?: string; start: number } | undefined => {
    for (let n = 1; n <= 2; n++) {
      const b = i - n;
      if (b < 3) return undefined;
      const between = tokens.slice(b, i);
      if (!between.every((t, q) => /^[a-z]+$/.test(text.slice(t.start, t.end)) && t.start === (q ? between[q - 1]!.end : tokens[b - 1]!.end) + 1 && !DETERMINERS.has(t.norm) && !PRONOUNS.has(t.norm))) return undefined;
      const s = tokens[b - 1]!;
      const ap = tokens[b - 2]!;
      const name = tokens[b - 3]!;
      if (s.norm !== 's' || ap.norm !== "'" || ap.start !== name.end || s.start !== ap.end) continue;
      const mention = countryEnds.get(name.end);
      const iso = mention ? undefined : /^\p{Lu}/u.test(text[name.start]!) ? countries.get(name.norm) : undefined;
      if (!mention && !iso) continue;
      const tags = posTag([...tokens.slice(b - 3, i + 1)].map((t) => ({ text: text.slice(t.start, t.end) })));
      if (!tags.slice(3, 3 + n).every((t) => t === 'NN' || t === 'NNS' || t === 'JJ' || t === 'RB')) return undefined;
      return { ...(mention ? { mention } : { iso }), start: mention ? mention.start : name.start };
    }
    return undefined;
  };
  // the phrase's start and country, read from the words before its noun (declared out of the loop over the tokens: a
  // closure over the loop's own variables would make a context at every token)
  let start = 0;
  let country: string | undefined;
  /** The country's label when only the lexicon, not Phoenix, knows it. */
  let lexCountry: string | undefined;
  /** A country mention ending at token k: taken with its start (the loop's k moved to its first token). */
  const takeMention = (k: number, m: RawMention): number => {
    const c = countryOf(m);
    country = c.iso;
    lexCountry = c.iso ? undefined : c.label;
    // (a pronoun stays out of the phrase: "its air force" is the air force, Israel's)
    if (m.via) return k;
    start = m.start;
    while (k > 0 && tokens[k]!.start > m.start) k--;
    return k;
  };
  // (the reading of one agent phrase is cut into functions of their own, unchanged in what they do: as one loop body it
  // made genericActors ~20 kB of bytecode, which V8 deoptimised at a rare shape and recompiled whole, a second or two
  // of compiling each time; apart, each piece is optimised, and recompiled, alone)
  /** The longest agent phrase at token i ("armed men", "gang members"): the agent and its last token, else undefined. */
  const agentAt = (i: number): { hit: Agent; last: number } | undefined => {
    // (a phrase's first word is lower-case letters, LOWER_WORD below, and so are "men" and "man": a token that opens with
    // anything else, a capital, a digit or a sign, opens none, and no set is asked)
    const c0 = tokens[i]!.norm.charCodeAt(0);
    if (c0 < 97 || c0 > 122) return undefined;
    // "armed men", "masked men": men only with an unidentified-word before them are unnamed armed men
    const men = MEN.has(tokens[i]!.norm) && i > 0 && tokens[i]!.start === tokens[i - 1]!.end + 1 && w().UNIDENTIFIED.has(tokens[i - 1]!.norm);
    if (!men && !firstWords.has(tokens[i]!.norm) && !attacks.firstWords.has(tokens[i]!.norm)) return undefined;
    // longest agent phrase starting at i
    let hit: Agent | undefined;
    let last = i;
    // the phrase's words: lower-case letters, one space apart; `run` of them from i (at most MAX_WORDS), joined in `full`
    // (the key of n words is its first `len` characters, tried longest first)
    let run = 0;
    let full = '';
    for (const maxN = Math.min(MAX_WORDS, tokens.length - i); run < maxN; run++) {
      const t = tokens[i + run]!;
      if ((run > 0 && t.start > tokens[i + run - 1]!.end + 1) || !LOWER_WORD.test(t.norm)) break;
      full = run > 0 ? `${full} ${t.norm}` : t.norm;
    }
    for (let n = run, len = full.length; n >= 1 && !hit; len -= tokens[i + n - 1]!.norm.length + 1, n--) {
      const key = len === full.length ? full : full.slice(0, len);
      const a = phrases.get(key) ?? attacks.phrases.get(key);
      if (a) {
        hit = a;
        last = i + n - 1;
      }
    }
    // ("masked men" are armed men, not the people Phoenix's MEN names)
    if (men && (!hit || hit.sector === 'PPL')) hit = menAgent(tokens[i]!.norm === 'men');
    if (!hit) return undefined;
    // "gang members", "militia members": a group's members are its people
    const nx = tokens[last + 1];
    if (!hit.plural && nx && (nx.norm === 'members' || nx.norm === 'member') && nx.start === tokens[last]!.end + 1) {
      hit = { ...hit, plural: nx.norm === 'members' };
      last++;
    }
    return { hit, last };
  };
  /** Does a capitalised word stand right before or after token i (a name's run: "Rebel Alliance", "the Free Rebels")? */
  const capitalisedBeside = (i: number): boolean => {
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    const caps = (t: Token | undefined, gap: string) => !!t && /^\s?$/.test(gap) && /^\p{Lu}/u.test(text.slice(t.start, t.end));
    return caps(before, before ? text.slice(before.end, tokens[i]!.start) : '') || caps(after, after ? text.slice(tokens[i]!.end, after.start) : '');
  };
  /** Is the agent phrase of tokens i to `last` no generic actor (part of a name, a modifier of a noun, a name's own, in apposition to a name)? */
  const passedOver = (i: number, last: number, hit: Agent): boolean => {
    const headStart = tokens[i]!.start;
    const headEnd = tokens[last]!.end;
    // a capitalised agent word inside a sentence is part of a name ("Police Chief", "Army Day"): left to the name passes
    // (but not a word of armed men who are no state's that stands alone, no capitalised word beside it, as a creed's men
    // are written: "On Monday, Maoists killed two villagers")
    if (!sentenceStarts.has(headStart) && /^\p{Lu}/u.test(text[headStart]!) && !/^\p{Lu}+$/u.test(text.slice(headStart, headEnd))) {
      if (!(i > 0 && countries.has(tokens[i - 1]!.norm)) && !(NON_STATE_SECTORS.has(hit.sector) && i === last && !capitalisedBeside(i))) {
        return true;
      }
    }
    // the remit of an office, after "for" or "of" ("the minister for refugees", "a ministry of police"): no actor (lexicon
    // portfolioHeads)
    const article = i > 0 && tokens[i - 1]!.norm === 'the' ? 1 : 0;
    const prep = tokens[i - 1 - article];
    if (prep && (prep.norm === 'for' || prep.norm === 'of') && i - 2 - article >= 0 && portfolioHeads(lex ?? defaultLexicon()).has(tokens[i - 2 - article]!.norm)) return true;
    // a singular agent noun before another noun modifies it ("terrorist attack", "military operations", "fighter jets")
    const next = tokens[last + 1];
    // ("a tribal elder near Kohat", "the government against X": a preposition, which compromise may tag an adjective,
    // modifies nothing)
    // ... except the army's or the police's own posts, which stand for them as targets ("attacked an army convoy", "a
    // police checkpoint", "army positions": lexicon facilityNouns, isPost)
    // ... and their own units, which are them ("army units entered X", "police units"; lexicon forceNouns)
    const ownPost = (hit.sector === 'MIL' || hit.sector === 'COP') && !!next && (isPost(next.norm, lex ?? defaultLexicon()) || (next.norm !== tokens[last]!.norm && forceNounSet(lex ?? defaultLexicon()).has(next.norm)));
    // (nor an attack verb's form after an attack noun, which compromise may know only as a noun: "a drone strike hit"; nor
    // its past after any noun, which compromise may know only as an adjective: "a suicide bomber targeted")
    if (!hit.plural && !ownPost && next && next.start <= headEnd + 1 && /^[a-z]+$/.test(text.slice(next.start, next.end)) && !LOCATIVE.has(next.norm) && !PREPOSITIONS_ONLY.has(next.norm) && !(hit.attack && strikeVerbForms(lex ?? defaultLexicon()).has(next.norm)) && !strikeVerbPasts(lex ?? defaultLexicon()).has(next.norm)) {
      const tags = lexTags(next.norm, lex);
      // (an attack is done, not described: "Israeli shelling wounded five", where compromise reads "wounded" an adjective)
      const attack = hit.attack;
      // (a word's ending says noun only where the tables know no verb: "the government has ..." opens a clause)
      // (a noun that is its own plural, "media", modifies any next word that reads as no verb, conjunction or preposition:
      // "media activist", "media coverage", which the word tables may not know)
      const verbLike = (t: string) => t === 'PastTense' || t === 'PresentTense' || t === 'Modal' || t === 'Copula' || t === 'Infinitive' || t === 'Conjunction' || t === 'Preposition' || t === 'Adverb';
      // (a noun of a group before the group's name is a noun whatever else it may be: "the rebel group Hayat Tahrir
      // al-Sham" names the group; "a rebel group withdrew" is rebels)
      const named = tokens[last + 2];
      const groupNoun = nounsOfGroups(lex ?? defaultLexicon()).has(next.norm) && !!named && named.start === next.end + 1 && /^\p{Lu}/u.test(text[named.start]!);
      if (groupNoun || (hit.mass && !tags.some(verbLike)) || tags.some((t) => t === 'Singular' || t === 'Plural' || t === 'Noun' || t === 'Uncountable' || (t === 'Adjective' && !attack)) || (/(?:tion|ment|ity|ism|s)$/.test(next.norm) && !tags.includes('Verb'))) {
        if (groupNoun || !tags.some((t) => t === 'PastTense' || t === 'PresentTense' || t === 'Modal' || t === 'Copula')) {
          return true;
        }
      }
    }
    // ... and so does one joined to an adjective before a noun ("military and logistic support", "military or financial aid";
    // after an adjective a verb's base form is a noun: "support")
    if (!hit.plural && !/men$/.test(tokens[last]!.norm) && next && (next.norm === 'and' || next.norm === 'or') && next.start === headEnd + 1) {
      const adj = tokens[last + 2];
      const noun = tokens[last + 3];
      const tagsOf = (t: Token) => lexTags(t.norm, lex);
      if (adj && noun && adj.start === next.end + 1 && noun.start === adj.end + 1 && /^[a-z]+$/.test(text.slice(adj.start, adj.end)) && (tagsOf(adj).includes('Adjective') || /(?:ic|al|ary|ive)$/.test(adj.norm)) && !tagsOf(adj).some((t) => t === 'Plural' || t === 'Noun' || t === 'Singular') && tagsOf(noun).some((t) => t === 'Singular' || t === 'Plural' || t === 'Noun' || t === 'Uncountable' || t === 'Infinitive')) {
        return true;
      }
    }
    // (a title before a named person is the person's: "Yemen Deputy Prime Minister Salem X" is X)
    // (nor a noun that describes a role of another body: "the military commander of Liwa al-Fath", "the army chief of
    // the Kessar Brigades" name no state's forces)
    // (the body a mention that is no place, right after "of" or "for": "the army chief of Nigeria" is Nigeria's)
    /** A name right after "pro-" or "anti-" (lexicon alignmentPrefixes): "pro-Assad". */
    const alignedName = (m: RawMention): boolean => {
      const dash = /^(\p{L}+)[-‐]$/u.exec(text.slice(Math.max(0, m.start - 8), m.start).split(/[^\p{L}‐-]/u).pop() ?? '');
      return !!dash && alignment(lex ?? defaultLexicon()).has(dash[1]!.toLowerCase());
    };
    const bodyAfter = (k: number): boolean => {
      const of = tokens[k];
      if (!of || (of.norm !== 'of' && of.norm !== 'for')) return false;
      const at = tokens[k + 1]?.norm === 'the' ? tokens[k + 2] : tokens[k + 1];
      return !!at && mentions.some((x) => x.start === at.start && x.kind !== 'place' && x.rule !== 'generic-actor');
    };
    /** An armed group's or force's name (no generic actor) right after "of" or "from" (and "the") at token `k`. */
    // (an attack "from" a group is its doing, not its men: "came under attack from ISIL")
    const armedBodyAfter = (k: number): RawMention | undefined => {
      if (tokens[k]?.norm !== 'of' && !(tokens[k]?.norm === 'from' && !hit.attack)) return undefined;
      const at = tokens[k + 1]?.norm === 'the' ? tokens[k + 2] : tokens[k + 1];
      return at ? mentions.find((x) => x.start === at.start && (x.type === 'armed_group' || x.type === 'force') && x.rule !== 'generic-actor' && !x.via) : undefined;
    };
    const roles = roleWords(lex ?? defaultLexicon());
    const roleOf = (!!tokens[last + 1] && roles.has(tokens[last + 1]!.norm) && bodyAfter(last + 2)) || (last > i && roles.has(tokens[last]!.norm) && bodyAfter(last + 1));
    if (covered(mentions, maxEnd, headStart, headEnd) || titledAt.has(headEnd + 1) || roleOf) {
      return true;
    }
    // "Al-Shabaab militants", "Taliban fighters": the named group right before stands for them (the clause reads it as the phrase's compound)
    // ... and so do a named party's own ("the group's military spokesman", "Hamas's fighters": its military wing, its fighters)
    // (a plural's bare apostrophe too: "the Houthis' military spokesman")
    const ownedBy =
      i > 2 && tokens[i - 1]!.norm === 's' && tokens[i - 2]!.norm === "'" && tokens[i - 2]!.start === tokens[i - 3]!.end
        ? endsAt.get(tokens[i - 3]!.end)
        : i > 1 && tokens[i - 1]!.norm === "'" && tokens[i - 1]!.start === tokens[i - 2]!.end && /s$/.test(tokens[i - 2]!.norm)
          ? endsAt.get(tokens[i - 2]!.end)
          : undefined;
    // (its acronym in brackets may stand between: "Islamic State Sahel Province (ISSP) fighters")
    const bracketed = i > 1 && tokens[i - 1]!.norm === ')' && tokens[i - 1]!.start === tokens[i - 2]!.end ? endsAt.get(tokens[i - 2]!.end) : undefined;
    const before = i > 0 ? (endsAt.get(tokens[i - 1]!.end) ?? ownedBy ?? bracketed) : undefined;
    // (not a name after "pro-" or "anti-": "pro-Assad militiamen" are the men of no name, who side with it; nor a person's
    // state, "Prime Minister X's government", the government of the country he leads: mentionsOf)
    const personsState = before?.type === 'person' && before === ownedBy && hit.sector === 'GOV' && stateNouns(lex ?? defaultLexicon()).has(tokens[last]!.norm);
    if (before && !alignedName(before) && !personsState) {
      return true;
    }
    // ... and so does one named after "of" or "from" ("factions of the Syrian National Army", "fighters from the Tarvan Front"): an
    // armed group's or force's own men, no party of their own; the words describe it ("Turkish-backed factions of X": X)
    const body = hit.type === 'armed_group' || hit.type === 'force' ? armedBodyAfter(last + 1) : undefined;
    if (body) {
      out.push({ start: headStart, end: headEnd, text: text.slice(headStart, headEnd), kind: body.kind, type: body.type, rule: 'generic-actor', via: 'description', refersTo: { start: body.start, end: body.end } });
      return true;
    }
    // "Fano fighters blocked the road ... the fighters detained two drivers": "the" and a noun of armed men of the sector
    // (the agents' code: "militias", "militiamen") the text named one armed group with before are that group again (two
    // groups so named: neither)
    // (also over a present participle of what they do: "the retreating fighters", "the fleeing militants")
    const the = i > 0 && tokens[i - 1]!.norm === 'the' ? 1 : i > 1 && tokens[i - 2]!.norm === 'the' && /^[a-z]{3,}ing$/.test(text.slice(tokens[i - 1]!.start, tokens[i - 1]!.end)) ? 2 : 0;
    const named = hit.type === 'armed_group' && last === i && the ? namedBefore(hit.sector, headStart) : undefined;
    if (named) {
      out.push({ start: headStart, end: headEnd, text: text.slice(headStart, headEnd), kind: named.kind, type: named.type, rule: 'generic-actor', via: 'description', refersTo: { start: named.start, end: named.end } });
      return true;
    }
    // "the Southern Transitional Council, a separatist group backed by ...": a description in apposition to a name is that
    // name again, not another party (the clause reader takes the name for the clause's subject)
    // (not when it names the group of a role: "X, a police commander" is a commander of the police)
    if (apposed(i) && !(tokens[last + 1] && roleWords(lex).has(tokens[last + 1]!.norm))) {
      return true;
    }
    return false;
  };
  /** The words before the noun read into `start`, `country` and `lexCountry`: whether one of them is an unidentified-word. */
  const wordsBefore = (i: number, last: number, hit: Agent): boolean => {
    // words before the noun: unidentified-words and a country name or demonym, in any order ("unidentified Somali gunmen")
    const headStart = tokens[i]!.start;
    const headEnd = tokens[last]!.end;
    start = headStart;
    country = undefined;
    lexCountry = undefined;
    let unidentified = false;
    let qualified = i;
    // (a weapon's model between its country and its head: "an American MQ-9 Reaper drone", "Russian Su-25 jets")
    const weapon = hardwareHeads().has(tokens[last]!.norm);
    let modelWords = 0;
    for (let k = i - 1, steps = 0; k >= 0 && steps < 3; k--, steps++) {
      const t = tokens[k]!;
      if (tokens[k + 1]!.start > t.end + 1) break;
      if (weapon && !country && !lexCountry && modelWords < MODEL_REACH && k === i - 1 - modelWords && !countries.has(t.norm) && !countryEnds.has(t.end) && MODEL_PART.test(text.slice(t.start, t.end))) {
        modelWords++;
        steps--;
        continue;
      }
      const two = k > 0 ? `${tokens[k - 1]!.norm} ${t.norm}` : '';
      // "Mali's transitional government": a qualifier right before the noun, read over when a country comes before it
      // (and a run of them: "Yemen's internationally recognised government")
      if ((k === i - 1 || k === qualified - 1) && w().QUALIFIERS.has(t.norm) && !country && !lexCountry) {
        qualified = k;
        continue;
      }
      // "Turkish drone strikes": a weapon or aircraft word right before an attack noun
      if (k === i - 1 && hit.attack && hardwareHeads().has(t.norm)) continue;
      if (w().UNIDENTIFIED.has(t.norm)) {
        unidentified = true;
        start = t.start;
        continue;
      }
      // "Sunni militants", "Druze gunmen": a community's word right before the noun is part of the phrase (no country;
      // lexicon communityAdjectives), so that the phrase is whole where a rule reads it ("clashes between Druze gunmen and ...")
      // (the phrase's first word: no country read before it, "an Iraqi Kurdish official" is no Iraqi government's; not
      // before a force's noun, "Kurdish fighters" is named as a force of its own, mentions/patterns.ts)
      if (k === i - 1 && communityWordSet(lex ?? defaultLexicon()).has(text.slice(t.start, t.end)) && !forceNounSet(lex ?? defaultLexicon()).has(tokens[last]!.norm)) {
        start = t.start;
        break;
      }
      // "pro-Turkish factions", "anti-American militias": an alignment, not the men's country (lexicon alignmentPrefixes;
      // mentions/nested.ts reads "pro-" as a backer)
      if (k >= 2 && (countries.has(t.norm) || countryEnds.has(t.end)) && /^[-‐]$/.test(tokens[k - 1]!.norm) && tokens[k - 1]!.end === t.start && tokens[k - 2]!.end === tokens[k - 1]!.start && alignment(lex).has(tokens[k - 2]!.norm)) break;
      const cm = !country && !lexCountry ? countryEnds.get(t.end) : undefined;
      // (a country named by its mention before an attack noun is the attack's doer already: "U.S. airstrikes")
      if (cm && hit.attack) break;
      if (cm && !countries.has(t.norm) && !(two && countries.has(two))) {
        k = takeMention(k, cm);
        continue;
      }
      // "Gondor's government": a lexicon country before the possessive
      const cp = !country && !lexCountry && t.norm === 's' && k >= 2 && tokens[k - 1]!.norm === "'" ? countryEnds.get(tokens[k - 2]!.end) : undefined;
      if (cp && !countries.has(tokens[k - 2]!.norm)) {
        k = takeMention(k - 2, cp);
        continue;
      }
      if (!country && two && countries.has(two)) {
        country = countries.get(two);
        start = tokens[k - 1]!.start;
        k--;
        continue;
      }
      if (!country && countries.has(t.norm)) {
        country = countries.get(t.norm);
        start = t.start;
        continue;
      }
      // "Kenya's police"
      if (!country && t.norm === 's' && k >= 2 && tokens[k - 1]!.norm === "'" && countries.has(tokens[k - 2]!.norm)) {
        country = countries.get(tokens[k - 2]!.norm);
        start = tokens[k - 2]!.start;
        k -= 2;
        continue;
      }
      // a second noun joined by "and" shares the country words before the first ("Danish media and government", "Kenyan
      // police and soldiers"); not an armed group's men, who may be the other side ("US troops and militants")
      // (nor a noun with its own scope after it, "officials from HTS", "students of X"; nor a verb, "and force the government")
      const after = tokens[last + 1];
      const ownScope = !!after && after.start <= headEnd + 1 && (OWN_SCOPE.has(after.norm) || DETERMINERS.has(after.norm) || PRONOUNS.has(after.norm));
      if (k === i - 1 && t.norm === 'and' && !country && !lexCountry && !SHARES_NO_COUNTRY.has(hit.sector) && !ownScope) {
        const shared = countryBeforeNoun(k - 1);
        if (shared) {
          country = shared.iso;
          lexCountry = shared.iso ? undefined : shared.label;
        }
      }
      break;
    }
    return unidentified;
  };
  /** A country's possessive over the phrase's words, or the country that has or sends the troops, read into `country` (and `start`). */
  const countryAround = (i: number, last: number, hit: Agent): void => {
    // "Ithilen's palace guard militia", "Syria's largely secular government": a country's possessive reaches over the
    // nouns and adjectives of the phrase before its head (the tagger's reading of them: "Turkey's army shelled rebels" is
    // no phrase)
    // (not an office: "Israel's defence minister, Moshe Ya'alon" is the man named after it; nor a country's weapons,
    // "Syria's chemical weapons", which are its forces only as they strike; nor its government or legislature, which a
    // word before may make another one, "Peru's provincial government": only the qualifiers read over)
    if (!country && !lexCountry && !hit.attack && !hit.office && hit.sector !== 'GOV' && hit.sector !== 'LEG' && !hardwareHeads().has(tokens[last]!.norm)) {
      const owner = possessorOver(i);
      if (owner) {
        const c = owner.mention ? countryOf(owner.mention) : { iso: owner.iso, label: labels.get(owner.iso!)! };
        country = c.iso;
        lexCountry = c.iso ? undefined : c.label;
        start = owner.start;
      }
    }
    // a country that has, sends or deploys the troops is theirs ("The US has about 900 troops in Syria", "Kenya sent 400
    // soldiers to Haiti"): the subject right before the verb, a count and its words between
    if (!country && !lexCountry && hit.sector === 'MIL') {
      let k = i - 1;
      for (let n = 0; k >= 1 && n < 6 && (COUNT_WORDS.has(tokens[k]!.norm) || /^[\d,.]+$/.test(tokens[k]!.norm)); n++) k--;
      if (k >= 1 && k < i - 1 && deployForms(lex ?? defaultLexicon()).has(tokens[k]!.norm)) {
        // (past a relative clause or an aside between commas: "The United States, which backs the SDF, has 900 troops")
        let sk = k - 1;
        if (tokens[sk]!.norm === ',') {
          for (let j = sk - 1; j >= 1 && j >= sk - ASIDE_REACH; j--) {
            if (tokens[j]!.norm !== ',') continue;
            if (RELATIVE_OPENERS.has(tokens[j + 1]!.norm)) sk = j - 1;
            break;
          }
        }
        const subject = tokens[sk]!;
        const cm = countryEnds.get(subject.end);
        if (cm) {
          const c = countryOf(cm);
          country = c.iso;
          lexCountry = c.iso ? undefined : c.label;
        } else if (countries.has(subject.norm) && /^\p{Lu}/u.test(text[subject.start]!)) country = countries.get(subject.norm);
        else {
          // (a city that keeps or sends troops speaks for its country: "Ankara maintains dozens of military outposts")
          const city = cityEnds.get(subject.end);
          const within = city?.canonical ? lexiconEntry(city.canonical, lex)?.in : undefined;
          const entry = within ? lexiconEntry(within, lex) : undefined;
          if (entry?.type === 'country') country = countries.get(entry.label.toLowerCase());
        }
      }
    }
    // the army's or the police's posts in a country named right after them are that country's ("fired rockets at
    // military positions in northern Israel", in a report from Beirut)
    if (!country && !lexCountry && (hit.sector === 'MIL' || hit.sector === 'COP') && tokens[last + 1] && isPost(tokens[last + 1]!.norm, lex ?? defaultLexicon())) {
      let j = last + 2;
      if (tokens[j] && LOCATED_POST.has(tokens[j]!.norm)) {
        j++;
        if (tokens[j]?.norm === 'the') j++;
        if (tokens[j] && COMPASS_WORD.test(tokens[j]!.norm)) j++;
        const cm = tokens[j] ? countryStarts.get(tokens[j]!.start) : undefined;
        if (cm) {
          const c = countryOf(cm);
          country = c.iso;
          lexCountry = c.iso ? undefined : c.label;
        }
      }
    }
  };
  /** The countries listed before the one right before the noun. */
  const countriesBefore = (i: number, hit: Agent): Array<{ iso: string; start: number; end: number }> => {
    // countries listed before the one right before the noun share the noun ("Russian and Syrian warplanes", "US, British
    // and French jets"): each its own node, at its own word; not for parties that may be the other side (SHARES_NO_COUNTRY)
    const listedBefore: Array<{ iso: string; start: number; end: number }> = [];
    if (country && !lexCountry && !SHARES_NO_COUNTRY.has(hit.sector)) {
      // (the token the phrase starts at: back from the noun's, never a scan of the whole article)
      let j = i;
      while (j > 0 && tokens[j]!.start > start) j--;
      if (tokens[j]!.start !== start) j = -1;
      let closed = false;
      while (j >= 2) {
        const sep = tokens[j - 1]!;
        const c = tokens[j - 2]!;
        if (!(sep.norm === 'and' && !closed) && sep.norm !== ',') break;
        if (sep.norm === 'and') closed = true;
        const iso = /^\p{Lu}/u.test(text[c.start]!) ? countries.get(c.norm) : undefined;
        if (!iso || iso === country || !closed) break;
        listedBefore.push({ iso, start: c.start, end: c.end });
        j -= 2;
      }
    }
    return listedBefore;
  };
  /** The country named after the noun, read into `country` or `lexCountry`: the further countries of its list. */
  const countriesAfter = (i: number, last: number, hit: Agent): Array<{ iso?: string; label: string; end: number }> => {
    const headEnd = tokens[last]!.end;
    // after the noun: "soldiers from Kenya", "the government of Peru", "police in Nigeria" (a country's soldiers are
    // often somewhere else: "in" does not scope the armed forces)
    /** Further countries the phrase names in a list after the first ("police in Kenya and Uganda"): each its own node. */
    const conjuncts: Array<{ iso?: string; label: string; end: number }> = [];
    if (!country && !lexCountry) {
      // (a second noun joined by "and" shares the first one's words after it: "lawmakers and officials in Kenya")
      let at = last;
      const and = tokens[last + 1];
      if (and?.norm === 'and' && and.start === headEnd + 1) {
        for (let n = MAX_WORDS; n >= 1; n--) {
          const words = tokens.slice(last + 2, last + 2 + n);
          if (words.length === n && words.every((t, k) => /^[a-z]+$/.test(t.norm) && t.start === (k ? words[k - 1]!.end : and.end) + 1) && phrases.has(words.map((t) => t.norm).join(' '))) {
            at = last + 1 + n;
            break;
          }
        }
      }
      const p = tokens[at + 1];
      const o = tokens[at + 2];
      if (p && o && p.start === tokens[at]!.end + 1 && o.start === p.end + 1 && (p.norm === 'of' || (p.norm === 'from' && opensSentence(i)) || (p.norm === 'in' && hit.sector !== 'MIL'))) {
        const first = countryAtToken(at + 2);
        if (first) {
          country = first.iso;
          lexCountry = first.iso ? undefined : first.label;
          conjuncts.push(...countryList(first.next));
        }
      }
    }
    return conjuncts;
  };
  /** The mentions of the agent phrase of tokens i to `last`, its countries read: the token to read on after. */
  const mentionsOf = (i: number, last: number, hit: Agent, unidentified: boolean, listedBefore: ReadonlyArray<{ iso: string; start: number; end: number }>, conjuncts: ReadonlyArray<{ iso?: string; label: string; end: number }>): number => {
    const headEnd = tokens[last]!.end;
    const named = !!country || !!lexCountry;
    // (a person's state, "the government of Captain X", "Prime Minister X's government": the person's country is the
    // article's, or its paragraph's, as far as the text tells; never the one a titled official speaking names)
    const stateAfter = tokens[last + 1];
    // (the state's bare noun only: "the government of X", "the regime of X"; not "the new provisional government of X")
    const ofPerson = hit.sector === 'GOV' && last === i && i > 0 && tokens[i - 1]!.norm === 'the' && stateAfter?.norm === 'of' && personWithin(stateAfter.end, stateAfter.end + (PERSON_AFTER_OF.exec(text.slice(stateAfter.end, stateAfter.end + 60))?.[0].length ?? 0));
    const personBefore = hit.sector === 'GOV' && last === i && i > 1 && tokens[i - 1]!.norm === 's' && /^['’]$/.test(tokens[i - 2]!.norm) && personEnds.has(tokens[i - 2]!.start);
    // (a state's own forces, police or officials in a sentence its titled official speaks: that state's)
    country ??=
      (w().SECTORS[hit.sector]?.countedOrNamed && !livesAbroad(lex ?? defaultLexicon()).test(hit.noun) ? scopeAt(victimScopes, start) : undefined) ??
      (STATE_SECTORS.has(hit.sector) && !ofPerson && !personBefore ? scopeAt(speakers, start) : undefined) ??
      (hit.sector === 'MIL' ? scopeAt(forceScopes, start) : undefined) ??
      scopeAt(scopes, start) ??
      (hit.sector === 'MIL' ? visiting : undefined) ??
      docCountry;
    // (but "the government", "the junta" with no country named and no antecedent coreference gave it are the
    // government of the country the article, or its paragraph, is about: lexicon stateNouns)
    // (the noun itself, not a modifier: "the government said", "the regime's", not "regime change", "government officials")
    // (nor one that says whose it is, "the government of the Spanish Republic", when that is no country read above)
    const clauseAfter = !stateAfter || !/^[a-z]/.test(stateAfter.norm) || (stateAfter.norm !== 'of' && endsStatePhrase(stateAfter.norm, lex));
    // (over one word that is no noun nor agent: "the federal government", "the interim government"; not "the rebel government")
    const stateThe = (k: number) => k >= 0 && tokens[k]!.norm === 'the';
    const oneWordAfterThe = i > 1 && /^[a-z]+$/.test(text.slice(tokens[i - 1]!.start, tokens[i - 1]!.end)) && stateThe(i - 2) && !phrases.has(tokens[i - 1]!.norm) && !lexTags(tokens[i - 1]!.norm, lex).some((t) => t === 'Singular' || t === 'Plural' || t === 'Noun' || t === 'Uncountable');
    // (or a person's, named after "of" over the person's titles or before the possessive, above)
    const theState = hit.sector === 'GOV' && (stateThe(i - 1) || oneWordAfterThe || personBefore) && stateNouns(lex ?? defaultLexicon()).has(tokens[last]!.norm) && !!country && (clauseAfter || ofPerson);
    if (hit.needsCountry && !named && !theState) {
      return last;
    }
    // an attack noun before a noun, or before a word compromise does not know, is a kind of thing ("assault rifles", "strike
    // helicopter"), not an attack (asked only once a country is named: most attack nouns have none)
    const after = tokens[last + 1];
    // (... but not an attack verb's form: "a drone strike hit a car")
    if (hit.attack && after && after.start <= headEnd + 1 && /^[a-z]+$/.test(text.slice(after.start, after.end)) && !strikeVerbForms(lex ?? defaultLexicon()).has(after.norm)) {
      const tags = lexTags(after.norm, lex);
      if (tags.every((t) => t === 'Singular' || t === 'Plural' || t === 'Noun' || t === 'Uncountable')) {
        return last;
      }
    }
    const rule = w().SECTORS[hit.sector]!;
    // people named by what they are ("12 people", "a journalist"): only when counted or with their country
    // ... and not as a possessor ("the men's final")
    const apostrophe = tokens[last + 1]?.norm === "'" && tokens[last + 1]!.start <= headEnd + 1;
    const possessor = apostrophe && (tokens[last + 2]?.norm === 's' || (tokens[last + 1]!.start === headEnd && /s$/.test(tokens[last]!.norm)));
    // (a noun that is its own plural is not counted: "on 23 July state media reported")
    // (the victims right after a verb of violence or abduction are as good as counted: "attacked farmers", "abducted
    // students")
    // (... or right after "at" or "on" that aims fire or a weapon at them: "fired tear gas at students", "opened fire on
    // worshippers", "threw grenades at villagers": hardware words, the words of repressionMeans)
    const victims = i > 0 && tokens[i - 1]!.end + 1 === tokens[i]!.start && (victimVerbs(lex ?? defaultLexicon()).has(tokens[i - 1]!.norm) || aimedAt(tokens, i - 1, lex ?? defaultLexicon()));
    // (... and so are people an unidentified-word marks as a party: "armed herders", "masked villagers"; and the doers
    // right before a verb of violence or abduction: "herders attacked farmers")
    const verbAfter = tokens[last + 1];
    // (not a participle's: "people killed by Japanese troops"; nor bare people, who are counted or named to be anyone)
    const doers = !!verbAfter && hit.sector !== 'PPL' && verbAfter.start === headEnd + 1 && victimVerbs(lex ?? defaultLexicon()).has(verbAfter.norm) && tokens[last + 2]?.norm !== 'by';
    // (... but the people a participle of violence or abduction has done to by someone are its victims: "the aid worker
    // detained by X", "villagers killed by Y")
    const doneTo = !!verbAfter && hit.sector !== 'PPL' && verbAfter.start === headEnd + 1 && victimParticiples(lex ?? defaultLexicon()).has(verbAfter.norm) && tokens[last + 2]?.norm === 'by';
    if (rule.countedOrNamed && ((!named && !victims && !unidentified && !doers && !doneTo && (hit.mass || !countedBefore(text, tokens, i, lex))) || possessor)) {
      return last;
    }
    const where = lexCountry ?? (country ? labels.get(country)! : undefined);
    for (const c of listedBefore) {
      // (a word another pass read as a party already: "Russian" of "Russian and Syrian troops")
      if (mentions.some((x) => x.kind !== 'place' && x.start < c.end && c.start < x.end)) continue;
      const label = labelOf(hit, rule, labels.get(c.iso)!, unidentified, month, article.id);
      const identity = hit.sector === 'MIL' && !rule.byNoun ? forcesOf(c.iso, label, lex) : { label, canonical: `generic:${label.toLowerCase()}` };
      out.push({ start: c.start, end: c.end, text: text.slice(c.start, c.end), kind: hit.kind, type: hit.type, ...identity, rule: 'generic-actor' });
    }
    // each further country of a list: the same noun, that country's node, its span reaching that country's name (the
    // words that name it: "lawmakers in Kenya and Uganda" for Uganda's)
    if (conjuncts.length && !(hit.office && !hit.plural)) {
      for (const c of conjuncts) {
        const label = labelOf(hit, rule, c.label, unidentified, month, article.id);
        const identity = hit.sector === 'MIL' && !rule.byNoun && c.iso ? forcesOf(c.iso, label, lex) : { label, canonical: `generic:${label.toLowerCase()}` };
        out.push({ start, end: c.end, text: text.slice(start, c.end), kind: hit.kind, type: hit.type, ...identity, rule: 'generic-actor' });
      }
    }
    // soldiers or police no longer serving are no state's forces ("former soldiers", "retired police officers",
    // "ex-soldiers"): no node of the forces
    const before1 = tokens[i - 1];
    const former = formerWords(lex ?? defaultLexicon());
    const formerly = !!before1 && (former.has(before1.norm) || (before1.norm === '-' && !!tokens[i - 2] && former.has(tokens[i - 2]!.norm)));
    // (men named by the noun, plural: "a former military commander" held a post in the forces)
    if (formerly && hit.plural && (hit.sector === 'MIL' || hit.sector === 'COP')) {
      return last;
    }
    // a group's noun (lexicon anaphorGroupNouns) with a name right after it describes that name ("the armed group Tarvan
    // Front"), as an office is a title before one (below)
    const nameAfter = tokens[last + 1];
    if (!hit.plural && anaphorGroupNounSet(lex ?? defaultLexicon()).has(tokens[last]!.norm) && nameAfter && nameAfter.start === headEnd + 1 && /^\p{Lu}/u.test(text[nameAfter.start]!) && mentions.some((m) => m.start === nameAfter.start && m.kind !== 'place')) {
      return last;
    }
    let label: string;
    let type = hit.type;
    let kind = hit.kind;
    if (hit.office && !hit.plural) {
      // an office is a title when a name follows ("Kenyan President William Ruto": the name passes read the person), and
      // names nobody without its country ("the president said")
      const after = tokens[last + 1];
      if (!named || !where || (after && after.start === headEnd + 1 && /^\p{Lu}/u.test(text[after.start]!))) {
        return last;
      }
      // "the Afghan president" in a 2010 article -> the person who held it then; else the office itself ("foreign
      // minister of Kenya"): one node per office and country
      const date = article.published?.slice(0, 10);
      const holders = date && !lexCountry ? officeHolders({ country: country!, title: hit.noun, date }).filter((h) => !h.beyondData) : [];
      label = holders.length === 1 ? holders[0]!.actor.label : `${hit.noun} of ${where}`;
      type = 'person';
      kind = 'actor';
    } else if (hit.sector === 'GOV') {
      // (a region's "state" is the region, a federal state, not its government: "the capital of Gezira state")
      if (!where || (lexCountry && tokens[last]!.norm === 'state')) {
        return last;
      }
      label = `government of ${where}`;
    } else {
      label = labelOf(hit, rule, where, unidentified, month, article.id);
    }
    // a country's armed forces: the lexicon's name of them when it has one
    const identity = hit.sector === 'MIL' && !rule.byNoun && country && !lexCountry ? forcesOf(country, label, lex) : { label, canonical: `generic:${label.toLowerCase()}` };
    // a leading capital of the sentence is not part of the name
    out.push({ start, end: headEnd, text: text.slice(start, headEnd), kind, type, ...identity, rule: 'generic-actor' });
    return last;
  };
  for (let i = 0; i < tokens.length; i++) {
    const found = agentAt(i);
    if (!found) continue;
    const { last } = found;
    // civilians a word of arming marks are unnamed armed men ("armed youth", "armed civilians"), as gunmen are: Phoenix's
    // ~UAF, an armed group's node per noun, country and month (generic-actors.json arming)
    const hit: Agent = found.hit.sector === 'CVL' && i > 0 && w().ARMING.has(tokens[i - 1]!.norm) ? { ...found.hit, sector: 'UAF', kind: 'actor', type: 'armed_group' } : found.hit;
    if (passedOver(i, last, hit)) {
      i = last;
      continue;
    }
    const unidentified = wordsBefore(i, last, hit);
    countryAround(i, last, hit);
    const listedBefore = countriesBefore(i, hit);
    const conjuncts = countriesAfter(i, last, hit);
    i = mentionsOf(i, last, hit, unidentified, listedBefore, conjuncts);
  }
  // a country's demonym or name right before a force's posts ("shelled Armenian positions", "a Turkish outpost", lexicon
  // militaryPosts; not "Iraqi camps", "a Syrian hospital") stands for that country's forces, as "army positions" stands
  // for the army
  const posts: RawMention[] = [];
  const mil = w().SECTORS.MIL;
  const cvl = w().SECTORS.CVL;
  const military = militaryPosts(lex ?? defaultLexicon());
  const dwellings = dwellingNouns(lex ?? defaultLexicon());
  const stateWords = statePostWords(lex ?? defaultLexicon());
  for (let k = 0; mil && k + 1 < tokens.length; k++) {
    const t = tokens[k]!;
    const next = tokens[k + 1]!;
    // (the word before first: most tokens are neither capitalised nor a state's word, and the noun sets are not asked)
    // (an ASCII letter by its code, no regex: a-z is no capital, A-Z is one)
    const ch = text.charCodeAt(t.start);
    const capital = ch >= 65 && ch <= 90 ? true : ch >= 97 && ch <= 122 ? false : /^\p{Lu}/u.test(text[t.start]!);
    if (!capital && !stateWords.has(t.norm)) continue;
    const post = holdsNoun(military, next.norm);
    // ... and a people's homes are its civilians ("set fire to Palestinian homes", "shelled Armenian villages": lexicon
    // dwellingNouns)
    const home = !post && cvl && holdsNoun(dwellings, next.norm);
    // (and "government positions", "regime checkpoints": the posts of the forces of the country the text is about)
    const state = post && stateWords.has(t.norm);
    if ((!post && !home) || next.start !== t.end + 1 || (!state && !capital) || !/^[a-z]+$/.test(text.slice(next.start, next.end))) continue;
    const iso = state ? (scopeAt(scopes, t.start) ?? docCountry) : countries.get(t.norm);
    if (!iso || covered(mentions, maxEnd, t.start, next.end) || out.some((m) => m.start < next.end && t.start < m.end)) continue;
    if (home) {
      const label = `${cvl!.label} (${labels.get(iso)!})`;
      posts.push({ start: t.start, end: next.end, text: text.slice(t.start, next.end), kind: 'actor', type: 'organization', label, canonical: `generic:${label.toLowerCase()}`, rule: 'generic-actor' });
    } else posts.push({ start: t.start, end: next.end, text: text.slice(t.start, next.end), kind: 'force', type: 'force', ...forcesOf(iso, `${mil.label} (${labels.get(iso)!})`, lex), rule: 'generic-actor' });
  }
  return posts.length ? [...out, ...posts].sort((a, b) => a.start - b.start) : out;
}

/** The label of a generic actor that is no office: "government of X", "police (X)", "gunmen (X, 2026-05)", "police (in <article>)". */
function labelOf(hit: Agent, rule: SectorRule, where: string | undefined, unidentified: boolean, month: string | undefined, articleId: string): string {
  if (hit.sector === 'GOV') return `government of ${where}`;
  const base = rule.byNoun ? `${unidentified ? 'unidentified ' : ''}${hit.plural ? hit.noun.replace(/man$/, 'men') : hit.noun}` : rule.label!;
  const noun = rule.byNoun && !hit.mass && !/s$|men$/.test(base) ? pluralize(base) : base;
  const scope = where ? (rule.byMonth && month ? `${where}, ${month}` : where) : `in ${articleId}`;
  return `${noun} (${scope})`;
}

/** The country a phrase opens with (its first two words, else its first: a name or demonym): ISO-3 and how many words name it. */
function leadingCountry(words: readonly string[]): { iso: string; n: number } | undefined {
  const { countries } = idx();
  const two = words.length > 2 ? countries.get(`${words[0]} ${words[1]}`.toLowerCase()) : undefined;
  if (two) return { iso: two, n: 2 };
  const one = countries.get(words[0]!.toLowerCase());
  return one ? { iso: one, n: 1 } : undefined;
}

/**
 * A country's armed forces named by their demonym ("Somali troops", "the
 * Malian army", "Somali government troops": the mention pass's
 * name-force-descriptive) are that country's security forces, the node the
 * generic "troops" and "soldiers" of an article about it go to: one node per
 * country, not one per wording. Mentions in, the same mentions out (same
 * order), those relabelled; a phrase with two demonyms ("Iraqi and Kurdish
 * forces") or a head that is no military agent keeps its own node.
 */
/** Phoenix sectors of armed or opposing sides that are not the state: rebels, unidentified armed men, opposition, criminals. */
const NON_STATE_SECTORS: ReadonlySet<string> = new Set(['REB', 'UAF', 'OPP', 'CRM']);

export function nationalForces(text: string, mentions: readonly RawMention[], docCountry?: string, lex?: Lexicon, scopes: ReadonlyArray<readonly [number, number, string]> = []): RawMention[] {
  const { phrases, labels, countries } = idx();
  const mil = w().SECTORS.MIL;
  if (!mil?.label) return [...mentions];
  // the governments the text names by their country, by where: [start, ISO-3] ("Yemen's internationally recognised
  // government"; the generic actors, read later, are not made yet)
  const governments: Array<readonly [number, string]> = [];
  for (const m of mentions) {
    if (m.kind !== 'place' || m.type !== 'country' || m.via) continue;
    const g = GOVERNMENT_AFTER.exec(text.slice(m.end, m.end + 64));
    // (the noun itself, not a modifier: "Russia's government news media" names no government)
    if (!g || (g[1] !== undefined && !endsStatePhrase(g[1], lex))) continue;
    const c = countries.get(((m.canonical ? lexiconEntry(m.canonical, lex)?.label : undefined) ?? m.text).toLowerCase());
    if (c) governments.push([m.start, c]);
  }
  /** The country of the government named last before `at`, in reach ("... government ... government troops"). */
  const governmentBefore = (at: number): string | undefined => {
    let found: string | undefined;
    for (const [start, iso] of governments) if (start < at && at - start <= GOVERNMENT_REACH) found = iso;
    return found;
  };
  return mentions.map((m) => {
    // "the Sudanese Armed Forces", "the Malian Army" named but unknown to the lexicon: the country's forces, one node
    // with its "army" and "troops"
    if (!m.canonical && m.type === 'force' && m.rule !== 'name-force-descriptive') {
      const words = m.text.split(/\s+/);
      const lead = leadingCountry(words);
      const rest = lead ? words.slice(lead.n).join(' ') : '';
      // (the rest names a national army alone, lexicon nationalArmyNames: not "National Army", which names factions
      // as often, "Libyan National Army", "Syrian National Army")
      if (lead?.iso && /^\p{Lu}/u.test(words[0]!) && nationalArmyName(lex ?? defaultLexicon()).test(rest)) return { ...m, ...forcesOf(lead.iso, `${mil.label} (${labels.get(lead.iso)!})`, lex) };
      return m;
    }
    if (m.rule !== 'name-force-descriptive' || m.canonical) return m;
    const words = m.text.split(/\s+/);
    const head = words[words.length - 1]!.toLowerCase();
    if (phrases.get(head)?.sector !== 'MIL') return m;
    // "government troops", "government forces": a whole phrase that the agent dictionary gives the military sector is
    // the forces of the article's country, like its bare "troops"
    // (and a qualifier of a state's bodies before the head, generic-actors.json qualifiers: "federal troops", "the
    // national army")
    const stateWord = words.length === 2 && genericActorWords().qualifiers.includes(words[0]!.toLowerCase());
    // (a government's troops are those of the government the text named last, in reach, before the article's country:
    // "Yemen's government ... urged Western powers to support government troops" in a report filed from Washington)
    // (not after a capitalised word, which may say whose they are: "the Syrian Ba'athist government forces")
    const own = words[0]!.toLowerCase() === 'government' && !CAPITALISED_BEFORE.test(text.slice(Math.max(0, m.start - 32), m.start)) ? governmentBefore(m.start) : undefined;
    const whole = words.length > 1 && (phrases.get(m.text.toLowerCase())?.sector === 'MIL' || stateWord) ? (own ?? scopeAt(scopes, m.start) ?? docCountry) : undefined;
    const lead = leadingCountry(words);
    const iso = lead?.iso ?? whole;
    // "Indian and Pakistani troops": two countries' forces; the first demonym alone is the first country's (the generic
    // actors pass then reads the second's, "Pakistani troops", as it reads any)
    const pair = lead?.n === 1 && words.length === 4 && words[1]!.toLowerCase() === 'and' && /^\p{Lu}/u.test(words[0]!) && /^\p{Lu}/u.test(words[2]!) ? leadingCountry(words.slice(2)) : undefined;
    if (pair?.n === 1 && pair.iso !== lead!.iso) return { ...m, end: m.start + words[0]!.length, text: words[0]!, ...forcesOf(lead!.iso, `${mil.label} (${labels.get(lead!.iso)!})`, lex) };
    if (!iso || (iso !== whole && !/^\p{Lu}/u.test(words[0]!)) || words.some((x, i) => i > 0 && x.toLowerCase() === 'and')) return m;
    // "Syrian rebel forces", "Syrian opposition fighters": a word of a non-state armed sector before the head names another side
    // (or the whole phrase after the demonym is the dictionary's for such a side: "Syrian opposition forces")
    if (words.slice(lead?.n ?? 0, -1).some((x) => NON_STATE_SECTORS.has(phrases.get(x.toLowerCase())?.sector ?? '')) || NON_STATE_SECTORS.has(phrases.get(words.slice(lead?.n ?? 0).join(' ').toLowerCase())?.sector ?? '')) return m;
    // "Turkish-backed Syrian forces": forces another state backs are a proxy, not the country's army
    if (backerBefore(text, m.start, lex ?? defaultLexicon())) return m;
    return { ...m, ...forcesOf(iso, `${mil.label} (${labels.get(iso)!})`, lex) };
  });
}

/** The words of roles (lexicon roles: leads, member; their last words) and the forms of the verbs of leading. */
export const roleWords = memoByLexicon((lex): ReadonlySet<string> => {
  const out = new Set<string>();
  for (const r of [...lex.roles.leads, ...lex.roles.member]) out.add(r.toLowerCase().split(/\s+/).pop()!);
  for (const v of verbClass('lead', lex).verbs) for (const f of Object.values(inflect(v, lex.inflections)).flat()) out.add(f.toLowerCase().split(/\s+/)[0]!);
  return out;
});

/** Nouns of groups, lower case ("group", "movement", "faction"): what a singular agent noun before them and a name modifies. */
const nounsOfGroups = memoByLexicon((lex): ReadonlySet<string> => {
  const out = new Set<string>();
  for (const hs of Object.values(lex.words.orgHeads)) for (const h of hs) if (/^[A-Z][a-z]+$/.test(h)) out.add(h.toLowerCase());
  return out;
});

/**
 * The lexicon's entity for a country's armed forces, by ISO-3: the force
 * whose aliases say "<demonym> troops" or "<demonym> forces" ("Iraqi troops"
 * -> Iraqi Security Forces, "Syrian troops" -> Syrian Arab Army). A country's
 * generic troops and soldiers go to it, so that an article's "soldiers" and
 * the lexicon's name of the same army are one node.
 */
const nationalForceIds = memoByLexicon((lex): ReadonlyMap<string, string> => {
  const { countries } = idx();
  const out = new Map<string, string>();
  for (const noun of ['troops', 'forces']) {
    for (const e of lex.entities) {
      if (e.type !== 'force') continue;
      for (const a of e.aliases ?? []) {
        const m = /^(\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?) (\p{Ll}+)$/u.exec(a);
        const iso = m && m[2] === noun ? countries.get(m[1]!.toLowerCase()) : undefined;
        if (iso && !out.has(iso)) out.set(iso, e.id);
      }
    }
  }
  return out;
});

/** The country of each national army (`nationalForceIds` turned round). */
const nationalForceCountries = memoByLexicon((lex): ReadonlyMap<string, string> => new Map([...nationalForceIds(lex)].map(([iso, id]) => [id, iso])));

/** Is the lexicon entry `id` a country's own armed forces, one that names its country's troops (`nationalForceIds`)? */
export const isNationalForce = (id: string, lex?: Lexicon): boolean => nationalForceSet(lex).has(id);
const nationalForceSet = memoByLexicon((lex): ReadonlySet<string> => new Set(nationalForceIds(lex).values()));

/** A country's armed forces as a mention's identity: the lexicon's force when it has one, else the generic node. */
function forcesOf(iso: string, label: string, lex?: Lexicon): Pick<RawMention, 'label' | 'canonical'> {
  const id = nationalForceIds(lex).get(iso);
  return id ? { canonical: id } : { label, canonical: `generic:${label.toLowerCase()}` };
}

/**
 * People named by what they are ("civilians", "aid workers", "Syrian
 * refugees": the mention pass's victim groups) are generic actors too: one
 * node per country (the demonym's, else the article's), else per article,
 * like the generic pass's own; never one world-wide "civilians" node that
 * every article's victims join. Mentions in, the same mentions out (same
 * order), those without an identity labelled.
 */
export function scopedVictims(mentions: readonly RawMention[], article: Pick<ArticleMeta, 'id'>, docCountry?: string, scopes: ReadonlyArray<readonly [number, number, string]> = [], victimScopes: ReadonlyArray<readonly [number, number, string]> = [], lex?: Lexicon): RawMention[] {
  const { labels } = idx();
  return mentions.map((m) => {
    if (m.rule !== 'name-victim-group' || m.canonical || m.label) return m;
    const words = m.text.split(/\s+/);
    const lead = leadingCountry(words);
    const own = lead && /^\p{Lu}/u.test(words[0]!) ? lead : undefined;
    const noun = words.slice(own?.n ?? 0).join(' ').toLowerCase();
    if (!noun) return m;
    const iso = own?.iso ?? (livesAbroad(lex ?? defaultLexicon()).test(noun) ? undefined : scopeAt(victimScopes, m.start)) ?? scopeAt(scopes, m.start) ?? docCountry;
    const label = `${noun} (${iso ? labels.get(iso)! : `in ${article.id}`})`;
    return { ...m, label, canonical: `generic:${label.toLowerCase()}` };
  });
}

/** Generic actors that are a population, not a party: "evacuated 30 injured people", "aid to civilians", "helping refugees". */
const POPULATIONS = /^generic:(?:civilians|refugees) \(/;

/**
 * A population, not a party: a group named as victims ("residents", "displaced people": mention rule
 * `name-victim-group`, mentions/patterns.ts) or a country's civilians or refugees (generic actors). No ally (the
 * pipeline's withoutNonPartyAllies) and no speaker whose words give an event's doer (events/pass.ts).
 */
export const isPopulation = (m: RawMention): boolean => m.rule === 'name-victim-group' || POPULATIONS.test(m.canonical ?? '');

/** The mentions found before with the generic ones merged in, in text order. */
/** The name a generic node gives a country (ISO-3): "Uganda", "Democratic Republic of the Congo". */
export function countryLabel(iso: string): string | undefined {
  return idx().labels.get(iso);
}

export function withGenericActors(mentions: readonly RawMention[], generic: readonly RawMention[]): RawMention[] {
  if (!generic.length) return [...mentions];
  return [...mentions, ...generic].sort((a, b) => a.start - b.start || b.end - a.end);
}
