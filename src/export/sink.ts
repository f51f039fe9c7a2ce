/**
 * Where a streamed export writes: text in, chunks of about 64 KB out, with
 * the stream's back-pressure respected (a 1M-edge GEXF never sits in memory
 * whole, nor in an output buffer).
 */
export interface Sink {
  write(text: string): void | Promise<void>;
  /** Write out what is buffered. */
  flush(): Promise<void>;
}

const CHUNK = 64 * 1024;

/** A sink over a Node writable stream (a file, stdout). */
export function streamSink(out: NodeJS.WritableStream): Sink {
  let buf: string[] = [];
  let size = 0;
  const drain = () => new Promise<void>((resolve) => out.once('drain', resolve));
  const push = async (): Promise<void> => {
    if (size === 0) return;
    const text = buf.join('');
    buf = [];
    size = 0;
    if (!out.write(text)) await drain();
  };
  return {
    write(text) {
      buf.push(text);
      size += text.length;
      return size >= CHUNK ? push() : undefined;
    },
    flush: push,
  };
}

/** A sink that keeps the text (tests, the API's string results). */
export function stringSink(): Sink & { text(): string } {
  const parts: string[] = [];
  return {
    write(text) {
      parts.push(text);
    },
    async flush() {},
    text: () => parts.join(''),
  };
}
