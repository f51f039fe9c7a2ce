/**
 * GMB sentences as tagged tokens for the clause reader: the Groningen Meaning
 * Bank extract in ../shared/data/ner-train/gmb/ner_dataset.csv (latin-1; one
 * word per line with its Penn Treebank tag and a silver NER tag). The file has
 * no offsets: words are joined with single spaces. Named-entity spans (B-/I-
 * tags other than time) become mention spans. Returns null when the shared
 * data is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MentionSpan, TaggedToken } from '../../src/extract/clauses/index.ts';

export const GMB_FILE = join(resolve(fileURLToPath(new URL('../..', import.meta.url))), '..', 'shared', 'data', 'ner-train', 'gmb', 'ner_dataset.csv');

export interface TaggedSentence {
  id: number;
  text: string;
  tokens: TaggedToken[];
  mentions: MentionSpan[];
}

/** Split one CSV line (RFC 4180 quoting). */
function fields(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

export function loadGmb(limit = Infinity): TaggedSentence[] | null {
  if (!existsSync(GMB_FILE)) return null;
  const lines = readFileSync(GMB_FILE, 'latin1').split(/\r?\n/);
  const out: TaggedSentence[] = [];
  let cur: TaggedSentence | null = null;
  let open: { start: number; type: string } | null = null;
  let end = 0;
  const close = (): void => {
    if (open && cur) cur.mentions.push({ start: open.start, end });
    open = null;
  };
  for (let li = 1; li < lines.length; li++) {
    const line = lines[li]!;
    if (!line) continue;
    const [sent, word, pos, tag] = fields(line);
    if (word === undefined || pos === undefined || tag === undefined) continue;
    if (sent) {
      close();
      if (cur) out.push(cur);
      if (out.length >= limit) return out;
      cur = { id: out.length + 1, text: '', tokens: [], mentions: [] };
    }
    if (!cur) continue;
    if (cur.text) cur.text += ' ';
    const start = cur.text.length;
    cur.text += word;
    cur.tokens.push({ start, end: cur.text.length, text: word, pos });
    const type = tag.slice(2);
    if (tag.startsWith('B-') || (tag.startsWith('I-') && (!open || open.type !== type))) {
      close();
      if (type !== 'tim') open = { start, type };
    } else if (tag === 'O') close();
    end = cur.text.length;
  }
  close();
  if (cur) out.push(cur);
  return out;
}
