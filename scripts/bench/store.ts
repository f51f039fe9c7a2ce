/**
 * Store benchmark (`npm run bench -- store`): builds a synthetic store of
 * 100k entities and 1M relations in a temp dir (bulk insert with prepared
 * statements in big transactions, the store's own schema), then measures:
 *   - bulk load rate (relations/s) and the real `store.ingest` rate
 *     (articles/s) of 1,000 more articles into the big store;
 *   - database size per relation;
 *   - `neighbors` p50/p99 in process and over HTTP (keep-alive);
 *   - `search` p50;
 *   - `neighbors` p50/p99 over HTTP while `/api/graph` is being computed for
 *     a store of 10k nodes (./view-server.ts; --concurrency-nodes N,
 *     --skip-concurrency).
 * Options: --entities N --relations N --keep (keep the temp dir);
 * --backend postgres (or both) also loads the same rows into PostgreSQL
 * (the server at --pg URL, else NEWSGRAPH_BENCH_PG or NEWSGRAPH_TEST_PG; a
 * schema of its own, dropped at the end), measures it the same way, SQLite's
 * figures from the same run beside it, and times 1 and 4 concurrent writer
 * processes (./store-writer.ts) on each backend: writing only (this
 * machine's cores shared by the writers and the database), and with each
 * article's extraction simulated as done on another machine (a wait of
 * --remote-extract-ms per article, default 200: about one wiki-syria
 * article's extraction on one core), which is how a team's workers scale
 * past one machine until the database's write rate is the ceiling.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { Agent, request } from 'node:http';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { openNewsgraph } from '../../src/api.ts';
import { nameKeys } from '../../src/util/names.ts';
import { orient } from '../../src/util/combine.ts';
import { prng } from '../../src/layout/seed.ts';
import { startServer } from '../../src/server/server.ts';
import { SqliteStore } from '../../src/store/sqlite/store.ts';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { KIND_OF_TYPE, RELATION_TYPES, type ArticleExtraction, type EntityType, type RelationType } from '../../src/types.ts';

const SYLLABLES = ['al', 'ba', 'dar', 'el', 'fa', 'ha', 'is', 'jab', 'ka', 'lat', 'ma', 'nur', 'om', 'qa', 'ra', 'sa', 'ta', 'um', 'wa', 'ya', 'za', 'kh', 'sh', 'ir'];
const TYPES: EntityType[] = ['person', 'organization', 'armed_group', 'government', 'media', 'country', 'region', 'city', 'site', 'camp', 'force'];

function word(r: () => number, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += SYLLABLES[Math.floor(r() * SYLLABLES.length)]!;
  return s[0]!.toUpperCase() + s.slice(1);
}

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!;
}

function ms(n: number): string {
  return `${n.toFixed(3)} ms`;
}

/** Wall-clock and CPU time of each call, in ms. */
class Timer {
  wall: number[] = [];
  cpu: number[] = [];
  async time<T>(fn: () => Promise<T>): Promise<T> {
    const c = process.cpuUsage();
    const s = performance.now();
    const out = await fn();
    this.wall.push(performance.now() - s);
    const d = process.cpuUsage(c);
    this.cpu.push((d.user + d.system) / 1000);
    return out;
  }
  report(): string {
    const w = [...this.wall].sort((a, b) => a - b);
    const c = [...this.cpu].sort((a, b) => a - b);
    return `p50 ${ms(pct(w, 50))}, p99 ${ms(pct(w, 99))} wall (cpu p50 ${ms(pct(c, 50))}, p99 ${ms(pct(c, 99))})`;
  }
}

function load(): string {
  return `load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')} on ${os.cpus().length} cores`;
}

function arg(args: string[], name: string, def: number): number {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : def;
}

/** The synthetic entities (seeded: every run and every writer process makes the same ones), and the generator after them. */
export function syntheticEntities(N_E: number): { labels: string[]; types: EntityType[]; ids: string[]; r: () => number } {
  // Seeded (mulberry32, as the layout's seeding): the same store every run.
  const r = prng(42);
  const labels: string[] = [];
  const types: EntityType[] = [];
  for (let i = 0; i < N_E; i++) {
    labels.push(`${word(r, 2)} ${word(r, 1 + Math.floor(r() * 2))}`);
    types.push(TYPES[Math.floor(r() * TYPES.length)]!);
  }
  return { labels, types, ids: labels.map((_, i) => `e${i}`), r };
}

export const dateOf = (a: number) => `2024-${String((a % 12) + 1).padStart(2, '0')}-${String((a % 28) + 1).padStart(2, '0')}`;

/** `n` articles of 12 entities and 11 relations each (ids `${prefix}${k}`), with the extraction of each. */
export function syntheticArticles(
  ent: ReturnType<typeof syntheticEntities>,
  pick: () => number,
  prefix: string,
  n: number,
): { articles: Array<{ id: string; title: string; text: string; published: string }>; extractions: Map<string, ArticleExtraction> } {
  const { labels, types, ids } = ent;
  const extractions = new Map<string, ArticleExtraction>();
  const articles = [];
  for (let k = 0; k < n; k++) {
    const ents = new Set<number>();
    while (ents.size < 12) ents.add(pick());
    const list = [...ents];
    const id = `${prefix}${k}`;
    const text = list.map((e) => labels[e]).join(' and ') + '.';
    articles.push({ id, title: `Ingested ${k}`, text, published: dateOf(k) });
    let off = 0;
    const mentions = list.map((e) => {
      const m = { start: off, end: off + labels[e]!.length, text: labels[e]! };
      off += labels[e]!.length + 5;
      return m;
    });
    extractions.set(id, {
      article: { id, title: `Ingested ${k}`, published: dateOf(k) },
      entities: list.map((e, j) => ({ id: ids[e]!, label: labels[e]!, kind: KIND_OF_TYPE[types[e]!], type: types[e]!, aliases: [], mentions: [mentions[j]!] })),
      relations: list.slice(1).map((e, j) => ({
        type: RELATION_TYPES[(k + j) % RELATION_TYPES.length]!,
        source: ids[list[j]!]!,
        target: ids[e]!,
        evidence: [{ sentence: text, start: 0, end: text.length, sourceMention: mentions[j]!, targetMention: mentions[j + 1]!, rule: 'bench.ingest', confidence: 0.7 }],
      })),
      quotes: [],
    });
  }
  return { articles, extractions };
}

function str(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

/**
 * Bulk-load a synthetic store of `N_E` entities and `N_R` relations (one
 * evidence each, dated over 2024) into the SQLite file `file`, with the SQLite
 * backend's own schema and connection: rows written as its ingest would write
 * them, a transaction per 50k. Also used by the export benchmark (./export.ts).
 */
export async function syntheticStore(file: string, N_E: number, N_R: number, ent = syntheticEntities(N_E)): Promise<{ loadMs: number; pick: () => number }> {
  const { labels, types, ids, r } = ent;
  const N_A = Math.max(1, Math.round(N_R / 20));
  // The SQLite backend's own connection: rows written as its ingest would write them, a transaction per 50k.
  const store = new SqliteStore(file);
  const db = store.db;
  // Skewed ends: low ids are hubs (p(i) ~ 1/sqrt), like news about a few big actors.
  const pick = () => Math.floor(N_E * r() ** 2);
  const t0 = performance.now();
  const insArticle = db.prepare('INSERT INTO articles (id, hash, title, source, url, published, path, text, ingested_at) VALUES (?, ?, ?, NULL, NULL, ?, NULL, ?, ?)');
  const insEntity = db.prepare('INSERT INTO entities (id, label, kind, type, mentions, articles, first_seen, last_seen) VALUES (?, ?, ?, ?, 1, 1, ?, ?)');
  const insEA = db.prepare('INSERT INTO entity_articles (entity_id, article_id, label, type, mentions, published) VALUES (?, ?, ?, ?, 1, ?)');
  const insFacet = db.prepare('INSERT INTO entity_facets (entity_id, facet, value, weight) VALUES (?, ?, ?, ?)');
  const insMention = db.prepare('INSERT INTO mentions (article_id, entity_id, start, end, text) VALUES (?, ?, 0, ?, ?)');
  const insName = db.prepare('INSERT OR IGNORE INTO names (norm, entity_id, name, rank) VALUES (?, ?, ?, ?)');
  const insRel = db.prepare('INSERT OR IGNORE INTO relations (source, type, target, id, weight, confidence, first_seen, last_seen) VALUES (?, ?, ?, ?, 1, ?, ?, ?)');
  const insEv = db.prepare(`INSERT INTO evidence (relation_id, article_id, sentence, start, end, source_start, source_end, target_start, target_end, rule, confidence, published)
    VALUES (?, ?, ?, 0, ?, 0, ?, ?, ?, ?, ?, ?)`);
  const now = new Date().toISOString();
  db.transaction(() => {
    for (let a = 0; a < N_A; a++) insArticle.run(`art${a}`, `h${a}`, `Synthetic article ${a}`, dateOf(a), `Synthetic article ${a} text.`, now);
    for (let i = 0; i < N_E; i++) {
      const a = i % N_A;
      insEntity.run(ids[i], labels[i], KIND_OF_TYPE[types[i]!], types[i], dateOf(a), dateOf(a));
      insEA.run(ids[i], `art${a}`, labels[i], types[i], dateOf(a));
      insMention.run(`art${a}`, ids[i], labels[i]!.length, labels[i]);
      nameKeys(labels[i]!).forEach((k, j) => insName.run(k, ids[i], labels[i], j === 0 ? 0 : 2));
      insFacet.run(ids[i], 'label', labels[i], 1);
      insFacet.run(ids[i], 'type', types[i], 1);
      insFacet.run(ids[i], 'count', 'mentions', 1);
      insFacet.run(ids[i], 'count', 'articles', 1);
    }
  })();
  let made = 0;
  let lastId = 0;
  const BATCH = 50_000;
  while (made < N_R) {
    db.transaction(() => {
      const end = Math.min(N_R, made + BATCH);
      while (made < end) {
        let s = pick();
        let t = pick();
        if (s === t) continue;
        const type = RELATION_TYPES[Math.floor(r() * RELATION_TYPES.length)] as RelationType;
        [s, t] = orient(type, ids[s]!, ids[t]!).map((x) => Number(x.slice(1))) as [number, number];
        const a = made % N_A;
        const c = Math.round((0.4 + r() * 0.6) * 1000) / 1000;
        const relId = ++lastId;
        const res = insRel.run(ids[s], type, ids[t], relId, c, dateOf(a), dateOf(a));
        if (res.changes === 0) continue;
        const sentence = `${labels[s]} ${type.replace('_', ' ')} ${labels[t]} in synthetic report ${made}.`;
        insEv.run(relId, `art${a}`, sentence, sentence.length, labels[s]!.length, sentence.length - labels[t]!.length - 24, sentence.length - 24, 'bench.synthetic', c, dateOf(a));
        made++;
      }
    })();
  }
  db.exec(`UPDATE entities SET degree = (SELECT count(*) FROM relations WHERE source = entities.id) + (SELECT count(*) FROM relations WHERE target = entities.id)`);
  const loadMs = performance.now() - t0;
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.exec('ANALYZE');
  await store.close();
  return { loadMs, pick };
}

export async function benchStore(args: string[] = []): Promise<void> {
  const backend = str(args, 'backend') ?? 'sqlite';
  if (!['sqlite', 'postgres', 'both'].includes(backend)) throw new Error(`--backend: sqlite, postgres or both, got "${backend}"`);
  const pgServer = str(args, 'pg') ?? process.env.NEWSGRAPH_BENCH_PG ?? process.env.NEWSGRAPH_TEST_PG;
  if (backend !== 'sqlite' && !pgServer) throw new Error('--backend postgres needs a server: --pg postgres://user@host:port/db (or NEWSGRAPH_BENCH_PG)');
  const N_E = arg(args, 'entities', 100_000);
  const N_R = arg(args, 'relations', 1_000_000);
  const N_A = Math.max(1, Math.round(N_R / 20));
  const dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-bench-'));
  const file = path.join(dir, 'bench.db');
  const log = (s: string) => process.stdout.write(s + '\n');
  log(load());
  log(`synthetic store: ${N_E} entities, ${N_R} relations, ${N_A} articles in ${file}`);
  const ent = syntheticEntities(N_E);
  const { labels, types, ids, r } = ent;
  let pgUrl: string | undefined;
  try {
    // ---- bulk load -------------------------------------------------------
    const { loadMs, pick } = await syntheticStore(file, N_E, N_R, ent);
    const bytes = statSync(file).size;
    log(`[sqlite] bulk load: ${(loadMs / 1000).toFixed(1)} s, ${Math.round(N_R / (loadMs / 1000))} relations/s`);
    log(`[sqlite] db size: ${(bytes / 1048576).toFixed(1)} MiB, ${Math.round(bytes / N_R)} bytes/relation (1 evidence each, all indexes)`);

    const locations: Array<[string, string]> = [];
    if (backend !== 'postgres') locations.push(['sqlite', file]);
    if (backend !== 'sqlite') {
      pgUrl = withSchema(pgServer!, `bench_${process.pid}`);
      const t = performance.now();
      const rows = await loadPostgres(file, pgUrl);
      const secs = (performance.now() - t) / 1000;
      const size = await pgSize(pgUrl);
      log(`[postgres] bulk load (the same rows, from the SQLite file, 20k-row batches): ${secs.toFixed(1)} s, ${Math.round(N_R / secs)} relations/s (${Math.round(rows / secs)} rows/s, all tables)`);
      log(`[postgres] db size: ${(size / 1048576).toFixed(1)} MiB, ${Math.round(size / N_R)} bytes/relation`);
      locations.push(['postgres', pgUrl]);
    }
    for (const [tag, location] of locations) await measure(tag, location, ent, pick, r, log);

    // ---- concurrent writers -----------------------------------------------
    const W = 4;
    const PER = arg(args, 'writer-articles', 300);
    const REMOTE_MS = arg(args, 'remote-extract-ms', 200);
    const REMOTE_PER = arg(args, 'remote-writer-articles', 60);
    for (const [tag, location] of locations) {
      const one = await writers(location, 1, PER, N_E, `w1-`);
      const four = await writers(location, W, PER, N_E, `w4-`);
      log(`[${tag}] writers, writing only: 1 process ${one.rate.toFixed(0)} articles/s; ${W} processes at once ${four.rate.toFixed(0)} articles/s combined = ${(four.rate / one.rate).toFixed(2)}x (${W}x${PER} articles, overlapping entities; ${os.cpus().length} cores shared by writers and server)`);
      if (REMOTE_MS > 0) {
        const r1 = await writers(location, 1, REMOTE_PER, N_E, `r1-`, REMOTE_MS);
        const r4 = await writers(location, W, REMOTE_PER, N_E, `r4-`, REMOTE_MS);
        const dbRate = Math.max(one.rate, four.rate);
        const ceiling = Math.floor(dbRate / r1.rate);
        log(
          `[${tag}] writers, extraction on other machines (${REMOTE_MS} ms per article simulated by a wait): 1 process ${r1.rate.toFixed(1)} articles/s; ${W} at once ${r4.rate.toFixed(1)} articles/s = ${(r4.rate / r1.rate).toFixed(2)}x; ` +
            `the best writing-only rate above (${dbRate.toFixed(0)} articles/s) is the database's ceiling: about ${ceiling} such workers before it saturates`,
        );
      }
    }
    // ---- neighbors while /api/graph is computed (issue 13: the graph is built off the request thread) ----
    if (!args.includes('--skip-concurrency')) {
      const { benchGraphConcurrency } = await import('./view-server.ts');
      await benchGraphConcurrency(arg(args, 'concurrency-nodes', 10_000), log);
    }
    log(`targets: neighbors p99 <= 2 ms in process (SQLite), <= 5 ms in process (PostgreSQL), <= 20 ms over HTTP; 4 writers >= 2.5x one on PostgreSQL; measured under ${load()}`);
  } finally {
    if (pgUrl && !args.includes('--keep')) await dropSchema(pgUrl).catch(() => {});
    if (args.includes('--keep')) log(`kept ${dir}${pgUrl ? ` and ${pgUrl}` : ''}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

/** The real `store.ingest` rate into the big store, then neighbors (in process, hubs, over HTTP) and search. */
async function measure(tag: string, location: string, ent: ReturnType<typeof syntheticEntities>, pick: () => number, r: () => number, log: (s: string) => void): Promise<void> {
  const { labels, ids } = ent;
  const N_E = ids.length;
  const ng = openNewsgraph({ db: location });
  const N_I = 1000;
  const { articles, extractions } = syntheticArticles(ent, pick, `ingest-${tag}-`, N_I);
  const t1 = performance.now();
  const c1 = process.cpuUsage();
  const summary = await ng.ingest(articles, { analyze: (a) => extractions.get(a.id)! });
  const ingestMs = performance.now() - t1;
  const ingestCpu = process.cpuUsage(c1);
  log(`[${tag}] store.ingest: ${summary.added} articles (12 entities, 11 relations each) in ${(ingestMs / 1000).toFixed(2)} s = ${Math.round(summary.added / (ingestMs / 1000))} articles/s, ${Math.round((summary.added * 11) / (ingestMs / 1000))} relations/s (cpu ${((ingestCpu.user + ingestCpu.system) / 1000 / summary.added).toFixed(2)} ms/article)`);

  // ---- neighbors in process ---------------------------------------------
  const sample = (n: number) => Array.from({ length: n }, () => ids[Math.floor(r() * N_E)]!);
  for (const id of sample(200)) await ng.neighbors(id);
  const nTimer = new Timer();
  let totalNeighbors = 0;
  for (const id of sample(5000)) totalNeighbors += (await nTimer.time(() => ng.neighbors(id))).neighbors.length;
  log(`[${tag}] neighbors in process (depth 1, limit 100, 5000 random nodes, avg ${(totalNeighbors / 5000).toFixed(1)} neighbours): ${nTimer.report()}`);
  const hubTimer = new Timer();
  for (let i = 0; i < 200; i++) await hubTimer.time(() => ng.neighbors(ids[i]!));
  const degree = async (id: string) => (await ng.node(id, { limit: 1, evidenceLimit: 0 })).degree;
  log(`[${tag}] neighbors of the 200 biggest hubs (degree ${await degree(ids[0]!)} .. ${await degree(ids[199]!)}): ${hubTimer.report()}`);

  // ---- search -----------------------------------------------------------
  const sTimer = new Timer();
  for (let i = 0; i < 2000; i++) {
    const label = labels[Math.floor(r() * N_E)]!;
    const q = label.slice(0, 3 + Math.floor(r() * 4));
    await sTimer.time(() => ng.search(q));
  }
  log(`[${tag}] search (prefix of 3-6 chars, limit 20): ${sTimer.report()}`);
  await ng.close();

  // ---- neighbors over HTTP ------------------------------------------------
  const server = await startServer({ db: location, port: 0, layout: false });
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const url = new URL(server.url);
  const get = (p: string) =>
    new Promise<number>((resolve, reject) => {
      const req = request({ host: url.hostname, port: url.port, path: p, agent }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      });
      req.on('error', reject);
      req.end();
    });
  for (const id of sample(200)) await get(`/api/nodes/${id}/neighbors`);
  const hTimes: number[] = [];
  for (const id of sample(3000)) {
    const s = performance.now();
    const status = await get(`/api/nodes/${id}/neighbors`);
    hTimes.push(performance.now() - s);
    if (status !== 200) throw new Error(`HTTP ${status} for ${id}`);
  }
  hTimes.sort((a, b) => a - b);
  log(`[${tag}] neighbors over HTTP (keep-alive, sequential, ${hTimes.length} requests): p50 ${ms(pct(hTimes, 50))}, p99 ${ms(pct(hTimes, 99))}`);
  agent.destroy();
  await server.close();
}

/** `n` writer processes (./store-writer.ts) ingesting `per` articles each at once; their combined rate (articles over the span from the first start to the last end). */
async function writers(location: string, n: number, per: number, N_E: number, prefix: string, extractMs = 0): Promise<{ rate: number }> {
  const script = fileURLToPath(new URL('./store-writer.ts', import.meta.url));
  const runs = await Promise.all(
    Array.from({ length: n }, (_, w) =>
      new Promise<{ start: number; end: number; added: number }>((resolve, reject) => {
        const child = spawn(process.execPath, ['--import', 'tsx', script, location, String(N_E), String(w), String(per), `${prefix}${w}-`, String(extractMs)], { stdio: ['ignore', 'pipe', 'inherit'] });
        let out = '';
        child.stdout.on('data', (d) => (out += d));
        child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop()!)) : reject(new Error(`writer ${w} exited ${code}`))));
      }),
    ),
  );
  const span = Math.max(...runs.map((x) => x.end)) - Math.min(...runs.map((x) => x.start));
  return { rate: runs.reduce((a, x) => a + x.added, 0) / (span / 1000) };
}

function withSchema(server: string, schema: string): string {
  const u = new URL(server);
  u.searchParams.set('schema', schema);
  return u.toString();
}

async function pgClient(url: string) {
  const pg = (await import('pg')).default;
  const u = new URL(url);
  const schema = u.searchParams.get('schema') ?? 'public';
  u.searchParams.delete('schema');
  const c = new pg.Client({ connectionString: u.toString(), options: `-c search_path=${schema}` });
  await c.connect();
  return { c, schema };
}

async function pgSize(url: string): Promise<number> {
  const { c } = await pgClient(url);
  try {
    const { rows } = await c.query(`SELECT sum(pg_total_relation_size(k.oid))::bigint AS n FROM pg_class k JOIN pg_namespace s ON s.oid = k.relnamespace WHERE s.nspname = current_schema() AND k.relkind IN ('r', 'S')`);
    return Number(rows[0].n);
  } finally {
    await c.end();
  }
}

async function dropSchema(url: string): Promise<void> {
  const { c, schema } = await pgClient(url);
  try {
    await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await c.end();
  }
}

/** Create the PostgreSQL store (its migrations) and copy every row of the SQLite bench store into it; rows copied. */
async function loadPostgres(file: string, url: string): Promise<number> {
  const created = openNewsgraph({ db: url });
  await created.store.schemaVersion();
  await created.close();
  const Database = (await import('better-sqlite3')).default;
  const lite = new Database(file, { readonly: true });
  const { c } = await pgClient(url);
  let total = 0;
  try {
    for (const table of ['articles', 'entities', 'entity_articles', 'entity_facets', 'aliases', 'mentions', 'names', 'relations', 'evidence', 'quotes']) {
      const cols = (lite.prepare(`SELECT name FROM pragma_table_info('${table}')`).pluck().all() as string[]).map((x) => `"${x}"`).join(', ');
      const it = lite.prepare(`SELECT * FROM ${table}`).iterate() as Iterable<Record<string, unknown>>;
      let batch: Array<Record<string, unknown>> = [];
      const flush = async () => {
        if (!batch.length) return;
        await c.query(`INSERT INTO ${table} (${cols}) SELECT ${cols} FROM json_populate_recordset(NULL::${table}, $1)`, [JSON.stringify(batch)]);
        total += batch.length;
        batch = [];
      };
      for (const row of it) {
        batch.push(row);
        if (batch.length === 20_000) await flush();
      }
      await flush();
    }
    await c.query(`SELECT setval('relations_id_seq', (SELECT max(id) FROM relations)); SELECT setval(pg_get_serial_sequence('evidence', 'id'), (SELECT max(id) FROM evidence)); ANALYZE`);
  } finally {
    lite.close();
    await c.end();
  }
  return total;
}
