/**
 * The raw extraction of an article as the store keeps it (JSON), so a later
 * change of curation can write the article again without extracting it
 * again. What the article text already holds is left out: a mention's text
 * and an evidence sentence when they equal their slice of the text (they
 * always do for the real extractor), and an entity's kind (its type gives
 * it). Dialect-free and pure.
 */
import { KIND_OF_TYPE, type ArticleExtraction, type ArticleMeta, type Entity, type Mention, type Relation } from '../types.ts';

type StoredMention = { start: number; end: number; text?: string };
type StoredEntity = Omit<Entity, 'kind' | 'mentions'> & { mentions: StoredMention[] };
type StoredEvidence = Omit<Relation['evidence'][number], 'sentence'> & { sentence?: string };
type StoredRelation = Omit<Relation, 'evidence'> & { evidence: StoredEvidence[] };
interface Stored {
  entities: StoredEntity[];
  relations: StoredRelation[];
  quotes: ArticleExtraction['quotes'];
}

export function encodeExtraction(ex: ArticleExtraction, text: string): string {
  const stored: Stored = {
    entities: ex.entities.map(({ kind: _kind, mentions, ...e }) => ({
      ...e,
      mentions: mentions.map((m) => (text.slice(m.start, m.end) === m.text ? { start: m.start, end: m.end } : m)),
    })),
    relations: ex.relations.map((r) => ({
      ...r,
      evidence: r.evidence.map(({ sentence, ...ev }) => (text.slice(ev.start, ev.end) === sentence ? ev : { ...ev, sentence })),
    })),
    quotes: ex.quotes,
  };
  return JSON.stringify(stored);
}

export function decodeExtraction(json: string, text: string, article: ArticleMeta): ArticleExtraction {
  const stored = JSON.parse(json) as Stored;
  return {
    article,
    entities: stored.entities.map(({ mentions, ...e }) => ({
      ...e,
      kind: KIND_OF_TYPE[e.type],
      mentions: mentions.map((m): Mention => ({ start: m.start, end: m.end, text: m.text ?? text.slice(m.start, m.end) })),
    })),
    relations: stored.relations.map((r) => ({
      ...r,
      evidence: r.evidence.map((ev) => ({ ...ev, sentence: ev.sentence ?? text.slice(ev.start, ev.end) })),
    })),
    quotes: stored.quotes,
  };
}
