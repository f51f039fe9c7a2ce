/**
 * Within-article resolution: cluster one article's mentions into entities.
 *
 * Links (union-find over mentions):
 *   - the same lexicon id (`canonical`)
 *   - an acronym defined in the text: "Syrian Democratic Forces (SDF)"
 *   - the same normalised name (possessive, leading "the", case folded)
 *   - a surname-only mention to the one person whose name ends with it
 *     ("Afrin" -> "Rohilat Afrin"), also over a lexicon place of that name
 *     unless a locative preposition precedes it ("in Afrin")
 *   - anaphors: "the group"/"the militants" -> the armed group last named when
 *     only one is in reach; "allied troops"/"coalition forces" -> the last
 *     coalition force; "the president" -> a person titled President. Anything
 *     ambiguous is dropped, with the relations that use it.
 * Ids: the lexicon id, else slugify(label). Labels: the lexicon label, else the
 * longest name. Titles are kept in `titles`, roles in `roles`.
 */
import { KIND_OF_TYPE, SYMMETRIC_TYPES, type ArticleExtraction, type Entity, type EntityType, type Quote, type Relation, type Span } from '../types.ts';
import type { RawExtraction, RawMention } from '../extract/types.ts';
import { lexiconEntry } from '../extract/lexicon/index.ts';
import { COREF_RULES } from '../extract/coref/index.ts';
import { slugify } from '../util/slug.ts';
import { clusterMentions } from './article-cluster.ts';

/**
 * Rules whose mentions describe a group in common nouns instead of naming it:
 * generic actors ("police", "rebels", "gunmen": events/actors.ts), victim
 * groups ("civilians", "aid workers") and forces described by nationality or
 * side ("Kurdish fighters", "government forces"), collectives ("the
 * international community"). Their entities are nodes
 * like any other, but the words are no name: the contract marks them
 * `via: "generic"` (a mention without `via` is a name), so a scorer of
 * names (CoNLL) and the view can tell them apart.
 */
const GENERIC_RULES: ReadonlySet<string> = new Set(['generic-actor', 'name-victim-group', 'name-force-descriptive', 'name-collective']);

export function resolveArticle(raw: RawExtraction): ArticleExtraction {
  const { mentions } = raw;
  const { clusterOf, clusters } = clusterMentions(raw);

  // cluster -> entity
  const entityIdOfCluster = new Map<number, string>();
  const entities = new Map<string, Entity>();
  const lowerNames = new Map<Entity, Set<string>>();
  for (const [root, members] of clusters) {
    // names only: pronouns, descriptions and name parts give no label, alias or type
    const ms = members.map((i) => mentions[i]!).filter((m) => !m.anaphor && !m.via);
    if (ms.length === 0) continue;
    const canonical = pickCanonical(ms);
    const entry = canonical ? lexiconEntry(canonical) : undefined;
    const clean = ms.map((m) => cleanName(m.text));
    const names = clean.filter((n) => n.length > 0);
    // an office ("Iraqi Defense Minister") labels the entity only when no name of its holder is known
    const named = clean.filter((n, k) => ms[k]!.rule !== 'name-office' && n.length > 0);
    const pool = named.length ? named : names;
    // (of equal length, a form in mixed case over one in capitals: "Goma" over the dateline's "GOMA")
    const caps = (n: string) => n === n.toUpperCase() && n !== n.toLowerCase();
    const longest = pool.reduce((a, b) => (b.length > a.length || (b.length === a.length && caps(a) && !caps(b)) ? b : a), pool[0] ?? ms[0]!.text);
    const label = entry?.label ?? ms.find((m) => m.label !== undefined)?.label ?? longest;
    const type: EntityType = entry?.type ?? majorityType(ms);
    let id = canonical ?? slugify(label);
    if (!id) continue;
    // the same name as another kind of thing ("Surrey" the team, "Surrey" the county)
    if (entities.has(id) && entities.get(id)!.kind !== KIND_OF_TYPE[type]) id = `${id}-${type.replace(/_/g, '-')}`;
    let e = entities.get(id);
    if (!e) {
      e = { id, label, kind: KIND_OF_TYPE[type], type, aliases: [], mentions: [] };
      entities.set(id, e);
    }
    entityIdOfCluster.set(root, id);
    for (const i of members) {
      const m = mentions[i]!;
      const via = m.via ?? (m.anaphor ? 'description' : GENERIC_RULES.has(m.rule) ? 'generic' : undefined);
      e.mentions.push(via ? { start: m.start, end: m.end, text: m.text, via } : { start: m.start, end: m.end, text: m.text });
      // titles and roles are a person's: a titled mention coreference put in a group or a force does not give it one
      if (e.type !== 'person') continue;
      for (const t of m.titles ?? []) if (!(e.titles ??= []).includes(t)) e.titles.push(t);
      if (m.role && !(e.roles ??= []).includes(m.role)) e.roles.push(m.role);
    }
    // the label and the aliases so far, lower case (an alias differs from each in more than case)
    let seen = lowerNames.get(e);
    if (!seen) lowerNames.set(e, (seen = new Set([e.label.toLowerCase(), ...e.aliases.map((a) => a.toLowerCase())])));
    for (const n of names) {
      const low = n.toLowerCase();
      if (seen.has(low)) continue;
      seen.add(low);
      e.aliases.push(n);
    }
  }
  // a country listed as a member of a coalition or alliance is the state acting
  const memberStarts = new Set(raw.relations.filter((r) => r.type === 'member_of').map((r) => mentions[r.source]?.start));
  const firstPerson = new Set(raw.mentions.filter((m) => m.rule === COREF_RULES.first.reason).map((m) => m.start));
  for (const e of entities.values()) if (e.type === 'country' && actsAsActor(raw.text, e, memberStarts, firstPerson)) {
    e.type = 'government';
    e.kind = 'actor';
  }
  const entityOf = (i: number): string | undefined => {
    const c = clusterOf(i);
    return c === undefined ? undefined : entityIdOfCluster.get(c);
  };

  const relMap = new Map<string, Relation>();
  for (const r of raw.relations) {
    let source = entityOf(r.source);
    let target = entityOf(r.target);
    if (!source || !target || source === target) continue;
    let sm: Span = r.sourceSpan ?? mentions[r.source]!;
    let tm: Span = r.targetSpan ?? mentions[r.target]!;
    let described: Array<'source' | 'target'> = [...(r.sourceSpan ? ['source' as const] : []), ...(r.targetSpan ? ['target' as const] : [])];
    if (SYMMETRIC_TYPES.has(r.type) && target < source) {
      [source, target] = [target, source];
      [sm, tm] = [tm, sm];
      described = described.map((d) => (d === 'source' ? 'target' : 'source')).reverse();
    }
    const key = `${r.type}|${source}|${target}`;
    let rel = relMap.get(key);
    if (!rel) {
      rel = { type: r.type, source, target, evidence: [] };
      relMap.set(key, rel);
    }
    const ev = {
      ...r.evidence,
      sourceMention: { start: sm.start, end: sm.end },
      targetMention: { start: tm.start, end: tm.end },
      ...(described.length ? { described } : {}),
    };
    // two rules reading the same pair in the same sentence give one evidence item: the surer one
    // (and an event and a rule in one sentence giving this relation are one reading: "Al-Shabaab militants" / "Al-Shabaab")
    // (the item reading the same pair first: an event merged into a rule reading other words would lose those words)
    const same = rel.evidence.findIndex((x) => x.start === ev.start && x.sourceMention.start === ev.sourceMention.start && x.targetMention.start === ev.targetMention.start);
    const k = same >= 0 ? same : rel.evidence.findIndex((x) => x.start === ev.start && !x.event !== !ev.event);
    // (a rule and an event reading the same pair: the surer one, with the event's code kept)
    if (k < 0) rel.evidence.push(ev);
    else {
      const old = rel.evidence[k]!;
      const keep = ev.confidence > old.confidence ? ev : old;
      const event = keep.event ?? ev.event ?? old.event;
      rel.evidence[k] = event && !keep.event ? { ...keep, event } : keep;
    }
  }
  const quotes: Quote[] = [];
  for (const q of raw.quotes) {
    const speaker = entityOf(q.speaker);
    if (!speaker) continue;
    const out: Quote = { start: q.start, end: q.end, speaker, text: q.text };
    const addressee = q.addressee !== undefined ? entityOf(q.addressee) : undefined;
    if (addressee && addressee !== speaker) out.addressee = addressee;
    quotes.push(out);
  }

  const ents = [...entities.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const e of ents) {
    e.mentions.sort((a, b) => a.start - b.start);
    e.aliases.sort();
  }
  const rels = [...relMap.values()].sort((a, b) => cmp(a.type, b.type) || cmp(a.source, b.source) || cmp(a.target, b.target));
  for (const r of rels) r.evidence.sort((a, b) => a.start - b.start || a.sourceMention.start - b.sourceMention.start || cmp(a.rule, b.rule));
  quotes.sort((a, b) => a.start - b.start);
  return { article: raw.article, entities: ents, relations: rels, quotes };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Strip a possessive and a leading article from a surface name. */
export function cleanName(s: string): string {
  return s
    .replace(/['’]s?$/u, '')
    .replace(/^(?:the|The)\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function pickCanonical(ms: RawMention[]): string | undefined {
  const counts = new Map<string, number>();
  for (const m of ms) if (m.canonical) counts.set(m.canonical, (counts.get(m.canonical) ?? 0) + (m.end - m.start));
  let best: string | undefined;
  let n = -1;
  for (const [k, v] of [...counts.entries()].sort()) if (v > n) [best, n] = [k, v];
  return best;
}

/** Name rules whose type comes from a head noun ("Tishrin Barrage", "Hamza Brigade"): they outvote the others. */
const HEAD_NOUN_RULES: ReadonlySet<string> = new Set(['name-org-head', 'name-place-head', 'name-camp', 'name-military-unit', 'name-warship']);

/** A lower-case "the coalition" repeats a name (article-cluster.ts): its vote counts as a repetition's. */
const LOWER_COALITION = (m: RawMention): boolean => m.rule === 'name-coalition' && !/Coalition/.test(m.text);

/**
 * The entity's type, voted by all its name mentions: a head noun counts 2, a
 * titled person 2, a repetition half, and a type only the shape of the words
 * gave (`typeWeight`) a quarter; ties go to the first type in name order.
 */
function majorityType(ms: RawMention[]): EntityType {
  const score = new Map<EntityType, number>();
  for (const m of ms) {
    const w = (m.rule.startsWith('name-repeat') || LOWER_COALITION(m) ? 0.5 : 1) * (m.type === 'person' && m.titles ? 2 : 1) * (HEAD_NOUN_RULES.has(m.rule) ? 2 : 1) * (m.typeWeight ?? 1);
    score.set(m.type, (score.get(m.type) ?? 0) + w);
  }
  return [...score.entries()].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))[0]![0];
}

/** A country named mostly as the doer ("the UK will continue", "the United States condemns"). */
const AGENTIVE = /^(?:['’]s\s+(?:government|position|policy|commitment|support|response|strategy))|^\s+(?:has|have|had|will|would|is\s+(?:committed|working|providing|determined|ready|leading|helping|supporting)|are\s+(?:committed|working)|condemns?|condemned|welcomes?|welcomed|supports?|supported|calls?\s+on|called\s+on|urges?|urged|remains?\s+committed|continues?\s+to|stands?|believes?|announced|announces|provides?|provided|pledged|pledges|shares|recogni[sz]es?|recogni[sz]ed|wants?|must|should|can|could|has\s+been|strongly|fully|also|deplores?|regrets?|notes?|reaffirms?|reaffirmed|agreed|agrees|opposes?|opposed|rejects?|rejected|demands?|demanded|expects?|hopes?|looks\s+forward|is\s+proud|led|leads|co-chaired|hosted|hosts|pledged|donated|gave|gives|contributed|contributes|sent|sends|deployed|deploys|imposed|imposes|sanctioned|designated|designates|funded|funds|allocated|spent|trained|trains)\b/i;

/** A country before a noun of state action ("U.S. airstrikes", "Iraq's efforts"): the state acting. */
const ATTRIBUTIVE = /^(?:['’]s)?[ \t]+(?:(?:air|drone|missile)?strikes?|assistance|aid|support|commitment|efforts?|officials?|diplomats?|policy|policies|position|leadership|partnership|sanctions|funding|contribution|engagement|envoy|delegation|authorities|intervention|involvement|campaign|pledge|decision|statement)\b/i;

function actsAsActor(text: string, e: Entity, memberStarts: ReadonlySet<number | undefined> = new Set(), skip: ReadonlySet<number> = new Set()): boolean {
  let agentive = 0;
  // "we" / "our" are left out: they stand for the speaking group, whatever it is named as
  const ms = e.mentions.filter((m) => !skip.has(m.start));
  for (const m of ms) {
    const after = text.slice(m.end, m.end + 40);
    if (AGENTIVE.test(after) || ATTRIBUTIVE.test(after) || memberStarts.has(m.start)) agentive++;
  }
  return agentive >= 2 && agentive * 2 >= ms.length;
}
