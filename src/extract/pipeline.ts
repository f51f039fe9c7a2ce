/**
 * Extraction as an explicit, ordered list of passes. Each pass reads what the
 * passes before it produced (`Analysis`) and returns new values, which the
 * runner lays over a new analysis; no pass changes what it was given.
 *
 *   text             tokens and sentences
 *   mentions         names, teams, defined aliases, repetitions (mentions/)
 *   formats          which publisher formats the document looks like (cheap detectors)
 *   strike-report    FORMAT: strike lines of military releases; heads of lines read as places
 *   rules            the relation rules over each sentence with two mentions (rules/)
 *   unit-hierarchy   FORMAT: "2nd Battalion, 5th Special Forces Group"
 *   containment      places the lexicon puts in a country named in the same sentence
 *   quotes           quotations and their speakers
 *   statements       FORMAT: press-release statements after "X said:"
 *   first-person     "we" in a quotation stands for the speaker's group
 *
 * Format readers (formats/) run only when their detector says the document
 * looks like their format; what they know is one publisher's layout, not
 * English.
 */
import type { ArticleMeta } from '../types.ts';
import type { RawAlias, RawExtraction, RawMention, RawQuote, RawRelation } from './types.ts';
import type { Lexicon } from './lexicon/index.ts';
import { splitSentences, type Sentence } from './text/sentences.ts';
import { tokenize, type Token } from './text/tokens.ts';
import { spansBySentence } from './text/spans.ts';
import { findMentions } from './mentions/index.ts';
import { maskSentence } from './rules/mask.ts';
import { matchSentence } from './rules/engine.ts';
import { knownContainment } from './containment.ts';
import { findQuotes } from './quotes.ts';
import { firstPersonRelations } from './first-person.ts';
import { findStrikeReports, looksLikeStrikeReport, STRIKE_REPORT } from './formats/strike-report.ts';
import { looksLikeUnitDesignations, unitHierarchy } from './formats/unit-hierarchy.ts';
import { looksLikePressRelease, PRESS_RELEASE, statementQuotes } from './formats/statements.ts';

/** Resources a caller may inject (evaluation folds, tests). */
export interface ExtractResources {
  lexicon: Lexicon;
  /** Trained models by name (the tagger's, when present); passes that need none ignore them. */
  models: Readonly<Record<string, unknown>>;
}

export const UNIT_DESIGNATIONS = 'unit-designations';

/** Everything the passes have produced so far. */
export interface Analysis {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly mentions: readonly RawMention[];
  readonly aliases: readonly RawAlias[];
  /** For each sentence, the index range of its mentions. */
  readonly ranges: ReadonlyArray<readonly [number, number]>;
  /** The formats the document looks like (format readers' names). */
  readonly formats: ReadonlySet<string>;
  /** Sentence start -> the format readers that read that sentence as a line of their format. */
  readonly readBy: ReadonlyMap<number, ReadonlySet<string>>;
  readonly relations: readonly RawRelation[];
  readonly quotes: readonly RawQuote[];
  /** The relations of quotations: added to `relations` last. */
  readonly quoteRelations: readonly RawRelation[];
}

export interface Pass {
  name: string;
  /** A format reader: runs only when the document looks like its format. */
  format?: string;
  run(a: Analysis, r: ExtractResources): Partial<Analysis>;
}

export const PASSES: readonly Pass[] = [
  {
    name: 'text',
    run: (a, r) => ({ tokens: tokenize(a.text), sentences: splitSentences(a.text, r.lexicon) }),
  },
  {
    name: 'mentions',
    run: (a, r) => {
      const { mentions, aliases } = findMentions(a.text, a.tokens, new Set(a.sentences.map((s) => s.start)), r.lexicon);
      return { mentions, aliases, ranges: spansBySentence(a.sentences, mentions) };
    },
  },
  {
    name: 'formats',
    run: (a, r) => {
      const formats = new Set<string>();
      if (looksLikeStrikeReport(a.text)) formats.add(STRIKE_REPORT);
      if (looksLikeUnitDesignations(a.mentions, r.lexicon)) formats.add(UNIT_DESIGNATIONS);
      if (looksLikePressRelease(a.text)) formats.add(PRESS_RELEASE);
      return { formats };
    },
  },
  {
    name: 'strike-report',
    format: STRIKE_REPORT,
    run: (a, r) => {
      const found = findStrikeReports(a.text, a.sentences, a.mentions, a.ranges, r.lexicon);
      const readBy = new Map(a.readBy);
      for (const start of found.lines) readBy.set(start, new Set([...(readBy.get(start) ?? []), STRIKE_REPORT]));
      return { mentions: found.mentions, relations: [...a.relations, ...found.relations], readBy };
    },
  },
  {
    name: 'rules',
    run: (a, r) => {
      const found: RawRelation[] = [];
      a.sentences.forEach((s, k) => {
        const [first, last] = a.ranges[k]!;
        if (last - first < 2) return; // a relation needs two mentions
        const masked = maskSentence(a.text, s, a.mentions, first, last, r.lexicon);
        if (masked.at.length < 2) return;
        found.push(...matchSentence(masked, s, a.mentions, r.lexicon, a.readBy.get(s.start)));
      });
      return { relations: [...a.relations, ...found] };
    },
  },
  {
    name: 'unit-hierarchy',
    format: UNIT_DESIGNATIONS,
    run: (a, r) => ({ relations: [...a.relations, ...unitHierarchy(a.text, a.sentences, a.mentions, a.ranges, r.lexicon)] }),
  },
  {
    name: 'containment',
    run: (a, r) => ({ relations: [...a.relations, ...knownContainment(a.sentences, a.mentions, a.ranges, r.lexicon)] }),
  },
  {
    name: 'quotes',
    run: (a, r) => {
      const q = findQuotes(a.text, a.sentences, a.mentions, r.lexicon);
      return { quotes: q.quotes, quoteRelations: q.relations };
    },
  },
  {
    name: 'statements',
    format: PRESS_RELEASE,
    run: (a, r) => {
      const st = statementQuotes(a.text, a.mentions, a.quotes, r.lexicon);
      return {
        quotes: [...a.quotes, ...st.quotes].sort((x, y) => x.start - y.start),
        quoteRelations: [...a.quoteRelations, ...st.relations],
      };
    },
  },
  {
    name: 'first-person',
    run: (a, r) => ({
      relations: [...a.relations, ...firstPersonRelations(a.text, a.sentences, a.mentions, a.ranges, a.quotes, a.relations, r.lexicon)],
    }),
  },
];

/** Run the passes over one article's text. */
export function runPasses(article: ArticleMeta, text: string, resources: ExtractResources, passes: readonly Pass[] = PASSES): RawExtraction {
  let a: Analysis = {
    text,
    tokens: [],
    sentences: [],
    mentions: [],
    aliases: [],
    ranges: [],
    formats: new Set(),
    readBy: new Map(),
    relations: [],
    quotes: [],
    quoteRelations: [],
  };
  for (const pass of passes) {
    if (pass.format !== undefined && !a.formats.has(pass.format)) continue;
    a = { ...a, ...pass.run(a, resources) };
  }
  return {
    article,
    text,
    mentions: [...a.mentions],
    relations: [...a.relations, ...a.quoteRelations],
    quotes: [...a.quotes],
    aliases: [...a.aliases],
  };
}
