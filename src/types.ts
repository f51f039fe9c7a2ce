/**
 * newsgraph: the shared vocabulary.
 *
 * Every module speaks these types: readers produce `Article`, extraction
 * produces `ArticleExtraction` (the public JSONL contract), the store and the
 * graph speak `NodeAttrs` / `EdgeAttrs`, and the one typed graph is `NewsGraph`.
 * This file has no runtime dependencies so that `web/` may import it.
 */
// Named, from the types package: a default import of graphology's CommonJS typings is a namespace under NodeNext (a consumer's tsc).
import type { AbstractGraph as Graph } from 'graphology-types';

/** The four node kinds. */
export const NODE_KINDS = ['actor', 'place', 'force', 'camp'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

/** Finer entity types; each belongs to one kind (see `KIND_OF_TYPE`). */
export const ENTITY_TYPES = [
  'person',
  'organization',
  'armed_group',
  'government',
  'media',
  'country',
  'region',
  'city',
  'site',
  'camp',
  'force',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const KIND_OF_TYPE: Record<EntityType, NodeKind> = {
  person: 'actor',
  organization: 'actor',
  armed_group: 'actor',
  government: 'actor',
  media: 'actor',
  country: 'place',
  region: 'place',
  city: 'place',
  site: 'place',
  camp: 'camp',
  force: 'force',
};

/** The edge types. `allied_with` is symmetric; the rest are directed. */
export const RELATION_TYPES = [
  'attacks',
  'allied_with',
  'quotes',
  'member_of',
  'leads',
  'located_in',
  'captures',
  'recruits',
  'reports',
  'withdraws_from',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

export const SYMMETRIC_TYPES: ReadonlySet<RelationType> = new Set<RelationType>(['allied_with']);

/** One article as a reader returns it. Every offset in newsgraph indexes `text`. */
export interface Article {
  id: string;
  title: string;
  text: string;
  source?: string;
  url?: string;
  /** ISO date (YYYY-MM-DD or a full ISO timestamp). */
  published?: string;
  /** Where it was read from, when it came from a file. */
  path?: string;
}

export type ArticleMeta = Pick<Article, 'id' | 'title' | 'source' | 'url' | 'published'>;

/** A half-open span [start, end) of the article text. */
export interface Span {
  start: number;
  end: number;
}

/**
 * How a mention that is not a name refers to its entity: a pronoun ("he",
 * "its"), a definite description ("the town", "the group") or a part of a
 * name given in full earlier ("Ahmed" after "Ahmed Hassan"), all resolved by
 * coreference within the article; or `generic`: common nouns that describe a
 * group instead of naming it ("police", "rebels", "civilians", "Kurdish
 * fighters"), the mention of a generic actor or described group of its own.
 */
export type MentionVia = 'pronoun' | 'description' | 'name-part' | 'generic';

export interface Mention extends Span {
  /** Always `article.text.slice(start, end)`. */
  text: string;
  /** Absent for a name; otherwise how the words refer to the entity (coreference within the article, or a generic description). */
  via?: MentionVia;
}

export interface Entity {
  /** Readable, stable slug (`isis`, `syrian-democratic-forces`). */
  id: string;
  label: string;
  kind: NodeKind;
  type: EntityType;
  aliases: string[];
  mentions: Mention[];
  /** People: titles stripped from the name ("Gen.", "Brig. Gen."). */
  titles?: string[];
  /** People: roles ("co-commander", "spokesman"). */
  roles?: string[];
  /** Ids of entities that may be the same (kept apart when in doubt). */
  possiblySameAs?: string[];
}

export interface Evidence extends Span {
  /** The sentence that carries the relation; `start`/`end` locate it. */
  sentence: string;
  /**
   * The words of the sentence that stand for each end: a mention of the
   * entity, or a description of it: in strike reports
   * (src/extract/rules/reports.ts) "three strikes" for the striking force and
   * "two vehicles" for the group that lost them; in a quotation, "we" for the
   * speaker's group (src/extract/first-person.ts).
   */
  sourceMention: Span;
  targetMention: Span;
  /** The `reason` id of the rule that fired. */
  rule: string;
  /** In [0, 1]. */
  confidence: number;
  hedged?: boolean;
  negated?: boolean;
  /**
   * The ends given by a description rather than a mention of the entity
   * (see `sourceMention`); absent when both ends are mentions.
   */
  described?: Array<'source' | 'target'>;
  /** A count the text gives ("153 attacks", "233 ISIS fighters"). */
  quantity?: number;
  /** For `quotes` edges: the quoted words. */
  quote?: string;
  /** The event the clause codes, when an event pattern gave the relation (src/extract/events). */
  event?: EventInfo;
}

/**
 * An event coded from a clause: its CAMEO code and PLOVER category (PLOVER
 * 2021 naming: 19x fighting is ASSAULT), and what the sentence says of it.
 */
export interface EventInfo {
  /** CAMEO event code, a string with its leading zeros ("190", "0874"). */
  cameo: string;
  /** PLOVER category ("ASSAULT", "ARREST" is COERCE ...); absent when the crosswalk has none. */
  plover?: string;
  /** ISO date of the event: the date the sentence names ("on Tuesday", "on 3 March"), else the article's. */
  date?: string;
  /** The place the clause names ("in central Nairobi"): the words as written. */
  place?: string;
  /** People killed and wounded, as the sentence counts them ("killing 12", "at least 35 dead"). */
  killed?: number;
  wounded?: number;
}

export interface Relation {
  type: RelationType;
  source: string;
  target: string;
  evidence: Evidence[];
}

export interface Quote extends Span {
  speaker: string;
  /** The quoted words, `article.text.slice(start, end)`. */
  text: string;
  addressee?: string;
}

/** The extraction contract: one per article, printed by `extract --format jsonl`. */
export interface ArticleExtraction {
  article: ArticleMeta;
  entities: Entity[];
  relations: Relation[];
  quotes: Quote[];
}

/** Evidence as it sits on a graph edge: with the article it came from. */
export interface EdgeEvidence extends Evidence {
  articleId: string;
  articleTitle?: string;
  articleSource?: string;
  articleUrl?: string;
  published?: string;
}

export interface QuoteRecord extends Quote {
  articleId: string;
  articleTitle?: string;
  published?: string;
}

export interface NodeAttrs {
  label: string;
  kind: NodeKind;
  type: EntityType;
  aliases: string[];
  /** Mention count over all articles. */
  mentions: number;
  /** Number of articles that mention it. */
  articles: number;
  firstSeen?: string;
  lastSeen?: string;
  titles?: string[];
  roles?: string[];
  /** Quotes this node spoke. */
  quotes?: QuoteRecord[];
  /** Ids of nodes that may be the same entity (kept apart when in doubt). */
  possiblySameAs?: string[];
  /** Set by the analyst's `pin` override: kept even without mentions. */
  pinned?: boolean;
  /**
   * The view's overview, filled by src/layout's `prepareViewGraph` (the
   * server's /api/graph): the node's Louvain community (0 = the largest) and
   * its PageRank.
   */
  community?: number;
  pagerank?: number;
  /** Layout and rendering, filled by src/layout. */
  x?: number;
  y?: number;
  size?: number;
  color?: string;
}

export interface EdgeAttrs {
  type: RelationType;
  /** The evidence count. */
  weight: number;
  /** Combined confidence: 1 - prod(1 - c_i). */
  confidence: number;
  evidence: EdgeEvidence[];
  firstSeen?: string;
  lastSeen?: string;
  /** Set on every edge whose evidence is all hedged. */
  hedged?: boolean;
}

/** The one typed graph used everywhere. Directed, multi (one edge per type). */
export type NewsGraph = Graph<NodeAttrs, EdgeAttrs>;

/** Edge key: `source|type|target`. */
export function edgeKey(source: string, type: RelationType, target: string): string {
  return `${source}|${type}|${target}`;
}
