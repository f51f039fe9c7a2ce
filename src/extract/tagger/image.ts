/**
 * Built models in the disk cache (src/util/disk-cache.ts): a model file's
 * lookup table and a cluster map, as they are in memory, so that a process
 * after the first reads them with one file read instead of unzipping,
 * checking and rebuilding them (about 0.4 s of CPU at every start).
 *
 * A cache file's name holds the content hash of the model file's bytes and
 * of the source of the code that builds what is cached (linear.ts,
 * clusters.ts and this file, read from disk), so a retrained model or changed
 * code never meets a stale image. A model file is checked (format, checksum)
 * when its image is built; the kind and feature set checks of models.ts run
 * on the image as they do on the file. An image that does not parse is
 * ignored and rebuilt.
 *
 * Image layout (little-endian, as the model format):
 *
 *   "NGIMAGE1"                8-byte magic
 *   u32 header length, header JSON (model: kind, labels, featureSet, meta, rows,
 *                             table, data, transitions lengths; clusters: digest,
 *                             count, table and words lengths)
 *   zero padding to a multiple of 8
 *   model:    i32[table] f32[data] f32[transitions]
 *   clusters: i32[count] ids, i32[count + 1] word starts, i32[table] hash slots
 *             (clusters.ts PackedWordMap), then the words, UTF-8, each ended by "\n"
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { contentKey, readCached, writeCached } from '../../util/disk-cache.ts';
import { PackedWordMap, type ClusterMap } from './clusters.ts';
import { LinearModel, type LinearModelImage } from './linear.ts';

const MAGIC = 'NGIMAGE1';

let codeKey: string | undefined;
/** The source text of the code whose output is cached (a change to it is a new key). */
function code(): string {
  codeKey ??= ['./linear', './clusters', './image', '../../util/packed-words']
    .map((m) => {
      const url = new URL(`${m}${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);
      try {
        return readFileSync(fileURLToPath(url), 'utf8');
      } catch {
        return `${m}: unreadable`;
      }
    })
    .join('\0');
  return codeKey;
}

let taggerKey: string | undefined;
/** The source text of every module of the tagger (this folder): what POS tags are a function of, with the model. */
function taggerCode(): string {
  if (taggerKey === undefined) {
    const dir = fileURLToPath(new URL('./', import.meta.url));
    const ext = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
    taggerKey = readdirSync(dir)
      .filter((f) => f.endsWith(ext) && !f.endsWith('.d.ts'))
      .sort()
      .map((f) => `${f}\0${readFileSync(dir + f, 'utf8')}`)
      .join('\0');
  }
  return taggerKey;
}

/**
 * A memo of a POS model's tags for word lists, kept in the disk cache under
 * the hash of the model file's bytes and of the tagger's code: for the few
 * thousand pattern words tagged at every start (the CAMEO patterns'). `tag`
 * answers from the memo or tags and remembers; `save` writes the memo back
 * when it has grown.
 */
export function posTagMemo(what: string, modelBytes: () => Uint8Array, tag: (words: string[]) => string[]): { tag(words: string[]): string[]; save(): void } {
  let memo: Map<string, string[]> | undefined;
  let name = '';
  let added = 0;
  const load = (): Map<string, string[]> => {
    if (memo) return memo;
    name = `pos-tags-${what}-${contentKey([taggerCode(), modelBytes()])}.json`;
    memo = new Map();
    const hit = readCached(name);
    if (hit) {
      try {
        const rows = JSON.parse(hit.toString('utf8')) as unknown;
        if (Array.isArray(rows)) for (const r of rows) if (Array.isArray(r) && typeof r[0] === 'string' && Array.isArray(r[1])) memo.set(r[0], r[1] as string[]);
      } catch {
        memo.clear();
      }
    }
    return memo;
  };
  return {
    tag(words) {
      const m = load();
      const key = words.join('\u0000');
      let tags = m.get(key);
      if (!tags || tags.length !== words.length) {
        m.set(key, (tags = tag(words)));
        added++;
      }
      return tags;
    },
    save() {
      if (!memo || !added) return;
      writeCached(name, [Buffer.from(JSON.stringify([...memo]), 'utf8')]);
      added = 0;
    },
  };
}

function cacheName(what: string, bytes: Uint8Array): string {
  return `tagger-${what}-${contentKey([code(), bytes])}.bin`;
}

function frame(header: object, arrays: readonly ArrayBufferView[]): Uint8Array[] {
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const head = Buffer.alloc(Math.ceil((12 + json.length) / 8) * 8);
  head.write(MAGIC, 0, 'latin1');
  head.writeUInt32LE(json.length, 8);
  json.copy(head, 12);
  return [head, ...arrays.map((a) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength))];
}

/** The header and the 8-aligned byte offset of the arrays, or undefined when `buf` is no image. */
function unframe(buf: Buffer): { header: Record<string, unknown>; at: number } | undefined {
  if (buf.length < 16 || buf.toString('latin1', 0, 8) !== MAGIC) return undefined;
  const len = buf.readUInt32LE(8);
  if (12 + len > buf.length) return undefined;
  try {
    const header = JSON.parse(buf.toString('utf8', 12, 12 + len)) as Record<string, unknown>;
    return { header, at: Math.ceil((12 + len) / 8) * 8 };
  } catch {
    return undefined;
  }
}

/** The memory of `buf` from `at` and where it starts in it, 4-aligned (copied when it is not). */
function aligned(buf: Buffer, at: number): { ab: ArrayBufferLike; base: number } {
  if ((buf.byteOffset + at) % 4 === 0) return { ab: buf.buffer, base: buf.byteOffset + at };
  return { ab: new Uint8Array(buf.subarray(at)).buffer, base: 0 };
}

const isLen = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

export function encodeModelImage(m: LinearModel): Uint8Array[] {
  const img = m.image();
  const { kind, labels, featureSet, meta, rows } = img;
  return frame({ kind, labels, featureSet, meta, rows, table: img.table.length, data: img.data.length, transitions: img.transitions.length }, [
    img.table,
    img.data,
    img.transitions,
  ]);
}

export function decodeModelImage(buf: Buffer): LinearModel | undefined {
  const f = unframe(buf);
  if (!f) return undefined;
  const h = f.header;
  const [t, d, tr] = [h['table'], h['data'], h['transitions']];
  if (!isLen(t) || !isLen(d) || !isLen(tr) || t % 3 !== 0 || ((t / 3) & (t / 3 - 1)) !== 0) return undefined;
  if (typeof h['kind'] !== 'string' || typeof h['featureSet'] !== 'string' || !Array.isArray(h['labels']) || !isLen(h['rows'])) return undefined;
  if (f.at + (t + d + tr) * 4 !== buf.length) return undefined;
  const { ab, base } = aligned(buf, f.at);
  const img: LinearModelImage = {
    kind: h['kind'],
    labels: h['labels'] as string[],
    featureSet: h['featureSet'],
    meta: (h['meta'] as Record<string, unknown>) ?? {},
    rows: h['rows'],
    table: new Int32Array(ab, base, t),
    data: new Float32Array(ab, base + t * 4, d),
    transitions: new Float32Array(ab, base + (t + d) * 4, tr),
  };
  return new LinearModel(img);
}

/**
 * Images another thread read and shares with this one (useSharedImages), by cache name: the models built from them
 * are views of that memory, so worker threads hold one copy of the weights between them, not one each.
 */
const sharedImages = new Map<string, Buffer>();

/** Take the images of `shareableImages` (from the thread that started this one): models then read them, not the disk cache. */
export function useSharedImages(images: Readonly<Record<string, SharedArrayBuffer>>): void {
  for (const [name, sab] of Object.entries(images)) if (sab instanceof SharedArrayBuffer) sharedImages.set(name, Buffer.from(sab));
}

/**
 * The cached images of model files (`what`, the file's bytes) copied into shared memory, by cache name, for
 * `useSharedImages` on other threads; a file whose image is not cached yet is left out (its thread builds it).
 */
export function shareableImages(files: ReadonlyArray<{ what: 'model' | 'clusters'; bytes: Uint8Array }>): Record<string, SharedArrayBuffer> {
  const out: Record<string, SharedArrayBuffer> = {};
  for (const f of files) {
    const name = cacheName(f.what, f.bytes);
    const hit = sharedImages.get(name) ?? readCached(name);
    if (!hit) continue;
    const sab = new SharedArrayBuffer(hit.length);
    new Uint8Array(sab).set(hit);
    out[name] = sab;
  }
  return out;
}

/** What is cached for a file whose bytes are `bytes`: its image when the cache holds a readable one, else `build()` (then cached). */
function cached<T>(what: string, bytes: Uint8Array, decode: (b: Buffer) => T | undefined, encode: (v: T) => Uint8Array[], build: () => T): T {
  const name = cacheName(what, bytes);
  const hit = sharedImages.get(name) ?? readCached(name);
  const v = hit && decode(hit);
  if (v) return v;
  const built = build();
  writeCached(name, encode(built));
  return built;
}

/** The model of a model file whose bytes are `bytes`: from its cached image, else `build()` (decode, check, construct). */
export function cachedModel(bytes: Uint8Array, build: () => LinearModel): LinearModel {
  return cached('model', bytes, decodeModelImage, encodeModelImage, build);
}

export function encodeClustersImage(c: ClusterMap): Uint8Array[] {
  const p = c.ids instanceof PackedWordMap ? c.ids : PackedWordMap.of(c.ids);
  const text = Buffer.from(p.words, 'utf8');
  return frame({ digest: c.digest, count: p.ids.length, table: p.table.length, words: text.length }, [p.ids, p.starts, p.table, text]);
}

/** A cluster map read back from its image: the packed arrays as views of `buf`, the words as one string (no object per word). */
export function decodeClustersImage(buf: Buffer): ClusterMap | undefined {
  const f = unframe(buf);
  if (!f) return undefined;
  const { digest, count, table, words } = f.header;
  if (typeof digest !== 'string' || !isLen(count) || !isLen(table) || !isLen(words)) return undefined;
  if (f.at + (count * 2 + 1 + table) * 4 + words !== buf.length) return undefined;
  const { ab, base } = aligned(buf, f.at);
  const ids = new Int32Array(ab, base, count);
  const starts = new Int32Array(ab, base + count * 4, count + 1);
  const slots = new Int32Array(ab, base + (count * 2 + 1) * 4, table);
  const map = PackedWordMap.checked({ words: buf.toString('utf8', f.at + (count * 2 + 1 + table) * 4), starts, ids, table: slots });
  return map && { ids: map, digest };
}

/** The cluster map of a file whose bytes are `bytes`: from its cached image, else `build()`. */
export function cachedClusters(bytes: Uint8Array, build: () => ClusterMap): ClusterMap {
  return cached('clusters', bytes, decodeClustersImage, encodeClustersImage, build);
}
