/**
 * One article's rows and contributions: write them, retract them, and
 * recompute the aggregate `entities` / `relations` rows they touch. The
 * extraction given to `writeContributions` is already curated
 * (src/resolve/curation-apply.ts). Runs inside the caller's transaction.
 */
import type Database from 'better-sqlite3';
import type { ArticleExtraction, EntityType } from '../../types.ts';
import { combineConfidence, orient } from '../../util/combine.ts';
import {
  entityContribution,
  evidenceColumns,
  facetDeltas,
  isNameFacet,
  kindOfType,
  maxDate,
  mergeDuplicates,
  minDate,
  nameRows,
  voteEntity,
  type EntityShare,
} from '../aggregate.ts';
import type { StoredArticle } from '../interface.ts';

export interface Touched {
  entities: Set<string>;
  relations: Set<number>;
  /** Edge-count changes per entity (relations created +1, deleted -1). */
  degree?: Map<string, number>;
  /** Entities whose set of names (labels, aliases) changed. */
  names?: Set<string>;
  /** Something was retracted: aggregates that can shrink are recomputed from the index. */
  retracted?: boolean;
  /** Per entity, the earliest and latest date of the articles written that name it, for first/last seen when nothing was retracted. */
  seen?: Map<string, { first: string; last: string }>;
}

function bump(touched: Touched, id: string, by: number): void {
  touched.degree ??= new Map();
  touched.degree.set(id, (touched.degree.get(id) ?? 0) + by);
}

type Stmt = Database.Statement;

/** Prepared statements, created once per connection. */
export class Contributions {
  private readonly s: Record<string, Stmt>;

  constructor(private readonly db: Database.Database) {
    // Combined confidence in SQL, by the one rule in src/util/combine.ts.
    db.aggregate('newsgraph_combine', {
      start: () => [] as number[],
      step: (values: number[], c: number) => {
        values.push(c);
        return values;
      },
      result: (values: number[]) => combineConfidence(values),
    });
    const p = (sql: string) => db.prepare(sql);
    this.s = {
      insertArticle: p(`INSERT INTO articles (id, hash, title, source, url, published, path, text, ingested_at, extraction)
        VALUES (@id, @hash, @title, @source, @url, @published, @path, @text, @ingested_at, @extraction)`),
      deleteArticle: p(`DELETE FROM articles WHERE id = ?`),
      saveExtraction: p(`UPDATE articles SET extraction = ? WHERE id = ?`),
      insertDropped: p(`INSERT OR IGNORE INTO dropped_entities (entity_id, article_id) VALUES (?, ?)`),
      deleteDropped: p(`DELETE FROM dropped_entities WHERE article_id = ?`),
      insertEntityArticle: p(`INSERT INTO entity_articles (entity_id, article_id, label, type, mentions, titles, roles, published)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)`),
      addFacet: p(`INSERT INTO entity_facets (entity_id, facet, value, weight) VALUES (?, ?, ?, ?)
        ON CONFLICT(entity_id, facet, value) DO UPDATE SET weight = weight + excluded.weight RETURNING weight`).pluck(),
      dropEmptyFacets: p(`DELETE FROM entity_facets WHERE entity_id = ? AND weight <= 0`),
      facets: p(`SELECT facet, value, weight FROM entity_facets WHERE entity_id = ?`),
      delFacets: p(`DELETE FROM entity_facets WHERE entity_id = ?`),
      firstSeen: p(`SELECT min(published) FROM entity_articles WHERE entity_id = ? AND published IS NOT NULL`).pluck(),
      lastSeen: p(`SELECT max(published) FROM entity_articles WHERE entity_id = ? AND published IS NOT NULL`).pluck(),
      articleContribs: p(`SELECT entity_id, label, type, mentions, titles, roles FROM entity_articles WHERE article_id = ?`),
      articleAliases: p(`SELECT entity_id, alias FROM aliases WHERE article_id = ?`),
      insertAlias: p(`INSERT OR IGNORE INTO aliases (entity_id, article_id, alias) VALUES (?, ?, ?)`),
      insertMention: p(`INSERT INTO mentions (article_id, entity_id, start, end, text) VALUES (?, ?, ?, ?, ?)`),
      relationId: p(`SELECT id FROM relations WHERE source = ? AND type = ? AND target = ?`),
      insertRelation: p(`INSERT INTO relations (source, type, target, id) VALUES (?, ?, ?, ?)`),
      insertEvidence: p(`INSERT OR IGNORE INTO evidence (relation_id, article_id, sentence, start, end,
        source_start, source_end, target_start, target_end, rule, confidence, hedged, negated, quantity, quote, published, described, event)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      insertQuote: p(`INSERT INTO quotes (article_id, speaker, addressee, text, start, end) VALUES (?, ?, ?, ?, ?, ?)`),
      articleRelations: p(`SELECT DISTINCT relation_id FROM evidence WHERE article_id = ?`),
      articleSpeakers: p(`SELECT speaker, addressee FROM quotes WHERE article_id = ?`),
      delEntityArticles: p(`DELETE FROM entity_articles WHERE article_id = ?`),
      delAliases: p(`DELETE FROM aliases WHERE article_id = ?`),
      delMentions: p(`DELETE FROM mentions WHERE article_id = ?`),
      delEvidence: p(`DELETE FROM evidence WHERE article_id = ?`),
      delQuotes: p(`DELETE FROM quotes WHERE article_id = ?`),
      relAggregate: p(`SELECT count(*) AS n, newsgraph_combine(confidence) AS confidence, min(published) AS first,
        max(published) AS last, min(hedged) AS hedged FROM evidence WHERE relation_id = ?`),
      relEnds: p(`SELECT source, target FROM relations WHERE id = ?`),
      delRelation: p(`DELETE FROM relations WHERE id = ?`),
      updRelation: p(`UPDATE relations SET weight = ?, confidence = ?, first_seen = ?, last_seen = ?, hedged = ? WHERE id = ?`),
      pin: p(`SELECT label, type FROM pins WHERE entity_id = ?`),
      entExists: p(`SELECT 1 FROM entities WHERE id = ?`),
      entRow: p(`SELECT label, first_seen, last_seen FROM entities WHERE id = ?`),
      addDegree: p(`UPDATE entities SET degree = degree + ? WHERE id = ?`),
      maxRelId: p(`SELECT coalesce(max(id), 0) FROM relations`).pluck(),
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

  /** Write an article's row with its raw extraction (encoded). */
  insertArticle(article: StoredArticle, rawExtraction: string): void {
    this.st('insertArticle').run({
      id: article.id,
      hash: article.hash,
      title: article.title,
      source: article.source ?? null,
      url: article.url ?? null,
      published: article.published ?? null,
      path: article.path ?? null,
      text: article.text,
      ingested_at: new Date().toISOString(),
      extraction: rawExtraction,
    });
  }

  /** Keep (or replace) an article's raw extraction. */
  saveExtraction(articleId: string, rawExtraction: string): void {
    this.st('saveExtraction').run(rawExtraction, articleId);
  }

  /** Delete an article's row (after its contributions are retracted). */
  deleteArticle(articleId: string): void {
    this.st('deleteArticle').run(articleId);
  }

  /** Record the nodes a reject left out of an article (so an undo finds the article again); replaces the old record. */
  setDropped(articleId: string, nodes: Iterable<string>): void {
    this.st('deleteDropped').run(articleId);
    for (const id of nodes) this.st('insertDropped').run(id, articleId);
  }

  /** Write one article's (curated) contributions; adds the ids it touched to `touched`. */
  writeContributions(article: { id: string; published?: string | undefined }, ex: ArticleExtraction, touched: Touched): void {
    const id = article.id;
    const published = article.published || undefined;
    let nextRelId: number | undefined;
    const known = new Set<string>();
    for (const e of mergeDuplicates(ex.entities)) {
      known.add(e.id);
      touched.entities.add(e.id);
      if (published) {
        const seen = (touched.seen ??= new Map()).get(e.id);
        if (!seen) touched.seen.set(e.id, { first: published, last: published });
        else {
          if (published < seen.first) seen.first = published;
          if (published > seen.last) seen.last = published;
        }
      }
      const { share, titles, roles, aliases } = entityContribution(e);
      this.st('insertEntityArticle').run(
        e.id,
        id,
        e.label,
        e.type,
        e.mentions.length,
        titles ? JSON.stringify(titles) : null,
        roles ? JSON.stringify(roles) : null,
        article.published ?? null,
      );
      for (const a of aliases) this.st('insertAlias').run(e.id, id, a);
      this.facets(e.id, share, aliases, 1, touched);
      for (const m of e.mentions) this.st('insertMention').run(id, e.id, m.start, m.end, m.text);
    }
    for (const r of ex.relations) {
      if (!known.has(r.source) || !known.has(r.target) || r.source === r.target) continue;
      const [s, t] = orient(r.type, r.source, r.target);
      const flipped = s !== r.source;
      const row = this.st('relationId').get(s, r.type, t) as { id: number } | undefined;
      let relId: number;
      if (row) relId = row.id;
      else {
        nextRelId ??= this.st('maxRelId').get() as number;
        relId = ++nextRelId;
        this.st('insertRelation').run(s, r.type, t, relId);
        bump(touched, s, 1);
        bump(touched, t, 1);
      }
      touched.relations.add(relId);
      for (const ev of r.evidence) {
        const c = evidenceColumns(ev, flipped);
        this.st('insertEvidence').run(
          relId,
          id,
          c.sentence,
          c.start,
          c.end,
          c.sourceStart,
          c.sourceEnd,
          c.targetStart,
          c.targetEnd,
          c.rule,
          c.confidence,
          c.hedged,
          c.negated,
          c.quantity,
          c.quote,
          article.published ?? null,
          c.described,
          c.event,
        );
      }
    }
    for (const q of ex.quotes) {
      if (!known.has(q.speaker)) continue;
      const addressee = q.addressee && known.has(q.addressee) ? q.addressee : null;
      this.st('insertQuote').run(id, q.speaker, addressee, q.text, q.start, q.end);
      touched.entities.add(q.speaker);
    }
  }

  /** Retract every contribution of one article (its row and raw extraction stay). */
  retractContributions(articleId: string, touched: Touched): void {
    touched.retracted = true;
    const aliasesOf = new Map<string, string[]>();
    for (const r of this.st('articleAliases').all(articleId) as Array<{ entity_id: string; alias: string }>) {
      const list = aliasesOf.get(r.entity_id);
      if (list) list.push(r.alias);
      else aliasesOf.set(r.entity_id, [r.alias]);
    }
    for (const r of this.st('articleContribs').all(articleId) as Array<{
      entity_id: string;
      label: string;
      type: EntityType;
      mentions: number;
      titles: string | null;
      roles: string | null;
    }>) {
      touched.entities.add(r.entity_id);
      const share = {
        label: r.label,
        type: r.type,
        mentions: r.mentions,
        titles: r.titles ? (JSON.parse(r.titles) as string[]) : undefined,
        roles: r.roles ? (JSON.parse(r.roles) as string[]) : undefined,
      };
      this.facets(r.entity_id, share, aliasesOf.get(r.entity_id) ?? [], -1, touched);
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
  }

  /** Recompute the aggregates of everything touched; drop what lost its last support. */
  recompute(touched: Touched): void {
    for (const relId of touched.relations) {
      const ends = this.st('relEnds').get(relId) as { source: string; target: string } | undefined;
      if (ends) {
        touched.entities.add(ends.source);
        touched.entities.add(ends.target);
      }
      const agg = this.st('relAggregate').get(relId) as { n: number; confidence: number; first: string | null; last: string | null; hedged: number };
      if (agg.n === 0) {
        this.st('delRelation').run(relId);
        if (ends) {
          bump(touched, ends.source, -1);
          bump(touched, ends.target, -1);
        }
        continue;
      }
      this.st('updRelation').run(agg.n, agg.confidence, agg.first, agg.last, agg.hedged ? 1 : 0, relId);
    }
    for (const id of touched.entities) this.recomputeEntity(id, touched);
  }

  /** Add (sign 1) or subtract (sign -1) one article's share of an entity's facets. */
  private facets(id: string, share: EntityShare, aliases: string[], sign: 1 | -1, touched: Touched): void {
    for (const [facet, value, w] of facetDeltas(share, aliases, sign)) {
      const now = this.st('addFacet').get(id, facet, value, w) as number;
      // A name that appears or disappears changes the search index.
      if (isNameFacet(facet) && (sign > 0 ? now === w : now <= 0)) (touched.names ??= new Set()).add(id);
    }
  }

  private recomputeEntity(id: string, touched: Touched): void {
    if (touched.retracted) this.st('dropEmptyFacets').run(id);
    const voted = voteEntity(this.st('facets').all(id) as Array<{ facet: string; value: string; weight: number }>);
    if (!voted) {
      this.st('delFacets').run(id);
      const pin = this.st('pin').get(id) as { label: string | null; type: EntityType | null } | undefined;
      if (pin?.label && pin.type) {
        // Pinned with a label and type: kept by them, without mentions.
        const before = this.st('entRow').get(id) as { label: string } | undefined;
        this.st('upsertEntity').run({
          id,
          label: pin.label,
          kind: kindOfType(pin.type),
          type: pin.type,
          mentions: 0,
          articles: 0,
          first_seen: null,
          last_seen: null,
          titles: null,
          roles: null,
        });
        this.st('degree').run({ id });
        if (before?.label !== pin.label || touched.names?.has(id)) {
          this.st('delNames').run(id);
          this.indexName(id, pin.label, 0);
        }
        return;
      }
      if (pin) {
        // Pinned without a label and type: kept as it was, without mentions.
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
    const { label, kind, type, mentions, articles, titles, roles, aliases } = voted;
    const old = this.st('entRow').get(id) as { label: string; first_seen: string | null; last_seen: string | null } | undefined;
    // Only a retraction can move first/last seen inwards; otherwise the new articles' dates widen them.
    const fresh = touched.retracted || !old;
    const seen = touched.seen?.get(id);
    this.st('upsertEntity').run({
      id,
      label,
      kind,
      type,
      mentions,
      articles,
      first_seen: fresh ? ((this.st('firstSeen').get(id) as string | null) ?? null) : minDate(old.first_seen, seen?.first),
      last_seen: fresh ? ((this.st('lastSeen').get(id) as string | null) ?? null) : maxDate(old.last_seen, seen?.last),
      titles,
      roles,
    });
    const delta = touched.degree?.get(id) ?? 0;
    if (delta !== 0) this.st('addDegree').run(delta, id);
    // The search index (the label, the aliases and other articles' labels, their later words), when it changed.
    if (old && old.label === label && !touched.names?.has(id)) return;
    this.st('delNames').run(id);
    this.indexName(id, label, 0);
    for (const a of aliases) this.indexName(id, a, 1);
  }

  private indexName(id: string, name: string, rank: 0 | 1): void {
    for (const [norm, n, r] of nameRows(name, rank)) this.st('insertName').run(norm, id, n, r);
  }
}
