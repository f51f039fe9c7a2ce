/**
 * Fuzz: the input gate and the readers on random bytes, hostile Unicode,
 * broken and deeply nested HTML, JSON lines with fields of any type, and huge
 * lines. Properties: nothing throws but an `InputError` naming the input;
 * every failure names the input; every article has string id, title and
 * text. Each property is bounded in runs and time (a few seconds).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeInput } from '../../src/ingest/gate.ts';
import { joinCells, markdownToText, stripClosingHashes, stripStrong } from '../../src/ingest/markdown.ts';
import { READERS, readBytes, type InputFormat } from '../../src/ingest/index.ts';
import type { ReadResult } from '../../src/ingest/types.ts';
import { InputError } from '../../src/errors.ts';
import { anyBytes, anyText, brokenHtml, deepHtml, jsonLines, newsText } from './arbitraries.ts';
import { loadHtmlParser } from '../../src/ingest/html.ts';

beforeAll(loadHtmlParser);

const FORMATS = Object.keys(READERS) as InputFormat[];
/** Runs and a time bound per property. */
const RUNS = { numRuns: 300, interruptAfterTimeLimit: 4000 };

/** A reader's results are articles or failures naming the input (`path`, `path:line` or `path[i]`). */
function wellFormed(results: ReadResult[], path: string): void {
  expect(results.length).toBeGreaterThan(0);
  for (const r of results) {
    if ('failed' in r) {
      expect(r.failed).toBe(true);
      expect(r.path === path || r.path.startsWith(`${path}:`) || r.path.startsWith(`${path}[`)).toBe(true);
      expect(typeof r.reason).toBe('string');
      expect(r.reason.length).toBeGreaterThan(0);
    } else {
      expect(typeof r.id).toBe('string');
      expect(r.id.length).toBeGreaterThan(0);
      expect(typeof r.title).toBe('string');
      expect(typeof r.text).toBe('string');
      expect(r.text.trim().length).toBeGreaterThan(0);
    }
  }
}

/** Call a reader: results, or an InputError naming the path; anything else fails the property. */
function readOrInputError(format: InputFormat, content: string, path: string): ReadResult[] | undefined {
  try {
    return READERS[format](content, path);
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).path.startsWith(path)).toBe(true);
    return undefined;
  }
}

describe('fuzz: the input gate', () => {
  it('random bytes: text, or an InputError naming the input; accepted UTF-8 round-trips', () => {
    fc.assert(
      fc.property(anyBytes(), fc.boolean(), (bytes, lenient) => {
        let out;
        try {
          out = decodeInput(bytes, 'fuzz.bin', { lenient });
        } catch (err) {
          expect(err).toBeInstanceOf(InputError);
          expect((err as InputError).path).toBe('fuzz.bin');
          expect((err as InputError).message).toBe(`fuzz.bin: ${(err as InputError).reason}`);
          return;
        }
        expect(typeof out.text).toBe('string');
        expect(out.text.startsWith('\ufeff')).toBe(false);
        expect(out.text).not.toContain('\0');
        if (!lenient && out.encoding === 'utf-8') {
          const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
          expect(Buffer.from(out.text, 'utf8').equals(Buffer.from(body))).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('random bytes through the gate and every reader: never a throw, every failure names the file', () => {
    fc.assert(
      fc.property(anyBytes(), fc.constantFrom(...FORMATS), fc.boolean(), (bytes, format, lenient) => {
        wellFormed(readBytes(bytes, `fuzz.${format}`, format, { lenient }), `fuzz.${format}`);
      }),
      RUNS,
    );
  });
});

describe('fuzz: the readers on hostile Unicode', () => {
  it('any string (astral, combining, RTL, BOM, CRLF, lone surrogates) in every format', () => {
    fc.assert(
      fc.property(anyText(600), fc.constantFrom(...FORMATS), (content, format) => {
        const results = readOrInputError(format, content, `u.${format}`);
        if (results) wellFormed(results, `u.${format}`);
      }),
      RUNS,
    );
  });

  it('Markdown with random front matter', () => {
    fc.assert(
      fc.property(anyText(200), newsText(40), (front, body) => {
        const results = readOrInputError('md', `---\n${front}\n---\n${body}`, 'f.md');
        if (results) wellFormed(results, 'f.md');
      }),
      RUNS,
    );
  });

  it('JSON lines whose fields have any type: articles or per-line failures, warnings name the line', () => {
    fc.assert(
      fc.property(jsonLines(), (content) => {
        const warnings: string[] = [];
        const results = READERS.jsonl(content, 'f.jsonl', { onWarning: (p) => warnings.push(p) });
        wellFormed(results, 'f.jsonl');
        for (const p of warnings) expect(p).toMatch(/^f\.jsonl:\d+$/);
      }),
      RUNS,
    );
  });

  it('broken HTML: tag soup, unclosed comments and CDATA, odd entities', () => {
    fc.assert(
      fc.property(brokenHtml(), (html) => {
        const results = readOrInputError('html', html, 'b.html');
        if (!results) return;
        wellFormed(results, 'b.html');
        for (const r of results) if (!('failed' in r)) expect(r.text).not.toMatch(/<script|<style/i);
      }),
      RUNS,
    );
  });
});

describe('fuzz: extremes', () => {
  it.each([
    ['div', 50_000],
    ['span', 50_000],
    ['b', 20_000],
  ])('HTML nested %s deep (%i), never closed', (tag, depth) => {
    const results = READERS.html(deepHtml(depth, tag), 'deep.html');
    expect(results).toHaveLength(1);
    expect((results[0] as { text: string }).text).toContain('ISIS attacked Raqqa.');
  });

  it('a 2 MB line without a newline, in every format', () => {
    const line = 'ISIS fighters attacked Raqqa and the SDF captured Tabqa, '.repeat(36_000);
    for (const format of ['txt', 'md', 'html'] as const) {
      const results = readBytes(Buffer.from(format === 'html' ? `<body><p>${line}</p>` : line), `huge.${format}`, format);
      wellFormed(results, `huge.${format}`);
      expect(results.some((r) => !('failed' in r))).toBe(true);
    }
    const json = readBytes(Buffer.from(JSON.stringify({ id: 'h', text: line })), 'huge.jsonl', 'jsonl');
    expect(json.map((r) => ('failed' in r ? r.reason : r.id))).toEqual(['h']);
  });

  it('stripStrong does exactly what the regex it replaces did', () => {
    const regex = (s: string) => s.replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2');
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('*', '**', '_', '__', ' ', '\t', 'a', 'b', '\u00a0', '𝐀'), maxLength: 40 }), (s) => {
        expect(stripStrong(s)).toBe(regex(s));
      }),
      { numRuns: 2000, interruptAfterTimeLimit: 4000 },
    );
  });

  it('stripClosingHashes and joinCells do exactly what the regexes they replace did', () => {
    const blanks = fc.string({ unit: fc.constantFrom('#', ' ', '\t', '|', 'a', '\u00a0', '\ufeff'), maxLength: 30 });
    fc.assert(
      fc.property(blanks, (s) => {
        expect(stripClosingHashes(s)).toBe(s.replace(/\s+#+\s*$/, ''));
        expect(joinCells(s)).toBe(s.replace(/\s*\|\s*/g, '; '));
      }),
      { numRuns: 3000, interruptAfterTimeLimit: 4000 },
    );
  });

  it('Markdown rule lines are still told apart after the rewrite', () => {
    expect(markdownToText('A\n|---|:---:|\n  - - -  \n***\n| a |  b |\nB ##')).toBe('A\na; b\nB');
    expect(markdownToText('|  ---  | x')).toBe('---; x');
  });

  it.each([' ', '\u00a0', '| ', '--- ', '# ', '> '])('a line of 200,000 %j runs', (unit) => {
    const text = markdownToText(`Kurds ${unit.repeat(200_000)}held Kobani`);
    expect(text).toMatch(/^.*Kurds.*held Kobani$/s);
  });

  it('Markdown emphasis markers that never close, on one long line', () => {
    const line = `${'**ISIS _attacked `Raqqa [link]( '.repeat(20_000)}\n`;
    const results = READERS.md(line, 'stars.md');
    wellFormed(results, 'stars.md');
  });
});
