/**
 * Where a streamed export writes: text in, chunks of about 256 KB out, with
 * the stream's back-pressure respected (a 1M-edge GEXF never sits in memory
 * whole, nor in an output buffer).
 */
export interface Sink {
  write(text: string): void | Promise<void>;
  /** Write text already encoded as UTF-8 (whole characters); the bytes are copied before this returns. */
  writeBytes(bytes: Uint8Array): void | Promise<void>;
  /** Write out what is buffered. */
  flush(): Promise<void>;
}

const CHUNK = 256 * 1024;

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
    write(text) {
      // At most 3 bytes per UTF-16 code unit.
      if (used + text.length * 3 <= CHUNK) {
        used += buf.write(text, used);
        return undefined;
      }
      let ok = emit();
      if (text.length * 3 > CHUNK) ok = out.write(text) && ok;
      else used += buf.write(text, used);
      return ok ? undefined : drain();
    },
    writeBytes(bytes) {
      // Copied into chunks (the bytes are lent: see ./parallel.ts).
      let ok = true;
      for (let at = 0; at < bytes.byteLength; ) {
        if (used === CHUNK) ok = emit() && ok;
        const n = Math.min(CHUNK - used, bytes.byteLength - at);
        buf.set(bytes.subarray(at, at + n), used);
        used += n;
        at += n;
      }
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
    writeBytes(bytes) {
      parts.push(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
    },
    async flush() {},
    text: () => parts.join(''),
  };
}
