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

/**
 * The columns of an evidence row read as an array (a driver's raw rows),
 * in this order: what `evidenceFromArray` maps. Cheaper than objects keyed by
 * column name when a whole store's evidence is read (the streamed exports).
 */
export const EVIDENCE_ARRAY_COLS = [
  'ev.article_id',
  'a.title',
  'a.source',
  'a.url',
  'ev.published',
  'ev.sentence',
  'ev.start',
  'ev.end',
  'ev.source_start',
  'ev.source_end',
  'ev.target_start',
  'ev.target_end',
  'ev.rule',
  'ev.confidence',
  'ev.hedged',
  'ev.negated',
  'ev.described',
  'ev.quantity',
  'ev.quote',
  'ev.event',
] as const;

/** `toEvidence` of a row of EVIDENCE_ARRAY_COLS starting at `at`: the same object, keys in the same order. */
export function evidenceFromArray(r: readonly unknown[], at = 0): EdgeEvidence {
  const e = { articleId: r[at] as string, articleTitle: r[at + 1] as string } as EdgeEvidence;
  if (r[at + 2]) e.articleSource = r[at + 2] as string;
  if (r[at + 3]) e.articleUrl = r[at + 3] as string;
  if (r[at + 4]) e.published = r[at + 4] as string;
  e.sentence = r[at + 5] as string;
  e.start = r[at + 6] as number;
  e.end = r[at + 7] as number;
  e.sourceMention = { start: r[at + 8] as number, end: r[at + 9] as number };
  e.targetMention = { start: r[at + 10] as number, end: r[at + 11] as number };
  e.rule = r[at + 12] as string;
  e.confidence = r[at + 13] as number;
  if (r[at + 14]) e.hedged = true;
  if (r[at + 15]) e.negated = true;
  if (r[at + 16] !== null || r[at + 17] !== null || r[at + 18] !== null || r[at + 19] !== null) {
    setEvidenceFlags(e, { described: r[at + 16] as string | null, quantity: r[at + 17] as number | null, quote: r[at + 18] as string | null, event: r[at + 19] as string | null });
  }
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

