/**
 * The clause reader on GMB (Voice of America news with Penn Treebank tags):
 * coverage figures, and a seeded sample of readings to check by hand.
 *
 *   npx tsx scripts/eval/clauses-gmb.ts                 figures over all sentences
 *   npx tsx scripts/eval/clauses-gmb.ts --sample 50     plus 50 sampled readings (seed 1)
 *   npx tsx scripts/eval/clauses-gmb.ts --sample 50 --seed 7
 *
 * Skips with a message when ../shared is absent. The tags are GMB's silver
 * tags, so the figures include the tagger's errors as well as the reader's.
 */
import { describeReading, readClauses, type Clause } from '../../src/extract/clauses/index.ts';
import { loadGmb } from './gmb-tagged.ts';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

/** Deterministic sample: a linear congruential generator. */
function sample<T>(xs: readonly T[], n: number, seed: number): T[] {
  let s = seed >>> 0 || 1;
  const next = (): number => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  const idx = new Set<number>();
  while (idx.size < Math.min(n, xs.length)) idx.add(Math.floor(next() * xs.length));
  return [...idx].sort((a, b) => a - b).map((i) => xs[i]!);
}

const pct = (a: number, b: number): string => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`;

export function main(): number {
  const gmb = loadGmb();
  if (!gmb) {
    console.log('clauses-gmb: ../shared/data/ner-train/gmb not found (skipped)');
    return 0;
  }
  let withVerb = 0;
  let withSubjectVerb = 0;
  let allFiniteHaveSubject = 0;
  let clauses = 0;
  let finite = 0;
  let finiteWithSubject = 0;
  let withObject = 0;
  let passive = 0;
  let passiveWithAgent = 0;
  const from = new Map<string, number>();
  const links = new Map<string, number>();
  const count = (m: Map<string, number>, k: string): void => void m.set(k, (m.get(k) ?? 0) + 1);
  for (const s of gmb) {
    const r = readClauses(s.tokens, { mentions: s.mentions });
    if (!s.tokens.some((t) => /^(?:VB|MD)/.test(t.pos))) continue;
    withVerb++;
    if (r.clauses.some((c) => c.subject.length)) withSubjectVerb++;
    const fin = r.clauses.filter((c: Clause) => c.verb.form === 'finite');
    if (fin.length && fin.every((c) => c.subject.length)) allFiniteHaveSubject++;
    for (const c of r.clauses) {
      clauses++;
      if (c.verb.form === 'finite') {
        finite++;
        if (c.subject.length) finiteWithSubject++;
      }
      if (c.objects.length) withObject++;
      if (c.verb.voice === 'passive') {
        passive++;
        if (c.agent.length) passiveWithAgent++;
      }
      count(from, c.subjectFrom);
      count(links, c.link ?? 'main');
    }
  }
  console.log(`GMB: ${gmb.length} sentences, ${withVerb} with a verb tag, ${clauses} clauses (${finite} finite)`);
  console.log(`  sentences with a verb whose reading has a clause with subject and verb: ${withSubjectVerb} (${pct(withSubjectVerb, withVerb)})`);
  console.log(`  sentences whose finite clauses all have a subject: ${allFiniteHaveSubject} (${pct(allFiniteHaveSubject, withVerb)})`);
  console.log(`  finite clauses with a subject: ${pct(finiteWithSubject, finite)}; clauses with an object: ${pct(withObject, clauses)}`);
  console.log(`  passive clauses: ${passive} (${pct(passive, clauses)}), with a by-agent: ${pct(passiveWithAgent, passive)}`);
  console.log(`  subject from: ${[...from].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${pct(v, clauses)}`).join(', ')}`);
  console.log(`  links: ${[...links].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${pct(v, clauses)}`).join(', ')}`);
  const n = arg('--sample', 0);
  if (n > 0) {
    const seed = arg('--seed', 1);
    console.log(`\nsample of ${n} sentences (seed ${seed}):`);
    for (const s of sample(gmb, n, seed)) {
      console.log(`\n#${s.id} ${s.text}`);
      for (const d of describeReading(readClauses(s.tokens, { mentions: s.mentions }))) console.log(`    ${d}`);
    }
  }
  return 0;
}

process.exitCode = main();
