/**
 * The SQLite store's schema, versioned with `PRAGMA user_version`.
 *
 * Each entry of `MIGRATIONS` moves the database from version i to i + 1 in
 * one transaction (re-checking the version under the write lock, so two
 * processes opening an old store at once migrate it once). An article's raw
 * extraction (`articles.extraction`, version 5) is the source of truth; its
 * contributions (`entity_articles`, `aliases`, `mentions`, `evidence`,
 * `quotes`) are that extraction with the curation applied; `entities`,
 * `entity_facets`, `names` and `relations` are aggregates that writing or
 * retracting an article updates for exactly the ids it touches, so
 * retraction is exact. Another backend keeps the same version numbers for
 * the same changes.
 */
import type Database from 'better-sqlite3';
import { StoreError } from '../../errors.ts';

export const MIGRATIONS: string[] = [
  // 1: the initial schema.
  `
  CREATE TABLE articles (
    id          TEXT PRIMARY KEY,
    hash        TEXT NOT NULL,
    title       TEXT NOT NULL,
    source      TEXT,
    url         TEXT,
    published   TEXT,
    path        TEXT,
    text        TEXT NOT NULL,
    ingested_at TEXT NOT NULL
  );
  CREATE INDEX articles_path ON articles(path);

  CREATE TABLE entities (
    id         TEXT PRIMARY KEY,
    label      TEXT NOT NULL,
    kind       TEXT NOT NULL,
    type       TEXT NOT NULL,
    mentions   INTEGER NOT NULL DEFAULT 0,
    articles   INTEGER NOT NULL DEFAULT 0,
    first_seen TEXT,
    last_seen  TEXT,
    titles     TEXT,
    roles      TEXT,
    degree     INTEGER NOT NULL DEFAULT 0
  );
  CREATE INDEX entities_kind ON entities(kind);

  -- One row per (entity, article): what that article says about the entity.
  CREATE TABLE entity_articles (
    entity_id  TEXT NOT NULL,
    article_id TEXT NOT NULL,
    label      TEXT NOT NULL,
    type       TEXT NOT NULL,
    mentions   INTEGER NOT NULL,
    titles     TEXT,
    roles      TEXT,
    PRIMARY KEY (entity_id, article_id)
  ) WITHOUT ROWID;
  CREATE INDEX entity_articles_article ON entity_articles(article_id);

  -- Names (label and aliases) per article contribution.
  CREATE TABLE aliases (
    entity_id  TEXT NOT NULL,
    article_id TEXT NOT NULL,
    alias      TEXT NOT NULL,
    PRIMARY KEY (entity_id, article_id, alias)
  ) WITHOUT ROWID;
  CREATE INDEX aliases_article ON aliases(article_id);

  -- The search index, derived per entity: folded names and word suffixes.
  -- rank: 0 label, 1 alias, 2 a later word of a label/alias.
  CREATE TABLE names (
    norm      TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    name      TEXT NOT NULL,
    rank      INTEGER NOT NULL,
    PRIMARY KEY (norm, entity_id, name)
  ) WITHOUT ROWID;
  CREATE INDEX names_entity ON names(entity_id);

  CREATE TABLE mentions (
    article_id TEXT NOT NULL,
    entity_id  TEXT NOT NULL,
    start      INTEGER NOT NULL,
    end        INTEGER NOT NULL,
    text       TEXT NOT NULL
  );
  CREATE INDEX mentions_article ON mentions(article_id);
  CREATE INDEX mentions_entity ON mentions(entity_id);

  CREATE TABLE relations (
    id         INTEGER PRIMARY KEY,
    source     TEXT NOT NULL,
    type       TEXT NOT NULL,
    target     TEXT NOT NULL,
    weight     INTEGER NOT NULL DEFAULT 0,
    confidence REAL NOT NULL DEFAULT 0,
    first_seen TEXT,
    last_seen  TEXT,
    hedged     INTEGER NOT NULL DEFAULT 0
  );
  CREATE UNIQUE INDEX relations_key ON relations(source, type, target);
  CREATE INDEX relations_target ON relations(target, type);

  CREATE TABLE evidence (
    id           INTEGER PRIMARY KEY,
    relation_id  INTEGER NOT NULL,
    article_id   TEXT NOT NULL,
    sentence     TEXT NOT NULL,
    start        INTEGER NOT NULL,
    end          INTEGER NOT NULL,
    source_start INTEGER NOT NULL,
    source_end   INTEGER NOT NULL,
    target_start INTEGER NOT NULL,
    target_end   INTEGER NOT NULL,
    rule         TEXT NOT NULL,
    confidence   REAL NOT NULL,
    hedged       INTEGER NOT NULL DEFAULT 0,
    negated      INTEGER NOT NULL DEFAULT 0,
    quantity     REAL,
    quote        TEXT,
    published    TEXT
  );
  CREATE UNIQUE INDEX evidence_key ON evidence(relation_id, article_id, start, source_start, target_start);
  CREATE INDEX evidence_article ON evidence(article_id);

  CREATE TABLE quotes (
    id         INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL,
    speaker    TEXT NOT NULL,
    addressee  TEXT,
    text       TEXT NOT NULL,
    start      INTEGER NOT NULL,
    end        INTEGER NOT NULL
  );
  CREATE INDEX quotes_article ON quotes(article_id);
  CREATE INDEX quotes_speaker ON quotes(speaker);

  -- Analyst pins: a pinned entity survives losing its last mention.
  CREATE TABLE pins (
    entity_id  TEXT PRIMARY KEY,
    note       TEXT,
    created_at TEXT NOT NULL
  );
  `,
  // 2: clustered storage for the neighbourhood queries. Relations are keyed
  // (source, type, target) WITHOUT ROWID, so a node's out-edges sit together,
  // and a covering (target, ...) index does the same for in-edges; entities
  // are keyed by id. `relations.id` stays the stable handle evidence uses.
  `
  CREATE TABLE relations_v2 (
    source     TEXT NOT NULL,
    type       TEXT NOT NULL,
    target     TEXT NOT NULL,
    id         INTEGER NOT NULL,
    weight     INTEGER NOT NULL DEFAULT 0,
    confidence REAL NOT NULL DEFAULT 0,
    first_seen TEXT,
    last_seen  TEXT,
    hedged     INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (source, type, target)
  ) WITHOUT ROWID;
  INSERT INTO relations_v2 (source, type, target, id, weight, confidence, first_seen, last_seen, hedged)
    SELECT source, type, target, id, weight, confidence, first_seen, last_seen, hedged FROM relations;
  DROP TABLE relations;
  ALTER TABLE relations_v2 RENAME TO relations;
  CREATE UNIQUE INDEX relations_id ON relations(id);
  CREATE INDEX relations_in ON relations(target, type, source, weight, confidence, first_seen, last_seen, hedged, id);

  CREATE TABLE entities_v2 (
    id         TEXT PRIMARY KEY,
    label      TEXT NOT NULL,
    kind       TEXT NOT NULL,
    type       TEXT NOT NULL,
    mentions   INTEGER NOT NULL DEFAULT 0,
    articles   INTEGER NOT NULL DEFAULT 0,
    first_seen TEXT,
    last_seen  TEXT,
    titles     TEXT,
    roles      TEXT,
    degree     INTEGER NOT NULL DEFAULT 0
  ) WITHOUT ROWID;
  INSERT INTO entities_v2 SELECT id, label, kind, type, mentions, articles, first_seen, last_seen, titles, roles, degree FROM entities;
  DROP TABLE entities;
  ALTER TABLE entities_v2 RENAME TO entities;
  CREATE INDEX entities_kind ON entities(kind);
  CREATE INDEX entities_degree ON entities(degree);
  `,
  // 3: incremental entity aggregates. `entity_facets` keeps, per entity, the
  // weight of each label, type, alias, title and role and the mention and
  // article counts, summed over articles; writing or retracting an article
  // adds or subtracts its share, so a node seen in 10k articles is not
  // re-read whole on every ingest. first/last seen come from a date index.
  `
  ALTER TABLE entity_articles ADD COLUMN published TEXT;
  UPDATE entity_articles SET published = (SELECT published FROM articles WHERE id = entity_articles.article_id);
  CREATE INDEX entity_articles_date ON entity_articles(entity_id, published);

  CREATE TABLE entity_facets (
    entity_id TEXT NOT NULL,
    facet     TEXT NOT NULL,
    value     TEXT NOT NULL,
    weight    INTEGER NOT NULL,
    PRIMARY KEY (entity_id, facet, value)
  ) WITHOUT ROWID;
  INSERT INTO entity_facets SELECT entity_id, 'label', label, sum(max(mentions, 1)) FROM entity_articles GROUP BY entity_id, label;
  INSERT INTO entity_facets SELECT entity_id, 'type', type, sum(max(mentions, 1)) FROM entity_articles GROUP BY entity_id, type;
  INSERT INTO entity_facets SELECT entity_id, 'alias', alias, count(*) FROM aliases GROUP BY entity_id, alias;
  INSERT INTO entity_facets SELECT ea.entity_id, 'title', j.value, count(DISTINCT ea.article_id)
    FROM entity_articles ea, json_each(ea.titles) j WHERE ea.titles IS NOT NULL GROUP BY ea.entity_id, j.value;
  INSERT INTO entity_facets SELECT ea.entity_id, 'role', j.value, count(DISTINCT ea.article_id)
    FROM entity_articles ea, json_each(ea.roles) j WHERE ea.roles IS NOT NULL GROUP BY ea.entity_id, j.value;
  INSERT INTO entity_facets SELECT entity_id, 'count', 'mentions', sum(mentions) FROM entity_articles GROUP BY entity_id HAVING sum(mentions) > 0;
  INSERT INTO entity_facets SELECT entity_id, 'count', 'articles', count(*) FROM entity_articles GROUP BY entity_id;
  `,
  // 4: evidence ends given by a description ("three strikes", "we") rather than a mention.
  `
  ALTER TABLE evidence ADD COLUMN described TEXT;
  `,
  // 5: the analyst's curation applied when written. Every per-article table
  // now holds the article's contributions with the curation applied; the raw
  // extraction is kept beside the text (`articles.extraction`, compact JSON;
  // null for an article written before this version, whose rows are then
  // still raw), so a change of curation writes again exactly the articles it
  // touches: those whose contributions name a node the change touches, found
  // by `entity_articles`, or by `dropped_entities` for the nodes a reject
  // left out of an article. `curation` is the curation the aggregates
  // reflect; a pin keeps the label and type of a node kept without mentions.
  `
  ALTER TABLE articles ADD COLUMN extraction TEXT;
  CREATE TABLE dropped_entities (
    entity_id  TEXT NOT NULL,
    article_id TEXT NOT NULL,
    PRIMARY KEY (entity_id, article_id)
  ) WITHOUT ROWID;
  CREATE INDEX dropped_entities_article ON dropped_entities(article_id);
  ALTER TABLE pins ADD COLUMN label TEXT;
  ALTER TABLE pins ADD COLUMN type TEXT;
  CREATE TABLE curation (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    version INTEGER NOT NULL,
    data    TEXT NOT NULL
  );
  `,
  // the event an evidence item codes (CAMEO, PLOVER, date, place, counts) as compact JSON; null for a rule's
  `
  ALTER TABLE evidence ADD COLUMN event TEXT;
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/** Bring the database up to `SCHEMA_VERSION`; refuse a newer one. */
export function migrate(db: Database.Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > SCHEMA_VERSION) {
    throw new StoreError(
      `${db.name}: schema version ${current} is newer than this newsgraph supports (${SCHEMA_VERSION})`,
    );
  }
  for (let v = current; v < SCHEMA_VERSION; v++) {
    const sql = MIGRATIONS[v]!;
    db.transaction(() => {
      // Another process may have migrated while this one waited for the lock.
      if ((db.pragma('user_version', { simple: true }) as number) > v) return;
      db.exec(sql);
      db.pragma(`user_version = ${v + 1}`);
    }).immediate();
  }
}
