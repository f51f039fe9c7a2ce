/**
 * `npx tsx scripts/eval/relation-misses.ts [publisher...] [--fp] [--all] [--type T]`:
 * re3d-dev relation misses and false positives of the given publishers,
 * grouped by the construction that joins the two ends (issue 12, session 12).
 *
 * A miss is listed only when both gold ends overlap a predicted mention
 * (the reach is there, the reading is not) unless --all. The construction is
 * a rough reading of the words between the ends in their sentence:
 * cross-sentence, possessive, of-phrase, compound (ends adjacent), apposition,
 * coordination, preposition, clause (a verb-like word between), other.
 *
 * Development protocol: by default only the two development publishers (UK
 * Government, US State Department) are accepted; the other three are held
 * out and only their scores are read (`npm run eval -- --publishers`).
 */
import { analyzeArticle } from '../../src/resolve/index.ts';
import { loadRe3d } from './load-re3d.ts';
import { goldRelations, predictedMentions, predictedRelations, relationFits, type Re3dDoc } from './score-re3d.ts';
import { overlaps, type Span } from './match.ts';
import { join } from 'node:path';

const DEV = ['UK Government', 'US State Department'];

const args = process.argv.slice(2);
const wantFp = args.includes('--fp');
const all = args.includes('--all');
const typeAt = args.indexOf('--type');
const onlyType = typeAt >= 0 ? args[typeAt + 1] : undefined;
const pubs = args.filter((a, i) => !a.startsWith('--') && (typeAt < 0 || i !== typeAt + 1));
const publishers = pubs.length ? pubs : DEV;
for (const p of publishers) if (!DEV.includes(p)) throw new Error(`${p} is held out (development publishers: ${DEV.join(', ')})`);

const shared = process.env.NEWSGRAPH_SHARED ?? join(import.meta.dirname, '..', '..', '..', 'shared');
const docs = loadRe3d(join(shared, 'data', 're3d-dev')).filter((d) => publishers.includes(d.source ?? ''));

/** The sentence around a position: between the previous and the next ". " or newline. */
function sentenceAt(text: string, at: number): Span {
  let s = at;
  while (s > 0 && !/[.!?]\s/.test(text.slice(s - 2, s)) && text[s - 1] !== '\n') s--;
  let e = at;
  while (e < text.length && !/[.!?]\s/.test(text.slice(e, e + 2)) && text[e] !== '\n') e++;
  return { start: s, end: Math.min(text.length, e + 1) };
}

function construction(text: string, a: Span, b: Span): string {
  const [x, y] = a.start <= b.start ? [a, b] : [b, a];
  if (overlaps(x, y)) return 'nested';
  const sx = sentenceAt(text, x.start);
  if (y.start >= sx.end) return 'cross-sentence';
  const mid = text.slice(x.end, y.start);
  const m = mid.trim().toLowerCase();
  if (m === '' || m === '-') return 'compound';
  if (/^['’]s?$/.test(m) || /^['’]s\s+\w+$/.test(m)) return 'possessive';
  if (/^of( the)?$/.test(m) || /^\w*\s*of( the)?$/.test(m)) return 'of-phrase';
  if (/^,/.test(m) && m.split(/\s+/).length <= 4 && !/\b(and|or|but)\b/.test(m)) return 'apposition';
  if (/^(,|and|or|as well as|,? and|,? the)( the)?$/.test(m) || /^(and|,)\b/.test(m) && m.split(/\s+/).length <= 3) return 'coordination';
  if (/^(in|at|on|near|from|to|into|across|within|throughout|over|inside|outside|around)( the)?$/.test(m)) return 'preposition';
  if (/\b(who|which|that|whose)\b/.test(m)) return 'relative-clause';
  if (/\b(is|are|was|were|has|have|had|be|been|being|will|would|can|could|\w+ed|\w+s)\b/.test(m) && m.split(/\s+/).length <= 25) return 'clause';
  return 'other';
}

const out: string[] = [];
const groups = new Map<string, number>();
let listed = 0;
for (const doc of docs as Re3dDoc[]) {
  const ex = analyzeArticle({ id: doc.id, title: doc.title, text: doc.text, ...(doc.source ? { source: doc.source } : {}) });
  const gold = goldRelations(doc.relations).filter((g) => !onlyType || g.type === onlyType);
  const preds = predictedRelations(ex, doc.text).filter((p) => !onlyType || p.type === onlyType);
  const mentions = predictedMentions(ex);
  const found = (s: Span) => mentions.some((m) => overlaps(m, s));
  // one-to-one greedy is enough for a listing
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  gold.forEach((g, gi) => {
    const pi = preds.findIndex((p, i) => !usedP.has(i) && relationFits(g, p));
    if (pi >= 0) {
      usedP.add(pi);
      usedG.add(gi);
    }
  });
  const show = (kind: string, type: string, a: Span, b: Span, label: string) => {
    const c = construction(doc.text, a, b);
    const key = `${kind} ${type} ${c}`;
    groups.set(key, (groups.get(key) ?? 0) + 1);
    const lo = Math.min(a.start, b.start);
    const hi = Math.max(a.end, b.end);
    const s = sentenceAt(doc.text, lo);
    const e = sentenceAt(doc.text, Math.max(lo, hi - 1));
    let sent = doc.text.slice(s.start, Math.max(s.end, e.end)).replace(/\s+/g, ' ').trim();
    if (sent.length > 400) sent = sent.slice(0, 400) + '…';
    out.push(`[${kind} ${type} ${c}] ${doc.id}: ${label}\n    ${sent}`);
    listed++;
  };
  if (!wantFp) {
    gold.forEach((g, gi) => {
      if (usedG.has(gi)) return;
      if (!all && !(found(g.a) && found(g.b))) return;
      show('miss', g.type, g.a, g.b, g.label);
    });
  } else {
    preds.forEach((p, pi) => {
      if (usedP.has(pi)) return;
      show('fp', p.type, p.a, p.b, p.label);
    });
  }
}
out.sort();
console.log(out.join('\n'));
console.log(`\n== ${listed} ${wantFp ? 'false positives' : all ? 'misses' : 'misses with both ends found'} (${publishers.join(', ')}) by construction ==`);
for (const [k, n] of [...groups.entries()].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(3)}  ${k}`);
