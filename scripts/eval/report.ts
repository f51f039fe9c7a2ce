/**
 * Printing the figures: one section per dataset with its targets and
 * anchors beside the measured values, and a summary table at the end.
 * Pure string builders; `main.ts` writes them out.
 */
import { TARGETS, type Target } from './anchors.ts';
import { EVAL_CLASSES } from './classes.ts';
import type { Prf } from './match.ts';
import type { RunInfo } from './run.ts';
import type { ConllScore } from './score-conll.ts';
import { MODES, SCOPES, type EntityError, type Re3dDoc, type Re3dScore } from './score-re3d.ts';
import type { SeedScore } from './score-seed.ts';

export interface SummaryRow {
  figure: string;
  value: number;
  shown: string;
  target: string;
  anchor: string;
  ok: boolean;
}

const f3 = (x: number) => x.toFixed(3);
const prfLine = (p: Prf) => `P ${f3(p.precision)}  R ${f3(p.recall)}  F1 ${f3(p.f1)}  (tp ${p.tp}, fp ${p.fp}, fn ${p.fn})`;

export function row(t: Target, value: number, max = false): SummaryRow {
  const shown = t.of !== undefined ? `${value}/${t.of}` : t.ratio ? f3(value) : String(value);
  const target = max ? `<= ${t.min}` : t.of !== undefined ? `>= ${t.min}/${t.of}` : `>= ${t.min}`;
  return { figure: t.label, value, shown, target, anchor: t.anchor ?? '', ok: max ? value <= t.min : value >= t.min };
}

function runLine(run: RunInfo): string {
  const mb = run.chars / 1e6;
  const speed = run.seconds > 0 ? ` (${(mb / run.seconds).toFixed(3)} MB/s incl. start-up)` : '';
  const lines = [`  run: ${run.mode}, ${run.articles} article(s), ${run.chars} chars, ${run.seconds.toFixed(1)} s${speed}`];
  const byRule = new Map<string, number>();
  for (const v of run.violations) byRule.set(v.rule, (byRule.get(v.rule) ?? 0) + 1);
  lines.push(
    `  contract violations: ${run.violations.length}${run.violations.length ? '  <-- MUST BE 0: ' + [...byRule].map(([r, n]) => `${r} ${n}`).join(', ') : ''}`,
  );
  for (const v of run.violations.slice(0, 10)) lines.push(`    ${v.rule} in ${v.article}: ${v.detail}`);
  if (run.stderr) lines.push(`  stderr: ${run.stderr.split('\n').slice(0, 3).join(' | ')}`);
  return lines.join('\n');
}

export function seedSection(score: SeedScore, run: RunInfo): { text: string; rows: SummaryRow[] } {
  const L: string[] = ['== Seed article (../shared/gold/seed.gold.json) =='];
  L.push(runLine(run));
  const e = score.entities;
  L.push(`  required entities found: ${e.found}/${e.required}   [target 18/18]`);
  if (e.missing.length) L.push(`    missing: ${e.missing.join(', ')}`);
  L.push(`  required entities split over several nodes: ${e.split.length}   [target 0]`);
  for (const s of e.split) L.push(`    ${s.key}: ${s.nodes.join(', ')}`);
  const r = score.relations;
  L.push(`  required relations found: ${r.found}/${r.required}   [target >= 15/16]`);
  for (const m of r.missing) L.push(`    missing: ${m}`);
  const q = score.quotes;
  L.push(`  quotes found: ${q.found}/${q.required}   [target 4/4]  (output has ${q.output} quote(s))`);
  for (const m of q.missing) L.push(`    missing: ${m}`);
  const p = score.precision;
  L.push(`  relation precision: ${f3(p.value)} (${p.right}/${p.total} distinct edges right)   [target >= 0.9]`);
  for (const fp of p.falsePositives) {
    L.push(`    false positive: ${fp.source} ${fp.type} ${fp.target}  [rule ${fp.rule}]`);
    if (fp.sentence) L.push(`      "${fp.sentence.replace(/\s+/g, ' ').slice(0, 220)}"`);
  }
  if (score.unmatchedEntities.length)
    L.push(`  output entities matching no gold entity (not scored): ${score.unmatchedEntities.join('; ')}`);
  const rows = [
    row(TARGETS.seedEntities, e.found),
    row(TARGETS.seedSplit, e.split.length, true),
    row(TARGETS.seedRelations, r.found),
    row(TARGETS.seedQuotes, q.found),
    row(TARGETS.seedPrecision, p.value),
  ];
  return { text: L.join('\n'), rows };
}

function topCounts(errors: EntityError[], n: number): string {
  const counts = new Map<string, number>();
  for (const e of errors) counts.set(`${e.cls[0]}:${e.text.replace(/\s+/g, ' ')}`, (counts.get(`${e.cls[0]}:${e.text.replace(/\s+/g, ' ')}`) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, n)
    .map(([k, c]) => (c > 1 ? `${k} x${c}` : k))
    .join('; ');
}

export function re3dSection(score: Re3dScore, run: RunInfo, errorsShown = 25): { text: string; rows: SummaryRow[] } {
  const L: string[] = [`== re3d-dev (${score.docs} documents) ==`];
  L.push(runLine(run));
  L.push('  entities, mention level (P=Person, O=Organisation, L=Location):');
  for (const scope of SCOPES) {
    for (const mode of MODES) {
      const s = score.entities[scope][mode];
      const tag = `${scope === 'named' ? 'named mentions' : 'all mentions  '} ${mode.padEnd(7)}`;
      const target = scope === 'named' && mode === 'overlap' ? '   [target F1 >= 0.85; compromise alone 0.50]' : '';
      L.push(`    ${tag} micro ${prfLine(s.micro)}${target}`);
      for (const cls of EVAL_CLASSES) L.push(`      ${cls.padEnd(12)} ${prfLine(s.byClass[cls])}`);
    }
  }
  L.push(`  relations (either direction, both ends overlap)   [target F1 >= 0.55; compromise alone finds none]`);
  L.push(`    micro ${prfLine(score.relations.micro)}`);
  for (const [t, p] of Object.entries(score.relations.byType)) L.push(`      ${t.padEnd(16)} ${prfLine(p)}`);
  L.push(`    only gold with Person/Organisation/Location ends: micro ${prfLine(score.relationsPolEnds.micro)}`);
  if (errorsShown > 0) {
    L.push(`  most frequent named-mention misses: ${topCounts(score.errors.missed, errorsShown)}`);
    L.push(`  most frequent named-mention false positives: ${topCounts(score.errors.spurious, errorsShown)}`);
    const rs = score.errors.relSpurious.slice(0, Math.min(10, errorsShown));
    if (rs.length) L.push(`  relation false positives (first ${rs.length}):\n${rs.map((x) => `    ${x}`).join('\n')}`);
  }
  const rows = [
    row(TARGETS.re3dNamedF1, score.entities.named.overlap.micro.f1),
    { ...row(TARGETS.re3dNamedF1, score.entities.named.exact.micro.f1), figure: 're3d: named-mention F1 (exact)', target: '(info)', anchor: '', ok: true },
    { ...row(TARGETS.re3dNamedF1, score.entities.all.overlap.micro.f1), figure: 're3d: all-mention F1 (overlap)', target: '(info)', anchor: '', ok: true },
    row(TARGETS.re3dRelationF1, score.relations.micro.f1),
  ];
  return { text: L.join('\n'), rows };
}

export function conllSection(score: ConllScore, run: RunInfo): { text: string; rows: SummaryRow[] } {
  const L: string[] = [`== CoNLL-2003 eng.testa (${score.docs} documents, ${score.goldEntities} PER/ORG/LOC; research use: evaluation only) ==`];
  L.push(runLine(run));
  L.push(`  exact span, micro ${prfLine(score.micro)}   [target F1 >= 0.80; compromise alone ~0.34]`);
  for (const [t, p] of Object.entries(score.byType)) L.push(`      ${t.padEnd(4)} ${prfLine(p)}`);
  L.push(`  spans only (class ignored): ${prfLine(score.untyped)}`);
  L.push(`  predictions on a MISC span (not counted): ${score.absorbedByMisc}`);
  return { text: L.join('\n'), rows: [row(TARGETS.conllF1, score.micro.f1)] };
}

export function summaryTable(rows: SummaryRow[]): string {
  const head: [string, string, string, string, string] = ['figure', 'measured', 'target', 'status', 'anchor'];
  const body = rows.map((r) => [r.figure, r.shown, r.target, r.ok ? 'ok' : 'BELOW', r.anchor] as const);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const fmt = (cells: readonly string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  return ['== Summary ==', fmt(head), fmt(widths.map((w) => '-'.repeat(w))), ...body.map(fmt)].join('\n');
}

/** Every named-mention error and relation error of the documents whose id starts with `prefix`. */
export function re3dDocDetail(score: Re3dScore, docs: Re3dDoc[], prefix: string): string {
  const picked = docs.filter((d) => d.id.startsWith(prefix));
  if (!picked.length) return `  no re3d document id starts with "${prefix}"`;
  const L: string[] = [];
  for (const d of picked) {
    const ctx = (e: EntityError) =>
      `${e.cls[0]}:${e.text.replace(/\s+/g, ' ')}  ...${d.text.slice(Math.max(0, e.start - 40), e.start + e.text.length + 40).replace(/\s+/g, ' ')}...`;
    L.push(`  -- ${d.id} "${d.title}"`);
    for (const e of score.errors.missed.filter((x) => x.doc === d.id)) L.push(`    missed    ${ctx(e)}`);
    for (const e of score.errors.spurious.filter((x) => x.doc === d.id)) L.push(`    spurious  ${ctx(e)}`);
    for (const r of score.errors.relMissed.filter((x) => x.startsWith(d.id))) L.push(`    rel missed    ${r.slice(d.id.length + 2)}`);
    for (const r of score.errors.relSpurious.filter((x) => x.startsWith(d.id))) L.push(`    rel spurious  ${r.slice(d.id.length + 2)}`);
  }
  return L.join('\n');
}
