/**
 * The PETRARCH unit tests with the validation dictionaries injected into
 * extraction, for the evaluation run only (`extract(article, { lexicon,
 * events })`): the validation actors (PETR.Validate.actors.txt: fictional
 * Arnor, Gondor ...) as an extra entity file ahead of the shipped ones, and
 * the validation verbs (PETR.Validate.verbs.txt) converted with the
 * project's converter (scripts/convert/petrarch/verbs.ts) at run time into
 * the event pass's verb dictionary. Nothing of it is shipped.
 *
 * Two outputs per record: the contract (entities and relations; events only
 * where a code gives one of the ten edge types), and every coded clause
 * (`onCoding`: the PETRARCH suite codes all of CAMEO, statements and
 * consultations included), as `event` evidence between the resolved
 * entities, which the scorer (./petrarch-score.ts) reads the same way.
 */
import { extract } from '../../src/extract/index.ts';
import { makeLexicon, shippedFiles, type Lexicon } from '../../src/extract/lexicon/index.ts';
import { eventRelations, eventVerbsFrom, shippedEventVerbs, type EventCoding, type EventVerbs } from '../../src/extract/events/pass.ts';
import { tokenize } from '../../src/extract/text/tokens.ts';
import { splitSentences } from '../../src/extract/text/sentences.ts';
import { spansBySentence } from '../../src/extract/text/spans.ts';
import { resolveArticle } from '../../src/resolve/article.ts';
import { canonicalizeArticle } from '../../src/resolve/canonical.ts';
import type { ArticleExtraction } from '../../src/types.ts';
import { Problems } from '../convert/petrarch/source.ts';
import { parseVerbs } from '../convert/petrarch/verbs.ts';
import type { CameoVerbsLike } from '../../src/extract/events/cameo.ts';
import type { ScoredOutput } from './petrarch-score.ts';

export interface InjectedRun {
  /** One per record: the contract's entities with every coded clause as an event relation. */
  outputs: ScoredOutput[];
  /** The same, with events only where the contract has them (edge types). */
  contract: ScoredOutput[];
  seconds: number;
  verbProblems: number;
  skippedPatterns: number;
}

/** The validation entity file (from validationLexiconFile's JSON) as a lexicon ahead of the shipped files. */
export function injectedLexicon(validationJson: string): Lexicon {
  const parsed = JSON.parse(validationJson) as { entries: Array<Record<string, unknown>> };
  const entries = parsed.entries.map(({ id, label, type, aliases }) => ({ id, label, type, ...(Array.isArray(aliases) && aliases.length ? { aliases } : {}) }));
  const shipped = shippedFiles();
  const ids = new Set(shipped.entities.flatMap(([, d]) => ((d as { entries: Array<{ id: string }> }).entries ?? []).map((e) => e.id)));
  const file = { reason: 'petrarch-validation', about: 'PETR.Validate.actors.txt (PETRARCH2, MIT), evaluation only', entries: entries.filter((e) => !ids.has(e.id as string)) };
  return makeLexicon({ ...shipped, entities: [['<eval>/petrarch-validation.lexicon.json', file], ...shipped.entities] });
}

/** The validation verbs through the converter, as the event pass's dictionary. */
export function injectedVerbs(verbsText: string, lex: Lexicon): { verbs: EventVerbs; problems: number } {
  const p = new Problems('PETR.Validate.verbs.txt');
  const file = parseVerbs(verbsText, 'PETR.Validate.verbs.txt', { strictCodes: false }, p);
  return { verbs: eventVerbsFrom(file as unknown as CameoVerbsLike, lex), problems: p.list.length };
}

export function withCodings(ex: ArticleExtraction, codings: EventCoding[], mentions: ReadonlyArray<{ start: number; end: number }>): ScoredOutput {
  const entityAt = (i: number): string | undefined => {
    const m = mentions[i]!;
    return ex.entities.find((e) => e.mentions.some((x) => x.start === m.start && x.end === m.end))?.id;
  };
  // the contract's leads and member_of edges: who a titled person leads or serves (the scorer codes them so)
  const relations: ScoredOutput['relations'] = ex.relations.filter((r) => r.type === 'leads' || r.type === 'member_of').map((r) => ({ type: r.type, source: r.source, target: r.target, evidence: [] }));
  for (const c of codings) {
    const source = entityAt(c.source);
    const target = entityAt(c.target);
    if (!source || !target || source === target) continue;
    const sm = mentions[c.source]!;
    const tm = mentions[c.target]!;
    relations.push({
      type: 'event',
      source,
      target,
      evidence: [{ sourceMention: { start: sm.start, end: sm.end }, targetMention: { start: tm.start, end: tm.end }, event: { cameo: c.code, ...(c.plover ? { plover: c.plover } : {}) } }],
    });
  }
  return { entities: ex.entities, relations };
}

/** Run the records in process with the injected lexicon and verbs (or the shipped CAMEO verbs when `verbsText` is undefined). */
export function runInjected(
  articles: ReadonlyArray<{ id: string; title: string; text: string; published: string }>,
  validationJson: string,
  verbsText: string | undefined,
): InjectedRun {
  const t0 = performance.now();
  const lexicon = injectedLexicon(validationJson);
  const injected = verbsText === undefined ? undefined : injectedVerbs(verbsText, lexicon);
  const events = injected?.verbs ?? shippedEventVerbs(lexicon);
  const outputs: ScoredOutput[] = [];
  const contract: ScoredOutput[] = [];
  for (const a of articles) {
    const raw = extract({ ...a, source: 'PETRARCH unit tests' }, { lexicon, events });
    const ex = canonicalizeArticle(resolveArticle(raw));
    contract.push(ex);
    const codings: EventCoding[] = [];
    const sentences = splitSentences(raw.text, lexicon);
    eventRelations(
      { text: raw.text, tokens: tokenize(raw.text), sentences, mentions: raw.mentions, ranges: spansBySentence(sentences, raw.mentions), published: a.published },
      lexicon,
      events,
      { onCoding: (c) => codings.push(c) },
    );
    outputs.push(withCodings(ex, codings, raw.mentions));
  }
  return { outputs, contract, seconds: (performance.now() - t0) / 1000, verbProblems: injected?.problems ?? 0, skippedPatterns: events.skipped };
}
