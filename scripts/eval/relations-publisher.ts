/**
 * `npm run eval -- --publishers`: re3d-dev relation F1 for each publisher
 * scored alone (issue 12, "How it is measured"), and their mean. Nothing in
 * the event pass is trained, so each publisher's figure is already what a
 * leave-one-publisher-out run gives for it; a learned scorer would train per
 * fold here. Also per relation type: precision, and reach (recall) pooled
 * over the publishers. In process (analyzeArticle).
 */
import { analyzeArticle } from '../../src/resolve/index.ts';
import { loadRe3d } from './load-re3d.ts';
import { scoreRe3d } from './score-re3d.ts';
import { rulePrecision, rulePrecisionSection, type RulePrecision } from './rules-publisher.ts';
import { join } from 'node:path';

export interface PublisherRelations {
  publishers: Array<{ publisher: string; docs: number; p: number; r: number; f1: number; tp: number; fp: number; fn: number }>;
  mean: number;
  byType: Record<string, { p: number; r: number; f1: number }>;
  /** Per-rule precision on each publisher (./rules-publisher.ts). */
  rules: RulePrecision;
}

/** The publisher of a re3d-dev document: its folder under data/re3d-dev (the id says nothing of it). */
export function evalPublishers(shared: string): PublisherRelations {
  const docs = loadRe3d(join(shared, 'data', 're3d-dev'));
  const outputs = docs.map((d) => analyzeArticle({ id: d.id, title: d.title, text: d.text, ...(d.source ? { source: d.source } : {}) }));
  const groups = new Map<string, number[]>();
  docs.forEach((d, i) => {
    const key = d.source ?? 'unknown';
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  const publishers = [...groups.entries()]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([publisher, idx]) => {
      const s = scoreRe3d(idx.map((i) => docs[i]!), idx.map((i) => outputs[i]));
      const m = s.relations.micro;
      return { publisher, docs: idx.length, p: m.precision, r: m.recall, f1: m.f1, tp: m.tp, fp: m.fp, fn: m.fn };
    });
  const all = scoreRe3d(docs, outputs);
  const byType = Object.fromEntries(
    Object.entries(all.relations.byType).map(([k, v]) => [k, { p: v.precision, r: v.recall, f1: v.f1 }]),
  );
  return { publishers, mean: publishers.reduce((n, x) => n + x.f1, 0) / (publishers.length || 1), byType, rules: rulePrecision(docs, outputs) };
}

export function publishersSection(r: PublisherRelations): string {
  const L = ['== re3d-dev relations by publisher (each scored alone; nothing trained: = leave-one-publisher-out) =='];
  for (const p of r.publishers) L.push(`  ${p.publisher.padEnd(44)} ${String(p.docs).padStart(3)} docs  P ${p.p.toFixed(3)}  R ${p.r.toFixed(3)}  F1 ${p.f1.toFixed(3)}  (tp ${p.tp}, fp ${p.fp}, fn ${p.fn})`);
  L.push(`  mean relation F1 over publishers: ${r.mean.toFixed(3)}   [target >= 0.45]`);
  L.push('  by type (pooled): ' + Object.entries(r.byType).map(([k, v]) => `${k} P ${v.p.toFixed(2)} reach ${v.r.toFixed(2)}`).join('; '));
  L.push(rulePrecisionSection(r.rules));
  return L.join('\n');
}
