/**
 * The model file format (gzip of the bytes below, little-endian):
 *
 *   "NGTAGGER"                    8-byte magic
 *   u32 FORMAT_VERSION
 *   u32 header length, header     JSON: kind, labels, featureSet, rows, transitions, meta
 *   i32[rows]                     sorted feature keys
 *   f32[rows]                     per-row scale
 *   i8[rows * L]                  weights, quantised per row (w = q * scale)
 *   f32[(L + 1) * L]              transitions (when the header says so)
 *   u32                           checksum of everything before it
 *
 * `decodeModel` checks magic, version, length and checksum and throws
 * ModelError naming the file; the caller checks the feature set.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { ModelError } from './errors.ts';
import type { LinearModelData } from './linear.ts';

export const MAGIC = 'NGTAGGER';
export const FORMAT_VERSION = 1;

function checksum(b: Uint8Array, end: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < end; i++) {
    h ^= b[i]!;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Serialise a model; weights whose row is all but zero are dropped (|w| < minWeight). */
export function encodeModel(d: LinearModelData, minWeight = 1e-6): Buffer {
  const L = d.labels.length;
  const keep: number[] = [];
  for (let r = 0; r < d.keys.length; r++) {
    let max = 0;
    for (let j = 0; j < L; j++) max = Math.max(max, Math.abs(d.weights[r * L + j]!));
    if (max >= minWeight) keep.push(r);
  }
  const rows = keep.length;
  const header = Buffer.from(
    JSON.stringify({ kind: d.kind, labels: d.labels, featureSet: d.featureSet, rows, transitions: d.transitions.length > 0, meta: d.meta }),
    'utf8',
  );
  const tLen = d.transitions.length;
  const size = 8 + 4 + 4 + header.length + rows * 4 + rows * 4 + rows * L + tLen * 4 + 4;
  const buf = Buffer.alloc(size);
  let o = buf.write(MAGIC, 0, 'latin1');
  o = buf.writeUInt32LE(FORMAT_VERSION, o);
  o = buf.writeUInt32LE(header.length, o);
  header.copy(buf, o);
  o += header.length;
  for (const r of keep) o = buf.writeInt32LE(d.keys[r]!, o);
  const scales = new Float32Array(rows);
  keep.forEach((r, k) => {
    let max = 0;
    for (let j = 0; j < L; j++) max = Math.max(max, Math.abs(d.weights[r * L + j]!));
    scales[k] = max / 127;
    o = buf.writeFloatLE(scales[k]!, o);
  });
  keep.forEach((r, k) => {
    const s = scales[k]!;
    for (let j = 0; j < L; j++) o = buf.writeInt8(s === 0 ? 0 : Math.round(d.weights[r * L + j]! / s), o);
  });
  for (let i = 0; i < tLen; i++) o = buf.writeFloatLE(d.transitions[i]!, o);
  buf.writeUInt32LE(checksum(buf, o), o);
  return gzipSync(buf, { level: 9 });
}

/** Parse a model file's bytes; `path` names the file in errors. */
export function decodeModel(gz: Uint8Array, path: string): LinearModelData {
  let buf: Buffer;
  try {
    buf = gunzipSync(gz);
  } catch (e) {
    throw new ModelError(path, `not a readable model file (truncated or corrupt: ${(e as Error).message})`);
  }
  if (buf.length < 20 || buf.toString('latin1', 0, 8) !== MAGIC) throw new ModelError(path, 'not a newsgraph tagger model (bad magic)');
  const version = buf.readUInt32LE(8);
  if (version !== FORMAT_VERSION)
    throw new ModelError(path, `model format version ${version}, this newsgraph reads version ${FORMAT_VERSION}`);
  const hLen = buf.readUInt32LE(12);
  if (16 + hLen > buf.length) throw new ModelError(path, 'truncated header');
  let header: { kind: string; labels: string[]; featureSet: string; rows: number; transitions: boolean; meta: Record<string, unknown> };
  try {
    header = JSON.parse(buf.toString('utf8', 16, 16 + hLen));
  } catch {
    throw new ModelError(path, 'corrupt header');
  }
  const L = header.labels?.length ?? 0;
  const rows = header.rows;
  if (!L || !Number.isInteger(rows) || rows < 0) throw new ModelError(path, 'corrupt header');
  const tLen = header.transitions ? (L + 1) * L : 0;
  let o = 16 + hLen;
  const need = o + rows * 8 + rows * L + tLen * 4 + 4;
  if (buf.length !== need) throw new ModelError(path, `truncated or padded: ${buf.length} bytes, expected ${need}`);
  if (buf.readUInt32LE(need - 4) !== checksum(buf, need - 4)) throw new ModelError(path, 'checksum mismatch (corrupt file)');
  // copies into aligned typed arrays (the format is little-endian, as every platform Node runs on)
  const at = (bytes: number) => {
    const c = new Uint8Array(bytes);
    c.set(buf.subarray(o, o + bytes));
    o += bytes;
    return c.buffer;
  };
  const keys = new Int32Array(at(rows * 4));
  const scales = new Float32Array(at(rows * 4));
  const q = new Int8Array(at(rows * L));
  // the float weights are not kept in memory; the model scores from the quantised ones
  const weights = new Float32Array(0);
  const transitions = new Float32Array(at(tLen * 4));
  return { kind: header.kind, labels: header.labels, featureSet: header.featureSet, keys, weights, quantised: { q, scales }, transitions, meta: header.meta ?? {} };
}
