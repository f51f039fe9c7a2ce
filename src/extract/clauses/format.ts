/**
 * A clause as one line of text, for tests, debugging and the CLI:
 *
 *   kill[passive] S=ISIS fighters by=an airstrike in=Mosul
 *   seize S(relative)=ISIS O=Mosul in=2014 {relative ISIS}
 *   attack S=ISIS O=Mosul {complement say} reported=the army
 *
 * Flags in brackets appear only when they differ from an active, affirmative,
 * finite verb: passive, neg, hedged, modal=..., to (infinitive), ing (gerund),
 * en (participle). Arguments: S subject (its source in brackets when it is not
 * written before the verb), O objects, C copula complement, by= the passive's
 * agent, T= bare time phrases, then each prepositional phrase. Coordinated phrases are joined by "+".
 */
import type { Clause, NounPhrase, Reading } from './types.ts';

const nps = (list: readonly NounPhrase[]): string => list.map((n) => n.text).join('+');

export function describeClause(c: Clause, all: readonly Clause[] = []): string {
  const v = c.verb;
  const flags: string[] = [];
  if (v.voice === 'passive') flags.push('passive');
  if (v.negated) flags.push('neg');
  if (v.hedged) flags.push('hedged');
  if (v.modal) flags.push(`modal=${v.modal}`);
  if (v.form === 'infinitive') flags.push('to');
  else if (v.form === 'gerund') flags.push('ing');
  else if (v.form === 'participle') flags.push('en');
  let out = v.particle ? `${v.lemma} ${v.particle}` : v.lemma;
  if (flags.length) out += `[${flags.join(' ')}]`;
  if (c.subject.length) out += c.subjectFrom === 'explicit' ? ` S=${nps(c.subject)}` : ` S(${c.subjectFrom})=${nps(c.subject)}`;
  if (c.objects.length) out += ` O=${nps(c.objects)}`;
  if (c.complement.length) out += ` C=${nps(c.complement)}`;
  if (c.agent.length) out += ` by=${nps(c.agent)}`;
  if (c.adverbials.length) out += ` T=${nps(c.adverbials)}`;
  for (const pp of c.pps) {
    const sub = pp.clause !== undefined ? all.find((x) => x.id === pp.clause) : undefined;
    out += ` ${pp.prep.replace(/ /g, '_')}=${sub ? `(${sub.verb.lemma})` : nps(pp.objects)}`;
  }
  if (c.link) {
    const parent = c.parent !== undefined ? all.find((x) => x.id === c.parent) : undefined;
    const about = c.link === 'relative' ? nps(c.antecedent ?? []) : parent ? parent.verb.lemma : '';
    const sub = c.subordinator ? `${c.subordinator}:` : '';
    out += ` {${c.link}${about || sub ? ' ' : ''}${sub}${about}}`;
  }
  if (c.reportedBy) out += ` reported=${nps(c.reportedBy.speaker)}`;
  return out;
}

/** Every clause of a reading, in text order. */
export function describeReading(r: Reading): string[] {
  return r.clauses.map((c) => describeClause(c, r.clauses));
}
