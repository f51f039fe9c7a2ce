/**
 * The input gate: what is refused as not text (and why), what is decoded,
 * and the byte offset of bad UTF-8. Tables of [input, expected]; the
 * accepted list guards against false positives.
 */
import { describe, expect, it } from 'vitest';
import { decodeInput, firstInvalidUtf8 } from '../../src/ingest/gate.ts';
import { InputError } from '../../src/errors.ts';

const bytes = (...parts: Array<string | number[]>): Uint8Array =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

function utf16(text: string, bigEndian: boolean, bom = true): Uint8Array {
  const b = Buffer.from(text, 'utf16le');
  if (bigEndian) b.swap16();
  return bom ? Buffer.concat([Buffer.from(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]), b]) : b;
}

function utf32(text: string, bigEndian: boolean): Uint8Array {
  const cps = [0xfeff, ...[...text].map((c) => c.codePointAt(0)!)];
  const b = Buffer.alloc(cps.length * 4);
  cps.forEach((cp, i) => (bigEndian ? b.writeUInt32BE(cp, i * 4) : b.writeUInt32LE(cp, i * 4)));
  return b;
}

function refusal(input: Uint8Array, opts = {}): InputError {
  try {
    decodeInput(input, 'in/file.txt', opts);
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    return err as InputError;
  }
  throw new Error('expected the gate to refuse the input');
}

const SENTENCE = 'Kurdish forces captured Tabqa from the group on Monday.\n';

describe('input gate: refused, with a reason naming the input', () => {
  const refused: Array<[string, Uint8Array, RegExp]> = [
    ['an ELF executable', bytes([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0], 'rest'), /^not text: an ELF executable$/],
    ['a PDF', bytes('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj'), /^not text: a PDF document$/],
    ['a ZIP (docx)', bytes([0x50, 0x4b, 0x03, 0x04, 20, 0, 6, 0]), /^not text: a ZIP archive/],
    ['a PNG', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), /^not text: a PNG image$/],
    ['a JPEG', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46]), /^not text: a JPEG image$/],
    ['a gzip archive', bytes([0x1f, 0x8b, 8, 0, 0, 0, 0, 0]), /^not text: a gzip archive$/],
    ['an SQLite database', bytes('SQLite format 3', [0], 'more'), /^not text: an SQLite database$/],
    ['NUL bytes in text', bytes('ISIS attacked', [0], ' Raqqa'), /^binary data \(a NUL byte at offset 13\)/],
    ['control characters', bytes(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))), /^binary data \(67 control characters in the first 200 bytes\)/],
    ['UTF-16 without a BOM', utf16(SENTENCE, false, false), /UTF-16 text without a byte-order mark/],
    ['Latin-1 text', bytes('Caf', [0xe9], ' in Damascus'), /^invalid UTF-8 at byte 3 \(e9 20 69 6e\); .*--lenient/],
    ['a truncated sequence at the end', bytes('Homs ', [0xe2, 0x80]), /^invalid UTF-8 at byte 5 /],
    ['an overlong encoding', bytes('ab', [0xc0, 0xaf]), /^invalid UTF-8 at byte 2 /],
    ['an encoded surrogate', bytes('abc', [0xed, 0xa0, 0x80]), /^invalid UTF-8 at byte 3 /],
    ['invalid UTF-8 after a UTF-8 BOM', bytes([0xef, 0xbb, 0xbf], 'ab', [0xff]), /^invalid UTF-8 at byte 5 /],
    ['UTF-16LE with an unpaired surrogate', bytes([0xff, 0xfe], [0x41, 0, 0x00, 0xd8, 0x42, 0]), /^invalid UTF-16LE at byte 4 \(an unpaired surrogate\)/],
    ['UTF-16BE ending in half a character', bytes([0xfe, 0xff], [0, 0x41, 0]), /^invalid UTF-16BE: the file ends in half a character/],
    ['UTF-32LE beyond U+10FFFF', bytes([0xff, 0xfe, 0, 0], [0x41, 0, 0, 0], [0, 0, 0x11, 0]), /^invalid UTF-32LE at byte 8/],
  ];

  it.each(refused)('%s', (_what, input, reason) => {
    const err = refusal(input);
    expect(err.path).toBe('in/file.txt');
    expect(err.reason).toMatch(reason);
    expect(err.message).toBe(`in/file.txt: ${err.reason}`);
  });
});

describe('input gate: accepted as text (false-positive list)', () => {
  const accepted: Array<[string, Uint8Array, string]> = [
    ['plain UTF-8', bytes(SENTENCE), SENTENCE],
    ['UTF-8 with a BOM (dropped)', bytes([0xef, 0xbb, 0xbf], SENTENCE), SENTENCE],
    ['Arabic, astral and combining characters', bytes('قوات سوريا الديمقراطية 𝐀 e\u0301\n'), 'قوات سوريا الديمقراطية 𝐀 e\u0301\n'],
    ['CRLF, tabs and form feeds', bytes('Line one.\r\n\tLine two.\f\r\n'), 'Line one.\r\n\tLine two.\f\r\n'],
    ['a few stray control characters', bytes(`${SENTENCE.repeat(4)}\u0001\u0008\u001b${SENTENCE}`), `${SENTENCE.repeat(4)}\u0001\u0008\u001b${SENTENCE}`],
    ['text starting like "MZ" or "GIF"', bytes('MZ Hassan said GIF87 was no format.'), 'MZ Hassan said GIF87 was no format.'],
    ['UTF-16LE with a BOM', utf16(SENTENCE, false), SENTENCE],
    ['UTF-16BE with a BOM', utf16('Daraa 𝐀 Idlib\n', true), 'Daraa 𝐀 Idlib\n'],
    ['UTF-32LE with a BOM', utf32('Raqqa 𝐀\n', false), 'Raqqa 𝐀\n'],
    ['UTF-32BE with a BOM', utf32('Raqqa 𝐀\n', true), 'Raqqa 𝐀\n'],
    ['empty input', bytes(''), ''],
  ];

  it.each(accepted)('%s', (_what, input, text) => {
    expect(decodeInput(input, 'x.txt').text).toBe(text);
  });

  it('names the encoding it read', () => {
    expect(decodeInput(utf16('a', true), 'x').encoding).toBe('utf-16be');
    expect(decodeInput(utf32('a', false), 'x').encoding).toBe('utf-32le');
    expect(decodeInput(bytes('a'), 'x').encoding).toBe('utf-8');
  });
});

describe('input gate: --lenient', () => {
  it('decodes invalid UTF-8 with U+FFFD and warns with the byte offset', () => {
    const warnings: string[] = [];
    const out = decodeInput(bytes('Caf', [0xe9], ' in Damascus'), 'l.txt', { lenient: true, onWarning: (p, m) => warnings.push(`${p}: ${m}`) });
    expect(out.text).toBe('Caf\uFFFD in Damascus');
    expect(warnings).toEqual(['l.txt: invalid UTF-8 from byte 3: bad sequences decoded as U+FFFD (--lenient)']);
  });

  it('replaces unpaired UTF-16 surrogates', () => {
    const out = decodeInput(bytes([0xff, 0xfe], [0x41, 0, 0x00, 0xd8, 0x42, 0]), 'l.txt', { lenient: true });
    expect(out.text).toBe('A\uFFFDB');
  });

  it('still refuses binary data', () => {
    expect(refusal(bytes([0x7f, 0x45, 0x4c, 0x46, 0, 0]), { lenient: true }).reason).toMatch(/ELF/);
  });
});

describe('firstInvalidUtf8', () => {
  const cases: Array<[number[], number]> = [
    [[0x41, 0x42], -1],
    [[0xe2, 0x80, 0x94, 0x41], -1],
    [[0xf0, 0x9f, 0x98, 0x80], -1],
    [[0x41, 0x80], 1],
    [[0xf5, 0x80, 0x80, 0x80], 0],
    [[0xf4, 0x90, 0x80, 0x80], 0],
    [[0xe0, 0x80, 0x80], 0],
    [[0x41, 0xe2, 0x28, 0xa1], 1],
  ];
  it.each(cases)('%j -> %i', (input, at) => {
    expect(firstInvalidUtf8(Uint8Array.from(input))).toBe(at);
    expect(Buffer.from(input).toString('utf8').includes('\uFFFD')).toBe(at >= 0);
  });
});
