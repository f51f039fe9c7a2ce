/**
 * The `--petrarch` harness end to end on the real unit-test records, with an
 * oracle in place of the extractor: for every expected coding, an output
 * with two entities named from the validation dictionaries (the actor's
 * phrase with its agents' nouns) and an evidence item carrying the expected
 * event code. A correct harness finds every coding such an output can carry
 * (all but the absent-actor and unknown-code ones), and nothing on an empty
 * output. Skips without ../shared.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseActorRecords } from '../../scripts/convert/petrarch/actors.ts';
import { parseAgents } from '../../scripts/convert/petrarch/agents.ts';
import { Problems } from '../../scripts/convert/petrarch/source.ts';
import { parseUnitTests, type CodedActor, type PetrarchRecord } from '../../scripts/eval/petrarch-records.ts';
import { buildValidationLexicon, scoreAll, type ScoredOutput } from '../../scripts/eval/petrarch-score.ts';
import { roleAt } from '../../src/extract/lexicon/petrarch/roles.ts';

const REPO = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const DIR = join(process.env.NEWSGRAPH_EVAL_SHARED || join(REPO, '..', 'shared'), 'data', 'petrarch2');
const HAVE = existsSync(join(DIR, 'text', 'PETR.UnitTest.records.xml'));

describe.skipIf(!HAVE)('the --petrarch harness with an oracle extractor', () => {
  // (read before the tests, not while they are collected: a skipped suite's body still runs without ../shared)
  let lex: ReturnType<typeof buildValidationLexicon>;
  let records: PetrarchRecord[];
  let actors: ReturnType<typeof parseActorRecords>;
  let agents: ReturnType<typeof parseAgents>['agents'];
  beforeAll(() => {
    const read = (f: string) => readFileSync(join(DIR, f), 'utf8');
    const actorsText = read('dictionaries/PETR.Validate.actors.txt');
    const agentsText = read('dictionaries/PETR.Validate.agents.txt');
    lex = buildValidationLexicon(actorsText, agentsText, []);
    ({ records } = parseUnitTests(read('text/PETR.UnitTest.records.xml'), []));
    actors = parseActorRecords(actorsText, { strictCodes: false }, new Problems('a'));
    ({ agents } = parseAgents(agentsText, new Problems('g')));
  });

  /** A phrase the dictionaries code as `code` on `date` (the reverse of codesOfPhrase), or undefined. */
  function phraseFor(a: CodedActor, date: string): string | undefined {
    if ('text' in a) return a.text.toLowerCase();
    const code = a.code.toUpperCase();
    const noun = (c: string) => agents.find((g) => g.code === c)?.noun;
    if (code.startsWith('---')) return noun(`~${code.slice(3)}`);
    // every reading [prefix agent] actor [suffix agents...]; the one with the longest actor code
    const suffixNouns = (rest: string): string[] | undefined => {
      if (!rest) return [];
      for (const g of agents.filter((x) => x.code.startsWith('~') && rest.startsWith(x.code.slice(1))).sort((x, y) => y.code.length - x.code.length)) {
        const more = suffixNouns(rest.slice(g.code.length - 1));
        if (more) return [g.noun, ...more];
      }
      return undefined;
    };
    let best: { phrase: string; codeLength: number } | undefined;
    for (const prefix of [undefined, ...agents.filter((g) => g.code.endsWith('~'))]) {
      const pre = prefix ? prefix.code.slice(0, -1) : '';
      if (!code.startsWith(pre)) continue;
      const rest = code.slice(pre.length);
      for (const r of actors) {
        for (const c of (roleAt(r.roles, date)?.code ?? '').toUpperCase().split('/')) {
          if (!c || !rest.startsWith(c) || (best && c.length <= best.codeLength)) continue;
          const suffix = suffixNouns(rest.slice(c.length));
          if (!suffix) continue;
          const w = r.primary[0] === 'the' && r.primary.length > 1 ? r.primary.slice(1) : r.primary;
          best = { phrase: [...(prefix ? [prefix.noun] : []), w.join(' '), ...suffix].join(' '), codeLength: c.length };
        }
      }
    }
    return best?.phrase;
  }

  function oracle(r: PetrarchRecord): ScoredOutput {
    const entities = new Map<string, ScoredOutput['entities'][number]>();
    const relations: ScoredOutput['relations'] = [];
    const entity = (a: CodedActor) => {
      const label = phraseFor(a, r.date) ?? `unknown ${'code' in a ? a.code : a.text}`;
      if (!entities.has(label)) entities.set(label, { id: label, label, aliases: [], mentions: [] });
      return label;
    };
    for (const c of r.codings) {
      const none = { start: 0, end: 0 };
      relations.push({ type: 'attacks', source: entity(c.source), target: entity(c.target), evidence: [{ sourceMention: none, targetMention: none, event: { cameo: c.event } }] });
    }
    return { entities: [...entities.values()], relations };
  }

  it('finds every coding an output can carry', () => {
    const s = scoreAll(records, records.map(oracle), lex);
    const carriable = s.codings - s.absentActor - s.unproducible;
    expect(s.codings).toBe(359);
    expect(s.absentActor + s.unproducible).toBe(16);
    // 343 of 359: every coding with two dictionary actors is found
    expect(s.found, JSON.stringify(s.missList.filter((m) => m.reason !== 'absent-actor').slice(0, 10))).toBe(carriable);
    expect(s.foundRelaxed).toBeGreaterThanOrEqual(s.found);
    // each oracle event that finds no coding is a false positive: exactly the misses
    expect(s.falsePositives).toBe(s.codings - s.found);
  });

  it('finds nothing on empty outputs, and counts events on records that expect none', () => {
    const empty = scoreAll(records, records.map(() => ({ entities: [], relations: [] })), lex);
    expect(empty).toMatchObject({ found: 0, foundRelaxed: 0, actorsFound: 0, predicted: 0 });
    const noEvent = records.findIndex((r) => r.noEvents);
    const someone = oracle(records[0]!);
    const s = scoreAll([records[noEvent]!], [someone], lex);
    expect(s.onNoEventRecords).toBe(someone.relations.length);
  });
});
