/**
 * Per-rule precision across publishers (issue 12 item 5, printed by
 * `npm run eval -- --publishers`): for every rule that gave a relation on
 * re3d-dev, how often it fired on each publisher and how often what it said
 * is a gold relation there (the relation's type, both ends overlapping a gold
 * relation's ends, either way round: the re3d scorer's fit, counted per
 * evidence item, not one-to-one). Rules are the evidence items' `rule`
 * names; the event pass's `event-<block>` rules are pooled as `event-*` too.
 *
 * What it answers: which rules fire on more than the publisher they were
 * written from, and how precise they are where they fire. A rule that fires
 * on one publisher only was likely fitted to it; a rule with low precision
 * on every publisher is a candidate for gating. Nothing is decided here.
 */
import type { ArticleExtraction } from '../../src/types.ts';
import { goldRelations, mappedEvidence, relationFits, type Re3dDoc } from './score-re3d.ts';

export interface RuleFigures {
  rule: string;
  fired: number;
  right: number;
  precision: number;
  /** Per publisher: firings and right ones. */
  byPublisher: Record<string, { fired: number; right: number }>;
}

export interface RulePrecision {
  publishers: string[];
  rules: RuleFigures[];
}

/** Every evidence item of a mapped type, scored against the gold relations of its document, counted per rule and publisher. */
export function rulePrecision(docs: readonly Re3dDoc[], outputs: ReadonlyArray<ArticleExtraction | undefined>): RulePrecision {
  const rules = new Map<string, RuleFigures>();
  const publishers = new Set<string>();
  const count = (rule: string, publisher: string, right: boolean) => {
    const f = rules.get(rule) ?? { rule, fired: 0, right: 0, precision: 0, byPublisher: {} };
    const p = (f.byPublisher[publisher] ??= { fired: 0, right: 0 });
    f.fired++;
    p.fired++;
    if (right) {
      f.right++;
      p.right++;
    }
    rules.set(rule, f);
  };
  docs.forEach((doc, i) => {
    const publisher = doc.source ?? 'unknown';
    publishers.add(publisher);
    const gold = goldRelations(doc.relations);
    const seen = new Set<string>();
    for (const { type, rule, a, b } of mappedEvidence(outputs[i])) {
      // one count per rule and pair of ends (a rule that says the same twice in a sentence counts once)
      const key = `${rule}|${type}|${a.start}-${a.end}|${b.start}-${b.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const right = gold.some((g) => relationFits(g, { type, a, b, label: '' }));
      count(rule, publisher, right);
      if (rule.startsWith('event-')) count('event-*', publisher, right);
    }
  });
  const list = [...rules.values()].map((f) => ({ ...f, precision: f.fired ? f.right / f.fired : 0 }));
  list.sort((x, y) => y.fired - x.fired || (x.rule < y.rule ? -1 : 1));
  return { publishers: [...publishers].sort(), rules: list };
}

/** Short publisher names for the table's columns. */
function short(p: string): string {
  const words = p.split(/\s+/).filter((w) => /^[A-Z]/.test(w));
  return (words.length > 1 ? words.map((w) => w[0]).join('') : p).slice(0, 6);
}

/** The table: rules that fired at least `minFired` times, most firings first. */
export function rulePrecisionSection(r: RulePrecision, minFired = 5): string {
  const cols = r.publishers.map(short);
  const L = [
    `  rules by precision on each publisher (evidence items that fit a gold relation / fired; rules with >= ${minFired} firings; P of a publisher shown where the rule fired there):`,
    `    ${'rule'.padEnd(34)} ${'fired'.padStart(5)} ${'P'.padStart(5)}  pubs  ${cols.map((c) => c.padStart(11)).join(' ')}`,
  ];
  for (const f of r.rules) {
    if (f.fired < minFired) continue;
    const on = r.publishers.filter((p) => (f.byPublisher[p]?.fired ?? 0) > 0).length;
    const cells = r.publishers.map((p) => {
      const x = f.byPublisher[p];
      return (x && x.fired ? `${(x.right / x.fired).toFixed(2)} (${x.fired})` : '-').padStart(11);
    });
    L.push(`    ${f.rule.padEnd(34)} ${String(f.fired).padStart(5)} ${f.precision.toFixed(2).padStart(5)}  ${`${on}/${r.publishers.length}`.padStart(4)}  ${cells.join(' ')}`);
  }
  const single = r.rules.filter((f) => f.fired >= minFired && Object.values(f.byPublisher).filter((x) => x.fired > 0).length === 1);
  L.push(`    fire on one publisher only: ${single.map((f) => f.rule).join(', ') || 'none'}`);
  return L.join('\n');
}
