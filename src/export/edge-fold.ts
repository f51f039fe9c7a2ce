/**
 * One relation's evidence rows folded into an edge record (its evidence
 * sorted by occurrence, weight, confidence, dates), as src/graph/accumulate.ts
 * folds them in memory: what the JSON export writes for each edge, in the
 * export's thread (./records.ts) or in its worker threads (./edge-job.ts).
 */
import { inRange, type NormalizedGraphFilter } from '../graph/query-options.ts';
import type { EvidenceRow } from '../store/rows.ts';
import { evidenceFromArray } from '../store/sql-rows.ts';
import { edgeKey, type EdgeAttrs, type EdgeEvidence, type RelationType } from '../types.ts';
import { addMiss, byOccurrence, confidenceOfMiss, orient } from '../util/combine.ts';

export interface EdgeRecord {
  key: string;
  source: string;
  target: string;
  attrs: EdgeAttrs;
  dates: string[];
}

/** Folds one relation's evidence rows (consecutive in the store's order) into an edge, as src/graph/accumulate.ts does. */
class EdgeFold {
  private ev: EdgeEvidence[] = [];
  constructor(
    readonly source: string,
    readonly type: RelationType,
    readonly target: string,
  ) {}

  add(e: EdgeEvidence): void {
    for (const x of this.ev) {
      if (x.articleId === e.articleId && x.start === e.start && x.sourceMention.start === e.sourceMention.start && x.targetMention.start === e.targetMention.start) return;
    }
    this.ev.push(e);
  }

  get empty(): boolean {
    return this.ev.length === 0;
  }

  record(): EdgeRecord {
    const [s, t] = orient(this.type, this.source, this.target);
    return edgeRecord(s, this.type, t, this.ev, true);
  }
}

/** An edge record from its evidence (any order; sorted here by date, article, offset: in place when the array is `own`, the caller's to give away). */
export function edgeRecord(source: string, type: RelationType, target: string, evidence: EdgeEvidence[], own = false): EdgeRecord {
  const ev = own ? evidence : evidence.slice();
  if (ev.length > 1) ev.sort(byOccurrence);
  const dates: string[] = [];
  let miss = 1;
  let hedged = true;
  let first: string | undefined;
  let last: string | undefined;
  for (const e of ev) {
    miss = addMiss(miss, e.confidence);
    if (!e.hedged) hedged = false;
    const p = e.published;
    if (!p) continue;
    const d = p.slice(0, 10);
    if (dates[dates.length - 1] !== d) dates.push(d);
    if (first === undefined || p < first) first = p;
    if (last === undefined || p > last) last = p;
  }
  const attrs: EdgeAttrs = { type, weight: ev.length, confidence: confidenceOfMiss(miss), evidence: ev };
  if (first !== undefined) {
    attrs.firstSeen = first;
    attrs.lastSeen = last!;
  }
  if (hedged && ev.length) attrs.hedged = true;
  return { key: edgeKey(source, type, target), source, target, attrs, dates };
}

/** A string JSON.stringify writes as it is between quotes: no quote, backslash, control character or surrogate (a lone one is escaped). */
const JSON_PLAIN = /^[^"\\\u0000-\u001f\ud800-\udfff]*$/;
/** `JSON.stringify(v)`, without its general walk for a plain string, a finite number or a boolean. */
function jv(v: unknown): string {
  if (typeof v === 'string') return JSON_PLAIN.test(v) ? `"${v}"` : JSON.stringify(v);
  if ((typeof v === 'number' && Number.isFinite(v)) || typeof v === 'boolean') return `${v}`;
  return JSON.stringify(v);
}

/**
 * `JSON.stringify(e)` of a piece of evidence as the store gives it (src/store/sql-rows.ts `evidenceFromArray`:
 * these keys in this order), written by template; one with any other key set (the evidence flags) by
 * `JSON.stringify` itself.
 */
function evidenceJson(e: EdgeEvidence): string {
  if (e.described !== undefined || e.quantity !== undefined || e.quote !== undefined || e.event !== undefined) return JSON.stringify(e);
  let s = `{"articleId":${jv(e.articleId)}`;
  if (e.articleTitle !== undefined) s += `,"articleTitle":${jv(e.articleTitle)}`;
  if (e.articleSource !== undefined) s += `,"articleSource":${jv(e.articleSource)}`;
  if (e.articleUrl !== undefined) s += `,"articleUrl":${jv(e.articleUrl)}`;
  if (e.published !== undefined) s += `,"published":${jv(e.published)}`;
  const sm = e.sourceMention;
  const tm = e.targetMention;
  s += `,"sentence":${jv(e.sentence)},"start":${jv(e.start)},"end":${jv(e.end)},"sourceMention":{"start":${jv(sm.start)},"end":${jv(sm.end)}},"targetMention":{"start":${jv(tm.start)},"end":${jv(tm.end)}},"rule":${jv(e.rule)},"confidence":${jv(e.confidence)}`;
  if (e.hedged !== undefined) s += `,"hedged":${jv(e.hedged)}`;
  if (e.negated !== undefined) s += `,"negated":${jv(e.negated)}`;
  return `${s}}`;
}

/**
 * `JSON.stringify({ key, source, target, attributes })` of an edge record of a store (`edgeRecord`'s attributes,
 * in its order; the evidence as `evidenceJson` writes it): the line the JSON export writes for it, by template.
 */
export function edgeJson(r: EdgeRecord): string {
  const a = r.attrs;
  let s = `{"key":${jv(r.key)},"source":${jv(r.source)},"target":${jv(r.target)},"attributes":{"type":${jv(a.type)},"weight":${jv(a.weight)},"confidence":${jv(a.confidence)},"evidence":[`;
  const ev = a.evidence;
  for (let i = 0; i < ev.length; i++) s += i ? `,${evidenceJson(ev[i]!)}` : evidenceJson(ev[i]!);
  s += ']';
  if (a.firstSeen !== undefined) s += `,"firstSeen":${jv(a.firstSeen)}`;
  if (a.lastSeen !== undefined) s += `,"lastSeen":${jv(a.lastSeen)}`;
  if (a.hedged !== undefined) s += `,"hedged":${jv(a.hedged)}`;
  return `${s}}}`;
}

/** Whether an export writes a folded edge: some evidence left, confidence at least the filter's. */
function keepRecord(e: EdgeRecord, f: Pick<NormalizedGraphFilter, 'minConfidence'>): boolean {
  return e.attrs.weight > 0 && e.attrs.confidence >= f.minConfidence;
}

/**
 * Evidence rows in relation order (each relation's rows consecutive) folded
 * into the edges an export writes: those of relations between two written
 * nodes, of the filter's types, with the evidence in its date range; `add`
 * gives the edge a row finished (when kept), `end` the last one. The export's
 * thread (./records.ts `edgeBatches`) and its workers (./edge-job.ts) both
 * fold with it.
 */
export class EdgeFolder {
  private fold: EdgeFold | undefined;
  private skip = false;
  private readonly dated: boolean;
  /** `endsWritten`: every relation's ends are known to be written (not looked up in `written`; the same edges). */
  constructor(
    private readonly f: NormalizedGraphFilter,
    private readonly written: ReadonlySet<string>,
    private readonly endsWritten = false,
  ) {
    this.dated = Boolean(f.since || f.until);
  }

  add(r: EvidenceRow): EdgeRecord | undefined {
    let done: EdgeRecord | undefined;
    let fold = this.fold;
    if (!fold || fold.source !== r.source || fold.type !== r.type || fold.target !== r.target) {
      done = this.end();
      fold = this.fold = new EdgeFold(r.source, r.type, r.target);
      const f = this.f;
      this.skip = r.source === r.target || (!this.endsWritten && (!this.written.has(r.source) || !this.written.has(r.target))) || Boolean(f.types && !f.types.has(r.type));
    }
    if (!this.skip && (!this.dated || inRange(r.evidence.published, this.f.since, this.f.until))) fold.add(r.evidence);
    return done;
  }

  /** The edge of the rows added since the last one finished, when kept. */
  end(): EdgeRecord | undefined {
    const fold = this.fold;
    this.fold = undefined;
    if (!fold || fold.empty) return undefined;
    const e = fold.record();
    return keepRecord(e, this.f) ? e : undefined;
  }
}

/**
 * `evidenceJson(evidenceFromArray(r, 3))` of a row of `JsonEdgeRows` (source, type, target, then EVIDENCE_ARRAY_COLS)
 * without a flag column (described, quantity, quote, event): the same keys in the same order, no object.
 */
function evidenceRowJson(r: readonly unknown[]): string {
  let s = `{"articleId":${jv(r[3])},"articleTitle":${jv(r[4])}`;
  if (r[5]) s += `,"articleSource":${jv(r[5])}`;
  if (r[6]) s += `,"articleUrl":${jv(r[6])}`;
  if (r[7]) s += `,"published":${jv(r[7])}`;
  s += `,"sentence":${jv(r[8])},"start":${jv(r[9])},"end":${jv(r[10])},"sourceMention":{"start":${jv(r[11])},"end":${jv(r[12])}},"targetMention":{"start":${jv(r[13])},"end":${jv(r[14])}},"rule":${jv(r[15])},"confidence":${jv(r[16])}`;
  if (r[17]) s += ',"hedged":true';
  if (r[18]) s += ',"negated":true';
  return `${s}}`;
}

/**
 * The JSON export's edge lines (`edgeJson` of what `EdgeFolder` folds) written straight from evidence rows as the
 * store gives them (src/store/sqlite/reads.ts `evidenceRangeRows`: the relation's source, type and target, then
 * EVIDENCE_ARRAY_COLS, a relation's rows together in one batch). A relation with one row and no evidence flag (most
 * of them), under a filter without dates, is written from its row: no evidence, edge or fold object. Any other is
 * folded by `EdgeFolder` from the rows' objects. The same edges, the same bytes (test/export/edge-json.test.ts).
 */
export class JsonEdgeRows {
  private readonly folder: EdgeFolder;
  private readonly dated: boolean;
  constructor(
    private readonly f: NormalizedGraphFilter,
    private readonly written: ReadonlySet<string>,
    private readonly endsWritten = false,
  ) {
    this.folder = new EdgeFolder(f, written, endsWritten);
    this.dated = Boolean(f.since || f.until);
  }

  /** Gives `line` the text of each edge of `rows` (one whole batch) the export writes, in order; the number of edges. */
  batch(rows: readonly unknown[][], line: (json: string) => void): number {
    let count = 0;
    const n = rows.length;
    for (let i = 0; i < n; ) {
      const r = rows[i]!;
      const source = r[0] as string;
      const type = r[1] as RelationType;
      const target = r[2] as string;
      let j = i + 1;
      while (j < n && rows[j]![0] === source && rows[j]![1] === type && rows[j]![2] === target) j++;
      const f = this.f;
      if (source === target || (!this.endsWritten && (!this.written.has(source) || !this.written.has(target))) || (f.types && !f.types.has(type))) {
        i = j;
        continue;
      }
      if (j === i + 1 && !this.dated && r[19] === null && r[20] === null && r[21] === null && r[22] === null) {
        // One piece of evidence: weight 1, its confidence combined alone, its date first and last seen (edgeRecord).
        const confidence = confidenceOfMiss(addMiss(1, r[16] as number));
        if (confidence >= f.minConfidence) {
          const [s, t] = orient(type, source, target);
          const published = r[7] as string | null;
          let text = `{"key":${jv(edgeKey(s, type, t))},"source":${jv(s)},"target":${jv(t)},"attributes":{"type":${jv(type)},"weight":1,"confidence":${jv(confidence)},"evidence":[${evidenceRowJson(r)}]`;
          if (published) text += `,"firstSeen":${jv(published)},"lastSeen":${jv(published)}`;
          if (r[17]) text += ',"hedged":true';
          line(`${text}}}`);
          count++;
        }
      } else {
        for (let k = i; k < j; k++) {
          const x = rows[k]!;
          this.folder.add({ source, type, target, evidence: evidenceFromArray(x, 3) });
        }
        const e = this.folder.end();
        if (e) {
          line(edgeJson(e));
          count++;
        }
      }
      i = j;
    }
    return count;
  }
}
