/**
 * The result records the queries (./query.ts) build from store rows, made in
 * one place so every answer gives the same fields in the same order.
 * Optional fields are set only when present; the summaries without spreads,
 * as they run once per edge in a traversal. Pure.
 */
import { setEvidenceFlags } from '../store/rows.ts';
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

/** One dated piece of evidence of the edge `edge`: dated by its event's date, else its article's (one must be set). */
export function timelineEntry(e: EdgeEvidence, edge: string, type: RelationType, source: string, target: string): TimelineEntry {
  const t: TimelineEntry = {
    date: e.event?.date ?? e.published!,
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
