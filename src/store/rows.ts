/**
 * The typed rows the store's read API returns. Dialect-free: every backend
 * (SQLite today, PostgreSQL next) returns these shapes, with optional fields
 * left out rather than null, so the layers above (src/graph) never see SQL
 * types. Pure types and one pure helper.
 */
import type { EdgeEvidence, EntityType, EventInfo, NodeKind, QuoteRecord, RelationType } from '../types.ts';

/** A node's aggregate row: what a `NodeSummary` shows. */
export interface EntityRow {
  id: string;
  label: string;
  kind: NodeKind;
  type: EntityType;
  mentions: number;
  articles: number;
  /** Edges at this node, both directions. */
  degree: number;
  firstSeen?: string;
  lastSeen?: string;
}

/** What `node` shows of an entity besides its row. */
export interface EntityDetailRow {
  titles?: string[];
  roles?: string[];
  pinned: boolean;
}

/**
 * One relation, positional so adjacency can run over many without an object
 * per row: [relation id, source, type, target, weight, confidence,
 * first seen, last seen, hedged (0/1)].
 */
export type EdgeTuple = readonly [
  relationId: number,
  source: string,
  type: RelationType,
  target: string,
  weight: number,
  confidence: number,
  firstSeen: string | null,
  lastSeen: string | null,
  hedged: number,
];

/** A node's relations: out-edges ordered by (type, target), in-edges by (type, source). */
export interface Adjacent {
  out: EdgeTuple[];
  in: EdgeTuple[];
}

/**
 * A node with its relations and some of its neighbours' rows, as one call
 * gives them (a depth-1 neighbourhood in one round trip to a remote store).
 */
export interface EntityAround {
  entity: EntityRow;
  adjacent: Adjacent;
  /**
   * Rows of neighbours, the heaviest first (summed weight of the relations
   * between them, then id), at most the limit asked for: a prefetch, not a
   * filtered list; the caller asks `entities` for any other it needs.
   */
  neighbours: EntityRow[];
}

/** A node as `iterateNodes` gives it: the aggregate row (its degree aside) with its names, titles, roles and pin. */
export interface NodeRow extends Omit<EntityRow, 'degree'> {
  titles?: string[];
  roles?: string[];
  /** The names other than the label, sorted. */
  aliases: string[];
  pinned: boolean;
}

/** A relation without its evidence, as `iterateEdges` gives it. */
export interface EdgeRow {
  source: string;
  type: RelationType;
  target: string;
  weight: number;
  confidence: number;
  firstSeen?: string;
  lastSeen?: string;
  hedged: boolean;
}

/** One piece of evidence with the relation it supports. */
export interface EvidenceRow {
  source: string;
  type: RelationType;
  target: string;
  evidence: EdgeEvidence;
}

/** A search hit: the entity and the name that matched (rank 0 exact, 1 label, 2 alias, 3 later word). */
export interface SearchRow extends EntityRow {
  matched: string;
  rank: number;
}

/** Counts of the whole store. */
export interface StoreCounts {
  articles: number;
  entities: number;
  relations: number;
  evidence: number;
  mentions: number;
  quotes: number;
  /** Entities per kind, keys sorted. */
  byKind: Record<string, number>;
  /** Relations per type, keys sorted. */
  byType: Record<string, number>;
  firstPublished?: string;
  lastPublished?: string;
  /** The ten best-connected entities (degree, then mentions, then id). */
  top: EntityRow[];
  schemaVersion: number;
  bytes?: number;
}

/** How `iterateEvidence` reads. */
export interface EvidenceReadOptions {
  /**
   * A relation's rows may come in any order (the caller sorts them by
   * occurrence): no sort of each relation's rows in the store. Relations still
   * come in id order, each one's rows together. A backend may sort anyway.
   */
  unordered?: boolean;
}

/** Which nodes `iterateNodes` / `iterateEvidence` / `iterateEdges` / `iterateQuotes` give. */
export interface RowFilter {
  /** Only these node ids (edges: with an end among them). */
  ids?: readonly string[];
}

/** What decides whether a node is in an export's scope (src/graph/build.ts `nodeInScope`): its id, kind and dates. */
export type NodeScopeRow = Pick<NodeRow, 'id' | 'kind' | 'firstSeen' | 'lastSeen'>;

export type { QuoteRecord };

/**
 * The optional flags of a piece of evidence, as a store row keeps them (0/1,
 * null; `described` as "source", "target" or "source,target") or as an
 * `EdgeEvidence` has them.
 */
export interface EvidenceFlags {
  hedged?: boolean | number | undefined;
  negated?: boolean | number | undefined;
  quantity?: number | null | undefined;
  quote?: string | null | undefined;
  described?: Array<'source' | 'target'> | string | null | undefined;
  /** The coded event: an object, or the JSON text the store keeps. */
  event?: EventInfo | string | null | undefined;
}

/** Set on `to` the flags of `from` that are set (true flags, present quantity and quote), in that order. */
export function setEvidenceFlags(
  to: { hedged?: boolean; negated?: boolean; described?: Array<'source' | 'target'>; quantity?: number; quote?: string; event?: EventInfo },
  from: EvidenceFlags,
): void {
  if (from.hedged) to.hedged = true;
  if (from.negated) to.negated = true;
  if (from.described) {
    const d = typeof from.described === 'string' ? from.described.split(',') : from.described;
    if (d.length) to.described = d.filter((x): x is 'source' | 'target' => x === 'source' || x === 'target');
  }
  if (from.quantity !== undefined && from.quantity !== null) to.quantity = from.quantity;
  if (from.quote !== undefined && from.quote !== null) to.quote = from.quote;
  if (from.event !== undefined && from.event !== null) to.event = typeof from.event === 'string' ? (JSON.parse(from.event) as EventInfo) : from.event;
}
