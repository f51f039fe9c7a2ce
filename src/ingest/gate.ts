/**
 * The input gate: raw bytes of one file (or stdin) to text, or an
 * `InputError` naming the input and saying why it is not text.
 *
 * In order:
 *   1. known binary formats by their magic numbers (ELF, PDF, ZIP, PNG, ...);
 *   2. a byte-order mark: UTF-32 and UTF-16 are decoded (they are text), a
 *      UTF-8 BOM is dropped;
 *   3. NUL bytes, or a high share of control characters: binary data;
 *   4. UTF-8 validity: the byte offset of the first bad sequence is reported;
 *      with `lenient`, bad sequences become U+FFFD and a warning says where.
 * Pure (no file system): readers call it with the bytes they read.
 */
import { isUtf8 } from 'node:buffer';
import { InputError } from '../errors.ts';

export interface DecodeOptions {
  /** Decode invalid UTF-8 (and unpaired UTF-16 surrogates) with U+FFFD instead of refusing the input. */
  lenient?: boolean;
  /** Told about anything accepted with a change (lenient decoding). */
  onWarning?: (path: string, message: string) => void;
}

export interface Decoded {
  text: string;
  /** The encoding the bytes were read as. */
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be';
}

/** Binary formats recognised by their first bytes (`null`: any byte there). */
export const MAGIC_NUMBERS: ReadonlyArray<{ what: string; bytes: ReadonlyArray<number | null> }> = [
  { what: 'an ELF executable', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { what: 'a PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { what: 'a ZIP archive (or a file packed as one: docx, xlsx, epub, jar)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { what: 'an empty ZIP archive', bytes: [0x50, 0x4b, 0x05, 0x06] },
  { what: 'a spanned ZIP archive', bytes: [0x50, 0x4b, 0x07, 0x08] },
  { what: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { what: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { what: 'a GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { what: 'a gzip archive', bytes: [0x1f, 0x8b] },
  { what: 'a bzip2 archive', bytes: [0x42, 0x5a, 0x68, null, 0x31, 0x41, 0x59, 0x26, 0x53, 0x59] },
  { what: 'an xz archive', bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  { what: 'a zstd archive', bytes: [0x28, 0xb5, 0x2f, 0xfd] },
  { what: 'a 7-Zip archive', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { what: 'an SQLite database', bytes: [...'SQLite format 3'].map((c) => c.charCodeAt(0)).concat(0) },
  { what: 'an old Microsoft Office document (OLE2)', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { what: 'a Mach-O executable', bytes: [0xcf, 0xfa, 0xed, 0xfe] },
  { what: 'a Java class file or Mach-O universal binary', bytes: [0xca, 0xfe, 0xba, 0xbe] },
];

/** How much of the input the control-character share is measured on. */
const SAMPLE = 64 * 1024;
/** More control characters than this share of the sample: binary. */
const MAX_CONTROL_SHARE = 0.05;

/** Control characters other than tab, line feed, vertical tab, form feed and carriage return. */
function isControl(c: number): boolean {
  return (c < 0x20 && (c < 0x09 || c > 0x0d)) || c === 0x7f;
}

function magic(bytes: Uint8Array): string | undefined {
  for (const m of MAGIC_NUMBERS) {
    if (bytes.length >= m.bytes.length && m.bytes.every((b, i) => b === null || bytes[i] === b)) return m.what;
  }
  return undefined;
}

/** The byte offset of the first invalid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(b: Uint8Array): number {
  const n = b.length;
  let i = 0;
  while (i < n) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) need = 2;
    else if (c >= 0xf0 && c <= 0xf4) need = 3;
    else return i;
    if (i + need >= n) return i;
    const c1 = b[i + 1]!;
    if ((c === 0xe0 && c1 < 0xa0) || (c === 0xed && c1 > 0x9f) || (c === 0xf0 && c1 < 0x90) || (c === 0xf4 && c1 > 0x8f)) return i;
    for (let k = 1; k <= need; k++) if ((b[i + k]! & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return -1;
}

const hex = (b: Uint8Array, at: number, n = 4): string =>
  [...b.subarray(at, at + n)].map((x) => x.toString(16).padStart(2, '0')).join(' ');

/** Whether NULs fall on every other byte: UTF-16 text without a byte-order mark. */
function looksUtf16(b: Uint8Array): boolean {
  const n = Math.min(b.length, 4096) & ~1;
  if (n < 8) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0 && b[i + 1] !== 0) even++;
    if (b[i + 1] === 0 && b[i] !== 0) odd++;
  }
  return Math.max(even, odd) >= 0.3 * (n / 2) && Math.min(even, odd) === 0;
}

/** Refuse bytes that hold NULs or too many control characters. */
function checkBytes(b: Uint8Array, path: string): void {
  const nul = b.indexOf(0);
  if (nul >= 0) {
    if (looksUtf16(b)) throw new InputError(path, 'looks like UTF-16 text without a byte-order mark; save it as UTF-8 (or with a BOM)');
    throw new InputError(path, `binary data (a NUL byte at offset ${nul}); expected text`);
  }
  const n = Math.min(b.length, SAMPLE);
  let controls = 0;
  for (let i = 0; i < n; i++) if (isControl(b[i]!)) controls++;
  if (controls >= 4 && controls > n * MAX_CONTROL_SHARE) {
    throw new InputError(path, `binary data (${controls} control characters in the first ${n} bytes); expected text`);
  }
}

/** The same checks on decoded text (UTF-16/32 input). */
function checkText(s: string, path: string): void {
  const nul = s.indexOf('\0');
  if (nul >= 0) throw new InputError(path, `binary data (a NUL character at character ${nul}); expected text`);
  const n = Math.min(s.length, SAMPLE);
  let controls = 0;
  for (let i = 0; i < n; i++) if (isControl(s.charCodeAt(i))) controls++;
  if (controls >= 4 && controls > n * MAX_CONTROL_SHARE) {
    throw new InputError(path, `binary data (${controls} control characters in the first ${n} characters); expected text`);
  }
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function decodeUtf16(b: Uint8Array, bigEndian: boolean, path: string, opts: DecodeOptions): string {
  const name = bigEndian ? 'UTF-16BE' : 'UTF-16LE';
  let body = Buffer.from(b.subarray(2));
  if (body.length % 2) {
    if (!opts.lenient) throw new InputError(path, `invalid ${name}: the file ends in half a character (byte ${b.length - 1}); pass --lenient to decode it with replacement characters`);
    opts.onWarning?.(path, `invalid ${name}: a trailing odd byte was dropped (--lenient)`);
    body = body.subarray(0, body.length - 1);
  }
  if (bigEndian) body.swap16();
  const s = body.toString('utf16le');
  LONE_SURROGATE.lastIndex = 0;
  const bad = LONE_SURROGATE.exec(s);
  if (!bad) return s;
  const at = 2 + 2 * bad.index;
  if (!opts.lenient) throw new InputError(path, `invalid ${name} at byte ${at} (an unpaired surrogate); pass --lenient to decode it with replacement characters`);
  opts.onWarning?.(path, `invalid ${name} from byte ${at}: unpaired surrogates decoded as U+FFFD (--lenient)`);
  return s.replace(LONE_SURROGATE, '\uFFFD');
}

function decodeUtf32(b: Uint8Array, bigEndian: boolean, path: string, opts: DecodeOptions): string {
  const name = bigEndian ? 'UTF-32BE' : 'UTF-32LE';
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const parts: string[] = [];
  let chunk: number[] = [];
  let firstBad = -1;
  const end = b.length - ((b.length - 4) % 4);
  for (let i = 4; i < end; i += 4) {
    let cp = view.getUint32(i, !bigEndian);
    if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
      if (firstBad < 0) firstBad = i;
      cp = 0xfffd;
    }
    chunk.push(cp);
    if (chunk.length === 8192) {
      parts.push(String.fromCodePoint(...chunk));
      chunk = [];
    }
  }
  parts.push(String.fromCodePoint(...chunk));
  if (end < b.length && firstBad < 0) firstBad = end;
  if (firstBad >= 0) {
    if (!opts.lenient) throw new InputError(path, `invalid ${name} at byte ${firstBad}; pass --lenient to decode it with replacement characters`);
    opts.onWarning?.(path, `invalid ${name} from byte ${firstBad}: decoded as U+FFFD (--lenient)`);
  }
  return parts.join('');
}

/**
 * Bytes to text, or an `InputError` naming `path`. The text never starts
 * with a byte-order mark.
 */
export function decodeInput(bytes: Uint8Array, path: string, opts: DecodeOptions = {}): Decoded {
  const what = magic(bytes);
  if (what) throw new InputError(path, `not text: ${what}`);
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xff && b1 === 0xfe && bytes[2] === 0 && bytes[3] === 0) {
    const text = decodeUtf32(bytes, false, path, opts);
    checkText(text, path);
    return { text, encoding: 'utf-32le' };
  }
  if (b0 === 0 && b1 === 0 && bytes[2] === 0xfe && bytes[3] === 0xff) {
    const text = decodeUtf32(bytes, true, path, opts);
    checkText(text, path);
    return { text, encoding: 'utf-32be' };
  }
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
    const bigEndian = b0 === 0xfe;
    const text = decodeUtf16(bytes, bigEndian, path, opts);
    checkText(text, path);
    return { text, encoding: bigEndian ? 'utf-16be' : 'utf-16le' };
  }
  const body = b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  checkBytes(body, path);
  const buf = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  if (isUtf8(buf)) return { text: buf.toString('utf8'), encoding: 'utf-8' };
  const bad = firstInvalidUtf8(body);
  const at = bad + (body === bytes ? 0 : 3);
  if (!opts.lenient) {
    throw new InputError(path, `invalid UTF-8 at byte ${at} (${hex(body, bad)}); convert the file to UTF-8 (e.g. iconv -f latin1 -t utf-8) or pass --lenient to decode it with replacement characters`);
  }
  opts.onWarning?.(path, `invalid UTF-8 from byte ${at}: bad sequences decoded as U+FFFD (--lenient)`);
  return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(body), encoding: 'utf-8' };
}
