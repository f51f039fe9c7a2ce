/**
 * Text utilities, kept at this path for callers: the tokenizer, the sentence
 * splitter and the per-sentence span index live in `text/`.
 */
export { splitSentences, type Sentence } from './text/sentences.ts';
export { tokenize, normToken, type Token } from './text/tokens.ts';
export { spansBySentence } from './text/spans.ts';
