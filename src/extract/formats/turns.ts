/**
 * FORMAT READER: labelled turns. Reads the layout of transcripts, interviews
 * and parliamentary records, not English: a line opens with its speaker's
 * label and a colon ("James Pryor: No, we do not.", "The Minister for the
 * Middle East (James Pryor): ...", "Dr Marsh: ..."), and the words after the
 * colon, to the end of the paragraph, are that speaker's. A turn whose label
 * holds a person's mention is a quotation of that person; what its first
 * paragraph names is quoted about. Labels of roles alone ("Q:", "HOST:")
 * name no one and are left out; so are the journalists', whose role in
 * brackets says so ("CLAIRE WENDT (HOST):", lexicon interviewerRoles), and the
 * later labels that repeat their name ("WENDT:"). A name in capitals that the
 * capitalised-word guesser took for an organisation is the person speaking
 * when it ends a label (returned retyped).
 *
 * Detector: two lines or more open with such a label (`looksLikeTurns`).
 */
import type { RawMention, RawQuote, RawRelation } from '../types.ts';
import { mentionIndex, pickSpeaker } from '../quotes.ts';
import { alternation, memoByLexicon, type Lexicon } from '../lexicon/index.ts';
import { GUESSED_NAME_RULES } from '../mentions/kit.ts';

export const TURNS = 'turns';

export const TURN_RULE = {
  reason: 'quote-turn',
  example: 'Q: Who leads the group today?\nOmar Tessali: The Kessar Front is still led by Idris Naro.',
  confidence: 0.6,
} as const;

/**
 * A label opening a line: up to eight words, capitalised (titles, a name, an office) or "of", "for", "the" between them,
 * then an aside in brackets (a name, a constituency, a role), then a colon and a space.
 */
const LABEL = /^([\p{Lu}][\p{L}.'’-]*(?:[ \t]+(?:of|for|the|[\p{Lu}][\p{L}.'’-]*)){0,7}(?:[ \t]*\([^()\n]{1,60}\))*)[ \t]*:[ \t]+(?=\S)/gmu;

/** What may follow the speaker's name in its label: asides in brackets, and a bracket that closes around the name. */
const LABEL_TAIL = /^\)?[ \t]*(?:\([^()\n]*\)[ \t]*)*$/u;

/** The cheap detector: two lines or more that open with a label. */
export function looksLikeTurns(text: string): boolean {
  if (!text.includes(':')) return false;
  let n = 0;
  for (const m of text.matchAll(LABEL)) if (!/\d/.test(m[1]!) && ++n >= 2) return true;
  return false;
}

/** The turns of a text: the label's span and the words after it, to the paragraph's end. */
function findTurns(text: string): { label: { start: number; end: number }; start: number; end: number }[] {
  const out: { label: { start: number; end: number }; start: number; end: number }[] = [];
  for (const m of text.matchAll(LABEL)) {
    // (a time or a date is no speaker: "10:45 GMT: ...", "Update 2: ...")
    if (/\d/.test(m[1]!)) continue;
    const start = m.index + m[0].length;
    // the turn runs to a blank line or to the next line that opens with a label
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    out.push({ label: { start: m.index, end: m.index + m[1]!.length }, start, end });
  }
  return out;
}

/**
 * The turns of a transcript as quotations of the persons their labels name, with `quotes` relations from the speaker to
 * what the turn names. A turn that overlaps a quotation already found (`quoted`) is left to it.
 */
export function turnQuotes(text: string, mentions: readonly RawMention[], quoted: readonly RawQuote[], lex: Lexicon): { quotes: RawQuote[]; relations: RawRelation[]; mentions?: RawMention[] } {
  const quotes: RawQuote[] = [];
  const relations: RawRelation[] = [];
  const index = mentionIndex(mentions);
  const interviewer = interviewerAside(lex);
  // the words of the journalists' names ("CLAIRE", "WENDT"), upper case
  const journalists = new Set<string>();
  let retyped: RawMention[] | undefined;
  for (const t of findTurns(text)) {
    if (quoted.some((q) => q.start < t.end && t.start < q.end)) continue;
    // (a person only: "Q:" and "HOST:" name no one, an organisation's label is no speaker of words)
    // (the person's name ends the label, or only asides in brackets follow it: "Mr Tom Ellery (Castlebridge) (LD)", "The
    // Minister for X (James Pryor)"; not a title's first word, "Armies Without States: The Privatization of Security")
    // (a guessed organisation in capitals counts as a person there: "LWAY YAY OO (TNLA SPOKESPERSON):")
    const inLabel = index
      .inside(t.label.start, t.label.end)
      .filter((i) => (mentions[i]!.type === 'person' || capitalsGuess(mentions[i]!)) && !mentions[i]!.anaphor && LABEL_TAIL.test(text.slice(mentions[i]!.end, t.label.end)));
    // (a journalist's turn, the role in an aside: "NYEIN CHAN AUNG (CORRESPONDENT):", whose names are journalists' from then
    // on; and a later label that is a journalist's name or one word of it, "WENDT:")
    const label = text.slice(t.label.start, t.label.end);
    const aside = label.indexOf('(');
    if (aside > 0 && interviewer.test(label.slice(aside))) {
      for (const w of label.slice(0, aside).toUpperCase().split(/[^\p{L}'’-]+/u)) if (w) journalists.add(w);
      continue;
    }
    const speaker = pickSpeaker(mentions, inLabel, false);
    if (speaker === undefined) continue;
    if (mentions[speaker]!.text.toUpperCase().split(/\s+/).every((w) => journalists.has(w))) continue;
    if (mentions[speaker]!.type !== 'person') (retyped ??= mentions.slice())[speaker] = { ...mentions[speaker]!, type: 'person' };
    const quote = text.slice(t.start, t.end).trimEnd();
    quotes.push({ start: t.start, end: t.start + quote.length, speaker, text: quote });
    const ev = { sentence: text.slice(mentions[speaker]!.start, t.start + quote.length), start: mentions[speaker]!.start, end: t.start + quote.length, quote };
    const seen = new Set<string>();
    for (const i of index.inside(t.start, t.start + quote.length)) {
      const m = mentions[i]!;
      // (no pronoun: the speaker's "we" is the speaker's own side, coref/)
      if (i === speaker || m.anaphor || m.kind === 'place' || m.via === 'pronoun' || m.text === mentions[speaker]!.text) continue;
      // (once per name in a turn)
      const key = m.canonical ?? m.text;
      if (seen.has(key)) continue;
      seen.add(key);
      relations.push({ type: 'quotes', source: speaker, target: i, evidence: { ...ev, rule: TURN_RULE.reason, confidence: TURN_RULE.confidence } });
    }
  }
  return { quotes, relations, ...(retyped ? { mentions: retyped } : {}) };
}

/** A guess of the capitalised-word fallback or the tagger, in capitals, that took a name for an organisation. */
const capitalsGuess = (m: RawMention): boolean => m.type === 'organization' && GUESSED_NAME_RULES.has(m.rule) && !/\p{Ll}/u.test(m.text);

/** An aside in brackets after a label's name that gives a journalist's role ("(HOST)", "(CORRESPONDENT, Chiang Mai)"). */
const interviewerAside = memoByLexicon((lex): RegExp => new RegExp(`^\\((?:[^()\\n]*[^\\p{L}])?(?:${alternation(lex.words.interviewerRoles)})(?![\\p{L}])`, 'iu'));
