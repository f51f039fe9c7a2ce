/**
 * Name patterns for entities the lexicons do not know.
 *
 * Each pattern is data: a `reason` id, one `example` (tested), and a finder
 * that returns candidate spans. Cues: titles ("Brig. Gen. Ali al-Hassan"),
 * role phrases ("SDF commander X"), organisation head nouns (Forces, Army,
 * Ministry, News ...), place heads (Desert, Province ...), "X camp",
 * descriptive forces ("Iraqi security forces", "internal security force"),
 * compass + place ("northeast Syria") and anaphors ("the group").
 * Patterns that read one kind of document's layout (datelines, results
 * tables, transcript speakers) live in ../formats/. The list is built once
 * per lexicon, on first use.
 */
import { KIND_OF_TYPE, type EntityType, type Span } from '../../types.ts';
import { alternation, communityWordSet, demonyms, groupOpening, memoByLexicon } from '../lexicon/index.ts';
import { classAlternation, classForms } from '../lexicon/verbs.ts';
import { pluralize } from '../lexicon/inflect.ts';
import { lexTags } from '../compromise.ts';
import { datelinePattern } from '../formats/newswire.ts';
import { resultsLinePattern } from '../formats/sports-results.ts';
import { transcriptSpeakerPattern } from '../formats/transcript.ts';
import { acronymFits } from './definitions.ts';
import { placeTypeBefore } from './unknown.ts';
import { all, fromMatches, type NameCandidate, type NamePattern } from './candidate.ts';
import { allCued, cueEndingWords, execCued, letterStart, nameRunBack, shareCueScan, wordStart, type Cue, type CuedRegExp } from './cued.ts';
import { nameKit } from './kit.ts';
import { loadAgents, loadCameoVerbs } from '../lexicon/petrarch/index.ts';
import { genericActorWords, shippedCombatantNouns } from '../lexicon/generic-actors.ts';
import { cachedTable } from '../../util/disk-cache.ts';
import { isFrequentWord } from '../tagger/models.ts';

/**
 * CAMEO's aircraft words and their plurals ("jets", "warplanes", "drones"): a table of the shipped data, from the disk
 * cache when it holds it (so that a warm start reads no PETRARCH dictionary).
 */
function aircraftWords(): string[] {
  return cachedTable('aircraft-words', () => (loadCameoVerbs().synsets['aircraft']?.members ?? []).flatMap((m) => [m.toLowerCase(), `${m.toLowerCase()}s`]));
}


export type { NameCandidate, NamePattern } from './candidate.ts';

export const namePatterns = memoByLexicon((lex): readonly NamePattern[] => {
  const kit = nameKit(lex);
  const WORDS = lex.words;
  const TITLES = lex.titles;
  const ROLES = lex.roles;
  const DEMONYMS = demonyms(lex);
  const PARTICLES = kit.particles;
  const CAP_SEQ = kit.capSeq;
  const NAME_WORD = kit.nameWord;
  const trimStops = kit.trimStops;
  const TITLE_ALT = alternation(TITLES);
  const ROLE_ALT = alternation([...ROLES.leads, ...ROLES.member]);
  const flat = (r: Record<string, string[]>): string[] => Object.values(r).flat();
  const ORG_HEAD_TYPE = new Map<string, EntityType>(
    Object.entries(WORDS.orgHeads).flatMap(([t, ws]) => ws.map((w) => [w, t as EntityType] as const)),
  );
  const PLACE_HEAD_TYPE = new Map<string, EntityType>(
    Object.entries(WORDS.placeHeads).flatMap(([t, ws]) => ws.map((w) => [w, t as EntityType] as const)),
  );
  const ORG_HEAD_ALT = alternation(flat(WORDS.orgHeads));
  /** "pro-" or "anti-" right before a demonym: an alignment, not the men's country (lexicon alignmentPrefixes). */
  const ALIGNED_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${alternation(flat(WORDS.alignmentPrefixes))})[-‐]$`, 'iu');
  const PLACE_HEAD_ALT = alternation(flat(WORDS.placeHeads));
  /** The most words of a place head ("Local Government Area"). */
  const PLACE_HEAD_WORDS = Math.max(...[...PLACE_HEAD_TYPE.keys()].map((h) => h.split(' ').length));
  // (and a capitalised number word: "the Three Brotherhood Alliance", "the Five Eyes")
  const NAME_OPENERS: ReadonlySet<string> = new Set([...WORDS.nameOpeners, ...Object.keys(WORDS.numberWords).filter((w) => w.length > 2).map((w) => w[0]!.toUpperCase() + w.slice(1))]);
  const COMMUNITY_WORDS = communityWordSet(lex);
  const HEAD_WORDS = new Set([...ORG_HEAD_TYPE.keys(), ...PLACE_HEAD_TYPE.keys()].flatMap((h) => h.split(' ')));
  const DEMONYM_ALT = alternation([...DEMONYMS.keys()].map((d) => d[0]!.toUpperCase() + d.slice(1)));
  const FORCE_ADJ_ALT = alternation(WORDS.forceAdjectives);
  const COMMUNITY_ALT = alternation(WORDS.communityAdjectives);
  const FORCE_NOUN_ALT = alternation(WORDS.forceNouns);
  const DIRECTION_ALT = alternation(WORDS.directions);

  /** A cue that opens the match: the pattern is tried where the cue starts. */
  const atCue = (re: RegExp): Cue => ({ re, starts: (_t, at, add) => add(at, at + 1) });
  /** A match starts with "the" or "The" ([Tt] in the pattern) or at the cue, with words and spaces between (`nameRunBack`). */
  const theBefore = (t: string, at: number): boolean => t[at] === 't' || t[at] === 'T';
  /** Adds the start of a "the" or "The" and white space right before `at` (a match that may open with them). */
  const addThe = (t: string, at: number, add: (from: number, to: number) => void): void => {
    let j = at;
    while (j > 0 && /\s/.test(t[j - 1]!)) j--;
    if (j < at && j >= 3 && (t.startsWith('the', j - 3) || t.startsWith('The', j - 3))) add(j - 3, j - 2);
  };
  /** A cue that opens the match, or follows "the" and white space that open it. */
  const atCueOrThe = (re: RegExp): Cue => ({
    re,
    starts: (t, at, add) => {
      add(at, at + 1);
      addThe(t, at, add);
    },
  });

  // a chain of titles is one title: "Sen. Lt. Anna Petrova" (a senior lieutenant), not a person "Lt"
  /** A name that opens with a person's title ("President X", "General X"). */
  const TITLE_OPENING = new RegExp(`^(?:${TITLE_ALT})\\s+\\p{Lu}`, 'u');
  const PERSON_TITLE = new RegExp(`(?<![\\p{L}])((?:${TITLE_ALT})(?:\\s+(?:${TITLE_ALT}))*)\\s+(${CAP_SEQ})`, 'gu');
  const PERSON_TITLE_CUED: CuedRegExp = { re: PERSON_TITLE, cue: atCue(new RegExp(`(?:${TITLE_ALT})`, 'gu')) };
  // (across one line break at most: a headline's last word is no role of the next paragraph's first, "... kill vigilante
  // commander" / "Armed bandits ...")
  const ROLE_NAME = new RegExp(`(?<![\\p{L}-])(${ROLE_ALT})(?:[ \\t]+|[ \\t]*\\r?\\n[ \\t]*)(${CAP_SEQ})`, 'gu');
  /** A role word: the cue of the two role patterns, scanned for once per text. */
  const ROLE_CUE = new RegExp(`(?:${ROLE_ALT})`, 'gu');
  // "SDF commander X": the match starts at the role
  const ROLE_NAME_CUED: CuedRegExp = { re: ROLE_NAME, cue: { re: ROLE_CUE, starts: (_t, at, add) => add(at, at + 1) } };
  // ... or a possessed role, then the name in apposition, closed by a comma or the sentence's end ("the TNLA's
  // spokesperson, X, said", "its leader, X."): the role's owner is named, the name is who holds it
  const POSSESSED_ROLE_NAME = new RegExp(`(?<=(?:['’]s?|(?<![\\p{L}])(?:its|their|his|her))\\s+(?:\\p{Ll}[\\p{Ll}-]*\\s+)?)(${ROLE_ALT}),\\s+(${CAP_SEQ})(?=\\s*[,.;])`, 'gu');
  const POSSESSED_ROLE_NAME_CUED: CuedRegExp = { re: POSSESSED_ROLE_NAME, cue: { re: ROLE_CUE, starts: (_t, at, add) => add(at, at + 1) } };
  const NAME_ROLE = new RegExp(`(${CAP_SEQ}),\\s+(?:the\\s+|a\\s+|an\\s+)?(?:[\\p{L}-]+\\s+){0,3}?(${ROLE_ALT})\\s+(?:of|for|at|in|with|to)\\b`, 'gu');
  /** A cue that ends a capitalised name and the spaces after it: a match holding it starts in that run. */
  const afterName = (re: RegExp): Cue => ({ re, starts: (t, at, add) => add(nameRunBack(t, at), at), canStart: kit.canStart });
  // the name, a comma, then words up to the role: the name's run ends at the comma before the role's run
  const NAME_ROLE_CUED: CuedRegExp = {
    re: NAME_ROLE,
    cue: {
      re: ROLE_CUE,
      starts: (t, at, add) => {
        const r = nameRunBack(t, at);
        if (t[r - 1] === ',') add(nameRunBack(t, r - 1), r - 1);
      },
      canStart: kit.canStart,
    },
  };
  /** Verbs that report speech: "X said", "said X". */
  const SAID = `${classAlternation('report-speech', ['past'], lex)}|${classAlternation('say', ['s'], lex)}`;
  // a speaker's name never starts inside an abbreviation ("U.S. Cardinal X said" is no "S. Cardinal X")
  const SAID_OR_PUBLISHED = `${SAID}|${classAlternation('publish-speech', ['past'], lex)}`;
  const NAME_SAID = new RegExp(`(?<!\\p{L}\\.)(${CAP_SEQ})(?:,\\s+[^,.;“”"]{3,80},)?\\s+(?:${SAID_OR_PUBLISHED})\\b`, 'gu');
  // the name and spaces before the verb, or the name, then ", <words without , . ; or quotes>," and spaces
  /** The verbs of both speaker patterns and "according to" (one scan per text serves both; a cue that opens no match adds stretches where none is found). */
  const SPEECH_CUE = new RegExp(`(?:${SAID_OR_PUBLISHED}|according\\s+to)`, 'gu');
  const NAME_SAID_CUED: CuedRegExp = {
    re: NAME_SAID,
    cue: {
      re: SPEECH_CUE,
      starts: (t, at, add) => {
        const r = nameRunBack(t, at);
        add(r, at);
        const open = t[r - 1] === ',' ? t.lastIndexOf(',', r - 2) : -1;
        if (open >= 0) add(nameRunBack(t, open), open);
      },
      canStart: kit.canStart,
    },
  };
  const SAID_NAME = new RegExp(`\\b(?:${SAID}|according\\s+to)\\s+(${CAP_SEQ})`, 'gu');
  /** A body's or an outlet's noun right before a name (lexicon orgContext.before and .media: "local broadcaster X said"): no person speaks, the words around type it (org-context.ts). */
  const BODY_NOUN_BEFORE = new RegExp(`(?<![\\p{L}])(?:${alternation([...new Set([...lex.words.orgContext.before, ...lex.words.orgContext.media])])})\\s+$`, 'iu');
  const bodyNounBefore = (text: string, at: number) => BODY_NOUN_BEFORE.test(text.slice(Math.max(0, at - 30), at));
  const SAID_NAME_CUED: CuedRegExp = { re: SAID_NAME, cue: atCue(SPEECH_CUE) };
  /** A name given as a fighter's other name: "known by his nom de guerre X", "whose alias is X", "his kunya, X". */
  const ALIAS_NAME = new RegExp(`\\b(?:nom\\s+de\\s+guerre|noms\\s+de\\s+guerre|kunya|alias|pseudonym|code\\s*name|war\\s+name)(?:\\s+(?:is|was))?\\s*,?\\s+(${CAP_SEQ})`, 'gu');
  const ALIAS_NAME_CUED: CuedRegExp = { re: ALIAS_NAME, cue: atCue(/(?:nom|noms|kunya|alias|pseudonym|code|war)/gu) };
  /** Lexicon place names and aliases, lower case: "X in <place>" is no organisation's name. */
  const PLACE_NAMES: ReadonlySet<string> = new Set(
    lex.entities.filter((e) => KIND_OF_TYPE[e.type] === 'place').flatMap((e) => [e.label, ...e.aliases].map((n) => n.toLowerCase())),
  );
  /** Lexicon names and aliases of sites and camps, lower case ("incirlik"): a site head after one adds no new place. */
  const SITE_NAMES: ReadonlySet<string> = new Set(
    lex.entities.filter((e) => e.type === 'site' || KIND_OF_TYPE[e.type] === 'camp').flatMap((e) => [e.label, ...e.aliases].map((n) => n.toLowerCase())),
  );
  /** Lexicon names of armed groups and forces, lower case: "X against <one of them>" is two parties, not one name ("the Free Syrian Army against Islamic State"). */
  const FIGHTER_NAMES: ReadonlySet<string> = new Set(
    lex.entities.filter((e) => e.type === 'armed_group' || KIND_OF_TYPE[e.type] === 'force').flatMap((e) => [e.label, ...e.aliases].map((n) => n.toLowerCase())),
  );
  /** "Harrow & Vance", "Kessel & Co": capitalised words on both sides of an ampersand. */
  const AMPERSAND = new RegExp(`(${CAP_SEQ})[ \\t]+&[ \\t]+(${CAP_SEQ})`, 'gu');
  const AMPERSAND_CUED: CuedRegExp = { re: AMPERSAND, cue: afterName(/&/gu) };
  // (the name after "of" may have an "of" of its own: "the Armed Forces of the Democratic Republic of the Congo")
  const ORG = new RegExp(`((?:(?:U\\.S\\.|U\\.K\\.|U\\.N\\.|US|UK|UN|EU)\\s+)?${CAP_SEQ})(?:\\s+(?:of|for|on|in|against)(?:\\s+the)?\\s+(${CAP_SEQ}(?:\\s+of(?:\\s+the)?\\s+${CAP_SEQ})?))?`, 'gu');
  /**
   * The organisation and the place finders read only ORG's matches whose name ends in a head word ("Forces",
   * "Mountains"): ORG runs near those words (a match is all name characters, so no match crosses a stretch's start),
   * once per text for both finders.
   */
  const ORG_CUED: CuedRegExp = {
    re: ORG,
    cue: {
      re: new RegExp(`(?:${alternation([...new Set([...ORG_HEAD_TYPE.keys(), ...PLACE_HEAD_TYPE.keys()].map((h) => h.split(' ').pop()!))])})`, 'gu'),
      starts: (t, at, add) => add(nameRunBack(t, at), at + 1),
      canStart: kit.canStart,
    },
    only: (m) => typeOfOrgHead(m[1]!) !== undefined || typeOfPlaceHead(m[1]!) !== undefined,
  };
  let orgRead: { text: string; matches: RegExpExecArray[] } | undefined;
  const orgMatches = (text: string): RegExpExecArray[] => {
    if (orgRead?.text !== text) orgRead = { text, matches: execCued(ORG_CUED, text) };
    return orgRead.matches;
  };
  // "the Popular Front for the Liberation of Varania (PFLV)": a name with joining words, then its acronym in brackets
  const JOIN = 'of|for|and|on|in|against|to';
  const BEFORE_ACRONYM = new RegExp(`(${CAP_SEQ}(?:\\s+(?:${JOIN})(?:\\s+the)?\\s+${CAP_SEQ})*)\\s+\\((\\p{Lu}[\\p{Lu}0-9&-]{1,9})\\)`, 'gu');
  /** An acronym in brackets: the pattern above runs only before one. */
  const BEFORE_ACRONYM_CUED: CuedRegExp = { re: BEFORE_ACRONYM, cue: afterName(/\(\p{Lu}[\p{Lu}0-9&-]{1,9}\)/gu) };
  // ... or the acronym it is "known as" after a comma ("the Support and Stabilization Mission in Varania, known as SSMV")
  const KNOWN_AS = ',\\s+(?:(?:also|commonly|better)\\s+)?known\\s+as\\s+';
  const KNOWN_AS_ACRONYM = new RegExp(`(${CAP_SEQ}(?:\\s+(?:${JOIN})(?:\\s+the)?\\s+${CAP_SEQ})*)${KNOWN_AS}(?:the\\s+)?(\\p{Lu}[\\p{Lu}0-9&-]{1,9})(?![\\p{L}\\p{N}])`, 'gu');
  const KNOWN_AS_ACRONYM_CUED: CuedRegExp = { re: KNOWN_AS_ACRONYM, cue: afterName(new RegExp(KNOWN_AS, 'gu')) };
  const JOINING = new RegExp(`^(?:${JOIN}|the)$`);
  const JOINED = new RegExp(`\\s+(?:${JOIN})\\s`);
  const DOCUMENT_HEADS = new Set(WORDS.documentHeads);
  // (or a site, centre or settlement of the displaced named with its kind: "the Mugunga displacement site", "the Kiziba
  // transit centre")
  const CAMP = new RegExp(`(${CAP_SEQ})\\s+(?:(?:refugee\\s+|displacement\\s+|IDP\\s+|detention\\s+|displaced\\s+persons\\s+)?camps?\\b|(?:displacement|IDP|gathering|transit|relocation|reception|refugee)\\s+(?:sites?|centres?|centers?|settlements?)\\b)|\\bCamp\\s+(${CAP_SEQ})`, 'gu');
  // "X camp" starts in the name's run before the cue; "Camp X" at the cue
  const CAMP_CUED: CuedRegExp = { re: CAMP, cue: { re: /camp|Camp|sites?\b|cent(?:re|er)s?\b|settlements?\b/gu, starts: (t, at, add) => add(nameRunBack(t, at), at + 1), canStart: kit.canStart } };
  // "the Akidat tribe", "the Ougaidat clans": a name before a lower-case tribe noun (lexicon words.tribeHeads, with plurals)
  const TRIBE_HEADS = alternation(WORDS.tribeHeads.flatMap((h) => [h, pluralize(h)]));
  const TRIBE = new RegExp(`(${CAP_SEQ})\\s+(?:${TRIBE_HEADS})(?![\\p{L}-])`, 'gu');
  const TRIBE_CUED: CuedRegExp = { re: TRIBE, cue: afterName(new RegExp(`(?:${TRIBE_HEADS})`, 'gu')) };
  // "Fano militiamen", "SPLA-IO fighters": a name right before a noun of armed men who are no state's (Phoenix's rebel and
  // unidentified-armed agents) is their group's
  const COMBATANTS = alternation(shippedCombatantNouns());
  const COMBATANT_GROUP = new RegExp(`(${CAP_SEQ})\\s+(?:${COMBATANTS})(?![\\p{L}-])`, 'gu');
  const DESIGNATOR_GROUP = new RegExp(`(?<![\\p{L}\\p{N}-])(\\p{Lu}{1,3}\\d{2,3})\\s+((?:${COMBATANTS})|armed\\s+groups?|groups?|movement)(?![\\p{L}-])`, 'gu');
  // (the match's capitals end at a capital before a digit: up to two more capitals before it, astral ones two units each)
  const DESIGNATOR_GROUP_CUED: CuedRegExp = { re: DESIGNATOR_GROUP, cue: { re: /\p{Lu}\d/gu, starts: (_t, at, add) => add(at - 4, at + 1) } };
  const COMBATANT_GROUP_CUED: CuedRegExp = { re: COMBATANT_GROUP, cue: afterName(new RegExp(`(?:${COMBATANTS})`, 'gu')) };
  /** Words that describe armed men rather than name their group ("Islamist militants", "Kurdish fighters", "Unknown gunmen"). */
  const DESCRIBING_SUFFIX = /(?:ites?|ists?|ic|ian|ese|ish)$/;
  const DESCRIBING_AFFIX = /^(?:pro|anti|non)-|-(?:designated|linked?|led|backed|allied|aligned|affiliated|supported|held)$/i;
  const AIRCRAFT = new Set(aircraftWords());
  const DESCRIBING = new Set([...DEMONYMS.keys(), ...WORDS.communityAdjectives, ...WORDS.ideologyAdjectives, ...WORDS.communities, ...WORDS.notNames, ...genericActorWords().unidentified].map((w) => w.toLowerCase()));
  // "the Men of Dignity movement", "the Sultan Murad faction": after "the", a name, then a lower-case noun of a group
  // (a name starts no space: tried first, so that a run of spaces does not send the look-behind back over it at each
  // of its positions)
  // (the last of two group nouns heads the phrase: "the X gang coalition" is a coalition)
  const GROUP_NOUNS = 'factions?|movement|militias?|brigades?|battalion|column|group|coalition|alliance|party|organi[sz]ation|network|gang|cartel';
  // (one or two lower-case words that describe may stand after "the": "the rival G-Pep alliance", "the little-known X
  // movement"; no preposition or conjunction, which would start another phrase)
  // (the name may stand in quotation marks: 'the "Men of Dignity" movement')
  // (a possessive may stand for "the": "its Vostok group", "Ukraine's Khortytsia group"; and one hyphenated word that
  // describes may stand between the name and its noun: "the Khortytsia operational-strategic group")
  const GROUP_NOUN_AFTER = new RegExp(`(?=\\S)(?<=(?:^|[^\\p{L}])(?:[Tt]he|[Ii]ts|[Tt]heir|\\p{Lu}[\\p{L}.-]*['’]s?)\\s+(?:(?!(?:of|in|on|at|by|to|for|from|with|and|or|as)\\s)[\\p{Ll}-]+\\s+){0,2}(?:(?<=\\s)["“])?)(${CAP_SEQ}(?:\\s+of(?:\\s+the)?\\s+${CAP_SEQ})?)(?:(?<=[“"][^“”"]{1,60})["”])?(?:\\s+\\p{Ll}+-\\p{Ll}+)?\\s+(${GROUP_NOUNS})(?![\\p{L}-])(?!\\s+(?:${GROUP_NOUNS})(?![\\p{L}-]))`, 'gu');
  const GROUP_NOUN_AFTER_CUED: CuedRegExp = {
    re: GROUP_NOUN_AFTER,
    cue: {
      re: new RegExp(`(?:${GROUP_NOUNS})`, 'gu'),
      // the name's run before the noun, and before a closing quotation mark the quoted run
      starts: (t, at, add) => {
        const i = nameRunBack(t, at);
        add(i, at);
        if (i > 1 && (t[i - 1] === '"' || t[i - 1] === '”')) add(nameRunBack(t, i - 1), i - 1);
      },
      canStart: kit.canStart,
    },
  };
  // (and "county", "oblast", "prefecture", "zone", "regency", "woreda", "tehsil", "upazila", "township", "subdivision", "municipality", "local government
  // area" when they end the phrase: "Kharkiv oblast
  // and Sumy region", "Intan Jaya regency", not "Harris county sheriff"; never "state": "the Syrian state", "the Jewish
  // state" are polities)
  const PLACE_LOWER_HEADS = 'province|governorate|district|sub-district|subdistrict|region|countryside|desert|valley|mountains|area|neighbou?rhood|quarter|forest';
  const STATE_HEADS = 'county|oblast|prefecture|zone|regency|woreda|tehsil|upazila|township|subdivision|municipality|local\\s+government\\s+area';
  // (and a site's lower-case head: "the Khor Mor gas field", "the Tarsa field", "Ain al-Asad air base", "the Tishrin dam",
  // "the Jusiyeh crossing", "the Baiji refinery")
  // (a phrase ends at its head: no lower-case word follows but a function word or an adverb of time)
  const PHRASE_ENDS = `(?!\\s+(?!(?:and|or|in|on|of|to|at|from|for|with|by|near|after|before|where|which|who|that|was|were|is|are|has|had|have|said|says|overnight|late|early|again|itself)\\b)\\p{Ll})`;
  // (a bare "field", "crossing" or "bridge" ends the phrase: "a Hezbollah field officer", "an ISIL field hospital" name no site)
  const SITE_LOWER_HEADS = `oil\\s+field|gas\\s+field|oilfield|gasfield|air\\s+base|airbase|dam|barrage|refinery|power\\s+(?:plant|station)|(?:(?:border\\s+)?crossing|field|bridge)\\b${PHRASE_ENDS}`;
  // (a region's head may follow a hyphened compound that says what the land is for: "the Kouri Bougoudi gold-mining area")
  const PLACE_LOWER = new RegExp(`(${CAP_SEQ})\\s+(?:(?:${STATE_HEADS})\\b${PHRASE_ENDS}|(?:\\p{Ll}+-\\p{Ll}+\\s+)?(?:${PLACE_LOWER_HEADS})\\b|(?<site>${SITE_LOWER_HEADS})\\b)`, 'gu');
  const PLACE_LOWER_CUED: CuedRegExp = { re: PLACE_LOWER, cue: afterName(new RegExp(`(?:${PLACE_LOWER_HEADS}|${STATE_HEADS}|${SITE_LOWER_HEADS})`, 'gu')) };
  const FORCE_DESC = new RegExp(
    `(?<![\\p{L}-])(?:((?:${DEMONYM_ALT}|${COMMUNITY_ALT})(?:\\s+(?:and\\s+)?(?:${DEMONYM_ALT}|${COMMUNITY_ALT}))?)\\s+)?((?:(?:${FORCE_ADJ_ALT})\\s+){0,3})(${FORCE_NOUN_ALT})(?![\\p{L}-])`,
    'giu',
  );
  /** The words these patterns are made of: a cue's run back holds a match only if they hold no other characters. */
  const GROUP_WORDS = [...DEMONYMS.keys(), ...WORDS.communityAdjectives, ...WORDS.forceAdjectives, ...WORDS.forceNouns, ...WORDS.victimAdjectives, ...WORDS.victimNouns, ...WORDS.offices, 'the', 'The', 'and', 'UK', 'US', 'U.S.', 'UN', 'U.N.'];
  // a descriptive force ends in its noun
  const FORCE_DESC_CUED: CuedRegExp = { re: FORCE_DESC, cue: cueEndingWords(new RegExp(`(?:${FORCE_NOUN_ALT})`, 'giu'), GROUP_WORDS, wordStart) };
  const OFFICE = new RegExp(
    `(?<![\\p{L}])(?:(?:the|The)\\s+)?(?:(?:${DEMONYM_ALT}|UK|US|U\\.S\\.|UN|U\\.N\\.)\\s+)?(?:${alternation(WORDS.offices)})(?:\\s+(?:for|of)\\s+(?:the\\s+)?${CAP_SEQ})?(?![\\p{L}])(?!\\s+(?:${NAME_WORD}))`,
    'gu',
  );
  // an office's words and what comes before them ("the", a demonym), then the office
  const OFFICE_CUED: CuedRegExp = { re: OFFICE, cue: cueEndingWords(new RegExp(`(?:${alternation(WORDS.offices)})`, 'gu'), GROUP_WORDS, letterStart) };
  // (not an office's remit: "the minister for refugees", lexicon portfolioHeads)
  const VICTIM_GROUP = new RegExp(
    `(?<![\\p{L}-])(?<!(?<![\\p{L}-])(?:${alternation(WORDS.portfolioHeads)})\\s+(?:for|of)\\s+(?:the\\s+)?)(?:(?:${alternation(WORDS.victimAdjectives)})\\s+)?((?:(?:${DEMONYM_ALT})\\s+)?(?:${alternation(WORDS.victimNouns)}))(?![\\p{L}-])`,
    'giu',
  );
  // a victim group ends in its noun
  const VICTIM_GROUP_CUED: CuedRegExp = { re: VICTIM_GROUP, cue: cueEndingWords(new RegExp(`(?:${alternation(WORDS.victimNouns)})`, 'giu'), GROUP_WORDS, wordStart) };
  /** Warships by their prefix: "USS Mahan", "HMS Ocean", "FS Charles de Gaulle". */
  const WARSHIP = new RegExp(`(?<![\\p{L}])(?:${WORDS.warshipPrefixes.join('|')})\\s+(?:\\p{Lu}[\\p{L}'’-]*)(?:\\s+(?:de|du|la|le|van|von)?\\s*\\p{Lu}[\\p{L}'’-]*){0,2}`, 'gu');
  /**
   * Numbered military units: "3rd Battalion", "158th Fighter Wing", "5th Special Forces Group"; and numbered fronts of an
   * armed group, by an armed group's head word ("the 36th Front", as guerrilla fronts are named).
   */
  const GROUP_HEADS = WORDS.orgHeads.armed_group.filter((w) => !/\s/.test(w));
  const MILITARY_UNIT = new RegExp(
    `(?<![\\p{L}\\d])\\d{1,4}(?:st|nd|rd|th)\\s+(?:\\p{Lu}[\\p{L}-]*\\s+){0,4}?(?:${alternation(WORDS.unitEchelons)}|Task\\s+Force|(${alternation(GROUP_HEADS)}))(?![\\p{L}-])`,
    'gu',
  );
  // (the ordinal's last digit, then its suffix: up to three digits before it)
  const MILITARY_UNIT_CUED: CuedRegExp = { re: MILITARY_UNIT, cue: { re: /\d(?:st|nd|rd|th)\s/gu, starts: (_t, at, add) => add(at - 3, at + 1) } };
  /**
   * Units numbered with a bare number: after "the" ("the 149 Battalion"), or after a unit's echelon ("Division 17",
   * "Brigade 93", as Syrian and Iraqi units are named); not a count ("400 Brigade fighters" has no "the").
   */
  // (and a numbered task force, "Ranger Task Force 46", and a guerrilla's numbered front, "Front 33", "Guerrilla Front 4",
  // an armed group's unit)
  const NUMBERED_HEADS = ['Task Force', 'Front'];
  const NUMBERED_ECHELONS = alternation([...WORDS.unitEchelons.filter((w) => !['Fireteam', 'Squad', 'Section', 'Company', 'Troop', 'Detachment', 'Group', 'Wing', 'Fleet', 'Army'].includes(w)), ...NUMBERED_HEADS]);
  /** The numbered heads of an armed group's names (lexicon orgHeads.armed_group: "Front"); the rest name forces. */
  const ARMED_ECHELONS = NUMBERED_HEADS.filter((w) => WORDS.orgHeads.armed_group.includes(w));
  // (after "the", up to two capitalised words of its arm or role between the number and the echelon: "the 444 Combat
  // Brigade", "the 55 Commando Battalion")
  const NUMBERED_UNIT = new RegExp(
    `(?<=(?<![\\p{L}])[Tt]he\\s+)\\d{1,4}\\s+(?:\\p{Lu}[\\p{Ll}-]+\\s+){0,2}(?:${NUMBERED_ECHELONS})(?![\\p{L}-])|(?<![\\p{L}\\d-])(?:${NUMBERED_ECHELONS})\\s+\\d{1,4}(?![\\p{L}\\d-]|[.,:]\\d)`,
    'gu',
  );
  const NUMBERED_UNIT_CUED: CuedRegExp = { re: NUMBERED_UNIT, cue: { re: new RegExp(`(?:${NUMBERED_ECHELONS})`, 'gu'), starts: (t, at, add) => add(Math.max(0, nameRunBack(t, at) - 5), at + 1) } };
  const PEOPLE_GROUP = new RegExp(
    `(?<![\\p{L}])(?:(?:the|The)\\s+(?:${DEMONYM_ALT})\\s+(?:${alternation(WORDS.peopleNouns)})|(?:${DEMONYM_ALT})(?<=s)|(?:${alternation(WORDS.communities)}))(?![\\p{L}])`,
    'gu',
  );
  const PEOPLE_GROUP_CUED: CuedRegExp = { re: PEOPLE_GROUP, cue: atCueOrThe(new RegExp(`(?:${DEMONYM_ALT}|${alternation(WORDS.communities)})`, 'gu')) };
  /** "the international community": a collective actor after "the", its own node (a generic description, not a name) */
  const COLLECTIVE = new RegExp(`(?<![\\p{L}-])[Tt]he\\s+(${alternation(WORDS.collectives)})(?![\\p{L}-])`, 'gu');
  const COLLECTIVE_CUED: CuedRegExp = { re: COLLECTIVE, cue: { re: new RegExp(`(?:${alternation(WORDS.collectives)})`, 'gu'), starts: addThe } };
  // ... and "coalition" before its forces or attacks ("coalition jets bombed", "coalition air strikes"): the article's
  // coalition, whichever it is (events: lexicon forceNouns, attackNouns and CAMEO's aircraft set)
  const COALITION_OWN = alternation([...WORDS.forceNouns, ...WORDS.attackNouns.flatMap((w) => [w, `${w}s`]), ...aircraftWords()]);
  const COALITION = new RegExp(
    `(?<![\\p{L}-])(?:(?:[Tt]he\\s+)?Coalition|[Tt]he\\s+coalition|coalition(?=\\s+(?:${COALITION_OWN})(?![\\p{L}-])))(?![\\p{L}-])(?!\\s+(?:of|for|to|against)\\s+\\p{Lu})`,
    'gu',
  );
  const COALITION_CUED: CuedRegExp = { re: COALITION, cue: atCueOrThe(/[Cc]oalition/gu) };
  // "Lake Chad", "Port Sudan": a word that opens a place's name, then a capitalised name (lexicon regionPrefixes, placePrefixes)
  const PLACE_PREFIX_TYPE = new Map<string, EntityType>([...WORDS.regionPrefixes.map((w) => [w, 'region'] as const), ...WORDS.placePrefixes.map((w) => [w, 'city'] as const)]);
  // (one word after it, and no capitalised word before it, CAP_WORD_BEFORE: "Liwa Jabal al-Sheikh" is a brigade, "Cape
  // Town Principles" a document; longer names are the unknown-name reader's, which the prefix makes places too)
  const CAP_WORD_BEFORE = /(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]*)\s$/u;
  const PLACE_PREFIX = new RegExp(
    `(?<![\\p{L}\\p{N}'’.-])(${alternation([...PLACE_PREFIX_TYPE.keys()])})\\s+((?:[Aa][ls][-‐])?\\p{Lu}[\\p{L}'’]*(?:[-‐]\\p{Lu}\\p{L}*)*)(?![\\p{L}\\p{N}'’-]|\\s+\\p{Lu})`,
    'gu',
  );
  const PLACE_PREFIX_CUED: CuedRegExp = { re: PLACE_PREFIX, cue: atCue(new RegExp(`(?:${alternation([...PLACE_PREFIX_TYPE.keys()])})`, 'gu')) };
  const COMPASS = new RegExp(`(?<![\\p{L}-])(${DIRECTION_ALT})\\s+(${CAP_SEQ})`, 'gu');
  const COMPASS_CUED: CuedRegExp = { re: COMPASS, cue: atCue(new RegExp(`(?:${DIRECTION_ALT})`, 'gu')) };
  // (and "the rebel group", "the militant organisation", "the paramilitary group": a singular noun of armed men who are no
  // state's, or a word that describes a group as armed or outlawed, before a group's noun: lexicon anaphorGroupAdjectives)
  // (one sub-pattern, not every pair spelt out: the alternation stays small)
  const combatants = new Set(shippedCombatantNouns());
  const singularCombatants = [...combatants].filter((w) => pluralize(w) !== w && combatants.has(pluralize(w)));
  const ANAPHOR_ALT = Object.entries(WORDS.anaphors).flatMap(([t, ws]) => ws.map((w) => [w, t as EntityType] as const));
  const ANAPHOR_WORDS = `${alternation(ANAPHOR_ALT.map(([w]) => w))}|the\\s+(?:${alternation([...singularCombatants, ...WORDS.anaphorGroupAdjectives])})\\s+(?:${alternation(WORDS.anaphorGroupNouns)})`;
  const ANAPHOR = new RegExp(`(?<![\\p{L}-])(${ANAPHOR_WORDS})(?![\\p{L}-])`, 'giu');
  /** A capitalised word right after (case-sensitive). */
  const CAPITALISED_NEXT = /^[ \t]+\p{Lu}\p{Ll}/u;
  const ANAPHOR_CUED: CuedRegExp = { re: ANAPHOR, cue: atCue(new RegExp(`(?:${ANAPHOR_WORDS})`, 'giu')) };
  // "the Iran-backed group", "the al-Qaeda-linked militia": the group's noun after "the" and a hyphen compound of a
  // participle of backing, allying or leading (verb classes back, ally, lead) is an armed-group anaphor; the compound
  // stays outside it, so the hyphen rules read its backer ("⟦Iran⟧-backed ⟦group⟧")
  const BACKED = alternation(['back', 'ally', 'lead'].flatMap((c) => classForms(c, ['pp'], lex)));
  const HYPHEN_ANAPHOR = new RegExp(
    `(?<![\\p{L}])([Tt]he[ \\t]+[\\p{L}.'’]+(?:[-‐][\\p{L}.'’]+)*[-‐](?:${BACKED})[ \\t]+)(?:${alternation([...WORDS.anaphorGroupNouns, 'militia'])})(?![\\p{L}-])`,
    'gu',
  );
  // (the words before the last hyphen and the spaces after "the" are of the characters `nameRunBack` runs over)
  const HYPHEN_ANAPHOR_CUED: CuedRegExp = { re: HYPHEN_ANAPHOR, cue: { re: new RegExp(`[-‐](?:${BACKED})`, 'gu'), starts: (t, at, add) => add(nameRunBack(t, at), at), canStart: theBefore } };
  // "The al-Qaeda affiliate", "the Islamic State branch": a group's name right after "the" and before a part noun (lexicon
  // anaphorPartNouns) is what the part noun is a part of, and the part noun a group told of before (coref/part-anaphor.ts); not
  // one the words after it name ("the Islamic State affiliate in Mozambique", "the Sahel branch of X"), nor one a
  // preposition of belonging or place takes ("serving with the YPG International branch")
  const PART_NOUN_ALT = alternation(WORDS.anaphorPartNouns);
  const PART_ANAPHOR = new RegExp(
    `(?<![\\p{L}])(?<!(?:with|within|in|into|under|of|from)[ \\t]+)([Tt]he[ \\t]+(?:(?:al|el|ad|ash|as)[-‐])?\\p{Lu}[\\p{L}.'’-]*(?:[ \\t]+(?:(?:al|el)[-‐])?\\p{Lu}[\\p{L}.'’-]*){0,3}[ \\t]+)(?:${PART_NOUN_ALT})(?![\\p{L}-])(?![ \\t]+(?:of|in|for|to|at|on|known|called|named)(?![\\p{L}]))(?![ \\t]*,[ \\t]+(?:the[ \\t]+)?\\p{Lu})`,
    'gu',
  );
  const PART_ANAPHOR_CUED: CuedRegExp = { re: PART_ANAPHOR, cue: { re: new RegExp(`[ \\t](?:${PART_NOUN_ALT})(?![\\p{L}-])`, 'gu'), starts: (t, at, add) => add(nameRunBack(t, at), at), canStart: theBefore } };
  const ANAPHOR_TYPE = new Map(ANAPHOR_ALT.map(([w, t]) => [w, t]));

  /** Head types of the parties of a fight (an org name after "against" of one of these is another party). */
  const ARMED_HEAD_TYPES: ReadonlySet<string> = new Set(['armed_group', 'force']);
  function typeOfOrgHead(name: string): EntityType | undefined {
    const words = name.split(/\s+/);
    for (let k = Math.min(3, words.length); k >= 1; k--) {
      const head = words.slice(-k).join(' ');
      const t = ORG_HEAD_TYPE.get(head);
      if (t) return t;
    }
    return undefined;
  }

  function typeOfPlaceHead(name: string): EntityType | undefined {
    const words = name.split(/\s+/);
    for (let k = Math.min(PLACE_HEAD_WORDS, words.length); k >= 1; k--) {
      const t = PLACE_HEAD_TYPE.get(words.slice(-k).join(' '));
      if (t) return t;
    }
    return undefined;
  }

  // (with the abbreviated words that open a longer title: "Brig." of "Brig. Gen.", "Lt." of "Lt. Col.")
  const BARE_TITLES = new Set([...WORDS.bareTitleWords, ...TITLES.map((t) => t.toLowerCase()), ...TITLES.flatMap((t) => t.split(/\s+/).filter((w) => /^\p{L}+\.$/u.test(w))).map((w) => w.toLowerCase())]);

  /** One-word titles and roles, lower case ("minister", "leader", "commander"). */
  const TITLE_WORDS = new Set([...BARE_TITLES, ...[...ROLES.leads, ...ROLES.member].map((r) => r.toLowerCase())].filter((w) => !/\s/.test(w)));

  /**
   * A speaker's capitalised words that hold a title or role ("Hezbollah Leader Hassan Nasrallah said"): the
   * person is the words after the last one, when at least two remain: their start, or undefined.
   */
  function afterTitle(text: string, s: number, e: number): number | undefined {
    const span = text.slice(s, e);
    const words = Array.from(span.matchAll(/\S+/g), (m): [number, string] => [s + m.index, m[0]]);
    for (let k = words.length - 3; k >= 0; k--) {
      if (TITLE_WORDS.has(words[k]![1].toLowerCase())) return words[k + 1]![0];
    }
    return undefined;
  }

  /** The span of a match's first group when the group ends the match ("the international community" -> "international community"). */
  function tailGroup(m: RegExpExecArray): Span {
    const end = m.index + m[0].length;
    return { start: end - m[1]!.length, end };
  }

  const EVENT_HEADS: ReadonlySet<string> = new Set(WORDS.eventHeads);
  function looksLikePersonName(name: string): boolean {
    const words = name.split(/\s+/).filter((w) => !PARTICLES.includes(w.toLowerCase()));
    if (words.length === 0 || words.length > 5) return false;
    // "Brigadier General", "Mr. President": titles with no name
    // ... or an abbreviated title whose period ended the capitalised run ("spokesman Capt. Jo Reyes": not "Capt")
    // (or a title of several words the lexicon lists whole: "Assistant Secretary")
    if (words.every((w) => BARE_TITLES.has(w.toLowerCase()) || BARE_TITLES.has(`${w.toLowerCase()}.`)) || BARE_TITLES.has(words.join(' ').toLowerCase())) return false;
    if (words.some((w) => kit.stopCaps.has(w) || HEAD_WORDS.has(w))) return false;
    if (words.some((w) => DEMONYMS.has(w.toLowerCase()))) return false;
    // "Operation Inherent Resolve", "Exercise Eager Lion": an operation's name, no person
    if (EVENT_HEADS.has(words[0]!)) return false;
    // "told PREMIUM TIMES": words all in capitals are a masthead's or a body's, not a person's
    if (words.length >= 2 && words.every((w) => /^\p{Lu}{2,}$/u.test(w))) return false;
    return true;
  }

  /** A possessive pronoun right before a phrase ("its ", "their "). */
  const POSSESSIVE_BEFORE = /(?<![\p{L}])(?:its|their|his|her|our)\s+$/iu;

  const patterns: NamePattern[] = [
    {
      reason: 'name-title-person',
      example: 'Brig. Gen. Ali al-Hassan, a spokesman for the force, warned of chaos.',
      expect: 'Ali al-Hassan',
      cued: [PERSON_TITLE_CUED],
      find: (text) =>
        allCued(PERSON_TITLE_CUED, text, (m) => {
          const name = m[2]!;
          if (!looksLikePersonName(name)) return undefined;
          // "General" before one common noun is an adjective of a body: "the Central General Staff", "General Command"
          if (/(?:^|\s)General$/.test(m[1]!) && !/\s/.test(name) && lexTags(name.toLowerCase()).some((t) => t === 'Singular' || t === 'Plural' || t === 'Noun' || t === 'Uncountable' || t === 'Infinitive')) return undefined;
          const start = m.index + m[0].length - name.length;
          return { start, end: start + name.length, type: 'person', reason: 'name-title-person', titles: [m[1]!.replace(/\s+/g, ' ')], priority: 8 };
        }),
    },
    {
      reason: 'name-role-person',
      example: 'SDF commander Mazlum Kobane met the envoy.',
      expect: 'Mazlum Kobane',
      cued: [ROLE_NAME_CUED, POSSESSED_ROLE_NAME_CUED],
      find: (text) =>
        [ROLE_NAME_CUED, POSSESSED_ROLE_NAME_CUED].flatMap((cued) =>
          allCued(cued, text, (m) => {
            const name = m[2]!;
            if (!looksLikePersonName(name)) return undefined;
            const start = m.index + m[0].length - name.length;
            return { start, end: start + name.length, type: 'person' as const, reason: 'name-role-person', role: m[1]!, priority: 6 };
          }),
        ),
    },
    {
      reason: 'name-appositive-person',
      example: 'Farhad Shami, a spokesman for the militia, denied the claim.',
      expect: 'Farhad Shami',
      cued: [NAME_ROLE_CUED],
      find: (text) =>
        allCued(NAME_ROLE_CUED, text, (m) => {
          const [s, e] = trimStops(text, m.index, m.index + m[1]!.length);
          const name = text.slice(s, e);
          if (!looksLikePersonName(name) || name.split(/\s+/).length < 2) return undefined;
          return { start: s, end: e, type: 'person', reason: 'name-appositive-person', role: m[2]!, priority: 5 };
        }),
    },
    {
      reason: 'name-alias-person',
      example: 'The commander, known by his nom de guerre Dilan Kobar, was killed near Gao.',
      expect: 'Dilan Kobar',
      cued: [ALIAS_NAME_CUED],
      find: (text) =>
        allCued(ALIAS_NAME_CUED, text, (m) => {
          const name = m[1]!;
          const [s, e] = trimStops(text, m.index + m[0].length - name.length, m.index + m[0].length);
          if (e <= s || !looksLikePersonName(text.slice(s, e))) return undefined;
          return { start: s, end: e, type: 'person', reason: 'name-alias-person', priority: 7 };
        }),
    },
    {
      reason: 'name-speaker-person',
      example: 'Nadim Houri said the offensive had stalled.',
      expect: 'Nadim Houri',
      cued: [NAME_SAID_CUED, SAID_NAME_CUED],
      find: (text) => [
        ...allCued(NAME_SAID_CUED, text, (m) => {
          let [s, e] = trimStops(text, m.index, m.index + m[1]!.length);
          s = afterTitle(text, s, e) ?? s;
          const name = text.slice(s, e);
          if (!looksLikePersonName(name) || name.split(/\s+/).length < 2 || bodyNounBefore(text, s)) return undefined;
          // (nor a place the words before it name, whose people speak: "residents of the village of El Tambo said")
          if (placeTypeBefore(text.slice(Math.max(0, s - 40), s), lex)) return undefined;
          return { start: s, end: e, type: 'person', reason: 'name-speaker-person', priority: 4 };
        }),
        ...allCued(SAID_NAME_CUED, text, (m) => {
          const name = m[1]!;
          if (!looksLikePersonName(name) || name.split(/\s+/).length < 2) return undefined;
          // (a run cut at an abbreviation's first letter is a title, no name: "said Acting U.S. Attorney X")
          if (/^\.\p{Lu}\./u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) return undefined;
          const start = m.index + m[0].length - name.length;
          return { start, end: start + name.length, type: 'person', reason: 'name-speaker-person', priority: 4 };
        }),
      ],
    },
    {
      reason: 'name-org-head',
      example: 'Fighters of the Sham Revolutionary Brigades withdrew.',
      expect: 'Sham Revolutionary Brigades',
      cued: [ORG_CUED],
      find: (text) =>
        fromMatches(orgMatches(text), (m) => {
          const first = m[1]!;
          let type = typeOfOrgHead(first);
          let end = m.index + first.length;
          // "Ministry of Defence"; but "the Global Coalition in Washington" is the coalition, in a place,
          // and "the Military Council on Monday" is the council, on a day (words capitalised for other reasons than naming)
          const named = !!m[2] && m[2].split(/\s+/).some((w) => !kit.stopCaps.has(w));
          const joint = m[0].slice(first.length);
          // ("X against Y" is two parties when Y is a known fighter or named as an armed group or force: "the Kessar Brigades
          // against the Nasr Front"; "the Coalition Against Terror" stays one name)
          const against = /^\s+against\s/.test(joint) && (FIGHTER_NAMES.has(m[2]?.toLowerCase() ?? '') || ARMED_HEAD_TYPES.has(typeOfOrgHead(m[2] ?? '') ?? ''));
          // ("on" never joins an armed group's or a force's name: "an assault by the Rapid Support Forces on El Fasher";
          // "the Committee on Foreign Relations", "the Brussels Conference on Syria" are one name)
          const onArmed = /^\s+on\s/.test(joint) && ARMED_HEAD_TYPES.has(type ?? '');
          // ("in" never joins a force's: "the 444th Brigade in Abu Salim" is the brigade, in a place the lexicon may not
          // know; nor an armed group's before one word, a town's: "the Levant Front in Haritan"; a region's name of more
          // words may be the group's, "Jihad in West Africa")
          const inForce = /^\s+in\s/.test(joint) && (type === 'force' || (type === 'armed_group' && !!m[2] && !/\s/.test(m[2].trim())));
          // (nor does a person's title after "of" open a name: "the ruling Kessar Party of President X" is the party, of its
          // leader; a unit or a group may be named after a titled person, "the Brigade of Imam Hussein": only a body of another
          // kind, a party's, and a name after "of" with no head of a body's)
          const titled = !!m[2] && TITLE_OPENING.test(m[2]) && type !== 'force' && type !== 'armed_group' && typeOfOrgHead(m[2]) === undefined;
          if (m[2] && named && type && !(/^\s+in\s/.test(joint) && PLACE_NAMES.has(m[2].toLowerCase())) && !against && !onArmed && !inForce && !titled) end = m.index + m[0].length;
          // a second "of" belongs to a name after "of" or "for" only ("the Army of the Men of the Naqshbandi Order"); after
          // "against" it opens another name ("the Syrian Army against Islamic State of Iraq")
          if (end === m.index + m[0].length && !/^\s+(?:of|for)\s/.test(m[0].slice(first.length))) {
            const second = /\s+of\s/.exec(m[2]!);
            if (second) end = m.index + m[0].length - m[2]!.length + second.index;
          }
          // "Fighters of the National Liberation Army", "Members of the Free Syrian Army": a plural noun capitalised to open
          // a sentence, then "of the", leaves the name after it (the match has passed over it: no other start is tried
          // inside it); "Youth of Sunna Forces" is one name
          // (a plural head noun too, when the name after "of the" has a head of its own: "Units of the Turkish Armed
          // Forces" are the Turkish Armed Forces; "Brigades of the Martyrs of Badr" stays one name; and not after "the":
          // "the Lions of the Caliphate Brigade" is one name)
          const afterThe = /(?:^|\s)the\s+$/i.test(text.slice(Math.max(0, m.index - 5), m.index));
          const plural = type || afterThe ? /[^s]s$/.test(first) : lexTags(first.toLowerCase(), lex).includes('Plural');
          if (m[2] && named && plural && /\s/.test(m[2]) && /^\s+(?:of|for)\s+the\s/.test(joint) && !/\s/.test(first)) {
            const inner = typeOfOrgHead(m[2]);
            if (inner && !afterThe) return { start: m.index + m[0].length - m[2].length, end: m.index + m[0].length, type: inner, reason: 'name-org-head', priority: 5 };
            if (inner && afterThe && !type) return { start: m.index, end: m.index + m[0].length, type: inner, reason: 'name-org-head', priority: 5 };
          }
          // (a person's name of two words or more before "of the" and a body's name after it: the body's name alone, "Inspector
          // Joseph Kariuki of the Rapid Response Unit")
          if (!type && m[2] && named && /^\s+of\s+the\s/.test(joint) && /\s/.test(first.trim()) && looksLikePersonName(first.replace(/^(?:The|the)\s+/, ''))) {
            const inner = typeOfOrgHead(m[2]);
            if (inner) return { start: m.index + m[0].length - m[2].length, end: m.index + m[0].length, type: inner, reason: 'name-org-head', priority: 5 };
          }
          if (!type) return undefined;
          // (a demonym alone after "of the", before a lower-case noun, describes that noun: "Units of the Congolese army"
          // are no unit named "of the Congolese")
          if (m[2] && end === m.index + m[0].length && DEMONYMS.has(m[2].trim().toLowerCase()) && /^\s+\p{Ll}/u.test(text.slice(end, end + 3))) return undefined;
          let [s] = trimStops(text, m.index, end);
          // "the New Dawn Movement": after "the", an opener is part of the name
          // ... and so is a community's word before a name of two words or more ("the Kurdish Democratic Party", "the
          // Arab Socialist Party": the party of that community, not another "Democratic Party")
          const community = (w: string) => COMMUNITY_WORDS.has(w) && text.slice(s, end).trim().split(/\s+/).length >= 2 && type !== 'force' && type !== 'armed_group';
          // (... also when the sequence took a sentence-opening "The" with it: "The Three Brotherhood Alliance attacked")
          const theLead = /^The\s+/.exec(text.slice(m.index, s))?.[0] ?? '';
          const from = m.index + theLead.length;
          if (s > from && (theLead !== '' || /(?:^|\s)[Tt]he\s+$/.test(text.slice(Math.max(0, m.index - 5), m.index))) && text.slice(from, s).trim().split(/\s+/).every((w) => NAME_OPENERS.has(w) || community(w))) s = from;
          const firstWord = /^\S+/.exec(text.slice(s, end))?.[0] ?? '';
          // "Iranian Tasnim News": the demonym describes the outlet
          if (DEMONYMS.has(firstWord.toLowerCase()) && (type === 'media')) s += firstWord.length + 1;
          const name = text.slice(s, end);
          // a bare head noun is not a name, nor one a place follows ("Police in Lagos arrested ...")
          if (name.split(/\s+/).length < 2 && end === m.index + first.length) return undefined;
          if (type === 'media' && /Agency$/.test(name) && !/News|Press/.test(name)) type = 'organization';
          return { start: s, end, type, reason: 'name-org-head', priority: 5 };
        }),
    },
    {
      reason: 'name-before-acronym',
      example: 'The Popular Front for the Liberation of Varania (PFLV) rejected the deal.',
      expect: 'Popular Front for the Liberation of Varania',
      cued: [BEFORE_ACRONYM_CUED, KNOWN_AS_ACRONYM_CUED],
      find: (text) => [BEFORE_ACRONYM_CUED, KNOWN_AS_ACRONYM_CUED].flatMap((cued) =>
        allCued(cued, text, (m) => {
          // The acronym says where the name starts (Schwartz & Hearst 2003): the shortest run of the words before the
          // bracket, from a capitalised word, that the acronym abbreviates with its first letter on that word
          // ("Tank Division and the National Defense Forces (NDF)" -> National Defense Forces). A name without joining
          // words is left to the other finders; an acronym of another language's name (JNIM) fits none and is skipped.
          const acr = m[2]!;
          const letters = acr.replace(/[^\p{L}]/gu, '').length;
          const words = [...m[1]!.matchAll(/\S+/g)];
          const end = m.index + m[1]!.length;
          // the fitting starts, shortest name first; one whose capitalised words are as many as the acronym's letters wins
          // ("Coordination Council ... (CCREM)", where "Council" alone would fit the two Cs)
          let best: { start: number; name: string; w: string } | undefined;
          for (let k = words.length - 1; k >= 0; k--) {
            const w = words[k]![0];
            if (JOINING.test(w) || w[0]!.toLowerCase() !== acr[0]!.toLowerCase()) continue;
            const start = m.index + words[k]!.index!;
            const name = text.slice(start, end);
            if (!acronymFits(name, acr)) continue;
            const caps = name.split(/\s+/).filter((x) => !JOINING.test(x)).length;
            if (!best || caps === letters) best = { start, name, w };
            if (caps >= letters) break;
          }
          // (an acronym of the name in another language, its letters the capitalised words' initials in another order, over a
          // joining word: "Defence and Security Forces (FDS)", the Forces de défense et de sécurité)
          if (!best && letters >= 3) {
            const want = [...acr.toUpperCase().replace(/[^\p{Lu}]/gu, '')].sort().join('');
            for (let k = words.length - 1; k >= 0; k--) {
              const w = words[k]![0];
              if (JOINING.test(w)) continue;
              const start = m.index + words[k]!.index!;
              const name = text.slice(start, end);
              const caps = name.split(/\s+/).filter((x) => !JOINING.test(x));
              if (caps.length > letters) break;
              if (caps.length === letters && JOINED.test(name) && caps.map((x) => x[0]!.toUpperCase()).sort().join('') === want) best = { start, name, w };
            }
          }
          if (!best) return undefined;
          const { start, name, w } = best;
          // a word capitalised for another reason opens no name ("The ...", "Kurdish ..."), unless each capitalised word
          // of the name gives the acronym a letter ("Islamic State in the Greater Sahara (ISGS)")
          const exact = name.split(/\s+/).filter((x) => !JOINING.test(x)).length === letters;
          // a name with no joining word is left to the other finders, unless a place it holds would cut it there
          // ("Tehrik-i-Taliban Pakistan (TTP)": three letters or more, the last word a place's name)
          const holdsPlace = letters >= 3 && /\s/.test(name) && PLACE_NAMES.has(name.split(/\s+/).pop()!.toLowerCase());
          // ... or a title inside it would cut it there ("the Estado Mayor Central (EMC)" is no mayor named Central): then
          // the name, every capitalised word a letter, outranks the title's person
          const holdsTitle = exact && letters >= 3 && name.split(/\s+/).slice(1).some((x) => TITLE_WORDS.has(x.toLowerCase()));
          if ((!JOINED.test(name) && !holdsPlace && !holdsTitle) || (kit.stopCaps.has(w) && !exact)) return undefined;
          const parts = name.split(JOINED);
          const head = parts[0]!;
          // (words joined by "and" before one head take its type: "Defence and Security Forces" is a force)
          const orgType = typeOfOrgHead(head) ?? (parts.length === 2 && /\s+and\s/.test(name) ? typeOfOrgHead(parts[1]!) : undefined);
          // "the Convention on the Rights of the Child (CRC)", "... Organizations Act (RICO)": a document, not an actor
          if (!orgType && [head.split(/\s+/).pop()!, name.split(/\s+/).pop()!].some((x) => DOCUMENT_HEADS.has(x))) return undefined;
          const type = orgType ?? typeOfPlaceHead(head) ?? 'organization';
          return { start, end, type, reason: 'name-before-acronym', priority: holdsTitle ? 9 : 6 };
        }),
      ),
    },
    {
      reason: 'name-place-head',
      example: 'Fighting spread across the Hamrin Mountains and the Anbar Desert.',
      expect: 'Hamrin Mountains',
      cued: [ORG_CUED, PLACE_LOWER_CUED],
      find: (text) => [
        ...fromMatches(orgMatches(text), (m) => {
          const first = m[1]!;
          const type = typeOfPlaceHead(first);
          if (!type) return undefined;
          // an armed group's name before a place and a place's head is that group's branch there, a group of its own
          // ("Islamic State Mozambique Province", as the lexicon's "Islamic State West Africa Province")
          if (groupOpening(first, lex)) return { start: m.index, end: m.index + first.length, type: 'armed_group', reason: 'name-place-head', priority: 7 };
          const [s, e] = trimStops(text, m.index, m.index + first.length);
          if (text.slice(s, e).split(/\s+/).length < 2) return undefined;
          return { start: s, end: e, type, reason: 'name-place-head', priority: 5 };
        }),
        ...allCued(PLACE_LOWER_CUED, text, (m) => {
          const [s] = trimStops(text, m.index, m.index + m[1]!.length);
          if (s >= m.index + m[1]!.length) return undefined;
          // (a site's name is no sentence opener or demonym alone: "The airbase was", "an Iraqi air base")
          const name = text.slice(s, m.index + m[1]!.length);
          // (nor a name the lexicon gives a site already: "Incirlik airbase" is the lexicon's Incirlik Air Base)
          if (m.groups?.site && (kit.stopCaps.has(name) || DESCRIBING.has(name.toLowerCase()) || SITE_NAMES.has(name.toLowerCase()))) return undefined;
          // (nor a common noun capitalised at a line's start: "Border crossing between X and Y")
          if (m.groups?.site && !/\s/.test(name) && lexTags(name.toLowerCase()).some((t) => t === 'Singular' || t === 'Noun')) return undefined;
          // (nor a region's: a demonym or community word and a place noun describe, "the Syrian province of X", "Kurdish areas")
          if (!m.groups?.site && name.split(/\s+/).every((w) => DESCRIBING.has(w.toLowerCase()) || kit.stopCaps.has(w))) return undefined;
          return { start: s, end: m.index + m[0].length, type: m.groups?.site ? 'site' : 'region', reason: 'name-place-head', priority: 3 };
        }),
      ],
    },
    {
      reason: 'name-camp',
      example: 'Families were moved to the Mabrouka camp last year.',
      expect: 'Mabrouka camp',
      cued: [CAMP_CUED],
      find: (text) =>
        allCued(CAMP_CUED, text, (m) => {
          const [s] = m[1] ? trimStops(text, m.index, m.index + m[1].length) : [m.index];
          if (m[1] && s >= m.index + m[1].length) return undefined;
          const words = text.slice(s, m.index + (m[1]?.length ?? 0)).split(/\s+/);
          if (m[1] && words.every((w) => DEMONYMS.has(w.toLowerCase()) || kit.stopCaps.has(w))) return undefined; // "Iraqi camps"
          return { start: s, end: m.index + m[0].length, type: 'camp', reason: 'name-camp', priority: 6 };
        }),
    },
    {
      reason: 'name-combatant-group',
      example: 'Talvian militiamen ambushed a convoy, and Kessa-Nord fighters shelled the town.',
      expect: 'Kessa-Nord',
      cued: [COMBATANT_GROUP_CUED],
      find: (text) =>
        allCued(COMBATANT_GROUP_CUED, text, (m) => {
          const [s] = trimStops(text, m.index, m.index + m[1]!.length);
          const e = m.index + m[1]!.length;
          // (the end of a hyphenated word, "pro-Western rebels", or of a longer name, "Rouse the Believers")
          if (s >= e || text[s - 1] === '-' || /\p{Lu}[\p{L}.-]*\s+(?:the|of|of\s+the|and)\s+$/u.test(text.slice(Math.max(0, s - 40), s))) return undefined;
          const words = text.slice(s, e).split(/\s+/);
          // (a short name: a longer run holds another name or a description, "Abu Sayyaf Salafi fighters")
          if (words.length > 2) return undefined;
          if (words.some((w) => DESCRIBING.has(w.toLowerCase().replace(/['’]/g, '')) || kit.stopCaps.has(w) || TITLE_WORDS.has(w.toLowerCase()) || AIRCRAFT.has(w.toLowerCase()))) return undefined;
          // a word that describes them: a community or creed ("Salafist", "Khomeinist", "Basharite"), for or against someone
          // ("Pro-GNA", "UN-designated"), or a description before a known name ("Azeri ISIL", "A. GNA")
          if (words.length === 1 && (DESCRIBING_SUFFIX.test(words[0]!) || words[0]!.length < 2)) return undefined;
          if (words.some((w) => DESCRIBING_AFFIX.test(w)) || (words.length > 1 && words.some((w) => /^\p{Lu}(?:\p{Lu}+|\.)?$/u.test(w)))) return undefined;
          // one word that opens a sentence may be capitalised for that alone ("Armed militants", "Foreign fighters",
          // "Local rebels"), unless it is no English word: neither a frequent word (the shipped word clusters' vocabulary)
          // nor the dictionary's ("Ansaru militants raided ...")
          if (words.length === 1 && !/[-\d]|^\p{Lu}{2,}$/u.test(words[0]!) && /(?:^|[.!?:;]["'”’)\]]?\s+|\n[\s#*>-]*)$/.test(text.slice(Math.max(0, s - 6), s)) && (isFrequentWord(words[0]!.toLowerCase()) || lexTags(words[0]!.toLowerCase()).length > 0)) return undefined;
          return { start: s, end: e, type: 'armed_group', reason: 'name-combatant-group', priority: 1 };
        }),
    },
    {
      reason: 'name-designator-group',
      example: 'K27 rebels seized the airport, and the R16 armed group withdrew.',
      expect: 'K27',
      cued: [DESIGNATOR_GROUP_CUED],
      find: (text) =>
        // a group named by letters and a number ("M23 rebels", "the M23 armed group"), before a noun of armed men who are
        // no state's or a noun of a group; never "fighters", which names jets too ("F16 fighters")
        allCued(DESIGNATOR_GROUP_CUED, text, (m) => {
          if (/^fighters?$/i.test(m[2]!) || AIRCRAFT.has(m[1]!.toLowerCase())) return undefined;
          return { start: m.index, end: m.index + m[1]!.length, type: 'armed_group', reason: 'name-designator-group', priority: 1 };
        }),
    },
    {
      reason: 'name-group-noun',
      example: 'The Men of Dignity movement accused the government of failing to stop the violence.',
      expect: 'Men of Dignity',
      cued: [GROUP_NOUN_AFTER_CUED],
      find: (text) =>
        // a name used as a group noun's modifier, after "the": an armed group's before a noun of armed groups, else an
        // organisation's; not words that describe ("the Syrian opposition group", "the Kurdish-led alliance", "the
        // Islamist faction")
        allCued(GROUP_NOUN_AFTER_CUED, text, (m) => {
          const describes = (w: string) => DESCRIBING.has(w.toLowerCase().replace(/['’]s?$/, '').replace(/['’]/g, '')) || kit.stopCaps.has(w);
          // (words that describe before the name are no part of it: "the Kurdish PUK party" is the PUK's)
          let start = m.index;
          let words = m[1]!.split(/\s+/);
          while (words.length > 1 && describes(words[0]!)) {
            start = text.indexOf(words[1]!, start + words[0]!.length);
            words = words.slice(1);
          }
          if (words.every((w) => describes(w) || TITLE_WORDS.has(w.toLowerCase()) || /^(?:of|the)$/.test(w))) return undefined;
          // (nor two parties joined by a hyphen: "the US-SDF coalition", "the Russia-Turkey deal")
          if (words.some((w) => DESCRIBING_AFFIX.test(w) || /['’]s?$/.test(w) || /\p{Lu}[\p{L}.]*[-‐–]\p{Lu}/u.test(w))) return undefined;
          const armed = /^(?:factions?|militias?|brigades?|battalion|column|gang|cartel)$/.test(m[2]!);
          return { start, end: m.index + m[1]!.length, type: armed ? 'armed_group' : 'organization', reason: 'name-group-noun', priority: 2 };
        }),
    },
    {
      reason: 'name-tribe',
      example: 'Elders of the Dulaim tribe met the governor.',
      expect: 'Dulaim tribe',
      cued: [TRIBE_CUED],
      find: (text) =>
        allCued(TRIBE_CUED, text, (m) => {
          const [s] = trimStops(text, m.index, m.index + m[1]!.length);
          if (s >= m.index + m[1]!.length) return undefined;
          const words = text.slice(s, m.index + m[1]!.length).split(/\s+/);
          if (words.every((w) => DEMONYMS.has(w.toLowerCase()) || kit.stopCaps.has(w))) return undefined; // "Arab tribes"
          return { start: s, end: m.index + m[0].length, type: 'organization', reason: 'name-tribe', priority: 5 };
        }),
    },
    {
      reason: 'name-force-descriptive',
      example: 'Iraqi security forces and allied troops cleared the town.',
      expect: 'Iraqi security forces',
      cued: [FORCE_DESC_CUED],
      find: (text) =>
        allCued(FORCE_DESC_CUED, text, (m) => {
          const demonym = m[1];
          const adjs = m[2]!.trim();
          if (!demonym && !adjs) return undefined;
          if (demonym && !/^\p{Lu}/u.test(demonym)) return undefined;
          // ("pro-Iranian fighters" are no Iranian forces: the generic actors pass reads them, the demonym as a backer)
          if (demonym && ALIGNED_BEFORE.test(text.slice(Math.max(0, m.index - 6), m.index))) return undefined;
          const noun = m[3]!;
          if (!demonym && /^(armed|air|state|national|local|foreign)$/i.test(adjs) && !/^forces$/i.test(noun)) return undefined;
          if (!demonym && /^(air|armed)$/i.test(adjs)) return undefined; // "air force", "armed forces" alone
          // ("its special forces", "their naval forces": a party's own forces of a kind, which its pronoun names, no node of
          // their own; "its military forces", "its allied militias" are read as a state's or its allies')
          if (!demonym && /^forces?$/i.test(noun) && !/(?:^|\s)(?:military|allied|government|state|national|armed|security)(?:\s|$)/i.test(adjs) && POSSESSIVE_BEFORE.test(text.slice(Math.max(0, m.index - 7), m.index))) return undefined;
          return { start: m.index, end: m.index + m[0].length, type: 'force', reason: 'name-force-descriptive', priority: 4 };
        }),
    },
    {
      reason: 'name-compass-place',
      example: 'Cells remain active in northeast Syria.',
      expect: 'northeast Syria',
      cued: [COMPASS_CUED],
      find: (text) =>
        allCued(COMPASS_CUED, text, (m) => {
          const place = m[2]!;
          const words = place.split(/\s+/);
          if (kit.stopCaps.has(words[0]!)) return undefined;
          return { start: m.index, end: m.index + m[1]!.length + 1 + (m[0].length - m[1]!.length - 1), type: 'region', reason: 'name-compass-place', priority: 2 };
        }),
    },
    {
      reason: 'name-place-prefix',
      example: 'Boko Haram raided islands on Lake Chad.',
      expect: 'Lake Chad',
      cued: [PLACE_PREFIX_CUED],
      find: (text) =>
        allCued(PLACE_PREFIX_CUED, text, (m) => {
          const name = m[2]!;
          // ("the Port Authority": an organisation's head ends it; "San Jose said": a stop word is no name)
          if (kit.stopCaps.has(name.split(/\s+/)[0]!) || typeOfOrgHead(name) !== undefined) return undefined;
          const capBefore = CAP_WORD_BEFORE.exec(text.slice(Math.max(0, m.index - 40), m.index));
          if (capBefore && !kit.stopCaps.has(capBefore[1]!)) return undefined;
          // (nor one a particle and its word follow: "Umm Khalid al-Iraqiya" is a person's kunya and nisba)
          if (kit.particleWord.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) return undefined;
          return { start: m.index, end: m.index + m[0].length, type: PLACE_PREFIX_TYPE.get(m[1]!)!, reason: 'name-place-prefix', priority: 2 };
        }),
    },
    {
      reason: 'name-office',
      example: 'The Foreign Secretary visited Baghdad on Monday.',
      expect: 'Foreign Secretary',
      cued: [OFFICE_CUED],
      find: (text) =>
        allCued(OFFICE_CUED, text, (m) => {
          const words = m[0].split(/\s+/);
          if (words.length < 2 || /^(?:the|The)$/.test(words[0]!) && words.length < 3 && !/Secretary|Minister/.test(m[0])) return undefined;
          if (/^(?:President|King|Emir|Ambassador|Chancellor)$/.test(m[0].replace(/^(?:the|The)\s+/, ''))) return undefined;
          return { start: m.index, end: m.index + m[0].length, type: 'person', reason: 'name-office', priority: 3 };
        }),
    },
    {
      reason: 'name-ampersand',
      example: 'Analysts at Harrow & Vance said the deal was fair.',
      expect: 'Harrow & Vance',
      cued: [AMPERSAND_CUED],
      // capitalised words joined by "&" are one name: a firm ("Harrow & Vance", "Kessel & Sons"), unless both sides are known names (names.ts)
      find: (text) => allCued(AMPERSAND_CUED, text, (m) => {
        const [s] = trimStops(text, m.index, m.index + m[0].length);
        if (s >= m.index + m[1]!.length) return undefined;
        return { start: s, end: m.index + m[0].length, type: 'organization', reason: 'name-ampersand', priority: 4 };
      }),
    },
    {
      reason: 'name-warship',
      example: 'Forbin is joining U.S. ships USS Hopper and USS Mahan.',
      expect: 'USS Hopper',
      find: (text) => all(WARSHIP, text, (m) => ({ start: m.index, end: m.index + m[0].length, type: 'force', reason: 'name-warship', priority: 7 })),
    },
    {
      reason: 'name-military-unit',
      example: 'Soldiers from the 3rd Battalion, 321st Field Artillery Regiment arrived.',
      expect: '3rd Battalion',
      cued: [MILITARY_UNIT_CUED],
      find: (text) => allCued(MILITARY_UNIT_CUED, text, (m) => ({ start: m.index, end: m.index + m[0].length, type: m[1] ? 'armed_group' : 'force', reason: 'name-military-unit', priority: 6 })),
    },
    {
      reason: 'name-numbered-unit',
      example: 'Militants overran the base of the 149 Battalion, while Division 17 held the airport.',
      expect: '149 Battalion',
      cued: [NUMBERED_UNIT_CUED],
      find: (text) => allCued(NUMBERED_UNIT_CUED, text, (m) => ({ start: m.index, end: m.index + m[0].length, type: ARMED_ECHELONS.some((h) => m[0].includes(h)) ? 'armed_group' : 'force', reason: 'name-numbered-unit', priority: 6 })),
    },
    {
      reason: 'name-victim-group',
      example: 'The attack killed at least 35 innocent civilians in Jabla.',
      expect: 'civilians',
      cued: [VICTIM_GROUP_CUED],
      find: (text) =>
        allCued(VICTIM_GROUP_CUED, text, (m) => ({ ...tailGroup(m), type: 'organization', reason: 'name-victim-group', priority: 2 })),
    },
    {
      reason: 'name-people-group',
      example: 'Aid reached the Syrian people and Iraqis in the camps.',
      expect: 'Syrian people',
      cued: [PEOPLE_GROUP_CUED],
      find: (text) =>
        allCued(PEOPLE_GROUP_CUED, text, (m) => ({ start: m.index, end: m.index + m[0].length, type: 'organization', reason: 'name-people-group', priority: 3 })),
    },
    resultsLinePattern(kit),
    {
      reason: 'name-collective',
      example: 'The international community must now support the talks.',
      expect: 'international community',
      cued: [COLLECTIVE_CUED],
      find: (text) =>
        allCued(COLLECTIVE_CUED, text, (m) => ({ ...tailGroup(m), type: 'organization', reason: 'name-collective', priority: 2 })),
    },
    {
      reason: 'name-coalition',
      example: 'The Coalition conducted 15 strikes near Raqqa.',
      expect: 'Coalition',
      cued: [COALITION_CUED],
      find: (text) =>
        allCued(COALITION_CUED, text, (m) => ({ start: m.index, end: m.index + m[0].length, type: 'force', reason: 'name-coalition', priority: 2 })),
    },
    transcriptSpeakerPattern(lex),
    datelinePattern(),
    {
      reason: 'anaphor',
      example: 'ISIS lost Baghuz, but the group still holds desert pockets.',
      expect: 'the group',
      cued: [ANAPHOR_CUED, HYPHEN_ANAPHOR_CUED, PART_ANAPHOR_CUED],
      find: (text) =>
        [
          ...allCued(ANAPHOR_CUED, text, (m) => {
            const type = ANAPHOR_TYPE.get(m[1]!.toLowerCase().replace(/\s+/g, ' ')) ?? 'armed_group';
            // (a person's role with its own body after it names that role, not someone told before: "X, the commander
            // of the Eighth Brigade" is X's role)
            if (type === 'person' && /^\s+(?:of|for)\s/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 5))) return undefined;
            // (nor a group's capitalised noun after a lower-case "the": "the Movement for a Democratic Society" opens a name;
            // a person's title is written so, "the President")
            if (type !== 'person' && /^the\s/.test(m[1]!) && /^\p{Lu}/u.test(m[1]!.split(/\s+/).pop()!)) return undefined;
            // (nor "movement" with its own "of" after it: "the movement of goods" is motion)
            if (/movement$/i.test(m[1]!) && /^\s+of\s/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4))) return undefined;
            // (nor the first words of a name, capitalised with the word after them: "of the General Staff")
            if (/^\p{Lu}/u.test(m[1]!.split(/\s+/).pop()!) && CAPITALISED_NEXT.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) return undefined;
            return { start: m.index, end: m.index + m[0].length, type, reason: 'anaphor', anaphor: true, priority: 7 };
          }),
          ...allCued(HYPHEN_ANAPHOR_CUED, text, (m) => ({ start: m.index + m[1]!.length, end: m.index + m[0].length, type: 'armed_group' as EntityType, reason: 'anaphor', anaphor: true, priority: 7 })),
          ...allCued(PART_ANAPHOR_CUED, text, (m) => ({ start: m.index + m[1]!.length, end: m.index + m[0].length, type: 'armed_group' as EntityType, reason: 'anaphor', anaphor: true, priority: 7 })),
        ],
    },
  ];
  // (the cues that are words, some twenty, read in one pass over an article instead of one regex scan each)
  shareCueScan(patterns.flatMap((p) => (p.cued ?? []).map((c) => (c as CuedRegExp).cue.re)));
  return patterns;
});
