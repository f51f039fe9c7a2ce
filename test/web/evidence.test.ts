/**
 * Lazy evidence (web/src/evidence.ts): a graph sent without evidence lists,
 * each node's evidence fetched once and merged into the data graph; the date
 * filter falls back to the edges' first/last seen dates; exports say the
 * evidence was omitted. Fixture: the seed graph, with its evidence taken out
 * and served back per node from the original (the shape of /api/nodes/:id).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseGexf } from 'graphology-gexf';
import Graph from 'graphology';
import { parseGraph } from '../../web/src/data.ts';
import { EvidenceLoader, evidenceOmitted, mergeNodeEvidence } from '../../web/src/evidence.ts';
import { EVIDENCE_OMITTED_NOTE, exportGexf, exportJson, visibleSubgraph } from '../../web/src/export.ts';
import { edgeInDates, graphDates, visibleSet } from '../../web/src/filters.ts';
import { defaultState } from '../../web/src/state.ts';
import type { EdgeAttrs } from '../../src/types.ts';

type RawGraph = {
  attributes?: Record<string, unknown>;
  nodes: Array<{ key: string; attributes: Record<string, unknown> }>;
  edges: Array<{ key: string; source: string; target: string; attributes: Record<string, unknown> & { evidence: unknown[] } }>;
};
const raw = JSON.parse(readFileSync(new URL('../fixtures/seed-graph.json', import.meta.url), 'utf8')) as RawGraph;

/** The fixture as /api/graph?evidence=false sends it: lists emptied, first/last seen kept, the graph says so. */
function withoutEvidence(): RawGraph {
  const r = structuredClone(raw);
  r.attributes = { ...(r.attributes ?? {}), evidence: 'omitted' };
  for (const e of r.edges) {
    const dates = (e.attributes.evidence as Array<{ published?: string }>).map((ev) => ev.published).filter((d): d is string => !!d).sort();
    if (dates.length) {
      e.attributes.firstSeen = dates[0];
      e.attributes.lastSeen = dates[dates.length - 1];
    }
    e.attributes.evidence = [];
  }
  return r;
}

/** What /api/nodes/:id answers for `node` (edges with their evidence), from the fixture. */
function detailOf(node: string) {
  return {
    id: node,
    edges: raw.edges.filter((e) => e.source === node || e.target === node).map((e) => ({ id: e.key, evidence: e.attributes.evidence })),
  };
}

describe('a graph sent without evidence', () => {
  it('is marked omitted; a graph with evidence is not', () => {
    expect(evidenceOmitted(parseGraph(withoutEvidence()).graph)).toBe(true);
    expect(evidenceOmitted(parseGraph(structuredClone(raw)).graph)).toBe(false);
  });

  it("mergeNodeEvidence fills the node's edges only, validated, and ignores edges the graph lacks", () => {
    const { graph } = parseGraph(withoutEvidence());
    const detail = detailOf('isis');
    detail.edges.push({ id: 'nobody|attacks|isis', evidence: [] });
    detail.edges[0]!.evidence = [...detail.edges[0]!.evidence, { not: 'evidence' }];
    const filled = mergeNodeEvidence(graph, detail);
    expect(filled.sort()).toEqual(graph.edges('isis').sort());
    for (const e of graph.edges('isis')) {
      const original = raw.edges.find((x) => x.key === e)!.attributes.evidence;
      expect(graph.getEdgeAttribute(e, 'evidence')).toEqual(original);
    }
    const other = graph.edges().filter((e) => !graph.extremities(e).includes('isis'));
    expect(other.length).toBeGreaterThan(0);
    for (const e of other) expect(graph.getEdgeAttribute(e, 'evidence')).toEqual([]);
    expect(mergeNodeEvidence(graph, { nothing: true })).toEqual([]);
    expect(mergeNodeEvidence(graph, null)).toEqual([]);
  });

  it('EvidenceLoader: one request per node, shared by concurrent asks; loading, then loaded; the other end is complete without asking', async () => {
    const { graph } = parseGraph(withoutEvidence());
    const asked: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((ok) => (release = ok));
    const loader = new EvidenceLoader(graph, async (url) => {
      asked.push(url);
      await gate;
      return detailOf(decodeURIComponent(new URL(url, 'http://x').pathname.split('/').pop()!));
    });
    const edge = 'isis|attacks|us-forces';
    expect(loader.lazy).toBe(true);
    expect(loader.state(edge)).toBe('missing');
    const a = loader.ensure('isis');
    const b = loader.ensure('isis');
    expect(loader.state(edge)).toBe('loading');
    release();
    await Promise.all([a, b]);
    expect(asked).toEqual(['/api/nodes/isis?limit=500&evidenceLimit=20']);
    expect(loader.state(edge)).toBe('loaded');
    expect(loader.complete('isis')).toBe(true);
    // al-hol-camp's only edge is to isis, filled already: nothing to ask. us-forces has others.
    expect(graph.neighbors('al-hol-camp')).toEqual(['isis']);
    expect(loader.complete('al-hol-camp')).toBe(true);
    expect(await loader.ensure('al-hol-camp')).toEqual([]);
    expect(loader.complete('us-forces')).toBe(false);
    expect(asked.length).toBe(1);
  });

  it('EvidenceLoader: a failed fetch is reported and may be retried; without an API nothing is asked', async () => {
    const { graph } = parseGraph(withoutEvidence());
    let fail = true;
    const loader = new EvidenceLoader(graph, async () => {
      if (fail) throw new Error('/api/nodes/isis: HTTP 500');
      return detailOf('isis');
    });
    expect(await loader.ensure('isis')).toEqual([]);
    expect(loader.error('isis')).toBe('/api/nodes/isis: HTTP 500');
    expect(loader.complete('isis')).toBe(false);
    fail = false;
    expect((await loader.ensure('isis')).length).toBe(graph.degree('isis'));
    expect(loader.error('isis')).toBeUndefined();

    const offline = new EvidenceLoader(parseGraph(withoutEvidence()).graph, undefined);
    expect(offline.canFetch).toBe(false);
    expect(await offline.ensure('isis')).toEqual([]);
    expect(offline.state('isis|attacks|us-forces')).toBe('missing');
  });

  it('an edge with fewer evidence items than its weight is partial', async () => {
    const r = withoutEvidence();
    const { graph } = parseGraph(r);
    const edge = 'isis|attacks|us-forces';
    graph.setEdgeAttribute(edge, 'weight', 5);
    const loader = new EvidenceLoader(graph, async () => detailOf('isis'));
    await loader.ensure('isis');
    expect(loader.state(edge)).toBe('partial');
  });

  it("loadAll asks the node again with as many items per edge as the edge's weight (capped), and the edge is whole", async () => {
    const { graph } = parseGraph(withoutEvidence());
    const edge = 'isis|attacks|us-forces';
    graph.setEdgeAttribute(edge, 'weight', 3);
    const asked: string[] = [];
    const loader = new EvidenceLoader(graph, async (url) => {
      asked.push(url);
      const limit = Number(new URL(url, 'http://x').searchParams.get('evidenceLimit'));
      const d = detailOf('isis');
      const e = d.edges.find((x) => x.id === edge)!;
      const ev = e.evidence[0]!;
      e.evidence = [ev, ev, ev].slice(0, Math.min(3, limit));
      return d;
    });
    graph.setEdgeAttribute('isis|attacks|syria', 'weight', 900);
    await loader.ensure('isis');
    await loader.loadAll('isis', edge);
    await loader.loadAll('isis', 'isis|attacks|syria');
    expect(asked).toEqual(['/api/nodes/isis?limit=500&evidenceLimit=20', '/api/nodes/isis?limit=500&evidenceLimit=20', '/api/nodes/isis?limit=500&evidenceLimit=500']);
    expect(loader.state(edge)).toBe('loaded');
    expect(loader.state('isis|attacks|syria')).toBe('partial');
  });

  it('a graph with its evidence needs no loader', async () => {
    const { graph } = parseGraph(structuredClone(raw));
    const loader = new EvidenceLoader(graph, async () => {
      throw new Error('must not be asked');
    });
    expect(loader.lazy).toBe(false);
    expect(loader.state('isis|attacks|us-forces')).toBe('loaded');
    expect(await loader.ensure('isis')).toEqual([]);
  });
});

describe('the date filter without evidence', () => {
  const edge = (over: Partial<EdgeAttrs>): EdgeAttrs => ({ type: 'attacks', weight: 2, confidence: 0.5, evidence: [], ...over });

  it.each([
    ['range inside [first, last]', { firstSeen: '2024-01-01', lastSeen: '2024-12-31' }, '2024-06-01', '2024-06-30', true],
    ['range before first seen', { firstSeen: '2024-03-01', lastSeen: '2024-04-01' }, undefined, '2024-02-28', false],
    ['range after last seen', { firstSeen: '2024-03-01', lastSeen: '2024-04-01' }, '2024-04-02', undefined, false],
    ['range touching last seen', { firstSeen: '2024-03-01', lastSeen: '2024-04-01T10:00:00Z' }, '2024-04-01', undefined, true],
    ['only a first seen', { firstSeen: '2024-03-01' }, '2024-03-01', '2024-03-01', true],
    ['undated edge', {}, '2030-01-01', undefined, true],
  ] as const)('%s', (_name, dates, from, to, kept) => {
    expect(edgeInDates(edge(dates), from, to)).toBe(kept);
  });

  it('whole evidence decides by its own dates, even when first/last seen are wider', () => {
    const ev = { sentence: 's', start: 0, end: 1, sourceMention: { start: 0, end: 0 }, targetMention: { start: 0, end: 0 }, rule: 'r', confidence: 0.5, articleId: 'a' };
    const a = edge({ weight: 2, firstSeen: '2024-01-01', lastSeen: '2024-12-31', evidence: [{ ...ev, published: '2024-01-01' }, { ...ev, published: '2024-12-31' }] });
    expect(edgeInDates(a, '2024-06-01', '2024-06-30')).toBe(false);
    expect(edgeInDates(a, '2024-12-01', undefined)).toBe(true);
  });

  it('the seed graph without evidence filters by date as it does with it', () => {
    const full = parseGraph(structuredClone(raw)).graph;
    const lazy = parseGraph(withoutEvidence()).graph;
    for (const range of [{ from: '2025-01-01' }, { to: '2024-07-20' }, { from: '2024-07-20', to: '2024-07-20' }]) {
      const s = { ...defaultState(), ...range };
      expect([...visibleSet(lazy, s).edges].sort()).toEqual([...visibleSet(full, s).edges].sort());
    }
    expect(graphDates(lazy)).toEqual(graphDates(full));
  });
});

describe('exports of a graph sent without evidence', () => {
  const all = (g: ReturnType<typeof parseGraph>['graph']) => ({ nodes: new Set(g.nodes()), edges: new Set(g.edges()), isolated: 0 });

  it('JSON keeps evidence: "omitted" and a description, with the evidence that was read', () => {
    const { graph } = parseGraph(withoutEvidence());
    mergeNodeEvidence(graph, detailOf('isis'));
    const out = JSON.parse(exportJson(visibleSubgraph(graph, all(graph), new Map(), new Map())));
    expect(out.attributes).toEqual({ evidence: 'omitted', description: EVIDENCE_OMITTED_NOTE });
    const read = out.edges.filter((e: { attributes: { evidence: unknown[] } }) => e.attributes.evidence.length > 0);
    expect(read.length).toBe(graph.degree('isis'));
    // It reopens as a graph without evidence.
    expect(evidenceOmitted(parseGraph(out).graph)).toBe(true);
  });

  it('GEXF says so in its meta description, and parses back', () => {
    const { graph } = parseGraph(withoutEvidence());
    const text = exportGexf(visibleSubgraph(graph, all(graph), new Map(), new Map()));
    expect(text).toContain('<description>Evidence omitted:');
    expect(text).not.toContain('<evidence>');
    const back = parseGexf(Graph, text, { allowUndeclaredAttributes: true });
    expect([back.order, back.size]).toEqual([graph.order, graph.size]);
  });

  it('a graph with evidence exports no such note', () => {
    const { graph } = parseGraph(structuredClone(raw));
    const sub = visibleSubgraph(graph, all(graph), new Map(), new Map());
    expect(JSON.parse(exportJson(sub)).attributes).toEqual({});
    expect(exportGexf(sub)).not.toContain('Evidence omitted');
  });
});
