/**
 * Scoring newsgraph's output on the PETRARCH unit tests (issue 12, "How it is
 * measured"): an expected coding (source code, target code, event code) is
 * found when one evidence item of the output carries an event whose CAMEO
 * root (first two digits) equals the expected code's, and whose source and
 * target ends are entities the validation dictionaries code as the expected
 * source and target.
 *
 * Events: the extraction contract gains `event: { cameo, plover }` on
 * evidence items (a later task). An evidence item's ends are read from its
 * `sourceMention` / `targetMention` spans (the entity with a mention there),
 * so the direction of a symmetric edge stored in canonical order does not
 * matter; the relation's own ends are the fallback. Any relation type counts,
 * including ones the contract may add (`interacts`).
 *
 * Actors: an output entity is given every code the validation actor and agent
 * dictionaries give its label, aliases and mention texts, on the record's date
 * (dated roles, PETRARCH's rule): "Arnor" -> ARN; "the Arnor foreign minister"
 * -> ARN + ~GOVFRM = ARNGOVFRM; "an MSF Arnor diplomat" -> NGO (MSF is NGO~) +
 * ARN + GOV = NGOARNGOV; "police" alone -> ---COP. Strict: the expected code
 * is among the entity's codes. Relaxed: the first three letters agree (the
 * actor without its agents).
 */
import type { Entity, Span } from '../../src/types.ts';
import type { ActorRole } from '../../src/extract/lexicon/petrarch/types.ts';
import { roleAt } from '../../src/extract/lexicon/petrarch/roles.ts';
import { parseActorRecords } from '../convert/petrarch/actors.ts';
import { parseAgents } from '../convert/petrarch/agents.ts';
import { Problems, type Problem } from '../convert/petrarch/source.ts';
import type { CodedActor, PetrarchCoding, PetrarchRecord } from './petrarch-records.ts';

// ---------------------------------------------------------------------------
// The validation dictionaries as a code lookup

export interface ValidationLexicon {
  /** Actor phrases (lower-case words) with their roles. */
  actors: Array<{ words: string[]; roles: ActorRole[] }>;
  /** Agent nouns and their plurals with their codes (`~GOV`, `NGO~`). */
  agents: Array<{ words: string[]; code: string }>;
  /** The actor part of every code the dictionaries can give (for "could this code be produced at all"). */
  actorCodes: Set<string>;
  agentCodes: Set<string>;
}

function regularPlurals(noun: string): string[] {
  const k = noun.lastIndexOf(' ');
  const pre = noun.slice(0, k + 1);
  const h = noun.slice(k + 1);
  const out = [h.endsWith('y') ? `${h.slice(0, -1)}ies` : /(s|x|z|ch|sh)$/.test(h) ? `${h}es` : `${h}s`];
  return out.map((x) => pre + x);
}

export function buildValidationLexicon(actorsText: string, agentsText: string, problems: Problem[]): ValidationLexicon {
  const pa = new Problems('PETR.Validate.actors.txt');
  const recs = parseActorRecords(actorsText, { strictCodes: false }, pa);
  const pg = new Problems('PETR.Validate.agents.txt');
  const { agents } = parseAgents(agentsText, pg);
  problems.push(...pa.list, ...pg.list);
  const actors: ValidationLexicon['actors'] = [];
  const actorCodes = new Set<string>();
  for (const r of recs) {
    // "[FRO/BIL/SAM]": one phrase, several actors (TABARI); "[pse]": codes are upper case
    const roles = r.roles.flatMap((x) => x.code.split('/').map((c) => ({ ...x, code: c.toUpperCase() })));
    for (const x of roles) if (/^[A-Z]{3}/.test(x.code)) actorCodes.add(x.code.slice(0, 3));
    // text words lose a leading "the" (see words()); so do the phrases
    for (const w of [r.primary, ...r.synonyms]) actors.push({ words: w[0] === 'the' && w.length > 1 ? w.slice(1) : w, roles });
  }
  const out: ValidationLexicon['agents'] = [];
  const agentCodes = new Set<string>();
  for (const a of agents) {
    agentCodes.add(a.code.replace('~', ''));
    const forms = [a.noun, ...(a.plural ?? regularPlurals(a.noun))];
    for (const f of forms) out.push({ words: f.split(' '), code: a.code });
  }
  // longest phrases first, so "hamas military command" wins over "hamas"
  actors.sort((x, y) => y.words.length - x.words.length);
  out.sort((x, y) => y.words.length - x.words.length);
  return { actors, agents: out, actorCodes, agentCodes };
}

/** Lower-case words of a text: possessive 's dropped, punctuation but . ' - & removed, a leading "the" dropped. */
export function words(text: string): string[] {
  const w = text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/'s\b/g, '')
    .replace(/[^a-z0-9.'&\s-]/g, ' ')
    .split(/\s+/)
    .map((x) => (/^([a-z]\.)+$/.test(x) ? x : x.replace(/^[.'-]+|[.'-]+$/g, '')))
    .filter(Boolean);
  return w[0] === 'the' ? w.slice(1) : w;
}

function findAll(hay: string[], needle: string[], used: boolean[]): number[] {
  const at: number[] = [];
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let k = 0; k < needle.length; k++) if (hay[i + k] !== needle[k] || used[i + k]) continue outer;
    at.push(i);
  }
  return at;
}

/**
 * The codes the validation dictionaries give a phrase on a date: each actor
 * phrase in it (longest first), combined with the agents in it: `~X` agents
 * follow the actor's code, `X~` agents precede it; agents without an actor
 * give `---X`.
 */
export function codesOfPhrase(text: string, date: string, lex: ValidationLexicon): Set<string> {
  const w = words(text);
  const used = new Array<boolean>(w.length).fill(false);
  const actorCodes: string[] = [];
  for (const a of lex.actors) {
    for (const i of findAll(w, a.words, used)) {
      for (let k = 0; k < a.words.length; k++) used[i + k] = true;
      const roles = a.roles.filter((r) => r.code !== '---');
      // several actors for one phrase: each dated restriction applies on its own
      const role = roleAt(roles, date);
      const codes = role ? roles.filter((r) => r.from === role.from && r.to === role.to).map((r) => r.code) : [];
      actorCodes.push(...codes);
    }
  }
  const before: string[] = [];
  const after: string[] = [];
  for (const g of lex.agents) {
    for (const i of findAll(w, g.words, used)) {
      for (let k = 0; k < g.words.length; k++) used[i + k] = true;
      if (g.code.startsWith('~')) after.push(g.code.slice(1));
      else before.push(g.code.slice(0, -1));
    }
  }
  const out = new Set<string>();
  const bases = actorCodes.length ? actorCodes : before.length || after.length ? ['---'] : [];
  for (const a of bases) {
    if (a !== '---' || (!before.length && !after.length)) out.add(a);
    for (const b of before) out.add(b + a);
    for (const s of after) out.add(a + s);
    if (before.length || after.length) out.add(before.join('') + a + after.join(''));
  }
  out.delete('---');
  return out;
}

// ---------------------------------------------------------------------------
// Entities and events of an output

/** The fields of an extraction the scorer reads: the contract's, with evidence that may carry an event. */
export interface ScoredOutput {
  entities: Array<Pick<Entity, 'id' | 'label' | 'aliases' | 'mentions' | 'titles'> & { type?: Entity['type'] }>;
  relations: Array<{
    type: string;
    source: string;
    target: string;
    evidence: Array<{ sourceMention: Span; targetMention: Span; event?: { cameo?: string; plover?: string } }>;
  }>;
}

export interface PredictedEvent {
  cameo: string;
  type: string;
  source: string;
  target: string;
}

function entityAt(out: ScoredOutput, span: Span, fallback: string): string {
  const exact = out.entities.find((e) => e.mentions.some((m) => m.start === span.start && m.end === span.end));
  if (exact) return exact.id;
  const over = out.entities.find((e) => e.mentions.some((m) => m.start < span.end && span.start < m.end));
  return over ? over.id : fallback;
}

export function eventsOf(out: ScoredOutput): PredictedEvent[] {
  const evs: PredictedEvent[] = [];
  for (const r of out.relations) {
    for (const ev of r.evidence ?? []) {
      const cameo = ev.event?.cameo;
      if (typeof cameo !== 'string' || !cameo) continue;
      evs.push({ cameo, type: r.type, source: entityAt(out, ev.sourceMention, r.source), target: entityAt(out, ev.targetMention, r.target) });
    }
  }
  return evs;
}

export function entityCodes(out: ScoredOutput, date: string, lex: ValidationLexicon): Map<string, { codes: Set<string>; forms: string[] }> {
  const m = new Map<string, { codes: Set<string>; forms: string[] }>();
  // the country a titled person leads or serves, as an edge of the graph says ("Chad's President X": X leads Chad)
  const byId = new Map(out.entities.map((e) => [e.id, e]));
  const countriesOf = new Map<string, string[]>();
  for (const r of out.relations) {
    const c = byId.get(r.target);
    if ((r.type !== 'leads' && r.type !== 'member_of') || c?.type !== 'country') continue;
    countriesOf.set(r.source, [...(countriesOf.get(r.source) ?? []), c.label]);
  }
  for (const e of out.entities) {
    // a person's titles are part of how the dictionaries code them: "Prime Minister X" is the government's man, and
    // with the country: "Chad President X" is Chad's government's (the noun phrase's actor and the title's agent)
    const titled = (e.titles ?? []).map((t) => `${t} ${e.label}`);
    for (const c of countriesOf.get(e.id) ?? []) titled.push(...(e.titles?.length ? e.titles.map((t) => `${c} ${t} ${e.label}`) : [`${c} ${e.label}`]));
    // a generic actor's scope is its country or group ("protesters (Arnor)" for "human rights activists in Arnor"): the
    // node is that one's people, as the noun phrase "Arnor human rights activists" is (an article's own scope is none)
    const scope = /\((?!in )([^(),]+)(?:, \d{4}-\d{2})?\)$/.exec(e.label)?.[1];
    if (scope) titled.push(...e.mentions.map((x) => `${scope} ${x.text}`));
    const forms = [...new Set([e.label, ...(e.aliases ?? []), ...e.mentions.map((x) => x.text), ...titled])];
    const codes = new Set<string>();
    for (const f of forms) for (const c of codesOfPhrase(f, date, lex)) codes.add(c);
    m.set(e.id, { codes, forms });
  }
  return m;
}

// ---------------------------------------------------------------------------
// Scoring

export type MissReason =
  | 'absent-actor'
  | 'code-not-in-dictionaries'
  | 'source-and-target-not-found'
  | 'source-not-found'
  | 'target-not-found'
  | 'no-event-between-them'
  | 'wrong-event-code'
  | 'wrong-direction';

export interface RecordScore {
  id: string;
  category: string;
  expected: number;
  found: number;
  foundRelaxed: number;
  /** Expected codings whose source and target are both entities of the output (strict codes), events aside. */
  actorsFound: number;
  misses: Array<{ coding: PetrarchCoding; reason: MissReason }>;
  /** Predicted events that match no expected coding (false positives). */
  extra: PredictedEvent[];
  predicted: number;
}

const root = (code: string) => code.slice(0, 2);

const isAbsent = (a: CodedActor) => 'code' in a && a.code === '---';

/** Can the validation dictionaries give this code at all? (`###`, `XYZGOV` cannot.) */
export function producible(a: CodedActor, lex: ValidationLexicon): boolean {
  if ('text' in a) return true;
  const c = a.code.toUpperCase();
  if (c.startsWith('---')) return c.length > 3 && [...lex.agentCodes].some((g) => c.slice(3).startsWith(g));
  return lex.actorCodes.has(c.slice(0, 3)) || [...lex.agentCodes].some((g) => c.startsWith(g));
}

function matches(entity: { codes: Set<string>; forms: string[] } | undefined, a: CodedActor, relaxed: boolean): boolean {
  if (!entity) return false;
  if ('text' in a) {
    const want = words(a.text).join(' ');
    return entity.forms.some((f) => {
      const w = words(f).join(' ');
      return w === want || (w.length > 0 && (w.includes(want) || want.includes(w)));
    });
  }
  const code = a.code.toUpperCase();
  if (entity.codes.has(code)) return true;
  return relaxed && [...entity.codes].some((c) => c.slice(0, 3) === code.slice(0, 3));
}

export function scoreRecord(rec: PetrarchRecord, out: ScoredOutput | undefined, lex: ValidationLexicon): RecordScore {
  const s: RecordScore = { id: rec.id, category: rec.category, expected: rec.codings.length, found: 0, foundRelaxed: 0, actorsFound: 0, misses: [], extra: [], predicted: 0 };
  const events = out ? eventsOf(out) : [];
  s.predicted = events.length;
  const codes = out ? entityCodes(out, rec.date, lex) : new Map<string, { codes: Set<string>; forms: string[] }>();
  const ids = [...codes.keys()];
  // an event stands for one coding, or for several whose ends are different actors of the same two entities: the
  // dictionaries may code one phrase as several actors ("[FRO/BIL/SAM]": PETRARCH then writes one coding per actor),
  // and newsgraph has one entity for the phrase (carrying all its codes), so one event
  const usedStrict = new Map<number, PetrarchCoding[]>();
  const usedRelaxed = new Map<number, PetrarchCoding[]>();
  const actorOf = (a: CodedActor) => ('text' in a ? `"${a.text}"` : a.code.toUpperCase().slice(0, 3));
  const otherActors = (c: PetrarchCoding, taken: readonly PetrarchCoding[]) =>
    taken.every((p) => actorOf(p.source) !== actorOf(c.source) || actorOf(p.target) !== actorOf(c.target));
  const take = (c: PetrarchCoding, relaxed: boolean, used: Map<number, PetrarchCoding[]>) => {
    const k = events.findIndex(
      (e, i) =>
        otherActors(c, used.get(i) ?? []) && root(e.cameo) === root(c.event) && matches(codes.get(e.source), c.source, relaxed) && matches(codes.get(e.target), c.target, relaxed),
    );
    if (k >= 0) used.set(k, [...(used.get(k) ?? []), c]);
    return k >= 0;
  };
  for (const c of rec.codings) {
    const srcIds = ids.filter((id) => matches(codes.get(id), c.source, false));
    const tgtIds = ids.filter((id) => matches(codes.get(id), c.target, false));
    if (srcIds.length && tgtIds.length) s.actorsFound++;
    if (take(c, true, usedRelaxed)) s.foundRelaxed++;
    if (take(c, false, usedStrict)) {
      s.found++;
      continue;
    }
    let reason: MissReason;
    // "---": no actor at all (the records run with require_dyad false); an edge needs two ends
    if (isAbsent(c.source) || isAbsent(c.target)) reason = 'absent-actor';
    else if (!producible(c.source, lex) || !producible(c.target, lex)) reason = 'code-not-in-dictionaries';
    else if (!srcIds.length && !tgtIds.length) reason = 'source-and-target-not-found';
    else if (!srcIds.length) reason = 'source-not-found';
    else if (!tgtIds.length) reason = 'target-not-found';
    else {
      const between = events.filter((e) => (srcIds.includes(e.source) && tgtIds.includes(e.target)) || (srcIds.includes(e.target) && tgtIds.includes(e.source)));
      if (!between.length) reason = 'no-event-between-them';
      else if (!between.some((e) => root(e.cameo) === root(c.event))) reason = 'wrong-event-code';
      else reason = 'wrong-direction';
    }
    s.misses.push({ coding: c, reason });
  }
  // false positives: events that match no expected coding (an event taken for none, but matching one another event
  // satisfied, repeats a found fact)
  const matchesSome = (e: PredictedEvent) => rec.codings.some((c) => root(e.cameo) === root(c.event) && matches(codes.get(e.source), c.source, false) && matches(codes.get(e.target), c.target, false));
  s.extra = events.filter((e, i) => !usedStrict.has(i) && !matchesSome(e));
  return s;
}

export interface PetrarchScore {
  records: number;
  /** Expected codings (with an event code). */
  codings: number;
  found: number;
  foundRelaxed: number;
  share: number;
  shareRelaxed: number;
  actorsFound: number;
  /** Codings whose source or target code no entry of the validation dictionaries can give. */
  unproducible: number;
  /** Codings with an absent actor (`---`: PETRARCH run with require_dyad false). */
  absentActor: number;
  predicted: number;
  /** Predicted events matching no expected coding; `onNoEventRecords` of them on records that expect none. */
  falsePositives: number;
  onNoEventRecords: number;
  noEventRecords: number;
  byCategory: Record<string, { codings: number; found: number; actorsFound: number }>;
  misses: Record<MissReason, number>;
  missList: Array<{ id: string; coding: string; reason: MissReason }>;
}

export const fmtActor = (a: CodedActor) => ('text' in a ? `"${a.text}"` : a.code);

export function scoreAll(records: PetrarchRecord[], outputs: Array<ScoredOutput | undefined>, lex: ValidationLexicon): PetrarchScore {
  const per = records.map((r, i) => scoreRecord(r, outputs[i], lex));
  const misses = {
    'absent-actor': 0,
    'code-not-in-dictionaries': 0,
    'source-and-target-not-found': 0,
    'source-not-found': 0,
    'target-not-found': 0,
    'no-event-between-them': 0,
    'wrong-event-code': 0,
    'wrong-direction': 0,
  } as Record<MissReason, number>;
  const byCategory: PetrarchScore['byCategory'] = {};
  const missList: PetrarchScore['missList'] = [];
  let onNoEventRecords = 0;
  per.forEach((s, i) => {
    const rec = records[i]!;
    const cat = (byCategory[rec.category || '?'] ??= { codings: 0, found: 0, actorsFound: 0 });
    cat.codings += s.expected;
    cat.found += s.found;
    cat.actorsFound += s.actorsFound;
    for (const m of s.misses) {
      misses[m.reason]++;
      missList.push({ id: s.id, coding: `${fmtActor(m.coding.source)} ${m.coding.event} ${fmtActor(m.coding.target)}`, reason: m.reason });
    }
    if (rec.noEvents || rec.error) onNoEventRecords += s.predicted;
  });
  const codings = per.reduce((n, s) => n + s.expected, 0);
  const found = per.reduce((n, s) => n + s.found, 0);
  const foundRelaxed = per.reduce((n, s) => n + s.foundRelaxed, 0);
  return {
    records: records.length,
    codings,
    found,
    foundRelaxed,
    share: codings ? found / codings : 0,
    shareRelaxed: codings ? foundRelaxed / codings : 0,
    actorsFound: per.reduce((n, s) => n + s.actorsFound, 0),
    unproducible: records.reduce((n, r) => n + r.codings.filter((c) => !isAbsent(c.source) && !isAbsent(c.target) && (!producible(c.source, lex) || !producible(c.target, lex))).length, 0),
    absentActor: records.reduce((n, r) => n + r.codings.filter((c) => isAbsent(c.source) || isAbsent(c.target)).length, 0),
    predicted: per.reduce((n, s) => n + s.predicted, 0),
    falsePositives: per.reduce((n, s) => n + s.extra.length, 0),
    onNoEventRecords,
    noEventRecords: records.filter((r) => r.noEvents || r.error).length,
    byCategory,
    misses,
    missList,
  };
}
