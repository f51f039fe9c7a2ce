/**
 * One article's contributions: write them, retract them, and recompute the
 * aggregate `entities` / `relations` rows they touch. Runs inside the
 * caller's transaction.
 */
import type Database from 'better-sqlite3';
import { KIND_OF_TYPE, type ArticleExtraction, type EntityType } from '../types.ts';
import { combineConfidence, orient } from '../graph/accumulate.ts';
import { nameKeys } from '../graph/names.ts';

export interface Touched {
  entities: Set<string>;
  relations: Set<number>;
  /** Entities whose edge count may have changed (a relation created or deleted). */
  degree?: Set<string>;
}

export interface StoredArticle {
  id: string;
  hash: string;
  title: string;
  source?: string | undefined;
  url?: string | undefined;
  published?: string | undefined;
  path?: string | undefined;
  text: string;
}

type Stmt = Database.Statement;

/** Prepared statements, created once per connection. */
export class Contributions {
  private readonly s: Record<string, Stmt>;

  constructor(
    private readonly db: Database.Database,
    private readonly extraPins?: () => Set<string>,
  ) {
    const p = (sql: string) => db.prepare(sql);
    this.s = {
      insertArticle: p(`INSERT INTO articles (id, hash, title, source, url, published, path, text, ingested_at)
        VALUES (@id, @hash, @title, @source, @url, @published, @path, @text, @ingested_at)`),
      deleteArticle: p(`DELETE FROM articles WHERE id = ?`),
      insertEntityArticle: p(`INSERT OR REPLACE INTO entity_articles (entity_id, article_id, label, type, mentions, titles, roles)
        VALUES (?, ?, ?, ?, ?, ?, ?)`),
      insertAlias: p(`INSERT OR IGNORE INTO aliases (entity_id, article_id, alias) VALUES (?, ?, ?)`),
      insertMention: p(`INSERT INTO mentions (article_id, entity_id, start, end, text) VALUES (?, ?, ?, ?, ?)`),
      relationId: p(`SELECT id FROM relations WHERE source = ? AND type = ? AND target = ?`),
      insertRelation: p(`INSERT INTO relations (source, type, target, id)
        VALUES (?, ?, ?, (SELECT coalesce(max(id), 0) + 1 FROM relations)) RETURNING id`),
      insertEvidence: p(`INSERT OR IGNORE INTO evidence (relation_id, article_id, sentence, start, end,
        source_start, source_end, target_start, target_end, rule, confidence, hedged, negated, quantity, quote, published)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      insertQuote: p(`INSERT INTO quotes (article_id, speaker, addressee, text, start, end) VALUES (?, ?, ?, ?, ?, ?)`),
      articleEntities: p(`SELECT entity_id FROM entity_articles WHERE article_id = ?`),
      articleRelations: p(`SELECT DISTINCT relation_id FROM evidence WHERE article_id = ?`),
      articleSpeakers: p(`SELECT speaker, addressee FROM quotes WHERE article_id = ?`),
      delEntityArticles: p(`DELETE FROM entity_articles WHERE article_id = ?`),
      delAliases: p(`DELETE FROM aliases WHERE article_id = ?`),
      delMentions: p(`DELETE FROM mentions WHERE article_id = ?`),
      delEvidence: p(`DELETE FROM evidence WHERE article_id = ?`),
      delQuotes: p(`DELETE FROM quotes WHERE article_id = ?`),
      relEvidence: p(`SELECT confidence, published, hedged FROM evidence WHERE relation_id = ?`),
      relEnds: p(`SELECT source, target FROM relations WHERE id = ?`),
      delRelation: p(`DELETE FROM relations WHERE id = ?`),
      updRelation: p(`UPDATE relations SET weight = ?, confidence = ?, first_seen = ?, last_seen = ?, hedged = ? WHERE id = ?`),
      entContribs: p(`SELECT ea.label, ea.type, ea.mentions, ea.titles, ea.roles, a.published
        FROM entity_articles ea JOIN articles a ON a.id = ea.article_id WHERE ea.entity_id = ?`),
      entAliases: p(`SELECT DISTINCT alias FROM aliases WHERE entity_id = ?`),
      isPinned: p(`SELECT 1 FROM pins WHERE entity_id = ?`),
      entExists: p(`SELECT 1 FROM entities WHERE id = ?`),
      entLabel: p(`SELECT label FROM entities WHERE id = ?`).pluck(),
      indexedAliases: p(`SELECT DISTINCT name FROM names WHERE entity_id = ? AND rank = 1`).pluck(),
      delEntity: p(`DELETE FROM entities WHERE id = ?`),
      delNames: p(`DELETE FROM names WHERE entity_id = ?`),
      insertName: p(`INSERT OR IGNORE INTO names (norm, entity_id, name, rank) VALUES (?, ?, ?, ?)`),
      pinnedZero: p(`UPDATE entities SET mentions = 0, articles = 0 WHERE id = ?`),
      upsertEntity: p(`INSERT INTO entities (id, label, kind, type, mentions, articles, first_seen, last_seen, titles, roles)
        VALUES (@id, @label, @kind, @type, @mentions, @articles, @first_seen, @last_seen, @titles, @roles)
        ON CONFLICT(id) DO UPDATE SET label = excluded.label, kind = excluded.kind, type = excluded.type,
          mentions = excluded.mentions, articles = excluded.articles, first_seen = excluded.first_seen,
          last_seen = excluded.last_seen, titles = excluded.titles, roles = excluded.roles`),
      degree: p(`UPDATE entities SET degree =
        (SELECT count(*) FROM relations WHERE source = @id) + (SELECT count(*) FROM relations WHERE target = @id) WHERE id = @id`),
    };
  }

  private st(name: string): Stmt {
    return this.s[name]!;
  }

  /** Write one article and its extraction; returns the ids it touched. */
  write(article: StoredArticle, ex: ArticleExtraction, touched: Touched): void {
    const id = article.id;
    this.st('insertArticle').run({
      id,
      hash: article.hash,
      title: article.title,
      source: article.source ?? null,
      url: article.url ?? null,
      published: article.published ?? null,
      path: article.path ?? null,
      text: article.text,
      ingested_at: new Date().toISOString(),
    });
    const known = new Set<string>();
    for (const e of ex.entities) {
      known.add(e.id);
      touched.entities.add(e.id);
      this.st('insertEntityArticle').run(
        e.id,
        id,
        e.label,
        e.type,
        e.mentions.length,
        e.titles?.length ? JSON.stringify(e.titles) : null,
        e.roles?.length ? JSON.stringify(e.roles) : null,
      );
      for (const a of e.aliases) if (a && a !== e.label) this.st('insertAlias').run(e.id, id, a);
      for (const m of e.mentions) this.st('insertMention').run(id, e.id, m.start, m.end, m.text);
    }
    for (const r of ex.relations) {
      if (!known.has(r.source) || !known.has(r.target) || r.source === r.target) continue;
      const [s, t] = orient(r.type, r.source, r.target);
      const flipped = s !== r.source;
      let row = this.st('relationId').get(s, r.type, t) as { id: number } | undefined;
      let relId: number;
      if (row) relId = row.id;
      else {
        relId = (this.st('insertRelation').get(s, r.type, t) as { id: number }).id;
        (touched.degree ??= new Set()).add(s).add(t);
      }
      touched.relations.add(relId);
      for (const ev of r.evidence) {
        const src = flipped ? ev.targetMention : ev.sourceMention;
        const tgt = flipped ? ev.sourceMention : ev.targetMention;
        this.st('insertEvidence').run(
          relId,
          id,
          ev.sentence,
          ev.start,
          ev.end,
          src.start,
          src.end,
          tgt.start,
          tgt.end,
          ev.rule,
          ev.confidence,
          ev.hedged ? 1 : 0,
          ev.negated ? 1 : 0,
          ev.quantity ?? null,
          ev.quote ?? null,
          article.published ?? null,
        );
      }
      row = undefined;
    }
    for (const q of ex.quotes) {
      if (!known.has(q.speaker)) continue;
      const addressee = q.addressee && known.has(q.addressee) ? q.addressee : null;
      this.st('insertQuote').run(id, q.speaker, addressee, q.text, q.start, q.end);
      touched.entities.add(q.speaker);
    }
  }

  /** Retract every contribution of one article (and its row). */
  retract(articleId: string, touched: Touched): void {
    for (const r of this.st('articleEntities').all(articleId) as Array<{ entity_id: string }>) {
      touched.entities.add(r.entity_id);
    }
    for (const r of this.st('articleRelations').all(articleId) as Array<{ relation_id: number }>) {
      touched.relations.add(r.relation_id);
    }
    for (const r of this.st('articleSpeakers').all(articleId) as Array<{ speaker: string }>) {
      touched.entities.add(r.speaker);
    }
    this.st('delEntityArticles').run(articleId);
    this.st('delAliases').run(articleId);
    this.st('delMentions').run(articleId);
    this.st('delEvidence').run(articleId);
    this.st('delQuotes').run(articleId);
    this.st('deleteArticle').run(articleId);
  }

  /** Recompute the aggregates of everything touched; drop what lost its last support. */
  recompute(touched: Touched): void {
    for (const relId of touched.relations) {
      const ends = this.st('relEnds').get(relId) as { source: string; target: string } | undefined;
      if (ends) {
        touched.entities.add(ends.source);
        touched.entities.add(ends.target);
      }
      const evs = this.st('relEvidence').all(relId) as Array<{ confidence: number; published: string | null; hedged: number }>;
      if (evs.length === 0) {
        this.st('delRelation').run(relId);
        if (ends) (touched.degree ??= new Set()).add(ends.source).add(ends.target);
        continue;
      }
      let first: string | null = null;
      let last: string | null = null;
      let allHedged = 1;
      for (const e of evs) {
        if (e.published) {
          if (first === null || e.published < first) first = e.published;
          if (last === null || e.published > last) last = e.published;
        }
        if (!e.hedged) allHedged = 0;
      }
      this.st('updRelation').run(
        evs.length,
        combineConfidence(evs.map((e) => e.confidence)),
        first,
        last,
        allHedged,
        relId,
      );
    }
    for (const id of touched.entities) this.recomputeEntity(id, touched.degree?.has(id) ?? false);
  }

  private recomputeEntity(id: string, degreeChanged: boolean): void {
    const rows = this.st('entContribs').all(id) as Array<{
      label: string;
      type: EntityType;
      mentions: number;
      titles: string | null;
      roles: string | null;
      published: string | null;
    }>;
    if (rows.length === 0) {
      if (this.st('isPinned').get(id) || this.extraPins?.().has(id)) {
        if (this.st('entExists').get(id)) {
          this.st('pinnedZero').run(id);
          this.st('degree').run({ id });
        }
        return;
      }
      this.st('delEntity').run(id);
      this.st('delNames').run(id);
      return;
    }
    const labelVotes = new Map<string, number>();
    const typeVotes = new Map<EntityType, number>();
    const titles = new Set<string>();
    const roles = new Set<string>();
    let mentions = 0;
    let first: string | null = null;
    let last: string | null = null;
    for (const r of rows) {
      const w = Math.max(1, r.mentions);
      labelVotes.set(r.label, (labelVotes.get(r.label) ?? 0) + w);
      typeVotes.set(r.type, (typeVotes.get(r.type) ?? 0) + w);
      mentions += r.mentions;
      if (r.titles) for (const t of JSON.parse(r.titles) as string[]) titles.add(t);
      if (r.roles) for (const t of JSON.parse(r.roles) as string[]) roles.add(t);
      if (r.published) {
        if (first === null || r.published < first) first = r.published;
        if (last === null || r.published > last) last = r.published;
      }
    }
    const label = vote(labelVotes);
    const type = vote(typeVotes);
    const oldLabel = this.st('entLabel').get(id) as string | undefined;
    this.st('upsertEntity').run({
      id,
      label,
      kind: KIND_OF_TYPE[type] ?? 'actor',
      type,
      mentions,
      articles: rows.length,
      first_seen: first,
      last_seen: last,
      titles: titles.size ? JSON.stringify([...titles].sort()) : null,
      roles: roles.size ? JSON.stringify([...roles].sort()) : null,
    });
    if (degreeChanged || oldLabel === undefined) this.st('degree').run({ id });
    // The search index: the label, the aliases (other articles' labels too), their later words.
    const aliases = new Set<string>(labelVotes.keys());
    for (const r of this.st('entAliases').all(id) as Array<{ alias: string }>) aliases.add(r.alias);
    aliases.delete(label);
    if (oldLabel === label) {
      const indexed = this.st('indexedAliases').all(id) as string[];
      if (indexed.length === aliases.size && indexed.every((a) => aliases.has(a))) return;
    }
    this.st('delNames').run(id);
    this.indexName(id, label, 0);
    for (const a of aliases) this.indexName(id, a, 1);
  }

  private indexName(id: string, name: string, rank: number): void {
    const keys = nameKeys(name);
    keys.forEach((k, i) => this.st('insertName').run(k, id, name, i === 0 ? rank : 2));
  }
}

/** The value with the most votes; ties broken by the smallest value, so ingest order never matters. */
function vote<T extends string>(votes: Map<T, number>): T {
  let best: T | undefined;
  let bestN = -1;
  for (const [v, n] of votes) {
    if (n > bestN || (n === bestN && best !== undefined && v < best)) {
      best = v;
      bestN = n;
    }
  }
  return best!;
}
