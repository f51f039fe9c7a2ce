/**
 * Split an evidence sentence into plain and highlighted segments. Mention
 * offsets are article offsets; `sentenceStart` turns them into sentence
 * offsets. Out-of-range or overlapping spans are clamped or dropped, never
 * thrown. Pure.
 */
export type Role = 'source' | 'target';

export interface Segment {
  text: string;
  role?: Role;
}

export interface RoleSpan {
  start: number;
  end: number;
  role: Role;
}

export function highlightSegments(sentence: string, sentenceStart: number, spans: RoleSpan[]): Segment[] {
  const local = spans
    .map((s) => ({
      start: Math.max(0, Math.min(sentence.length, s.start - sentenceStart)),
      end: Math.max(0, Math.min(sentence.length, s.end - sentenceStart)),
      role: s.role,
    }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Segment[] = [];
  let at = 0;
  for (const s of local) {
    if (s.start < at) continue; // overlaps the previous highlight
    if (s.start > at) out.push({ text: sentence.slice(at, s.start) });
    out.push({ text: sentence.slice(s.start, s.end), role: s.role });
    at = s.end;
  }
  if (at < sentence.length) out.push({ text: sentence.slice(at) });
  return out;
}
