/**
 * streamSink (src/export/sink.ts): texts (UTF-8, or ASCII copied a byte per
 * character) and lent bytes come out in order, whole; lent bytes of 64 KB or
 * more go to the stream as they are and are given back (`done`) only once
 * the stream has written them; shorter ones are copied and given back at once.
 */
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { streamSink } from '../../src/export/sink.ts';

function collector(): { out: Writable; bytes: () => Buffer; written: Uint8Array[] } {
  const parts: Buffer[] = [];
  const written: Uint8Array[] = [];
  const out = new Writable({
    highWaterMark: 1024,
    write(chunk: Buffer, _enc, cb) {
      parts.push(Buffer.from(chunk)); // a copy: what was there when written
      written.push(chunk);
      setImmediate(cb);
    },
  });
  return { out, bytes: () => Buffer.concat(parts), written };
}

describe('streamSink', () => {
  it('writes texts and lent bytes in order, byte for byte', async () => {
    const c = collector();
    const sink = streamSink(c.out);
    const big = Buffer.alloc(200 * 1024, 'b');
    const small = Buffer.from('small é\n');
    const given: string[] = [];
    const expected: Buffer[] = [];
    const steps: Array<() => void | Promise<void>> = [
      () => sink.write('head é ü\n'),
      () => sink.write('ascii only\n', true),
      () => sink.lend(small, () => given.push('small')),
      () => sink.lend(big, () => given.push(c.written.some((w) => w.buffer === big.buffer) ? 'big, after the stream wrote it' : 'big, too early')),
      () => sink.write('x'.repeat(300 * 1024), true),
      () => sink.write('tail ☃\n'),
    ];
    expected.push(Buffer.from('head é ü\n'), Buffer.from('ascii only\n'), small, big, Buffer.from('x'.repeat(300 * 1024)), Buffer.from('tail ☃\n'));
    for (const step of steps) await step();
    await sink.flush();
    await new Promise<void>((resolve) => c.out.end(resolve));
    expect(given).toEqual(['small', 'big, after the stream wrote it']);
    expect(c.bytes().equals(Buffer.concat(expected))).toBe(true);
    expect(c.written.some((w) => w.buffer === big.buffer)).toBe(true); // written as it is, not copied
  });
});
