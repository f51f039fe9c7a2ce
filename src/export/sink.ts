/**
 * Where a streamed export writes: text in, chunks of about 256 KB out, with
 * the stream's back-pressure respected (a 1M-edge GEXF never sits in memory
 * whole, nor in an output buffer).
 */
export interface Sink {
  /** Write text (as UTF-8); `ascii`: the caller knows it is ASCII only, which is then copied a byte per character (no encoding). */
  write(text: string, ascii?: boolean): void | Promise<void>;
  /**
   * Write text already encoded as UTF-8 (whole characters), lent: the sink
   * may keep `bytes` until it has written them out, then calls `done` (at
   * once when it copied them), after which the caller may reuse them.
   */
  lend(bytes: Uint8Array, done: () => void): void | Promise<void>;
  /** Write out what is buffered. */
  flush(): Promise<void>;
}

/** Where an edge writer puts each edge's text; `ascii`: the text is known to be ASCII only (a byte per character). */
export type PutText = (text: string, ascii?: boolean) => void;

const CHUNK = 256 * 1024;
/** Lent bytes shorter than this are copied into the chunk; longer ones go to the stream as they are (no copy). */
const LEND_AS_IS = 64 * 1024;

/**
 * A sink over a Node writable stream (a file, stdout): texts are encoded
 * (UTF-8) straight into a chunk buffer, which goes out when the next text
 * might not fit; a text longer than a chunk goes out as it is.
 */
export function streamSink(out: NodeJS.WritableStream): Sink {
  let buf = Buffer.allocUnsafe(CHUNK);
  let used = 0;
  const drain = () => new Promise<void>((resolve) => out.once('drain', resolve));
  /** Write out the chunk; false when the stream wants us to wait. */
  const emit = (): boolean => {
    if (used === 0) return true;
    const chunk = buf.subarray(0, used);
    buf = Buffer.allocUnsafe(CHUNK);
    used = 0;
    return out.write(chunk);
  };
  return {
    write(text, ascii) {
      // At most 3 bytes per UTF-16 code unit; one for ASCII.
      const most = ascii ? text.length : text.length * 3;
      if (used + most <= CHUNK) {
        used += ascii ? buf.write(text, used, 'latin1') : buf.write(text, used);
        return undefined;
      }
      let ok = emit();
      if (most > CHUNK) ok = out.write(text) && ok;
      else used += ascii ? buf.write(text, used, 'latin1') : buf.write(text, used);
      return ok ? undefined : drain();
    },
    lend(bytes, done) {
      let ok = true;
      if (bytes.byteLength >= LEND_AS_IS) {
        // Written as they are after what is buffered; given back once the stream is done with them.
        ok = emit();
        ok = out.write(bytes, () => done()) && ok;
        return ok ? undefined : drain();
      }
      if (used + bytes.byteLength > CHUNK) ok = emit();
      buf.set(bytes, used);
      used += bytes.byteLength;
      done();
      return ok ? undefined : drain();
    },
    async flush() {
      if (!emit()) await drain();
    },
  };
}

/** A sink that keeps the text (tests, the API's string results). */
export function stringSink(): Sink & { text(): string } {
  const parts: string[] = [];
  return {
    write(text) {
      parts.push(text);
    },
    lend(bytes, done) {
      parts.push(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
      done();
    },
    async flush() {},
    text: () => parts.join(''),
  };
}
