import { afterEach, describe, expect, it } from 'vitest';
import { openNewsgraph } from '../../src/api.ts';
import type { Article, ArticleExtraction } from '../../src/types.ts';
import { tempDir } from './helpers.ts';
import { storeLocation } from './backend.ts';

/** Each article names one place, spelled as the article id says. */
function analyze(article: Article): ArticleExtraction {
  const [id, label] = article.id.split(':') as [string, string];
  return {
    article: { id: article.id, title: article.title },
    entities: [{ id, label, kind: 'place', type: 'city', aliases: [], mentions: [{ start: 0, end: label.length, text: label }] }],
    relations: [],
    quotes: [],
  };
}

const art = (id: string): Article => ({ id, title: id, text: id.split(':')[1]! + ' was quiet.' });

describe('possiblySameAs hints on the store graph', () => {
  let cleanup = () => {};
  afterEach(() => cleanup());

  it('links nodes of one kind whose names normalise alike, and nothing else', async () => {
    const t = tempDir();
    cleanup = t.cleanup;
    const ng = openNewsgraph({ db: storeLocation(t.dir, 'h.db') });
    await ng.ingest([art('al-bab:al-Bab'), art('bab-town:Bab'), art('manbij:Manbij')], { analyze });
    const g = await ng.graph();
    expect(g.getNodeAttribute('al-bab', 'possiblySameAs')).toEqual(['bab-town']);
    expect(g.getNodeAttribute('bab-town', 'possiblySameAs')).toEqual(['al-bab']);
    expect(g.getNodeAttribute('manbij', 'possiblySameAs')).toBeUndefined();
    await ng.close();
  });
});
