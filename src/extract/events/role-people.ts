/**
 * People of standing named only by their role, as the ones an attack, a
 * killing or an abduction is done to: "Police arrested the opposition leader
 * in Kampala", "Gunmen killed a local official", "A municipal councillor was
 * abducted by militiamen". Each becomes a person node per role and country
 * ("opposition leader (Uganda)"), as a generic actor is one per noun and
 * country; the country is where the sentence's event happens, else the
 * text's there, else the article's.
 *
 * The role's head noun is one of generic-actors.json `rolePeople`, with up to
 * three lower-case words before it and "the", "a" or a count (lexicon
 * numberWords, quantityWords) opening the phrase. Read only right after a verb
 * of attack, abduction or injury, or of killing one person (verb class
 * kill-person: "arrested a cartel leader", "shot dead a mayoral candidate"),
 * or as the subject of such a verb's passive ("Two officials were killed");
 * never a bare role after "the", which refers back ("the leader"),
 * nor a role before a name (a title: "the opposition leader Kizza Besigye") or
 * before "of", "from" or "for" (a group's member: "a commander of the Tarvan
 * Front"), nor a phrase that holds a mention already ("an ISIS commander").
 */
import type { ArticleMeta } from '../../types.ts';
import type { RawMention } from '../types.ts';
import { alternation, memoByLexicon, type Lexicon } from '../lexicon/index.ts';
import { genericActorWords } from '../lexicon/generic-actors.ts';
import { pluralize } from '../lexicon/inflect.ts';
import { classForms } from '../lexicon/verbs.ts';
import { countryLabel, scopeAt, victimParticiples, victimVerbs } from './actors.ts';

export const ROLE_PEOPLE_RULE = {
  reason: 'generic-actor',
  example: 'Police arrested the opposition leader in Kampala. Gunmen shot dead a local official in Beni.',
  expect: ['opposition leader', 'local official'],
};

const leads = memoByLexicon((lex: Lexicon): ReadonlySet<string> => new Set(lex.roles.leads));
/** A plural noun of people by its ending: agents and members ("travellers", "journalists", "civilians", "fishermen", "employees", "missionaries"). */
const AGENT_PLURAL = '[a-z]{2,}(?:ers|ors|ists|ians|ants|ents|ees|aries)|[a-z]*men';

const patterns = memoByLexicon((lex: Lexicon) => {
  // (the words a role's phrase opens with: "the", or a count, "a", "two", "several"; capitalised too, opening a sentence)
  const openers = ['the', ...Object.keys(lex.words.numberWords), ...lex.words.quantityWords].filter((w) => /^[a-z]+$/.test(w));
  const OPENERS = `(?:${alternation(openers.flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1)]))}|\\d{1,3})`;
  const heads = genericActorWords().rolePeople.flatMap((w) => {
    const forms = [w, pluralize(w)];
    // (an acronym is written in capitals: "an opposition MP")
    return w.length <= 3 ? forms.flatMap((f) => [f, f.replace(/^[a-z]+/, (x) => x.toUpperCase())]) : forms;
  });
  const phrase = `(?<det>${OPENERS})\\s+(?<words>(?:[a-z][a-z-]*\\s+){0,3}?)(?<head>${alternation(heads)})(?![\\p{L}\\p{N}-])`;
  // (what may not follow: a name, "of", "from", "for", a possessive)
  const notAfter = '(?!\\s+(?:of|from|for)\\b|\\s+\\p{Lu}|[\'’])';
  const own = (forms: readonly string[]) => forms.filter((f) => !/\s/.test(f));
  const verbs = alternation([...victimVerbs(lex), ...own(classForms('kill-person', ['past', 's', 'ing'], lex))]);
  const participles = alternation([...victimParticiples(lex), ...own(classForms('kill-person', ['pp'], lex))]);
  // people counted by what they are, whatever the noun, after a verb of taking or recruiting people ("kidnapped
  // seventeen missionaries", "detained three university students", "recruited dozens of minors"); after one of killing
  // or injuring, a noun of people by its ending only (AGENT_PLURAL: "wounded six travellers", not "shot three times")
  const counts = `(?<det>${alternation([...Object.keys(lex.words.numberWords), ...lex.words.quantityWords].filter((w) => /^[a-z]+$/.test(w)).flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1)]))}|\\d{1,5})`;
  // (the words before the noun describe it: no "of", "and" or article, "scores of others", "two and wounding others";
  // nor "others" itself, who are people the sentence named before)
  const describing = (stops: string) => `(?<words>(?:(?!(?:of|and|or|the|their|its|his|her|whom|who|which${stops})\\s)[a-z][a-z-]*\\s+){0,2}?)`;
  const countedPhrase = (head: string) => `(?:(?:at\\s+least|some|about|around|nearly|almost|more\\s+than|over|up\\s+to)\\s+)?${counts}(?:\\s+of)?\\s+${describing('')}(?!others\\b)(?<head>${head})(?![\\p{L}\\p{N}-])`;
  // (recruiting takes people too: "recruited at least 40 minors")
  const taking = alternation([...own(classForms('take-people', ['past', 's', 'ing'], lex)), ...own(classForms('recruit', ['past', 's', 'ing'], lex))]);
  // (a past form, or a gerund after a form of "be": "recruits" and "recruiting" are nouns as often, "foreign recruits",
  // "recruiting grounds")
  // (the auxiliary read with the verb, not looked behind for: a look-behind of \s+ rescans every run of spaces)
  const recruiting = `${alternation(own(classForms('recruit', ['past'], lex)))}|(?:is|are|was|were|been)\\s+(?:${alternation(own(classForms('recruit', ['ing'], lex)))})`;
  const hurting = alternation([...own(classForms('kill-person', ['past', 's', 'ing'], lex)), ...own(classForms('injure', ['past', 's', 'ing'], lex))]);
  return {
    counted: [
      new RegExp(`(?<![\\p{L}])(?:${taking})\\s+${countedPhrase('[a-z]{3,}s')}${notAfter}`, 'gu'),
      new RegExp(`(?<![\\p{L}])(?:${hurting})(?:\\s+dead)?\\s+${countedPhrase(AGENT_PLURAL)}${notAfter}`, 'gu'),
      // (recruiting takes people whether or not they are counted: "recruited young men", "is recruiting herders")
      new RegExp(`(?<![\\p{L}])(?:${recruiting})\\s+(?<det>)(?![a-z]+ly\\s)${describing('|as|from|in|at|for|by|to|into|on|through|with|within|among|were|was|are|is|had|have')}(?!(?:others|across|always|towards|afterwards|besides|perhaps|thus|this|less)\\b)(?<head>[a-z]{3,}s|[a-z]*men|children)(?![\\p{L}\\p{N}-])${notAfter}`, 'gu'),
      // (and before the passive of taking: "Seventeen missionaries were kidnapped")
      new RegExp(`(?:^|[.;:]\\s+|,\\s+|\\band\\s+)${countedPhrase('[a-z]{3,}s')}${notAfter}(?=\\s+(?:were|have\\s+been|had\\s+been)\\s+(?:\\p{Ll}+ly\\s+)?(?:${alternation(own(classForms('take-people', ['pp'], lex)))})(?![\\p{L}]))`, 'gu'),
    ],
    // after an active verb of the classes ("arrested the opposition leader", "shot dead a local official")
    object: new RegExp(`(?<![\\p{L}])(?:${verbs})(?:\\s+dead)?\\s+${phrase}${notAfter}`, 'gu'),
    // before its passive ("A municipal councillor was abducted", "Two officials were killed")
    subject: new RegExp(`(?:^|[.;:]\\s+|,\\s+|\\band\\s+)${phrase}${notAfter}(?=\\s+(?:was|were|has\\s+been|have\\s+been|had\\s+been)\\s+(?:\\p{Ll}+ly\\s+)?(?:${participles})(?![\\p{L}]))`, 'gu'),
  };
});

/**
 * The role people of an article, as generic-actor mentions: none overlaps a mention in `mentions`. `victimScopes`:
 * where each sentence's events happen; `scopes`: stretches about another country; `docCountry`: the article's (ISO-3).
 */
export function rolePeople(
  text: string,
  mentions: readonly RawMention[],
  article: Pick<ArticleMeta, 'id'>,
  lex: Lexicon,
  docCountry: string | undefined,
  scopes: ReadonlyArray<readonly [number, number, string]>,
  victimScopes: ReadonlyArray<readonly [number, number, string]>,
): RawMention[] {
  const P = patterns(lex);
  const out: RawMention[] = [];
  for (const re of [P.object, P.subject, ...P.counted]) {
    const counted = P.counted.includes(re);
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const g = m.groups!;
      const end = m.index + m[0].lastIndexOf(g.head!) + g.head!.length;
      const det = g.det!.toLowerCase();
      // (a bare role after "the" refers back: "the leader")
      if (det === 'the' && !g.words) continue;
      const wordsStart = end - g.head!.length - g.words!.length;
      if (mentions.some((x) => x.start < end && wordsStart < x.end) || out.some((x) => x.start === wordsStart)) continue;
      const plural = !['a', 'an', 'one', 'the'].includes(det);
      const role = `${g.words!}${g.head!}`.replace(/\s+/g, ' ').trim();
      // (one node per role, singular, and country)
      const singular = plural ? role.replace(/[A-Za-z]+$/, (w) => genericActorWords().rolePeople.find((r) => pluralize(r) === w.toLowerCase()) ?? w) : role;
      // (a leading role alone names nobody in particular, and the resolution reads it as a title: "arrested numerous
      // leaders", "killed two commanders"; lexicon roles.leads)
      if (!g.words && leads(lex).has(singular.toLowerCase())) continue;
      const iso = scopeAt(victimScopes, wordsStart) ?? scopeAt(scopes, wordsStart) ?? docCountry;
      const where = iso ? countryLabel(iso) : undefined;
      // (people counted by any noun: one node per noun as written, a body of people, "missionaries (Haiti)")
      const label = `${counted ? role : singular} (${where ?? `in ${article.id}`})`;
      out.push({ start: wordsStart, end, text: text.slice(wordsStart, end), kind: 'actor', type: counted ? 'organization' : 'person', label, canonical: `generic:${label.toLowerCase()}`, rule: 'generic-actor' });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
