/**
 * compromise read through its snapshot (src/extract/compromise.ts): the verb
 * functions run on the snapshot give what compromise's own give, on every
 * word of compromise's lexicon in every tense; the snapshot and our expanded
 * words in the disk cache are what compromise holds; and lexTags reads them.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const { compromiseVerbTransforms, isOrgWord, isPlaceWord, lexTags, newsgraphWords, verbTransforms } = await import('../../src/extract/compromise.ts');
const { defaultLexicon } = await import('../../src/extract/lexicon/index.ts');
const dir = mkdtempSync(join(tmpdir(), 'ng-compromise-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Tags = string | string[];
const nlp = createRequire(import.meta.url)('compromise/two') as {
  model(): { one: { lexicon: Record<string, Tags> }; two: { orgWords: Record<string, unknown>; placeWords: Record<string, unknown> } };
  world(): unknown;
  methods(): Record<'one' | 'two', { expandLexicon(words: Record<string, string>, world: unknown): { lex: Record<string, Tags> } }>;
};
const theirLexicon = nlp.model().one.lexicon;
const TENSES = ['PastTense', 'PresentTense', 'Gerund', 'Participle', 'Infinitive', 'FutureTense'];
// words of every kind, phrasal verbs, a prefix before a verb, the copula, and forms compromise does not know
const extra = ['fall over', 'over clean', 'co write', 'is', 'been', 'being', 'strafing', 'strafed', 'shelled', 'gunned', 'withdrawn', 'led', 'struck', 'pointed out', "'s", 'x', ''];

describe('the snapshot verb functions are compromise’s', () => {
  const ours = verbTransforms();
  const theirs = compromiseVerbTransforms();
  const words = [...Object.keys(theirLexicon), ...extra];

  it('toInfinitive: every word of the lexicon, in every tense', () => {
    expect(words.length).toBeGreaterThan(20_000);
    const diffs: string[] = [];
    for (const w of words)
      for (const t of TENSES) {
        const a = ours.toInfinitive(w, ours.model, t);
        const b = theirs.toInfinitive(w, theirs.model, t);
        if (a !== b) diffs.push(`${w}/${t}: ${a} != ${b}`);
      }
    expect(diffs).toEqual([]);
  });

  it('conjugate: every word of the lexicon and every infinitive read from it', () => {
    const infs = new Set(words);
    for (const w of words) for (const t of TENSES.slice(0, 4)) infs.add(theirs.toInfinitive(w, theirs.model, t));
    const diffs: string[] = [];
    for (const v of infs) {
      const a = ours.conjugate(v, ours.model);
      const b = theirs.conjugate(v, theirs.model);
      if (JSON.stringify(a) !== JSON.stringify(b)) diffs.push(`${v}: ${JSON.stringify(a)} != ${JSON.stringify(b)}`);
    }
    expect(diffs).toEqual([]);
    expect(ours.conjugate('strike', ours.model)['PastTense']).toBe('struck');
  });
});

describe('the cached snapshot is what compromise holds', () => {
  it('lexTags, org and place words read from the snapshot; both files are in the cache', () => {
    const lex = defaultLexicon();
    expect(lexTags('Paris', lex)).toEqual([theirLexicon['paris']].flat());
    expect(isOrgWord('Institute', lex)).toBe(Object.hasOwn(nlp.model().two.orgWords, 'institute'));
    expect(isPlaceWord('river', lex)).toBe(Object.hasOwn(nlp.model().two.placeWords, 'river'));
    // a process of its own with an empty cache of its own (this one's snapshot may come from another test file)
    const script = "const c = await import('./src/extract/compromise.ts'); c.lexTags('paris'); c.verbTransforms();";
    execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: new URL('../../', import.meta.url),
      env: { ...process.env, NEWSGRAPH_CACHE_DIR: dir },
    });
    const files = readdirSync(dir);
    const snap = files.find((f) => /^compromise-[0-9a-f]+\.json$/.test(f));
    const ours = files.find((f) => /^compromise-ours-[0-9a-f]+\.json$/.test(f));
    expect(snap && ours, files.join(', ')).toBeTruthy();
    const s = JSON.parse(readFileSync(join(dir, snap!), 'utf8')) as { lexicon: { words: string; ids: string; values: Tags[] }; orgWords: string[]; placeWords: string[] };
    // the lexicon packed: its words, each followed by a newline, and each one's index among the distinct tag values
    const packed = s.lexicon.words.split('\n');
    expect(packed.pop()).toBe('');
    const ids = Buffer.from(s.lexicon.ids, 'base64');
    expect(Object.fromEntries(packed.map((w, i) => [w, s.lexicon.values[ids.readInt32LE(i * 4)]]))).toEqual(theirLexicon);
    for (const w of ['paris', 'struck', 'said', 'nosuchwordhere', 'toString']) expect(lexTags(w, lex)).toEqual([Object.hasOwn(theirLexicon, w) ? theirLexicon[w] : []].flat());
    expect(s.orgWords).toEqual(Object.keys(nlp.model().two.orgWords));
    expect(s.placeWords).toEqual(Object.keys(nlp.model().two.placeWords));
    const words = newsgraphWords(lex);
    const world = nlp.world();
    const expanded = { ...nlp.methods().two.expandLexicon(words, world).lex, ...nlp.methods().one.expandLexicon(words, world).lex };
    expect(JSON.parse(readFileSync(join(dir, ours!), 'utf8'))).toEqual(expanded);
    // our words first: a title is an Honorific whatever compromise says
    const title = lex.titles.find((t) => !t.includes(' '))!.toLowerCase().replace(/\.$/, '');
    expect(lexTags(title, lex)).toEqual([expanded[title]].flat());
  });
});
