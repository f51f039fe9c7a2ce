import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tour } from '../../examples/api.ts';
import { readAll } from '../../src/ingest/index.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('examples/api.ts (the README\'s API example)', () => {
  it('is the code the README shows', () => {
    const example = readFileSync(join(root, 'examples/api.ts'), 'utf8').trim();
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toContain(example);
  });

  it('runs against the bundled corpus', async () => {
    const cwd = process.cwd();
    process.chdir(root);
    try {
      const db = join(mkdtempSync(join(tmpdir(), 'ng-example-')), 'example.db');
      const n = (await readAll(['corpus'])).articles.length;
      expect(n).toBeGreaterThan(40);
      const lines = await tour(db);
      expect(lines[0]).toBe(`added ${n}, skipped 0, failed 0`);
      expect(lines).toContain('search: Syrian Democratic Forces (syrian-democratic-forces)');
      expect(lines.some((l) => /^Islamic State attacks .+ \(\d+ evidence\)$/.test(l))).toBe(true);
      expect(lines.find((l) => l.startsWith('path: '))).toMatch(/^path: Rohilat Afrin -> .*Islamic State$/);
      const again = await tour(db);
      expect(again[0]).toBe(`added 0, skipped ${n}, failed 0`);
    } finally {
      process.chdir(cwd);
    }
  });
});
