/**
 * The NER training data, mapped onto four classes: PER (people), ORG
 * (organisations, armed groups, governments, companies), LOC (places,
 * countries) and NORP (nationality, religious or ethnic group: "Iraqi",
 * "Kurds"). Each corpus is read into documents of sentences of words with
 * BILOU labels.
 *
 *   GMB (VOA news, silver): per -> PER, org -> ORG, geo -> LOC; gpe mixes
 *     countries and demonyms: a gpe span ending in an adjective or plural
 *     (JJ, NNS, NNPS, NN) is NORP, else LOC; tim, art, eve, nat -> O ("nat" is
 *     natural phenomena, not nationality). No document breaks in the extract:
 *     runs of 10 consecutive sentences stand for documents.
 *   WikiGold (IO tags): PER, ORG, LOC; MISC -> NORP when it is a known
 *     demonym (one word), else O.
 *   BTC, WNUT-17 (BIO): person/PER -> PER, location/LOC -> LOC, ORG, group,
 *     corporation -> ORG; other classes -> O. Neither marks nationalities, so
 *     a known demonym left O becomes NORP.
 *   re3d-dev: Person, Organisation, Location, Nationality. Only named spans
 *     (scripts/eval/named.ts's rule; a leading "the" dropped), the outermost
 *     of overlapping ones; descriptions ("the group", "rebels") stay O.
 * CoNLL-2003 is never read here.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeBilou, type LabelSpan } from '../../src/extract/tagger/bilou.ts';
import { tagTokens, tokenSentences } from '../../src/extract/tagger/tokenize.ts';
import { loadRe3d } from '../eval/load-re3d.ts';
import { isNamedMention } from '../eval/named.ts';
import type { TaggedSentence } from './gmb.ts';

export interface NerSentenceData {
  words: string[];
  labels: string[];
}
export interface NerDoc {
  /** corpus name, or the re3d publisher folder */
  source: string;
  sentences: NerSentenceData[];
}

/** Spans from per-token class tags with B/I prefixes (IO when `io`). */
function bioSpans(tags: readonly string[], map: (cls: string) => string | undefined, io = false): LabelSpan[] {
  const out: LabelSpan[] = [];
  let cur: LabelSpan | undefined;
  tags.forEach((t, i) => {
    const [p, raw] = t === 'O' || !t.includes('-') ? ['O', ''] : [t.slice(0, t.indexOf('-')), t.slice(t.indexOf('-') + 1)];
    const cls = p === 'O' ? undefined : map(raw);
    const cont = cur && cls === cur.cls && (p === 'I' || (io && p !== 'B')) && cur.end === i;
    if (cont) cur!.end = i + 1;
    else if (cls) {
      cur = { start: i, end: i + 1, cls };
      out.push(cur);
    } else cur = undefined;
  });
  return out;
}

/** Known demonyms -> NORP over tokens no span covers. */
function addDemonyms(words: readonly string[], spans: LabelSpan[], demonyms: ReadonlySet<string>): LabelSpan[] {
  const covered = new Uint8Array(words.length);
  for (const s of spans) for (let i = s.start; i < s.end; i++) covered[i] = 1;
  const extra: LabelSpan[] = [];
  words.forEach((w, i) => {
    if (!covered[i] && /^\p{Lu}/u.test(w) && demonyms.has(w)) extra.push({ start: i, end: i + 1, cls: 'NORP' });
  });
  return [...spans, ...extra].sort((a, b) => a.start - b.start);
}

const GMB_CLASS: Record<string, string> = { per: 'PER', org: 'ORG', geo: 'LOC', gpe: 'GPE' };

/** GMB sentences as documents; also collects the demonyms it marks (gpe adjectives and plurals). */
export function gmbDocs(sentences: TaggedSentence[], demonymsOut: Set<string>): NerDoc[] {
  const counts = new Map<string, number>();
  const docs: NerDoc[] = [];
  sentences.forEach((s, k) => {
    if (k % 10 === 0) docs.push({ source: 'gmb', sentences: [] });
    const spans = bioSpans(s.tags, (c) => GMB_CLASS[c]).map((sp) => {
      if (sp.cls !== 'GPE') return sp;
      const lastPos = s.pos[sp.end - 1]!;
      const norp = lastPos === 'JJ' || lastPos === 'NNS' || lastPos === 'NNPS' || lastPos === 'NN';
      if (norp && sp.end - sp.start === 1) counts.set(s.words[sp.start]!, (counts.get(s.words[sp.start]!) ?? 0) + 1);
      return { ...sp, cls: norp ? 'NORP' : 'LOC' };
    });
    docs[docs.length - 1]!.sentences.push({ words: s.words, labels: encodeBilou(s.words.length, spans) });
  });
  for (const [w, c] of counts) if (c >= 3 && /^\p{Lu}\p{Ll}+$/u.test(w)) demonymsOut.add(w);
  return docs;
}

/** A CoNLL-like file: "token<ws>tag" lines, blank line between sentences, -DOCSTART- between documents. */
export function readColumns(path: string): Array<Array<{ words: string[]; tags: string[] }>> {
  const docs: Array<Array<{ words: string[]; tags: string[] }>> = [[]];
  let cur: { words: string[]; tags: string[] } = { words: [], tags: [] };
  const flush = () => {
    if (cur.words.length) docs[docs.length - 1]!.push(cur);
    cur = { words: [], tags: [] };
  };
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/)) {
    const t = line.trim();
    if (!t) {
      flush();
      continue;
    }
    const parts = t.split(/\s+/);
    if (parts[0] === '-DOCSTART-') {
      flush();
      if (docs[docs.length - 1]!.length) docs.push([]);
      continue;
    }
    if (parts.length < 2) continue;
    cur.words.push(parts[0]!);
    cur.tags.push(parts[parts.length - 1]!);
  }
  flush();
  return docs.filter((d) => d.length);
}

const OTHER_CLASS: Record<string, string> = {
  PER: 'PER', person: 'PER', LOC: 'LOC', location: 'LOC', ORG: 'ORG', group: 'ORG', corporation: 'ORG',
};

/** WikiGold, BTC or WNUT-17 documents. `perSentence`: every sentence (tweet) is a document. */
export function columnDocs(path: string, source: string, demonyms: ReadonlySet<string>, opts: { io?: boolean; perSentence?: boolean }): NerDoc[] {
  const out: NerDoc[] = [];
  for (const doc of readColumns(path)) {
    const sents = doc.map((s) => {
      let spans = bioSpans(s.tags, (c) => (c === 'MISC' ? 'MISC' : OTHER_CLASS[c]), opts.io);
      spans = spans.flatMap((sp) =>
        sp.cls !== 'MISC' ? [sp] : sp.end - sp.start === 1 && demonyms.has(s.words[sp.start]!) ? [{ ...sp, cls: 'NORP' }] : [],
      );
      spans = addDemonyms(s.words, spans, demonyms);
      return { words: s.words, labels: encodeBilou(s.words.length, spans) };
    });
    if (opts.perSentence) for (const s of sents) out.push({ source, sentences: [s] });
    else out.push({ source, sentences: sents });
  }
  return out;
}

const RE3D_CLASS: Record<string, string> = { Person: 'PER', Organisation: 'ORG', Location: 'LOC', Nationality: 'NORP' };

/** re3d-dev documents tokenized as at run time; `publisher` is the sub-corpus folder. */
export function re3dDocs(root: string): Array<NerDoc & { id: string }> {
  const out: Array<NerDoc & { id: string }> = [];
  for (const doc of loadRe3d(root)) {
    const folder = publisherOf(root, doc.id);
    const text = doc.text;
    // gold name spans: named, "the" dropped, outermost first
    const spans = doc.entities
      .filter((e) => RE3D_CLASS[e.type])
      .map((e) => {
        const lead = /^the\s+/i.exec(e.value)?.[0].length ?? 0;
        return { start: e.begin + lead, end: e.end, cls: RE3D_CLASS[e.type]!, value: e.value.slice(lead) };
      })
      .filter((s) => s.end > s.start && isNamedMention(s.value))
      .sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const taken: typeof spans = [];
    for (const s of spans) if (!taken.some((t) => t.start < s.end && s.start < t.end)) taken.push(s);
    const tokens = tagTokens(text);
    const sentences = tokenSentences(text, tokens).map(([a, b]) => {
      const toks = tokens.slice(a, b);
      const labels: LabelSpan[] = [];
      for (const s of taken) {
        let first = -1;
        let last = -1;
        toks.forEach((t, i) => {
          if (t.start < s.end && s.start < t.end) {
            if (first < 0) first = i;
            last = i;
          }
        });
        if (first >= 0) labels.push({ start: first, end: last + 1, cls: s.cls });
      }
      labels.sort((x, y) => x.start - y.start);
      const clean: LabelSpan[] = [];
      for (const l of labels) if (!clean.length || clean[clean.length - 1]!.end <= l.start) clean.push(l);
      return { words: toks.map((t) => t.text), labels: encodeBilou(toks.length, clean) };
    });
    out.push({ id: doc.id, source: folder, sentences });
  }
  return out;
}

const folderCache = new Map<string, Map<string, string>>();
/** The re3d sub-corpus folder (publisher) of a document id. */
export function publisherOf(root: string, docId: string): string {
  let m = folderCache.get(root);
  if (!m) {
    m = new Map();
    for (const d of readdirSync(root).sort()) {
      const p = join(root, d, 'documents.json');
      if (!existsSync(p)) continue;
      for (const line of readFileSync(p, 'utf8').split('\n')) {
        const id = /"_id"\s*:\s*"([^"]+)"/.exec(line)?.[1];
        if (id) m.set(id, d);
      }
    }
    folderCache.set(root, m);
  }
  return m.get(docId) ?? 'unknown';
}
