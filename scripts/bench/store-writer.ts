/**
 * One writer process of the store benchmark's concurrency figures
 * (./store.ts): `node --import tsx store-writer.ts <store> <entities> <seed> <articles> <id prefix> [extract ms]`
 * ingests `articles` synthetic articles over the bench store's entities
 * (overlapping with the other writers': hubs are shared) and prints
 * `{ start, end, added }` (epoch ms around the ingest).
 *
 * With `extract ms` > 0 each article's analysis waits that long before its
 * (precomputed) extraction is returned: a worker whose extraction runs on a
 * machine of its own, so that this machine's cores are left to the database
 * and the writes, as in a team's deployment (many extraction machines, one
 * PostgreSQL). Without it the writers only write.
 */
import { openNewsgraph } from '../../src/api.ts';
import { prng } from '../../src/layout/seed.ts';
import { syntheticArticles, syntheticEntities } from './store.ts';

const [location, entities, seed, count, prefix, extractMs] = process.argv.slice(2);
const wait = Number(extractMs ?? 0);
const ent = syntheticEntities(Number(entities));
const r = prng(1000 + Number(seed));
const N_E = Number(entities);
const { articles, extractions } = syntheticArticles(ent, () => Math.floor(N_E * r() ** 2), prefix!, Number(count));
const ng = openNewsgraph({ db: location! });
await ng.store.schemaVersion();
const start = Date.now();
const s = await ng.ingest(articles, {
  analyze: wait > 0 ? (a) => new Promise((done) => setTimeout(() => done(extractions.get(a.id)!), wait)) : (a) => extractions.get(a.id)!,
});
const end = Date.now();
await ng.close();
process.stdout.write(`${JSON.stringify({ start, end, added: s.added })}\n`);
