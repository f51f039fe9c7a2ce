/**
 * Reading a PETRARCH2 dictionary file as numbered lines, the way PETRARCH's
 * own reader does (PETRreader.read_FIN_line), with the problems found on the
 * way: every malformed line is reported with its file and line number and
 * skipped by the caller.
 *
 * Comments: `<!-- ... -->` (also over several lines, and the sloppy `<! --`),
 * a line starting with `#`, and everything from a `#` to the end of a line.
 * What follows the `#` is kept as the line's `comment` (the dictionaries put
 * notes there: the verb a pattern was written for, a coder's initials).
 */

export interface Problem {
  file: string;
  line: number;
  reason: string;
  /** The line as written (trimmed, cut to 120 characters). */
  text?: string;
}

export interface SourceLine {
  /** 1-based line number in the file. */
  n: number;
  /** The line without comments, trailing white space removed (leading tabs kept: they mark date lines). */
  text: string;
  /** What followed the first `#`, trimmed ('' when none). */
  comment: string;
}

export class Problems {
  readonly list: Problem[] = [];
  constructor(readonly file: string) {}
  add(line: number, reason: string, text?: string): void {
    const t = text?.trim();
    this.list.push({ file: this.file, line, reason, ...(t ? { text: t.length > 120 ? `${t.slice(0, 117)}...` : t } : {}) });
  }
}

/** Characters that show the line lost a character in an earlier conversion (U+FFFD, or UTF-8 read as Latin-1). */
const DAMAGED = /\uFFFD|Ã[\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013-\u203A\u20AC\u2122]/;

/**
 * Split a dictionary into lines without comments. Lines that carry a
 * damaged character are reported and left out.
 */
export function readLines(text: string, problems: Problems): SourceLine[] {
  const raw = text.split(/\r?\n/);
  const out: SourceLine[] = [];
  let inComment = false;
  for (let i = 0; i < raw.length; i++) {
    const n = i + 1;
    let line = raw[i]!;
    if (inComment) {
      const close = line.indexOf('-->');
      if (close < 0) continue;
      inComment = false;
      line = line.slice(close + 3);
    }
    // XML-style comments (possibly several on a line, possibly left open)
    for (;;) {
      const open = line.indexOf('<!');
      if (open < 0) break;
      const close = line.indexOf('-->', open);
      if (close < 0) {
        inComment = true;
        line = line.slice(0, open);
        break;
      }
      line = line.slice(0, open) + line.slice(close + 3);
    }
    if (/^\s*#/.test(line)) continue;
    let comment = '';
    const hash = line.indexOf('#');
    if (hash >= 0) {
      comment = line.slice(hash + 1).trim();
      line = line.slice(0, hash);
    }
    line = line.replace(/\s+$/, '');
    if (!line.trim()) continue;
    if (DAMAGED.test(line)) {
      problems.add(n, 'damaged character (lost in an earlier encoding conversion)', line);
      continue;
    }
    out.push({ n, text: line, comment });
  }
  return out;
}

/** Lower-case words of a dictionary phrase: `_` and blanks separate words; a final `_` (whole-word mark) is dropped. */
export function phraseWords(phrase: string): string[] {
  return phrase
    .split(/[_\s]+/)
    .map((w) => w.toLowerCase())
    .filter((w) => w.length > 0);
}

export function phraseText(phrase: string): string {
  return phraseWords(phrase).join(' ');
}

/**
 * Deterministic JSON: the header fields, then each list with one entry per
 * line (readable diffs, compromise-style), keys in the order the converter
 * built them, no trailing spaces, a final newline. `nested` names, per list,
 * the keys of an entry whose own lists are written one item per line too
 * (a verb block's verbs and patterns).
 */
export function writeJson(
  header: Record<string, unknown>,
  lists: Record<string, unknown[] | Record<string, unknown>>,
  nested: Record<string, string[]> = {},
): string {
  const parts: string[] = [];
  for (const [k, v] of Object.entries(header)) parts.push(` ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
  for (const [k, v] of Object.entries(lists)) {
    if (Array.isArray(v)) {
      const inner = nested[k];
      const item = (e: unknown) => (inner && e && typeof e === 'object' ? nestedItem(e as Record<string, unknown>, inner) : `  ${JSON.stringify(e)}`);
      parts.push(` ${JSON.stringify(k)}: [\n${v.map(item).join(',\n')}\n ]`);
    } else {
      const entries = Object.entries(v).map(([kk, vv]) => `  ${JSON.stringify(kk)}: ${JSON.stringify(vv)}`);
      parts.push(` ${JSON.stringify(k)}: {\n${entries.join(',\n')}\n }`);
    }
  }
  return `{\n${parts.join(',\n')}\n}\n`;
}

function nestedItem(e: Record<string, unknown>, listKeys: string[]): string {
  const flat = Object.entries(e).filter(([k]) => !listKeys.includes(k));
  const lines = [`  {${flat.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(',')}`];
  for (const k of listKeys) {
    const list = e[k];
    if (!Array.isArray(list)) continue;
    lines[lines.length - 1] += ',';
    lines.push(list.length ? `   ${JSON.stringify(k)}:[\n${list.map((x) => `    ${JSON.stringify(x)}`).join(',\n')}]` : `   ${JSON.stringify(k)}:[]`);
  }
  return `${lines.join('\n')}}`;
}
