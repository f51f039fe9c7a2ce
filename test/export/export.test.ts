import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Graph from 'graphology';
import { parse } from 'graphology-gexf';
import { graphFromExtractions } from '../../src/graph/from-extractions.ts';
import { toGexf } from '../../src/export/gexf.ts';
import { toJson, toSerialized } from '../../src/export/json.ts';
import type { ArticleExtraction } from '../../src/types.ts';

const dir = fileURLToPath(new URL('../fixtures/export/', import.meta.url));
const fixture = JSON.parse(readFileSync(join(dir, 'extractions.json'), 'utf8')) as { extractions: ArticleExtraction[] };
const graph = () => graphFromExtractions(fixture.extractions);

/** Compare with a golden file; `UPDATE_GOLDEN=1` rewrites it. */
function golden(name: string, actual: string) {
  const path = join(dir, name);
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(path)) writeFileSync(path, actual);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

describe('GEXF export', () => {
  it('matches the golden file exactly', () => golden('graph.gexf', toGexf(graph())));

  it('is deterministic whatever the insertion order', () => {
    const reversed = graphFromExtractions([...fixture.extractions].reverse());
    expect(toGexf(reversed)).toBe(toGexf(graph()));
  });

  it('parses back with graphology-gexf to the same nodes, edges and attributes', () => {
    const g = graph();
    const back = parse(Graph, toGexf(g), { allowUndeclaredAttributes: true });
    expect(back.order).toBe(g.order);
    expect(back.size).toBe(g.size);
    expect(back.getNodeAttributes('isis')).toMatchObject({ label: 'Islamic State', kind: 'actor', type: 'armed_group', mentions: 3, articles: 2 });
    const edge = back.getEdgeAttributes('isis|attacks|syrian-democratic-forces');
    expect(edge).toMatchObject({ type: 'attacks', weight: 2, evidenceCount: 2 });
    expect(typeof back.getNodeAttribute('isis', 'x')).toBe('number');
    expect(back.getNodeAttribute('isis', 'color')).toMatch(/^rgb|^#/);
  });

  it('does not modify the graph it exports', () => {
    const g = graph();
    toGexf(g);
    expect(g.getNodeAttribute('isis', 'x')).toBeUndefined();
  });

  const validator = fileURLToPath(new URL('../../../shared/schema/validate-gexf.sh', import.meta.url));
  const canValidate = existsSync(validator) && existsSync('/usr/bin/xmllint');
  it.skipIf(!canValidate)('validates against the GEXF 1.3 grammar', () => {
    const tmp = join(mkdtempSync(join(tmpdir(), 'ng-gexf-')), 'g.gexf');
    writeFileSync(tmp, toGexf(graph()));
    expect(execFileSync('sh', [validator, tmp], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })).toBe('');
  });
});

describe('JSON export', () => {
  it('matches the golden file exactly', () => golden('graph.json', toJson(graph())));

  it('round-trips through graphology import with evidence and quotes', () => {
    const data = toSerialized(graph());
    const back = new Graph({ type: 'directed', multi: true });
    back.import(data as never);
    expect(back.order).toBe(6);
    expect(back.size).toBe(5);
    const attacks = back.getEdgeAttributes('isis|attacks|syrian-democratic-forces');
    expect(attacks.evidence.map((e: { articleId: string }) => e.articleId)).toEqual(['art-1', 'art-2']);
    expect(back.getNodeAttribute('mazloum-abdi', 'quotes')[0].text).toBe('We will respond,');
  });
});
