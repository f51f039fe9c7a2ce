/**
 * Mention clustering for within-article resolution (see article.ts for the
 * rules). Union-find over mention indices; anaphors join the cluster of their
 * antecedent or stay out (dropped).
 */
import type { RawExtraction, RawMention } from '../extract/types.ts';
import { anaphorGroupNounSet, defaultLexicon, esc, lexiconEntry } from '../extract/lexicon/index.ts';
import { modifiesAnaphor } from '../extract/coref/index.ts';
import { DESCRIPTION_ADVERB, DESCRIPTION_WORDS } from '../extract/mentions/org-context.ts';
import { slugify } from '../util/slug.ts';
import { campName } from './normalize.ts';
import { lowerBound } from '../util/search.ts';

const LOCATIVE = /\b(?:in|into|from|to|near|at|of|around|outside|inside|towards?|across|through|entered|captured|seized|besieged)\s+(?:the\s+)?$/i;
const ANAPHOR_WINDOW = 600;

/** `nameKey` by text: one name is keyed for each of its mentions, several times each (a pure function of the text). */
const keyMemo = new Map<string, string>();

export function nameKey(text: string): string {
  let k = keyMemo.get(text);
  if (k === undefined) {
    if (keyMemo.size >= 100_000) keyMemo.clear();
    k = slugify(campName(text.replace(/['’]s?$/u, '').replace(/^(?:the)\s+/i, '')));
    keyMemo.set(text, k);
  }
  return k;
}

/** A full name whose given name is a word of none of a lexicon person's names (no initials): another person. */
function otherGivenName(full: string, canonical: string): boolean {
  const given = full.split(/\s+/)[0]!;
  if (given.length < 3 || /^[\p{Lu}.]+$/u.test(given)) return false;
  const entry = lexiconEntry(canonical);
  if (!entry) return false;
  const low = given.toLowerCase();
  return ![entry.label, ...entry.aliases].some((n) => n.toLowerCase().split(/\s+/).includes(low));
}

export function clusterMentions(raw: RawExtraction): {
  clusterOf: (i: number) => number | undefined;
  clusters: Map<number, number[]>;
} {
  const { mentions, text } = raw;
  const parent = mentions.map((_, i) => i);
  const dropped = new Set<number>();
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const union = (a: number, b: number): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };

  // persons and their surnames
  const persons = mentions.map((m, i) => [m, i] as const).filter(([m]) => m.type === 'person' && !m.anaphor && !m.via && m.text.includes(' '));
  const surnameOwners = new Map<string, Set<string>>();
  const surnameMention = new Map<string, number>();
  for (const [m, i] of persons) {
    const words = m.text.split(/\s+/);
    const last = words[words.length - 1]!;
    for (const form of [last, last.replace(/^(?:al|el|Al|El)[-‐]/, '')]) {
      const k = form.toLowerCase();
      const owner = m.canonical ?? nameKey(m.text);
      (surnameOwners.get(k) ?? surnameOwners.set(k, new Set()).get(k)!).add(owner);
      if (!surnameMention.has(k)) surnameMention.set(k, i);
    }
  }
  // a lexicon person's one-word name ("Assad") after the article has named other people by full names ending in it, none
  // of them that person ("Hafez al-Assad", "Rifaat al-Assad"): the article's person, not the lexicon's
  mentions.forEach((m, i) => {
    if (m.anaphor || m.via || m.type !== 'person' || !m.canonical || m.text.includes(' ')) return;
    const owners = surnameOwners.get(m.text.toLowerCase());
    const first = surnameMention.get(m.text.toLowerCase());
    if (!owners || owners.has(m.canonical) || first === undefined || first > i) return;
    delete m.canonical;
  });
  // reassign single-word mentions that are a person's surname
  mentions.forEach((m, i) => {
    if (m.anaphor || m.via || m.type === 'person' || m.text.includes(' ')) return;
    const owners = surnameOwners.get(m.text.toLowerCase());
    if (!owners || owners.size !== 1) return;
    if (m.canonical && lexiconEntry(m.canonical)?.type !== 'city') return;
    if (LOCATIVE.test(text.slice(Math.max(0, m.start - 30), m.start))) return;
    const j = surnameMention.get(m.text.toLowerCase())!;
    if (j > i) return; // the full name must come first
    m.type = 'person';
    m.kind = 'actor';
    delete m.canonical;
    union(i, j);
  });

  const byCanon = new Map<string, number>();
  const byKey = new Map<string, number>();
  mentions.forEach((m, i) => {
    if (m.anaphor || m.via) return;
    if (m.canonical) {
      const j = byCanon.get(m.canonical);
      if (j !== undefined) union(i, j);
      else byCanon.set(m.canonical, i);
    }
    const k = nameKey(m.text);
    if (!k) return;
    if (m.type === 'person' && !m.text.includes(' ')) {
      const owners = surnameOwners.get(m.text.toLowerCase());
      const first = surnameMention.get(m.text.toLowerCase());
      // (a lexicon person's one-word name before the one full name ending in it, of someone else, is the lexicon's person:
      // "led by Haftar's son Khaled Haftar"; a given name the lexicon's names hold, or initials, "RT Erdogan", are his)
      if (owners && owners.size === 1 && !(m.canonical && first! > i && !owners.has(m.canonical) && otherGivenName(mentions[first!]!.text, m.canonical))) union(i, first!);
      else if (owners && owners.size > 1) {
        // a surname two people share is the one named first, as news writes it ("Hafez al-Assad ... his brother Rifaat
        // al-Assad ... Assad said": Hafez); before any full name, linked to no one
        if (first! < i) union(i, first!);
        else {
          dropped.add(i);
          return;
        }
      }
    }
    const j = byKey.get(k);
    if (j !== undefined && (mentions[j]!.canonical === m.canonical || !m.canonical || !mentions[j]!.canonical)) union(i, j);
    else if (j === undefined) byKey.set(k, i);
  });
  for (const a of raw.aliases) {
    if (a.long >= 0 && a.short >= 0) union(a.long, a.short);
  }
  // pronouns, descriptions and name parts (src/extract/coref/) join the name they refer to
  const atSpan = new Map<string, number>();
  mentions.forEach((m, i) => {
    // (an anaphor too, after the names: "The group said its fighters ...", the pronoun means what the anaphor means)
    if (!m.via && !m.anaphor) atSpan.set(`${m.start}:${m.end}`, i);
  });
  mentions.forEach((m, i) => {
    if (m.anaphor && !m.via && !atSpan.has(`${m.start}:${m.end}`)) atSpan.set(`${m.start}:${m.end}`, i);
  });
  mentions.forEach((m, i) => {
    if (!m.via) return;
    const j = m.refersTo ? atSpan.get(`${m.refersTo.start}:${m.refersTo.end}`) : undefined;
    // a surname two people share names neither
    const shared = m.via === 'name-part' && (surnameOwners.get(m.text.toLowerCase())?.size ?? 0) > 1;
    if (j === undefined || shared) dropped.add(i);
    else union(i, j);
  });

  // Antecedents and office holders come from indexes built once (mentions no longer change below),
  // so each anaphor costs a lookup, not a scan over every earlier mention.
  // (which entity each name is, so far: names joined by a definition are one, "the National Liberation Army (ELN)", and
  // "the guerrilla group" after both is no choice between two groups)
  const named = mentions.map((_, j) => find(j));
  const antecedents = antecedentIndex(mentions, raw.text, (j) => named[j]!);
  const officeHolders = new Map<string, number | undefined>();
  const holderOf = (office: string): number | undefined => {
    if (!officeHolders.has(office)) {
      let first: number | undefined;
      const distinct = new Set<string>();
      mentions.forEach((x, j) => {
        if (x.type !== 'person' || x.rule === 'name-office') return;
        if (!(x.titles ?? []).some((t) => t.toLowerCase().endsWith(office) || office.endsWith(t.toLowerCase()))) return;
        first ??= j;
        distinct.add(entityKey(x));
      });
      officeHolders.set(office, distinct.size === 1 ? first : undefined);
    }
    return officeHolders.get(office);
  };

  // "the Coalition" -> the coalition force named before; "the Foreign Secretary" -> the person holding it
  mentions.forEach((m, i) => {
    if (m.rule === 'name-coalition') {
      const ante = antecedents(i);
      if (ante !== undefined) union(i, ante);
      else if (!/Coalition/.test(m.text)) dropped.add(i); // a lower-case "the coalition" names nothing by itself
    } else if (m.rule === 'name-office') {
      const office = m.text.replace(/^(?:the|The)\s+/, '').split(/\s+/).slice(-2).join(' ').toLowerCase();
      const holder = holderOf(office);
      if (holder !== undefined) union(i, holder);
    }
  });

  // anaphors
  mentions.forEach((m, i) => {
    if (!m.anaphor) return;
    const ante = antecedents(i);
    if (ante === undefined) dropped.add(i);
    else union(i, ante);
  });

  const clusters = new Map<number, number[]>();
  mentions.forEach((_, i) => {
    if (dropped.has(i)) return;
    const r = find(i);
    (clusters.get(r) ?? clusters.set(r, []).get(r)!).push(i);
  });
  // a cluster of anaphors only (antecedent dropped) has no entity
  return {
    clusterOf: (i) => (dropped.has(i) ? undefined : find(i)),
    clusters,
  };
}

function entityKey(m: RawMention): string {
  return m.canonical ?? nameKey(m.text);
}

/** Mentions of one class that can be antecedents, in mention order, with what the lookups need. */
interface Candidates {
  /** Mention indices, ascending. */
  at: number[];
  /** The largest `end` among at[0..k]. */
  maxEnd: number[];
  /** Whether at[0..k] holds more than one entity. */
  several: boolean[];
}

function candidates(mentions: readonly RawMention[], at: number[], keyOf: (j: number) => number): Candidates {
  const maxEnd: number[] = [];
  const several: boolean[] = [];
  const firstKey = at.length ? keyOf(at[0]!) : -1;
  at.forEach((j, k) => {
    maxEnd.push(Math.max(k ? maxEnd[k - 1]! : -Infinity, mentions[j]!.end));
    several.push((k ? several[k - 1]! : false) || keyOf(j) !== firstKey);
  });
  return { at, maxEnd, several };
}

/** How many of `at` (ascending) are below `i`. */
const countBelow = (at: readonly number[], i: number): number => lowerBound(at.length, (k) => at[k]! < i);

/**
 * The antecedent finder of an article: for mention i, the earlier mention an
 * anaphor ("the group", "the coalition", "the President") refers to, or
 * undefined when none or more than one entity fits.
 *  - an armed group: the one group named within ANAPHOR_WINDOW characters
 *    before it, else the one group named anywhere before it;
 *  - a force: the last coalition force named before it, within twice the window;
 *  - a person: the one person named before it with that title or role;
 *  - first, a group's noun with a name right after it: that name ("the armed group X").
 * Indexes are built once per article; each lookup costs a binary search plus
 * the mentions inside the window, so an article costs linear time in its length.
 */
/** Does the mention at `start` open its sentence (after at most "the" and a quotation mark)? */
function opensSentence(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 12), start);
  const m = /(?:^|[.!?]["”’)]?\s+|\n\s*)["“]?(?:[Tt]he\s+)?$/u.exec(before);
  return (!!m && (m.index > 0 || start <= 12)) || namedByOpener(text, start);
}

/** Where the sentence holding `pos` starts: after the last sentence end (or line break) before it, looking back at most 400 characters. */
function sentenceStartBefore(text: string, pos: number): number {
  const from = Math.max(0, pos - 400);
  const re = /[.!?]["”’)]?\s+(?=["“]?\p{Lu})|\n/gu;
  re.lastIndex = from;
  let start = from;
  for (let m = re.exec(text); m && m.index < pos; m = re.exec(text)) start = m.index + m[0].length;
  return start;
}

/** Does the mention at `start` name the phrase that opens its sentence ("The al-Qaeda affiliate known as X", "Al-Qaeda's branch X")? */
function namedByOpener(text: string, start: number): boolean {
  const from = Math.max(0, start - 64);
  const m = namedOpener().exec(text.slice(from, start));
  return !!m && (m.index > 0 || from === 0);
}
const namedOpener = (() => {
  let re: RegExp | undefined;
  return () =>
    (re ??= new RegExp(
      `(?:^|[.!?]["”’)]?\\s+|\\n\\s*)["“]?(?:[Tt]he\\s+|[Aa]n?\\s+)?(?:[\\p{L}'’-]+\\s+){0,4}?(?:(?:also\\s+)?(?:known\\s+as|called|dubbed)|(?:${defaultLexicon().words.partNouns.join('|')})(?:\\s+in\\s+(?:the\\s+)?[\\p{L}'’-]+(?:\\s+[\\p{L}'’-]+)?\\s*,)?)\\s+(?:the\\s+)?$`,
      'u',
    ));
})();

/** "the Viv Ansanm gang coalition": a group's name before "coalition" names a coalition "the coalition" may repeat. */
const COALITION_AFTER = /^\s+(?:[a-z]+\s+)?coalition(?![\p{L}-])/u;
/** ... and so does an apposition that calls it one: "Viv Ansanm ("Living Together"), a coalition that ...". */
const COALITION_APPOSED = /^\s*(?:\([^()]{1,60}\)\s*)?,\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}?coalition(?![\p{L}-])/u;
function namedCoalition(text: string, x: RawMention): boolean {
  // (an unknown name: a coalition the lexicon knows is known by its own names and aliases)
  if (x.canonical || (x.type !== 'organization' && x.type !== 'armed_group')) return false;
  const after = text.slice(x.end, x.end + 90);
  return (/(?<![\p{L}])the\s+$/iu.test(text.slice(Math.max(0, x.start - 5), x.start)) && COALITION_AFTER.test(after)) || COALITION_APPOSED.test(after);
}

/** Between a name and a description of it in apposition: a comma (after a gloss or an acronym in brackets, or after the name's acronym itself). */
const APPOSED_BEFORE = /^\s*(?:\([^()]{1,60}\)\s*|\)\s*)?,\s+$/u;
/** "the" and up to three modifiers before an anaphor's noun ("the Israeli-backed "). */
const DETERMINED_BEFORE = /(?:^|\s)([Tt]he\s+(?:[\p{L}'’-]+\s+){0,3})$/u;
/** After an anaphor that describes the name before it: the rest of the description (a participle, a relative, "of"), or its end. */
const APPOSED_DESCRIPTION_AFTER = new RegExp(`^(?:\\s+${DESCRIPTION_ADVERB}(?:${DESCRIPTION_WORDS})(?![\\p{L}])|\\s*[,;.)])`, 'u');

/** `keyOf`: the entity a name mention is (its cluster), so that two names of one entity are no two candidates. */
function antecedentIndex(mentions: readonly RawMention[], text: string, keyOf: (j: number) => number): (i: number) => number | undefined {
  const eligible: number[] = [];
  mentions.forEach((x, j) => {
    // a generic actor ("suicide bombers", events/actors.ts) is not what "the group" refers back to
    if (!x.anaphor && !x.via && x.rule !== 'name-coalition' && x.rule !== 'generic-actor') eligible.push(j);
  });
  const groups = candidates(mentions, eligible.filter((j) => mentions[j]!.type === 'armed_group'), keyOf);
  const forces = eligible.filter((j) => {
    const x = mentions[j]!;
    // (a coalition named by a name before "coalition" when that "coalition" is no anaphor of its own, "the OIR coalition")
    const next = mentions[j + 1];
    return (x.kind === 'force' && /coalition|allied|led/i.test(x.text + ' ' + (x.canonical ? lexiconEntry(x.canonical)?.aliases.join(' ') ?? '' : ''))) || (namedCoalition(text, x) && !(next && next.rule === 'name-coalition' && next.start < x.end + 30));
  });
  const persons = eligible.filter((j) => mentions[j]!.type === 'person');
  const byTitle = new Map<string, Candidates>();

  /**
   * Of two groups in reach, the one the text named with the anaphor's own noun: "Al-Shabaab militants attacked ... Clan
   * militias ... which the militants had occupied" is al-Shabaab's (its latest mention). Undefined unless exactly one
   * group was so named before the anaphor.
   */
  const describedAs = (n: number, m: RawMention): number | undefined => {
    const noun = m.text.slice(m.text.lastIndexOf(' ') + 1).toLowerCase();
    // (a noun of what men are, not one any group is named with: "the militants", not "the group", "the movement")
    if (anaphorGroupNounSet().has(noun)) return undefined;
    const after = new RegExp(`^\\s+${esc(noun)}(?![\\p{L}-])`, 'iu');
    let found: number | undefined;
    let foundKey: number | undefined;
    for (let k = n - 1; k >= 0; k--) {
      const x = mentions[groups.at[k]!]!;
      if (!after.test(text.slice(x.end, x.end + noun.length + 3))) continue;
      const kx = keyOf(groups.at[k]!);
      if (foundKey !== undefined && kx !== foundKey) return undefined;
      foundKey = kx;
      found ??= groups.at[k];
    }
    if (found === undefined) return undefined;
    // (its latest mention, the one nearest the anaphor)
    for (let k = n - 1; k >= 0; k--) if (keyOf(groups.at[k]!) === foundKey) return groups.at[k];
    return found;
  };

  /**
   * The group a definite anaphor stands in apposition to, as a description of it ("La Mayiza, the faction now led by
   * X"; "the South Lebanon Army (SLA), the Israeli-backed militia that ..."): an organisation, an armed group or a force,
   * whatever other group is named nearby.
   */
  const apposedTo = (i: number, m: RawMention): number | undefined => {
    // (its "the" may stand before modifiers outside the mention: "the Israeli-backed militia")
    const lead = /^the\s/iu.test(m.text) ? '' : DETERMINED_BEFORE.exec(text.slice(Math.max(0, m.start - 60), m.start))?.[1];
    if (lead === undefined || !APPOSED_DESCRIPTION_AFTER.test(text.slice(m.end, m.end + 40))) return undefined;
    const det = m.start - lead.length;
    for (let k = i - 1; k >= 0; k--) {
      const x = mentions[k]!;
      if (x.end > det) continue;
      if (!(x.kind === 'force' || (x.kind === 'actor' && (x.type === 'organization' || x.type === 'armed_group'))) || x.anaphor || x.via || x.rule === 'generic-actor') return undefined;
      return APPOSED_BEFORE.test(text.slice(x.end, det)) ? k : undefined;
    }
    return undefined;
  };

  /**
   * The name right after a group's noun that it describes, as "the paramilitary organisation Hashd al-Shaabi" does
   * (lexicon anaphorGroupNouns): no group named before.
   */
  const namedAfter = (i: number, m: RawMention): number | undefined => {
    const next = mentions[i + 1];
    if (!next || next.anaphor || next.via || next.rule === 'generic-actor' || next.kind === 'place' || next.type === 'person' || !/^\p{Lu}/u.test(next.text)) return undefined;
    if (!/^[ \t]+$/.test(text.slice(m.end, next.start)) || !anaphorGroupNounSet().has(m.text.slice(m.text.lastIndexOf(' ') + 1).toLowerCase())) return undefined;
    return i + 1;
  };

  return (i) => {
    const m = mentions[i]!;
    const described = namedAfter(i, m);
    if (described !== undefined) return described;
    if (m.type === 'armed_group') {
      const apposed = apposedTo(i, m);
      if (apposed !== undefined) return apposed;
      const n = countBelow(groups.at, i);
      if (n === 0) return undefined;
      // Groups ending within the window, latest first; stop once no earlier one can reach it.
      const from = m.start - ANAPHOR_WINDOW;
      let last: number | undefined;
      let key: number | undefined;
      let ambiguous = false;
      // (the latest group that opens its sentence, the topic: "X is a militia founded by a former commander of Y. The
      // group is part of Z" is X's, when the anaphor opens its sentence too)
      let topic: number | undefined;
      // (the groups of the anaphor's own sentence before it: "X clashed with Y. Z fired rockets, in what the group's leader
      // called ...": Z, when it is the only one there and the anaphor's noun is a group's, lexicon anaphorGroupNouns)
      const own = sentenceStartBefore(text, m.start);
      let ownKey: number | undefined;
      let ownAt: number | undefined;
      let ownMany = false;
      for (let k = n - 1; k >= 0 && groups.maxEnd[k]! >= from; k--) {
        const x = mentions[groups.at[k]!]!;
        if (x.end < from) continue;
        // (a name fused to the anaphor by a hyphen compound, or right before it, modifies it: "the al-Qaeda-linked group",
        // "the al-Qaeda affiliate" is not al-Qaeda)
        if (x.end <= m.start && modifiesAnaphor(text, x.end, m.start)) continue;
        // (alone: not one of two subjects, "X and Y clashed. The group lost.")
        // (but a name of the same group may follow: "X, or Y," where Y is X's full name)
        const nextName = k + 1 < groups.at.length ? mentions[groups.at[k + 1]!]! : undefined;
        const alias = !!nextName && nextName.start - x.end <= 24 && keyOf(groups.at[k + 1]!) === keyOf(groups.at[k]!);
        if (topic === undefined && opensSentence(text, x.start) && (alias || !/^\s*(?:\([^)]{1,12}\)\s*)?(?:and|or|&|,\s*(?:and|or)?\s*\p{Lu})/u.test(text.slice(x.end, x.end + 24)))) topic = groups.at[k];
        const kx = keyOf(groups.at[k]!);
        if (x.start >= own && x.end <= m.start) {
          if (ownKey === undefined) {
            ownKey = kx;
            ownAt = groups.at[k];
          } else if (kx !== ownKey) ownMany = true;
        }
        if (last === undefined) {
          last = groups.at[k];
          key = kx;
        } else if (kx !== key) ambiguous = true; // two groups nearby
      }
      if (ambiguous && topic !== undefined && opensSentence(text, m.start)) return topic;
      if (ambiguous) {
        const described = describedAs(n, m);
        if (described !== undefined) return described;
        // ("the group", "the movement" only: "which the militants had occupied" after two groups of militants stays open)
        return ownAt !== undefined && !ownMany && anaphorGroupNounSet().has(m.text.slice(m.text.lastIndexOf(' ') + 1).toLowerCase()) ? ownAt : undefined;
      }
      if (last !== undefined) return last;
      return groups.several[n - 1] ? undefined : groups.at[n - 1];
    }
    if (m.type === 'force') {
      const n = countBelow(forces, i);
      if (n === 0) return undefined;
      const near = forces[n - 1]!;
      return m.start - mentions[near]!.end <= ANAPHOR_WINDOW * 2 ? near : undefined;
    }
    if (m.type === 'person') {
      const title = m.text.toLowerCase().replace(/^the\s+/, '');
      let cands = byTitle.get(title);
      if (!cands) {
        const at = persons.filter((j) => {
          const x = mentions[j]!;
          return (x.titles ?? []).some((t) => t.toLowerCase().endsWith(title)) || x.role?.toLowerCase() === title;
        });
        cands = candidates(mentions, at, keyOf);
        byTitle.set(title, cands);
      }
      const n = countBelow(cands.at, i);
      return n > 0 && !cands.several[n - 1] ? cands.at[n - 1] : undefined;
    }
    return undefined;
  };
}
