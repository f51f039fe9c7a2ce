/**
 * fast-check generators for the fuzz suite: hostile Unicode (astral,
 * combining, right-to-left, BOM, CRLF, lone surrogates, controls), news-like
 * word soup that does trigger extraction, broken and deeply nested HTML,
 * JSON lines with wrong-typed fields, and raw bytes that start like text.
 */
import fc from 'fast-check';

/** Single characters and short sequences that break naive text handling. */
export const HOSTILE_UNITS = [
  '\u0301', // combining acute
  '\u0651\u064e', // Arabic shadda + fatha
  'قوات سوريا الديمقراطية', // right-to-left text
  '\u200f', // right-to-left mark
  '\u202e', // right-to-left override
  '\ufeff', // BOM / zero-width no-break space
  '\u200d', // zero-width joiner
  '𝐀', // astral letter (Lu)
  '😀',
  '👩‍👩‍👧', // ZWJ sequence
  '\ud800', // lone high surrogate
  '\udc00', // lone low surrogate
  '\r\n',
  '\r',
  '\u2028',
  '\u0000',
  '\u0001',
  '\u001b[31m',
  '\u00a0',
  '“',
  '”',
  '"',
  "'",
  '’s',
  '\t',
  ' ',
  '\n\n',
] as const;

/** Words that make the extractor work: known entities, titles, relation verbs, quotes. */
export const NEWS_WORDS = [
  'Islamic State', 'ISIS', 'ISIL', 'Daesh', 'Syrian Democratic Forces', '(SDF)', 'SDF', 'Hezbollah', 'Turkey', 'Turkish forces',
  'the Syrian army', 'Russian', 'Raqqa', 'Deir ez-Zor', 'Aleppo', 'Idlib', 'Mosul', 'Iraq', 'Kobani', 'al-Hol camp',
  'U.S.-led coalition', 'the coalition', 'the group', 'the militants', 'President', 'Bashar al-Assad', 'Assad', 'Mazloum Abdi',
  'Gen.', 'spokesman', 'commander', 'leader of', 'attacked', 'captured', 'seized', 'withdrew from', 'allied with', 'recruited',
  'said', 'told', 'Reuters', 'reported', 'near', 'in', 'from', 'the', 'and', 'of', 'on Monday', '.', ',', ':', ';', 'we', 'We',
  'three strikes engaged', 'ISIL tactical units', 'destroyed two vehicles', 'Near Mosul,', 'Jabhat al-Nusra', 'Free Syrian Army',
] as const;

/** Any string, astral planes and lone surrogates included. */
export const anyText = (maxLength = 400) =>
  fc.string({
    unit: fc.oneof(
      { weight: 3, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
      { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_UNITS) },
      { weight: 1, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)) },
    ),
    maxLength,
  });

/** News-like soup: entity names, verbs and punctuation mixed with hostile units. */
export const newsText = (maxWords = 120) =>
  fc
    .array(
      fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom(...NEWS_WORDS) },
        { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_UNITS) },
        { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
      ),
      { maxLength: maxWords },
    )
    .chain((words) => fc.array(fc.constantFrom(' ', ' ', ' ', '', '\n', ', ', '. '), { minLength: words.length, maxLength: words.length }).map((seps) => words.map((w, i) => w + seps[i]).join('')));

const TAGS = ['div', 'p', 'article', 'main', 'body', 'script', 'style', 'nav', 'span', 'b', 'table', 'td', 'h1', 'title', 'svg', 'template'];

/** Tag soup: open and close tags in any order, broken attributes, comments, CDATA and entities, around news text. */
export const brokenHtml = () =>
  fc
    .array(
      fc.oneof(
        fc.constantFrom(...TAGS).map((t) => `<${t}>`),
        fc.constantFrom(...TAGS).map((t) => `</${t}>`),
        fc.constantFrom('<!--', '-->', '<![CDATA[', ']]>', '<', '>', '</', '<a href="x', '"', '&amp', '&#0;', '&#xD800;', '&#x10FFFF;', '&nbsp;', '<meta property="og:title" content="', '<time datetime="not-a-date">'),
        newsText(8),
      ),
      { maxLength: 60 },
    )
    .map((parts) => parts.join(''));

/** Markup nested `depth` levels deep, never closed. */
export const deepHtml = (depth: number, tag = 'div') => `<html><body>${`<${tag}>`.repeat(depth)}ISIS attacked Raqqa.`;

/** A JSON value of any shape: what a wrong-typed field may hold. */
const anyJson = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(fc.string(), { maxLength: 3 }), fc.dictionary(fc.string(), fc.string(), { maxKeys: 2 }));

/** JSON lines whose fields may have any type, with broken lines among them. */
export const jsonLines = () =>
  fc
    .array(
      fc.oneof(
        fc.record({ id: anyJson, title: anyJson, text: fc.oneof(newsText(20), anyJson), url: anyJson, published: fc.oneof(anyJson, fc.constantFrom('2024-02-30', 'not-a-date', '1 July 2024', '0000-00-00')), source: anyJson }, { requiredKeys: [] }).map((o) => JSON.stringify(o)),
        anyText(40),
        fc.constant('{"text": "unterminated'),
      ),
      { maxLength: 8 },
    )
    .map((lines) => lines.join('\n'));

/** Bytes: random, or text bytes with random damage (so the gate sees near-text too). */
export const anyBytes = () =>
  fc.oneof(
    fc.uint8Array({ maxLength: 600 }),
    fc
      .tuple(newsText(40), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 4 }))
      .map(([text, damage]) => {
        const b = Buffer.from(text, 'utf8');
        for (const [at, v] of damage) if (b.length) b[at % b.length] = v;
        return new Uint8Array(b);
      }),
    fc.tuple(fc.constantFrom([0xff, 0xfe], [0xfe, 0xff], [0xff, 0xfe, 0, 0], [0, 0, 0xfe, 0xff], [0xef, 0xbb, 0xbf]), fc.uint8Array({ maxLength: 200 })).map(([bom, rest]) => Uint8Array.from([...bom, ...rest])),
  );
