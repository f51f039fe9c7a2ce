/**
 * The streamed writers (src/export/stream.ts) on graphs in memory: GEXF 1.3
 * (valid against the grammar, dynamic with spells when dated, the same graph
 * as `toGexf` when read back), GraphML, graphology JSON, and the Neo4j and
 * Gephi CSV files, with the dates in each; and well-formed whatever the text
 * holds (the hostile fixture). The store side (filters, ego, layouts) is
 * test/export/stream-store.test.ts.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Graph from 'graphology';
import { parse } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { csvField, writeCsv } from '../../src/export/csv.ts';
import { toGexf } from '../../src/export/gexf.ts';
import { writeGexfStream } from '../../src/export/gexf-stream.ts';
import { writeGraphml } from '../../src/export/graphml.ts';
import { writeJsonStream } from '../../src/export/json-stream.ts';
import { graphRecords } from '../../src/export/records.ts';
import { stringSink } from '../../src/export/sink.ts';
import { graphFromExtractions } from '../../src/graph/from-extractions.ts';
import type { ArticleExtraction, NewsGraph } from '../../src/types.ts';

const load = (name: string) =>
  (JSON.parse(readFileSync(fileURLToPath(new URL(`../fixtures/export/${name}`, import.meta.url)), 'utf8')) as { extractions: ArticleExtraction[] }).extractions;
const dated = () => graphFromExtractions(load('extractions.json'));
const undated = () => graphFromExtractions(load('extractions.json').map((x) => ({ ...x, article: { ...x.article, published: undefined } })));
const hostile = () => graphFromExtractions(load('hostile.json'));

async function text(graph: NewsGraph, write: (r: ReturnType<typeof graphRecords>, s: ReturnType<typeof stringSink>) => Promise<void>): Promise<string> {
  const sink = stringSink();
  await write(graphRecords(graph), sink);
  return sink.text();
}
const gexf = (g: NewsGraph) => text(g, writeGexfStream);
const graphml = (g: NewsGraph) => text(g, writeGraphml);
const json = (g: NewsGraph) => text(g, writeJsonStream);
async function csv(g: NewsGraph, flavour: 'neo4j' | 'gephi') {
  const nodes = stringSink();
  const edges = stringSink();
  await writeCsv(graphRecords(g), flavour, { nodes, edges });
  return { nodes: nodes.text().trimEnd().split('\n'), edges: edges.text().trimEnd().split('\n') };
}

const tmp = mkdtempSync(join(tmpdir(), 'ng-stream-'));
const hasXmllint = existsSync('/usr/bin/xmllint');
const validator = fileURLToPath(new URL('../../../shared/schema/validate-gexf.sh', import.meta.url));
const canValidate = hasXmllint && existsSync(validator);
function file(name: string, body: string): string {
  const p = join(tmp, name);
  writeFileSync(p, body);
  return p;
}

describe('GEXF, streamed', () => {
  it.skipIf(!canValidate).each([
    ['dated', dated],
    ['undated', undated],
    ['hostile', hostile],
  ])('%s: valid against the GEXF 1.3 grammar', async (name, g) => {
    expect(execFileSync('sh', [validator, file(`${name}.gexf`, await gexf(g()))], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })).toBe('');
  });

  it('reads back as the same graph as the in-memory writer (toGexf) gives', async () => {
    const g = dated();
    const a = parse(Graph, await gexf(g), { allowUndeclaredAttributes: true });
    const b = parse(Graph, toGexf(g), { allowUndeclaredAttributes: true });
    expect(a.order).toBe(g.order);
    expect(a.size).toBe(g.size);
    expect(a.nodes().sort()).toEqual(b.nodes().sort());
    expect(a.edges().sort()).toEqual(b.edges().sort());
    const pick = (x: Record<string, unknown>, keys: string[]) => Object.fromEntries(keys.map((k) => [k, x[k]]));
    for (const n of b.nodes()) expect(pick(a.getNodeAttributes(n), ['label', 'kind', 'type', 'mentions', 'articles', 'aliases'])).toEqual(pick(b.getNodeAttributes(n), ['label', 'kind', 'type', 'mentions', 'articles', 'aliases']));
    for (const e of b.edges()) expect(pick(a.getEdgeAttributes(e), ['type', 'weight', 'confidence', 'evidenceCount', 'evidence'])).toEqual(pick(b.getEdgeAttributes(e), ['type', 'weight', 'confidence', 'evidenceCount', 'evidence']));
  });

  it('is dynamic when the articles are dated: nodes live from first to last seen, each edge has one spell per evidence day', async () => {
    const g = dated();
    const out = await gexf(g);
    expect(out).toContain('mode="dynamic" timeformat="date" timerepresentation="interval"');
    const isis = g.getNodeAttributes('isis');
    expect(out).toContain(`<node id="isis" label="Islamic State" start="${isis.firstSeen!.slice(0, 10)}" end="${isis.lastSeen!.slice(0, 10)}">`);
    const key = 'isis|attacks|syrian-democratic-forces';
    const days = [...new Set(g.getEdgeAttribute(key, 'evidence').map((e) => e.published!.slice(0, 10)))].sort();
    expect(days.length).toBe(2);
    const edge = out.slice(out.indexOf(`<edge id="${key}"`), out.indexOf('</edge>', out.indexOf(`<edge id="${key}"`)));
    expect([...edge.matchAll(/<spell start="([\d-]+)" end="([\d-]+)"\/>/g)].map((m) => [m[1], m[2]])).toEqual(days.map((d) => [d, d]));
  });

  it('is static without dates: no mode, no spells, no start/end', async () => {
    const out = await gexf(undated());
    expect(out).toContain('<graph defaultedgetype="directed">');
    expect(out).not.toMatch(/<spell|start="|mode="dynamic"/);
  });
});

describe('GraphML', () => {
  it.skipIf(!hasXmllint).each([
    ['dated', dated],
    ['hostile', hostile],
  ])('%s: well-formed XML', async (name, g) => {
    expect(execFileSync('xmllint', ['--noout', file(`${name}.graphml`, await graphml(g()))], { encoding: 'utf8' })).toBe('');
  });

  it('has every node and edge, with their dates', async () => {
    const g = dated();
    const out = await graphml(g);
    expect(out.match(/<node id=/g)!.length).toBe(g.order);
    expect(out.match(/<edge id=/g)!.length).toBe(g.size);
    expect(out).toContain('<key id="e_dates" for="edge" attr.name="dates" attr.type="string"/>');
    const days = [...new Set(g.getEdgeAttribute('isis|attacks|syrian-democratic-forces', 'evidence').map((e) => e.published!.slice(0, 10)))].sort();
    expect(out).toContain(`<data key="e_dates">${days.join(';')}</data>`);
    expect(out).toMatch(/<data key="v_firstSeen">2024-/);
  });
});

describe('graphology JSON, streamed', () => {
  it('imports into graphology as the same graph, evidence and quotes included', async () => {
    const g = dated();
    const back = Graph.from(JSON.parse(await json(g)) as never) as unknown as NewsGraph;
    expect(back.order).toBe(g.order);
    expect(back.size).toBe(g.size);
    for (const e of g.edges()) {
      const a = back.getEdgeAttributes(e);
      expect(a.weight).toBe(g.getEdgeAttribute(e, 'weight'));
      expect(a.evidence.length).toBe(g.getEdgeAttribute(e, 'evidence').length);
    }
    for (const n of g.nodes()) expect(back.getNodeAttribute(n, 'label')).toBe(g.getNodeAttribute(n, 'label'));
  });
});

describe('CSV', () => {
  it('Neo4j: typed headers for neo4j-admin import, one row per node and relationship, labels without repeats', async () => {
    const g = dated();
    const { nodes, edges } = await csv(g, 'neo4j');
    expect(nodes[0]).toBe('id:ID,:LABEL,label,kind,type,mentions:int,articles:int,aliases:string[],firstSeen:date,lastSeen:date,x:double,y:double,size:double');
    expect(edges[0]).toBe(':START_ID,:END_ID,:TYPE,weight:int,confidence:double,evidenceCount:int,hedged:boolean,firstSeen:date,lastSeen:date,dates:date[],evidence');
    expect(nodes.length - 1).toBe(g.order);
    expect(edges.length - 1).toBe(g.size);
    expect(nodes.find((l) => l.startsWith('isis,'))).toMatch(/^isis,Actor;ArmedGroup,Islamic State,actor,armed_group,3,2,/);
    for (const l of nodes.slice(1)) {
      const labels = l.split(',')[1]!.split(';');
      expect(new Set(labels).size).toBe(labels.length);
    }
    expect(edges.find((l) => l.startsWith('isis,syrian-democratic-forces,ATTACKS,2,'))).toMatch(/,2024-\d\d-\d\d;2024-\d\d-\d\d,/);
  });

  it('Gephi: spreadsheet headers, directed or undirected by type, time as intervals', async () => {
    const { nodes, edges } = await csv(dated(), 'gephi');
    expect(nodes[0]).toBe('Id,Label,kind,type,mentions,articles,aliases,firstSeen,lastSeen,Interval,x,y,size,color');
    expect(edges[0]).toBe('Source,Target,Type,Id,Label,Weight,confidence,evidenceCount,hedged,firstSeen,lastSeen,Interval,evidence');
    expect(nodes.find((l) => l.startsWith('isis,'))).toMatch(/"<\[2024-\d\d-\d\d, 2024-\d\d-\d\d\]>"/);
    expect(edges.find((l) => l.startsWith('isis,syrian-democratic-forces,Directed,'))).toMatch(/"<\[2024-\d\d-\d\d, 2024-\d\d-\d\d\]; \[2024-\d\d-\d\d, 2024-\d\d-\d\d\]>"/);
  });

  it('quotes fields with commas and quotes, folds line breaks, drops control characters', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "no"')).toBe('"say ""no"""');
    expect(csvField('two\r\nlines')).toBe('two lines');
    expect(csvField('bell\u0007')).toBe('bell');
    expect(csvField(undefined)).toBe('');
    expect(csvField(0.5)).toBe('0.5');
  });

  it('hostile text gives one line per row', async () => {
    const g = hostile();
    const { nodes, edges } = await csv(g, 'neo4j');
    expect(nodes.length - 1).toBe(g.order);
    expect(edges.length - 1).toBe(g.size);
  });
});
