/**
 * The anchor of issue 3: compromise on its own. People, places and
 * organisations from compromise's `.people() / .places() / .organizations()`,
 * one entity per distinct name, no relations and no quotes. Used by
 * `npm run eval -- --baseline` to measure the anchor on the same data.
 */
import nlp from 'compromise';
import type { Article, ArticleExtraction, Entity, EntityType } from '../../src/types.ts';
import { KIND_OF_TYPE } from '../../src/types.ts';

interface TermJson {
  offset?: { start: number; length: number };
}
interface MatchJson {
  terms?: TermJson[];
}

export function baselineExtract(article: Article): ArticleExtraction {
  const doc = nlp(article.text);
  const byName = new Map<string, Entity>();
  const groups: Array<[EntityType, MatchJson[]]> = [
    ['person', doc.people().json({ offset: true }) as MatchJson[]],
    ['city', doc.places().json({ offset: true }) as MatchJson[]],
    ['organization', doc.organizations().json({ offset: true }) as MatchJson[]],
  ];
  for (const [type, matches] of groups) {
    for (const m of matches) {
      const first = m.terms?.[0]?.offset;
      const last = m.terms?.[m.terms.length - 1]?.offset;
      if (!first || !last) continue;
      const start = first.start;
      let end = last.start + last.length;
      // Term offsets leave punctuation out but keep a possessive: drop it.
      if (/['’]s$/.test(article.text.slice(start, end))) end -= 2;
      if (end <= start) continue;
      const text = article.text.slice(start, end);
      const key = `${type}:${text.toLowerCase()}`;
      let e = byName.get(key);
      if (!e) {
        e = { id: key, label: text, kind: KIND_OF_TYPE[type], type, aliases: [], mentions: [] };
        byName.set(key, e);
      }
      e.mentions.push({ start, end, text });
    }
  }
  return {
    article: { id: article.id, title: article.title, source: article.source, url: article.url },
    entities: [...byName.values()],
    relations: [],
    quotes: [],
  };
}
