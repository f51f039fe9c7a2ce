/**
 * The input gate through the readers and the CLI: binary and undecodable
 * files fail with a reason naming them, the rest of the batch is read;
 * folders list their unsupported files; symbolic links (loops, broken,
 * links into a folder read already) get true messages; the article size
 * limit; wrong-typed JSON fields.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { readAll, type ReadOptions } from '../../src/ingest/index.ts';
import { runCli } from '../server/cli-helper.ts';

let dir: string;
const at = (...p: string[]) => path.join(dir, ...p);
/** An ELF header and NULs: what `cp /bin/ls x.txt` gives. */
const ELF = Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3e, 0]);
const UTF16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Turkish forces shelled Afrin.\n', 'utf16le')]);

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-inputs-'));
  writeFileSync(at('x.txt'), ELF);
  writeFileSync(at('ls.md'), ELF);
  writeFileSync(at('u16.txt'), UTF16);
  writeFileSync(at('latin1.txt'), Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' bombing in Damascus.\n')]));
  mkdirSync(at('folder', 'sub'), { recursive: true });
  writeFileSync(at('folder', 'a.txt'), 'Islamic State fighters attacked Raqqa.\n');
  writeFileSync(at('folder', 'b.pdf'), '%PDF-1.4\n');
  writeFileSync(at('folder', 'c.docx'), 'PK');
  writeFileSync(at('folder', '.hidden.txt'), 'not read');
  writeFileSync(at('folder', 'sub', 'd.md'), '# Note\n\nThe army withdrew from Palmyra.\n');
  symlinkSync('..', at('folder', 'sub', 'up')); // a loop back into the folder
  symlinkSync('gone.txt', at('folder', 'dangling.txt'));
  symlinkSync('a.txt', at('folder', 'alias.txt'));
  symlinkSync('loop.txt', at('loop.txt'));
  symlinkSync('ping.txt', at('pong.txt'));
  symlinkSync('pong.txt', at('ping.txt'));
  symlinkSync('nowhere.txt', at('broken.txt'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function read(paths: string[], opts: ReadOptions = {}) {
  const unsupported: string[] = [];
  const warnings: string[] = [];
  const r = await readAll(paths, { ...opts, onUnsupported: (p) => unsupported.push(p), onWarning: (p, m) => warnings.push(`${p}: ${m}`) });
  return { ...r, unsupported, warnings, reasons: r.failures.map((f) => [path.relative(dir, f.path), f.reason]) };
}

describe('files that are not text', () => {
  it('refuses a binary .txt and .md by path and reason, and reads the rest of the batch', async () => {
    const r = await read([at('x.txt'), at('ls.md'), at('folder', 'a.txt')]);
    expect(r.reasons).toEqual([
      ['x.txt', 'not text: an ELF executable'],
      ['ls.md', 'not text: an ELF executable'],
    ]);
    expect(r.articles.map((a) => a.text)).toEqual(['Islamic State fighters attacked Raqqa.\n']);
  });

  it('decodes UTF-16 with a BOM: the title is text, not "��I"', async () => {
    const r = await read([at('u16.txt')]);
    expect(r.failures).toEqual([]);
    expect(r.articles[0]).toMatchObject({ title: 'Turkish forces shelled Afrin.', text: 'Turkish forces shelled Afrin.\n' });
  });

  it('refuses invalid UTF-8 with the byte offset; --lenient reads it with U+FFFD and a warning', async () => {
    const strict = await read([at('latin1.txt')]);
    expect(strict.reasons).toEqual([['latin1.txt', expect.stringMatching(/^invalid UTF-8 at byte 3 \(e9 20 62 6f\)/)]]);
    const lenient = await read([at('latin1.txt')], { lenient: true });
    expect(lenient.failures).toEqual([]);
    expect(lenient.articles[0]!.text).toBe('Caf\uFFFD bombing in Damascus.\n');
    expect(lenient.warnings).toEqual([`${at('latin1.txt')}: invalid UTF-8 from byte 3: bad sequences decoded as U+FFFD (--lenient)`]);
  });

  it('refuses binary stdin as <stdin>', async () => {
    const r = await read(['-'], { stdin: Readable.from([ELF]) });
    expect(r.failures).toEqual([{ failed: true, path: '<stdin>', reason: 'not text: an ELF executable' }]);
  });

  it('reads UTF-16 stdin and sniffs its format after decoding', async () => {
    const json = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"id":"s1","text":"Hezbollah fighters entered Qusayr."}\n', 'utf16le')]);
    const r = await read(['-'], { stdin: Readable.from([json]) });
    expect(r.articles.map((a) => [a.id, a.text])).toEqual([['s1', 'Hezbollah fighters entered Qusayr.']]);
  });
});

describe('folders and links', () => {
  it('lists unsupported files, follows links to files, skips a loop with a warning and reports a dangling link', async () => {
    const r = await read([at('folder')]);
    expect(r.articles.map((a) => path.relative(dir, a.path!))).toEqual(['folder/a.txt', 'folder/alias.txt', 'folder/sub/d.md']);
    expect(r.unsupported.map((p) => path.relative(dir, p))).toEqual(['folder/b.pdf', 'folder/c.docx']);
    expect(r.reasons).toEqual([['folder/dangling.txt', 'broken symbolic link (to gone.txt, which does not exist)']]);
    expect(r.warnings).toEqual([`${at('folder', 'sub', 'up')}: a link to a folder read already (${dir}/folder): not read again`]);
  });

  it("skips a folder's own documentation (README, LICENSE, ... in any case and extension) but reads it when named", async () => {
    const docs = at('docs-folder');
    mkdirSync(docs, { recursive: true });
    for (const name of ['README.md', 'LICENSE', 'licence.txt', 'CHANGELOG.md', 'Contributing.md', 'readme-report.txt', 'readers.md', 'notices.txt']) {
      writeFileSync(path.join(docs, name), 'Islamic State fighters attacked Raqqa.\n');
    }
    const r = await read([docs]);
    expect(r.articles.map((a) => path.basename(a.path!))).toEqual(['notices.txt', 'readers.md', 'readme-report.txt']);
    expect(r.unsupported.map((p) => path.basename(p)).sort()).toEqual(['CHANGELOG.md', 'Contributing.md', 'LICENSE', 'README.md', 'licence.txt']);
    const named = await read([path.join(docs, 'README.md')]);
    expect(named.articles).toHaveLength(1);
  });

  it('gives true messages for a link loop, a broken link and a missing path given directly', async () => {
    const r = await read([at('loop.txt'), at('ping.txt'), at('broken.txt'), at('missing.txt')]);
    expect(r.reasons).toEqual([
      ['loop.txt', 'symbolic link loop (following its links never reaches a file)'],
      ['ping.txt', 'symbolic link loop (following its links never reaches a file)'],
      ['broken.txt', 'broken symbolic link (to nowhere.txt, which does not exist)'],
      ['missing.txt', 'no such file or directory'],
    ]);
  });
});

describe('article size limit', () => {
  it('refuses an article over --max-article-bytes and keeps the others of the file', async () => {
    const big = 'Rebels attacked the airport. '.repeat(40);
    writeFileSync(at('sizes.jsonl'), `${JSON.stringify({ id: 'small', text: 'Rebels attacked the airport.' })}\n${JSON.stringify({ id: 'big', text: big })}\n`);
    const r = await read([at('sizes.jsonl')], { maxArticleBytes: 1000 });
    expect(r.articles.map((a) => a.id)).toEqual(['small']);
    expect(r.reasons).toEqual([['sizes.jsonl:2', 'article text is 0.0 MB (1160 bytes), over the 0.0 MB limit; split it or raise --max-article-bytes']]);
  });

  it('does not read a text file far over the limit at all', async () => {
    writeFileSync(at('huge.txt'), 'a'.repeat(5000));
    const r = await read([at('huge.txt')], { maxArticleBytes: 1000 });
    expect(r.reasons).toEqual([['huge.txt', 'file is 0.0 MB, too large to read (at most 0.0 MB for a .txt file; --max-article-bytes sets the article limit)']]);
  });

  it('defaults to 5 MB', async () => {
    writeFileSync(at('six.txt'), `${'Troops moved north. '.repeat(300_000)}\n`);
    const r = await read([at('six.txt')]);
    expect(r.reasons).toEqual([['six.txt', expect.stringMatching(/^file is 6\.0 MB, too large to read \(at most 5\.0 MB for a \.txt file/)]]);
  });
});

describe('JSON fields of the wrong type', () => {
  it('coerces or drops them with a warning per line, and fails lines whose text or id is unusable', async () => {
    writeFileSync(
      at('typed.jsonl'),
      [
        { id: 42, title: ['a', 'b'], url: { href: 'x' }, date: 'not-a-date', source: 7, text: 'ISIS attacked Kobani.' },
        { id: { a: 1 }, text: 'x' },
        { id: 'ok', text: 5 },
        { id: 'fine', title: 'Fine', published: '2024-03-01', text: 'The SDF captured Raqqa.' },
      ]
        .map((o) => JSON.stringify(o))
        .join('\n'),
    );
    const r = await read([at('typed.jsonl')]);
    expect(r.articles.map((a) => [a.id, a.title, a.url, a.source, a.published])).toEqual([
      ['42', 'ISIS attacked Kobani.', undefined, undefined, undefined],
      ['fine', 'Fine', undefined, undefined, '2024-03-01'],
    ]);
    const where = at('typed.jsonl');
    expect(r.warnings).toEqual([
      `${where}:1: field "id" is a number; used as the string "42"`,
      `${where}:1: field "title" is an array, not a string: ignored`,
      `${where}:1: field "source" is a number (7), not a string: ignored`,
      `${where}:1: field "url" is an object, not a string: ignored`,
      `${where}:1: field "published" is not a date: "not-a-date"; ignored`,
    ]);
    expect(r.reasons).toEqual([
      ['typed.jsonl:2', 'field "id" must be a string or a number, got an object'],
      ['typed.jsonl:3', 'field "text" must be a string, got a number (5)'],
    ]);
  });
});

describe('through the CLI', () => {
  it('ingest reports each refused file, lists the unsupported ones and exits 1', async () => {
    const r = await runCli(['ingest', at('x.txt'), at('u16.txt'), at('folder'), '--db', at('cli.db'), '--quiet'], {}, dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^Warning: .*sub\/up: a link to a folder read already/m);
    expect(r.stderr).toMatch(/^added 3, skipped 1, changed 0, failed 2/m); // alias.txt is a.txt again
    expect(r.stderr).toContain(`  failed: ${at('x.txt')}: not text: an ELF executable\n`);
    expect(r.stderr).toContain(`  failed: ${at('folder', 'dangling.txt')}: broken symbolic link`);
    expect(r.stderr).toMatch(/\nskipped 2 unsupported: folder\/b\.pdf, folder\/c\.docx\n$/);
  });

  it('extract takes --lenient and refuses a bad --max-article-bytes', async () => {
    const ok = await runCli(['extract', at('latin1.txt'), '--lenient'], {}, dir);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).article.title).toBe('Caf\uFFFD bombing in Damascus.');
    const bad = await runCli(['extract', at('latin1.txt'), '--max-article-bytes', 'lots'], {}, dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^UsageError: --max-article-bytes takes a size in bytes such as 5000000, 500kB or 20MB, got "lots"/);
    const small = await runCli(['extract', at('folder', 'a.txt'), '--max-article-bytes', '10'], {}, dir);
    expect(small.code).toBe(1);
    expect(small.stderr).toContain('too large to read');
  });
});
