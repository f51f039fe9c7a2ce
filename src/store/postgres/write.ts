/**
 * One article's contributions in PostgreSQL: retract them, write them, and
 * recompute the aggregate `entities` / `relations` / `names` rows they
 * touch, in the caller's transaction. The same rows as the SQLite backend
 * (../sqlite/contributions.ts) writes, by the same rules (../aggregate.ts),
 * but in batches (arrays through `unnest`), not a statement per row: an
 * article's rows, facet deltas, relations and evidence go in one statement
 * of data-modifying CTEs, and every statement is named (prepared once per
 * connection), so a new article costs about eight round trips in all.
 *
 * Many writers: the caller holds the locks (./store.ts): the article's, and
 * those of every entity whose aggregates are recomputed (a relation's ends
 * are among them), so two transactions never recompute the same aggregate
 * at once; everything else a write touches is the article's own.
 */
import type { PoolClient, QueryResult, QueryResultRow } from 'pg';
import { named } from './connect.ts';
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
  type FacetDelta,
} from '../aggregate.ts';
import type { StoredArticle } from '../interface.ts';

/** What a transaction touched, for the recompute at its end. */
export interface PgTouched {
  entities: Set<string>;
  relations: Set<number>;
  /** Edge-count changes per entity (relations created +1, deleted -1). */
  degree: Map<string, number>;
  /** Net facet changes, keyed `entity\0facet\0value` (names: to tell whether the search index changed). */
  facets: Map<string, { id: string; facet: string; value: string; weight: number }>;
  retracted: boolean;
  published: string | null;
}

export const touchedNone = (): PgTouched => ({ entities: new Set(), relations: new Set(), degree: new Map(), facets: new Map(), retracted: false, published: null });

const bump = (t: PgTouched, id: string, by: number) => t.degree.set(id, (t.degree.get(id) ?? 0) + by);

/** A statement, named: prepared once per connection, then only bound and run (no parse and plan per article). */
function run<R extends QueryResultRow = Record<string, unknown>>(c: PoolClient, text: string, values: unknown[]): Promise<QueryResult<R>> {
  return c.query<R>(named(text, values));
}

/** Parameters of one statement: `p(value)` gives its `$n`. */
function params(): { values: unknown[]; p: (v: unknown) => string } {
  const values: unknown[] = [];
  return { values, p: (v) => `$${values.push(v)}` };
}

/** The contributions an article has in the store now. */
export interface StoredContribution {
  entities: Array<{ id: string; share: EntityShare; aliases: string[] }>;
  relations: number[];
  speakers: string[];
}

/** Read an article's contributions (one round trip). */
export async function readContribution(c: PoolClient, articleId: string): Promise<StoredContribution> {
  const { rows } = await run<{ k: string; a: string; b: string | null; t: string | null; m: number | null; ti: string | null; ro: string | null }>(
    c,
    `SELECT 'e' AS k, entity_id AS a, label AS b, type AS t, mentions AS m, titles AS ti, roles AS ro FROM entity_articles WHERE article_id = $1
     UNION ALL SELECT 'a', entity_id, alias, NULL, NULL, NULL, NULL FROM aliases WHERE article_id = $1
     UNION ALL SELECT DISTINCT 'r', relation_id::text, NULL, NULL, NULL::integer, NULL, NULL FROM evidence WHERE article_id = $1
     UNION ALL SELECT DISTINCT 's', speaker, NULL, NULL, NULL::integer, NULL, NULL FROM quotes WHERE article_id = $1`,
    [articleId],
  );
  const out: StoredContribution = { entities: [], relations: [], speakers: [] };
  const aliases = new Map<string, string[]>();
  for (const r of rows) {
    if (r.k === 'e') {
      const share: EntityShare = {
        label: r.b!,
        type: r.t as EntityType,
        mentions: r.m!,
        titles: r.ti ? (JSON.parse(r.ti) as string[]) : undefined,
        roles: r.ro ? (JSON.parse(r.ro) as string[]) : undefined,
      };
      out.entities.push({ id: r.a, share, aliases: [] });
    } else if (r.k === 'a') {
      const list = aliases.get(r.a);
      if (list) list.push(r.b!);
      else aliases.set(r.a, [r.b!]);
    } else if (r.k === 'r') out.relations.push(Number(r.a));
    else out.speakers.push(r.a);
  }
  for (const e of out.entities) e.aliases = aliases.get(e.id) ?? [];
  return out;
}

/** The entity ids a contribution names (its aggregates change when it is written or retracted). */
export function contributionEntities(stored: StoredContribution): string[] {
  return [...stored.entities.map((e) => e.id), ...stored.speakers];
}

function addFacets(t: PgTouched, id: string, deltas: FacetDelta[]): void {
  for (const [facet, value, weight] of deltas) {
    const key = `${id}\u0000${facet}\u0000${value}`;
    const f = t.facets.get(key);
    if (f) f.weight += weight;
    else t.facets.set(key, { id, facet, value, weight });
  }
}

/** Retract an article's stored contributions (and, with `articleRow`, its row); `stored` as read by `readContribution`. */
export async function retractContribution(c: PoolClient, articleId: string, stored: StoredContribution, t: PgTouched, articleRow: boolean): Promise<void> {
  t.retracted = true;
  const list: Array<readonly [string, FacetDelta[]]> = [];
  for (const e of stored.entities) {
    t.entities.add(e.id);
    const d = facetDeltas(e.share, e.aliases, -1);
    addFacets(t, e.id, d);
    list.push([e.id, d]);
  }
  await upsertFacets(c, list);
  for (const r of stored.relations) t.relations.add(r);
  for (const s of stored.speakers) t.entities.add(s);
  await run(
    c,
    `WITH ea AS (DELETE FROM entity_articles WHERE article_id = $1),
       al AS (DELETE FROM aliases WHERE article_id = $1),
       me AS (DELETE FROM mentions WHERE article_id = $1),
       ev AS (DELETE FROM evidence WHERE article_id = $1),
       qu AS (DELETE FROM quotes WHERE article_id = $1),
       dr AS (DELETE FROM dropped_entities WHERE article_id = $1)
     ${articleRow ? 'DELETE FROM articles WHERE id = $1' : 'SELECT 1'}`,
    [articleId],
  );
}

/** The CTE that adds facet weights (the deltas of one entity and facet value summed first), with its parameters in `p`; undefined when none change. */
function facetsCte(list: ReadonlyArray<readonly [string, FacetDelta[]]>, p: (v: unknown) => string): string | undefined {
  const sum = new Map<string, [string, string, string, number]>();
  for (const [id, deltas] of list) {
    for (const [facet, value, w] of deltas) {
      const key = `${id}\u0000${facet}\u0000${value}`;
      const prev = sum.get(key);
      if (prev) prev[3] += w;
      else sum.set(key, [id, facet, value, w]);
    }
  }
  const rows = [...sum.values()].filter((r) => r[3] !== 0);
  if (!rows.length) return undefined;
  return `fa AS (INSERT INTO entity_facets (entity_id, facet, value, weight)
     SELECT * FROM unnest(${p(rows.map((r) => r[0]))}::text[], ${p(rows.map((r) => r[1]))}::text[], ${p(rows.map((r) => r[2]))}::text[], ${p(rows.map((r) => r[3]))}::integer[])
     ON CONFLICT (entity_id, facet, value) DO UPDATE SET weight = entity_facets.weight + excluded.weight)`;
}

/** Add facet weights (one statement). */
async function upsertFacets(c: PoolClient, list: ReadonlyArray<readonly [string, FacetDelta[]]>): Promise<void> {
  const { values, p } = params();
  const cte = facetsCte(list, p);
  if (cte) await run(c, `WITH ${cte} SELECT 1`, values);
}

/**
 * Write an article's (curated) contributions, and its row when `row` is
 * given (with the encoded raw extraction); `dropped` are the nodes a reject
 * left out of it.
 */
export async function writeContribution(
  c: PoolClient,
  article: { id: string; published?: string | undefined },
  ex: ArticleExtraction,
  dropped: readonly string[],
  t: PgTouched,
  row?: { article: StoredArticle; raw: string },
): Promise<void> {
  const id = article.id;
  const published = article.published ?? null;
  t.published = published;
  const known = new Set<string>();
  const ea = { e: [] as string[], l: [] as string[], t: [] as string[], m: [] as number[], ti: [] as Array<string | null>, ro: [] as Array<string | null> };
  const al = { e: [] as string[], a: [] as string[] };
  const me = { e: [] as string[], s: [] as number[], n: [] as number[], x: [] as string[] };
  const facetList: Array<readonly [string, FacetDelta[]]> = [];
  for (const e of mergeDuplicates(ex.entities)) {
    known.add(e.id);
    t.entities.add(e.id);
    const { share, titles, roles, aliases } = entityContribution(e);
    ea.e.push(e.id);
    ea.l.push(e.label);
    ea.t.push(e.type);
    ea.m.push(e.mentions.length);
    ea.ti.push(titles ? JSON.stringify(titles) : null);
    ea.ro.push(roles ? JSON.stringify(roles) : null);
    for (const a of aliases) {
      al.e.push(e.id);
      al.a.push(a);
    }
    const d = facetDeltas(share, aliases, 1);
    addFacets(t, e.id, d);
    facetList.push([e.id, d]);
    for (const m of e.mentions) {
      me.e.push(e.id);
      me.s.push(m.start);
      me.n.push(m.end);
      me.x.push(m.text);
    }
  }
  const qu = { s: [] as string[], a: [] as Array<string | null>, x: [] as string[], b: [] as number[], n: [] as number[] };
  for (const q of ex.quotes) {
    if (!known.has(q.speaker)) continue;
    qu.s.push(q.speaker);
    qu.a.push(q.addressee && known.has(q.addressee) ? q.addressee : null);
    qu.x.push(q.text);
    qu.b.push(q.start);
    qu.n.push(q.end);
    t.entities.add(q.speaker);
  }

  const { values, p } = params();
  const aid = p(id);
  const pub = p(published);
  const ctes: string[] = [];
  if (row) {
    const a = row.article;
    ctes.push(`a AS (INSERT INTO articles (id, hash, title, source, url, published, path, text, ingested_at, extraction)
      VALUES (${aid}, ${p(a.hash)}, ${p(a.title)}, ${p(a.source ?? null)}, ${p(a.url ?? null)}, ${pub}, ${p(a.path ?? null)}, ${p(a.text)}, ${p(new Date().toISOString())}, ${p(row.raw)}))`);
  }
  if (ea.e.length) {
    ctes.push(`ea AS (INSERT INTO entity_articles (entity_id, article_id, label, type, mentions, titles, roles, published)
      SELECT e, ${aid}, l, t, m, ti, ro, ${pub} FROM unnest(${p(ea.e)}::text[], ${p(ea.l)}::text[], ${p(ea.t)}::text[], ${p(ea.m)}::integer[], ${p(ea.ti)}::text[], ${p(ea.ro)}::text[]) AS x(e, l, t, m, ti, ro))`);
  }
  if (al.e.length) {
    ctes.push(`al AS (INSERT INTO aliases (entity_id, article_id, alias) SELECT e, ${aid}, a FROM unnest(${p(al.e)}::text[], ${p(al.a)}::text[]) AS x(e, a) ON CONFLICT DO NOTHING)`);
  }
  if (me.e.length) {
    ctes.push(`me AS (INSERT INTO mentions (article_id, entity_id, start, "end", text)
      SELECT ${aid}, e, s, n, tx FROM unnest(${p(me.e)}::text[], ${p(me.s)}::integer[], ${p(me.n)}::integer[], ${p(me.x)}::text[]) AS u(e, s, n, tx))`);
  }
  if (qu.s.length) {
    ctes.push(`qu AS (INSERT INTO quotes (article_id, speaker, addressee, text, start, "end")
      SELECT ${aid}, s, a, tx, b, n FROM unnest(${p(qu.s)}::text[], ${p(qu.a)}::text[], ${p(qu.x)}::text[], ${p(qu.b)}::integer[], ${p(qu.n)}::integer[]) WITH ORDINALITY AS u(s, a, tx, b, n, o) ORDER BY o)`);
  }
  if (dropped.length) {
    ctes.push(`dr AS (INSERT INTO dropped_entities (entity_id, article_id) SELECT e, ${aid} FROM unnest(${p([...dropped])}::text[]) AS e ON CONFLICT DO NOTHING)`);
  }
  const facets = facetsCte(facetList, p);
  if (facets) ctes.push(facets);

  // Relations (oriented, deduplicated, in the order the extraction gives them) and their evidence, in one statement.
  const relIndex = new Map<string, number>();
  const rel = { s: [] as string[], t: [] as string[], g: [] as string[] };
  const ev = {
    r: [] as number[], sentence: [] as string[], start: [] as number[], end: [] as number[], ss: [] as number[], se: [] as number[], ts: [] as number[], te: [] as number[],
    rule: [] as string[], conf: [] as number[], hedged: [] as number[], negated: [] as number[], quantity: [] as Array<number | null>, quote: [] as Array<string | null>, described: [] as Array<string | null>,
    event: [] as Array<string | null>,
  };
  for (const r of ex.relations) {
    if (!known.has(r.source) || !known.has(r.target) || r.source === r.target) continue;
    const [s, g] = orient(r.type, r.source, r.target);
    const flipped = s !== r.source;
    const key = `${s}\u0000${r.type}\u0000${g}`;
    let i = relIndex.get(key);
    if (i === undefined) {
      i = rel.s.length + 1;
      relIndex.set(key, i);
      rel.s.push(s);
      rel.t.push(r.type);
      rel.g.push(g);
    }
    for (const e of r.evidence) {
      const col = evidenceColumns(e, flipped);
      ev.r.push(i);
      ev.sentence.push(col.sentence);
      ev.start.push(col.start);
      ev.end.push(col.end);
      ev.ss.push(col.sourceStart);
      ev.se.push(col.sourceEnd);
      ev.ts.push(col.targetStart);
      ev.te.push(col.targetEnd);
      ev.rule.push(col.rule);
      ev.conf.push(col.confidence);
      ev.hedged.push(col.hedged);
      ev.negated.push(col.negated);
      ev.quantity.push(col.quantity);
      ev.quote.push(col.quote);
      ev.described.push(col.described);
      ev.event.push(col.event);
    }
  }
  if (!rel.s.length) {
    // No relations: the article's rows and the facets, one statement.
    if (ctes.length) await run(c, `WITH ${ctes.join(',\n')} SELECT 1`, values);
    return;
  }
  // The article's rows, the facets, and the relations with their evidence: one statement (one round trip).
  const q = { values, p };
  const { rows } = await run<{ id: number; source: string; target: string; created: boolean }>(
    c,
    `WITH ${ctes.map((x) => `${x},\n`).join('')}want AS (SELECT * FROM unnest(${q.p(rel.s)}::text[], ${q.p(rel.t)}::text[], ${q.p(rel.g)}::text[]) WITH ORDINALITY AS w(source, type, target, o)),
       ins AS (INSERT INTO relations (source, type, target) SELECT source, type, target FROM want ORDER BY o ON CONFLICT DO NOTHING RETURNING id, source, type, target),
       ids AS (SELECT i.id, w.o, i.source, i.target, true AS created FROM ins i JOIN want w USING (source, type, target)
               UNION ALL SELECT r.id, w.o, r.source, r.target, false FROM relations r JOIN want w USING (source, type, target)),
       ev AS (INSERT INTO evidence (relation_id, article_id, sentence, start, "end", source_start, source_end, target_start, target_end, rule, confidence,
                hedged, negated, quantity, quote, published, described, event)
              SELECT ids.id, ${q.p(id)}, x.sentence, x.start, x.en, x.ss, x.se, x.ts, x.te, x.rule, x.conf, x.hedged, x.negated, x.quantity, x.quote, ${q.p(published)}, x.described, x.event
              FROM unnest(${q.p(ev.r)}::bigint[], ${q.p(ev.sentence)}::text[], ${q.p(ev.start)}::integer[], ${q.p(ev.end)}::integer[], ${q.p(ev.ss)}::integer[],
                ${q.p(ev.se)}::integer[], ${q.p(ev.ts)}::integer[], ${q.p(ev.te)}::integer[], ${q.p(ev.rule)}::text[], ${q.p(ev.conf)}::double precision[],
                ${q.p(ev.hedged)}::integer[], ${q.p(ev.negated)}::integer[], ${q.p(ev.quantity)}::double precision[], ${q.p(ev.quote)}::text[], ${q.p(ev.described)}::text[], ${q.p(ev.event)}::text[])
                WITH ORDINALITY AS x(r, sentence, start, en, ss, se, ts, te, rule, conf, hedged, negated, quantity, quote, described, event, n)
              JOIN ids ON ids.o = x.r
              ORDER BY x.n
              ON CONFLICT DO NOTHING)
     SELECT id, source, target, created FROM ids`,
    q.values,
  );
  for (const r of rows) {
    t.relations.add(r.id);
    if (r.created) {
      bump(t, r.source, 1);
      bump(t, r.target, 1);
    }
  }
}

/** Relations that lost their last evidence, and the new aggregates of the others. */
interface RelationUpdate {
  dead: number[];
  upd: { id: number[]; w: number[]; c: number[]; f: Array<string | null>; l: Array<string | null>; h: number[] };
}
/** The CTEs that apply a RelationUpdate (parameters $2..$8, after the entity ids' $1). */
const RELATION_UPDATE = `d AS (DELETE FROM relations WHERE id = ANY($2::bigint[])),
       u AS (UPDATE relations r SET weight = u.w, confidence = u.c, first_seen = u.f, last_seen = u.l, hedged = u.h
         FROM unnest($3::bigint[], $4::integer[], $5::double precision[], $6::text[], $7::text[], $8::integer[]) AS u(id, w, c, f, l, h) WHERE r.id = u.id)`;
const relationArgs = (r: RelationUpdate): unknown[] => [r.dead, r.upd.id, r.upd.w, r.upd.c, r.upd.f, r.upd.l, r.upd.h];

/** Recompute the aggregates of everything touched; drop what lost its last support. */
export async function recompute(c: PoolClient, t: PgTouched): Promise<void> {
  let relationUpdate: RelationUpdate | undefined;
  if (t.relations.size) {
    const ids = [...t.relations];
    const { rows } = await run<{ id: number; source: string; target: string; n: number; conf: number[] | null; first: string | null; last: string | null; hedged: number | null }>(
      c,
      `SELECT r.id, r.source, r.target, count(e.relation_id)::integer AS n,
         array_agg(e.confidence ORDER BY e.article_id, e.start, e.source_start, e.target_start) FILTER (WHERE e.relation_id IS NOT NULL) AS conf,
         min(e.published) AS first, max(e.published) AS last, min(e.hedged) AS hedged
       FROM relations r LEFT JOIN evidence e ON e.relation_id = r.id WHERE r.id = ANY($1::bigint[]) GROUP BY r.id`,
      [ids],
    );
    const dead: number[] = [];
    const upd = { id: [] as number[], w: [] as number[], c: [] as number[], f: [] as Array<string | null>, l: [] as Array<string | null>, h: [] as number[] };
    for (const r of rows) {
      t.entities.add(r.source);
      t.entities.add(r.target);
      if (r.n === 0) {
        dead.push(r.id);
        bump(t, r.source, -1);
        bump(t, r.target, -1);
        continue;
      }
      upd.id.push(r.id);
      upd.w.push(r.n);
      upd.c.push(combineConfidence(r.conf ?? []));
      upd.f.push(r.first);
      upd.l.push(r.last);
      upd.h.push(r.hedged ? 1 : 0);
    }
    relationUpdate = { dead, upd };
  }
  // (a relation read above added its ends: no entities, no relations to update either)
  if (!t.entities.size) return;
  const ids = [...t.entities];
  // The relations' update, and the touched entities' facets (those that fell to zero deleted) and rows: one statement.
  type Row = { k: 'f' | 'o'; id: string; a: string | null; b: string | null; w: number | null; c: string | null; d: string | null; e: string | null; pinned: boolean | null };
  const read = await run<Row>(
    c,
    `WITH ${relationUpdate ? `${RELATION_UPDATE},` : ''}
       fd AS (DELETE FROM entity_facets WHERE entity_id = ANY($1::text[]) AND weight <= 0)
     SELECT 'f' AS k, entity_id AS id, facet AS a, value AS b, weight AS w, NULL::text AS c, NULL::text AS d, NULL::text AS e, NULL::boolean AS pinned
       FROM entity_facets WHERE entity_id = ANY($1::text[]) AND weight > 0
     UNION ALL
     SELECT 'o', x.id, e.label, e.first_seen, NULL, e.last_seen, p.label, p.type, p.entity_id IS NOT NULL
       FROM unnest($1::text[]) AS x(id) LEFT JOIN entities e ON e.id = x.id LEFT JOIN pins p ON p.entity_id = x.id`,
    [ids, ...(relationUpdate ? relationArgs(relationUpdate) : [])],
  );
  const facetRows: Array<{ entity_id: string; facet: string; value: string; weight: number }> = [];
  const olds = { rows: [] as Array<{ id: string; label: string; first_seen: string | null; last_seen: string | null; pinned: boolean; plabel: string | null; ptype: EntityType | null }> };
  for (const r of read.rows) {
    if (r.k === 'f') facetRows.push({ entity_id: r.id, facet: r.a!, value: r.b!, weight: r.w! });
    else olds.rows.push({ id: r.id, label: r.a as string, first_seen: r.b, last_seen: r.c, pinned: Boolean(r.pinned), plabel: r.d, ptype: r.e as EntityType | null });
  }
  const facetsOf = new Map<string, Array<{ facet: string; value: string; weight: number }>>();
  const weightOf = new Map<string, number>();
  for (const f of facetRows) {
    weightOf.set(`${f.entity_id}\u0000${f.facet}\u0000${f.value}`, f.weight);
    const list = facetsOf.get(f.entity_id);
    if (list) list.push(f);
    else facetsOf.set(f.entity_id, [f]);
  }
  // A name (label or alias facet) that appeared or disappeared changes the search index.
  const namesChanged = new Set<string>();
  for (const [key, f] of t.facets) {
    if (!isNameFacet(f.facet) || f.weight === 0) continue;
    const after = weightOf.get(key) ?? 0;
    if (after > 0 !== after - f.weight > 0) namesChanged.add(f.id);
  }
  const voted = new Map(ids.map((id) => [id, voteEntity(facetsOf.get(id) ?? [])] as const));
  const fresh = olds.rows.filter((o) => voted.get(o.id) && (t.retracted || o.label === null)).map((o) => o.id);
  const seen = new Map<string, { first: string | null; last: string | null }>();
  if (fresh.length) {
    const r = await run<{ id: string; first: string | null; last: string | null }>(
      c,
      `SELECT x.id,
         (SELECT min(published) FROM entity_articles WHERE entity_id = x.id AND published IS NOT NULL) AS first,
         (SELECT max(published) FROM entity_articles WHERE entity_id = x.id AND published IS NOT NULL) AS last
       FROM unnest($1::text[]) AS x(id)`,
      [fresh],
    );
    for (const row of r.rows) seen.set(row.id, { first: row.first, last: row.last });
  }
  const up = { id: [] as string[], label: [] as string[], kind: [] as string[], type: [] as string[], m: [] as number[], a: [] as number[], f: [] as Array<string | null>, l: [] as Array<string | null>, ti: [] as Array<string | null>, ro: [] as Array<string | null>, d: [] as number[] };
  const recount: string[] = [];
  const zero: string[] = [];
  const gone: string[] = [];
  const reindex: string[] = [];
  const names = { norm: [] as string[], id: [] as string[], name: [] as string[], rank: [] as number[] };
  const index = (id: string, label: string, aliases: Iterable<string>) => {
    reindex.push(id);
    for (const [norm, name, rank] of nameRows(label, 0)) names.norm.push(norm), names.id.push(id), names.name.push(name), names.rank.push(rank);
    for (const a of aliases) for (const [norm, name, rank] of nameRows(a, 1)) names.norm.push(norm), names.id.push(id), names.name.push(name), names.rank.push(rank);
  };
  for (const o of olds.rows) {
    const id = o.id;
    const v = voted.get(id);
    if (!v) {
      gone.push(id); // its facets go
      if (o.pinned && o.plabel && o.ptype) {
        // Pinned with a label and type: kept by them, without mentions.
        up.id.push(id), up.label.push(o.plabel), up.kind.push(kindOfType(o.ptype)), up.type.push(o.ptype), up.m.push(0), up.a.push(0);
        up.f.push(null), up.l.push(null), up.ti.push(null), up.ro.push(null), up.d.push(0);
        recount.push(id);
        if (o.label !== o.plabel || namesChanged.has(id)) index(id, o.plabel, []);
      } else if (o.pinned) {
        // Pinned without a label and type: kept as it was, without mentions.
        if (o.label !== null) {
          zero.push(id);
          recount.push(id);
        }
      }
      continue;
    }
    const s = seen.get(id);
    up.id.push(id), up.label.push(v.label), up.kind.push(v.kind), up.type.push(v.type), up.m.push(v.mentions), up.a.push(v.articles);
    up.f.push(s ? s.first : minDate(o.first_seen, t.published));
    up.l.push(s ? s.last : maxDate(o.last_seen, t.published));
    up.ti.push(v.titles), up.ro.push(v.roles), up.d.push(t.degree.get(id) ?? 0);
    if (o.label === null || o.label !== v.label || namesChanged.has(id)) index(id, v.label, v.aliases);
  }
  const dropEntities = olds.rows.filter((o) => !voted.get(o.id) && !o.pinned).map((o) => o.id);
  const dropNames = [...new Set([...dropEntities, ...reindex])];
  // (dropEntities are among gone)
  if (gone.length || dropNames.length || zero.length) {
    await run(
      c,
      `WITH f AS (DELETE FROM entity_facets WHERE entity_id = ANY($1::text[])),
         n AS (DELETE FROM names WHERE entity_id = ANY($2::text[])),
         z AS (UPDATE entities SET mentions = 0, articles = 0 WHERE id = ANY($3::text[]))
       DELETE FROM entities WHERE id = ANY($4::text[])`,
      [gone, dropNames, zero, dropEntities],
    );
  }
  if (up.id.length) {
    await run(
      c,
      `INSERT INTO entities (id, label, kind, type, mentions, articles, first_seen, last_seen, titles, roles, degree)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::integer[], $6::integer[], $7::text[], $8::text[], $9::text[], $10::text[], $11::integer[])
       ON CONFLICT (id) DO UPDATE SET label = excluded.label, kind = excluded.kind, type = excluded.type, mentions = excluded.mentions,
         articles = excluded.articles, first_seen = excluded.first_seen, last_seen = excluded.last_seen, titles = excluded.titles,
         roles = excluded.roles, degree = entities.degree + excluded.degree`,
      [up.id, up.label, up.kind, up.type, up.m, up.a, up.f, up.l, up.ti, up.ro, up.d],
    );
  }
  if (recount.length) {
    await run(
      c,
      `UPDATE entities e SET degree = (SELECT count(*) FROM relations WHERE source = e.id) + (SELECT count(*) FROM relations WHERE target = e.id)
       WHERE e.id = ANY($1::text[])`,
      [recount],
    );
  }
  if (names.norm.length) {
    await run(
      c,
      `INSERT INTO names (norm, entity_id, name, rank) SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::integer[]) ON CONFLICT DO NOTHING`,
      [names.norm, names.id, names.name, names.rank],
    );
  }
}
