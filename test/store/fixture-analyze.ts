/**
 * A small deterministic `analyze` for store tests: names from a table,
 * relations from a verb between two consecutive names in a sentence, quotes
 * from `NAME said "..."`. Stands in for src/resolve so store tests do not
 * depend on extraction quality.
 */
import type { Article, ArticleExtraction, Entity, EntityType, Relation, RelationType } from '../../src/types.ts';
import { KIND_OF_TYPE } from '../../src/types.ts';

export const NAMES: Array<[string, string, EntityType]> = [
  ['Islamic State', 'isis', 'armed_group'],
  ['ISIS', 'isis', 'armed_group'],
  ['Syrian Democratic Forces', 'sdf', 'force'],
  ['SDF', 'sdf', 'force'],
  ['United States', 'united-states', 'country'],
  ['Syria', 'syria', 'country'],
  ['Iraq', 'iraq', 'country'],
  ['al-Hol camp', 'al-hol-camp', 'camp'],
  ['Rohilat Afrin', 'rohilat-afrin', 'person'],
  ['Ali al-Hassan', 'ali-al-hassan', 'person'],
  ['Wall Street Journal', 'wall-street-journal', 'media'],
  ['Tasnim News', 'tasnim-news', 'media'],
  ['Hayat Tahrir al-Sham', 'hayat-tahrir-al-sham', 'armed_group'],
  ['Damascus', 'damascus', 'city'],
  ['Ḥasakah', 'hasakah', 'city'],
  ['Daesh', 'daesh', 'armed_group'],
  ['Small Group', 'small-group', 'armed_group'],
];

const VERBS: Array<[RegExp, RelationType, number]> = [
  [/\battack(s|ed)?\b/, 'attacks', 0.8],
  [/\ballied with\b|\bsupports?\b/, 'allied_with', 0.7],
  [/\bcaptur(es|ed)\b/, 'captures', 0.8],
  [/\brecruits?\b/, 'recruits', 0.6],
  [/\bis based in\b|\boperates in\b/, 'located_in', 0.5],
  [/\bleads\b/, 'leads', 0.7],
  [/\breported on\b/, 'reports', 0.6],
];

const NAME_RE = new RegExp(
  NAMES.map(([n]) => n)
    .sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&'))
    .join('|'),
  'g',
);

export function fixtureAnalyze(article: Article): ArticleExtraction {
  const text = article.text;
  const entities = new Map<string, Entity>();
  const relations = new Map<string, Relation>();
  const quotes: ArticleExtraction['quotes'] = [];
  const sentenceRe = /[^.!?]+[.!?]*/g;
  for (const sm of text.matchAll(sentenceRe)) {
    const sStart = sm.index;
    const sentence = sm[0];
    const found: Array<{ id: string; start: number; end: number }> = [];
    for (const m of sentence.matchAll(NAME_RE)) {
      const [name, id, type] = NAMES.find(([n]) => n === m[0])!;
      const start = sStart + m.index;
      const end = start + name.length;
      let e = entities.get(id);
      if (!e) {
        e = { id, label: name, kind: KIND_OF_TYPE[type], type, aliases: [], mentions: [] };
        entities.set(id, e);
      } else if (e.label !== name && !e.aliases.includes(name)) {
        e.aliases.push(name);
      }
      e.mentions.push({ start, end, text: name });
      found.push({ id, start, end });
    }
    for (let i = 0; i + 1 < found.length; i++) {
      const a = found[i]!;
      const b = found[i + 1]!;
      const between = text.slice(a.end, b.start);
      const said = /\bsaid,? "([^"]+)"/.exec(between);
      for (const [re, type, confidence] of VERBS) {
        if (!re.test(between) || a.id === b.id) continue;
        const key = `${a.id}|${type}|${b.id}`;
        const rel = relations.get(key) ?? { type, source: a.id, target: b.id, evidence: [] };
        rel.evidence.push({
          sentence: sentence.trim(),
          start: sStart,
          end: sStart + sentence.length,
          sourceMention: { start: a.start, end: a.end },
          targetMention: { start: b.start, end: b.end },
          rule: `fixture.${type}`,
          confidence,
          ...(/\bmay\b|\breportedly\b/.test(sentence) ? { hedged: true } : {}),
        });
        relations.set(key, rel);
      }
      if (said) {
        const qs = a.end + between.indexOf(said[1]!);
        quotes.push({ speaker: a.id, text: said[1]!, start: qs, end: qs + said[1]!.length, addressee: b.id });
      }
    }
  }
  return {
    article: {
      id: article.id,
      title: article.title,
      ...(article.source ? { source: article.source } : {}),
      ...(article.url ? { url: article.url } : {}),
      ...(article.published ? { published: article.published } : {}),
    },
    entities: [...entities.values()],
    relations: [...relations.values()],
    quotes,
  };
}

/** A small corpus in the fixture language. */
export const ARTICLES: Article[] = [
  {
    id: 'a1',
    title: 'ISIS resurges',
    published: '2024-06-01',
    text: 'ISIS attacks Syria. The Syrian Democratic Forces captured ISIS fighters near Iraq. SDF operates in Syria.',
  },
  {
    id: 'a2',
    title: 'Coalition support',
    published: '2024-07-15',
    text: 'The United States supports SDF. Rohilat Afrin leads SDF. Rohilat Afrin said, "We defeated them" to the Wall Street Journal.',
  },
  {
    id: 'a3',
    title: 'Camps',
    published: '2024-08-20',
    text: 'Islamic State recruits al-Hol camp residents. al-Hol camp is based in Syria. ISIS attacks Iraq.',
  },
  {
    id: 'a4',
    title: 'Undated wire',
    text: 'Tasnim News reported on United States. Hayat Tahrir al-Sham attacks Damascus. Ḥasakah is based in Syria.',
  },
];

/** The fixture corpus and one article more, naming two armed groups of its own (for curation tests). */
export const WITH_GROUPS: Article[] = [
  ...ARTICLES,
  { id: 'a5', title: 'Daesh', published: '2024-09-01', text: 'Daesh attacks Damascus. Small Group attacks Syria. Daesh attacks SDF.' },
];
