/**
 * Reading CoNLL-2003 (IOB1 `token POS chunk tag` lines). Documents are split
 * at -DOCSTART-; each document's text is its tokens joined by single spaces,
 * one sentence per line, and every gold entity keeps its character span.
 */
import type { ConllDoc, ConllEntity } from './score-conll.ts';

export function parseConll(content: string, idPrefix = 'conll'): ConllDoc[] {
  const docs: ConllDoc[] = [];
  let sentences: Array<Array<{ token: string; tag: string }>> = [];
  let sentence: Array<{ token: string; tag: string }> = [];
  const endSentence = () => {
    if (sentence.length) sentences.push(sentence);
    sentence = [];
  };
  const endDoc = () => {
    endSentence();
    if (sentences.length) docs.push(buildDoc(`${idPrefix}-${String(docs.length + 1).padStart(3, '0')}`, sentences));
    sentences = [];
  };
  for (const line of content.split('\n')) {
    const parts = line.trim().split(/\s+/);
    if (!line.trim()) endSentence();
    else if (parts[0] === '-DOCSTART-') endDoc();
    else sentence.push({ token: parts[0]!, tag: parts[parts.length - 1] ?? 'O' });
  }
  endDoc();
  return docs;
}

function buildDoc(id: string, sentences: Array<Array<{ token: string; tag: string }>>): ConllDoc {
  let text = '';
  const entities: ConllEntity[] = [];
  let open: ConllEntity | undefined;
  const close = () => {
    if (open) entities.push(open);
    open = undefined;
  };
  sentences.forEach((s, si) => {
    if (si > 0) text += '\n';
    close();
    s.forEach((t, ti) => {
      if (ti > 0) text += ' ';
      const start = text.length;
      text += t.token;
      const m = /^([IB])-(\w+)$/.exec(t.tag);
      if (!m) {
        close();
        return;
      }
      const [, bio, type] = m as unknown as [string, string, string];
      if (open && open.type === type && bio === 'I') open.end = text.length;
      else {
        close();
        open = { type, start, end: text.length };
      }
    });
  });
  close();
  const firstLine = text.split('\n')[0] ?? id;
  return { id, title: firstLine.slice(0, 80), text, entities };
}
