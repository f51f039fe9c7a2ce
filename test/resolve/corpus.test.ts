/**
 * Resolution on the bundled corpus (corpus/, in the repo): every checked
 * alias group whose names occur ends up in one node, and the groups that must
 * stay apart share no node. The full figures (with ../shared/data/wiki-syria)
 * are printed by `npm run eval -- --resolution`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readArticles } from '../../src/ingest/index.ts';
import { analyzeArticle } from '../../src/resolve/index.ts';
import { graphFromExtractions } from '../../src/graph/from-extractions.ts';
import { groupFigures } from '../../scripts/eval/resolution.ts';
import type { ArticleExtraction } from '../../src/types.ts';

const CORPUS = fileURLToPath(new URL('../../corpus', import.meta.url));
const GROUPS = JSON.parse(readFileSync(new URL('../../scripts/eval/alias-groups.json', import.meta.url), 'utf8')) as Parameters<typeof groupFigures>[1];

describe.skipIf(!existsSync(CORPUS))('resolution on corpus/', async () => {
  const extractions: ArticleExtraction[] = [];
  for await (const r of readArticles([CORPUS])) if (!('failed' in r)) extractions.push(analyzeArticle(r));
  const g = graphFromExtractions(extractions);
  const { groups, apart } = groupFigures(g, GROUPS);
  const seen = groups.filter((x) => x.seen > 0);

  it('sees the groups of issue 4 that the corpus names', () => {
    expect(seen.map((x) => x.key)).toEqual(expect.arrayContaining(['isis', 'sdf']));
  });

  it.each(seen.map((x) => [x.key, x] as const))('group %s is one node', (_key, group) => {
    expect(group.ids).toHaveLength(1);
  });

  it.each(apart.map((a) => [a.keys.join(' / '), a] as const))('%s stay apart', (_keys, a) => {
    expect(a.shared).toEqual([]);
  });
});
