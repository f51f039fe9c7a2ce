/**
 * Reading the Groningen Meaning Bank extract (ner-train/gmb/ner_dataset.csv,
 * latin-1 CSV: "Sentence #,Word,POS,Tag", a sentence's first row carries
 * "Sentence: N"). Gives sentences of words with their POS tags and BIO
 * entity tags. The last sentence of the extract may be cut; it is dropped
 * when it does not end in sentence punctuation.
 */
import { readFileSync } from 'node:fs';

export interface TaggedSentence {
  words: string[];
  /** Penn Treebank tags (GMB's LRB/RRB written -LRB-/-RRB-). */
  pos: string[];
  /** BIO tags as in the file (B-geo, I-per, O, ...). */
  tags: string[];
}

/** One CSV line into fields (RFC 4180 quoting). */
export function csvFields(line: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let v = '';
      i++;
      for (;;) {
        const q = line.indexOf('"', i);
        if (q < 0) {
          v += line.slice(i);
          i = line.length + 1;
          break;
        }
        v += line.slice(i, q);
        if (line[q + 1] === '"') {
          v += '"';
          i = q + 2;
        } else {
          i = q + 2; // skip quote and comma
          break;
        }
      }
      out.push(v);
    } else {
      const c = line.indexOf(',', i);
      if (c < 0) {
        out.push(line.slice(i));
        break;
      }
      out.push(line.slice(i, c));
      i = c + 1;
    }
  }
  return out;
}

const PTB_OF: Record<string, string> = { LRB: '-LRB-', RRB: '-RRB-' };

/** `limit`: stop after that many sentences (a quick slice). */
export function readGmb(path: string, problems: string[] = [], limit = Infinity): TaggedSentence[] {
  const text = readFileSync(path).toString('latin1');
  const lines = text.split(/\r?\n/);
  const out: TaggedSentence[] = [];
  let cur: TaggedSentence | undefined;
  for (let n = 1; n < lines.length; n++) {
    const line = lines[n]!;
    if (!line) continue;
    const f = csvFields(line);
    if (f.length !== 4) {
      problems.push(`${path}:${n + 1}: ${f.length} fields`);
      continue;
    }
    const [sent, word, pos, tag] = f as [string, string, string, string];
    if (sent.startsWith('Sentence')) {
      if (out.length >= limit) return out;
      cur = { words: [], pos: [], tags: [] };
      out.push(cur);
    }
    if (!cur) continue;
    cur.words.push(word);
    cur.pos.push(PTB_OF[pos] ?? pos);
    cur.tags.push(tag || 'O');
  }
  const last = out[out.length - 1];
  if (last && !/^[.!?"']$/.test(last.words[last.words.length - 1] ?? '')) out.pop();
  return out;
}
