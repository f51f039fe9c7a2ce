/**
 * The cross-source figures of one publisher's documents (issue 11, "How it
 * is measured"), beside those of ./score-re3d.ts:
 *   - mention F1 over merged gold spans (overlapping gold mentions of one
 *     class count once: score-re3d's units) and over all gold spans (every
 *     gold span is a mention to find; one prediction finds one), each for
 *     named and for all mentions;
 *   - reach: the share of gold relations (the five mapped types, one per
 *     unordered pair of end spans) whose two ends are both overlapped by
 *     output mentions, whatever their class.
 */
import type { ArticleExtraction } from '../../src/types.ts';
import { EVAL_CLASSES } from './classes.ts';
import { addPrf, overlaps, prf, iou, type Prf } from './match.ts';
import { isNamedMention } from './named.ts';
import { scoreScoped } from './scoped.ts';
import { goldRelations, predictedMentions, scoreDocEntities, type Re3dDoc, type Scope } from './score-re3d.ts';

export interface CrossSourceScore {
  docs: number;
  /** merged gold spans (score-re3d's units), overlap */
  merged: Record<Scope, Prf>;
  /** every gold span, overlap */
  allSpans: Record<Scope, Prf>;
  reach: { found: number; total: number; share: number };
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

function addCounts(into: Counts, c: Counts): void {
  into.tp += c.tp;
  into.fp += c.fp;
  into.fn += c.fn;
}

/** Every gold span of the three classes is its own unit. */
function scoreAllSpans(doc: Re3dDoc, ex: ArticleExtraction | undefined, scope: Scope): Counts {
  const preds = predictedMentions(ex);
  const total: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const cls of EVAL_CLASSES) {
    const seen = new Set<string>();
    const gold = doc.entities.filter((e) => {
      if (e.type !== cls) return false;
      const k = `${e.begin}:${e.end}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
    const ps = preds.filter((p) => p.cls === cls);
    const r = scoreScoped(
      gold.length,
      ps.length,
      (g, p) => overlaps({ start: gold[g]!.begin, end: gold[g]!.end }, ps[p]!),
      (g, p) => iou({ start: gold[g]!.begin, end: gold[g]!.end }, ps[p]!),
      (g) => scope === 'all' || isNamedMention(gold[g]!.value),
      (p) => scope === 'all' || isNamedMention(ps[p]!.text),
    );
    addCounts(total, r);
  }
  return total;
}

/** Gold relations (mapped types) whose two ends both overlap some output mention. */
export function reachOf(doc: Re3dDoc, ex: ArticleExtraction | undefined): { found: number; total: number } {
  const spans = (ex?.entities ?? []).flatMap((e) => e.mentions ?? []);
  const hit = (s: { start: number; end: number }) => spans.some((m) => overlaps(m, s));
  const gold = goldRelations(doc.relations);
  return { found: gold.filter((g) => hit(g.a) && hit(g.b)).length, total: gold.length };
}

export function scoreCrossSource(docs: Re3dDoc[], outputs: Array<ArticleExtraction | undefined>): CrossSourceScore {
  const merged: Record<Scope, Counts> = { named: { tp: 0, fp: 0, fn: 0 }, all: { tp: 0, fp: 0, fn: 0 } };
  const allSpans: Record<Scope, Counts> = { named: { tp: 0, fp: 0, fn: 0 }, all: { tp: 0, fp: 0, fn: 0 } };
  let found = 0;
  let total = 0;
  docs.forEach((doc, i) => {
    const ex = outputs[i];
    const preds = predictedMentions(ex);
    for (const scope of ['named', 'all'] as const) {
      for (const c of Object.values(scoreDocEntities(doc.entities, preds, scope, 'overlap'))) addCounts(merged[scope], c);
      addCounts(allSpans[scope], scoreAllSpans(doc, ex, scope));
    }
    const r = reachOf(doc, ex);
    found += r.found;
    total += r.total;
  });
  const toPrf = (c: Counts) => prf(c.tp, c.fp, c.fn);
  return {
    docs: docs.length,
    merged: { named: toPrf(merged.named), all: toPrf(merged.all) },
    allSpans: { named: toPrf(allSpans.named), all: toPrf(allSpans.all) },
    reach: { found, total, share: total ? found / total : 0 },
  };
}

export { addPrf };
