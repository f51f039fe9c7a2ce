/**
 * Store rows as SQL returns them (snake case, nulls, 0/1 flags) turned into
 * the typed rows of ./rows.ts. Dialect-free: both backends select these
 * columns under these names and map them here, so they answer the same.
 */
import type { EdgeEvidence, QuoteRecord, RelationType } from '../types.ts';
import { setEvidenceFlags, type EntityRow } from './rows.ts';

/** An entities row under ENTITY_COLS. */
export interface EntitySql {
  id: string;
  label: string;
  kind: EntityRow['kind'];
  type: EntityRow['type'];
  mentions: number;
  articles: number;
  degree: number;
  firstSeen: string | null;
  lastSeen: string | null;
}

/** An evidence row with its article's title, source and url (`EVIDENCE_SQL`). */
export interface EvidenceSql {
  relation_id: number;
  article_id: string;
  sentence: string;
  start: number;
  end: number;
  source_start: number;
  source_end: number;
  target_start: number;
  target_end: number;
  rule: string;
  confidence: number;
  hedged: number;
  negated: number;
  quantity: number | null;
  quote: string | null;
  published: string | null;
  described: string | null;
  event: string | null;
  title: string;
  asource: string | null;
  url: string | null;
}

export type RelationEvidenceSql = EvidenceSql & { rsource: string; rtype: RelationType; rtarget: string };

export interface QuoteSql {
  article_id: string;
  speaker: string;
  addressee: string | null;
  text: string;
  start: number;
  end: number;
  title: string;
  published: string | null;
}

export function toEntity(r: EntitySql): EntityRow {
  const e: EntityRow = { id: r.id, label: r.label, kind: r.kind, type: r.type, mentions: r.mentions, articles: r.articles, degree: r.degree };
  if (r.firstSeen) e.firstSeen = r.firstSeen;
  if (r.lastSeen) e.lastSeen = r.lastSeen;
  return e;
}

export function toEvidence(r: EvidenceSql): EdgeEvidence {
  const e: EdgeEvidence = {
    articleId: r.article_id,
    articleTitle: r.title,
    ...(r.asource ? { articleSource: r.asource } : {}),
    ...(r.url ? { articleUrl: r.url } : {}),
    ...(r.published ? { published: r.published } : {}),
    sentence: r.sentence,
    start: r.start,
    end: r.end,
    sourceMention: { start: r.source_start, end: r.source_end },
    targetMention: { start: r.target_start, end: r.target_end },
    rule: r.rule,
    confidence: r.confidence,
  };
  setEvidenceFlags(e, r);
  return e;
}

export function toQuote(q: QuoteSql): QuoteRecord {
  return {
    speaker: q.speaker,
    text: q.text,
    start: q.start,
    end: q.end,
    ...(q.addressee ? { addressee: q.addressee } : {}),
    articleId: q.article_id,
    articleTitle: q.title,
    ...(q.published ? { published: q.published } : {}),
  };
}

