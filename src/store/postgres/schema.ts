/**
 * The PostgreSQL store's schema: the same tables, columns and version
 * numbers as the SQLite store's (../sqlite/schema.ts), in PostgreSQL's
 * dialect. Migration i + 1 makes the same change as SQLite's; the version
 * lives in `newsgraph_schema` (SQLite keeps it in `PRAGMA user_version`).
 *
 * Dialect notes, each so that the two backends answer the same bytes:
 * - every text column is `COLLATE "C"`: ordering and ranges by byte, as
 *   SQLite's BINARY collation compares UTF-8;
 * - `end` is a reserved word here: the column is written `"end"`;
 * - REAL is `double precision` (SQLite's REAL is an 8-byte float);
 * - relation and evidence ids come from sequences (only their order is
 *   observable, and both give newer rows larger ids).
 *
 * Besides the versioned tables, `store_writes` counts the commits of each
 * writing connection: its sum is the store version caches key on, and no
 * two writers update the same row.
 */

/** Text, compared byte by byte. */
const T = 'text COLLATE "C"';

export const PG_MIGRATIONS: string[] = [
  // 1: the initial schema.
  `
  CREATE TABLE articles (
    id          ${T} PRIMARY KEY,
    hash        ${T} NOT NULL,
    title       ${T} NOT NULL,
    source      ${T},
    url         ${T},
    published   ${T},
    path        ${T},
    text        ${T} NOT NULL,
    ingested_at ${T} NOT NULL
  );
  CREATE INDEX articles_path ON articles(path);

  CREATE TABLE entities (
    id         ${T} PRIMARY KEY,
    label      ${T} NOT NULL,
    kind       ${T} NOT NULL,
    type       ${T} NOT NULL,
    mentions   integer NOT NULL DEFAULT 0,
    articles   integer NOT NULL DEFAULT 0,
    first_seen ${T},
    last_seen  ${T},
    titles     ${T},
    roles      ${T},
    degree     integer NOT NULL DEFAULT 0
  );
  CREATE INDEX entities_kind ON entities(kind);

  CREATE TABLE entity_articles (
    entity_id  ${T} NOT NULL,
    article_id ${T} NOT NULL,
    label      ${T} NOT NULL,
    type       ${T} NOT NULL,
    mentions   integer NOT NULL,
    titles     ${T},
    roles      ${T},
    PRIMARY KEY (entity_id, article_id)
  );
  CREATE INDEX entity_articles_article ON entity_articles(article_id);

  CREATE TABLE aliases (
    entity_id  ${T} NOT NULL,
    article_id ${T} NOT NULL,
    alias      ${T} NOT NULL,
    PRIMARY KEY (entity_id, article_id, alias)
  );
  CREATE INDEX aliases_article ON aliases(article_id);

  CREATE TABLE names (
    norm      ${T} NOT NULL,
    entity_id ${T} NOT NULL,
    name      ${T} NOT NULL,
    rank      integer NOT NULL,
    PRIMARY KEY (norm, entity_id, name)
  );
  CREATE INDEX names_entity ON names(entity_id);

  CREATE TABLE mentions (
    article_id ${T} NOT NULL,
    entity_id  ${T} NOT NULL,
    start      integer NOT NULL,
    "end"      integer NOT NULL,
    text       ${T} NOT NULL
  );
  CREATE INDEX mentions_article ON mentions(article_id);
  CREATE INDEX mentions_entity ON mentions(entity_id);

  CREATE SEQUENCE relations_id_seq;
  CREATE TABLE relations (
    id         bigint PRIMARY KEY DEFAULT nextval('relations_id_seq'),
    source     ${T} NOT NULL,
    type       ${T} NOT NULL,
    target     ${T} NOT NULL,
    weight     integer NOT NULL DEFAULT 0,
    confidence double precision NOT NULL DEFAULT 0,
    first_seen ${T},
    last_seen  ${T},
    hedged     integer NOT NULL DEFAULT 0
  );
  ALTER SEQUENCE relations_id_seq OWNED BY relations.id;
  CREATE UNIQUE INDEX relations_key ON relations(source, type, target);
  CREATE INDEX relations_target ON relations(target, type);

  CREATE TABLE evidence (
    id           bigserial PRIMARY KEY,
    relation_id  bigint NOT NULL,
    article_id   ${T} NOT NULL,
    sentence     ${T} NOT NULL,
    start        integer NOT NULL,
    "end"        integer NOT NULL,
    source_start integer NOT NULL,
    source_end   integer NOT NULL,
    target_start integer NOT NULL,
    target_end   integer NOT NULL,
    rule         ${T} NOT NULL,
    confidence   double precision NOT NULL,
    hedged       integer NOT NULL DEFAULT 0,
    negated      integer NOT NULL DEFAULT 0,
    quantity     double precision,
    quote        ${T},
    published    ${T}
  );
  CREATE UNIQUE INDEX evidence_key ON evidence(relation_id, article_id, start, source_start, target_start);
  CREATE INDEX evidence_article ON evidence(article_id);

  CREATE TABLE quotes (
    id         bigserial PRIMARY KEY,
    article_id ${T} NOT NULL,
    speaker    ${T} NOT NULL,
    addressee  ${T},
    text       ${T} NOT NULL,
    start      integer NOT NULL,
    "end"      integer NOT NULL
  );
  CREATE INDEX quotes_article ON quotes(article_id);
  CREATE INDEX quotes_speaker ON quotes(speaker);

  CREATE TABLE pins (
    entity_id  ${T} PRIMARY KEY,
    note       ${T},
    created_at ${T} NOT NULL
  );
  `,
  // 2: the neighbourhood queries read out-edges by (source, type, target) and
  // in-edges by (target, type, source), each from one index range that
  // carries the whole row (index-only scans); entities by degree for `stats`.
  `
  DROP INDEX relations_target;
  DROP INDEX relations_key;
  CREATE UNIQUE INDEX relations_key ON relations(source, type, target) INCLUDE (id, weight, confidence, first_seen, last_seen, hedged);
  CREATE INDEX relations_in ON relations(target, type, source) INCLUDE (id, weight, confidence, first_seen, last_seen, hedged);
  CREATE INDEX entities_degree ON entities(degree);
  `,
  // 3: incremental entity aggregates (see SQLite's migration 3).
  `
  ALTER TABLE entity_articles ADD COLUMN published ${T};
  UPDATE entity_articles ea SET published = a.published FROM articles a WHERE a.id = ea.article_id;
  CREATE INDEX entity_articles_date ON entity_articles(entity_id, published);

  CREATE TABLE entity_facets (
    entity_id ${T} NOT NULL,
    facet     ${T} NOT NULL,
    value     ${T} NOT NULL,
    weight    integer NOT NULL,
    PRIMARY KEY (entity_id, facet, value)
  );
  INSERT INTO entity_facets SELECT entity_id, 'label', label, sum(greatest(mentions, 1)) FROM entity_articles GROUP BY entity_id, label;
  INSERT INTO entity_facets SELECT entity_id, 'type', type, sum(greatest(mentions, 1)) FROM entity_articles GROUP BY entity_id, type;
  INSERT INTO entity_facets SELECT entity_id, 'alias', alias, count(*) FROM aliases GROUP BY entity_id, alias;
  INSERT INTO entity_facets SELECT ea.entity_id, 'title', j.value, count(DISTINCT ea.article_id)
    FROM entity_articles ea, json_array_elements_text(ea.titles::json) j WHERE ea.titles IS NOT NULL GROUP BY ea.entity_id, j.value;
  INSERT INTO entity_facets SELECT ea.entity_id, 'role', j.value, count(DISTINCT ea.article_id)
    FROM entity_articles ea, json_array_elements_text(ea.roles::json) j WHERE ea.roles IS NOT NULL GROUP BY ea.entity_id, j.value;
  INSERT INTO entity_facets SELECT entity_id, 'count', 'mentions', sum(mentions) FROM entity_articles GROUP BY entity_id HAVING sum(mentions) > 0;
  INSERT INTO entity_facets SELECT entity_id, 'count', 'articles', count(*) FROM entity_articles GROUP BY entity_id;
  `,
  // 4: evidence ends given by a description rather than a mention.
  `
  ALTER TABLE evidence ADD COLUMN described ${T};
  `,
  // 5: the analyst's curation applied when written (see SQLite's migration 5):
  // the raw extraction beside the text, the nodes a reject left out of an
  // article, the pins' label and type, and the applied curation, which for
  // a PostgreSQL store is also the record every analyst shares.
  `
  ALTER TABLE articles ADD COLUMN extraction ${T};
  CREATE TABLE dropped_entities (
    entity_id  ${T} NOT NULL,
    article_id ${T} NOT NULL,
    PRIMARY KEY (entity_id, article_id)
  );
  CREATE INDEX dropped_entities_article ON dropped_entities(article_id);
  ALTER TABLE pins ADD COLUMN label ${T};
  ALTER TABLE pins ADD COLUMN type ${T};
  CREATE TABLE curation (
    id      integer PRIMARY KEY CHECK (id = 1),
    version integer NOT NULL,
    data    ${T} NOT NULL
  );
  `,
  // 6: the event an evidence item codes (CAMEO, PLOVER, date, place, counts) as compact JSON; null for a rule's.
  `
  ALTER TABLE evidence ADD COLUMN event ${T};
  `,
];

/** Created before the first migration: the version and the commit counters (not versioned themselves). */
export const PG_BOOTSTRAP = `
  CREATE TABLE IF NOT EXISTS newsgraph_schema (
    id      integer PRIMARY KEY CHECK (id = 1),
    version integer NOT NULL
  );
  INSERT INTO newsgraph_schema (id, version) VALUES (1, 0) ON CONFLICT (id) DO NOTHING;
  CREATE TABLE IF NOT EXISTS store_writes (
    pid integer PRIMARY KEY,
    n   bigint NOT NULL
  );
`;

/** The tables of a store, in an order that copying and dropping can follow. */
export const PG_TABLES = [
  'articles',
  'entities',
  'entity_articles',
  'aliases',
  'names',
  'mentions',
  'relations',
  'evidence',
  'quotes',
  'pins',
  'entity_facets',
  'dropped_entities',
  'curation',
  'store_writes',
  'newsgraph_schema',
];
