/**
 * Rebuilds `corpus/` from ../shared: the seed article byte for byte, and the
 * public-domain US-government documents of re3d-dev (CENTCOM, US State
 * Department) as JSON lines: text, title and source URL only, no annotations.
 *
 *   npx tsx scripts/corpus/build.ts
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const shared = resolve(root, '..', 'shared');
const out = join(root, 'corpus');
mkdirSync(out, { recursive: true });

copyFileSync(join(shared, 'gold', 'seed.article.txt'), join(out, 'seed.article.txt'));

const SETS = [
  { folder: 'centcom', file: 're3d-centcom.jsonl' },
  { folder: 'us-state-department', file: 're3d-us-state-department.jsonl' },
];
for (const { folder, file } of SETS) {
  const lines = readFileSync(join(shared, 'data', 're3d-dev', folder, 'documents.json'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { _id: string; title: string; text: string; sourceName: string; sourceUrl: string })
    .sort((a, b) => (a._id < b._id ? -1 : 1))
    .map((d) => JSON.stringify({ id: `${folder}-${d._id.slice(0, 12).toLowerCase()}`, title: d.title.trim(), text: d.text, source: d.sourceName, url: d.sourceUrl }));
  writeFileSync(join(out, file), lines.join('\n') + '\n');
  console.log(`${file}: ${lines.length} articles`);
}
