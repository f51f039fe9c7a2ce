/**
 * The raw extraction of an article that has none stored: one written before
 * schema version 5 (or by a bulk loader). Its rows were written without a
 * curation, so they are its raw extraction, read back here; writing it again
 * gives the same rows.
 */
import type Database from 'better-sqlite3';
import type { ArticleExtraction, ArticleMeta, Entity, EntityType, Relation, RelationType } from '../../types.ts';
import { KIND_OF_TYPE } from '../../types.ts';
import { setEvidenceFlags } from '../rows.ts';
import type { EvidenceSql } from '../sql-rows.ts';

export function extractionFromRows(db: Database.Database, article: ArticleMeta): ArticleExtraction {
  const id = article.id;
  const entities = new Map<string, Entity>();
  const rows = db
    .prepare('SELECT entity_id, label, type, titles, roles FROM entity_articles WHERE article_id = ? ORDER BY entity_id')
    .all(id) as Array<{ entity_id: string; label: string; type: EntityType; titles: string | null; roles: string | null }>;
  for (const r of rows) {
    const e: Entity = { id: r.entity_id, label: r.label, kind: KIND_OF_TYPE[r.type], type: r.type, aliases: [], mentions: [] };
    if (r.titles) e.titles = JSON.parse(r.titles) as string[];
    if (r.roles) e.roles = JSON.parse(r.roles) as string[];
    entities.set(r.entity_id, e);
  }
  for (const a of db.prepare('SELECT entity_id, alias FROM aliases WHERE article_id = ? ORDER BY entity_id, alias').all(id) as Array<{ entity_id: string; alias: string }>) {
    entities.get(a.entity_id)?.aliases.push(a.alias);
  }
  const mentions = db.prepare('SELECT entity_id, start, end, text FROM mentions WHERE article_id = ? ORDER BY start, end, entity_id').all(id) as Array<{
    entity_id: string;
    start: number;
    end: number;
    text: string;
  }>;
  for (const m of mentions) entities.get(m.entity_id)?.mentions.push({ start: m.start, end: m.end, text: m.text });

  const relations = new Map<string, Relation>();
  const evidence = db
    .prepare(
      `SELECT r.source, r.type, r.target, ev.sentence, ev.start, ev.end, ev.source_start, ev.source_end, ev.target_start, ev.target_end,
         ev.rule, ev.confidence, ev.hedged, ev.negated, ev.quantity, ev.quote, ev.described
       FROM evidence ev JOIN relations r ON r.id = ev.relation_id WHERE ev.article_id = ? ORDER BY ev.id`,
    )
    .all(id) as Array<Omit<EvidenceSql, 'relation_id' | 'article_id' | 'published' | 'title' | 'asource' | 'url'> & { source: string; type: RelationType; target: string }>;
  for (const e of evidence) {
    const key = `${e.source}|${e.type}|${e.target}`;
    let rel = relations.get(key);
    if (!rel) relations.set(key, (rel = { type: e.type, source: e.source, target: e.target, evidence: [] }));
    const ev: Relation['evidence'][number] = {
      sentence: e.sentence,
      start: e.start,
      end: e.end,
      sourceMention: { start: e.source_start, end: e.source_end },
      targetMention: { start: e.target_start, end: e.target_end },
      rule: e.rule,
      confidence: e.confidence,
    };
    setEvidenceFlags(ev, e);
    rel.evidence.push(ev);
  }
  const quotes = (
    db.prepare('SELECT speaker, addressee, text, start, end FROM quotes WHERE article_id = ? ORDER BY id').all(id) as Array<{
      speaker: string;
      addressee: string | null;
      text: string;
      start: number;
      end: number;
    }>
  ).map((q) => ({ speaker: q.speaker, text: q.text, start: q.start, end: q.end, ...(q.addressee ? { addressee: q.addressee } : {}) }));
  return { article, entities: [...entities.values()], relations: [...relations.values()], quotes };
}
