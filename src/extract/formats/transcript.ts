/**
 * FORMAT READER: briefing transcripts. Reads the layout of press-briefing
 * transcripts and bylines (State Department, Pentagon), not English: the
 * speaker is labelled by an honorific and a surname in capitals ("MR KIRBY:",
 * "MS PSAKI"). The honorifics are `words.transcriptHonorifics`. Its pattern
 * matches only that capitalised label, which is its detector.
 */
import type { Lexicon } from '../lexicon/index.ts';
import { all, type NamePattern } from '../mentions/candidate.ts';

export function transcriptSpeakerPattern(lex: Lexicon): NamePattern {
  /** Transcripts and bylines in capitals: "MR KIRBY:", "MS PSAKI". */
  const TRANSCRIPT = new RegExp(`\\b(?:${lex.words.transcriptHonorifics.join('|')})\\.?\\s+([A-Z][A-Z'’-]{2,}(?:\\s+[A-Z][A-Z'’-]{2,})?)\\b`, 'gu');
  return {
    reason: 'name-transcript-speaker',
    example: 'MR KIRBY: We have seen the reports.',
    expect: 'KIRBY',
    find: (text) =>
      all(TRANSCRIPT, text, (m) => {
        const name = m[1]!;
        const start = m.index + m[0].indexOf(name);
        return { start, end: start + name.length, type: 'person', reason: 'name-transcript-speaker', titles: [m[0].slice(0, m[0].indexOf(name)).trim()], priority: 8 };
      }),
  };
}
