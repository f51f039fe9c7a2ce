/**
 * `npm run eval -- --notes`: short event notes of the kind conflict monitors
 * write (./data/event-notes.txt, a development set written fresh for
 * newsgraph: never copied). Each note is one article (dated 2026-03-15) run
 * through the extraction contract in process; for each note:
 *   - edge found: an evidence item of the expected type joins a mention
 *     overlapping the expected source words and one overlapping the expected
 *     target words (either way round);
 *   - right direction: source -> target as expected (both ways for the
 *     symmetric allied_with);
 *   - place found: an evidence item of that edge names the place (its event
 *     `place` overlaps the place words), or a `located_in` evidence in the note
 *     has its target there. Counted over notes that give a place.
 * Also: the `attacks` notes alone (issue 12's 5.5% figure is for those).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyzeArticle } from '../../src/resolve/index.ts';
import type { ArticleExtraction, RelationType, Span } from '../../src/types.ts';

export const NOTES_PATH = fileURLToPath(new URL('./data/event-notes.txt', import.meta.url));
export const NOTES_DATE = '2026-03-15';

export interface EventNote {
  line: number;
  text: string;
  source: string;
  type: RelationType;
  target: string;
  place?: string;
}

export interface NotesScore {
  notes: number;
  found: number;
  direction: number;
  withPlace: number;
  placeFound: number;
  attacks: { notes: number; found: number; direction: number };
  byType: Record<string, { notes: number; found: number; direction: number }>;
  misses: Array<{ line: number; text: string; why: string }>;
  seconds: number;
}

/** Read the notes file; a malformed line is an error naming the line. */
export function parseNotes(text: string, file = NOTES_PATH): EventNote[] {
  const out: EventNote[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const parts = line.split('|').map((p) => p.trim());
    if (parts.length !== 5) throw new Error(`${file}:${i + 1}: expected "note | source | type | target | place", got ${parts.length} fields`);
    const [note, source, type, target, place] = parts as [string, string, string, string, string];
    for (const [what, w] of [['source', source], ['target', target], ['place', place]] as const) {
      if (w && !note.includes(w)) throw new Error(`${file}:${i + 1}: the ${what} words "${w}" are not in the note`);
    }
    out.push({ line: i + 1, text: note, source, type: type as RelationType, target, ...(place ? { place } : {}) });
  });
  return out;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const spanOf = (text: string, words: string): Span => {
  const start = text.indexOf(words);
  return { start, end: start + words.length };
};

/** Score one note's extraction. */
export function scoreNote(n: EventNote, ex: ArticleExtraction): { found: boolean; direction: boolean; place: boolean; why: string } {
  const src = spanOf(n.text, n.source);
  const tgt = spanOf(n.text, n.target);
  const place = n.place ? spanOf(n.text, n.place) : undefined;
  let found = false;
  let direction = false;
  let placeFound = false;
  const typed = ex.relations.filter((r) => r.type === n.type);
  for (const r of typed) {
    for (const ev of r.evidence) {
      const fwd = overlaps(ev.sourceMention, src) && overlaps(ev.targetMention, tgt);
      const back = overlaps(ev.sourceMention, tgt) && overlaps(ev.targetMention, src);
      if (!fwd && !back) continue;
      found = true;
      if (fwd || n.type === 'allied_with') direction = true;
      if (place && ev.event?.place && n.text.includes(ev.event.place) && overlaps(spanOf(n.text, ev.event.place), place)) placeFound = true;
    }
  }
  if (place && !placeFound) {
    for (const r of ex.relations) if (r.type === 'located_in') for (const ev of r.evidence) if (overlaps(ev.targetMention, place)) placeFound = true;
  }
  const types = [...new Set(ex.relations.map((r) => r.type))].join(',') || 'none';
  const why = found ? (direction ? '' : 'reversed') : `no ${n.type} edge between the ends (relations: ${types}; entities: ${ex.entities.map((e) => e.label).join('; ')})`;
  return { found, direction, place: placeFound, why };
}

export function evalNotes(file = NOTES_PATH): NotesScore {
  const notes = parseNotes(readFileSync(file, 'utf8'), file);
  const t0 = performance.now();
  const s: NotesScore = { notes: notes.length, found: 0, direction: 0, withPlace: 0, placeFound: 0, attacks: { notes: 0, found: 0, direction: 0 }, byType: {}, misses: [], seconds: 0 };
  for (const n of notes) {
    const ex = analyzeArticle({ id: `note-${n.line}`, title: `note ${n.line}`, text: n.text, published: NOTES_DATE, source: 'event notes' } as Parameters<typeof analyzeArticle>[0]);
    const r = scoreNote(n, ex);
    const t = (s.byType[n.type] ??= { notes: 0, found: 0, direction: 0 });
    t.notes++;
    if (r.found) (s.found++, t.found++);
    if (r.direction) (s.direction++, t.direction++);
    if (n.type === 'attacks') {
      s.attacks.notes++;
      if (r.found) s.attacks.found++;
      if (r.direction) s.attacks.direction++;
    }
    if (n.place) {
      s.withPlace++;
      if (r.place) s.placeFound++;
    }
    if (!r.direction) s.misses.push({ line: n.line, text: n.text, why: r.why });
  }
  s.seconds = (performance.now() - t0) / 1000;
  return s;
}

const pct = (n: number, d: number) => `${n}/${d} = ${d ? (n / d).toFixed(3) : '0.000'}`;

export function notesSection(s: NotesScore, errorsShown = 25): string {
  const L = ['== Event notes (scripts/eval/data/event-notes.txt, written fresh; in process) =='];
  L.push(`  ${s.notes} notes in ${s.seconds.toFixed(1)} s`);
  L.push(`  edge found (type, both ends):      ${pct(s.found, s.notes)}`);
  L.push(`  right direction:                   ${pct(s.direction, s.notes)}`);
  L.push(`  place found:                       ${pct(s.placeFound, s.withPlace)}`);
  L.push(`  attacks notes: found ${pct(s.attacks.found, s.attacks.notes)}, right direction ${pct(s.attacks.direction, s.attacks.notes)}   [issue 12: 5.5% on the kept-apart notes before events]`);
  L.push('  by type: ' + Object.entries(s.byType).sort().map(([k, v]) => `${k} ${v.direction}/${v.found}/${v.notes}`).join(', ') + '  (direction/found/notes)');
  if (errorsShown > 0) {
    L.push(`  misses (first ${Math.min(errorsShown, s.misses.length)} of ${s.misses.length}):`);
    for (const m of s.misses.slice(0, errorsShown)) L.push(`    ${m.line}: ${m.text}  -- ${m.why.slice(0, 160)}`);
  }
  return L.join('\n');
}

/** The figures kept in test/eval/floors.json. */
export function notesFigures(s: NotesScore): { found: number; direction: number; place: number; attacksFound: number } {
  const r = (n: number, d: number) => (d ? Math.floor((n / d) * 1000) / 1000 : 0);
  return { found: r(s.found, s.notes), direction: r(s.direction, s.notes), place: r(s.placeFound, s.withPlace), attacksFound: r(s.attacks.found, s.attacks.notes) };
}
