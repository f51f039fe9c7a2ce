/**
 * The guarantees of the extraction contract (README, "The extraction
 * contract"), as a checker that returns every violation it finds: used by the
 * fuzz suite on generated text and by a test on the real corpus.
 */
import type { ArticleExtraction } from '../../src/types.ts';

export function contractViolations(text: string, ex: ArticleExtraction): string[] {
  const out: string[] = [];
  const span = (what: string, s: { start: number; end: number }) => {
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= text.length)) {
      out.push(`${what}: span ${s.start}-${s.end} outside 0-${text.length}`);
      return false;
    }
    return true;
  };
  const mentionsOf = new Map<string, Set<string>>();
  for (const e of ex.entities) {
    if (mentionsOf.has(e.id)) out.push(`entity id ${JSON.stringify(e.id)} twice`);
    const spans = new Set<string>();
    mentionsOf.set(e.id, spans);
    for (const m of e.mentions) {
      if (span(`mention of ${e.id}`, m) && text.slice(m.start, m.end) !== m.text) {
        out.push(`mention of ${e.id} ${m.start}-${m.end}: text ${JSON.stringify(m.text)} is not the slice ${JSON.stringify(text.slice(m.start, m.end))}`);
      }
      spans.add(`${m.start}:${m.end}`);
    }
  }
  for (const r of ex.relations) {
    const where = `${r.source} ${r.type} ${r.target}`;
    if (!mentionsOf.has(r.source) || !mentionsOf.has(r.target)) out.push(`${where}: an end is no entity of the record`);
    if (r.evidence.length === 0) out.push(`${where}: no evidence`);
    for (const ev of r.evidence) {
      if (span(`${where} evidence`, ev) && text.slice(ev.start, ev.end) !== ev.sentence) out.push(`${where}: evidence sentence is not the slice ${ev.start}-${ev.end}`);
      if (!(ev.confidence >= 0 && ev.confidence <= 1)) out.push(`${where}: confidence ${ev.confidence}`);
      for (const [end, id, m] of [['source', r.source, ev.sourceMention], ['target', r.target, ev.targetMention]] as const) {
        if (!span(`${where} ${end} mention`, m)) continue;
        const described = (ev.described ?? []).includes(end);
        if (!described && !mentionsOf.get(id)?.has(`${m.start}:${m.end}`)) out.push(`${where}: ${end} mention ${m.start}-${m.end} is no mention of ${id}`);
      }
    }
  }
  for (const q of ex.quotes) {
    if (span('quote', q) && text.slice(q.start, q.end) !== q.text) out.push(`quote ${q.start}-${q.end}: text is not the slice`);
    if (!mentionsOf.has(q.speaker)) out.push(`quote ${q.start}-${q.end}: speaker ${q.speaker} is no entity`);
    if (q.addressee !== undefined && !mentionsOf.has(q.addressee)) out.push(`quote ${q.start}-${q.end}: addressee ${q.addressee} is no entity`);
  }
  return out;
}
