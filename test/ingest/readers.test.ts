import { beforeAll, describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { readAll, contentId, formatOf, sniffFormat } from '../../src/ingest/index.ts';
import { readJsonLines, readJson } from '../../src/ingest/json.ts';
import { markdownToText } from '../../src/ingest/markdown.ts';
import { normaliseDate } from '../../src/ingest/article.ts';
import { htmlToArticleFields } from '../../src/ingest/html.ts';
import { loadHtmlParser } from '../../src/ingest/html.ts';

beforeAll(loadHtmlParser);

const fixtures = fileURLToPath(new URL('../fixtures/ingest/', import.meta.url));

describe('readers', () => {
  it('reads a .txt file byte for byte with a content-hash id', async () => {
    const { articles, failures } = await readAll([`${fixtures}plain.txt`]);
    expect(failures).toEqual([]);
    expect(articles).toHaveLength(1);
    expect(articles[0]!.text).toBe('Plain text article about Syria.\n');
    expect(articles[0]!.id).toBe(contentId('Plain text article about Syria.\n'));
    expect(articles[0]!.id).toMatch(/^[0-9a-f]{16}$/);
    expect(articles[0]!.title).toBe('Plain text article about Syria.');
  });

  it('reads Markdown front matter and turns the body into prose', async () => {
    const { articles } = await readAll([`${fixtures}note.md`]);
    const a = articles[0]!;
    expect(a).toMatchObject({ title: 'Clashes in Deir ez-Zor', published: '2024-05-03', source: 'Example Wire', url: 'https://wire.example/deir' });
    expect(a.text).toBe('Background\n\nThe Syrian Democratic Forces clashed with tribal fighters in Deir ez-Zor.\n\nOne item\nTwo item');
  });

  it('reads HTML: article text only, furniture dropped, metadata from meta tags', async () => {
    const { articles } = await readAll([`${fixtures}page.html`]);
    const a = articles[0]!;
    expect(a.title).toBe('ISIS attacks checkpoint near Raqqa');
    expect(a.source).toBe('Example News');
    expect(a.published).toBe('2024-07-02');
    expect(a.url).toBe('https://news.example/isis-raqqa');
    expect(a.text).toContain('Syrian Democratic Forces (SDF) near Raqqa on Monday, the SDF said & added');
    expect(a.text).toContain('"We repelled the attack," an SDF spokesman said.');
    for (const junk of ['alert', 'color: red', 'Home', 'masthead', 'Related', 'Copyright']) expect(a.text).not.toContain(junk);
  });

  it('reads JSON lines, keeping text exactly and reporting bad lines by path and line', async () => {
    const { articles, failures } = await readAll([`${fixtures}articles.jsonl`]);
    expect(articles.map((a) => a.id)).toEqual(['a1', contentId('SDF forces detained ISIS suspects in Hasakah.')]);
    expect(articles[0]!.text).toBe('ISIS attacked Kirkuk.\nThe army responded.');
    expect(articles[0]).toMatchObject({ title: 'First', source: 'Wire', url: 'https://w.example/1', published: '2024-01-02' });
    expect(failures.map((f) => [f.path.replace(fixtures, ''), f.reason.split(':')[0]])).toEqual([
      ['articles.jsonl:3', 'invalid JSON'],
      ['articles.jsonl:4', expect.stringMatching(/^missing string field "text" \(or "body", "content", /)],
    ]);
  });

  it('reads a JSON array and a single JSON object', () => {
    const arr = readJson(JSON.stringify([{ id: 'x', text: 'one' }, { id: 'y', text: 'two' }]), 'a.json');
    expect(arr.map((r) => ('failed' in r ? r.reason : r.id))).toEqual(['x', 'y']);
    const one = readJson(JSON.stringify({ id: 'z', text: 'three', date: '2020-02-03' }), 'b.json');
    expect(one).toEqual([{ id: 'z', title: 'three', text: 'three', published: '2020-02-03', path: 'b.json' }]);
  });

  it('reads directories recursively, in sorted order, and reports broken files without losing the rest', async () => {
    const { articles, failures } = await readAll([fixtures]);
    expect(articles.map((a) => a.path!.replace(fixtures, ''))).toEqual([
      'articles.jsonl:1',
      'articles.jsonl:2',
      'note.md',
      'page.html',
      'plain.txt',
    ]);
    expect(failures.map((f) => f.path.replace(fixtures, ''))).toEqual(['articles.jsonl:3', 'articles.jsonl:4', 'broken.md']);
    expect(failures[2]!.reason).toMatch(/^front matter is not valid YAML/);
  });

  it('reports a missing path and an unsupported type', async () => {
    const { failures } = await readAll(['/nonexistent/x.txt', `${fixtures}../../ingest/readers.test.ts`]);
    expect(failures.map((f) => f.reason)).toEqual([
      'no such file or directory',
      'unsupported file type ".ts"; expected .txt, .md, .html, .json or .jsonl',
    ]);
  });

  it('reads - from stdin, sniffing the format', async () => {
    const stdin = Readable.from([Buffer.from('{"id":"s1","text":"From stdin."}\n{"id":"s2","text":"Again."}\n')]);
    const { articles } = await readAll(['-'], { stdin });
    expect(articles.map((a) => [a.id, a.path])).toEqual([['s1', '<stdin>:1'], ['s2', '<stdin>:2']]);
  });
});

describe('reader helpers', () => {
  it.each([
    ['2024-07-01', '2024-07-01'],
    ['2024-07-01T10:00:00Z', '2024-07-01'],
    ['2023-10-11 13:10', '2023-10-11'],
    ['1 July 2024', '2024-07-01'],
    ['2019', '2019-01-01'],
    ['23 July – 28 August 2014', undefined],
    ['Fri, 03 May 2024 10:00:00 GMT', '2024-05-03'],
    [1714730400, '2024-05-03'],
    [1714730400000, '2024-05-03'],
    [2019, '2019-01-01'],
    ['', undefined],
    [undefined, undefined],
  ])('normaliseDate(%j) = %j', (input, expected) => {
    expect(normaliseDate(input)).toBe(expected);
  });

  it.each([
    ['a.txt', 'txt'], ['a.MD', 'md'], ['a.htm', 'html'], ['a.ndjson', 'jsonl'], ['a.json', 'json'], ['a.pdf', undefined],
  ])('formatOf(%s) = %s', (p, f) => expect(formatOf(p)).toBe(f));

  it.each([
    ['{"text":"x"}', 'jsonl'], ['[{"text":"x"}]', 'json'], ['---\ntitle: x\n---\n', 'md'], ['<!DOCTYPE html><p>x', 'html'], ['Just text', 'txt'],
  ])('sniffFormat(%j) = %s', (c, f) => expect(sniffFormat(c)).toBe(f));

  it.each([
    ['[link](http://x) and ![img](y.png) and `code`', 'link and and code'],
    ['**bold** _em_ *em2* snake_case_word', 'bold em em2 snake_case_word'],
    ['| a | b |\n|---|---|\n| 1 | 2 |', 'a; b\n1; 2'],
    ['```\ncode block\n```\nafter', 'after'],
  ])('markdownToText(%j)', (md, text) => expect(markdownToText(md)).toBe(text));

  it('drops script content even with odd nesting in HTML', () => {
    const f = htmlToArticleFields('<body><p>Kept</p><script>if (a < b) { bad() }</script><p>Also kept</p></body>');
    expect(f.text).toBe('Kept\n\nAlso kept');
  });

  it('never takes a <title> inside the article for article text (its content is raw text to the parser)', () => {
    expect(htmlToArticleFields('<article><title><style></title><p>Body</p></article>')).toMatchObject({ text: 'Body', title: '<style>' });
    expect(htmlToArticleFields('<article><title>Raid near Homs</title><p>Gunmen raided a checkpoint.</p></article>').text).toBe('Gunmen raided a checkpoint.');
  });

  it('keeps an empty JSONL file as one failure', () => {
    expect(readJsonLines('\n\n', 'e.jsonl')).toEqual([{ failed: true, path: 'e.jsonl', reason: 'no articles in the file' }]);
  });
});
