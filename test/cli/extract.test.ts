import { describe, expect, it } from 'vitest';
import { PassThrough, Readable } from 'node:stream';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.ts';
import type { ArticleExtraction } from '../../src/types.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const seed = `${root}corpus/seed.article.txt`;
const fixtures = `${root}test/fixtures/ingest/`;

async function run(argv: string[], stdin = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = new PassThrough();
  const err = new PassThrough();
  const chunks: string[] = [];
  const errs: string[] = [];
  out.on('data', (c) => chunks.push(String(c)));
  err.on('data', (c) => errs.push(String(c)));
  const code = await main(argv, { stdout: out, stderr: err, stdin: Readable.from([Buffer.from(stdin)]), cwd: root, env: {} });
  return { code, stdout: chunks.join(''), stderr: errs.join('') };
}

/** Every offset in a contract record points at its text. */
function checkOffsets(rec: ArticleExtraction, text: string): void {
  const ids = new Set(rec.entities.map((e) => e.id));
  for (const e of rec.entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  for (const r of rec.relations) {
    expect(ids.has(r.source) && ids.has(r.target)).toBe(true);
    for (const ev of r.evidence) {
      expect(text.slice(ev.start, ev.end)).toBe(ev.sentence);
      for (const span of [ev.sourceMention, ev.targetMention]) {
        expect(span.start).toBeGreaterThanOrEqual(ev.start);
        expect(span.end).toBeLessThanOrEqual(ev.end);
      }
      // an end that is not `described` is one of its entity's mentions
      if (!ev.described?.includes('source'))
        expect(rec.entities.find((e) => e.id === r.source)!.mentions.some((m) => m.start === ev.sourceMention.start && m.end === ev.sourceMention.end)).toBe(true);
      if (!ev.described?.includes('target'))
        expect(rec.entities.find((e) => e.id === r.target)!.mentions.some((m) => m.start === ev.targetMention.start && m.end === ev.targetMention.end)).toBe(true);
    }
  }
  for (const q of rec.quotes) {
    expect(ids.has(q.speaker)).toBe(true);
    expect(text.slice(q.start, q.end)).toBe(q.text);
  }
}

describe('newsgraph extract', () => {
  it('prints one contract line per article with consistent offsets, the same bytes every run', async () => {
    const a = await run(['extract', seed, '--format', 'jsonl']);
    expect(a.code).toBe(0);
    const lines = a.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const rec = JSON.parse(lines[0]!) as ArticleExtraction;
    expect(Object.keys(rec)).toEqual(['article', 'entities', 'relations', 'quotes']);
    expect(new Set(rec.entities.map((e) => e.kind))).toEqual(new Set(['actor', 'place', 'force', 'camp']));
    for (const t of ['attacks', 'allied_with', 'quotes']) expect(rec.relations.some((r) => r.type === t)).toBe(true);
    checkOffsets(rec, readFileSync(seed, 'utf8'));
    expect((await run(['extract', seed])).stdout).toBe(a.stdout);
  });

  it('keeps going past broken inputs, names them, and exits 1', async () => {
    const r = await run(['extract', `${fixtures}articles.jsonl`, `${fixtures}broken.md`, '/nonexistent.txt']);
    expect(r.code).toBe(1);
    expect(r.stdout.trim().split('\n')).toHaveLength(2);
    expect(r.stderr).toContain('articles.jsonl:3: invalid JSON');
    expect(r.stderr).toContain('broken.md: front matter is not valid YAML');
    expect(r.stderr).toContain('/nonexistent.txt: no such file or directory');
  });

  it('reads stdin, and --format json gives one array', async () => {
    const r = await run(['extract', '-', '--format', 'json'], '{"id":"s1","text":"ISIS fighters attacked Kirkuk."}\n');
    expect(r.code).toBe(0);
    const arr = JSON.parse(r.stdout) as ArticleExtraction[];
    expect(arr.map((x) => x.article.id)).toEqual(['s1']);
    checkOffsets(arr[0]!, 'ISIS fighters attacked Kirkuk.');
  });

  it.each([
    [['extract'], 'UsageError: extract needs at least one path'],
    [['extract', seed, '--format', 'xml'], 'UsageError: --format must be jsonl or json'],
    [['extract', seed, '--bogus'], 'UsageError: extract: Unknown option'],
  ])('%j fails with a usage error', async (argv, message) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });
});
