/**
 * Canonical ids across articles.
 *
 * Each entity of one article is mapped to a gazetteer id through the
 * normalised-name index (./gazetteer.ts, ./normalize.ts): its label first,
 * then its aliases and mention texts. Entities the gazetteer does not know get
 * a readable slug of their name (`slugLabel`: titles off, Arabic article
 * dropped, one spelling). Two entities of the article that land on one id are
 * merged, and relation ends, quotes and evidence follow the new ids. An
 * entity whose mentions name different gazetteer entries was clustered
 * wrongly upstream and is split by mention first (`splitConflicts`).
 *
 * Merges must not be wrong, so when in doubt the entity keeps its own id and
 * records `possiblySameAs`:
 * - a person takes a non-person id (or the reverse) only by a multi-word name
 *   and only when it carries no titles or roles ("Huras al-Din" yes, "Gen.
 *   Afrin" never);
 * - a one-word person alias ("Assad") is not trusted when the article names
 *   another person with that surname ("Hafez al-Assad");
 * - aliases that point at two different gazetteer entries decide nothing.
 */
import { KIND_OF_TYPE } from '../types.ts';
import type { ArticleExtraction, Entity, Evidence, Mention, Quote, Relation } from '../types.ts';
import { slugify } from '../util/slug.ts';
import { initials } from '../extract/mentions/definitions.ts';
import { defaultGazetteer, type Gazetteer, type GazetteerEntry, type GazetteerHit } from './gazetteer.ts';
import { pluralHeads, titleWords, titleDemonyms, titleGlue, isTitleRun, foldLetters, nameKey, nameWords } from './normalize.ts';
import { lowerBound } from '../util/search.ts';
import { acronymFits } from '../extract/mentions/index.ts';

/** Why an entity got its id; exported for tests and the eval. */
export type Decision =
  | { rule: 'canon-label'; entry: GazetteerEntry }
  | { rule: 'canon-alias'; entry: GazetteerEntry }
  | { rule: 'canon-slug'; possiblySameAs: string[] };

function isPerson(e: { type: string }): boolean {
  return e.type === 'person';
}

/**
 * Candidate entries for one name of an entity. A person's name is looked up
 * with titles stripped, and as written (an organisation the extractor took
 * for a person, "Huras al-Din").
 */
function lookupFor(gaz: Gazetteer, e: Entity, name: string): GazetteerHit[] {
  if (!isPerson(e)) return gaz.lookup(name, false);
  // Titles stripped only to find people: "Prime Minister of Syria" is not Syria.
  const hits = gaz.lookup(name, true).filter((h) => isPerson(h.entry));
  const ids = new Set(hits.map((h) => h.entry.id));
  return [...hits, ...gaz.lookup(name, false).filter((h) => !ids.has(h.entry.id))];
}

/**
 * Pick the best compatible entry: same person-ness (a multi-word name of an
 * entity with no titles or roles may cross over: the extractor's guess
 * "person" for "Huras al-Din" loses to the gazetteer), then same kind, then
 * same type, then lexicon order.
 */
function choose(hits: GazetteerHit[], e: Entity, name: string): GazetteerHit | undefined {
  const cross = nameWords(name).length >= 2 && !e.titles?.length && !e.roles?.length;
  const ok = hits.filter((h) => isPerson(h.entry) === isPerson(e) || cross);
  if (ok.length === 0) return undefined;
  const score = (h: GazetteerHit): number =>
    (isPerson(h.entry) === isPerson(e) ? 4 : 0) + (h.entry.kind === e.kind ? 2 : 0) + (h.entry.type === e.type ? 1 : 0) + (h.loose ? 0 : 0.5);
  return [...ok].sort((a, b) => score(b) - score(a))[0];
}

/**
 * `choose(lookupFor(...))`, remembered per gazetteer: the answer depends only
 * on the name, the entity's type and whether it carries titles or roles, and
 * one name is asked about for many mentions and articles.
 */
const bestMemo = new WeakMap<Gazetteer, Map<string, GazetteerHit | null>>();
function bestHit(gaz: Gazetteer, e: Entity, name: string): GazetteerHit | undefined {
  let memo = bestMemo.get(gaz);
  if (!memo) bestMemo.set(gaz, (memo = new Map()));
  const key = `${e.type}|${e.kind}|${e.titles?.length || e.roles?.length ? 1 : 0}|${name}`;
  let hit = memo.get(key);
  if (hit === undefined) {
    if (memo.size >= 200_000) memo.clear();
    hit = choose(lookupFor(gaz, e, name), e, name) ?? null;
    memo.set(key, hit);
  }
  return hit ?? undefined;
}

/**
 * An unknown person ("?Recep Erdoğan") whose name words all occur in one name
 * of `entry` ("Recep Tayyip Erdoğan") does not contest `entry`'s short alias.
 */
function partOfEntry(owner: string, entry: GazetteerEntry, gaz: Gazetteer): boolean {
  if (!owner.startsWith('?')) return false;
  const words = nameKey(owner.slice(1), { person: true }).split(' ');
  return [entry.label, ...entry.aliases].some((n) => {
    const have = new Set(nameKey(n, { person: true }).split(' '));
    return words.every((w) => have.has(w));
  }) && gaz.entries.has(entry.id);
}

/** Last-word keys of the other people of the article, with their own decisions. */
function surnameOwners(entities: Entity[], gaz: Gazetteer): Map<string, Set<string>> {
  const owners = new Map<string, Set<string>>();
  for (const e of entities) {
    if (!isPerson(e)) continue;
    for (const name of [e.label, ...e.aliases]) {
      const words = nameWords(name);
      if (words.length < 2) continue;
      const last = nameKey(words[words.length - 1]!, { person: true });
      const hit = choose(gaz.lookup(name, true), e, name);
      const set = owners.get(last) ?? new Set<string>();
      set.add(hit ? hit.entry.id : `?${name}`);
      owners.set(last, set);
    }
  }
  return owners;
}

/** Is `name` an acronym of `label` ("ADF" of "Allied Democratic Forces")? */
const definesAcronym = (label: string, name: string): boolean => /^[\p{Lu}\d&.-]{2,10}$/u.test(name) && /\s/.test(label) && acronymFits(label, name);
const foldName = (x: string): string => x.toLowerCase().replace(/^the\s+/, '');
/** An entry's label and aliases, folded. */
const namesOf = (entry: GazetteerEntry): ReadonlySet<string> => new Set([entry.label, ...entry.aliases].map(foldName));

/** Decide the id of one entity. */
/** A label with its scope in brackets at the end ("police (Kenya)", "unidentified gunmen (Kenya, 2024-03)"). */
const SCOPED_LABEL = /\s\([^()]+\)$/;

export function decide(e: Entity, gaz: Gazetteer, owners: Map<string, Set<string>> = new Map()): Decision {
  const guarded = (hit: GazetteerHit): boolean => {
    if (!hit.short) return false;
    const key = nameKey(e.label, { person: true });
    const others = owners.get(key);
    return !!others && [...others].some((id) => id !== hit.entry.id && !partOfEntry(id, hit.entry, gaz));
  };
  const labelHit = bestHit(gaz, e, e.label);
  if (labelHit && !guarded(labelHit)) return { rule: 'canon-label', entry: labelHit.entry };
  // a label scoped by a country or an article ("police (Kenya)", "Ministry of Defence (Russia)": extract's generic
  // actors and institutions) is its own entity: no other name of it ("MoD") leads to a dictionary entry
  if (SCOPED_LABEL.test(e.label)) return { rule: 'canon-slug', possiblySameAs: [] };
  const doubt = new Set<string>(labelHit ? [labelHit.entry.id] : []);
  const found = new Map<string, GazetteerEntry>();
  const names = [...new Set([...e.aliases, ...e.mentions.map((m) => m.text)])].filter((n) => n !== e.label).sort((a, b) => b.length - a.length);
  for (const name of names) {
    const hit = bestHit(gaz, e, name);
    if (!hit) continue;
    // an acronym the article defines by this entity's name ("Allied Democratic Forces (ADF)") is this entity's, not
    // the dictionary's entity of that acronym (the Australian Defence Force) unless the dictionary also knows the name
    if (definesAcronym(e.label, name) && !namesOf(hit.entry).has(foldName(e.label))) {
      doubt.add(hit.entry.id);
      continue;
    }
    if (hit.short || guarded(hit)) doubt.add(hit.entry.id);
    else found.set(hit.entry.id, hit.entry);
  }
  if (found.size === 1 && !labelHit) {
    const entry = [...found.values()][0]!;
    return { rule: 'canon-alias', entry };
  }
  for (const id of found.keys()) doubt.add(id);
  return { rule: 'canon-slug', possiblySameAs: [...doubt].sort() };
}

/** Leading titles off a person's label: "US Defense Secretary Ash Carter" -> "Ash Carter" + "US Defense Secretary". */
export function splitTitles(label: string): { name: string; title?: string } {
  const parts = label.trim().split(/\s+/);
  const isTitle = (w: string): boolean =>
    w.split(/[-‐‑]/).every((x) => titleWords().has(x.toLowerCase().replace(/[.,]$/, '')));
  let i = 0;
  if (parts.length > 2 && titleDemonyms().has(foldLetters(parts[0]!).replace(/\./g, '')) && isTitle(parts[1]!)) i = 1;
  let j = i;
  while (j < parts.length - 1 && isTitle(parts[j]!)) j++;
  if (!isTitleRun(parts.slice(i, j).map((w) => w.replace(/[.,]$/, '')))) return { name: label.trim() };
  // "Defence Minister" is an office with no name in it: "Minister" is no name either.
  if (parts.slice(j).every(isTitle)) return { name: label.trim() };
  // "Minister of State for the Middle East": what follows a joining word is the office's remit, no name
  if (titleGlue().has(parts[j]!.toLowerCase())) return { name: label.trim() };
  return { name: parts.slice(j).join(' '), title: parts.slice(0, j).join(' ') };
}

const ARTICLE_WORD = /(^|[\s(])(?:al|el|ar|ad|ash|as|at|az|an|ath|adh|ez|ed|es|et|en|er)[-‐‑]\s*(?=\p{L})|(^|[\s(])(?:al|el|Al|El)\s+(?=\p{L})/gu;

/** One slug word in one spelling: plural heads singular, British -our/-ise/-ence as American. */
function spellWord(w: string, plural: boolean): string {
  const x = (plural ? pluralHeads().get(w) : undefined) ?? w;
  return x
    .replace(/(?<=\w{2})our(ed|ing|s)?$/, 'or$1')
    .replace(/isation/g, 'ization')
    .replace(/^defence$/, 'defense')
    .replace(/^offence$/, 'offense');
}

/**
 * The readable id of an entity the gazetteer does not know: the slug of its
 * name (titles off for people), the Arabic article and an inner "the"
 * dropped, dotted acronyms closed up, plural head nouns singular and British
 * spellings American, so "Ali al-Hassan" and "Ali Hassan", "U.S.-backed
 * forces" and "US-backed force", "Armoured Brigade" and "Armored Brigade" get
 * one id. Vowel variants ("Kheder" / "Khider") keep their own ids, and
 * ./duplicates.ts links them with `possiblySameAs`: ids stay readable.
 */
const slugMemo = new Map<string, string>();
export function slugLabel(e: Pick<Entity, 'label' | 'type'>): string {
  const key = `${e.type}|${e.label}`;
  let slug = slugMemo.get(key);
  if (slug === undefined) {
    if (slugMemo.size >= 100_000) slugMemo.clear();
    slug = computeSlug(e);
    slugMemo.set(key, slug);
  }
  return slug;
}

function computeSlug(e: Pick<Entity, 'label' | 'type'>): string {
  const label = isPerson(e) ? splitTitles(e.label).name : e.label;
  const cleaned = foldLetters(label)
    .replace(/^the\s+/i, '')
    .replace(/\.(?=\S)|\.$/g, '')
    .replace(ARTICLE_WORD, '$1$2');
  const words = nameWords(cleaned).flatMap((w) => slugify(w).split('-')).filter(Boolean);
  return words.map((w) => spellWord(w, !isPerson(e))).join('-') || slugify(e.label) || 'entity';
}

function mergeMentions(a: Mention[], b: Mention[]): Mention[] {
  const out = [...a];
  const spans = new Set(a.map((x) => `${x.start}:${x.end}`));
  for (const m of b) {
    const k = `${m.start}:${m.end}`;
    if (!spans.has(k)) {
      spans.add(k);
      out.push(m);
    }
  }
  return out.sort((x, y) => x.start - y.start || x.end - y.end);
}

function union(a: string[] | undefined, b: string[] | undefined): string[] | undefined {
  const set = new Set([...(a ?? []), ...(b ?? [])]);
  return set.size ? [...set] : undefined;
}

function evidenceKey(ev: Evidence): string {
  return `${ev.start}:${ev.end}:${ev.sourceMention.start}:${ev.targetMention.start}:${ev.rule}`;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * The first item of `list` (in list order) whose span overlaps a given span,
 * by binary search over the items sorted by start: a lookup costs the items
 * near the span, not the whole list.
 */
function overlapFinder<T extends { span: { start: number; end: number } }>(list: readonly T[]): (span: { start: number; end: number }) => T | undefined {
  const order = list.map((_, i) => i).sort((a, b) => list[a]!.span.start - list[b]!.span.start || a - b);
  let longest = 0;
  for (const x of list) longest = Math.max(longest, x.span.end - x.span.start);
  return (span) => {
    const lo = lowerBound(order.length, (k) => list[order[k]!]!.span.start < span.start - longest);
    let best: number | undefined;
    for (let k = lo; k < order.length && list[order[k]!]!.span.start < span.end; k++) {
      const i = order[k]!;
      if (overlaps(list[i]!.span, span) && (best === undefined || i < best)) best = i;
    }
    return best === undefined ? undefined : list[best];
  };
}

/**
 * An entity whose mentions name different gazetteer entries ("Syria" with
 * mentions "ISIS" and "Daesh") was clustered wrongly upstream: split it by
 * mention, and route each piece of relation evidence by the mention at its
 * end. One-word person aliases are too weak to split on.
 */
/**
 * Capitalised short names an entity's mentions define in brackets right after another of its mentions ("Allied
 * Democratic Forces (ADF)"): the extractor bound them to the name before (mentions/definitions.ts).
 */
function bracketDefined(mentions: readonly Mention[]): ReadonlySet<string> {
  const out = new Set<string>();
  // (in text order, the mention a definition follows is the one just before it: linear, however many mentions)
  const byStart = [...mentions].sort((a, b) => a.start - b.start);
  for (let k = 1; k < byStart.length; k++) {
    const [n, m] = [byStart[k - 1]!, byStart[k]!];
    if (n.end < m.start && m.start - n.end <= 2 && /^[\p{Lu}][\p{Lu}\d&.-]+$/u.test(m.text.replace(/[a-z]/g, ''))) out.add(m.text);
  }
  return out;
}

export function splitConflicts(ex: ArticleExtraction, gaz: Gazetteer): ArticleExtraction {
  const entities: Entity[] = [];
  /** Per original entity id: the moved mentions and where they went. */
  const routes = new Map<string, Array<{ span: Mention; to: string }>>();
  const fallback = new Map<string, string>();
  for (const e of ex.entities) {
    // Mentions repeat one name many times ("Syrian" x1,000): decide each name once.
    const seen = new Map<string, GazetteerEntry | undefined>();
    const strong = (name: string): GazetteerEntry | undefined => {
      if (seen.has(name)) return seen.get(name);
      const h = bestHit(gaz, e, name);
      const entry = h && !h.short ? h.entry : undefined;
      seen.set(name, entry);
      return entry;
    };
    const own = strong(e.label);
    const groups = new Map<string, { entry: GazetteerEntry; mentions: Mention[] }>();
    const defined = bracketDefined(e.mentions);
    // (and so is an acronym that spells the initials of a name the article writes out for it: "suspected ADF rebels
    // ... the Allied Democratic Forces", joined by the extractor, mentions/definitions.ts)
    const spelled = new Set(e.mentions.filter((m) => /\s/.test(m.text)).map((m) => initials(m.text)).filter((x) => x.length >= 3));
    for (const m of e.mentions) {
      // an acronym the article defines for this entity is its name here, whatever the gazetteer gives it elsewhere
      // ("the Allied Democratic Forces (ADF)": not the Australian Defence Force)
      if (defined.has(m.text) || spelled.has(m.text)) continue;
      const entry = strong(m.text);
      if (!entry || entry.id === own?.id) continue;
      const g = groups.get(entry.id) ?? { entry, mentions: [] };
      g.mentions.push(m);
      groups.set(entry.id, g);
    }
    if (own ? groups.size === 0 : groups.size <= 1) {
      entities.push(e);
      continue;
    }
    const moved = new Set<Mention>([...groups.values()].flatMap((g) => g.mentions));
    const list: Array<{ span: Mention; to: string }> = [];
    const subs: Entity[] = [];
    for (const { entry, mentions } of groups.values()) {
      const id = `${e.id}~${entry.id}`;
      const names = [...new Set(mentions.map((m) => m.text))];
      subs.push({ id, label: names[0]!, type: entry.type, kind: entry.kind, aliases: names.slice(1), mentions });
      for (const m of mentions) list.push({ span: m, to: id });
    }
    const rest = e.mentions.filter((m) => !moved.has(m));
    if (rest.length) {
      const aliases = e.aliases.filter((a) => {
        const en = strong(a);
        return !en || !groups.has(en.id);
      });
      entities.push({ ...e, mentions: rest, aliases });
    } else {
      // Nothing left under the old label: it goes with the largest piece.
      const biggest = [...subs].sort((a, b) => b.mentions.length - a.mentions.length)[0]!;
      fallback.set(e.id, biggest.id);
      biggest.aliases = [...new Set([...biggest.aliases, e.label])].filter((a) => a !== biggest.label);
    }
    entities.push(...subs);
    routes.set(e.id, list);
  }
  if (routes.size === 0) return ex;
  const finders = new Map([...routes].map(([id, list]) => [id, overlapFinder(list)]));
  const where = (id: string, span: { start: number; end: number }): string =>
    finders.get(id)?.(span)?.to ?? fallback.get(id) ?? id;
  const relations: Relation[] = [];
  for (const r of ex.relations) {
    const byEnds = new Map<string, Relation>();
    for (const ev of r.evidence) {
      const source = where(r.source, ev.sourceMention);
      const target = where(r.target, ev.targetMention);
      const k = `${source}|${target}`;
      const rel = byEnds.get(k) ?? { ...r, source, target, evidence: [] };
      rel.evidence.push(ev);
      byEnds.set(k, rel);
    }
    relations.push(...byEnds.values());
  }
  const quotes = ex.quotes.map((q) => {
    const out: Quote = { ...q, speaker: fallback.get(q.speaker) ?? q.speaker };
    if (q.addressee !== undefined) out.addressee = fallback.get(q.addressee) ?? q.addressee;
    return out;
  });
  return { ...ex, entities, relations, quotes };
}

/**
 * The extraction and the lexicon disagree on what the thing is, across the
 * place/actor line: a sports team named after its city, a country acting as
 * its government. Forces vs armed groups, camps vs places and people are left
 * to the lexicon.
 */
function crossesKind(e: Entity, entry: GazetteerEntry): boolean {
  if (isPerson(e) || isPerson(entry)) return false;
  const k = new Set([e.kind, entry.kind]);
  return k.size === 2 && k.has('place') && k.has('actor');
}

/** Map every entity to its canonical id, merge same-id entities, rewrite relations and quotes. */
export function canonicalizeArticle(ex: ArticleExtraction, gaz: Gazetteer = defaultGazetteer()): ArticleExtraction {
  ex = splitConflicts(ex, gaz);
  const owners = surnameOwners(ex.entities, gaz);
  const idOf = new Map<string, string>();
  const merged = new Map<string, Entity>();
  const claimed = new Map<string, string>(); // slug id -> kind that claimed it in this article

  for (const e of ex.entities) {
    const d = decide(e, gaz, owners);
    let id: string;
    let next: Entity;
    if (d.rule === 'canon-slug') {
      id = slugLabel(e);
      const owner = gaz.entries.get(id);
      const clash = (owner && !d.possiblySameAs.includes(id)) || (claimed.has(id) && claimed.get(id) !== e.kind);
      if (clash && !(owner && owner.kind === e.kind && isPerson(owner) === isPerson(e))) id = `${id}-${e.type.replace(/_/g, '-')}`;
      if (!claimed.has(id)) claimed.set(id, e.kind);
      next = { ...e, id, kind: KIND_OF_TYPE[e.type], aliases: [...e.aliases] };
      if (isPerson(e)) {
        const { name, title } = splitTitles(e.label);
        if (title) {
          next.label = name;
          next.aliases = [e.label, ...e.aliases];
          next.titles = [...new Set([...(e.titles ?? []), title])];
        }
      }
      const hints = d.possiblySameAs.filter((x) => x !== id);
      if (hints.length) next.possiblySameAs = hints;
      else delete next.possiblySameAs;
    } else if (crossesKind(e, d.entry)) {
      // The text typed it otherwise than the lexicon ("Leeds" the team, "the UK
      // will ..." the government): keep the text's type, under its own id.
      const { entry } = d;
      const aliases = [e.label, ...e.aliases].filter((a) => a !== entry.label);
      if (e.type === 'government' && entry.type === 'country') {
        // Same node as the country (one name, one node across articles), typed
        // as this article uses it; the graph keeps the first kind it saw.
        id = entry.id;
        next = { ...e, id, label: entry.label, aliases };
        if (e.possiblySameAs) next.possiblySameAs = e.possiblySameAs.filter((x) => x !== id);
      } else {
        id = `${entry.id}-${e.type.replace(/_/g, '-')}`;
        const hints = [...new Set([...(e.possiblySameAs ?? []), entry.id])].filter((x) => x !== id);
        next = { ...e, id, label: entry.label, kind: KIND_OF_TYPE[e.type], aliases, possiblySameAs: hints };
      }
    } else {
      const { entry } = d;
      id = entry.id;
      const aliases = [e.label, ...e.aliases].filter((a) => a !== entry.label);
      next = { ...e, id, label: entry.label, type: entry.type, kind: entry.kind, aliases };
      if (e.possiblySameAs) next.possiblySameAs = e.possiblySameAs.filter((x) => x !== id);
    }
    idOf.set(e.id, id);
    const prev = merged.get(id);
    if (!prev) {
      merged.set(id, next);
      continue;
    }
    // Two entities of this article share the id: fold the second into the first.
    const keepLabel = d.rule === 'canon-slug' && next.mentions.length > prev.mentions.length ? next.label : prev.label;
    const aliases = [...new Set([...prev.aliases, prev.label, next.label, ...next.aliases])].filter((a) => a !== keepLabel);
    const out: Entity = { ...prev, label: keepLabel, aliases, mentions: mergeMentions(prev.mentions, next.mentions) };
    const titles = union(prev.titles, next.titles);
    const roles = union(prev.roles, next.roles);
    const hints = union(prev.possiblySameAs, next.possiblySameAs)?.filter((x) => x !== id);
    if (titles) out.titles = titles;
    if (roles) out.roles = roles;
    if (hints?.length) out.possiblySameAs = hints;
    else delete out.possiblySameAs;
    merged.set(id, out);
  }

  for (const e of merged.values()) {
    e.aliases = [...new Set(e.aliases)].filter((a) => a !== e.label);
    if (e.possiblySameAs) e.possiblySameAs = [...new Set(e.possiblySameAs)].sort();
  }

  const relations = new Map<string, Relation>();
  for (const r of ex.relations) {
    const source = idOf.get(r.source) ?? r.source;
    const target = idOf.get(r.target) ?? r.target;
    if (source === target) continue;
    const key = `${source}|${r.type}|${target}`;
    const prev = relations.get(key);
    if (!prev) {
      relations.set(key, { ...r, source, target, evidence: [...r.evidence] });
      continue;
    }
    const seen = new Set(prev.evidence.map(evidenceKey));
    for (const ev of r.evidence) if (!seen.has(evidenceKey(ev))) prev.evidence.push(ev);
  }

  const quotes: Quote[] = ex.quotes.map((q) => {
    const speaker = idOf.get(q.speaker) ?? q.speaker;
    const out: Quote = { ...q, speaker };
    if (q.addressee !== undefined) {
      const addressee = idOf.get(q.addressee) ?? q.addressee;
      if (addressee === speaker) delete out.addressee;
      else out.addressee = addressee;
    }
    return out;
  });

  return { article: ex.article, entities: [...merged.values()], relations: [...relations.values()], quotes };
}
