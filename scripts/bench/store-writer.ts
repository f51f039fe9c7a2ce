/**
 * One writer process of the store benchmark's concurrency figures
 * (./store.ts): `node --import tsx store-writer.ts <store> <entities> <seed> <articles> <id prefix>`
 * ingests `articles` synthetic articles over the bench store's entities
 * (overlapping with the other writers': hubs are shared) and prints
 * `{ start, end, added }` (epoch ms around the ingest).
 */
import { openNewsgraph } from '../../src/api.ts';
import { prng } from '../../src/layout/seed.ts';
import { syntheticArticles, syntheticEntities } from './store.ts';

const [location, entities, seed, count, prefix] = process.argv.slice(2);
const ent = syntheticEntities(Number(entities));
const r = prng(1000 + Number(seed));
const N_E = Number(entities);
const { articles, extractions } = syntheticArticles(ent, () => Math.floor(N_E * r() ** 2), prefix!, Number(count));
const ng = openNewsgraph({ db: location! });
await ng.store.schemaVersion();
const start = Date.now();
const s = await ng.ingest(articles, { analyze: (a) => extractions.get(a.id)! });
const end = Date.now();
await ng.close();
process.stdout.write(`${JSON.stringify({ start, end, added: s.added })}\n`);
