/**
 * The shapes the queries return. Pure types: the TypeScript API, the CLI
 * `--json` output and the HTTP API all print exactly these.
 */
import type { EntityRow, StoreCounts } from '../store/rows.ts';
import type { EdgeEvidence, Evidence, QuoteRecord, RelationType } from '../types.ts';

export type Direction = 'in' | 'out' | 'both';

/** A node: id, label, kind, type, mention and article counts, degree, first and last seen (the store's entity row). */
export type NodeSummary = EntityRow;

export interface EdgeSummary {
  /** `source|type|target`. */
  id: string;
  type: RelationType;
  source: string;
  target: string;
  /** Evidence count (within since/until when given). */
  weight: number;
  confidence: number;
  firstSeen?: string;
  lastSeen?: string;
  hedged?: boolean;
}

export interface Neighbor extends NodeSummary {
  /** Hops from the queried node. */
  depth: number;
  /** The edges that join it to the previous hop. */
  edges: EdgeSummary[];
  /** Sum of the weights of `edges`. */
  evidenceCount: number;
}

export interface NeighborsResult {
  node: NodeSummary;
  neighbors: Neighbor[];
  /** Neighbours found before `limit` cut the list. */
  total: number;
  truncated: boolean;
}

export interface NodeEdge extends EdgeSummary {
  evidence: EdgeEvidence[];
}

export interface NodeDetail extends NodeSummary {
  aliases: string[];
  titles?: string[];
  roles?: string[];
  pinned: boolean;
  /** Its edges, heaviest first, each with (up to `evidenceLimit`) evidence. */
  edges: NodeEdge[];
  edgeCount: number;
  quotes: QuoteRecord[];
}

export interface SearchHit extends NodeSummary {
  /** The name that matched (label or alias). */
  matched: string;
  /** 0 exact, 1 label prefix, 2 alias prefix, 3 later-word prefix. */
  rank: number;
}

export interface SearchResult {
  query: string;
  hits: SearchHit[];
}

export interface PathResult {
  from: string;
  to: string;
  found: boolean;
  /** The nodes along the path, `from` first. */
  nodes: NodeSummary[];
  /** The edges along the path, in order (each in its stored direction). */
  edges: EdgeSummary[];
}

/** One dated piece of evidence: its own fields (sentence, span, rule, flags) with its date, article and edge. */
export interface TimelineEntry extends Omit<Evidence, 'sourceMention' | 'targetMention'> {
  date: string;
  articleId: string;
  articleTitle?: string;
  edge: string;
  type: RelationType;
  source: string;
  target: string;
}

export interface TimelineResult {
  node: NodeSummary;
  entries: TimelineEntry[];
  /** Evidence without an article date, left out of `entries`. */
  undated: number;
}

/** The store's counts (src/store/rows.ts), with its best-connected nodes as summaries and its size in bytes. */
export interface StatsResult extends Omit<StoreCounts, 'top' | 'bytes'> {
  topNodes: NodeSummary[];
  dbBytes?: number;
}
