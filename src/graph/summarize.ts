/**
 * The result records both query paths build (./query.ts from store rows,
 * ./query-graph.ts from graph attributes), made in one place so the two give
 * the same fields in the same order. Optional fields are set only when
 * present; the summaries without spreads, as they run once per edge in a
 * traversal. Pure.
 */
import type { EdgeEvidence, RelationType } from '../types.ts';
import type { EdgeSummary, NodeSummary, TimelineEntry } from './query-types.ts';

/** What a NodeSummary takes from a node's attributes (or a store row with the same names). */
export interface SummaryFields {
  label: NodeSummary['label'];
  kind: NodeSummary['kind'];
  type: NodeSummary['type'];
  mentions: number;
  articles: number;
  firstSeen?: string | null | undefined;
  lastSeen?: string | null | undefined;
}

export function summarize(id: string, a: SummaryFields, degree: number): NodeSummary {
  const s: NodeSummary = { id, label: a.label, kind: a.kind, type: a.type, mentions: a.mentions, articles: a.articles, degree };
  if (a.firstSeen) s.firstSeen = a.firstSeen;
  if (a.lastSeen) s.lastSeen = a.lastSeen;
  return s;
}

/** An EdgeSummary; positional so the SQL path can call it on raw rows without an object per row. */
export function edgeSummary(
  id: string,
  type: RelationType,
  source: string,
  target: string,
  weight: number,
  confidence: number,
  firstSeen: string | null | undefined,
  lastSeen: string | null | undefined,
  hedged: boolean | number | undefined,
): EdgeSummary {
  const e: EdgeSummary = { id, type, source, target, weight, confidence };
  if (firstSeen) e.firstSeen = firstSeen;
  if (lastSeen) e.lastSeen = lastSeen;
  if (hedged) e.hedged = true;
  return e;
}

/** The optional flags of a piece of evidence, as a store row (0/1, null) or an EdgeEvidence has them. */
export interface EvidenceFlags {
  hedged?: boolean | number | undefined;
  negated?: boolean | number | undefined;
  quantity?: number | null | undefined;
  quote?: string | null | undefined;
  /** As EdgeEvidence has it, or as the store keeps it ("source", "target", "source,target"). */
  described?: Array<'source' | 'target'> | string | null | undefined;
}

/** Set on `to` the flags of `from` that are set (true flags, present quantity and quote), in that order. */
export function setEvidenceFlags(
  to: { hedged?: boolean; negated?: boolean; described?: Array<'source' | 'target'>; quantity?: number; quote?: string },
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
}

/** One dated piece of evidence of the edge `edge` (its `published` must be set). */
export function timelineEntry(e: EdgeEvidence, edge: string, type: RelationType, source: string, target: string): TimelineEntry {
  const t: TimelineEntry = {
    date: e.published!,
    articleId: e.articleId,
    ...(e.articleTitle !== undefined ? { articleTitle: e.articleTitle } : {}),
    edge,
    type,
    source,
    target,
    sentence: e.sentence,
    start: e.start,
    end: e.end,
    rule: e.rule,
    confidence: e.confidence,
  };
  setEvidenceFlags(t, e);
  return t;
}
