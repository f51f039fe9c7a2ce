/**
 * What a store backend is: the one interface the pipeline (writes), the
 * query engine and graph builder (reads) and the API talk to. Dialect-free
 * and asynchronous, so a second backend (PostgreSQL, issue 16) is a second
 * implementation of it, not a rewrite: SQLite's lives in ./sqlite/.
 *
 * Contract every backend keeps:
 * - Per-article contributions are written and retracted one article per
 *   transaction; a crash leaves every article whole or absent.
 * - The aggregates (entities, relations, the search names) are always those
 *   of the stored articles with the applied curation (src/resolve/curation.ts)
 *   folded in: a curated store answers exactly as a fresh store given the
 *   same articles and the same curation.
 * - Reads return the rows of ./rows.ts, in the orders documented there.
 */
import type { Curation } from '../resolve/curation.ts';
import type { ArticleExtraction, EdgeEvidence } from '../types.ts';
import type { RelationSummary, SummaryReadOptions } from './summary.ts';
import type {
  Adjacent,
  EdgeRow,
  EntityAround,
  EntityDetailRow,
  EntityRow,
  EvidenceReadOptions,
  EvidenceRow,
  NodeRow,
  QuoteRecord,
  RowFilter,
  SearchRow,
  StoreCounts,
} from './rows.ts';

export interface OpenStoreOptions {
  /** Fail with StoreError instead of creating a missing store. */
  mustExist?: boolean;
  readonly?: boolean;
  /** How long a writer waits for another writer, in ms. */
  busyTimeoutMs?: number;
  /**
   * A connection that reads through the store once (an export's worker
   * thread, SQLite): no memory map and a small page cache, so that what it
   * passes does not stay in the process's memory.
   */
  scan?: boolean;
  /**
   * A connection that writes many articles (`newsgraph ingest`, SQLite): no
   * memory map. A mapped page that a write reads stays resident and counts
   * in the process's memory, so an ingest's RSS would grow with the store
   * (a store is about nine times its text); pages come by read() into the
   * page cache instead, with the same writes and answers. Its own page
   * cache is small (DEFAULTS.bulkWriteCacheMb): the operating system's
   * serves the rest.
   */
  bulkWrites?: boolean;
}

/** An article as stored: its metadata, text and content hash. */
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

export type WriteOutcome = 'added' | 'changed' | 'skipped';

/** What applying a curation did. */
export interface CurationChange {
  /** False when the store already had this curation (notes and ids aside). */
  changed: boolean;
  /** Articles whose contributions were written again under the new curation. */
  articles: number;
}

/** The writes: articles (by the pipeline) and the curation (by the API). */
/** One article to write, with its extraction; `raw`, when given, is `encodeExtraction(extraction, article.text)` made already (by an extraction worker), which the store keeps as it is. */
export interface ArticleWrite {
  article: StoredArticle;
  extraction: ArticleExtraction;
  raw?: string;
}

export interface StoreWriter {
  /** The stored content hash and path of an article, if it is stored. */
  articleState(id: string): Promise<{ hash: string; path?: string } | undefined>;
  setArticlePath(id: string, path: string): Promise<void>;
  /**
   * In one transaction: skip when the stored hash equals `article.hash`
   * (another writer got there first), else retract the stored version and
   * write this one, under the applied curation. The raw extraction is kept,
   * so a later curation change can write it again.
   */
  writeArticle(article: StoredArticle, extraction: ArticleExtraction, raw?: string): Promise<WriteOutcome>;
  /**
   * `writeArticle` for several articles in order, with the same outcome per
   * article and the same store afterwards as writing them one by one. SQLite
   * writes the batch in one transaction and recomputes the aggregates it
   * touched once (an ingest writes fewer pages and votes each shared entity
   * once per batch); PostgreSQL writes article by article, so concurrent
   * writers keep their short per-article locks.
   */
  writeArticles(batch: ReadonlyArray<ArticleWrite>): Promise<WriteOutcome[]>;
  /** Retract articles (their contributions and rows), in one transaction. */
  retractArticles(ids: readonly string[]): Promise<void>;
  /** The articles with this id, else those read from this path (ordered by id). */
  findArticles(idOrPath: string): Promise<Array<{ id: string; path?: string }>>;
  /** Ids of the articles read from `path`. */
  articleIdsByPath(path: string): Promise<string[]>;
  /** The curation the aggregates reflect (empty for a new store). */
  appliedCuration(): Promise<Curation>;
  /**
   * Bring the aggregates to `curation`, in one transaction: the articles that
   * name an id the change touches are written again from their raw
   * extractions; pins follow.
   */
  applyCuration(curation: Curation): Promise<CurationChange>;
  /**
   * Change the applied curation by `edit`, given the curation stored at that
   * moment, and apply it, in one transaction: two analysts editing one
   * shared store at once both keep their overrides.
   */
  editCuration(edit: (now: Curation) => Curation): Promise<{ curation: Curation; change: CurationChange }>;
  /** Every article with its raw extraction, in the order they were written (moving a store: `newsgraph db copy`). */
  iterateArticles(): AsyncIterable<{ article: StoredArticle; extraction: ArticleExtraction }>;
}

/** The reads: typed rows for the query engine and the graph builder (src/graph). */
export interface StoreReader {
  /** An entity by id. */
  entity(id: string): Promise<EntityRow | undefined>;
  /** The entity with this folded name (label before alias, most mentioned first). */
  entityByName(folded: string): Promise<EntityRow | undefined>;
  /** An entity's titles, roles and pin. */
  entityDetail(id: string): Promise<EntityDetailRow | undefined>;
  /** Entity rows by id (missing ids left out), in any order; the rows may be shared with a cache: do not change them. */
  entities(ids: readonly string[]): Promise<EntityRow[]>;
  /** Each id's relations. */
  adjacency(ids: readonly string[]): Promise<Map<string, Adjacent>>;
  /**
   * An entity by id with its relations and the rows of up to
   * `neighbourLimit` of its heaviest neighbours (undefined when no entity
   * has this id): what `entity` + `adjacency` + `entities` give, in one
   * round trip on a remote store (a backend may leave `neighbours` short).
   */
  entityAround(id: string, neighbourLimit: number): Promise<EntityAround | undefined>;
  /** The kind of each id that exists. */
  kinds(ids: readonly string[]): Promise<Map<string, string>>;
  /** The article dates of each relation's evidence (null when undated). */
  evidenceDates(relationIds: readonly number[]): Promise<Map<number, Array<string | null>>>;
  /** Each relation's evidence, by date, article and offset, at most `limit` each. */
  evidence(relationIds: readonly number[], limit: number): Promise<Map<number, EdgeEvidence[]>>;
  /** The quotes an entity spoke, by date, article and offset. */
  quotesBy(id: string): Promise<QuoteRecord[]>;
  /** An entity's names other than its label, sorted. */
  aliases(id: string): Promise<string[]>;
  /** Prefix search on folded names: exact first, then label, alias, later word; then mentions, degree, label. */
  search(folded: string, limit: number): Promise<SearchRow[]>;
  /**
   * The evidence of an entity's relations, dated first (by date: the date its
   * event names, else its article's; then article, offsets, type, ends), at
   * most `limit` of the dated, and the undated count.
   */
  timeline(id: string, limit: number): Promise<{ rows: EvidenceRow[]; undated: number }>;
  counts(): Promise<StoreCounts>;
  /** Is any article dated (`counts().firstPublished` set)? Without counting the whole store. */
  anyDated(): Promise<boolean>;
  /** Nodes ordered by id. */
  iterateNodes(filter?: RowFilter): AsyncIterable<NodeRow>;
  /** Relations without evidence, by (target, type, source). */
  iterateEdges(filter?: RowFilter): AsyncIterable<EdgeRow>;
  /** Evidence in relation-id order, then by date, article and offset, in batches (a relation's rows may span two). */
  iterateEvidence(filter?: RowFilter, opts?: EvidenceReadOptions): AsyncIterable<EvidenceRow[]>;
  /**
   * Each relation's evidence folded (./summary.ts: count, confidence, dates,
   * best sentence), in relation-id order, in batches: what the one-line-per-edge
   * exports write, without an object per piece of evidence.
   */
  iterateRelationSummaries(filter?: RowFilter, opts?: SummaryReadOptions): AsyncIterable<RelationSummary[]>;
  /** Quotes by speaker, then date, article and offset. */
  iterateQuotes(filter?: RowFilter): AsyncIterable<QuoteRecord>;
  /** Changes whenever anything is committed, by any connection (for caches). */
  version(): Promise<string>;
}

export interface Store extends StoreWriter, StoreReader {
  /** Where the store is: a file path or a database URL, never with a password (safe to print). */
  readonly location: string;
  /** Which backend: 'sqlite' or 'postgres'. */
  readonly backend: 'sqlite' | 'postgres';
  readonly readonly: boolean;
  /** Open the store now (creating or migrating it unless read-only) and give its schema version. */
  schemaVersion(): Promise<number>;
  close(): Promise<void>;
}
