/**
 * Raw extraction: what `src/extract` finds in one article, before resolution.
 *
 * Extraction works on mentions (spans of text); `src/resolve` clusters the
 * mentions of one article into entities and turns these raw records into the
 * public `ArticleExtraction` contract. Mentions are referred to by index.
 */
import type { ArticleMeta, EntityType, Evidence, MentionVia, NodeKind, RelationType, Span } from '../types.ts';

export interface RawMention extends Span {
  /** `text.slice(start, end)`: the name as written, titles excluded. */
  text: string;
  kind: NodeKind;
  type: EntityType;
  /** Lexicon id when the name is a known entity or alias (`isis`). */
  canonical?: string;
  /** Titles in front of a person's name ("Gen.", "Brig. Gen."). */
  titles?: string[];
  /** Role phrase ("co-commander", "spokesman"). */
  role?: string;
  /**
   * An anaphor ("the group", "the militants", "the president"): resolve links
   * it to the entity last named, where that is unambiguous, or drops it.
   */
  anaphor?: boolean;
  /** The lexicon or rule that recognised it. */
  rule: string;
  /**
   * The entity's label when the mention is not its name: a generic actor
   * scoped by country ("police (Kenya)", "government of Iraq": events/actors.ts).
   */
  label?: string;
  /**
   * How much `type` counts when the entity's type is chosen from all its
   * mentions (default 1; a head noun counts more, a type only the shape of
   * the words gave counts less).
   */
  typeWeight?: number;
  /**
   * Set by the coreference pass (coref/): the words are a pronoun, a
   * description or a name part of the entity named at `refersTo`.
   */
  via?: MentionVia;
  /** The span of the name mention this one refers to (with `via`). */
  refersTo?: Span;
}

/** Evidence before resolution: the mention spans are on the relation, by index. */
export type RawEvidence = Omit<Evidence, 'sourceMention' | 'targetMention'>;

export interface RawRelation {
  type: RelationType;
  /** Index into `mentions`. */
  source: number;
  target: number;
  /**
   * The words that stand for an end when they are a description rather than
   * the mention itself ("three strikes", "two vehicles": rules/reports.ts).
   */
  sourceSpan?: Span;
  targetSpan?: Span;
  evidence: RawEvidence;
}

export interface RawQuote extends Span {
  /** Index into `mentions`. */
  speaker: number;
  text: string;
  addressee?: number;
}

/** "Syrian Democratic Forces (SDF)": the two mentions name one entity. */
export interface RawAlias {
  long: number;
  short: number;
}

export interface RawExtraction {
  article: ArticleMeta;
  /** The article text, so resolution can check spans. */
  text: string;
  mentions: RawMention[];
  relations: RawRelation[];
  quotes: RawQuote[];
  aliases: RawAlias[];
}
