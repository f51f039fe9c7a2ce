/**
 * Masked sentences: each mention of a sentence replaced by a placeholder
 * `⟦i|kind|type|rule⟧`, so that relation patterns read the words between
 * mentions and test the mentions' kinds, types and name rules.
 */
import { pluralize } from '../lexicon/inflect.ts';
import type { RawMention } from '../types.ts';
import { alternation, memoByLexicon, type Lexicon } from '../lexicon/index.ts';
import { classAlternation } from '../lexicon/verbs.ts';
import type { Sentence } from '../text/sentences.ts';

export interface Masked {
  text: string;
  /** Mention index of each placeholder, in order. */
  at: { pos: number; end: number; mention: number }[];
}

export const OPEN = '⟦';
export const CLOSE = '⟧';
/**
 * Words that open another clause, which a gap from a rule's subject to its verb never crosses ({_}, {_p}: "their
 * attacks until Israel ends its war against Hamas" is Israel's war), as a regex source; so does a colon, and "that"
 * with a subject pronoun, another clause's subject ("told Reuters that he joined forces with X" is his alliance).
 */
export const GAP_STOP = '(?:(?<![\\p{L}])(?:until|unless|although|though|whereas|because(?!\\s+of\\b)|that\\s+(?:he|she|they|we))(?![\\p{L}])|:)';

/** Title words right before a person's name ("Commodore", "Lt. Gen."). */
const titlesBefore = memoByLexicon((lex) => new RegExp(`(?<![\\p{L}.])(?:(?:${alternation(lex.titles)})\\s+)+$`, 'u'));

const POSSESSIVE = /^(?:his|her|its|their)$/i;

/** A role noun of roles.json, after at most one other word, right after a possessive ("its chief", "their military spokesman,"). */
const roleAfter = memoByLexicon((lex) => {
  const roles = [...lex.roles.leads, ...lex.roles.member];
  // (and their plurals: "one of its commanders, X")
  return new RegExp(`^\\s+(?:[\\p{L}-]+\\s+)?(?:${alternation([...roles, ...roles.map((r) => pluralize(r))])})(?![\\p{L}-])`, 'iu');
});

/**
 * A noun of siding, after at most two other words, then a name or a list of some: "its key ally, X", "its partners,
 * including X" (rules/alliances.ts); not "its allies in X".
 */
const allyAfter = memoByLexicon((lex) => {
  const nouns = lex.words.allyNouns;
  return new RegExp(`^\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${alternation([...nouns, ...nouns.map((r) => pluralize(r))])})\\s*,?\\s+(?:(?:including|such\\s+as|among\\s+them)\\s+)?(?:the\\s+)?\\p{Lu}`, 'u');
});

/** A noun of aid (lexicon aidNouns), after at most two other words, then "to" or "for": "its military support to X". */
const aidAfter = memoByLexicon((lex) => new RegExp(`^\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${alternation(lex.words.aidNouns)})\\s+(?:to|for)\\s`, 'iu'));
/** A noun of a withdrawal and "from" (lexicon withdrawalNouns): "its withdrawal from X" (rules/withdrawal.ts). */
const withdrawalAfter = memoByLexicon((lex) => new RegExp(`^\\s+(?:[\\p{L}-]+\\s+)?(?:${alternation(lex.words.withdrawalNouns)})\\s+from\\s`, 'iu'));

/**
 * A noun of a group's parts (lexicon words.partNouns, anaphorGroupNouns; singular or plural), after at most two other
 * words, then a name or a list: "its armed wing, X", "its factions, including X and Y" (rules/membership.ts).
 */
const partsAfter = memoByLexicon((lex) => {
  const nouns = [...lex.words.partNouns, ...lex.words.anaphorGroupNouns];
  return new RegExp(`^\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${alternation([...nouns, ...nouns.map((r) => pluralize(r))])})(?:\\s*,\\s+(?:the\\s+)?\\p{Lu}|\\s*[,–—]?\\s+(?:including|such\\s+as|among\\s+them)(?![\\p{L}]))`, 'iu');
});


const REFLEXIVE_WORD = /^(?:itself|themselves|himself|herself)$/i;

/** A group noun (lexicon anaphorGroupNouns, not partNouns) right after a name, as its own lower-case word: "the Islamic State group". */
const groupNounAfter = memoByLexicon((lex) => {
  // (not a part's: "X, a Nasr Front faction", which the rules read as written, as forceNounAfter below)
  const parts = new Set(lex.words.partNouns);
  return new RegExp(`^\\s+(?:${alternation(lex.words.anaphorGroupNouns.filter((w) => !parts.has(w)))})(?![\\p{L}-])`, 'u');
});
/**
 * A force's noun right after an armed party's name ("Iraqi army troops", "Peshmerga forces", "ISIS fighters": lexicon
 * forceNouns), not a part's ("the PMF units, the X": lexicon partNouns, which the rules read as written).
 */
const forceNounAfter = memoByLexicon((lex) => {
  const parts = new Set(lex.words.partNouns.flatMap((w) => [w, pluralize(w)]));
  return new RegExp(`^\\s+(?:${alternation(lex.words.forceNouns.filter((w) => !parts.has(w)))})(?![\\p{L}-])`, 'u');
});

/**
 * What a person's title makes them of a body named right before it (roles.json): `title-lead` when the title is a
 * `leads` role ("President", "Prime Minister"), `title-member` when it or its last word is a `member` role ("Foreign
 * Minister", "Spokesman"; an office whose words before "of" are either: "Minister of Defence"); an extra placeholder
 * field that rule slots may ask for (`{S:title-lead}`).
 */
const titleRoles = memoByLexicon((lex) => ({ leads: new Set(lex.roles.leads), member: new Set(lex.roles.member) }));
function titleField(m: RawMention, lex?: Lexicon): string {
  const roles = titleRoles(lex);
  // an office is its own title ("Minister of Defence"); who holds one serves the country named before it, and leads
  // what the office names ("Kenya's President of the Senate" leads the Senate)
  if (m.rule === 'name-office') {
    const low = m.text.replace(/\s+of\s[\s\S]*$/, '').toLowerCase();
    const last = low.slice(low.lastIndexOf(' ') + 1);
    return roles.leads.has(low) || roles.member.has(low) || roles.member.has(last) ? '|title-member' : '';
  }
  if (!m.titles?.length) return '';
  let member = false;
  for (const t of m.titles) {
    const low = t.toLowerCase();
    if (roles.leads.has(low)) return '|title-lead';
    if (roles.member.has(low) || roles.member.has(low.slice(low.lastIndexOf(' ') + 1))) member = true;
  }
  return member ? '|title-member' : '';
}

/**
 * The end of a bracketed acronym of mention `i` right after it ("Rapid Support Forces (RSF)": the end of ")"), when
 * the next mention is one: the same canonical entity, the acronym the text defines, or capitals whose first letter opens
 * the name's words.
 */
function acronymAfter(text: string, mentions: readonly RawMention[], i: number, last: number, end: number): number | undefined {
  const m = mentions[i]!;
  const j = i + 1;
  if (j >= last) return undefined;
  const a = mentions[j]!;
  if (!/^\s*\(\s*$/.test(text.slice(m.end, a.start))) return undefined;
  const close = /^\s*\)/.exec(text.slice(a.end, Math.min(end, a.end + 4)));
  if (!close) return undefined;
  // (or the acronym the text defines there, in any case: "the Commando Battalion (CoBRA)", mentions/definitions.ts)
  const same = (m.canonical !== undefined && m.canonical === a.canonical) || a.rule === 'acronym-definition' || (/^\p{Lu}[\p{Lu}\p{N}.&-]{1,9}$/u.test(a.text) && m.text.split(/\s+/).some((w) => w[0] === a.text[0]));
  return same ? a.end + close[0].length : undefined;
}

/** Replace the mentions inside `s` by `⟦i|kind|type|rule⟧` (a person's placeholder also covers the titles before the name, and says what they make the person: `titleField`). */
export function maskSentence(text: string, s: Sentence, mentions: readonly RawMention[], first: number, last: number, lex?: Lexicon): Masked {
  const TITLES_BEFORE = titlesBefore(lex);
  let out = '';
  let cursor = s.start;
  const at: Masked['at'] = [];
  for (let i = first; i < last; i++) {
    const m = mentions[i]!;
    if (m.start < cursor || m.end > s.end) continue;
    // a possessive pronoun (coref/) stays a word: rules read "in its support of" as written; but before a role noun it
    // names whom the role holder serves ("Their military spokesman, Yahya Saree, said": the rules read it as a name's
    // possessive, "the group's military spokesman"), and so before a part noun ("its armed wing, X")
    // (... an ally noun's only when not right after "X and": "X and its allies" is X's, which the rules read as written,
    // whatever the coreference made of it)
    if (m.via === 'pronoun' && POSSESSIVE.test(m.text)) {
      const after = text.slice(m.end, Math.min(s.end, m.end + 48));
      const afterAnd = i > first && /^\s+and\s+$/.test(text.slice(mentions[i - 1]!.end, m.start));
      if (!roleAfter(lex).test(after) && !(allyAfter(lex).test(after) && !afterAnd) && !partsAfter(lex).test(after) && !aidAfter(lex).test(after) && !withdrawalAfter(lex).test(after)) continue;
    }
    let before = text.slice(cursor, m.start);
    if (m.type === 'person') {
      // a person's titles belong to the placeholder: "led by Commodore Andrew Burns" reads "led by ⟦person⟧"
      const tail = before.slice(-48);
      const t = TITLES_BEFORE.exec(tail);
      if (t) before = before.slice(0, before.length - tail.length + t.index);
    }
    // a name in quotation marks ('the "Men of Dignity" movement') is a name, no quotation: the rules read it bare, and
    // never stop at its marks
    const quoted = (before.endsWith('"') || before.endsWith('“')) && (text[m.end] === '"' || text[m.end] === '”') && m.end < s.end;
    if (quoted) before = before.slice(0, -1);
    out += before;
    const pos = out.length;
    // (a possessive pronoun kept as a mention says so: `|poss`, which a rule may ask for, rules/alliances.ts "its ally X";
    // and a reflexive one, `|refl`: "X describes itself as ...", rules/membership.ts)
    out += `${OPEN}${i}|${m.kind}|${m.type}|${m.rule}${m.type === 'person' ? titleField(m, lex) : ''}${m.via === 'pronoun' && POSSESSIVE.test(m.text) ? '|poss' : ''}${m.via === 'pronoun' && REFLEXIVE_WORD.test(m.text) ? '|refl' : ''}${CLOSE}`;
    at.push({ pos, end: out.length, mention: i });
    cursor = quoted ? m.end + 1 : m.end;
    // a name's acronym in brackets right after it ("the Sudanese Armed Forces (SAF) and the RSF") is the same name
    // again: the rules read past it, as they read "the Sudanese Armed Forces and the RSF"
    const skip = acronymAfter(text, mentions, i, last, s.end);
    if (skip !== undefined) cursor = skip;
    // ... and so is a group noun right after a group's name ("drove the Islamic State group out of Raqqa", "the Hamas
    // movement said": lexicon anaphorGroupNouns), which the placeholder covers, and a force's noun after an armed
    // party's ("Iraqi army troops and Peshmerga forces began joint patrols": lexicon forceNouns)
    else if (m.kind !== 'place' && m.kind !== 'camp' && m.type !== 'person') {
      const g = groupNounAfter(lex).exec(text.slice(cursor, Math.min(s.end, cursor + 16))) ?? (m.kind === 'force' || m.type === 'armed_group' ? forceNounAfter(lex).exec(text.slice(cursor, Math.min(s.end, cursor + 20))) : null);
      if (g) cursor += g[0].length;
    }
  }
  out += text.slice(cursor, s.end);
  return { text: out, at };
}

/**
 * A non-restrictive aside right after the placeholder that opens a sentence, before its verb: a relative clause,
 * a participle or an apposition between commas ("The RSF, led by Gen. X, has been at war with ...", "ISIS, which
 * seized Mosul in 2014, clashed with ...", "X, part of a coalition known as Y, claimed ...", "X, Iran's main proxy in
 * Yemen, is ..."). The opener is the subject
 * of what follows the aside.
 */
const SUBJECT_ASIDE = new RegExp(
  `^(\\s*(?:the\\s+)?${OPEN}[^${CLOSE}]*${CLOSE})(?:\\s*,\\s+(?:which|who|whose|(?:led|headed|commanded|backed|supported|funded|armed|founded|formed|based)\\s+(?:by|in)|(?:also\\s+)?known\\s+as|an?|the|its|their|one\\s+of|part\\s+of|${OPEN}[^${CLOSE}]*${CLOSE}['’]s?)\\s(?:[^,;()${OPEN}${CLOSE}]|${OPEN}[^${CLOSE}]*${CLOSE}){1,120}?,\\s+|` +
    // (or between dashes: "X—a coalition of Y—claimed")
    `\\s*(?:[—–]|\\s--)\\s*(?:[^—–;()${OPEN}${CLOSE}]|${OPEN}[^${CLOSE}]*${CLOSE}){1,120}?\\s*(?:[—–]|--\\s)\\s*)(?=(?!(?:and|or|but|the|an?|who|which|that)\\s)\\p{Ll})`,
  'iu',
);

/** A claim of a deed: a verb of claiming, then responsibility or an attack noun (lexicon attackNouns) within four words, no "that" between. */
const claimedDeed = memoByLexicon((lex) => new RegExp(`^(?:\\p{L}+ly\\s+)?(?:${classAlternation('claim', undefined, lex)})\\s+(?:responsibility|credit|(?:(?!that\\s)[\\w-]+\\s+){0,3}?(?:${alternation(lex.words.attackNouns.flatMap((n) => [n, pluralize(n)]))}))(?![\\p{L}-])`, 'iu'));

/** A verb of speech or report (verb classes speech, report), after at most one adverb. */
const speechAfter = memoByLexicon((lex) => new RegExp(`^(?:\\p{L}+ly\\s+)?(?:${classAlternation('speech', undefined, lex)}|${classAlternation('report', undefined, lex)})(?![\\p{L}-])`, 'iu'));

/**
 * The masked sentence with the aside after its opening subject left out ("The ⟦RSF⟧ has been at war with ⟦army⟧"),
 * the subject's mention and where the aside lies in the masked sentence; undefined when the sentence has none. Rules read it as a second reading of the
 * sentence, for relations of that subject only (engine.ts): a gap that may hold no actor could not cross the aside.
 */
export function withoutSubjectAside(masked: Masked, lex?: Lexicon): { masked: Masked; subject: number; aside: { start: number; end: number } } | undefined {
  if (masked.at.length < 3 || masked.at[0]!.pos > 6) return undefined;
  const m = SUBJECT_ASIDE.exec(masked.text);
  if (!m) return undefined;
  // a speaker's aside ("X, a monitor, reported that jets killed ..."): what follows is what was said, not done by X;
  // unless what is claimed is a deed ("X—a coalition of Y—claimed two drone attacks")
  const next = masked.text.slice(m[0].length, m[0].length + 60);
  if (speechAfter(lex).test(next) && !claimedDeed(lex).test(next)) return undefined;
  const cut = m[1]!.length;
  const resume = m[0].length;
  const removed = resume - cut - 1;
  const text = `${masked.text.slice(0, cut)} ${masked.text.slice(resume)}`;
  const at = masked.at.filter((a) => a.pos < cut || a.pos >= resume).map((a) => (a.pos >= resume ? { pos: a.pos - removed, end: a.end - removed, mention: a.mention } : a));
  return at.length >= 2 ? { masked: { text, at }, subject: masked.at[0]!.mention, aside: { start: cut, end: resume } } : undefined;
}
