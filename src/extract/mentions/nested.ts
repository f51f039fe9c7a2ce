/**
 * Nested mentions: a name that holds another name. The outer entity keeps
 * its mention; the place inside it is also a mention of its own entity:
 *
 *   "al-Qaeda in Iraq"      holds Iraq (a place after "in": also `located_in`)
 *   "X of <place>"          holds the place (no `located_in`: "of" names a claim)
 *   "Hama airbase"          a site or a camp named after its town holds it
 *                           (`located_in`: "Hama airbase", "the Jenin camp")
 *
 * A demonym opening a name ("Syrian Arab Army" -> Syria) is not taken out:
 * measured leave-one-publisher-out it cost 0.008 mean named F1 (37 such
 * mentions on re3d-dev, none in the gold) and gave no reach.
 *
 * A backer opening a name ("US-backed fighters", "Iranian-backed militias")
 * is taken out, a demonym as its country: the group is allied with it
 * (`allied_with`, as the rule allied-hyphen-backed reads for names).
 *
 * Only places are taken out of names (an organisation inside an
 * organisation's name is usually part of its title: "UN Security Council").
 * Nested mentions overlap their outer mention (the contract allows mentions
 * of different entities to overlap); they are added after the relation rules
 * ran on the non-overlapping names, so masking never sees them.
 * Linear: each name is looked at once, over its own tokens.
 */
import { KIND_OF_TYPE } from '../../types.ts';
import type { RawMention, RawRelation } from '../types.ts';
import type { Sentence } from '../text/sentences.ts';
import type { Token } from '../text/tokens.ts';
import { alternation, demonyms, groupOpening, memoByLexicon, type Lexicon } from '../lexicon/index.ts';
import { classAlternation } from '../lexicon/verbs.ts';
import { pluralize } from '../lexicon/inflect.ts';
import { lowerBound } from '../../util/search.ts';
import { findLexiconNames } from './gazetteer.ts';

const branchHeads = memoByLexicon((lex): ReadonlySet<string> => new Set(lex.words.branchHeads));
/** A party's possessive pronoun. */
const POSSESSIVE_PARTY = /^(?:its|their)$/i;
/**
 * Right after a possessive pronoun: a capitalised demonym and an ally noun ("their Russian allies", "its Iranian
 * backers"); not "proxy", whose demonym names the clients' people, not a state on the party's side ("their Syrian proxies").
 */
const allyAfterPossessive = memoByLexicon((lex) => new RegExp(`^\\s+(?:[a-z]+\\s+)?(\\p{Lu}[\\p{L}-]+)\\s+(?:${alternation(lex.words.allyNouns.filter((n) => n !== 'proxy').flatMap((n) => [n, pluralize(n)]))})(?![\\p{L}-])`, 'u'));

/** Before a place: "the (northern) <Demonym> (border) <kind of place> of " (group 1: the demonym, capitalised; lexicon placeKindModifiers, placeUnitWords). */
const demonymKindOf = memoByLexicon(
  (lex) =>
    new RegExp(
      `(?<![\\p{L}])the\\s+(?:(?:${alternation([...lex.words.directions.filter((d) => /^\p{Ll}/u.test(d)), ...lex.words.placeKindModifiers])})[\\w-]*\\s+){0,2}(\\p{Lu}[\\p{L}-]+)\\s+(?:(?:${alternation(lex.words.placeKindModifiers)})\\s+)?(?:${alternation([...lex.words.placeUnitWords, 'capital', 'port', 'stronghold', 'hub'])})\\s+of\\s+$`,
      'u',
    ),
);

/** After a place, in apposition: ", the (northern) <Demonym> (border) <kind of place>" (group 1: the demonym, capitalised; as demonymKindOf). */
const demonymKindApposed = memoByLexicon(
  (lex) =>
    new RegExp(
      `^\\s*,\\s+(?:the|an?)\\s+(?:(?:${alternation([...lex.words.directions.filter((d) => /^\p{Ll}/u.test(d)), ...lex.words.placeKindModifiers])})[\\w-]*\\s+){0,2}(\\p{Lu}[\\p{L}-]+)\\s+(?:(?:${alternation(lex.words.placeKindModifiers)})\\s+)?(?:${alternation([...lex.words.placeUnitWords, 'capital', 'port', 'stronghold', 'hub'])})(?![\\p{L}-])`,
      'u',
    ),
);

export const NESTED_RULE = {
  reason: 'name-nested-place',
  example: 'Fighters of al-Qaeda in Iraq regrouped.',
  expect: 'Iraq',
  located: { reason: 'located-name-holds-place', confidence: 0.7 },
  allies: {
    reason: 'allied-possessive-demonym',
    example: 'The Tarvan Front and its Libyan allies shelled Faya.',
    expect: 'Libyan allied_with Tarvan Front',
    confidence: 0.7,
  },
  branch: {
    reason: 'member-name-branch',
    example: 'The Islamic State Kessar Province claimed the attack.',
    expect: 'Islamic State Kessar Province member_of Islamic State',
    confidence: 0.75,
  },
  kindOf: {
    reason: 'located-demonym-kind-of',
    example: 'Gunmen stormed a school in the eastern Chadian town of Tarsa.',
    expect: 'Tarsa located_in Chadian',
    confidence: 0.75,
  },
  kindApposed: {
    reason: 'located-demonym-kind-apposed',
    example: 'Rebels shelled Tarsa, the eastern Chadian town that hosts the camps, on Monday.',
    expect: 'Tarsa located_in Chadian',
    confidence: 0.7,
  },
  backer: {
    reason: 'allied-name-backer',
    example: 'Iranian-backed militias fired rockets at the base.',
    expect: 'Iran allied_with Iranian-backed militias',
    confidence: 0.75,
  },
};

/**
 * "<country or demonym>-backed " opening a name or right before an actor (verb classes `back` and `ally`, past
 * participles): group 1 is the backer.
 */
const backerPrefix = memoByLexicon((lex) => {
  const backed = `([\\p{L}.]+)[-‐–](?:${classAlternation('back', ['pp'], lex)}|${classAlternation('ally', ['pp'], lex)})\\s`;
  // ... or "pro-" before the country's word ("pro-Turkish factions": lexicon alignmentPrefixes.for)
  const pro = `(?:${alternation(lex.words.alignmentPrefixes.for)})[-‐]([\\p{L}.]+)\\s`;
  return { opening: new RegExp(`^(?:${backed}|${pro})`, 'iu'), before: new RegExp(`(?<![\\p{L}.-])(?:${backed}|${pro})+$`, 'iu') };
});
/** The backer's word of a `backerPrefix` match ("Iranian" of "Iranian-backed ", "Turkish" of "pro-Turkish ") and where it starts in the match. */
function backerWord(m: RegExpExecArray): { word: string; at: number } {
  const word = (m[1] ?? m[2])!;
  return { word, at: m[0].indexOf(word) };
}
/** How far before an actor a backer is looked for ("Iranian-backed " is 15 characters). */
const BACKER_REACH = 30;

/** Between a group's name (or its acronym in brackets) and an anaphor in apposition to it: a comma, "the" or "a", up to three modifiers. */
const APPOSED_ANAPHOR_GAP = /^\s*\)?\s*(?:\([^()]{1,60}\)\s*)?,\s+(?:the|an?)\s+(?:[\p{L}'’.-]+\s+){0,3}$/iu;
/** Does anaphor `m` stand in apposition right after the group name `prev`? */
function apposedAnaphor(text: string, prev: RawMention, m: RawMention): boolean {
  const group = prev.kind === 'force' || (prev.kind === 'actor' && (prev.type === 'armed_group' || prev.type === 'organization'));
  return group && !prev.anaphor && prev.end <= m.start && APPOSED_ANAPHOR_GAP.test(text.slice(prev.end, m.start));
}

/** The backer `backer` allied with the actor `actor`, read in sentence `s` (rule allied-name-backer). */
function backed(backer: number, actor: number, s: Sentence): RawRelation {
  return { type: 'allied_with', source: backer, target: actor, evidence: { sentence: s.text, start: s.start, end: s.end, rule: NESTED_RULE.backer.reason, confidence: NESTED_RULE.backer.confidence } };
}

/** "<word>-backed " right before `start`: the match, its group 1 the backer word. */
export function backerBefore(text: string, start: number, lex: Lexicon): RegExpExecArray | null {
  const before = text.slice(Math.max(0, start - BACKER_REACH), start);
  // (no hyphen, no compound: most actors, and the regex would be tried at every character)
  const m = /[-‐–]/.test(before) ? backerPrefix(lex).before.exec(before) : null;
  // ("pro-" makes a backer of a country only: "pro-Hadi forces" are Hadi's, the state's)
  return m && m[2] !== undefined && !countryWords(lex).has(m[2].toLowerCase()) ? null : m;
}

/** A country's names and demonyms, lower case. */
const countryWords = memoByLexicon((lex): ReadonlySet<string> => new Set(lex.entities.filter((e) => e.type === 'country').flatMap((e) => [e.label, ...e.aliases, ...(e.demonyms ?? [])]).map((w) => w.toLowerCase())));

/**
 * Is `m` a generic actor's node for a further country of a list, `first` the node of the first country ("lawmakers in
 * Kenya and Uganda" for Uganda's, "lawmakers" for Kenya's: events/actors.ts)? Both generic actors starting at the same
 * place, `m` longer, another node, the words after `first` a list of countries after "of", "in" or "from" (another noun may come between:
 * "lawmakers and officials in Kenya and Uganda").
 */
export function listedCountryNode(m: RawMention, first: RawMention): boolean {
  if (m.rule !== 'generic-actor' || first.rule !== 'generic-actor' || first.start !== m.start || first.end >= m.end) return false;
  if ((m.canonical ?? m.label) === (first.canonical ?? first.label)) return false;
  return /^(?: and [a-z]+(?: [a-z]+){0,2})? (?:of|in|from) .*(?:,| and) /.test(m.text.slice(first.end - m.start));
}

/** Outer names a place is taken from: actors and forces. */
const OUTER_KINDS = new Set(['actor', 'force']);

export function nestedMentions(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  mentions: readonly RawMention[],
  lex: Lexicon,
): { mentions: RawMention[]; relations: RawRelation[] } {
  const out: RawMention[] = [];
  const relations: RawRelation[] = [];
  let sent = 0;
  /** The sentence that holds a mention (mentions come in text order). */
  const sentenceOf = (m: RawMention): Sentence | undefined => {
    while (sent + 1 < sentences.length && sentences[sent + 1]!.start <= m.start) sent++;
    const s = sentences[sent];
    return !s || s.start > m.start || s.end < m.end ? undefined : s;
  };
  // place mentions by start, for a backer named by its country ("US-backed")
  const placeAt = new Map<number, number>();
  mentions.forEach((m, i) => {
    if (m.kind === 'place' && m.type === 'country') placeAt.set(m.start, i);
  });
  /** The country a backer word names: its mention when there is one, else a new mention of the demonym's country. */
  const backerOf = (start: number, word: string): { existing?: number; added?: RawMention } | undefined => {
    const i = placeAt.get(start);
    if (i !== undefined && mentions[i]!.end === start + word.length) return { existing: i };
    const entry = demonyms(lex).get(word.toLowerCase());
    if (!entry || entry.type !== 'country') return undefined;
    return { added: { start, end: start + word.length, text: word, kind: 'place', type: entry.type, canonical: entry.id, rule: NESTED_RULE.reason } };
  };
  // the towns the document names (a name that is a town's, not inside another), by text: a site or a camp named after one
  // holds it, whether or not the lexicon knows the town ("the Tarsa camp ... Tarsa is a town")
  const towns = new Map<string, RawMention>();
  for (const m of mentions) if (m.kind === 'place' && m.type === 'city' && !m.via && !m.anaphor && !/\s/.test(m.text) && !towns.has(m.text)) towns.set(m.text, m);
  mentions.forEach((m, outer) => {
    // "the northern Iraqi city of X": a place described by a country's demonym and a kind of place lies in that country
    // (lexicon placeUnitWords, "capital", "port")
    if (m.kind === 'place' && m.type !== 'country' && !m.via && !m.anaphor) {
      // ... and so does one such a description follows in apposition ("X, the Algerian city that hosts ...")
      const kind = demonymKindOf(lex).exec(text.slice(Math.max(0, m.start - 64), m.start));
      const apposed = kind ? null : demonymKindApposed(lex).exec(text.slice(m.end, m.end + 64));
      const found = kind ?? apposed;
      const entry = found ? demonyms(lex).get(found[1]!.toLowerCase()) : undefined;
      const s = entry?.type === 'country' && entry.id !== m.canonical ? sentenceOf(m) : undefined;
      if (found && entry && s) {
        const start = kind ? m.start - kind[0].length + kind[0].indexOf(kind[1]!) : m.end + apposed!.index + apposed![0].indexOf(apposed![1]!);
        const at = mentions.length + out.length;
        const rule = kind ? NESTED_RULE.kindOf : NESTED_RULE.kindApposed;
        out.push({ start, end: start + found[1]!.length, text: found[1]!, kind: 'place', type: entry.type, canonical: entry.id, rule: NESTED_RULE.reason });
        relations.push({ type: 'located_in', source: outer, target: at, evidence: { sentence: s.text, start: s.start, end: s.end, rule: rule.reason, confidence: rule.confidence } });
      }
    }
    // "X and their Russian allies": a party's allies named by a country's demonym after its possessive pronoun are that
    // country, which sides with the party (lexicon allyNouns; the pronoun is the party's mention, coref/)
    if (m.via === 'pronoun' && POSSESSIVE_PARTY.test(m.text)) {
      const after = allyAfterPossessive(lex).exec(text.slice(m.end, m.end + 40));
      const entry = after ? demonyms(lex).get(after[1]!.toLowerCase()) : undefined;
      const s = entry?.type === 'country' ? sentenceOf(m) : undefined;
      if (after && entry && s) {
        const start = m.end + after.index + after[0].indexOf(after[1]!);
        const at = mentions.length + out.length;
        out.push({ start, end: start + after[1]!.length, text: after[1]!, kind: 'place', type: entry.type, canonical: entry.id, rule: NESTED_RULE.reason });
        relations.push({ type: 'allied_with', source: at, target: outer, evidence: { sentence: s.text, start: s.start, end: s.end, rule: NESTED_RULE.allies.reason, confidence: NESTED_RULE.allies.confidence } });
      }
      return;
    }
    // (a site or a camp named after its town holds the town: "Hama airbase", "Erbil air base", "the Jenin refugee camp")
    const site = (m.kind === 'place' && m.type === 'site') || m.kind === 'camp';
    // (a description in apposition to a name is that name, and its backer the name's: "X, an Iran-backed militia")
    const apposed = m.via === 'description' && m.refersTo !== undefined && !m.anaphor;
    // (... and so is an anaphor right after a group's name, "the South Lebanon Army (SLA), the Israeli-backed militia
    // that ...", which resolution joins to that name, resolve/article-cluster.ts: only its backer is read here)
    if (m.anaphor && outer > 0 && apposedAnaphor(text, mentions[outer - 1]!, m)) {
      const before = backerBefore(text, m.start, lex);
      const backer = before && backerOf(m.start - before[0].length + backerWord(before).at, backerWord(before).word);
      const s = backer && sentenceOf(m);
      if (backer && s) {
        if (backer.added) out.push(backer.added);
        relations.push(backed(backer.existing ?? mentions.length + out.length - 1, outer, s));
      }
      return;
    }
    if ((m.via && !apposed) || m.anaphor || (!OUTER_KINDS.has(m.kind) && !site)) return;
    // "Turkish-backed factions": a backer right before the actor
    const before = site ? null : backerBefore(text, m.start, lex);
    if (before) {
      const { word, at } = backerWord(before);
      const backer = backerOf(m.start - before[0].length + at, word);
      const s = backer && sentenceOf(m);
      if (backer && s) {
        const at = backer.existing ?? mentions.length + out.length;
        if (backer.added) out.push(backer.added);
        relations.push(backed(at, outer, s));
      }
    }
    if (!/\s/.test(m.text) || (apposed && !backerPrefix(lex).opening.test(m.text))) return;
    // (a person's name holds a place only after "of": "Abdullah II of Jordan"; a nom de guerre after a town names none,
    // "Mazloum Kobani", "Sherwan Hasakah"; an office does, "Minister for the Middle East")
    const named = m.type === 'person' && m.rule !== 'name-office' && m.rule !== 'generic-actor';
    // a generic actor's node for a further country of a list names its countries already ("lawmakers in Kenya and
    // Uganda" for Uganda's: events/actors.ts; the first country's node comes after it, same start, shortest)
    let own = outer + 1;
    while (own + 1 < mentions.length && mentions[own + 1]!.start === m.start) own++;
    if (own < mentions.length && listedCountryNode(m, mentions[own]!)) return;
    const first = lowerBound(tokens.length, (k) => tokens[k]!.start < m.start);
    const last = lowerBound(tokens.length, (k) => tokens[k]!.start < m.end);
    if (last - first < 2 || last - first > 12) return;
    const inner: RawMention[] = [];
    // a place known to the lexicon inside the name, not the whole name
    let hits = findLexiconNames(text, tokens.slice(first, last), lex);
    // the whole name is a lexicon name: look inside it, after its first word
    if (hits.some((h) => h.start === m.start && h.end === m.end)) hits = findLexiconNames(text, tokens.slice(first + 1, last), lex);
    // "Islamic State Sahel Province": the branch (a group's name, a place, a branch head: lexicon branchHeads) holds the
    // group its name opens with, of which it is a member
    const branchOf = m.type === 'armed_group' && branchHeads(lex).has(m.text.slice(m.text.lastIndexOf(' ') + 1)) ? groupOpening(m.text, lex, m.canonical) : undefined;
    const branchSentence = branchOf ? sentenceOf(m) : undefined;
    if (branchOf && branchSentence) {
      // (the group's words: as many as its name has, from the start)
      const word = [...m.text.matchAll(/\S+/g)][branchOf.words - 1]!;
      const end = m.start + word.index! + word[0].length;
      const at = mentions.length + out.length;
      out.push({ start: m.start, end, text: text.slice(m.start, end), kind: 'actor', type: 'armed_group', canonical: branchOf.entry.id, rule: NESTED_RULE.reason });
      const { text: sentence, start, end: last } = branchSentence;
      relations.push({ type: 'member_of', source: outer, target: at, evidence: { sentence, start, end: last, rule: NESTED_RULE.branch.reason, confidence: NESTED_RULE.branch.confidence } });
    }
    // (a site's or a camp's first word a town the document names, which the lexicon does not know)
    const firstWord = /^\S+/.exec(m.text)![0];
    const town = site && !hits.some((h) => h.start === m.start) ? towns.get(firstWord) : undefined;
    if (town && town.start !== m.start) inner.push({ start: m.start, end: m.start + firstWord.length, text: firstWord, kind: 'place', type: 'city', ...(town.canonical ? { canonical: town.canonical } : {}), rule: NESTED_RULE.reason });
    for (const h of hits) {
      if (h.start === m.start && h.end === m.end) continue;
      if (KIND_OF_TYPE[h.entry.type] !== 'place' || h.entry.id === m.canonical) continue;
      if (named && !/\bof\s+(?:the\s+)?$/u.test(text.slice(m.start, h.start))) continue;
      // (a town only: "Palestine Bridge" and "Dubai Street" are in no country or emirate of their name)
      if (site && (h.start !== m.start || h.entry.type !== 'city')) continue;
      inner.push({ start: h.start, end: h.end, text: text.slice(h.start, h.end), kind: 'place', type: h.entry.type, canonical: h.entry.id, rule: NESTED_RULE.reason });
    }
    // "Iranian-backed militias": the demonym stands for its country, which backs the group
    const opening = site ? null : backerPrefix(lex).opening.exec(m.text);
    const backer = opening ? backerWord(opening) : undefined;
    if (backer && !inner.some((n) => n.start === m.start + backer.at)) {
      const entry = demonyms(lex).get(backer.word.toLowerCase());
      if (entry && KIND_OF_TYPE[entry.type] === 'place') {
        inner.unshift({ start: m.start + backer.at, end: m.start + backer.at + backer.word.length, text: backer.word, kind: 'place', type: entry.type, canonical: entry.id, rule: NESTED_RULE.reason });
      }
    }
    for (const n of inner) {
      const at = mentions.length + out.length;
      out.push(n);
      if (backer && n.start === m.start + backer.at && n.end === n.start + backer.word.length && n.type === 'country') {
        const s = sentenceOf(m);
        if (s) relations.push(backed(at, outer, s));
        continue;
      }
      // "X in <place>": the outer is located in the inner place ("X of <place>" is a name's claim, not a location); a site
      // in the town it is named after
      if (!site && !/\sin\s+(?:the\s+)?$/.test(text.slice(m.start, n.start))) continue;
      const s = sentenceOf(m);
      if (!s) continue;
      relations.push({
        type: 'located_in',
        source: outer,
        target: at,
        evidence: { sentence: s.text, start: s.start, end: s.end, rule: NESTED_RULE.located.reason, confidence: NESTED_RULE.located.confidence },
      });
    }
  });
  return { mentions: out, relations };
}
