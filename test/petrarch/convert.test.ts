/**
 * `npm run convert:petrarch` reproduces the committed data byte for byte from
 * ../shared/data/petrarch2, and reports the dictionaries' known malformed
 * lines by file and line. Skips cleanly when ../shared is absent (the product
 * never needs it: the converted data is committed).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { convertAll, type Conversion } from '../../scripts/convert/petrarch/convert.ts';

const REPO = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const SHARED = process.env.NEWSGRAPH_EVAL_SHARED || join(REPO, '..', 'shared');
const PETRARCH = join(SHARED, 'data', 'petrarch2');
const OUT = join(REPO, 'src', 'extract', 'lexicon', 'petrarch');
const HAVE = existsSync(join(PETRARCH, 'dictionaries', 'CAMEO.2.0.txt'));

describe.skipIf(!HAVE)('convert:petrarch on the shared PETRARCH2 dictionaries', () => {
  let conv: Conversion;
  beforeAll(() => {
    conv = convertAll(PETRARCH);
  }, 120_000);

  it('writes exactly the committed bytes (a re-run is byte-identical)', () => {
    expect([...conv.files.keys()].sort()).toEqual([
      'LICENSE.petrarch2',
      'agents.json',
      'cameo-verbs.json',
      'countries.json',
      'country-actors.json',
      'discards.json',
      'groups-international.json',
      'groups-nonstate.json',
    ]);
    for (const [name, content] of conv.files) {
      const committed = readFileSync(join(OUT, name), 'utf8');
      expect(content === committed, `${name} differs from the committed file: run npm run convert:petrarch`).toBe(true);
    }
  });

  it('keeps the MIT notice of the dictionaries', () => {
    expect(conv.files.get('LICENSE.petrarch2')).toMatch(/The MIT License \(MIT\)[\s\S]*Copyright \(c\) 2014 Open Event Data/);
    for (const [name, content] of conv.files) if (name.endsWith('.json')) expect(JSON.parse(content).licence, name).toMatch(/^MIT License, Copyright \(c\)/);
  });

  it('reports the malformed lines of the dictionaries by file and line, and skips them', () => {
    const has = (file: string, line: number, reason: RegExp) =>
      expect(conv.problems.some((p) => p.file === file && p.line === line && reason.test(p.reason)), `${file}:${line} ${reason}`).toBe(true);
    has('CAMEO.2.0.txt', 5787, /bad code \[080!\]/);
    has('CAMEO.2.0.txt', 2374, /unbalanced '\)'/);
    has('Phoenix.Countries.actors.txt', 11234, /damaged character/);
    has('Phoenix.Countries.actors.txt', 2039, /bad date "9008223"/);
    has('Phoenix.agents.txt', 1927, /no \[code\]/);
    has('Phoenix.MilNonState.actors.txt', 30, /unexpected character/);
    // every problem names a file and a line
    for (const p of conv.problems) {
      expect(p.file).toMatch(/\.txt$/);
      expect(p.line).toBeGreaterThan(0);
    }
  });

  it('converts the bulk of each dictionary', () => {
    const s = conv.stats as Record<string, Record<string, number>>;
    // CAMEO.2.0: 397 blocks and 4,668 pattern lines, of which 155 exact repeats and 5 malformed are dropped
    expect(s.verbs).toMatchObject({ blocks: 397, synsets: 40 });
    expect(s.verbs!.patterns).toBeGreaterThan(4500);
    expect(s.agents!.entries).toBeGreaterThan(3200);
    expect(s.countries).toMatchObject({ countries: 208 });
    expect(s.countries!.actors).toBeGreaterThan(18000);
    expect(s.nonstate!.actors).toBe(1021);
  });
});
