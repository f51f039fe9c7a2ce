/**
 * Rebuilds `corpus/` from ../shared: the seed article byte for byte, and the
 * public-domain US-government documents of re3d-dev (CENTCOM, US State
 * Department) as JSON lines: text, title and source URL only, no annotations,
 * and the publication date where the source states it.
 *
 * Dates: a State Department URL carries the year and month of publication
 * (`state.gov/r/pa/prs/ps/2016/10/263174.htm`): `published` is that month,
 * `2016-10`, which the reader takes as the first of the month (it says so for
 * any partial date). CENTCOM's URLs carry only an article number and its
 * texts give the dates of events, not of the release: those stay undated
 * rather than guessed. The seed article is a plain text file copied byte for
 * byte, so it stays undated too.
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

/** The publication month a URL states (`/2016/10/`), else undefined. */
function publishedFromUrl(url: string): string | undefined {
  const m = /\/((?:19|20)\d\d)\/(0[1-9]|1[0-2])\//.exec(url);
  return m ? `${m[1]}-${m[2]}` : undefined;
}

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
    .map((d) => {
      const published = publishedFromUrl(d.sourceUrl);
      return JSON.stringify({ id: `${folder}-${d._id.slice(0, 12).toLowerCase()}`, title: d.title.trim(), text: d.text, source: d.sourceName, url: d.sourceUrl, ...(published ? { published } : {}) });
    });
  writeFileSync(join(out, file), lines.join('\n') + '\n');
  console.log(`${file}: ${lines.length} articles, ${lines.filter((l) => l.includes('"published"')).length} dated`);
}
