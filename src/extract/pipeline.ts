/**
 * Extraction as an explicit, ordered list of passes. Each pass reads what the
 * passes before it produced (`Analysis`) and returns new values, which the
 * runner lays over a new analysis; no pass changes what it was given.
 *
 *   text             tokens and sentences
 *   mentions         names (with the trained tagger's proposals: tagger/), teams, defined aliases, repetitions (mentions/)
 *   coreference      pronouns, descriptions, name parts -> mentions of the entity they refer to (coref/)
 *   formats          which publisher formats the document looks like (cheap detectors)
 *   strike-report    FORMAT: strike lines of military releases; heads of lines read as places
 *   rules            the relation rules over each sentence with two mentions (rules/)
 *   generic-actors   "gunmen", "Kenyan police", "Iraqi officials" scoped by country (events/actors.ts)
 *   events           clauses matched with the CAMEO verb patterns (events/pass.ts)
 *   unit-hierarchy   FORMAT: "2nd Battalion, 5th Special Forces Group"
 *   containment      places the lexicon puts in a country named in the same sentence
 *   quotes           quotations and their speakers
 *   statements       FORMAT: press-release statements after "X said:"
 *   turns            FORMAT: transcripts' labelled turns ("James Pryor: ..."), quotations of the labelled person
 *   first-person     "we" in a quotation stands for the speaker's group
 *   nested           places inside names ("al-Qaeda in Iraq" holds Iraq): overlapping mentions, appended (mentions/nested.ts)
 *   shared           mentions of a pair ("the two leaders": one per person, same span), appended (coref/)
 *
 * Format readers (formats/) run only when their detector says the document
 * looks like their format; what they know is one publisher's layout, not
 * English.
 */
import type { ArticleMeta } from '../types.ts';
import type { RawAlias, RawExtraction, RawMention, RawQuote, RawRelation } from './types.ts';
import { alternation, memoByLexicon, type Lexicon } from './lexicon/index.ts';
import { actorCountry, loadCountries } from './lexicon/petrarch/index.ts';
import { classForms } from './lexicon/verbs.ts';
import { LOYAL } from './clauses/grammar.ts';
import { combatantNounSet } from './lexicon/generic-actors.ts';
import { definiteGenericAnaphors } from './coref/generic-anaphor.ts';
import { splitSentences, type Sentence } from './text/sentences.ts';
import { tokenize, type Token } from './text/tokens.ts';
import { spansBySentence } from './text/spans.ts';
import { findMentions } from './mentions/index.ts';
import { COREF_RULES, coreference, preferNamedEnds } from './coref/index.ts';
import { nestedMentions } from './mentions/nested.ts';
import { rolePeople } from './events/role-people.ts';
import { possessedGroups } from './coref/possessed.ts';
import { partAnaphors } from './coref/part-anaphor.ts';
import { taggerFrom } from './tagger/models.ts';
import { maskSentence } from './rules/mask.ts';
import { scoreConfidence } from './confidence.ts';
import { AKA } from './mentions/definitions.ts';
import { matchSentence } from './rules/engine.ts';
import { GENERIC_MEMBER } from './rules/membership.ts';
import { knownContainment } from './containment.ts';
import { findQuotes } from './quotes.ts';
import { firstPersonRelations } from './first-person.ts';
import { findStrikeReports, looksLikeStrikeReport, STRIKE_REPORT } from './formats/strike-report.ts';
import { looksLikeUnitDesignations, unitHierarchy } from './formats/unit-hierarchy.ts';
import { looksLikePressRelease, PRESS_RELEASE, statementQuotes } from './formats/statements.ts';
import { looksLikeTurns, TURNS, turnQuotes } from './formats/turns.ts';
import { bareInstitutions } from './mentions/institutions.ts';
import { articleCountry, bodyCountryAt, eventPlaces, fronted, genericActors, isPopulation, stories, nationalForces, roleWords, scopedVictims, TITLES_BEFORE_NAME, withGenericActors } from './events/actors.ts';
import { eventRelations, type EventVerbs } from './events/pass.ts';
import { describeApposedPersons } from './mentions/office-appositions.ts';

/** Resources a caller may inject (evaluation folds, tests). */
export interface ExtractResources {
  lexicon: Lexicon;
  /**
   * Trained models by name; passes that need none ignore them. `tagger`: a
   * loaded name tagger (tagger/models.ts `loadTagger`), `false` for none; the
   * shipped one, loaded on first use, when absent.
   */
  models: Readonly<Record<string, unknown>>;
  /** The event verb dictionary (evaluation: PETRARCH's validation verbs); the shipped CAMEO verbs by default. */
  events?: EventVerbs;
}

export const UNIT_DESIGNATIONS = 'unit-designations';

/** The relation types each second reading of the rules keeps (the others' rules do not run). */
const ROLE_TYPES: ReadonlySet<string> = new Set(['member_of', 'leads']);
const LOCATED: ReadonlySet<string> = new Set(['located_in']);
const ATTACKS: ReadonlySet<string> = new Set(['attacks']);
/** The types genericAffiliations reads: a bond, a person the armed men are loyal to (leads-loyal-to), or the group they belong to. */
const AFFILIATED: ReadonlySet<string> = new Set(['allied_with', 'leads', 'member_of']);
/** Characters after a generic actor where a role word is looked for ("army deputy spokesman", ", led by"). */
const ROLE_REACH = 32;
/** A generic actor (or a country's security forces, also when they are the lexicon's army) is a group a person can hold a role in. */
const isGeneric = (m: RawMention) => m.canonical?.startsWith('generic:') === true || m.rule === 'generic-actor' || (m.rule === 'name-force-descriptive' && !!m.canonical);

/**
 * The relation rules read again on the words [w0, w1) of sentence `s` (the rules pass ran before the generic actors
 * were found), over the mentions among [first, last) that start there; the evidence is the whole sentence.
 */
function rulesOnWindow(a: Analysis, s: Sentence, mentions: readonly RawMention[], first: number, last: number, w0: number, w1: number, lex: Lexicon, types: ReadonlySet<string>): RawRelation[] {
  let f = first;
  while (f < last && mentions[f]!.start < w0) f++;
  let l = f;
  while (l < last && mentions[l]!.start < w1) l++;
  const window = { start: w0, end: w1, text: a.text.slice(w0, w1) };
  const masked = maskSentence(a.text, window, mentions, f, l, lex);
  return matchSentence(masked, window, mentions, lex, a.readBy.get(s.start), types).map((r) => ({ ...r, evidence: { ...r.evidence, start: s.start, end: s.end, sentence: s.text } }));
}

/**
 * A person's role in a generic actor ("army spokesman X said", "police chief X", "X, a militia commander"): the
 * membership and leadership rules read again on the sentences where a generic actor and a person now both stand
 * (the rules ran before the generic actors were found), keeping only what joins the person to the generic actor.
 */
function genericRoles(a: Analysis, mentions: readonly RawMention[], ranges: ReadonlyArray<readonly [number, number]>, lex: Lexicon): RawRelation[] {
  const out: RawRelation[] = [];
  const words = roleWords(lex);
  a.sentences.forEach((s, k) => {
    const [first, last] = ranges[k]!;
    // a generic actor with a role word or "led" among the few words after it ("army spokesman", ", led by") and a person
    // right after those words or right before it ("X, a police commander"): the rules read the words from one to the other
    const seen = new Set<string>();
    for (let i = first; i < last; i++) {
      const m = mentions[i]!;
      if (!isGeneric(m)) continue;
      const after = Math.min(m.end + ROLE_REACH, s.end);
      // ... or before it ("a spokesman for the militants, X"), from a word's start
      let before = Math.max(s.start, m.start - ROLE_REACH);
      if (before > s.start && /\S/.test(a.text[before - 1]!)) before = a.text.indexOf(' ', before) + 1 || m.start;
      const roleAfter = (a.text.slice(m.end, after).toLowerCase().match(/[a-z]+/g) ?? []).some((w) => words.has(w));
      const roleBefore = !roleAfter && (a.text.slice(before, m.start).toLowerCase().match(/[a-z]+/g) ?? []).some((w) => words.has(w));
      if (!roleAfter && !roleBefore) continue;
      for (let j = Math.max(first, i - 3); j < Math.min(last, i + 4); j++) {
        const p = mentions[j]!;
        if (j === i || p.type !== 'person' || p.start >= m.end + 2 * ROLE_REACH || p.end <= m.start - ROLE_REACH) continue;
        const w0 = Math.min(roleBefore ? before : m.start, p.start);
        const w1 = Math.min(s.end, Math.max(p.end, after));
        for (const r of rulesOnWindow(a, s, mentions, first, last, w0, w1, lex, ROLE_TYPES)) {
          const key = `${r.type} ${r.source} ${r.target}`;
          if ((r.type !== 'member_of' && r.type !== 'leads') || seen.has(key) || mentions[r.source]!.type !== 'person' || !isGeneric(mentions[r.target]!)) continue;
          seen.add(key);
          out.push(r);
        }
      }
    }
  });
  return out;
}

/** Between a state's generic government and the person who heads it: "'s" before it, "of" and titles after it. */
const HEAD_BEFORE_STATE = /^['’]s?\s+$/u;
const HEAD_AFTER_STATE = new RegExp(`^\\s+of\\s+${TITLES_BEFORE_NAME}$`, 'u');
const LEADS: ReadonlySet<string> = new Set(['leads']);
const MEMBER: ReadonlySet<string> = new Set(['member_of']);

/**
 * Who heads a state's government ("the government of Captain X", "Prime Minister X's government"): the leadership rules
 * read again on the words from the person to the government, a generic actor (events/actors.ts gives the country's
 * government so named), keeping only the person's `leads` of it.
 */
function genericStateLeaders(a: Analysis, mentions: readonly RawMention[], ranges: ReadonlyArray<readonly [number, number]>, lex: Lexicon): RawRelation[] {
  const out: RawRelation[] = [];
  a.sentences.forEach((s, k) => {
    const [first, last] = ranges[k]!;
    for (let i = first; i < last; i++) {
      const m = mentions[i]!;
      if (m.rule !== 'generic-actor' || m.type !== 'government') continue;
      for (const j of [i - 1, i + 1]) {
        const p = mentions[j];
        if (!p || j < first || j >= last || p.type !== 'person' || p.anaphor || p.via) continue;
        const between = j < i ? a.text.slice(p.end, m.start) : a.text.slice(m.end, p.start);
        if (!(j < i ? HEAD_BEFORE_STATE : HEAD_AFTER_STATE).test(between)) continue;
        // (not a person the Phoenix dictionary serves another country with: "the government of Vladimir Putin" in a story
        // about Iran is Russia's, which the text does not name)
        const own = actorCountry(p.text);
        if (own && `generic:government of ${loadCountries().byIso3.get(own)?.label.toLowerCase()}` !== m.canonical) continue;
        for (const r of rulesOnWindow(a, s, mentions, first, last, Math.min(m.start, p.start), Math.max(m.end, p.end), lex, LEADS)) {
          if (r.type === 'leads' && r.source === j && r.target === i) out.push(r);
        }
      }
    }
  });
  return out;
}

/**
 * A person in apposition to a state's forces or police named by a role ("an army officer, Captain X", "Police
 * spokesman X", "the police chief, X": a generic actor whose own last word is a role): a member of them, or their
 * leader for a role of leading (lexicon roles). The relation rules cannot read it: the role is inside the generic
 * actor's words.
 */
export const GENERIC_ROLE = {
  reason: 'member-generic-role',
  example: 'An army officer, Captain Idris Kamal, said the base had fallen.',
  confidence: 0.7,
} as const;
/** A word before a role that says it is held no more. */
const FORMER_BEFORE = /(?<![\p{L}])(?:former|ex|retired)[-\s]+$/iu;
/** Between a generic actor and the person in apposition: a comma or nothing, and up to two capitalised words (titles). */
const ROLE_APPOSED = /^,?\s+(?:\p{Lu}[\p{L}.]*\s+){0,2}$/u;

function genericRoleAppositions(a: Analysis, mentions: readonly RawMention[], ranges: ReadonlyArray<readonly [number, number]>, lex: Lexicon): RawRelation[] {
  const out: RawRelation[] = [];
  const lead = leadRoleEnd(lex);
  const member = memberRoleEnd(lex);
  a.sentences.forEach((s, k) => {
    const [first, last] = ranges[k]!;
    for (let i = first; i + 1 < last; i++) {
      const m = mentions[i]!;
      // the next mention after it (not one inside it: "Anbar" in "Anbar police chief")
      let n = i + 1;
      while (n < last && mentions[n]!.start < m.end) n++;
      if (n >= last) continue;
      const p = mentions[n]!;
      // (a state's forces or police: "journalist X" or "activist X" names no body they belong to)
      if (m.rule !== 'generic-actor' || m.kind !== 'force' || p.type !== 'person' || p.anaphor || p.via) continue;
      // (the longer role it ends in: "crew chief" is a member's, "commanding officer" a leader's)
      const words = m.text.toLowerCase();
      const asLead = lead.exec(words)?.[0].length ?? 0;
      const asMember = member.exec(words)?.[0].length ?? 0;
      if (!asLead && !asMember) continue;
      const leads = asLead >= asMember;
      if (!ROLE_APPOSED.test(a.text.slice(m.end, p.start))) continue;
      // (a role held before is none now: "former police officer X" is no member of the police)
      if (FORMER_BEFORE.test(a.text.slice(Math.max(s.start, m.start - 12), m.start))) continue;
      const distance = Math.max(0, p.start - m.end);
      out.push({ type: leads ? 'leads' : 'member_of', source: n, target: i, evidence: { sentence: s.text, start: s.start, end: s.end, rule: GENERIC_ROLE.reason, confidence: scoreConfidence(GENERIC_ROLE.confidence, { distance }) } });
    }
  });
  return out;
}
/** The roles of leading, and the other roles (lexicon roles.json), each at the end of a text. */
const leadRoleEnd = memoByLexicon((lex): RegExp => roleAtEnd(lex.roles.leads));
const memberRoleEnd = memoByLexicon((lex): RegExp => roleAtEnd(lex.roles.member));
/** A lower-case text that ends in one of the roles, whole words ("army officer" ends in "officer", not in "commanding officer"). */
const roleAtEnd = (roles: readonly string[]): RegExp => new RegExp(`(?:^|\\s)(?:${alternation(roles.map((r) => r.toLowerCase()))})$`, 'u');

/**
 * Where a generic actor is ("police in Karachi", "militants near Mosul"): the location rules read again on the words
 * from a generic actor to a place right after it, keeping only the located_in of the generic actor.
 */
function genericPlaces(a: Analysis, mentions: readonly RawMention[], ranges: ReadonlyArray<readonly [number, number]>, lex: Lexicon): RawRelation[] {
  const out: RawRelation[] = [];
  a.sentences.forEach((s, k) => {
    const [first, last] = ranges[k]!;
    for (let i = first; i + 1 < last; i++) {
      const m = mentions[i]!;
      // the next mention after it (not one inside it: "Yemen" in "Yemen's government")
      let n = i + 1;
      while (n < last && mentions[n]!.start < m.end) n++;
      if (n >= last) continue;
      const p = mentions[n]!;
      // (or based there: "Yemen's recognised government, based in the southern port of Aden", a body of any kind)
      const based = /^\s*,?\s+(?:(?:which|that)\s+is\s+)?based\s+in\s+(?:the\s+)?(?:(?:\p{Ll}[\p{Ll}-]*\s+){0,2}?(?:town|city|port|village|province|district|region|capital|governorate)\s+of\s+)?$/u.test(a.text.slice(m.end, p.start));
      if (m.rule !== 'generic-actor' || (m.kind !== 'force' && m.type !== 'armed_group' && !based) || p.kind !== 'place' || !(based || /^\s+(?:in|inside|across|near)\s+(?:the\s+)?$/.test(a.text.slice(m.end, p.start)))) continue;
      for (const r of rulesOnWindow(a, s, mentions, i, n + 1, m.start, p.end, lex, LOCATED)) if (r.type === 'located_in' && r.source === i && r.target === n) out.push(r);
    }
  });
  return out;
}

/**
 * Fighting between two parties one of which is a generic actor ("clashes broke out between Druze militias and Bedouin
 * fighters"): the attack rules read again from the sentence's start to the second party, keeping only the attacks
 * between the two.
 */
function genericConflicts(a: Analysis, mentions: readonly RawMention[], ranges: ReadonlyArray<readonly [number, number]>, lex: Lexicon): RawRelation[] {
  const out: RawRelation[] = [];
  a.sentences.forEach((s, k) => {
    const [first, last] = ranges[k]!;
    for (let i = first; i + 1 < last; i++) {
      const m = mentions[i]!;
      // (past the first party's acronym in brackets: "between the Syrian Democratic Forces (SDF) and tribal fighters")
      const bracket = i + 2 < last && /^\s*\(\s*$/.test(a.text.slice(m.end, mentions[i + 1]!.start)) && /^\s*\)/.test(a.text.slice(mentions[i + 1]!.end, mentions[i + 1]!.end + 3));
      const j = bracket ? i + 2 : i + 1;
      const p = mentions[j]!;
      const from = bracket ? a.text.indexOf(')', mentions[i + 1]!.end) + 1 : m.end;
      if (!(isGeneric(m) || isGeneric(p)) || m.kind === 'place' || p.kind === 'place') continue;
      if (!/^\s+and\s+(?:the\s+)?(?:\p{Ll}[\p{Ll}-]*\s+){0,2}$/u.test(a.text.slice(from, p.start)) || !/\bbetween\s+(?:the\s+)?(?:\p{Ll}[\p{Ll}-]*\s+){0,2}$/u.test(a.text.slice(Math.max(s.start, m.start - 40), m.start))) continue;
      for (const r of rulesOnWindow(a, s, mentions, first, last, s.start, p.end, lex, ATTACKS)) {
        if (r.type === 'attacks' && ((r.source === i && r.target === j) || (r.source === j && r.target === i))) out.push(r);
      }
    }
  });
  return out;
}

/**
 * Where armed men named by what they are went, and what places they took or left ("Syrian rebels backed by Turkey drove
 * IS out of Jarablus", "rebels entered the city"): the rules read again on a sentence where a generic force or armed
 * group stands, keeping the relations whose doer is one (the rules ran before the generic actors were found) and that
 * no pass found in the sentence (the events pass's evidence, with its event, stays).
 */
// (not attacks: the events pass reads those from the clause, and the rules' nearest-subject reading of a generic "fighters"
// beside "fighter jets" or a quoted group's war is too loose; captures of places only)
const GENERIC_DOER_TYPES: ReadonlySet<string> = new Set(['captures', 'withdraws_from', 'located_in']);
/** The located_in rules read again for a generic doer: where armed men go or are posted, not any place near them. */
const GENERIC_DOER_PLACES: ReadonlySet<string> = new Set(['located-entered', 'located-deployed', 'located-took-refuge', 'located-has-forces']);
function genericDoers(a: Analysis, mentions: readonly RawMention[], ranges: ReadonlyArray<readonly [number, number]>, lex: Lexicon, found: readonly RawRelation[]): RawRelation[] {
  const out: RawRelation[] = [];
  // (an edge another pass found in the sentence keeps its evidence: the events pass's carries the event)
  const have = new Set(found.map((r) => `${r.type}|${r.source}|${r.target}|${r.evidence.start}`));
  a.sentences.forEach((s, k) => {
    const [first, last] = ranges[k]!;
    let any = false;
    for (let i = first; i < last && !any; i++) any = mentions[i]!.rule === 'generic-actor' && (mentions[i]!.kind === 'force' || mentions[i]!.type === 'armed_group');
    if (!any || last - first < 2) return;
    for (const r of rulesOnWindow(a, s, mentions, first, last, s.start, s.end, lex, GENERIC_DOER_TYPES)) {
      const src = mentions[r.source]!;
      if (!GENERIC_DOER_TYPES.has(r.type) || src.rule !== 'generic-actor' || (src.kind !== 'force' && src.type !== 'armed_group')) continue;
      if ((r.type === 'located_in' && !GENERIC_DOER_PLACES.has(r.evidence.rule)) || have.has(`${r.type}|${r.source}|${r.target}|${s.start}`)) continue;
      if (r.type === 'captures' && mentions[r.target]!.kind !== 'place' && mentions[r.target]!.kind !== 'camp') continue;
      if (mentions[r.target]!.type === 'country' && r.type !== 'located_in') continue;
      out.push(r);
    }
  });
  return out;
}

/** The words of an affiliation (the participles of the verb class `ally`, and "loyal"): the cue to read a generic actor's bond again. */
const affiliationWords = memoByLexicon(
  (lex): ReadonlySet<string> =>
    new Set([
      ...classForms('ally', ['pp'], lex),
      LOYAL,
      // (membership: a verb of serving in a group, its first word, "belong to", "joined"; its people, "members of")
      ...classForms('serve', ['base', 's', 'past', 'pp'], lex).map((f) => f.split(' ')[0]!),
      ...lex.words.orgContext.peopleOf,
    ]),
);
/** Characters between a generic actor and the actor it is tied to ("militias, which are aligned with"). */
const AFFILIATION_REACH = 64;

/**
 * Whom a generic actor is tied to ("insurgents linked to X", "gunmen loyal to X", "the gunmen were members of X"): the
 * alliance and membership rules read again on the words from a generic actor to the actor named right after its
 * affiliation, keeping only that allied_with or member_of, or the person who leads them ("rebels loyal to X":
 * leads-loyal-to).
 */
/**
 * Anaphors of armed men ("the insurgents", "the militants") with no armed group named before them in the article:
 * there is nobody for them to refer back to (resolve/article-cluster.ts would drop them), so they are generic actors.
 * Their indices in `mentions` (sorted by start).
 */
function orphanAnaphors(mentions: readonly RawMention[]): Set<number> {
  const out = new Set<number>();
  let named = false;
  mentions.forEach((m, i) => {
    if (m.type === 'armed_group' && !m.anaphor && !m.via && m.rule !== 'generic-actor') named = true;
    else if (m.anaphor && m.type === 'armed_group' && !named && combatantNounSet().has(m.text.split(/\s+/).pop()!.toLowerCase())) out.add(i);
  });
  return out;
}

function genericAffiliations(a: Analysis, mentions: readonly RawMention[], ranges: ReadonlyArray<readonly [number, number]>, lex: Lexicon): RawRelation[] {
  const out: RawRelation[] = [];
  const words = affiliationWords(lex);
  a.sentences.forEach((s, k) => {
    const [first, last] = ranges[k]!;
    for (let i = first; i + 1 < last; i++) {
      const m = mentions[i]!;
      const p = mentions[i + 1]!;
      if (m.rule !== 'generic-actor' || m.kind === 'place' || p.kind === 'place' || isGeneric(p) || p.start - m.end > AFFILIATION_REACH) continue;
      if (!(a.text.slice(m.end, p.start).toLowerCase().match(/[a-z]+/g) ?? []).some((w) => words.has(w))) continue;
      for (const r of rulesOnWindow(a, s, mentions, i, i + 2, m.start, p.end, lex, AFFILIATED)) {
        // (the membership of the rule written for generic people only: the others read groups, whose gaps are wider)
        const member = r.type === 'member_of' && r.evidence.rule === GENERIC_MEMBER;
        if (((r.type === 'allied_with' || member) && r.source === i && r.target === i + 1) || (r.type === 'leads' && r.source === i + 1 && r.target === i)) out.push(r);
      }
    }
  });
  return out;
}

/** Characters from a named unit to the generic force it is said to be part of ("X, which is the army's unit"). */
const PART_REACH = 48;
/** The kinds of a named part a state's forces or an armed group can hold: units, groups and bodies, not people or places. */
const PART_TYPES: ReadonlySet<string> = new Set(['force', 'armed_group', 'organization']);
/**
 * A named unit that is part of a generic force ("the army's 3rd Battalion", "the 5th Brigade of the army", "Task Force
 * X, the army's unit in Y"): the membership rules read again on the words from one to the other (the rules ran before
 * the generic actors were found), keeping only the named part's `member_of` of the generic force, armed group or
 * government.
 */
function genericParts(a: Analysis, mentions: readonly RawMention[], ranges: ReadonlyArray<readonly [number, number]>, lex: Lexicon): RawRelation[] {
  const out: RawRelation[] = [];
  const whole = (m: RawMention) => m.rule === 'generic-actor' && !m.via && (m.kind === 'force' || m.type === 'armed_group' || m.type === 'government') && !isPopulation(m);
  const part = (m: RawMention) => PART_TYPES.has(m.type) && m.kind !== 'place' && !isGeneric(m) && !m.anaphor && !m.via;
  a.sentences.forEach((s, k) => {
    const [first, last] = ranges[k]!;
    for (let i = first; i < last; i++) {
      const m = mentions[i]!;
      if (!whole(m)) continue;
      // the named mention right after its possessive ("the army's 3rd Battalion"), or one before it ("X of the army", "X,
      // the army's unit"), with the words after the generic actor that may name the part ("'s unit for Y")
      for (let j = Math.max(first, i - 2); j < Math.min(last, i + 2); j++) {
        const p = mentions[j]!;
        if (j === i || !part(p)) continue;
        const after = j > i;
        if (after ? !/^['’]s?\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}$/u.test(a.text.slice(m.end, p.start)) : m.start - p.end > PART_REACH) continue;
        // (the words after the later one too: "the government's X allies" names no part)
        const w0 = after ? m.start : p.start;
        const w1 = Math.min(s.end, (after ? p.end : m.end) + PART_REACH);
        for (const r of rulesOnWindow(a, s, mentions, first, last, w0, w1, lex, MEMBER)) if (r.type === 'member_of' && r.source === j && r.target === i) out.push(r);
      }
    }
  });
  return out;
}

/**
 * "Congo's army, known as the FARDC": a name given to a generic actor (found after the names' own definitions,
 * mentions/definitions.ts) is a name of it: an alias, the name taking the generic actor's kind and type. `mentions`
 * may have entries replaced.
 */
/**
 * The words between a name (and its acronym in brackets, or the acronym and its bracket) and a description in
 * apposition (", a", ", the") or after a singular copula ("is a", "was an": "X is an Iraqi Shia militia founded by Y").
 */
/** An acronym in brackets right after a generic actor, up to it: "the Indonesian Military (TNI)". */
const ACRONYM_IN_BRACKETS = /^\s*\(\s*(?=\p{Lu}{2,}[\p{Lu}\p{Ll}-]{0,8}\s*\))/u;
const APPOSED_AFTER = /^(?:\s*\(\s*[\p{Lu}][\p{L}&.-]{1,9}\s*\)|\s*\))?(?:\s*,|\s*,?\s+(?:is|was|remains|became))\s+(?:a|an|the)\s+$/u;

/** Between a description and the name apposed after it: a comma and an article ("the state police, the FESC"). */
const NAME_APPOSED_BEFORE = /^\s*,\s+(?:the\s+)?$/u;
/**
 * After a name in apposition (and its acronym in brackets): the apposition's closing comma, not a list's (no "and", no
 * further phrase opening with an article or a capital), or the sentence's end.
 */
const APPOSITION_ENDS = /^(?:\s*\(\s*[\p{Lu}][\p{L}&.-]{1,11}\s*\))?(?:\s*,(?!\s+(?:and|or|the|a|an)\s)(?!\s+\p{Lu})|\s*[.;:)]|\s*$)/u;
/** Before a description: a list's comma ("the army, the police, the FESC and ..."). */
const LIST_ITEM_BEFORE = /,\s*(?:the\s+)?$/u;

function genericAliases(text: string, mentions: RawMention[]): RawAlias[] {
  const out: RawAlias[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const d = mentions[i]!;
    // a group described in apposition ("the Sinjar Resistance Units (YBS), a Yazidi militia linked to the PKK"): the
    // description is the name again, not another party
    // (a descriptive name only: a generic actor is one node for all its mentions in the article, "rebels (Syria)"; but
    // one the text introduces with "a" or "an" right after a name is that name's description: "the CRP, an armed group
    // led by X")
    const introduced = d.rule === 'generic-actor' && !d.via && /,\s+an?\s+$/.test(text.slice(Math.max(0, d.start - 5), d.start));
    if ((d.rule !== 'name-force-descriptive' || d.canonical) && !introduced) continue;
    for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
      const n = mentions[k]!;
      // (a name: capitalised, or the lexicon's in lower case, "al-Nujaba")
      if (n.end > d.start || n.kind === 'place' || n.type === 'person' || n.anaphor || n.via || n.rule === 'generic-actor' || !(/^\p{Lu}/u.test(n.text) || n.canonical)) continue;
      if (!APPOSED_AFTER.test(text.slice(n.end, d.start))) break;
      // (a description of the name: no label, alias or type of its own)
      mentions[i] = { ...d, kind: n.kind, type: n.type, via: 'description', refersTo: { start: n.start, end: n.end } };
      out.push({ long: k, short: i });
      break;
    }
  }
  // a group described first, its name in apposition after it ("attacked a patrol of the state security force, the FESC,
  // ..."): the description is the name's; not an item of a list ("the police, Hamas, and the army"), nor a name a verb
  // follows ("the police, Hamas said")
  for (let i = 0; i + 1 < mentions.length; i++) {
    const d = mentions[i]!;
    if ((d.rule !== 'generic-actor' && d.rule !== 'name-force-descriptive') || d.via || d.kind === 'place' || d.type === 'person') continue;
    // (the first mention after it: the mentions are in text order)
    let j = i + 1;
    while (j < mentions.length && mentions[j]!.start < d.end) j++;
    const n = mentions[j];
    if (!n || n.kind === 'place' || n.type === 'person' || n.anaphor || n.via || n.rule === 'generic-actor' || n.rule === 'name-force-descriptive' || !(/^\p{Lu}/u.test(n.text) || n.canonical)) continue;
    if (!NAME_APPOSED_BEFORE.test(text.slice(d.end, n.start)) || !APPOSITION_ENDS.test(text.slice(n.end, n.end + 24)) || LIST_ITEM_BEFORE.test(text.slice(Math.max(0, d.start - 8), d.start))) continue;
    mentions[i] = { ...d, kind: n.kind, type: n.type, via: 'description', refersTo: { start: n.start, end: n.end } };
    out.push({ long: j, short: i });
  }
  for (let i = 0; i + 1 < mentions.length; i++) {
    const m = mentions[i]!;
    // (a generic actor, or a descriptive force's name that is no description of a name before it: "the Indonesian
    // Military")
    if ((m.rule !== 'generic-actor' && m.rule !== 'name-force-descriptive') || m.via || m.kind === 'place') continue;
    // (or its acronym in brackets: "the Indonesian Military (TNI)")
    const cue = AKA.exec(text.slice(m.end, m.end + 40)) ?? ACRONYM_IN_BRACKETS.exec(text.slice(m.end, m.end + 16));
    if (!cue) continue;
    const j = mentions.findIndex((x, k) => k > i && x.start === m.end + cue[0].length && (cue[0].includes('(') ? x.end < text.length && /^\s*\)/u.test(text.slice(x.end, x.end + 3)) : true));
    const name = j >= 0 ? mentions[j]! : undefined;
    if (!name || name.canonical || name.anaphor || name.via) continue;
    mentions[j] = { ...name, kind: m.kind, type: m.type };
    // (unnamed armed men given a name are that named group, its node: "local fighters known as the Kessar Lions"; a
    // country's army given one stays the country's forces, "Congo's army, known as the FARDC")
    if (m.rule === 'generic-actor' && m.kind === 'actor' && m.type === 'armed_group') {
      mentions[i] = { ...m, via: 'description', refersTo: { start: name.start, end: name.end } };
      out.push({ long: j, short: i });
      continue;
    }
    out.push({ long: i, short: j });
  }
  return out;
}

/**
 * Before a generic actor: a part of them, a count or one of them, not all of them ("two of the gunmen", "three gunmen",
 * "a jihadist", "other insurgents"; lexicon numberWords and quantityWords, and the partitive words "some", "many",
 * "other").
 */
const partOfThem = memoByLexicon(
  (lex): RegExp =>
    new RegExp(`(?:\\bof\\s+(?:the\\s+)?|(?<![\\p{L}])(?:\\d[\\d,]*|${alternation([...Object.keys(lex.words.numberWords), ...lex.words.quantityWords, 'some', 'many', 'other'])})\\s+(?:[\\p{L}-]+\\s+)?)$`, 'iu'),
);
/**
 * The longest article (characters) whose unnamed armed men identifiedGenerics reads as one named group throughout: a
 * news report keeps one word for one side ("the insurgents"), a long survey uses it for many.
 */
const IDENTIFIED_GENERIC_MAX_CHARS = 12_000;

/**
 * Unnamed armed men the article names as one armed group ("Islamist insurgents stormed X ... The fighters, who belong
 * to the ISMP, ..."; "insurgents known as Y"): every mention of that generic actor in the article is the group, its
 * node, when the article ties them to one named armed group only (by a name given to them, `aliases` from
 * genericAliases, or by membership read by the rule for generic people, GENERIC_MEMBER), and all of them, not a part
 * or a count, and none of them fights that group; in a news-length article only (IDENTIFIED_GENERIC_MAX_CHARS).
 * `mentions` has entries replaced; the aliases to add are returned, and the memberships that became the group's own
 * are left out of `relations`.
 */
function identifiedGenerics(text: string, mentions: RawMention[], aliases: readonly RawAlias[], relations: RawRelation[], lex: Lexicon): { aliases: RawAlias[]; relations: RawRelation[] } {
  if (text.length > IDENTIFIED_GENERIC_MAX_CHARS) return { aliases: [], relations };
  const armedGeneric = (m: RawMention) => m.rule === 'generic-actor' && m.kind === 'actor' && m.type === 'armed_group' && !!m.canonical?.startsWith('generic:') && !isPopulation(m);
  // (a named armed group or force: ties to any of them count, so that men tied to two stay unnamed)
  const named = (m: RawMention) => (m.type === 'armed_group' || m.kind === 'force') && m.rule !== 'generic-actor' && !m.canonical?.startsWith('generic:') && !m.anaphor && m.via !== 'pronoun';
  // generic node (canonical) -> the named groups' mentions tied to it
  // (`whole`: a tie of all of them; one of a part or a count, "two of the gunmen", still counts against another group)
  const ties = new Map<string, Array<{ n: number; whole: boolean }>>();
  const tie = (g: RawMention, n: number, whole: boolean) => ties.set(g.canonical!, [...(ties.get(g.canonical!) ?? []), { n, whole }]);
  for (const x of aliases) {
    const g = mentions[x.short]!;
    if (armedGeneric(g) && g.via === 'description' && named(mentions[x.long]!)) tie(g, x.long, true);
  }
  for (const r of relations) {
    const g = mentions[r.source]!;
    if (r.evidence.rule === GENERIC_MEMBER && armedGeneric(g) && named(mentions[r.target]!)) tie(g, r.target, !partOfThem(lex).test(text.slice(Math.max(0, g.start - 24), g.start)));
  }
  const out: RawAlias[] = [];
  const merged = new Map<string, number>();
  for (const [key, ns] of ties) {
    // (one group only: the names of the mentions, lower case)
    const names = new Set(ns.map((t) => mentions[t.n]!.canonical ?? mentions[t.n]!.text.toLowerCase()));
    const whole = ns.find((t) => t.whole);
    if (names.size !== 1 || !whole) continue;
    const n = whole.n;
    // (not men who fight the group or take from it: they are another side, "X fighters clashed with the militants")
    const group = mentions[n]!.canonical ?? mentions[n]!.text.toLowerCase();
    const ofGroup = (i: number) => (mentions[i]!.canonical ?? mentions[i]!.text.toLowerCase()) === group;
    const between = (r: RawRelation) => (mentions[r.source]!.canonical === key && ofGroup(r.target)) || (mentions[r.target]!.canonical === key && ofGroup(r.source));
    const hostile = relations.some((r) => (r.type === 'attacks' || r.type === 'captures') && between(r));
    if (hostile) continue;
    merged.set(key, n);
    mentions.forEach((m, i) => {
      if (m.canonical !== key || m.via || i === n) return;
      mentions[i] = { ...m, via: 'description', refersTo: { start: mentions[n]!.start, end: mentions[n]!.end } };
      out.push({ long: n, short: i });
    });
  }
  if (!merged.size) return { aliases: out, relations };
  return { aliases: out, relations: relations.filter((r) => !(r.evidence.rule === GENERIC_MEMBER && merged.get(mentions[r.source]!.canonical ?? '') === r.target)) };
}

/** Everything the passes have produced so far. */
export interface Analysis {
  /** The article's id and date (generic actors are scoped by them; events dated by them). */
  readonly article: ArticleMeta;
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly mentions: readonly RawMention[];
  readonly aliases: readonly RawAlias[];
  /** For each sentence, the index range of its mentions. */
  readonly ranges: ReadonlyArray<readonly [number, number]>;
  /** The formats the document looks like (format readers' names). */
  readonly formats: ReadonlySet<string>;
  /** Sentence start -> the format readers that read that sentence as a line of their format. */
  readonly readBy: ReadonlyMap<number, ReadonlySet<string>>;
  readonly relations: readonly RawRelation[];
  readonly quotes: readonly RawQuote[];
  /** The relations of quotations: added to `relations` last. */
  readonly quoteRelations: readonly RawRelation[];
  /** Mentions that share their span with another entity's ("the two leaders"): appended to `mentions` after the readers. */
  readonly shared: readonly RawMention[];
}

export interface Pass {
  name: string;
  /** A format reader: runs only when the document looks like its format. */
  format?: string;
  run(a: Analysis, r: ExtractResources): Partial<Analysis>;
}

export const PASSES: readonly Pass[] = [
  {
    name: 'text',
    run: (a, r) => ({ tokens: tokenize(a.text), sentences: splitSentences(a.text, r.lexicon) }),
  },
  {
    name: 'mentions',
    run: (a, r) => {
      const tagger = taggerFrom(r.models);
      const { mentions, aliases } = findMentions(a.text, a.tokens, new Set(a.sentences.map((s) => s.start)), r.lexicon, tagger ? { tagger, sentences: a.sentences } : {});
      return { mentions, aliases, ranges: spansBySentence(a.sentences, mentions) };
    },
  },
  {
    name: 'coreference',
    run: (a, r) => {
      const all = coreference(a.text, a.sentences, a.mentions, r.lexicon);
      const shared = all.filter((m) => m.rule === COREF_RULES.pair.reason);
      const added = shared.length ? all.filter((m) => m.rule !== COREF_RULES.pair.reason) : all;
      if (added.length === 0) return shared.length ? { shared } : {};
      // a name part replaces the one-word guess at its span ("Ahmed" after "Ahmed Jabouri"): the ends of the parts by start
      const parts = new Map<number, number[]>();
      for (const m of added) if (m.via === 'name-part') (parts.get(m.start) ?? parts.set(m.start, []).get(m.start)!).push(m.end);
      const keep: number[] = [];
      a.mentions.forEach((m, i) => {
        if (!parts.get(m.start)?.includes(m.end)) keep.push(i);
      });
      const { merged, at } = mergeByStart(keep.map((i) => a.mentions[i]!), added);
      // where each kept mention went (-1: dropped)
      const to = new Int32Array(a.mentions.length).fill(-1);
      keep.forEach((i, k) => {
        to[i] = at[k]!;
      });
      const kept = (i: number): boolean => i >= 0 && i < to.length && to[i]! >= 0;
      return {
        mentions: merged,
        aliases: a.aliases.filter((x) => kept(x.long) && kept(x.short)).map((x) => ({ long: to[x.long]!, short: to[x.short]! })),
        ranges: spansBySentence(a.sentences, merged),
        ...(shared.length ? { shared } : {}),
      };
    },
  },
  {
    name: 'formats',
    run: (a, r) => {
      const formats = new Set<string>();
      if (looksLikeStrikeReport(a.text)) formats.add(STRIKE_REPORT);
      if (looksLikeUnitDesignations(a.mentions, r.lexicon)) formats.add(UNIT_DESIGNATIONS);
      if (looksLikePressRelease(a.text)) formats.add(PRESS_RELEASE);
      if (looksLikeTurns(a.text)) formats.add(TURNS);
      return { formats };
    },
  },
  {
    name: 'strike-report',
    format: STRIKE_REPORT,
    run: (a, r) => {
      const found = findStrikeReports(a.text, a.sentences, a.mentions, a.ranges, r.lexicon);
      const readBy = new Map(a.readBy);
      for (const start of found.lines) readBy.set(start, new Set([...(readBy.get(start) ?? []), STRIKE_REPORT]));
      return { mentions: found.mentions, relations: [...a.relations, ...found.relations], readBy };
    },
  },
  {
    name: 'rules',
    run: (a, r) => {
      const found: RawRelation[] = [];
      a.sentences.forEach((s, k) => {
        const [first, last] = a.ranges[k]!;
        if (last - first < 2) return; // a relation needs two mentions
        const masked = maskSentence(a.text, s, a.mentions, first, last, r.lexicon);
        if (masked.at.length < 2) return;
        found.push(...matchSentence(masked, s, a.mentions, r.lexicon, a.readBy.get(s.start)));
      });
      found.push(...possessedGroups(a.text, a.sentences, a.ranges, a.mentions), ...partAnaphors(a.text, a.sentences, a.ranges, a.mentions, r.lexicon));
      return { relations: [...a.relations, ...found] };
    },
  },
  {
    // after the rules, which read their own words ("fighters of", "soldiers") where these would mask them
    name: 'generic-actors',
    run: (a, r) => {
      // "Somali troops" and "the Malian army" are the country's security forces, the node of its generic "troops"
      // ... and so are its "government troops"
      // ... and "In Mali, jihadists ..." in an article about Sudan are Mali's
      // (a paragraph's place first, then its story's country in a file of several agency stories)
      const paragraphs = fronted(a.text, a.sentences, a.mentions, r.lexicon);
      const scopes = [...paragraphs, ...stories(a.text, a.sentences, a.mentions, a.tokens, r.lexicon)];
      // the article's country is that of the text outside the paragraphs about another country (a report on Burkina
      // Faso with a paragraph "In Nigeria, ..." is about Burkina Faso however many Nigerian places that paragraph names)
      const outside = (x: { start: number }) => !paragraphs.some(([s, e]) => s <= x.start && x.start < e);
      const country =
        (paragraphs.length ? articleCountry(a.mentions.filter(outside), r.lexicon, a.text, a.tokens.filter(outside)) : undefined) ??
        articleCountry(a.mentions, r.lexicon, a.text, a.tokens);
      // (victims: the country where the sentence's events happen, "killed 18 people in Gaza City")
      const victims = eventPlaces(a.text, a.sentences, a.mentions, r.lexicon);
      const base = scopedVictims(nationalForces(a.text, a.mentions, country, r.lexicon, scopes), a.article, country, scopes, victims, r.lexicon);
      // "the insurgents" with no armed group named before it refers back to nobody: it is a generic actor, read here
      const orphans = orphanAnaphors(base);
      const kept = orphans.size ? base.filter((_, i) => !orphans.has(i)) : base;
      // (and "the defence ministry" with no country named before it: that country's body)
      const actors = genericActors(a.text, a.tokens, a.sentences, kept, a.article, r.lexicon, country, scopes, victims);
      // ("arrested the opposition leader": people of standing named by their role, whom an event is done to)
      const roles = rolePeople(a.text, [...kept, ...actors], a.article, r.lexicon, country, scopes, victims);
      const generic = withGenericActors(roles.length ? withGenericActors(actors, roles) : actors, bareInstitutions(a.text, [...kept, ...actors, ...roles], r.lexicon, bodyCountryAt(kept, a.sentences, scopes, country, r.lexicon)));
      if (!generic.length && !orphans.size && base.every((m, i) => m === a.mentions[i]) && !a.mentions.some((m) => m.rule === 'name-force-descriptive' && !m.canonical)) return {};
      const mentions = withGenericActors(kept, generic);
      const at = new Map(mentions.map((m, i) => [m, i] as const));
      // an orphan's relations and aliases go to the generic actor read at its words, or with it
      const heir = (m: RawMention): number | undefined => {
        const g = generic.find((x) => x.start < m.end && m.start < x.end);
        return g ? at.get(g) : undefined;
      };
      const moved = (i: number): number | undefined => (orphans.has(i) ? heir(base[i]!) : at.get(base[i]!));
      const aliases = [
        ...a.aliases.flatMap((x) => {
          const [long, short] = [moved(x.long), moved(x.short)];
          return long !== undefined && short !== undefined && long !== short ? [{ long, short }] : [];
        }),
        ...genericAliases(a.text, mentions),
      ];
      const relations = a.relations.flatMap((r) => {
        const [source, target] = [moved(r.source), moved(r.target)];
        return source !== undefined && target !== undefined && source !== target ? [{ ...r, source, target }] : [];
      });
      const ranges = spansBySentence(a.sentences, mentions);
      // ("Gunmen raided X ... the attackers fled": a definite generic of armed men is the men told of before)
      const linked = definiteGenericAnaphors(a.text, mentions, ranges, combatantNounSet());
      if (linked !== mentions) linked.forEach((m, i) => (mentions[i] = m));
      const read = [...relations, ...genericRoles(a, mentions, ranges, r.lexicon), ...genericRoleAppositions(a, mentions, ranges, r.lexicon), ...genericStateLeaders(a, mentions, ranges, r.lexicon), ...genericPlaces(a, mentions, ranges, r.lexicon), ...genericAffiliations(a, mentions, ranges, r.lexicon), ...genericParts(a, mentions, ranges, r.lexicon), ...genericConflicts(a, mentions, ranges, r.lexicon)];
      // (unnamed armed men the article names as one group are that group in every mention)
      const identified = identifiedGenerics(a.text, mentions, aliases, read, r.lexicon);
      // ("Haider al-Abadi, the Iraqi prime minister,": a generic person beside a name is the named person)
      return { mentions: describeApposedPersons(a.text, mentions), aliases: [...aliases, ...identified.aliases], relations: identified.relations, ranges };
    },
  },
  {
    name: 'events',
    run: (a, r) => {
      const events = eventRelations({ ...a, ...(a.article.published ? { published: a.article.published } : {}) }, r.lexicon, r.events);
      // a place attacked as a whole is not where its attacker is ("fired rockets at northern Israel"): a rule's
      // located_in of the same two mentions in the same sentence goes
      // (the attack read by the events, or by the rule of a verb and its object: "Hezbollah fires rockets at northern
      // Israel"; not "attacks in Kirkuk", where the attacker is)
      const placeAttack = (e: RawRelation) => e.type === 'attacks' && !e.targetSpan && a.mentions[e.target]!.kind === 'place';
      const key = (e: RawRelation) => `${e.evidence.start} ${e.source} ${e.target}`;
      const eventAttacked = new Set(events.filter(placeAttack).map(key));
      const attacked = new Set([...eventAttacked, ...a.relations.filter((x) => x.evidence.rule === 'attacks-verb' && placeAttack(x)).map(key)]);
      // (a rule's attack removes only the loose reading, "X ... in Y": "attacked and entered Y" still puts X there)
      const goes = (x: RawRelation) => x.type === 'located_in' && (eventAttacked.has(key(x)) || (x.evidence.rule === 'located-loose-in' && attacked.has(key(x))));
      const kept = attacked.size ? a.relations.filter((x) => !goes(x)) : a.relations;
      // (then what generic armed men did that no pass read yet: the rules again, genericDoers)
      const found = [...kept, ...events];
      return { relations: [...found, ...genericDoers(a, a.mentions, a.ranges, r.lexicon, found)] };
    },
  },
  {
    name: 'unit-hierarchy',
    format: UNIT_DESIGNATIONS,
    run: (a, r) => ({ relations: [...a.relations, ...unitHierarchy(a.text, a.sentences, a.mentions, a.ranges, r.lexicon)] }),
  },
  {
    name: 'containment',
    run: (a, r) => ({ relations: [...a.relations, ...knownContainment(a.sentences, a.mentions, a.ranges, r.lexicon)] }),
  },
  {
    name: 'quotes',
    run: (a, r) => {
      const q = findQuotes(a.text, a.sentences, a.mentions, r.lexicon);
      return { quotes: q.quotes, quoteRelations: q.relations };
    },
  },
  {
    name: 'statements',
    format: PRESS_RELEASE,
    run: (a, r) => {
      const st = statementQuotes(a.text, a.mentions, a.quotes, r.lexicon);
      return {
        quotes: [...a.quotes, ...st.quotes].sort((x, y) => x.start - y.start),
        quoteRelations: [...a.quoteRelations, ...st.relations],
      };
    },
  },
  {
    name: 'turns',
    format: TURNS,
    run: (a, r) => {
      const t = turnQuotes(a.text, a.mentions, a.quotes, r.lexicon);
      return t.quotes.length ? { quotes: [...a.quotes, ...t.quotes].sort((x, y) => x.start - y.start), quoteRelations: [...a.quoteRelations, ...t.relations], ...(t.mentions ? { mentions: t.mentions } : {}) } : {};
    },
  },
  {
    name: 'first-person',
    run: (a, r) => ({
      relations: [...a.relations, ...firstPersonRelations(a.text, a.sentences, a.mentions, a.ranges, a.quotes, a.relations, r.lexicon)],
    }),
  },
  {
    // nested mentions overlap their outer name, so they are appended after every reader of sorted mentions ran
    name: 'nested',
    run: (a, r) => {
      const n = nestedMentions(a.text, a.tokens, a.sentences, a.mentions, r.lexicon);
      // (a backer named by its own country mention adds a relation and no mention: "Iran-aligned factions")
      return n.mentions.length || n.relations.length ? { mentions: [...a.mentions, ...n.mentions], relations: [...a.relations, ...n.relations] } : {};
    },
  },
  {
    // last, after every reader of sorted mentions
    name: 'shared',
    run: (a) => (a.shared.length ? { mentions: [...a.mentions, ...a.shared] } : {}),
  },
];

/** Two start-sorted mention lists merged (on equal starts the first list's first), and where each of the first list's went. */
function mergeByStart(base: readonly RawMention[], added: readonly RawMention[]): { merged: RawMention[]; at: number[] } {
  const merged: RawMention[] = [];
  const at: number[] = [];
  let j = 0;
  base.forEach((m, i) => {
    while (j < added.length && added[j]!.start < m.start) merged.push(added[j++]!);
    at[i] = merged.length;
    merged.push(m);
  });
  while (j < added.length) merged.push(added[j++]!);
  return { merged, at };
}

/**
 * Helping victims is aid, not an alliance: an `allied_with` relation one of whose ends is a group named as victims
 * ("supporting refugees", "helping displaced people", "assisting civilians": mention rule `name-victim-group`,
 * mentions/patterns.ts) is dropped, whichever rule or event gave it. Those groups are what is done to, not parties.
 * So are the civilians and refugees of a country (generic actors: "evacuated 30 injured people", "sent aid to
 * civilians"). Nor is a town, a site or a camp a party: aid or troops sent there ("dispatched reinforcements to Palmyra", "3,000
 * soldiers arrived at Aleppo") make no ally of the place (a country may be one: it stands for its state).
 */
const NO_PARTY_PLACES: ReadonlySet<string> = new Set(['city', 'site', 'camp']);

export function withoutNonPartyAllies(relations: RawRelation[], mentions: readonly RawMention[]): RawRelation[] {
  const noParty = (i: number) => {
    const m = mentions[i];
    return m !== undefined && (isPopulation(m) || NO_PARTY_PLACES.has(m.type));
  };
  const drop = (r: RawRelation) => r.type === 'allied_with' && (noParty(r.source) || noParty(r.target));
  return relations.some(drop) ? relations.filter((r) => !drop(r)) : relations;
}

/** Run the passes over one article's text. */
export function runPasses(article: ArticleMeta, text: string, resources: ExtractResources, passes: readonly Pass[] = PASSES): RawExtraction {
  let a: Analysis = {
    article,
    text,
    tokens: [],
    sentences: [],
    mentions: [],
    aliases: [],
    ranges: [],
    formats: new Set(),
    readBy: new Map(),
    relations: [],
    quotes: [],
    quoteRelations: [],
    shared: [],
  };
  for (const pass of passes) {
    if (pass.format !== undefined && !a.formats.has(pass.format)) continue;
    a = { ...a, ...pass.run(a, resources) };
  }
  return {
    article,
    text,
    mentions: [...a.mentions],
    relations: withoutNonPartyAllies(preferNamedEnds(text, [...a.relations, ...a.quoteRelations], a.mentions, resources.lexicon), a.mentions),
    quotes: [...a.quotes],
    aliases: [...a.aliases],
  };
}
