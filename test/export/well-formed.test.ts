/**
 * Exports are always well-formed: a fixture whose labels, aliases, evidence
 * and quotes are full of characters XML 1.0 forbids (C0 controls, U+FFFE,
 * U+FFFF, unpaired surrogates) and of markup characters still gives GEXF
 * that xmllint parses and the GEXF 1.3 grammar accepts, through both
 * writers: `toGexf` (the CLI) and `gexfText` (the view's GEXF button).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Graph from 'graphology';
import { parse } from 'graphology-gexf';
import { graphFromExtractions } from '../../src/graph/from-extractions.ts';
import { toGexf } from '../../src/export/gexf.ts';
import { gexfText } from '../../src/export/gexf-text.ts';
import { toJson } from '../../src/export/json.ts';
import { xmlSafe, XML_FORBIDDEN } from '../../src/export/xml.ts';
import type { ArticleExtraction } from '../../src/types.ts';

const fixture = JSON.parse(readFileSync(fileURLToPath(new URL('../fixtures/export/hostile.json', import.meta.url)), 'utf8')) as {
  extractions: ArticleExtraction[];
};
const graph = () => graphFromExtractions(fixture.extractions);

const hasXmllint = existsSync('/usr/bin/xmllint');
const validator = fileURLToPath(new URL('../../../shared/schema/validate-gexf.sh', import.meta.url));

function file(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'ng-wellformed-')), 'g.gexf');
  writeFileSync(path, text);
  return path;
}

/** xmllint's complaints ('' when the file is well-formed). */
function xmllint(text: string): string {
  try {
    execFileSync('xmllint', ['--noout', file(text)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return '';
  } catch (err) {
    return String((err as { stderr?: string }).stderr ?? err);
  }
}

describe('xmlSafe', () => {
  const cases: Array<[string, string, string]> = [
    ['C0 controls', 'a\u0000b\u0001c\u0008d\u001be', 'abcde'],
    ['vertical tab and form feed', 'a\u000bb\u000cc', 'abc'],
    ['tab, LF and CR are allowed', 'a\tb\nc\rd', 'a\tb\nc\rd'],
    ['U+FFFE and U+FFFF', 'a\ufffeb\uffffc', 'abc'],
    ['unpaired surrogates', 'a\ud800b\udfffc\ud800', 'abc'],
    ['a surrogate pair is a character', 'a\ud835\udc00b', 'a\ud835\udc00b'],
    ['DEL and C1 controls are allowed', 'a\u007fb\u0085c', 'a\u007fb\u0085c'],
    ['markup characters are left for the writer', '<a href="x">&</a> ]]>', '<a href="x">&</a> ]]>'],
  ];
  it.each(cases)('%s', (_what, input, out) => expect(xmlSafe(input)).toBe(out));
});

describe('GEXF from hostile text', () => {
  it('the fixture really holds forbidden characters', () => {
    const label = fixture.extractions[0]!.entities[0]!.label;
    for (const c of ['\u0000', '\u0001', '\u001b', '\ufffe', '\ud800x']) expect(label).toContain(c);
    expect(fixture.extractions[0]!.relations[0]!.evidence[0]!.sentence).toMatch(new RegExp(XML_FORBIDDEN.source));
  });

  it('toGexf writes no character XML 1.0 forbids', () => {
    expect(toGexf(graph())).not.toMatch(new RegExp(XML_FORBIDDEN.source));
  });

  it.skipIf(!hasXmllint)('toGexf (CLI) and gexfText (the view) are well-formed for xmllint', () => {
    expect(xmllint(toGexf(graph()))).toBe('');
    const g = graph();
    g.forEachNode((n) => g.mergeNodeAttributes(n, { x: 1, y: 2, size: 3, color: '#123456' }));
    expect(xmllint(gexfText(g))).toBe('');
  });

  it.skipIf(!hasXmllint || !existsSync(validator))('validates against the GEXF 1.3 grammar', () => {
    expect(execFileSync('sh', [validator, file(toGexf(graph()))], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })).toBe('');
  });

  it('loses nothing else: labels, aliases and evidence read back as the text without the forbidden characters', () => {
    const back = parse(Graph, toGexf(graph()), { allowUndeclaredAttributes: true });
    const src = fixture.extractions[0]!;
    const front = src.entities[0]!;
    const node = xmlSafe(front.id);
    expect(back.getNodeAttribute(node, 'label')).toBe(xmlSafe(front.label));
    expect(back.getNodeAttribute(node, 'label')).toContain('<Front>');
    expect(String(back.getNodeAttribute(node, 'aliases')).split('; ').sort()).toEqual(front.aliases.map(xmlSafe).sort());
    const edge = back.edges()[0]!;
    expect(back.getEdgeAttribute(edge, 'evidence')).toBe(xmlSafe(src.relations[0]!.evidence[0]!.sentence.replace(/\s+/g, ' ').trim()));
    expect(back.getEdgeAttribute(edge, 'evidence')).toContain('𝐀');
  });

  it('the JSON export keeps every character, escaped', () => {
    const json = toJson(graph());
    expect(() => JSON.parse(json)).not.toThrow();
    expect(json).toContain('\\u0000');
  });
});
