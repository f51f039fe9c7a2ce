/**
 * Building the NewsGraph from the store: the whole graph agrees with folding
 * the same extractions in memory (src/graph/from-extractions.ts), and each
 * filter keeps exactly what it should.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Newsgraph } from '../../src/api.ts';
import { graphFromExtractions } from '../../src/graph/from-extractions.ts';
import { byOccurrence } from '../../src/graph/sorted.ts';
import type { EdgeEvidence, NewsGraph } from '../../src/types.ts';
import { ARTICLES, fixtureAnalyze } from '../store/fixture-analyze.ts';
import { storeWith, tempDir } from '../store/helpers.ts';

let tmp: ReturnType<typeof tempDir>;
let ng: Newsgraph;
beforeAll(async () => {
  tmp = tempDir('newsgraph-build-');
  ng = await storeWith(tmp.dir, 'b.db', ARTICLES);
});
afterAll(() => {
  ng.close();
  tmp.cleanup();
});

const sortedEvidence = (ev: EdgeEvidence[]) => [...ev].sort(byOccurrence);
const edgeView = (g: NewsGraph) =>
  g
    .edges()
    .sort()
    .map((k) => {
      const a = g.getEdgeAttributes(k);
      return [k, a.weight, a.confidence, a.firstSeen, a.lastSeen, Boolean(a.hedged), sortedEvidence(a.evidence).map((e) => [e.articleId, e.start, e.rule])];
    });
const nodeView = (g: NewsGraph) =>
  g
    .nodes()
    .sort()
    .map((id) => {
      const a = g.getNodeAttributes(id);
      return [id, a.kind, a.type, a.mentions, a.articles, a.firstSeen, a.lastSeen, (a.quotes ?? []).length];
    });

describe('buildGraph', () => {
  it('the whole graph equals the in-memory fold of the same extractions', async () => {
    const expected = graphFromExtractions(ARTICLES.map(fixtureAnalyze));
    const built = await ng.graph();
    expect(nodeView(built)).toEqual(nodeView(expected));
    expect(edgeView(built)).toEqual(edgeView(expected));
  });

  it('carries aliases from every article and evidence with its article', async () => {
    const g = await ng.graph();
    expect(g.getNodeAttribute('isis', 'label')).toBe('Islamic State');
    expect(g.getNodeAttribute('isis', 'aliases')).toEqual(['ISIS']);
    const ev = g.getEdgeAttribute('isis|recruits|al-hol-camp', 'evidence')[0]!;
    expect([ev.articleId, ev.articleTitle, ev.published, ev.sentence]).toEqual([
      'a3',
      'Camps',
      '2024-08-20',
      'Islamic State recruits al-Hol camp residents.',
    ]);
    const text = ARTICLES[2]!.text;
    expect(text.slice(ev.sourceMention.start, ev.sourceMention.end)).toBe('Islamic State');
    expect(text.slice(ev.targetMention.start, ev.targetMention.end)).toBe('al-Hol camp');
  });

  const filters: Array<[string, Parameters<Newsgraph['graph']>[0], string[], string[]]> = [
    [
      'kinds',
      { kinds: ['camp', 'actor'] },
      ['al-hol-camp', 'hayat-tahrir-al-sham', 'isis', 'rohilat-afrin', 'tasnim-news', 'wall-street-journal'],
      ['isis|recruits|al-hol-camp'],
    ],
    [
      'types',
      { types: ['attacks'], dropIsolated: true },
      ['damascus', 'hayat-tahrir-al-sham', 'iraq', 'isis', 'syria'],
      ['hayat-tahrir-al-sham|attacks|damascus', 'isis|attacks|iraq', 'isis|attacks|syria'],
    ],
    [
      'since/until',
      { since: '2024-07-01', until: '2024-07-31', dropIsolated: true },
      ['rohilat-afrin', 'sdf', 'united-states'],
      ['rohilat-afrin|leads|sdf', 'sdf|allied_with|united-states'],
    ],
    [
      'minConfidence',
      { minConfidence: 0.75, dropIsolated: true },
      ['damascus', 'hayat-tahrir-al-sham', 'iraq', 'isis', 'sdf', 'syria'],
      ['hayat-tahrir-al-sham|attacks|damascus', 'isis|attacks|iraq', 'isis|attacks|syria', 'sdf|captures|isis'],
    ],
    [
      'ego depth 1',
      { ego: { id: 'rohilat-afrin', depth: 1 } },
      ['rohilat-afrin', 'sdf'],
      ['rohilat-afrin|leads|sdf'],
    ],
    [
      'ego depth 2 by name',
      { ego: { id: 'Rohilat Afrin', depth: 2 } },
      ['isis', 'rohilat-afrin', 'sdf', 'syria', 'united-states'],
      ['isis|attacks|syria', 'rohilat-afrin|leads|sdf', 'sdf|allied_with|united-states', 'sdf|captures|isis', 'sdf|located_in|syria'],
    ],
  ];
  it.each(filters)('filters by %s', async (_, options, nodes, edges) => {
    const g = await ng.graph(options);
    expect(g.nodes().sort()).toEqual(nodes);
    expect(g.edges().sort()).toEqual(edges);
  });

  it('keeps only nodes seen in a date range, and weights only the evidence inside it', async () => {
    expect((await ng.graph({ since: '2024-08-01' })).nodes().sort()).toEqual(['al-hol-camp', 'iraq', 'isis', 'syria']);
    const g = await ng.graph({ since: '2024-08-01' });
    expect(g.hasEdge('isis|attacks|syria')).toBe(false);
    expect(g.getEdgeAttribute('isis|attacks|iraq', 'weight')).toBe(1);
  });

  it('can leave evidence lists out', async () => {
    const g = await ng.graph({ evidence: false });
    expect(g.getEdgeAttribute('isis|attacks|syria', 'evidence')).toEqual([]);
    expect(g.getEdgeAttribute('isis|attacks|syria', 'weight')).toBe(1);
  });

  const badOptions: Array<[string, Parameters<Newsgraph['graph']>[0], string]> = [
    ['an unknown kind', { kinds: ['person'] }, 'UsageError'],
    ['an unknown type', { types: 'bombs' }, 'UsageError'],
    ['a bad date', { since: 'yesterday' }, 'UsageError'],
    ['since after until', { since: '2024-02-01', until: '2024-01-01' }, 'UsageError'],
    ['confidence above 1', { minConfidence: 2 }, 'UsageError'],
    ['an ego node that does not exist', { ego: { id: 'nobody', depth: 1 } }, 'NotFoundError'],
    ['an ego depth too deep', { ego: { id: 'isis', depth: 9 } }, 'UsageError'],
  ];
  it.each(badOptions)('rejects %s', async (_, options, name) => {
    await expect(ng.graph(options)).rejects.toMatchObject({ name });
  });
});
