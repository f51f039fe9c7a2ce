/**
 * Test input written by hand: `Hezbollah/NNP fired/VBD rockets/NNS at/IN the/DT army/NN ./.`
 * - Words are joined by one space; `~` before a word glues it to the previous one
 *   (`[US/NNP] ~-/HYPH ~led/VBN` is the text "US-led").
 * - `[Free/NNP Syrian/NNP Army/NNP]` marks an entity mention; `{US}-led/JJ` marks a
 *   mention inside one token.
 * The tags are Penn Treebank tags, written explicitly so that no test depends on a tagger.
 */
import type { MentionSpan, TaggedToken } from '../../src/extract/clauses/index.ts';

export interface Tagged {
  text: string;
  tokens: TaggedToken[];
  mentions: MentionSpan[];
}

export function parseTagged(s: string): Tagged {
  const tokens: TaggedToken[] = [];
  const mentions: MentionSpan[] = [];
  let text = '';
  let open = -1;
  for (let raw of s.trim().split(/\s+/)) {
    let glue = false;
    let opens = false;
    let closes = false;
    if (raw.startsWith('~') && raw.length > 1) {
      glue = true;
      raw = raw.slice(1);
    }
    if (raw.startsWith('[') && raw.length > 1 && !raw.startsWith('[/')) {
      opens = true;
      raw = raw.slice(1);
    }
    if (raw.endsWith(']') && raw.length > 1 && !raw.endsWith('/]')) {
      closes = true;
      raw = raw.slice(0, -1);
    }
    const slash = raw.lastIndexOf('/');
    if (slash <= 0) throw new Error(`tagged word without a tag: "${raw}" in "${s}"`);
    let word = raw.slice(0, slash);
    const pos = raw.slice(slash + 1);
    if (text && !glue) text += ' ';
    const start = text.length;
    // {X} inside a word: a mention within the token
    const inner = /\{([^}]+)\}/.exec(word);
    if (inner && word !== '{' && word !== '}') {
      mentions.push({ start: start + inner.index, end: start + inner.index + inner[1]!.length });
      word = word.replace(/[{}]/g, '');
    }
    text += word;
    tokens.push({ start, end: text.length, text: word, pos });
    if (opens) open = start;
    if (closes) {
      if (open < 0) throw new Error(`"]" without "[" in "${s}"`);
      mentions.push({ start: open, end: text.length });
      open = -1;
    }
  }
  if (open >= 0) throw new Error(`"[" without "]" in "${s}"`);
  mentions.sort((a, b) => a.start - b.start);
  return { text, tokens, mentions };
}
