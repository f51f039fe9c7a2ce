/**
 * CLI manners: a reader that closes the pipe early (`| head`) ends the
 * command quietly with exit code 0, no `Error: write EPIPE` stack trace.
 * Real child processes and the real `head`, through bash for PIPESTATUS.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { fileURLToPath } from 'node:url';
import { endQuietlyOnClosedPipe } from '../../src/cli/main.ts';

const repo = fileURLToPath(new URL('../../', import.meta.url));

/** Run `newsgraph <args> | <reader>`; the CLI's exit status and stderr. */
function piped(args: string, reader: string): { status: number; stderr: string; out: string } {
  const script = `node bin/newsgraph.mjs ${args} 2>"$ERR" | ${reader}; echo "status=\${PIPESTATUS[0]}" >&2`;
  const err = `${repo}test-artifacts/epipe-${process.pid}-${Math.random().toString(36).slice(2)}.err`;
  const r = spawnSync('bash', ['-c', `mkdir -p test-artifacts && ${script}; cat "$ERR"; rm -f "$ERR"`], {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, ERR: err },
    timeout: 120_000,
  });
  const m = /status=(\d+)\n/.exec(r.stderr);
  return { status: Number(m?.[1] ?? -1), stderr: r.stderr.replace(/status=\d+\n/, ''), out: r.stdout };
}

describe('a closed output pipe', () => {
  it('`extract corpus | head -1` prints one record and exits 0 without a word on stderr', () => {
    const r = piped('extract corpus', 'head -1');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.out.split('\n').filter(Boolean)).toHaveLength(1);
    expect(JSON.parse(r.out).article.id).toBeTruthy();
  });

  it('`export corpus --format gexf | head -2` exits 0 quietly', () => {
    const r = piped('export corpus --format gexf', 'head -2');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.out).toMatch(/^<\?xml/);
  });

  it('a reader that takes nothing (`| true`) is no error either', () => {
    const r = piped('extract corpus --format json', 'true');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});

describe('endQuietlyOnClosedPipe', () => {
  it('exits 0 on EPIPE and rethrows any other stream error', () => {
    const stream = new EventEmitter() as unknown as NodeJS.WritableStream;
    const codes: number[] = [];
    endQuietlyOnClosedPipe([stream], (c) => codes.push(c));
    stream.emit('error', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
    expect(codes).toEqual([0]);
    expect(() => stream.emit('error', Object.assign(new Error('disk full'), { code: 'ENOSPC' }))).toThrow('disk full');
  });
});
