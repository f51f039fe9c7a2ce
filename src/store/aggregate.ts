/**
 * What every backend computes the same way when it writes an article's
 * contributions and recomputes the aggregates they touch: an entity's
 * share of the facets (label, type, alias, title and role votes, mention
 * and article counts), the entity row those facets vote for, the search
 * index rows of its names, and the evidence row of one piece of evidence.
 * Dialect-free and pure: the SQLite backend (./sqlite/contributions.ts)
 * applies these row by row, the PostgreSQL one (./postgres/write.ts) in
 * batches, and both answer the same.
 */
import { KIND_OF_TYPE, type Entity, type EntityType, type Evidence, type NodeKind } from '../types.ts';
import { preferLabel, vote } from '../util/combine.ts';
import { nameKeys } from '../util/names.ts';

/** One article's share of an entity's facets. */
export interface EntityShare {
  label: string;
  type: EntityType;
  mentions: number;
  titles?: string[] | undefined;
  roles?: string[] | undefined;
}

/** One facet weight change: [facet, value, weight]. */
export type FacetDelta = [facet: string, value: string, weight: number];

/** The facet weights one article adds (sign 1) or takes away (sign -1) for an entity; zero weights left out. */
export function facetDeltas(share: EntityShare, aliases: readonly string[], sign: 1 | -1): FacetDelta[] {
  const out: FacetDelta[] = [];
  const add = (facet: string, value: string, w: number) => {
    if (w !== 0) out.push([facet, value, sign * w]);
  };
  const votes = Math.max(1, share.mentions);
  add('label', share.label, votes);
  add('type', share.type, votes);
  for (const a of aliases) add('alias', a, 1);
  for (const t of share.titles ?? []) add('title', t, 1);
  for (const r of share.roles ?? []) add('role', r, 1);
  add('count', 'mentions', share.mentions);
  add('count', 'articles', 1);
  return out;
}

/** Whether a facet is a name (its appearing or disappearing changes the search index). */
export const isNameFacet = (facet: string): boolean => facet === 'label' || facet === 'alias';

/** An entity as written for one article: its share, its titles and roles deduplicated, its names other than the label. */
export function entityContribution(e: Entity): { share: EntityShare; titles?: string[]; roles?: string[]; aliases: string[] } {
  const titles = e.titles?.length ? [...new Set(e.titles)] : undefined;
  const roles = e.roles?.length ? [...new Set(e.roles)] : undefined;
  const aliases = [...new Set(e.aliases)].filter((a) => a && a !== e.label);
  return {
    share: { label: e.label, type: e.type, mentions: e.mentions.length, titles, roles },
    ...(titles ? { titles } : {}),
    ...(roles ? { roles } : {}),
    aliases,
  };
}

/** The aggregate an entity's facets vote for (undefined when no article supports it any more). */
export interface VotedEntity {
  label: string;
  kind: NodeKind;
  type: EntityType;
  mentions: number;
  articles: number;
  /** Sorted JSON arrays, or null. */
  titles: string | null;
  roles: string | null;
  /** Names other than the label (aliases and other articles' labels). */
  aliases: Set<string>;
}

export function voteEntity(facets: Iterable<{ facet: string; value: string; weight: number }>): VotedEntity | undefined {
  const labelVotes = new Map<string, number>();
  const typeVotes = new Map<EntityType, number>();
  const aliases = new Set<string>();
  const titles: string[] = [];
  const roles: string[] = [];
  let mentions = 0;
  let articles = 0;
  for (const f of facets) {
    switch (f.facet) {
      case 'label':
        labelVotes.set(f.value, f.weight);
        aliases.add(f.value);
        break;
      case 'type':
        typeVotes.set(f.value as EntityType, f.weight);
        break;
      case 'alias':
        aliases.add(f.value);
        break;
      case 'title':
        titles.push(f.value);
        break;
      case 'role':
        roles.push(f.value);
        break;
      case 'count':
        if (f.value === 'mentions') mentions = f.weight;
        else if (f.value === 'articles') articles = f.weight;
        break;
    }
  }
  if (articles === 0 || labelVotes.size === 0) return undefined;
  const label = vote(labelVotes, preferLabel);
  const type = vote(typeVotes);
  aliases.delete(label);
  return {
    label,
    kind: KIND_OF_TYPE[type] ?? 'actor',
    type,
    mentions,
    articles,
    titles: titles.length ? JSON.stringify(titles.sort()) : null,
    roles: roles.length ? JSON.stringify(roles.sort()) : null,
    aliases,
  };
}

/** The kind of a pinned node's type. */
export const kindOfType = (type: EntityType): NodeKind => KIND_OF_TYPE[type] ?? 'actor';

/** The search index rows of a name: [norm, name, rank] (rank 0 label, 1 alias, 2 a later word). */
export function nameRows(name: string, rank: 0 | 1): Array<[norm: string, name: string, rank: number]> {
  return nameKeys(name).map((k, i) => [k, name, i === 0 ? rank : 2]);
}

/** The earlier / later of two dates (null: none). */
export function minDate(a: string | null, b: string | null | undefined): string | null {
  if (!b) return a;
  if (!a) return b;
  return a < b ? a : b;
}

export function maxDate(a: string | null, b: string | null | undefined): string | null {
  if (!b) return a;
  if (!a) return b;
  return a > b ? a : b;
}

/** The stored columns of one piece of evidence, ends swapped when the relation was oriented the other way. */
export interface EvidenceColumns {
  sentence: string;
  start: number;
  end: number;
  sourceStart: number;
  sourceEnd: number;
  targetStart: number;
  targetEnd: number;
  rule: string;
  confidence: number;
  hedged: number;
  negated: number;
  quantity: number | null;
  quote: string | null;
  described: string | null;
  /** The event the evidence codes (compact JSON), or null. */
  event: string | null;
}

export function evidenceColumns(ev: Evidence, flipped: boolean): EvidenceColumns {
  const src = flipped ? ev.targetMention : ev.sourceMention;
  const tgt = flipped ? ev.sourceMention : ev.targetMention;
  return {
    sentence: ev.sentence,
    start: ev.start,
    end: ev.end,
    sourceStart: src.start,
    sourceEnd: src.end,
    targetStart: tgt.start,
    targetEnd: tgt.end,
    rule: ev.rule,
    confidence: ev.confidence,
    hedged: ev.hedged ? 1 : 0,
    negated: ev.negated ? 1 : 0,
    quantity: ev.quantity ?? null,
    quote: ev.quote ?? null,
    described: ev.described?.length ? (flipped ? ev.described.map((d) => (d === 'source' ? 'target' : 'source')).sort() : ev.described).join(',') : null,
    event: ev.event ? JSON.stringify(ev.event) : null,
  };
}

/** One entry per entity id: an extraction that lists an id twice has its mentions and names joined. */
export function mergeDuplicates(entities: Entity[]): Entity[] {
  const byId = new Map<string, Entity>();
  for (const e of entities) {
    const prev = byId.get(e.id);
    if (!prev) {
      byId.set(e.id, e);
      continue;
    }
    byId.set(e.id, {
      ...prev,
      aliases: [...prev.aliases, e.label, ...e.aliases],
      mentions: [...prev.mentions, ...e.mentions],
      ...(prev.titles || e.titles ? { titles: [...(prev.titles ?? []), ...(e.titles ?? [])] } : {}),
      ...(prev.roles || e.roles ? { roles: [...(prev.roles ?? []), ...(e.roles ?? [])] } : {}),
    });
  }
  return [...byId.values()];
}
