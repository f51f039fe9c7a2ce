/**
 * The JSON readers on the shapes that news APIs, scrapers and feed
 * converters write (each record written fresh for this test).
 */
import { describe, expect, it } from 'vitest';
import { readJson, readJsonLines } from '../../src/ingest/json.ts';
import type { ReadFailure } from '../../src/ingest/types.ts';
import type { Article } from '../../src/types.ts';

const one = (record: unknown): Article | ReadFailure => readJsonLines(JSON.stringify(record), 'feed.jsonl')[0] as Article | ReadFailure;
const STORY = 'Militants fired rockets at an army base near the border on Sunday, the defence ministry said.';

describe('JSON readers: field names of other tools', () => {
  it.each([
    [
      'a news API item (source object, publishedAt, content)',
      { source: { id: null, name: 'Example Wire' }, title: 'Rockets hit base', url: 'https://wire.example/a', publishedAt: '2024-05-03T10:00:00Z', content: STORY },
      { text: STORY, title: 'Rockets hit base', source: 'Example Wire', url: 'https://wire.example/a', published: '2024-05-03' },
    ],
    [
      'a scraper record (maintext, date_publish, source_domain)',
      { maintext: STORY, headline: 'Rockets hit base', date_publish: '2024-05-03 10:00:00', source_domain: 'wire.example', link: 'https://wire.example/a' },
      { text: STORY, title: 'Rockets hit base', source: 'wire.example', url: 'https://wire.example/a', published: '2024-05-03' },
    ],
    [
      'a feed item with HTML content, an object guid and an RFC 822 date',
      { guid: { isPermaLink: false, value: 'x1' }, pubDate: 'Fri, 03 May 2024 10:00:00 GMT', 'content:encoded': `<p>${STORY}</p><div class="share-tools"><a href="#">Share</a></div>` },
      { text: STORY, published: '2024-05-03' },
    ],
    ['a Unix time in seconds', { body: STORY, published: 1714730400 }, { text: STORY, published: '2024-05-03' }],
    ['a string guid as the id', { guid: 'item-77', body: STORY }, { id: 'item-77', text: STORY }],
  ])('%s', (_name, record, expected) => {
    expect(one(record)).toMatchObject(expected);
  });

  it.each([
    ['markup in "text" is kept exactly (the contract: text is never rewritten)', { text: '<p>Kept as written</p> <p>twice</p>' }, '<p>Kept as written</p> <p>twice</p>'],
    ['a comparison is not markup', { content: 'Officials said 3 < 5 and 7 > 2 in the count.' }, 'Officials said 3 < 5 and 7 > 2 in the count.'],
    ['"text" wins over the other names', { content: 'the teaser', text: STORY }, STORY],
    ['the body wins over a description', { description: 'the summary', body: STORY }, STORY],
  ])('%s', (_name, record, text) => {
    expect((one(record) as Article).text).toBe(text);
  });

  it('reports a record with no text field by the names it looked for', () => {
    const r = one({ title: 'No body here' }) as ReadFailure;
    expect(r.failed).toBe(true);
    expect(r.reason).toMatch(/^missing string field "text" \(or "body", "content", .*"description"\)$/);
  });

  it('reports a text field of the wrong type by its own name', () => {
    expect((one({ body: 42 }) as ReadFailure).reason).toBe('field "body" must be a string, got a number (42)');
  });

  it('reads an HTML body that holds only furniture as empty, and says so', () => {
    expect((one({ body_html: '<div><nav><a href="/">Home</a></nav><footer><p>(c) Example</p></footer></div>' }) as ReadFailure).reason).toBe('empty "body_html"');
  });

  it('reads the same aliases in a JSON array', () => {
    const out = readJson(JSON.stringify([{ content: STORY }, { maintext: STORY.replace('Sunday', 'Monday') }]), 'feed.json');
    expect(out.map((a) => ('text' in a ? a.text.slice(-40) : a.reason))).toEqual([STORY.slice(-40), STORY.replace('Sunday', 'Monday').slice(-40)]);
  });
});
