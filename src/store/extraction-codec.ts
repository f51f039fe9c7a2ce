/**
 * The raw extraction of an article as the store keeps it, so a later change
 * of curation can write the article again without extracting it again.
 * Compact JSON (it is kept for every article): what the article text
 * already holds is left out (a mention's text and an evidence sentence when
 * they equal their slice of the text, as they always do for the real
 * extractor; an entity's kind, which its type gives), and mentions and
 * evidence are positional:
 *
 *   { "v": 1,
 *     "e": [[id, label, type, [[start, end] | [start, end, text], ...], extra?]],
 *     "r": [[type, source, target, [[start, end, sourceStart, sourceEnd, targetStart, targetEnd, rule, confidence, extra?], ...]]],
 *     "q": [quote, ...] }
 *
 * `extra` holds the optional fields that are set (aliases, titles, roles,
 * possiblySameAs; hedged, negated, described, quantity, quote, sentence, event).
 * Dialect-free and pure.
 */
import { KIND_OF_TYPE, type ArticleExtraction, type ArticleMeta, type Entity, type EntityType, type Evidence, type Mention, type MentionVia, type Quote, type RelationType } from '../types.ts';

/** [start, end], then the text when it differs from the article's, then `via` (0 for "no text"). */
type StoredMention = [number, number] | [number, number, string] | [number, number, string | 0, MentionVia];
type StoredEntity = [string, string, EntityType, StoredMention[]] | [string, string, EntityType, StoredMention[], EntityExtra];
type EntityExtra = Partial<Pick<Entity, 'aliases' | 'titles' | 'roles' | 'possiblySameAs'>>;
type EvidenceExtra = Partial<Pick<Evidence, 'hedged' | 'negated' | 'described' | 'quantity' | 'quote' | 'sentence' | 'event'>>;
type StoredEvidence = [number, number, number, number, number, number, string, number] | [number, number, number, number, number, number, string, number, EvidenceExtra];
type StoredRelation = [RelationType, string, string, StoredEvidence[]];
interface Stored {
  v: 1;
  e: StoredEntity[];
  r: StoredRelation[];
  q: Quote[];
}

const CODEC_VERSION = 1;

function entityExtra(e: Entity): EntityExtra | undefined {
  const x: EntityExtra = {};
  if (e.aliases.length) x.aliases = e.aliases;
  if (e.titles) x.titles = e.titles;
  if (e.roles) x.roles = e.roles;
  if (e.possiblySameAs) x.possiblySameAs = e.possiblySameAs;
  return Object.keys(x).length ? x : undefined;
}

function evidenceExtra(ev: Evidence, text: string): EvidenceExtra | undefined {
  const x: EvidenceExtra = {};
  if (ev.hedged !== undefined) x.hedged = ev.hedged;
  if (ev.negated !== undefined) x.negated = ev.negated;
  if (ev.described !== undefined) x.described = ev.described;
  if (ev.quantity !== undefined) x.quantity = ev.quantity;
  if (ev.quote !== undefined) x.quote = ev.quote;
  if (ev.event !== undefined) x.event = ev.event;
  if (text.slice(ev.start, ev.end) !== ev.sentence) x.sentence = ev.sentence;
  return Object.keys(x).length ? x : undefined;
}

export function encodeExtraction(ex: ArticleExtraction, text: string): string {
  const stored: Stored = {
    v: CODEC_VERSION,
    e: ex.entities.map((e) => {
      const mentions = e.mentions.map((m): StoredMention => {
        const same = text.slice(m.start, m.end) === m.text;
        if (m.via) return [m.start, m.end, same ? 0 : m.text, m.via];
        return same ? [m.start, m.end] : [m.start, m.end, m.text];
      });
      const extra = entityExtra(e);
      return extra ? [e.id, e.label, e.type, mentions, extra] : [e.id, e.label, e.type, mentions];
    }),
    r: ex.relations.map((r) => [
      r.type,
      r.source,
      r.target,
      r.evidence.map((ev): StoredEvidence => {
        const head = [ev.start, ev.end, ev.sourceMention.start, ev.sourceMention.end, ev.targetMention.start, ev.targetMention.end, ev.rule, ev.confidence] as const;
        const extra = evidenceExtra(ev, text);
        return extra ? [...head, extra] : [...head];
      }),
    ]),
    q: ex.quotes,
  };
  return JSON.stringify(stored);
}

export function decodeExtraction(json: string, text: string, article: ArticleMeta): ArticleExtraction {
  const stored = JSON.parse(json) as Stored;
  if (stored.v !== CODEC_VERSION) throw new Error(`stored extraction of ${article.id}: unknown format ${JSON.stringify(stored.v)}`);
  return {
    article,
    entities: stored.e.map(([id, label, type, mentions, extra]): Entity => ({
      id,
      label,
      kind: KIND_OF_TYPE[type],
      type,
      aliases: extra?.aliases ?? [],
      mentions: mentions.map(([start, end, t, via]): Mention => ({ start, end, text: typeof t === 'string' ? t : text.slice(start, end), ...(via ? { via } : {}) })),
      ...(extra?.titles ? { titles: extra.titles } : {}),
      ...(extra?.roles ? { roles: extra.roles } : {}),
      ...(extra?.possiblySameAs ? { possiblySameAs: extra.possiblySameAs } : {}),
    })),
    relations: stored.r.map(([type, source, target, evidence]) => ({
      type,
      source,
      target,
      evidence: evidence.map(([start, end, ss, se, ts, te, rule, confidence, extra]): Evidence => {
        const { sentence, ...flags } = extra ?? {};
        return {
          sentence: sentence ?? text.slice(start, end),
          start,
          end,
          sourceMention: { start: ss, end: se },
          targetMention: { start: ts, end: te },
          rule,
          confidence,
          ...flags,
        };
      }),
    })),
    quotes: stored.q,
  };
}
